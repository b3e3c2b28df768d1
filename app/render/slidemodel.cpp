#include "assets.h"
#include "core/limits.h"
#include "directives.h"
#include "emoji.h"
#include "htmltags.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTextDocumentFragment>
#include <QUrl>
#include <md4c.h>

namespace okuw::render {

namespace {

QString attr(const MD_ATTRIBUTE &a)
{
    return QString::fromUtf8(a.text, int(a.size));
}

struct ModelText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::render::SlideModel)
};

// Builds blocks from md4c's callbacks. Depth 0 is the document; every block
// at depth 1 becomes one Block, anything nested is rendered into its HTML.
class Builder
{
public:
    explicit Builder(SlideModel &model) : m(model) {}

    static bool nests(MD_BLOCKTYPE type)
    {
        return type == MD_BLOCK_UL || type == MD_BLOCK_OL || type == MD_BLOCK_QUOTE;
    }

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        flushText();
        if (type == MD_BLOCK_DOC)
            return 0;
        // A slide shows a few dozen lines; past the most any slide can hold
        // at its smallest type the rest is left out, so that no body, however
        // long, costs more to lay out than a full slide does.
        if (full || ((type == MD_BLOCK_LI || type == MD_BLOCK_TR || type == MD_BLOCK_P ||
                      type == MD_BLOCK_H) &&
                     ++lines > kMaxSlideLines)) {
            full = true;
            ++ignoring;
            return 0;
        }
        bool skip = false;
        if (depth == 0) {
            startBlock(type, detail);
        } else if (tooDeep > 0 || (nests(type) && nesting >= core::limits::kMaxNesting)) {
            // Beyond the deepest level drawn the text stays and the
            // structure goes: Qt's layout of nested lists costs depth squared.
            skip = true;
            ++tooDeep;
            if (type == MD_BLOCK_LI)
                html += QLatin1String("<br>");
        } else {
            openTag(type, detail);
        }
        if (!skip && nests(type))
            ++nesting;
        skipped.append(skip);
        ++depth;
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type, void *)
    {
        flushText();
        if (type == MD_BLOCK_DOC)
            return 0;
        if (ignoring > 0) {
            --ignoring;
            return 0;
        }
        --depth;
        const bool skip = skipped.takeLast();
        if (!skip && nests(type))
            --nesting;
        if (depth == 0)
            finishBlock();
        else if (skip)
            --tooDeep;
        else
            closeTag(type);
        return 0;
    }

    int enterSpan(MD_SPANTYPE type, void *detail)
    {
        flushText();
        if (full)
            return 0;
        if (imgDepth > 0) {
            if (type == MD_SPAN_IMG)
                ++imgDepth;
            return 0;
        }
        switch (type) {
        case MD_SPAN_EM:
            html += QLatin1String("<i>");
            break;
        case MD_SPAN_STRONG:
            html += QLatin1String("<b>");
            break;
        case MD_SPAN_DEL:
            html += QLatin1String("<s>");
            break;
        case MD_SPAN_U:
            html += QLatin1String("<u>");
            break;
        case MD_SPAN_A:
            html += QLatin1String("<u class=\"a\">");
            break;
        case MD_SPAN_CODE:
            html += QStringLiteral("<span class=\"code\" style=\"font-family:'%1'\">")
                        .arg(monoFamily());
            break;
        case MD_SPAN_LATEXMATH:
        case MD_SPAN_LATEXMATH_DISPLAY:
            // No offline TeX renderer: the formula's source, set apart.
            m.hasMath = true;
            html += QStringLiteral("%1<span class=\"math\" style=\"font-family:'%2';"
                                   "font-style:italic\">")
                        .arg(type == MD_SPAN_LATEXMATH_DISPLAY ? QStringLiteral("<br>") : QString(),
                             monoFamily());
            break;
        case MD_SPAN_IMG: {
            ++imgDepth;
            const auto *d = static_cast<MD_SPAN_IMG_DETAIL *>(detail);
            imgSrc = QUrl::fromPercentEncoding(attr(d->src).toUtf8());
            imgAlt.clear();
            break;
        }
        default:
            break;
        }
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type, void *)
    {
        flushText();
        if (imgDepth > 0) {
            if (type == MD_SPAN_IMG && --imgDepth == 0)
                addImage();
            return 0;
        }
        switch (type) {
        case MD_SPAN_EM:
            html += QLatin1String("</i>");
            break;
        case MD_SPAN_STRONG:
            html += QLatin1String("</b>");
            break;
        case MD_SPAN_DEL:
            html += QLatin1String("</s>");
            break;
        case MD_SPAN_U:
        case MD_SPAN_A:
            html += QLatin1String("</u>");
            break;
        case MD_SPAN_CODE:
            html += QLatin1String("</span>");
            break;
        case MD_SPAN_LATEXMATH:
            html += QLatin1String("</span>");
            break;
        case MD_SPAN_LATEXMATH_DISPLAY:
            html += QLatin1String("</span><br>");
            break;
        default:
            break;
        }
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size)
    {
        if (full)
            return 0;
        if ((chars += qsizetype(size)) > kMaxSlideChars) {
            full = true;
            return 0;
        }
        const QString t = QString::fromUtf8(data, int(size));
        if (type == MD_TEXT_NORMAL && imgDepth == 0 && !rawBlock) {
            pending += t; // md4c may cut a run of text; shortcodes span the cuts
            return 0;
        }
        flushText();
        if (imgDepth > 0) {
            imgAlt += t;
            return 0;
        }
        if (rawBlock) { // code and HTML blocks keep their source as is
            source += t;
            if (depth > 1)
                html += t.toHtmlEscaped();
            return 0;
        }
        switch (type) {
        case MD_TEXT_NULLCHAR:
            addText(QString(QChar(0xFFFD)));
            break;
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR: // Marp renders a line break as a line break
            html += QLatin1String("<br>");
            plain += QLatin1Char('\n');
            break;
        case MD_TEXT_ENTITY:
            html += t;
            plain += QTextDocumentFragment::fromHtml(t).toPlainText();
            hasText = true;
            break;
        case MD_TEXT_HTML:
            inlineHtml(t);
            break;
        default:
            addText(t);
            break;
        }
        return 0;
    }

