// Shared by bundle.cpp and bundlecontent.cpp only: not part of the API.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace okuw::core {

// lupdate and the runtime agree on this context wherever BundleText::tr is called.
struct BundleText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::core::Bundle)
};

// The strings of a JSON array as stored in a bundle; anything else gives
// none (a bundle is untrusted: its JSON may be anything).
QStringList jsonStrings(const QString &json);

} // namespace okuw::core
