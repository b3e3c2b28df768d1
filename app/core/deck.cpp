#include "deck.h"

#include "deckyaml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <md4c.h>
#include <optional>

namespace okuw::core {

namespace {

int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

qsizetype lineStart(const QByteArray &text, qsizetype offset)
{
    const qsizetype nl = offset > 0 ? text.lastIndexOf('\n', offset - 1) : -1;
    return nl + 1;
}

// A thematic break line per CommonMark: up to three spaces, then three or
// more of the same '-', '*' or '_', spaces allowed in between.
bool isThematicBreakLine(const QByteArray &line)
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}([-*_])([ \\t]*\\1){2,}[ \\t]*$"));
    return re.match(QString::fromUtf8(line)).hasMatch();
}

bool isAtxHeadingLine(const QByteArray &line)
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}#{1,6}([ \\t]|$)"));
    return re.match(QString::fromUtf8(line)).hasMatch();
}

struct Heading
{
    int level = 0;
    qsizetype firstText = -1; // byte offset of its first text, -1: none yet
};

// What md4c tells about one pass over a buffer, with byte offsets into it.
struct Scan
{
    const char *base = nullptr;
    qsizetype size = 0;
    int depth = 0;
    qsizetype lastTextEnd = 0;
    QList<qsizetype> breaksAfter; // for each top-level thematic break: search start
    QList<std::pair<qsizetype, qsizetype>> htmlRanges; // raw HTML text
    QList<Heading> headings;                           // every heading, in order
    int openHeading = -1;                              // index into headings
    bool headingDone = false;
    QString firstHeading;
};

int onEnterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto *s = static_cast<Scan *>(userdata);
    if (s->depth == 1 && type == MD_BLOCK_HR)
        s->breaksAfter << s->lastTextEnd;
    if (type == MD_BLOCK_H) {
        s->headings.append({int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level), -1});
        s->openHeading = int(s->headings.size()) - 1;
    }
    ++s->depth;
    return 0;
}

int onLeaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *s = static_cast<Scan *>(userdata);
    --s->depth;
    if (type != MD_BLOCK_H)
        return 0;
    const Heading h = s->headings.value(s->openHeading);
    s->openHeading = -1;
    if (h.firstText >= 0)
        s->headingDone = true;
    if (s->depth != 1 || h.firstText < 0)
        return 0;
    // A setext heading's underline is not a slide separator: move the search
    // start past it. An ATX heading (`# A`) has no underline: a `---` right
    // under it is a separator.
    const QByteArray text = QByteArray::fromRawData(s->base, s->size);
    const qsizetype lastLine = lineStart(text, qMax<qsizetype>(0, s->lastTextEnd - 1));
    qsizetype lastEnd = text.indexOf('\n', lastLine);
    if (lastEnd < 0)
        lastEnd = text.size();
    if (isAtxHeadingLine(text.mid(lastLine, lastEnd - lastLine)))
        return 0;
    qsizetype next = text.indexOf('\n', lastEnd + 1);
    if (next < 0)
        next = text.size();
    if (lastEnd < text.size())
        s->lastTextEnd = next;
    return 0;
}

int onSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *s = static_cast<Scan *>(userdata);
    const bool inBuffer = text >= s->base && text + size <= s->base + s->size;
    if (s->openHeading >= 0 && !s->headingDone &&
        (type == MD_TEXT_NORMAL || type == MD_TEXT_CODE || type == MD_TEXT_ENTITY ||
         type == MD_TEXT_SOFTBR))
        s->firstHeading +=
            type == MD_TEXT_SOFTBR ? QStringLiteral(" ") : QString::fromUtf8(text, size);
    if (!inBuffer)
        return 0;
    const qsizetype begin = text - s->base;
    if (s->openHeading >= 0 && s->headings[s->openHeading].firstText < 0)
        s->headings[s->openHeading].firstText = begin;
    s->lastTextEnd = qMax(s->lastTextEnd, begin + qsizetype(size));
    if (type == MD_TEXT_HTML)
        s->htmlRanges << std::pair{begin, begin + qsizetype(size)};
    return 0;
}

Scan scanMarkdown(const QByteArray &text)
{
    Scan scan;
    scan.base = text.constData();
    scan.size = text.size();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = onEnterBlock;
    parser.leave_block = onLeaveBlock;
    parser.enter_span = onSpan;
    parser.leave_span = onSpan;
    parser.text = onText;
    md_parse(text.constData(), MD_SIZE(text.size()), &parser, &scan);
    return scan;
}

