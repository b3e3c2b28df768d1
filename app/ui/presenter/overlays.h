// Overlays drawn over the presenter's own window: the overview grid of all
// slides to pick from, and the list of keys.
#pragma once

#include "core/types.h"
#include "render/assets.h"
#include "render/sliderenderer.h"

#include <QPointer>
#include <QWidget>

namespace okuw::ui {

class OverviewGrid : public QWidget
{
    Q_OBJECT

public:
    OverviewGrid(render::SlideRenderer *renderer, QWidget *parent);
    ~OverviewGrid() override;

    void setSlides(const QList<core::Slide> &slides, const render::AssetLoader &loader);
    void setSelection(int selected, int current);
    // How many thumbnails a row holds at the present size.
    int columns() const { return m_columns; }
    // Thumbnails drawn from finished images at the present size (tests).
    int renderedCount() const;

signals:
    void picked(int index);
    void columnsChanged(int columns);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void relayout();
    QRect cell(int index) const;
    render::RenderRequest request(int index, int priority) const;
    void askRenderer();

    QPointer<render::SlideRenderer> m_renderer;
    render::AssetLoader m_loader;
    QList<core::Slide> m_slides;
    QList<quint64> m_identities;
    int m_selected = 0;
    int m_current = 0;
    int m_columns = 4;
    QSize m_thumb;
};

class HelpOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit HelpOverlay(QWidget *parent);

signals:
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
};

} // namespace okuw::ui
