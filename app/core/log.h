// Logging categories, one per area, so that a problem met in the field
// leaves a line to read (QT_LOGGING_RULES="okuw.*.debug=true" shows more).
// Warnings go where an error is handled quietly: the user sees a message or
// a fallback, and the log keeps the cause.
#pragma once

#include <QLoggingCategory>

namespace okuw {

Q_DECLARE_LOGGING_CATEGORY(lcBundle)    // okuw.bundle: reading and writing bundles
Q_DECLARE_LOGGING_CATEGORY(lcSearch)    // okuw.search: the search index and queries
Q_DECLARE_LOGGING_CATEGORY(lcRender)    // okuw.render: slides, images, PDFs
Q_DECLARE_LOGGING_CATEGORY(lcStore)     // okuw.store: the user store and settings
Q_DECLARE_LOGGING_CATEGORY(lcPresenter) // okuw.presenter: the slide show

} // namespace okuw