using Range = std::pair<qsizetype, qsizetype>;

// Byte offsets [start, end) of each thematic-break line md4c found at the
// top level: the first such line at or after each break's search start.
QList<Range> separatorLines(const QByteArray &text, const Scan &scan)
{
    QList<Range> out;
    qsizetype floor = 0;
    for (qsizetype from : scan.breaksAfter) {
        qsizetype pos = qMax(from, floor);
        if (pos > 0 && text[pos - 1] != '\n') { // start at the beginning of a line
            const qsizetype nl = text.indexOf('\n', pos);
            pos = nl < 0 ? text.size() : nl + 1;
        }
        while (pos < text.size()) {
            qsizetype end = text.indexOf('\n', pos);
            if (end < 0)
                end = text.size();
            if (isThematicBreakLine(text.mid(pos, end - pos))) {
                out << Range{pos, qMin(end + 1, text.size())};
                floor = qMin(end + 1, text.size());
                break;
            }
            pos = end + 1;
        }
    }
    return out;
}

struct Comment
{
    qsizetype begin;
    qsizetype end; // past "-->"
    QByteArray inner;
    int innerLine = 0; // 0-based line of the trimmed inner text, from begin
};

// HTML comments that md4c saw as raw HTML (so not inside code), in order.
QList<Comment> htmlComments(const QByteArray &text, const Scan &scan, QList<DeckProblem> *problems,
                            int lineOffset)
{
    QList<Comment> out;
    qsizetype pos = 0;
    while ((pos = text.indexOf("<!--", pos)) >= 0) {
        const bool isHtml =
            std::any_of(scan.htmlRanges.cbegin(), scan.htmlRanges.cend(),
                        [pos](const Range &r) { return pos >= r.first && pos < r.second; });
        if (!isHtml) {
            pos += 4;
            continue;
        }
        const qsizetype close = text.indexOf("-->", pos + 4);
        if (close < 0) {
            if (problems)
                problems->append({lineOffset + lineAt(text, pos) - 1,
                                  QStringLiteral("an HTML comment is opened with <!-- but never "
                                                 "closed with -->")});
            break;
        }
        const QByteArray raw = text.mid(pos + 4, close - pos - 4);
        qsizetype lead = 0;
        while (lead < raw.size() && QChar::isSpace(uchar(raw[lead])))
            ++lead;
        out << Comment{pos, close + 3, raw.trimmed(), int(raw.left(lead).count('\n'))};
        pos = close + 3;
    }
    return out;
}

struct StyleBlock
{
    bool scoped = false;
    int line = 0; // 1-based, in the buffer, of the CSS's first line
    QString css;
};

// `<style>` and `<style scoped>` elements md4c saw as raw HTML: taken out
// of `text` (blanked, so offsets and lines stay) and returned.
QList<StyleBlock> takeStyles(QByteArray &text, const Scan &scan)
{
    static const QRegularExpression open(QStringLiteral("^<style(\\s+scoped)?\\s*>"),
                                         QRegularExpression::CaseInsensitiveOption);
    QList<StyleBlock> out;
    for (const Range &r : scan.htmlRanges) {
        if (r.first >= text.size() || text.mid(r.first, 6).toLower() != "<style")
            continue;
        const auto m = open.match(QString::fromUtf8(text.mid(r.first, 40)));
        if (!m.hasMatch())
            continue;
        const qsizetype cssStart = r.first + m.capturedLength(0);
        qsizetype close = text.indexOf("</style>", cssStart);
        if (close < 0)
            close = text.size();
        const qsizetype end = qMin(text.size(), close + 8);
        StyleBlock b;
        b.scoped = !m.captured(1).isEmpty();
        const QByteArray css = text.mid(cssStart, close - cssStart);
        b.line = lineAt(text, cssStart) + (css.startsWith('\n') ? 1 : 0);
        b.css = QString::fromUtf8(css).trimmed();
        out << b;
        for (qsizetype i = r.first; i < end; ++i)
            if (text[i] != '\n')
                text[i] = ' ';
    }
    return out;
}

