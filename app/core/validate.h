// Deep checks of a bundle, for `okuw-bundle validate` and `verify`: what the
// reader's cheap checks at open time leave out because they cost time in
// proportion to the file's size.
#pragma once

#include <QStringList>
#include <functional>

namespace okuw::core {

// FTS5's check of the search index (SearchIndex::check, or something that
// runs it in another process): false and *problem when the index is damaged.
using SearchIndexCheck = std::function<bool(const QString &path, QString *problem)>;

// One line per problem, each naming the file; empty for a good bundle.
// `checkSearchIndex` runs only when the bundle has a search index; SQLite's
// FTS5 code can crash on a damaged one (search.h), so the caller chooses
// where it runs.
QStringList validateBundle(const QString &path, const SearchIndexCheck &checkSearchIndex);

} // namespace okuw::core
