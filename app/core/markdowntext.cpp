#include "markdowntext.h"

#include <QHash>
#include <QRegularExpression>
#include <md4c.h>

namespace okuw::core {

namespace {

struct Collect
{
    QString text;
    int imageDepth = 0; // inside an image: its alt text is not shown
    bool rowHasCell = false;
};

void separate(Collect *c, const QString &separator)
{
    // No separator at the start, nor twice in a row.
    const QString trimmed = c->text.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(separator.trimmed()))
        return;
    c->text = trimmed + separator;
}

int enterBlock(MD_BLOCKTYPE type, void *, void *data)
{
    auto *c = static_cast<Collect *>(data);
    if (type == MD_BLOCK_TR)
        c->rowHasCell = false;
    else if (type == MD_BLOCK_TD || type == MD_BLOCK_TH) {
        if (c->rowHasCell)
            separate(c, QStringLiteral(" · "));
        c->rowHasCell = true;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *data)
{
    auto *c = static_cast<Collect *>(data);
    if (type == MD_BLOCK_TR)
        separate(c, QStringLiteral(" / "));
    else if (type == MD_BLOCK_TABLE) {
        if (c->text.endsWith(QStringLiteral(" / ")))
            c->text.chop(3);
        c->text += QLatin1Char('\n');
    } else if (type == MD_BLOCK_H || type == MD_BLOCK_LI || type == MD_BLOCK_P) {
        // A heading or an item without a full stop does not run into the
        // next one: "ask for help · Fear of traffickers".
        static const QRegularExpression ended(QStringLiteral("[.!?:;…·/]\\s*$"));
        if (!c->text.trimmed().isEmpty() && !ended.match(c->text).hasMatch())
            separate(c, QStringLiteral(" · "));
        c->text += QLatin1Char('\n');
    } else if (type != MD_BLOCK_TD && type != MD_BLOCK_TH && type != MD_BLOCK_THEAD &&
               type != MD_BLOCK_TBODY)
        c->text += QLatin1Char('\n');
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *, void *data)
{
    if (type == MD_SPAN_IMG)
        ++static_cast<Collect *>(data)->imageDepth;
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *data)
{
    if (type == MD_SPAN_IMG)
        --static_cast<Collect *>(data)->imageDepth;
    return 0;
}

QString entity(const QString &e)
{
    static const QHash<QString, QString> named{{QStringLiteral("&amp;"), QStringLiteral("&")},
                                               {QStringLiteral("&lt;"), QStringLiteral("<")},
                                               {QStringLiteral("&gt;"), QStringLiteral(">")},
                                               {QStringLiteral("&quot;"), QStringLiteral("\"")},
                                               {QStringLiteral("&apos;"), QStringLiteral("'")},
                                               {QStringLiteral("&nbsp;"), QStringLiteral(" ")},
                                               {QStringLiteral("&mdash;"), QStringLiteral("—")},
                                               {QStringLiteral("&ndash;"), QStringLiteral("–")},
                                               {QStringLiteral("&laquo;"), QStringLiteral("«")},
                                               {QStringLiteral("&raquo;"), QStringLiteral("»")},
                                               {QStringLiteral("&hellip;"), QStringLiteral("…")}};
    if (e.startsWith(QLatin1String("&#"))) {
        bool ok = false;
        const bool hex =
            e.size() > 2 && (e.at(2) == QLatin1Char('x') || e.at(2) == QLatin1Char('X'));
        const uint code = e.mid(hex ? 3 : 2, e.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        if (ok && code > 0 && code <= 0x10FFFF && QChar::isPrint(char32_t(code)))
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        return QStringLiteral(" ");
    }
    return named.value(e, e);
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *data)
{
    auto *c = static_cast<Collect *>(data);
    if (c->imageDepth > 0)
        return 0;
    switch (type) {
    case MD_TEXT_HTML: { // tags are not what a reader sees; the text between them is
        static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][^>]*>"));
        c->text += QString::fromUtf8(text, size).remove(tag);
        break;
    }
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        c->text += QLatin1Char(' ');
        break;
    case MD_TEXT_ENTITY:
        c->text += entity(QString::fromUtf8(text, size));
        break;
    case MD_TEXT_NULLCHAR:
        break;
    default:
        c->text += QString::fromUtf8(text, size);
    }
    return 0;
}

} // namespace

QString markdownToText(const QString &markdown)
{
    Collect collect;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = onText;
    // Comments (Marp's directives among them) and style sheets go first:
    // md4c hands raw HTML over line by line.
    static const QRegularExpression hidden(QStringLiteral("<!--.*?-->|<style\\b.*?</style>"),
                                           QRegularExpression::DotMatchesEverythingOption |
                                               QRegularExpression::CaseInsensitiveOption);
    const QByteArray utf8 = QString(markdown).remove(hidden).toUtf8();
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &collect);
    static const QRegularExpression control(QStringLiteral("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f]"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    collect.text.remove(control);
    QString text = collect.text.replace(space, QStringLiteral(" ")).trimmed();
    if (text.endsWith(QStringLiteral(" ·")))
        text.chop(2);
    return text;
}

QString plainTextToMarkdown(const QString &text)
{
    // What would begin a heading, quote, list item, rule or setext underline.
    static const QRegularExpression blockStart(
        QStringLiteral("^(#{1,6}(?=\\s|$)|>|[-+](?=\\s|$)|-+$|=+$|[0-9]{1,9}[.)](?=\\s|$))"));
    static const QRegularExpression entity(
        QStringLiteral("^&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z0-9]+);"));
    const QLatin1Char backslash('\\');
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        const QString plain = line.trimmed();
        QString out;
        out.reserve(plain.size() + 8);
        int from = 0;
        if (const auto m = blockStart.match(plain); m.hasMatch()) {
            if (plain.front().isDigit()) { // "1." -> "1\."
                from = int(m.capturedLength());
                out += plain.left(from - 1) + backslash + plain.at(from - 1);
            } else {
                out += backslash;
            }
        }
        for (int i = from; i < plain.size(); ++i) {
            const QChar c = plain.at(i);
            if (QStringLiteral("\\`*_~[<|").contains(c) ||
                (c == QLatin1Char('&') && entity.match(plain.mid(i, 40)).hasMatch()))
                out += backslash;
            out += c;
        }
        line = out;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace okuw::core