QString directiveText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// A comment's directives when it holds any (Marp: a YAML mapping with at
// least one directive name), else nullopt: a speaker note.
std::optional<YamlMap> commentDirectives(const QByteArray &inner)
{
    if (inner.isEmpty() || inner == "fit")
        return std::nullopt;
    auto map = parseDirectiveYaml(QString::fromUtf8(inner));
    if (!map)
        return std::nullopt;
    for (auto it = map->values.constBegin(); it != map->values.constEnd(); ++it) {
        const QString key = it.key().startsWith(QLatin1Char('_')) ? it.key().mid(1) : it.key();
        if (directiveKind(key) != DirectiveKind::None)
            return map;
    }
    return std::nullopt;
}

// A class given as a YAML list is Marp's space-separated words.
QJsonValue normalised(const QString &key, const QJsonValue &value)
{
    if (key == QLatin1String("class") && value.isArray()) {
        QStringList words;
        for (const QJsonValue &v : value.toArray())
            words << directiveText(v);
        return words.join(QLatin1Char(' '));
    }
    if (key == QLatin1String("paginate") && value.isString()) {
        const QString v = value.toString().trimmed();
        if (v == QLatin1String("true") || v == QLatin1String("false"))
            return v == QLatin1String("true");
        return v;
    }
    return value;
}

// headingDivider: 1..6 splits before headings of that level or above; a
// list names levels.
QList<int> dividerLevels(const QJsonValue &v)
{
    QList<int> levels;
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            levels << directiveText(x).toInt();
    } else {
        const int n = directiveText(v).toInt();
        for (int i = 1; i <= n && i <= 6; ++i)
            levels << i;
    }
    return levels;
}

struct FrontMatter
{
    qsizetype cut = 0; // bytes the front matter takes, fences included
};

FrontMatter readFrontMatter(const QByteArray &text, Deck &deck)
{
    // markdown-it-front-matter: an opening line of three or more '-', and a
    // closing line of at least as many.
    static const QRegularExpression opening(QStringLiteral("^(-{3,})[ \\t]*(\\n|$)"));
    const QString asText = QString::fromUtf8(text);
    const auto open = opening.match(asText);
    if (!open.hasMatch())
        return {};
    const QRegularExpression closing(QStringLiteral("^-{%1,}[ \\t]*$").arg(open.captured(1).size()),
                                     QRegularExpression::MultilineOption);
    const auto close = closing.match(asText, open.capturedEnd());
    // Never closed: markdown-it-front-matter reads the rest of the deck as
    // front matter, so Marp shows one empty slide; so does Okuw.
    const qsizetype yamlEnd = close.hasMatch() ? close.capturedStart() : asText.size();
    if (!close.hasMatch())
        deck.warnings << DeckProblem{1, QStringLiteral("the front matter starting on line 1 is "
                                                       "never closed with ---: Marp reads the "
                                                       "whole deck as front matter, and so "
                                                       "does Okuw")};
    const QString yaml = asText.mid(open.capturedEnd(), yamlEnd - open.capturedEnd());
    QString error;
    int errorLine = -1;
    const auto map = parseDirectiveYaml(yaml, &error, &errorLine);
    if (!map) {
        deck.warnings << DeckProblem{
            errorLine >= 0 ? 2 + errorLine : 1,
            QStringLiteral("the front matter is not valid YAML (%1): Marp ignores all of it, "
                           "and so does Okuw")
                .arg(error)};
    } else {
        deck.frontMatter = map->values;
        for (auto it = map->values.constBegin(); it != map->values.constEnd(); ++it) {
            int line = 2 + map->lines.value(it.key());
            if (it.value().isString() && it.value().toString().contains(QLatin1Char('\n')))
                ++line; // a block (`style: |`) starts on the next line
            QString key = it.key();
            if (key.startsWith(QLatin1Char('_')))
                key.remove(0, 1);
            deck.written << DeckDirective{line, key, normalised(key, it.value())};
        }
    }
    if (!close.hasMatch())
        return {text.size()};
    const qsizetype endByte = asText.left(close.capturedEnd()).toUtf8().size();
    const qsizetype next = text.indexOf('\n', endByte);
    return {next < 0 ? text.size() : next + 1};
}

} // namespace

QString slugify(const QString &text)
{
    QString out;
    bool dash = false;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber()) {
            if (dash && !out.isEmpty())
                out += QLatin1Char('-');
            out += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return out.left(80);
}