private:
    void startBlock(MD_BLOCKTYPE type, void *detail)
    {
        cur = Block{};
        html.clear();
        plain.clear();
        source.clear();
        inlineImages.clear();
        hasText = false;
        rawBlock = false;
        switch (type) {
        case MD_BLOCK_H:
            cur.kind = BlockKind::Heading;
            cur.level = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            cur.kind = BlockKind::List;
            openTag(type, detail);
            break;
        case MD_BLOCK_TABLE:
            cur.kind = BlockKind::Table;
            openTag(type, detail);
            break;
        case MD_BLOCK_QUOTE:
            cur.kind = BlockKind::Quote;
            break;
        case MD_BLOCK_CODE: {
            cur.kind = BlockKind::Code;
            const auto *d = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
            cur.info = attr(d->lang);
            rawBlock = true;
            break;
        }
        case MD_BLOCK_HTML:
            cur.kind = BlockKind::Raw;
            cur.info = QStringLiteral("html");
            rawBlock = true;
            break;
        case MD_BLOCK_HR:
            cur.kind = BlockKind::Rule;
            break;
        default:
            cur.kind = BlockKind::Paragraph;
            break;
        }
        topType = type;
    }

    void finishBlock()
    {
        if (topType == MD_BLOCK_UL || topType == MD_BLOCK_OL || topType == MD_BLOCK_TABLE)
            closeTag(topType);
        cur.html = html;
        cur.text = rawBlock ? source : plain.trimmed();
        if (cur.kind == BlockKind::Raw) {
            // A block of nothing but comments is speaker notes the deck reader
            // left behind, not content.
            static const QRegularExpression comments(
                QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
            if (QString(cur.text).remove(comments).trimmed().isEmpty())
                return;
            if (const QString allowed = allowedHtml(QString(cur.text).remove(comments));
                !allowed.isEmpty()) {
                cur.kind = BlockKind::Paragraph;
                cur.html = allowed;
                cur.text = QTextDocumentFragment::fromHtml(allowed).toPlainText().trimmed();
                m.blocks.append(cur);
                return;
            }
            if (cur.text.endsWith(QLatin1Char('\n')))
                cur.text.chop(1);
        }
        if (cur.kind == BlockKind::Code && cur.text.endsWith(QLatin1Char('\n')))
            cur.text.chop(1);
        const bool onlyImages = cur.kind == BlockKind::Paragraph && !hasText;
        if (!onlyImages)
            m.blocks.append(cur);
        if (!inlineImages.isEmpty()) {
            Block images;
            images.kind = BlockKind::Images;
            images.images = inlineImages;
            m.blocks.append(images);
        }
    }

    void openTag(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_UL:
            html += QLatin1String("<ul>");
            break;
        case MD_BLOCK_OL: {
            const auto *d = static_cast<MD_BLOCK_OL_DETAIL *>(detail);
            html += QStringLiteral("<ol start=\"%1\">").arg(d->start);
            break;
        }
        case MD_BLOCK_LI:
            html += QLatin1String("<li>");
            liParagraphs.append(0);
            break;
        case MD_BLOCK_P:
            if (!liParagraphs.isEmpty()) {
                if (liParagraphs.last()++ > 0)
                    html += QLatin1String("<br>");
            } else {
                html += QLatin1String("<p>");
            }
            plainBreak();
            break;
        case MD_BLOCK_H:
            html += QLatin1String("<p><b>");
            plainBreak();
            break;
        case MD_BLOCK_QUOTE:
            html += QLatin1String("<blockquote>");
            break;
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML:
            html += QStringLiteral("<pre style=\"font-family:'%1'\">").arg(monoFamily());
            rawBlock = true;
            break;
        case MD_BLOCK_HR:
            html += QLatin1String("<hr>");
            break;
        case MD_BLOCK_TABLE:
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"8\" "
                                   "style=\"border-collapse:collapse;border-color:%1\">")
                        .arg(m.invert ? QStringLiteral("#8090a8") : QStringLiteral("#9aa5b1"));
            break;
        case MD_BLOCK_TR:
            html += QLatin1String("<tr>");
            plainBreak();
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: {
            const auto *d = static_cast<MD_BLOCK_TD_DETAIL *>(detail);
            const char *align = d->align == MD_ALIGN_CENTER  ? "center"
                                : d->align == MD_ALIGN_RIGHT ? "right"
                                                             : "left";
            const bool th = type == MD_BLOCK_TH;
            html +=
                QStringLiteral("<%1 align=\"%2\">")
                    .arg(th ? QStringLiteral("th") : QStringLiteral("td"), QLatin1String(align));
            if (!plain.isEmpty() && !plain.endsWith(QLatin1Char('\n')))
                plain += QLatin1Char('\t');
            break;
        }
        default:
            break;
        }
    }

    void closeTag(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_UL:
            html += QLatin1String("</ul>");
            break;
        case MD_BLOCK_OL:
            html += QLatin1String("</ol>");
            break;
        case MD_BLOCK_LI:
            html += QLatin1String("</li>");
            liParagraphs.removeLast();
            break;
        case MD_BLOCK_P:
            if (liParagraphs.isEmpty())
                html += QLatin1String("</p>");
            break;
        case MD_BLOCK_H:
            html += QLatin1String("</b></p>");
            break;
        case MD_BLOCK_QUOTE:
            html += QLatin1String("</blockquote>");
            break;
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML:
            html += QLatin1String("</pre>");
            plain += source;
            source.clear();
            rawBlock = false;
            break;
        case MD_BLOCK_TABLE:
            html += QLatin1String("</table>");
            break;
        case MD_BLOCK_TR:
            html += QLatin1String("</tr>");
            break;
        case MD_BLOCK_TH:
            html += QLatin1String("</th>");
            break;
        case MD_BLOCK_TD:
            html += QLatin1String("</td>");
            break;
        default:
            break;
        }
    }

    // Text as written, with emoji shortcodes converted as Marp converts
    // them (code spans, code blocks and HTML are never converted).
    void flushText()
    {
        if (pending.isEmpty())
            return;
        addText(replaceEmojiShortcodes(pending));
        pending.clear();
    }

    void plainBreak()
    {
        if (!plain.isEmpty() && !plain.endsWith(QLatin1Char('\n')))
            plain += QLatin1Char('\n');
    }

    void addText(const QString &t)
    {
        html += t.toHtmlEscaped();
        plain += t;
        if (!t.trimmed().isEmpty())
            hasText = true;
    }

    void inlineHtml(const QString &t)
    {
        static const QRegularExpression fit(QStringLiteral("^<!--\\s*fit\\s*-->$"));
        static const QRegularExpression br(QStringLiteral("^<br\\s*/?>$"),
                                           QRegularExpression::CaseInsensitiveOption);
        const QString s = t.trimmed();
        if (fit.match(s).hasMatch()) {
            if (cur.kind == BlockKind::Heading)
                cur.fit = true;
            return;
        }
        if (s.startsWith(QLatin1String("<!--")))
            return; // a comment: notes, which the deck reader keeps apart
        if (br.match(s).hasMatch()) {
            html += QLatin1String("<br>");
            plain += QLatin1Char('\n');
            return;
        }
        if (const QString tag = allowedTag(s); !tag.isEmpty()) {
            html += tag; // Marp's allow-list: drawn as HTML
            return;
        }
        // Other HTML Marp does not render either: shown as the text it is.
        html += QStringLiteral("<span style=\"font-family:'%1'\">%2</span>")
                    .arg(monoFamily(), t.toHtmlEscaped());
        plain += t;
        hasText = true;
    }

    void addImage()
    {
        ImageRef ref;
        ref.src = imgSrc.trimmed();
        ref.remote = isRemoteUrl(ref.src);
        parseImageAlt(imgAlt, ref);
        if (ref.background)
            m.backgrounds.append(ref);
        else
            inlineImages.append(ref);
    }

