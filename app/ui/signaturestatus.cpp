#include "signaturestatus.h"

#include <QCoreApplication>

namespace okuw::ui {

namespace {
struct StatusText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::ui::SignatureStatus)
};
} // namespace

SignatureStatus SignatureStatus::of(const core::SignatureCheck &check,
                                    const QList<core::PublicKey> &trusted)
{
    SignatureStatus s;
    if (check.state != core::SignatureCheck::State::Signed) {
        s.kind = Kind::NotSigned;
        return s;
    }
    s.fingerprint = check.key.fingerprint();
    s.kind = Kind::Unknown;
    for (const core::PublicKey &key : trusted) {
        if (key.key == check.key.key) {
            // The name the user trusts, not the one the bundle claims.
            s.kind = Kind::Trusted;
            s.publisher = key.publisher;
            break;
        }
    }
    return s;
}

QString SignatureStatus::text() const
{
    switch (kind) {
    case Kind::NoBundle:
        return {};
    case Kind::NotSigned:
        return StatusText::tr("Not signed");
    case Kind::Trusted:
        return StatusText::tr("Signed by %1").arg(publisher);
    case Kind::Unknown:
        return StatusText::tr("Signed by an unknown publisher (key fingerprint %1)")
            .arg(fingerprint);
    }
    return {};
}

QString SignatureStatus::details() const
{
    QString more;
    switch (kind) {
    case Kind::NoBundle:
        return {};
    case Kind::NotSigned:
        more = StatusText::tr("Nothing tells who made this bundle or whether it was changed.");
        break;
    case Kind::Trusted:
        more = StatusText::tr("The signature matches a publisher key you trust (key fingerprint "
                              "%1).")
                   .arg(fingerprint);
        break;
    case Kind::Unknown:
        more = StatusText::tr("The signature is valid, but its key is not among your trusted "
                              "publishers (Help > Trusted Publishers). Compare the fingerprint "
                              "with the one the training team gave you.");
        break;
    }
    if (kind != Kind::NotSigned)
        more += QLatin1Char(' ') + (contentChecked ? StatusText::tr("The whole content was "
                                                                    "checked against it.")
                                                   : StatusText::tr("The content is being "
                                                                    "checked…"));
    return more;
}

} // namespace okuw::ui
