#include "tsfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace okuw::test {

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{};
            current.context = context;
            current.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = !type.isEmpty();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QString tsTranslation(const QList<TsMessage> &messages, const QString &context,
                      const QString &source)
{
    for (const TsMessage &m : messages)
        if (m.context == context && m.source == source && !m.translations.isEmpty())
            return m.translations.first();
    return {};
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%([1-9]|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured(0);
        if (!found.contains(p))
            found << p;
    }
    found.sort();
    return found;
}

QString accelerators(const QString &text)
{
    QString found;
    QString t = text;
    t.replace(QStringLiteral("&&"), QString());
    for (qsizetype i = t.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < t.size();
         i = t.indexOf(QLatin1Char('&'), i + 1)) {
        if (!t.at(i + 1).isSpace())
            found += t.at(i + 1).toLower();
    }
    return found;
}

} // namespace okuw::test
