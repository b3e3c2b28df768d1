#include "signature.h"

#include "schema.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <sodium.h>

namespace okuw::core {

namespace {

struct SignatureText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::core::signature)
};

constexpr char kSecretHeader[] = "okuw-secret-key 1";
constexpr char kPublicHeader[] = "okuw-public-key 1";
constexpr qint64 kMaxKeyFileBytes = 64 * 1024;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// A key file: a header line, then "publisher: …" and "key: <base64>";
// blank lines and lines starting with # are comments.
struct KeyFile
{
    QByteArray header;
    QString publisher;
    QByteArray key;
    bool keyDecoded = false;
};

KeyFile parseKeyFile(const QByteArray &text)
{
    KeyFile f;
    for (QByteArray line : text.split('\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (f.header.isEmpty()) {
            f.header = line;
        } else if (line.startsWith("publisher:")) {
            f.publisher = QString::fromUtf8(line.mid(10).trimmed());
        } else if (line.startsWith("key:")) {
            const auto decoded = QByteArray::fromBase64Encoding(
                line.mid(4).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
            f.keyDecoded = bool(decoded);
            f.key = decoded.decoded;
        }
    }
    return f;
}

QByteArray fileText(const char *header, const QString &comment, const QString &publisher,
                    const QByteArray &key)
{
    return QByteArray("# ") + comment.toUtf8() + '\n' + header +
           "\npublisher: " + publisher.simplified().toUtf8() + "\nkey: " + key.toBase64() + '\n';
}

bool readSmallFile(const QString &path, QByteArray *out, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!QFileInfo::exists(path))
        return *error = SignatureText::tr("%1: the key file does not exist").arg(shown), false;
    if (!file.open(QIODevice::ReadOnly))
        return *error = SignatureText::tr("%1: the key file cannot be read: %2")
                            .arg(shown, file.errorString()),
               false;
    *out = file.read(kMaxKeyFileBytes + 1);
    if (out->size() > kMaxKeyFileBytes)
        return *error = SignatureText::tr("%1: not an Okuw key file (too large)").arg(shown), false;
    return true;
}

} // namespace

QString PublicKey::fingerprint() const
{
    const QByteArray hex =
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).left(16).toHex();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

QByteArray PublicKey::toFileText() const
{
    return fileText(kPublicHeader,
                    QStringLiteral("Okuw publisher public key: give it to those who read your "
                                   "bundles."),
                    publisher, key);
}

SecretKey::~SecretKey()
{
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), size_t(m_key.size()));
}

SecretKey::SecretKey(SecretKey &&other) noexcept
    : m_key(std::move(other.m_key)), m_publisher(std::move(other.m_publisher))
{}

PublicKey SecretKey::publicKey() const
{
    return {m_key.mid(32), m_publisher};
}

QByteArray SecretKey::sign(const QByteArray &message) const
{
    if (!isValid() || !sodiumReady())
        return {};
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(m_key.constData()));
    return signature;
}

bool SecretKey::generate(const QString &publisher, SecretKey *out)
{
    if (!sodiumReady())
        return false;
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    out->m_key = QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                        reinterpret_cast<unsigned char *>(out->m_key.data()));
    out->m_publisher = publisher.simplified();
    return true;
}

bool SecretKey::readFile(const QString &path, SecretKey *out, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QByteArray text;
    if (!readSmallFile(path, &text, error))
        return false;
    KeyFile f = parseKeyFile(text);
    sodium_memzero(text.data(), size_t(text.size()));
    auto fail = [&](const QString &why) {
        if (!f.key.isEmpty())
            sodium_memzero(f.key.data(), size_t(f.key.size()));
        *error = QStringLiteral("%1: %2").arg(shown, why);
        return false;
    };
    if (f.header == kPublicHeader)
        return fail(SignatureText::tr("this is a public key; signing needs the secret key "
                                      "(the .secret file keygen wrote)"));
    if (f.header != kSecretHeader)
        return fail(SignatureText::tr("not an Okuw secret key file"));
    if (!f.keyDecoded || f.key.size() != crypto_sign_SECRETKEYBYTES)
        return fail(SignatureText::tr("the secret key is truncated or damaged"));
    if (f.publisher.isEmpty())
        return fail(SignatureText::tr("the key file names no publisher"));
    if (!sodiumReady())
        return fail(SignatureText::tr("the cryptography library cannot start"));
    // The 64 bytes are a seed and its public key: derive the key pair from
    // the seed again, so a damaged half is caught here, not by readers.
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, sk, reinterpret_cast<const unsigned char *>(f.key.constData()));
    const bool same = sodium_memcmp(sk, f.key.constData(), sizeof sk) == 0;
    sodium_memzero(sk, sizeof sk);
    if (!same)
        return fail(SignatureText::tr("the secret key is damaged (its halves do not match)"));
    out->m_key = f.key;
    out->m_publisher = f.publisher;
    sodium_memzero(f.key.data(), size_t(f.key.size()));
    return true;
}

QByteArray SecretKey::toFileText() const
{
    return fileText(kSecretHeader,
                    QStringLiteral("Okuw publisher SECRET key: whoever has this file can sign "
                                   "bundles in your name. Never share it."),
                    m_publisher, m_key);
}

bool parsePublicKey(const QByteArray &text, PublicKey *out, QString *why)
{
    const KeyFile f = parseKeyFile(text);
    if (f.header == kSecretHeader)
        return *why = SignatureText::tr("this is a secret key; give the public key (the .public "
                                        "file) instead, and keep the secret one private"),
               false;
    if (f.header != kPublicHeader)
        return *why = SignatureText::tr("not an Okuw public key file"), false;
    if (!f.keyDecoded || f.key.size() != crypto_sign_PUBLICKEYBYTES)
        return *why = SignatureText::tr("the public key is truncated or damaged"), false;
    if (f.publisher.isEmpty())
        return *why = SignatureText::tr("the key file names no publisher"), false;
    *out = {f.key, f.publisher};
    return true;
}

