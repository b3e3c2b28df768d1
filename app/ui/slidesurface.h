// How a slide is shown, in one place: one slide of a deck, drawn by the
// application's render::SlideRenderer at this widget's own size and device
// pixel ratio, with its neighbours asked for ahead so that a slide change
// is one drawImage(). The reading view (SlideView, which adds the keys), the
// presenter's audience view and its console's current and next slide are
// all SlideSurfaces.
//
// The widget never lays out or paints a slide itself: until the image for
// its size arrives it shows the same slide at another size, scaled (or the
// letterbox colour), so the window never waits for a slide.
#pragma once

#include "core/types.h"
#include "render/assets.h"
#include "render/sliderenderer.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

namespace okuw::ui {

class SlideSurface : public QWidget
{
    Q_OBJECT

public:
    explicit SlideSurface(render::SlideRenderer *renderer, QWidget *parent = nullptr);
    ~SlideSurface() override;

    // `loader` is called on the renderer's workers (see RenderRequest).
    void setDeck(const QList<core::Slide> &slides, const render::AssetLoader &loader);
    void clearDeck();
    const QList<core::Slide> &slides() const { return m_slides; }
    int count() const { return int(m_slides.size()); }

    // -1 (or out of range) shows the empty text.
    void showSlide(int index);
    int shownIndex() const { return m_index; }
    const core::Slide *shownSlide() const;

    // Marks `words` on the shown slide until another slide is shown (a
    // search hit opened); empty clears.
    void setHighlight(const QStringList &words);
    QStringList highlight() const { return m_highlight; }

    void setEmptyText(const QString &text);
    // A colour covers the whole surface instead of the slide (the
    // presenter's black and white screens); an invalid colour shows it again.
    void setBlank(const QColor &color);
    QColor blank() const { return m_blank; }
    void setLetterbox(const QColor &color);
    // How many slides either side are asked for ahead.
    void setPrefetchRadius(int radius);

    // Re-reads the size and device pixel ratio (after a move to another screen).
    void syncTarget();

    // The shown slide's image at this size and ratio once it has arrived.
    QImage image() const { return m_image; }
    // Slide changes served from finished images / that had to wait for one.
    int cacheHits() const { return m_hits; }
    int cacheMisses() const { return m_misses; }
    // True when the last paint drew the finished image (not a scaled stand-in).
    bool lastPaintExact() const { return m_lastPaintExact; }
    render::SlideRenderer *renderer() const { return m_renderer; }
    render::RenderKey currentKey() const;

signals:
    void clicked(Qt::MouseButton button);
    void wheelTurned(int steps); // positive: towards the user (next)
    void imageReady();           // the shown slide's image for this size arrived

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    render::RenderRequest requestFor(int index, int priority, bool marked) const;
    void askRenderer();
    void takeImage();
    void onRendered(const render::RenderKey &key);

    // Guarded: the renderer may go first when a window is torn down.
    QPointer<render::SlideRenderer> m_renderer;
    render::AssetLoader m_loader;
    QList<core::Slide> m_slides;
    QList<quint64> m_identities; // render::slideIdentity per slide
    int m_index = -1;
    int m_radius = 1;
    QStringList m_highlight;
    QColor m_blank;
    QColor m_letterbox = Qt::black;
    QString m_emptyText;
    QImage m_image;   // the shown slide, at this size
    QImage m_standIn; // the shown slide at another size, drawn scaled meanwhile
    int m_hits = 0;
    int m_misses = 0;
    int m_wheel = 0;
    bool m_lastPaintExact = false;
};

} // namespace okuw::ui