public:
    // The most a slide can show at its smallest type, with room to spare.
    static constexpr int kMaxSlideLines = 120;
    static constexpr qsizetype kMaxSlideChars = 20000;
    bool full = false; // the body was longer than that; the rest is left out

private:
    int lines = 0;
    qsizetype chars = 0;
    int ignoring = 0; // blocks open since the slide was full
    SlideModel &m;
    int depth = 0;
    int nesting = 0;     // lists and quotes open now, as drawn
    int tooDeep = 0;     // blocks open beyond the deepest level drawn
    QList<bool> skipped; // per open block: drawn flat?
    Block cur;
    MD_BLOCKTYPE topType = MD_BLOCK_P;
    QString html;
    QString plain;
    QString source;
    QString pending; // normal text not yet added (flushText)
    bool rawBlock = false;
    bool hasText = false;
    QList<int> liParagraphs;
    QList<ImageRef> inlineImages;
    int imgDepth = 0;
    QString imgSrc;
    QString imgAlt;
};

void parseMarkdown(const QString &body, Builder &b, unsigned flags)
{
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = flags;
    parser.enter_block = [](MD_BLOCKTYPE t, void *d, void *u) {
        return static_cast<Builder *>(u)->enterBlock(t, d);
    };
    parser.leave_block = [](MD_BLOCKTYPE t, void *d, void *u) {
        return static_cast<Builder *>(u)->leaveBlock(t, d);
    };
    parser.enter_span = [](MD_SPANTYPE t, void *d, void *u) {
        return static_cast<Builder *>(u)->enterSpan(t, d);
    };
    parser.leave_span = [](MD_SPANTYPE t, void *d, void *u) {
        return static_cast<Builder *>(u)->leaveSpan(t, d);
    };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u) {
        return static_cast<Builder *>(u)->text(t, s, n);
    };
    const QByteArray utf8 = body.toUtf8();
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &b);
}

const unsigned kFlags =
    MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_LATEXMATHSPANS;

} // namespace

QString inlineMarkdownToHtml(const QString &markdown)
{
    SlideModel scratch;
    Builder b(scratch);
    parseMarkdown(markdown, b, kFlags);
    QString html;
    for (const Block &block : std::as_const(scratch.blocks))
        if (block.kind != BlockKind::Images)
            html += (html.isEmpty() ? QString() : QStringLiteral("<br>")) +
                    (block.kind == BlockKind::Raw || block.kind == BlockKind::Code
                         ? block.text.toHtmlEscaped()
                         : block.html);
    return html;
}

SlideModel parseSlide(const QString &body, const QJsonObject &d)
{
    SlideModel m;
    QStringList unsupported;
    applyDirectives(d, m, unsupported);

    Builder b(m);
    parseMarkdown(body, b, kFlags);

    if (b.full) {
        Block cut;
        cut.kind = BlockKind::Raw;
        cut.info = QStringLiteral("truncated");
        cut.text = ModelText::tr("… This slide is longer than a slide can show; the rest is "
                                 "left out.");
        m.blocks.append(cut);
    }
    return m;
}

} // namespace okuw::render
