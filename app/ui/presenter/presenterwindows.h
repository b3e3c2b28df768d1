// The two windows of a slide show: the audience view (the slide, full
// screen, black or white on request) and the presenter console (current and
// next slide, notes, slide number, timers, clock).
#pragma once

#include "core/types.h"
#include "presenterstate.h"
#include "presentertimer.h"
#include "render/assets.h"
#include "ui/slidesurface.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QTextBrowser;

namespace okuw::ui {

// Shared by both windows: every key goes to the presenter (Tab too, which a
// widget would otherwise use to move the focus), and overlays cover the window.
class PresenterWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterWindow(QWidget *parent = nullptr);

signals:
    void keyPressed(int key, Qt::KeyboardModifiers modifiers, const QString &text);
    void closeRequested();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
};

class AudienceWindow : public PresenterWindow
{
    Q_OBJECT

public:
    explicit AudienceWindow(render::SlideRenderer *renderer, QWidget *parent = nullptr);
    SlideSurface *canvas() const { return m_canvas; }

private:
    SlideSurface *m_canvas;
};

class ConsoleWindow : public PresenterWindow
{
    Q_OBJECT

public:
    explicit ConsoleWindow(render::SlideRenderer *renderer, QWidget *parent = nullptr);

    SlideSurface *current() const { return m_current; }
    SlideSurface *next() const { return m_next; }

    void setSlides(const QList<core::Slide> &slides, const render::AssetLoader &loader,
                   const QString &title);
    void showState(const PresenterState &state);
    void showTimes(qint64 elapsedMs, bool running, int durationMinutes, Pace pace);
    void setNotesPointSize(int points);
    void setSwapEnabled(bool enabled);

    // For tests: the texts shown.
    QString numberText() const;
    QString elapsedText() const;
    QString remainingText() const;
    QString notesText() const;

signals:
    void timerToggleClicked();
    void timerResetClicked();
    void notesBiggerClicked();
    void notesSmallerClicked();
    void swapClicked();
    void overviewClicked();
    void helpClicked();
    void endClicked();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QPushButton *button(const QString &text, const QString &tip);

    QList<core::Slide> m_slides;
    SlideSurface *m_current;
    SlideSurface *m_next;
    QTextBrowser *m_notes;
    QString m_shownNotes; // the Markdown m_notes was given
    QLabel *m_title;
    QLabel *m_number;
    QLabel *m_jump;
    QLabel *m_elapsed;
    QLabel *m_remaining;
    QLabel *m_clock;
    QLabel *m_banner;
    QPushButton *m_pause;
    QPushButton *m_swap;
    QSplitter *m_split = nullptr;
};

} // namespace okuw::ui
