#include "emoji.h"

#include <QFile>
#include <QHash>

namespace okuw::render {

namespace {

const QHash<QString, QString> &table()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> out;
        QFile f(QStringLiteral(":/okuw/emoji/shortcodes.txt"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        const QString text = QString::fromUtf8(f.readAll());
        for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const qsizetype tab = line.indexOf(QLatin1Char('\t'));
            if (tab > 0)
                out.insert(line.left(tab).toString(), line.mid(tab + 1).toString());
        }
        return out;
    }();
    return names;
}

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
           c == QLatin1Char('+') || c == QLatin1Char('-');
}

} // namespace

QString emojiForShortcode(const QString &name)
{
    return table().value(name);
}

QString replaceEmojiShortcodes(const QString &text)
{
    qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return text;
    QString out;
    qsizetype copied = 0;
    while (colon >= 0) {
        qsizetype end = colon + 1;
        while (end < text.size() && isNameChar(text[end]))
            ++end;
        if (end < text.size() && text[end] == QLatin1Char(':') && end > colon + 1) {
            const auto it = table().constFind(text.mid(colon + 1, end - colon - 1));
            if (it != table().cend()) {
                out += QStringView(text).mid(copied, colon - copied);
                out += *it;
                copied = end + 1;
                colon = text.indexOf(QLatin1Char(':'), copied);
                continue;
            }
        }
        // Not a known name: its closing colon may open the next one.
        colon = text.indexOf(QLatin1Char(':'), colon + 1);
    }
    if (copied == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace okuw::render
