// Whose notes are these? The user store files a bundle's per-user data
// (notes, bookmarks, progress, quiz attempts, where to continue) under a key
// made here, and nowhere else.
//
// A bundle's id is chosen by whoever built it, so a stranger's bundle can
// claim the id of the workshop's bundle. Filed under the id alone, it would
// show that bundle's notes and its "Forget my data" would remove them. A
// publisher's signature cannot be forged: a bundle whose signature checks
// out files its data under its id *and* the signer's public key, so only a
// bundle signed with the same secret key reaches that data. An unsigned
// bundle has nothing better than its id; its data stays apart from every
// signed bundle's.
//
// The content digest would bind even tighter, but it changes with every
// rebuild, and a participant who receives a corrected bundle must keep her
// notes.
#pragma once

#include <QString>

namespace okuw::core {

class Bundle;
struct BundleInfo;
struct SignatureCheck;

struct UserDataKey
{
    QString key;      // what the store files the data under
    QString bundleId; // the bundle's own id: an unsigned bundle's key, and
                      // where data from before the bundle was signed lies
    bool bySignature = false;
    bool isValid() const { return !key.isEmpty(); }
};

// From a signature check already made (the viewer checks at open).
UserDataKey userDataKey(const BundleInfo &info, const SignatureCheck &signature);
// Checks the bundle's signature (the cheap check over the stored digest).
UserDataKey userDataKey(const Bundle &bundle);

} // namespace okuw::core