Deck parseDeck(const QString &markdown)
{
    Deck deck;
    QByteArray text = markdown.toUtf8();
    text.replace("\r\n", "\n");
    const FrontMatter fm = readFrontMatter(text, deck);
    const int bodyLine = lineAt(text, fm.cut);
    text = text.mid(fm.cut);

    // Directive state, Marp's way: global values from anywhere, local ones
    // from the front matter on, each slide inheriting what came before.
    QJsonObject global;
    QJsonObject local;
    QJsonObject firstScoped; // `_key` in the front matter: the first slide only
    for (auto it = deck.frontMatter.constBegin(); it != deck.frontMatter.constEnd(); ++it) {
        const bool once = it.key().startsWith(QLatin1Char('_'));
        const QString key = once ? it.key().mid(1) : it.key();
        switch (directiveKind(key)) {
        case DirectiveKind::Global:
            global.insert(key, it.value());
            break;
        case DirectiveKind::Local:
            (once ? firstScoped : local).insert(key, normalised(key, it.value()));
            break;
        default:
            break;
        }
    }

    // Every comment of the deck, to know the global directives (headingDivider
    // decides where slides begin) and which comments are directives.
    const Scan scan = scanMarkdown(text);
    QList<Range> directiveComments;
    for (const Comment &c : htmlComments(text, scan, nullptr, 0)) {
        if (const auto map = commentDirectives(c.inner)) {
            directiveComments << Range{c.begin, c.end};
            for (auto it = map->values.constBegin(); it != map->values.constEnd(); ++it)
                if (directiveKind(it.key()) == DirectiveKind::Global)
                    global.insert(it.key(), it.value());
        }
    }

    QList<Range> cuts = separatorLines(text, scan);
    const QList<int> divider = dividerLevels(global.value(QStringLiteral("headingDivider")));
    if (!divider.isEmpty()) {
        // Marp puts a separator before each such heading unless nothing but
        // directive comments comes before it in the deck.
        for (const Heading &h : scan.headings) {
            if (h.firstText < 0 || !divider.contains(h.level))
                continue;
            const qsizetype at = lineStart(text, h.firstText);
            QByteArray before = text.left(at);
            for (auto it = directiveComments.crbegin(); it != directiveComments.crend(); ++it)
                if (it->second <= at)
                    before.remove(it->first, it->second - it->first);
            if (!before.trimmed().isEmpty())
                cuts << Range{at, at};
        }
        std::sort(cuts.begin(), cuts.end());
    }
    QList<Range> segments; // [begin, end) of each slide
    qsizetype start = 0;
    for (const auto &[b, e] : std::as_const(cuts)) {
        segments << Range{start, qMax(start, b)};
        start = qMax(start, e);
    }
    segments << Range{start, text.size()};

    QString deckCss; // `<style>` elements: Marp applies them to every slide
    QSet<QString> usedKeys;
    QList<QJsonObject> scopedPerSlide;
    QList<QJsonObject> localPerSlide;
    for (int index = 0; index < segments.size(); ++index) {
        const auto [begin, end] = segments[index];
        QByteArray source = text.mid(begin, end - begin);
        // Errors point at the slide's first line with text, not the blank
        // line after a separator.
        qsizetype firstText = begin;
        while (firstText < end && (text[firstText] == '\n' || text[firstText] == ' '))
            ++firstText;
        const Scan slideScan = scanMarkdown(source);
        const int segmentLine = bodyLine + lineAt(text, begin) - 1;
        QString scopedCss;
        for (const StyleBlock &style : takeStyles(source, slideScan)) {
            if (style.css.isEmpty())
                continue;
            deck.written << DeckDirective{segmentLine + style.line - 1, QStringLiteral("style"),
                                          style.css};
            if (style.scoped)
                scopedCss += style.css + QLatin1Char('\n');
            else
                deckCss += style.css + QLatin1Char('\n');
        }

        DeckSlide slide;
        slide.line = bodyLine + lineAt(text, qMin(firstText, end)) - 1;
        QJsonObject scoped = index == 0 ? firstScoped : QJsonObject();
        QStringList notes;
        if (!scopedCss.isEmpty())
            scoped.insert(QStringLiteral("styleScoped"), scopedCss.trimmed());
        QByteArray body;
        qsizetype copied = 0;
        for (const Comment &c : htmlComments(source, slideScan, &deck.problems, segmentLine)) {
            if (c.inner == "fit")
                continue; // kept in the body for the renderer
            body += source.mid(copied, c.begin - copied);
            copied = c.end;
            const auto map = commentDirectives(c.inner);
            if (!map) {
                if (!c.inner.isEmpty())
                    notes << QString::fromUtf8(c.inner);
                continue;
            }
            const int commentLine = segmentLine + lineAt(source, c.begin) - 1 + c.innerLine;
            for (auto it = map->values.constBegin(); it != map->values.constEnd(); ++it) {
                const bool once = it.key().startsWith(QLatin1Char('_'));
                const QString key = once ? it.key().mid(1) : it.key();
                const int line = commentLine + map->lines.value(it.key());
                const DirectiveKind kind = directiveKind(key);
                if (kind != DirectiveKind::None)
                    deck.written << DeckDirective{line, key, normalised(key, it.value())};
                else
                    deck.warnings << DeckProblem{
                        line, QStringLiteral("\"%1\" is not a Marp directive; it is ignored")
                                  .arg(it.key())};
                if (kind == DirectiveKind::Id)
                    slide.key = directiveText(it.value()).trimmed();
                else if (kind == DirectiveKind::Local)
                    (once ? scoped : local).insert(key, normalised(key, it.value()));
            }
        }
        body += source.mid(copied);
        slide.body = QString::fromUtf8(body).trimmed();
        slide.notes = notes.join(QStringLiteral("\n\n"));
        slide.title = slideScan.firstHeading.trimmed();

        if (slide.key.isEmpty())
            slide.key = slugify(slide.title);
        if (slide.key.isEmpty())
            slide.key = QStringLiteral("slide-%1").arg(index + 1);
        QString unique = slide.key;
        for (int n = 2; usedKeys.contains(unique); ++n)
            unique = slide.key + QStringLiteral("-%1").arg(n);
        slide.key = unique;
        usedKeys.insert(unique);

        scopedPerSlide << scoped;
        localPerSlide << local;
        deck.slides << slide;
    }

    if (!deckCss.isEmpty()) {
        const QString fromDirective = directiveText(global.value(QStringLiteral("style")));
        global.insert(QStringLiteral("style"),
                      (fromDirective.isEmpty() ? QString() : fromDirective + QLatin1Char('\n')) +
                          deckCss.trimmed());
    }
    for (const DeckDirective &d : std::as_const(deck.written))
        if (directiveKind(d.key) == DirectiveKind::Unsupported)
            deck.warnings << DeckProblem{
                d.line, QStringLiteral("Okuw does not apply the directive \"%1\"; it is ignored")
                            .arg(d.key)};

    // Global directives count wherever they were written, so effective values
    // are put together only once every slide has been read. Page numbers as
    // Marp counts them: `skip` neither shows nor counts a page, `hold` shows
    // the last number again (the first page held is 1), `false` counts a
    // page it does not show.
    int counter = 0;
    for (int i = 0; i < deck.slides.size(); ++i) {
        QJsonObject d = localPerSlide[i];
        for (auto it = scopedPerSlide[i].constBegin(); it != scopedPerSlide[i].constEnd(); ++it)
            d.insert(it.key(), it.value());
        for (auto it = global.constBegin(); it != global.constEnd(); ++it)
            d.insert(it.key(), it.value());
        if (!d.contains(QStringLiteral("size")))
            d.insert(QStringLiteral("size"), QStringLiteral("16:9"));
        const QJsonValue paginate = d.value(QStringLiteral("paginate"));
        const QString p = paginate.isString() ? paginate.toString() : QString();
        int page = 0;
        if (p == QLatin1String("skip")) {
        } else if (p == QLatin1String("hold")) {
            counter = qMax(counter, 1);
            page = counter;
        } else {
            ++counter;
            page = paginate.toBool() ? counter : 0;
        }
        d.insert(QStringLiteral("page"), page);
        deck.slides[i].directives = d;
    }
    for (DeckSlide &s : deck.slides)
        s.directives.insert(QStringLiteral("total"), counter);
    const QString size = global.value(QStringLiteral("size")).toString(QStringLiteral("16:9"));
    if (size != QLatin1String("16:9") && size != QLatin1String("4:3"))
        deck.warnings << DeckProblem{
            1, QStringLiteral("size \"%1\" is not supported; 16:9 is used (Okuw knows 16:9 and "
                              "4:3)")
                   .arg(size)};
    if (deck.slides.size() == 1 && deck.slides.first().body.isEmpty() &&
        deck.slides.first().notes.isEmpty())
        deck.warnings << DeckProblem{bodyLine, QStringLiteral("the deck is empty: one empty "
                                                              "slide is shown")};
    return deck;
}

} // namespace okuw::core
