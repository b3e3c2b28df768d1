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

    struct Score
    {
        int score = 0;
        int total = 0;
    };
    struct Summary
    {
        int slides = 0; // in the deck the reader sees
        int seen = 0;
        int attempts = 0; // knowledge checks finished
        Score best;
        Score last;
    };
    Summary summary(qint64 moduleId) const;
    // For the navigator's progress column: "3/16 · quiz 4/5"; empty when the
    // module has no slides and no quiz was taken.
    QString badge(qint64 moduleId) const;
    // Its tooltip: slides seen, best and last score, in words.
    QString details(qint64 moduleId) const;
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
