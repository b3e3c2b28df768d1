// Deep checks of a bundle, for `okuw-bundle validate` and `verify`: what the
// reader's cheap checks at open time leave out because they cost time in
// proportion to the file's size.
#pragma once

#include <QStringList>

namespace okuw::core {

// One line per problem, each naming the file; empty for a good bundle.
QStringList validateBundle(const QString &path);

} // namespace okuw::core
