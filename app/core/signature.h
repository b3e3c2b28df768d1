// Publisher signatures (BUNDLE-FORMAT.md, "Signatures"): Ed25519 by
// libsodium over the content digest (core/digest.h). Key files, signing at
// build time, and checking a bundle's signature.
#pragma once

#include <QByteArray>
#include <QString>

namespace okuw::core {

class Database;

struct PublicKey
{
    QByteArray key; // 32 bytes
    QString publisher;
    bool isValid() const { return key.size() == 32; }
    // "3f2a 9c1e 77b0 4d12 …": the first 16 bytes of the key's SHA-256.
    QString fingerprint() const;
    // The public key file's text (see BUNDLE-FORMAT.md).
    QByteArray toFileText() const;
};

class SecretKey
{
public:
    SecretKey() = default;
    ~SecretKey(); // wipes the key bytes
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;
    SecretKey(SecretKey &&other) noexcept;

    bool isValid() const { return m_key.size() == 64; }
    const QString &publisher() const { return m_publisher; }
    PublicKey publicKey() const;
    QByteArray sign(const QByteArray &message) const; // 64 bytes

    // A new key pair; false only when libsodium cannot start.
    static bool generate(const QString &publisher, SecretKey *out);
    // Reads a secret key file; a message naming the file and what is wrong
    // (missing, a public key, truncated, damaged) on failure.
    static bool readFile(const QString &path, SecretKey *out, QString *error);
    QByteArray toFileText() const;

private:
    QByteArray m_key; // libsodium's 64-byte secret key: seed and public key
    QString m_publisher;
};

// Reads a public key file (what `okuw-bundle keygen` wrote beside the secret one).
bool readPublicKeyFile(const QString &path, PublicKey *out, QString *error);
bool parsePublicKey(const QByteArray &text, PublicKey *out, QString *why);

// Writes <base>.secret (mode 0600) and <base>.public; refuses to overwrite
// either. The messages name the file.
bool writeKeyPair(const SecretKey &key, const QString &base, QString *error);

// What is signed: a fixed prefix, the digest (hex) and the publisher's name.
QByteArray signedMessage(const QString &digestHex, const QString &publisher);

// A bundle's signature, checked against the digest stored in the bundle
// (the cheap check, at open). Whether that digest matches the content is
// the digest's own check (core/digest.h), run in full by verification.
struct SignatureCheck
{
    enum class State {
        NotSigned, // no marker and no signature
        Signed,    // a valid signature of the stored digest
        Broken,    // claims a signature that is missing, damaged or does not match
    };
    State state = State::NotSigned;
    PublicKey key;   // the signer's key and the name stored with it (Signed)
    QString problem; // Broken: what is wrong, without the file name
};
SignatureCheck checkSignature(const Database &db);

// Signs the digest stored in an open, writable bundle: writes the signature
// row. The caller has set metadata "signed" before computing the digest.
bool storeSignature(Database &db, const SecretKey &key, const QString &digestHex, QString *error);

} // namespace okuw::core
