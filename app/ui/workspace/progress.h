// Progress per module, where a participant looks for it: a badge beside
// each module in the navigator with the slides seen and the quiz scores.
// A slide counts as seen once it has been shown for a few seconds (flicking
// through does not count); a PDF page counts at once.
#pragma once

#include "core/userstore.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace okuw::core {
class Bundle;
struct Slide;
} // namespace okuw::core

namespace okuw::ui {

class MainWindow;

class Progress : public QObject
{
    Q_OBJECT
public:
    Progress(MainWindow *window, int seenAfterMs);

    // "3/16 seen · quiz best 4/5, last 3/5"; empty when nothing is known.
    QString badge(qint64 moduleId) const;
    void update(qint64 moduleId);
    void updateAll();

private:
    void onSlideShown(const core::Slide &slide);
    void onPageShown(qint64 documentId, int page);

    MainWindow *m_window;
    int m_seenAfterMs;
    core::ItemRef m_pending; // shown, not yet long enough
    QTimer m_timer;
};

} // namespace okuw::ui
