#include "userdatakey.h"

#include "bundle.h"
#include "signature.h"

namespace okuw::core {

UserDataKey userDataKey(const BundleInfo &info, const SignatureCheck &signature)
{
    UserDataKey k;
    k.bundleId = info.id;
    if (info.id.isEmpty())
        return k;
    // A broken signature is no better than none: such a bundle does not open
    // in the viewer, and the command line reads it as unsigned.
    k.bySignature = signature.state == SignatureCheck::State::Signed && signature.key.isValid();
    k.key = k.bySignature ? info.id + QStringLiteral("@ed25519:") +
                                QString::fromLatin1(signature.key.key.toHex())
                          : info.id;
    return k;
}

UserDataKey userDataKey(const Bundle &bundle)
{
    return userDataKey(bundle.info(), checkSignature(bundle.database()));
}

} // namespace okuw::core
