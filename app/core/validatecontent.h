// Part of validateBundle (validate.h): the checks of what the viewer relies
// on, beyond SQLite's own integrity check and the blobs' SHA-256.
#pragma once

#include "validate.h"

#include <QString>
#include <functional>

namespace okuw::core {

class Database;

using ProblemSink = std::function<void(const QString &problem)>;

void validateContent(const Database &db, const QString &path,
                     const SearchIndexCheck &checkSearchIndex, const ProblemSink &problem);

} // namespace okuw::core
