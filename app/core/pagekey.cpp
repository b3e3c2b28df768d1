#include "pagekey.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace okuw::core {

namespace {

const QRegularExpression &pattern()
{
    static const QRegularExpression re(QStringLiteral("^page-([0-9]+)-([0-9a-f]{8})$"));
    return re;
}

} // namespace

QString pdfPageKey(int pageNumber, const QString &text)
{
    const QByteArray hash =
        QCryptographicHash::hash(text.simplified().toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("page-%1-%2").arg(pageNumber).arg(QString::fromLatin1(hash.left(8)));
}

QString followPageKey(const QString &key, const QStringList &deckKeys,
                      const QStringList &storedKeys)
{
    const QRegularExpressionMatch m = pattern().match(key);
    if (!m.hasMatch() || storedKeys.contains(key))
        return key;
    // The text hashes of the deck's pages now: a stored key with one of them
    // belongs to a page that moved, never to a reworded one.
    QStringList deckHashes;
    for (const QString &k : deckKeys) {
        if (const QRegularExpressionMatch d = pattern().match(k); d.hasMatch())
            deckHashes << d.captured(2);
    }
    QString sameNumber;
    for (const QString &stored : storedKeys) {
        if (deckKeys.contains(stored))
            continue; // another page's
        const QRegularExpressionMatch s = pattern().match(stored);
        if (!s.hasMatch())
            continue;
        if (s.captured(2) == m.captured(2))
            return stored; // moved
        if (s.captured(1) == m.captured(1) && sameNumber.isEmpty() &&
            !deckHashes.contains(s.captured(2)))
            sameNumber = stored; // reworded
    }
    return sameNumber.isEmpty() ? key : sameNumber;
}

} // namespace okuw::core
