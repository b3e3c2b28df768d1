// What the window and the About dialog say about the open bundle's
// signature: "Signed by <publisher>" (a trusted key), "Signed by an unknown
// publisher (key fingerprint …)", or "Not signed". One rule, one place.
#pragma once

#include "core/signature.h"

#include <QList>
#include <QString>

namespace okuw::ui {

struct SignatureStatus
{
    enum class Kind { NoBundle, NotSigned, Trusted, Unknown };
    Kind kind = Kind::NoBundle;
    QString publisher;   // Trusted: the name the user's trusted key carries
    QString fingerprint; // Trusted and Unknown
    // The content was hashed again in the background and matches its digest
    // (false while that runs, and for bundles without a canonical digest).
    bool contentChecked = false;

    // `check` must not be Broken: such a bundle is refused, never shown.
    static SignatureStatus of(const core::SignatureCheck &check,
                              const QList<core::PublicKey> &trusted);
    // "Signed by …" / "Signed by an unknown publisher (key fingerprint …)" / "Not signed".
    QString text() const;
    // A longer explanation for a tooltip and the About dialog.
    QString details() const;
};

} // namespace okuw::ui
