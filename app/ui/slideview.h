// Shows one slide of a deck, rendered off the GUI thread by
// render::SlideRenderer with the neighbours pre-rendered, so that a slide
// change costs one drawImage().
#pragma once

#include "core/types.h"
#include "render/assets.h"

#include <QImage>
#include <QWidget>

namespace okuw::render {
class SlideRenderer;
struct RenderKey;
} // namespace okuw::render

namespace okuw::ui {

class SlideView : public QWidget
{
    Q_OBJECT
public:
    explicit SlideView(QWidget *parent = nullptr);
    ~SlideView() override;

    void setDeck(const QList<core::Slide> &slides, const render::AssetLoader &loader);
    void clearDeck();
    const QList<core::Slide> &slides() const { return m_slides; }
    int count() const { return int(m_slides.size()); }
    int currentIndex() const { return m_index; }
    const core::Slide *currentSlide() const;

    bool setCurrentIndex(int index);
    void next() { setCurrentIndex(m_index + 1); }
    void previous() { setCurrentIndex(m_index - 1); }
    void first() { setCurrentIndex(0); }
    void last() { setCurrentIndex(count() - 1); }

    // Marks `words` on the current slide until another slide is shown (a
    // search hit opened); empty clears.
    void setHighlight(const QStringList &words);
    QStringList highlight() const { return m_highlight; }

    render::SlideRenderer *renderer() const { return m_renderer; }
    // True when the current slide was last painted from a pre-rendered image.
    bool lastPaintFromCache() const { return m_lastPaintCached; }

signals:
    void currentChanged(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void updateTarget();
    void onRendered(const render::RenderKey &key, int index, const QImage &image);

    render::SlideRenderer *m_renderer = nullptr;
    render::AssetLoader m_loader;
    QList<core::Slide> m_slides;
    int m_index = -1;
    QImage m_stale; // the current slide at an older size, shown while resizing
    int m_staleIndex = -1;
    bool m_lastPaintCached = false;
    int m_wheelDelta = 0;
    // The marked slide is rendered here, on demand, not by the shared
    // renderer: its cache holds the unmarked images the neighbours reuse.
    QStringList m_highlight;
    QImage m_highlighted;
};

} // namespace okuw::ui
