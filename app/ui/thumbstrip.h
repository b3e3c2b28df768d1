// A strip of slide thumbnails to jump with. A model row per slide, no
// widget or picture per slide: thumbnails are asked of the application's
// SlideRenderer only for the rows in view (the current slide first) and
// live in its bounded cache, so a deck of any length costs what fits on
// screen.
#pragma once

#include "core/types.h"
#include "render/assets.h"
#include "render/sliderenderer.h"

#include <QAbstractListModel>
#include <QListView>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace okuw::ui {

class ThumbnailModel;

class ThumbnailStrip : public QListView
{
    Q_OBJECT
public:
    explicit ThumbnailStrip(render::SlideRenderer *renderer, QWidget *parent = nullptr);
    ~ThumbnailStrip() override;

    void setDeck(const QList<core::Slide> &slides, const render::AssetLoader &loader);
    // Marks and scrolls to `index` without emitting slideChosen().
    void setCurrent(int index);
    int current() const;
    // Rows marked as bookmarked (a star in the thumbnail's corner).
    void setMarked(const QSet<int> &rows);
    // Rows whose thumbnail is drawn from a finished image (tests).
    int renderedCount() const;
    static QSize thumbnailSize();

signals:
    void slideChosen(int index);

protected:
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void askSoon() { m_ask.start(); }
    void askRenderer();

    // Guarded: the renderer may go first when a window is torn down.
    QPointer<render::SlideRenderer> m_renderer;
    ThumbnailModel *m_model;
    QTimer m_ask; // coalesces scrolls and resizes into one request
    bool m_quiet = false;
    bool m_pressed = false;         // a mouse button is down on the strip
    bool m_scrollOnRelease = false; // the current thumbnail waits to be scrolled in
};

} // namespace okuw::ui
