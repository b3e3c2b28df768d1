#include "htmltags.h"

#include <QRegularExpression>
#include <QSet>

namespace okuw::render {

namespace {

// The tags marp-core's default `html` allow-list renders and Qt can draw,
// without their attributes (Marp keeps class, lang and title only).
bool allowedName(const QString &name)
{
    static const QSet<QString> names = {
        QStringLiteral("a"),      QStringLiteral("abbr"),       QStringLiteral("b"),
        QStringLiteral("big"),    QStringLiteral("blockquote"), QStringLiteral("br"),
        QStringLiteral("center"), QStringLiteral("cite"),       QStringLiteral("code"),
        QStringLiteral("dd"),     QStringLiteral("del"),        QStringLiteral("div"),
        QStringLiteral("dl"),     QStringLiteral("dt"),         QStringLiteral("em"),
        QStringLiteral("h1"),     QStringLiteral("h2"),         QStringLiteral("h3"),
        QStringLiteral("h4"),     QStringLiteral("h5"),         QStringLiteral("h6"),
        QStringLiteral("hr"),     QStringLiteral("i"),          QStringLiteral("ins"),
        QStringLiteral("kbd"),    QStringLiteral("li"),         QStringLiteral("mark"),
        QStringLiteral("ol"),     QStringLiteral("p"),          QStringLiteral("pre"),
        QStringLiteral("q"),      QStringLiteral("s"),          QStringLiteral("small"),
        QStringLiteral("span"),   QStringLiteral("strike"),     QStringLiteral("strong"),
        QStringLiteral("sub"),    QStringLiteral("sup"),        QStringLiteral("table"),
        QStringLiteral("tbody"),  QStringLiteral("td"),         QStringLiteral("tfoot"),
        QStringLiteral("th"),     QStringLiteral("thead"),      QStringLiteral("tr"),
        QStringLiteral("u"),      QStringLiteral("ul"),         QStringLiteral("wbr")};
    return names.contains(name.toLower());
}

const QRegularExpression &tagPattern()
{
    static const QRegularExpression re(QStringLiteral("<(/?)([A-Za-z][A-Za-z0-9]*)\\b[^>]*?(/?)>"));
    return re;
}

} // namespace

QString allowedTag(const QString &tag)
{
    const auto m = tagPattern().match(tag);
    if (!m.hasMatch() || m.capturedLength(0) != tag.size() || !allowedName(m.captured(2)))
        return {};
    return QStringLiteral("<%1%2%3>").arg(m.captured(1), m.captured(2).toLower(), m.captured(3));
}

QString allowedHtml(const QString &block)
{
    QString out;
    qsizetype at = 0;
    for (auto it = tagPattern().globalMatch(block); it.hasNext();) {
        const auto m = it.next();
        const QString tag = allowedTag(m.captured(0));
        if (tag.isEmpty())
            return {};
        out += block.mid(at, m.capturedStart() - at) + tag;
        at = m.capturedEnd();
    }
    if (at == 0)
        return {};
    return out + block.mid(at);
}

} // namespace okuw::render