bool readPublicKeyFile(const QString &path, PublicKey *out, QString *error)
{
    QByteArray text;
    if (!readSmallFile(path, &text, error))
        return false;
    QString why;
    if (!parsePublicKey(text, out, &why))
        return *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), why), false;
    return true;
}

bool writeKeyPair(const SecretKey &key, const QString &base, QString *error)
{
    const QString secretPath = base + QStringLiteral(".secret");
    const QString publicPath = base + QStringLiteral(".public");
    for (const QString &path : {secretPath, publicPath}) {
        if (QFileInfo::exists(path))
            return *error = SignatureText::tr("%1: already exists; a key file is never "
                                              "overwritten")
                                .arg(QDir::toNativeSeparators(path)),
                   false;
    }
    // Created new with owner-only permissions from the first byte.
    QFile secret(secretPath);
    if (!secret.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return *error = SignatureText::tr("%1: cannot be written: %2")
                            .arg(QDir::toNativeSeparators(secretPath), secret.errorString()),
               false;
    QByteArray text = key.toFileText();
    const bool written = secret.write(text) == text.size() && secret.flush();
    sodium_memzero(text.data(), size_t(text.size()));
    secret.close();
    QFile pub(publicPath);
    if (!written || !pub.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        pub.write(key.publicKey().toFileText()) < 0 || !pub.flush()) {
        *error = SignatureText::tr("%1: cannot be written: %2")
                     .arg(QDir::toNativeSeparators(written ? publicPath : secretPath),
                          written ? pub.errorString() : secret.errorString());
        QFile::remove(secretPath);
        return false;
    }
    return true;
}

QByteArray signedMessage(const QString &digestHex, const QString &publisher)
{
    return QByteArray("okuw-bundle-signature/1\n") + digestHex.toLatin1() + '\n' +
           publisher.toUtf8();
}

SignatureCheck checkSignature(const Database &db)
{
    SignatureCheck out;
    QString marker;
    QString digest;
    {
        Statement st(db, "SELECT key, value FROM metadata WHERE key IN ('signed', 'content_hash')");
        while (st.next())
            (st.text(0) == QLatin1String(meta::kSigned) ? marker : digest) = st.text(1);
    }
    bool hasTable = false;
    {
        Statement st(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'signature'");
        hasTable = st.next();
    }
    struct Row
    {
        QString algorithm, publisher, key, signature;
    };
    QList<Row> rows;
    if (hasTable) {
        Statement st(db, "SELECT algorithm, publisher, public_key, signature FROM signature "
                         "LIMIT 2");
        while (st.next())
            rows.append({st.text(0), st.text(1), st.text(2), st.text(3)});
        if (!st.ok()) {
            out.state = SignatureCheck::State::Broken;
            out.problem = SignatureText::tr("its signature cannot be read: %1").arg(st.error());
            return out;
        }
    }
    if (marker.isEmpty() && rows.isEmpty())
        return out; // not signed
    out.state = SignatureCheck::State::Broken;
    if (rows.isEmpty()) {
        out.problem = SignatureText::tr("it says it was signed, but its signature was removed");
        return out;
    }
    if (marker.isEmpty()) {
        out.problem = SignatureText::tr("it carries a signature, but its content does not say it "
                                        "was signed: the signature was added or the content "
                                        "changed");
        return out;
    }
    if (rows.size() > 1) {
        out.problem = SignatureText::tr("it carries more than one signature");
        return out;
    }
    const Row &row = rows.first();
    if (marker != QLatin1String("ed25519") || row.algorithm != QLatin1String("ed25519")) {
        out.problem = SignatureText::tr("its signature uses \"%1\", which this Okuw does not know")
                          .arg(row.algorithm);
        return out;
    }
    const auto key =
        QByteArray::fromBase64Encoding(row.key.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto signature = QByteArray::fromBase64Encoding(row.signature.toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
    if (!key || key.decoded.size() != crypto_sign_PUBLICKEYBYTES || !signature ||
        signature.decoded.size() != crypto_sign_BYTES) {
        out.problem = SignatureText::tr("its signature is damaged");
        return out;
    }
    if (!sodiumReady()) {
        out.problem = SignatureText::tr("the cryptography library cannot start");
        return out;
    }
    const QByteArray message = signedMessage(digest, row.publisher);
    if (crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char *>(signature.decoded.constData()),
            reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
            reinterpret_cast<const unsigned char *>(key.decoded.constData())) != 0) {
        out.problem = SignatureText::tr("it was changed after it was signed (the signature does "
                                        "not match)");
        return out;
    }
    out.state = SignatureCheck::State::Signed;
    out.key = {key.decoded, row.publisher};
    return out;
}

bool storeSignature(Database &db, const SecretKey &key, const QString &digestHex, QString *error)
{
    const QByteArray signature = key.sign(signedMessage(digestHex, key.publisher()));
    if (signature.isEmpty())
        return *error = SignatureText::tr("the cryptography library cannot start"), false;
    Statement st(db, "INSERT INTO signature(algorithm, publisher, public_key, signature) "
                     "VALUES('ed25519', ?1, ?2, ?3)");
    st.bind(1, key.publisher())
        .bind(2, QString::fromLatin1(key.publicKey().key.toBase64()))
        .bind(3, QString::fromLatin1(signature.toBase64()));
    if (!st.run())
        return *error = st.error(), false;
    return true;
}

} // namespace okuw::core
