#include "log.h"

namespace okuw {

Q_LOGGING_CATEGORY(lcBundle, "okuw.bundle", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "okuw.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRender, "okuw.render", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "okuw.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPresenter, "okuw.presenter", QtInfoMsg)

} // namespace okuw
