// A widget that shows one slide of a deck, pre-rendered off the GUI thread
// at this widget's own size and device pixel ratio, so a slide change is a
// single drawImage(). The audience view, the console's current and next
// slide each have their own canvas (and cache).
#pragma once

#include "core/types.h"
#include "presenterstate.h"
#include "render/assets.h"

#include <QImage>
#include <QWidget>

namespace okuw::render {
class SlideRenderer;
struct RenderKey;
} // namespace okuw::render

namespace okuw::ui {

class SlideCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit SlideCanvas(const render::AssetLoader &loader, QWidget *parent = nullptr);
    ~SlideCanvas() override;

    void setSlides(const QList<core::Slide> &slides);
    // -1 shows `emptyText` (e.g. after the last slide).
    void showSlide(int index);
    int shownIndex() const { return m_index; }
    void setEmptyText(const QString &text);
    void setBlank(Blank blank);
    Blank blank() const { return m_blank; }
    void setPrefetchRadius(int radius) { m_radius = radius; }
    void setLetterbox(const QColor &color) { m_letterbox = color; }

    // Re-reads the size and device pixel ratio (after a move to another screen).
    void syncTarget();

    // What is on screen now, at the widget's size and ratio.
    QImage image() const { return m_image; }
    // Slide changes served from the pre-rendered cache / rendered on the spot.
    int cacheHits() const { return m_hits; }
    int cacheMisses() const { return m_misses; }
    render::SlideRenderer *renderer() const { return m_renderer; }

signals:
    void clicked(Qt::MouseButton button);
    void wheelTurned(int steps); // positive: towards the user (next)

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void onRendered(const render::RenderKey &key, int index, const QImage &image);

    render::AssetLoader m_loader;
    render::SlideRenderer *m_renderer = nullptr;
    QList<core::Slide> m_slides;
    int m_index = -1;
    int m_radius = 1;
    Blank m_blank = Blank::None;
    QImage m_image;
    QString m_emptyText;
    QColor m_letterbox = Qt::black;
    int m_hits = 0;
    int m_misses = 0;
    int m_wheel = 0;
};

} // namespace okuw::ui
