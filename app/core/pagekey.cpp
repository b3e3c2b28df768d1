#include "pagekey.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

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

namespace {

// A stored key that no page of the deck has now: user data left by a page
// that moved or was reworded.
struct Orphan
{
    QString key, number, hash;
};

struct Follow
{
    QSet<QString> stored;
    QSet<QString> deckHashes; // a stored key with one of them is a moved page's
    QList<Orphan> orphans;    // in the order of the stored keys

    Follow(const QStringList &deckKeys, const QStringList &storedKeys)
        : stored(storedKeys.cbegin(), storedKeys.cend())
    {
        const QSet<QString> inDeck(deckKeys.cbegin(), deckKeys.cend());
        for (const QString &k : deckKeys) {
            if (const QRegularExpressionMatch d = pattern().match(k); d.hasMatch())
                deckHashes.insert(d.captured(2));
        }
        QSet<QString> listed;
        for (const QString &k : storedKeys) {
            if (inDeck.contains(k) || listed.contains(k))
                continue; // another page's
            if (const QRegularExpressionMatch s = pattern().match(k); s.hasMatch()) {
                orphans.append({k, s.captured(1), s.captured(2)});
                listed.insert(k);
            }
        }
    }

    QString operator()(const QString &key) const
    {
        const QRegularExpressionMatch m = pattern().match(key);
        if (!m.hasMatch() || stored.contains(key))
            return key;
        QString sameNumber;
        for (const Orphan &o : orphans) {
            if (o.hash == m.captured(2))
                return o.key; // moved
            if (o.number == m.captured(1) && sameNumber.isEmpty() && !deckHashes.contains(o.hash))
                sameNumber = o.key; // reworded
        }
        return sameNumber.isEmpty() ? key : sameNumber;
    }
};

} // namespace

QString followPageKey(const QString &key, const QStringList &deckKeys,
                      const QStringList &storedKeys)
{
    return Follow(deckKeys, storedKeys)(key);
}

QStringList followPageKeys(const QStringList &deckKeys, const QStringList &storedKeys)
{
    const Follow follow(deckKeys, storedKeys);
    QStringList out;
    out.reserve(deckKeys.size());
    for (const QString &key : deckKeys)
        out << follow(key);
    return out;
}

} // namespace okuw::core
