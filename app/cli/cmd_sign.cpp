// keygen and verify: a publisher's keys, and checking a bundle's content
// digest and signature (core/signature.h, core/verify.h).
#include "commands.h"
#include "core/bundle.h"
#include "core/signature.h"
#include "core/verify.h"

#include <QDir>
#include <QRegularExpression>

namespace okuw::cli {

namespace {

// "Training Team A" -> "training-team-a": a file name in any file system.
QString defaultKeyBase(const QString &name)
{
    QString base = name.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    base.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return base.isEmpty() ? QStringLiteral("publisher") : base;
}

} // namespace

int runKeygen(const Invocation &cmd)
{
    const QString name = cmd.argument(0).simplified();
    if (name.isEmpty())
        return cmd.usageError(CliText::tr("the publisher's name is empty"));
    const QString base = cmd.isSet("output") ? cmd.value("output") : defaultKeyBase(name);
    core::SecretKey key;
    if (!core::SecretKey::generate(name, &key)) {
        err() << CliText::tr("okuw-bundle keygen: the cryptography library cannot start") << "\n";
        return 1;
    }
    QString why;
    if (!core::writeKeyPair(key, base, &why)) {
        err() << why << "\n";
        return 1;
    }
    out() << CliText::tr("Wrote %1.secret (the secret key: only you may read it; keep a copy "
                         "offline) and %1.public (give it to your readers).")
                 .arg(QDir::toNativeSeparators(base))
          << "\n";
    out()
        << CliText::tr("Publisher: %1, key fingerprint %2").arg(name, key.publicKey().fingerprint())
        << "\n";
    return 0;
}

int runVerify(const Invocation &cmd)
{
    const QString path = cmd.argument(0);
    const QString shown = QDir::toNativeSeparators(path);
    core::PublicKey trusted;
    QString why;
    if (cmd.isSet("trust") && !core::readPublicKeyFile(cmd.value("trust"), &trusted, &why)) {
        err() << why << "\n";
        return 1;
    }
    const auto bundle = core::Bundle::open(path, &why);
    if (!bundle) {
        err() << why << "\n";
        return 1;
    }
    bool ok = true;
    const core::ContentCheck content =
        core::checkContent(bundle->database(), core::DigestMode::Full);
    switch (content.result) {
    case core::ContentCheck::Result::Matches:
        out() << CliText::tr("%1: the content matches its digest (every blob re-hashed)").arg(shown)
              << "\n";
        break;
    case core::ContentCheck::Result::NotCheckable:
        out() << CliText::tr("%1: a bundle of format %2 has no content digest to check")
                     .arg(shown)
                     .arg(bundle->info().formatVersion)
              << "\n";
        break;
    case core::ContentCheck::Result::Changed:
        for (const QString &difference : content.differences)
            err() << CliText::tr("%1: changed after it was built: %2").arg(shown, difference)
                  << "\n";
        ok = false;
        break;
    case core::ContentCheck::Result::Failed:
    case core::ContentCheck::Result::Cancelled:
        err() << CliText::tr("%1: the content cannot be checked: %2").arg(shown, content.error)
              << "\n";
        ok = false;
        break;
    }

    const core::SignatureCheck signature = core::checkSignature(bundle->database());
    switch (signature.state) {
    case core::SignatureCheck::State::NotSigned:
        out() << CliText::tr("%1: not signed").arg(shown) << "\n";
        if (trusted.isValid()) {
            err() << CliText::tr("%1: not signed, so not by the trusted key of %2")
                         .arg(shown, trusted.publisher)
                  << "\n";
            ok = false;
        }
        break;
    case core::SignatureCheck::State::Broken:
        err() << CliText::tr("%1: the signature is not valid: %2").arg(shown, signature.problem)
              << "\n";
        ok = false;
        break;
    case core::SignatureCheck::State::Signed:
        if (trusted.isValid() && trusted.key != signature.key.key) {
            err() << CliText::tr(
                         "%1: signed by \"%2\" (key fingerprint %3), not by the trusted key "
                         "of %4 (key fingerprint %5)")
                         .arg(shown, signature.key.publisher, signature.key.fingerprint(),
                              trusted.publisher, trusted.fingerprint())
                  << "\n";
            ok = false;
        } else if (trusted.isValid()) {
            out() << CliText::tr("%1: signed by %2, the trusted key (key fingerprint %3)")
                         .arg(shown, trusted.publisher, trusted.fingerprint())
                  << "\n";
        } else {
            out() << CliText::tr("%1: signed by \"%2\" (key fingerprint %3); give --trust "
                                 "<public-key> to check that it is the key you expect")
                         .arg(shown, signature.key.publisher, signature.key.fingerprint())
                  << "\n";
        }
        break;
    }
    return ok ? 0 : 1;
}

} // namespace okuw::cli
