// Overlays drawn over the presenter's own window: the overview grid of all
// slides to pick from, and the list of keys.
#pragma once

#include "core/types.h"
#include "render/assets.h"

#include <QHash>
#include <QImage>
#include <QTimer>
#include <QWidget>

namespace okuw::ui {

class OverviewGrid : public QWidget
{
    Q_OBJECT

public:
    OverviewGrid(const render::AssetLoader &loader, QWidget *parent);

    void setSlides(const QList<core::Slide> &slides);
    void setSelection(int selected, int current);
    // How many thumbnails a row holds at the present size.
    int columns() const { return m_columns; }
    int renderedCount() const { return int(m_thumbs.size()); }

signals:
    void picked(int index);
    void columnsChanged(int columns);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void relayout();
    QRect cell(int index) const;
    void renderOne();

    render::AssetLoader m_loader;
    QList<core::Slide> m_slides;
    int m_selected = 0;
    int m_current = 0;
    int m_columns = 4;
    QSize m_thumb;
    QHash<int, QImage> m_thumbs; // at m_thumb
    QTimer m_work;               // renders one thumbnail per tick
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
