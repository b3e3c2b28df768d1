// A strip of slide thumbnails to jump with. Thumbnails are rendered on a
// worker thread, one at a time, so that the current slide always comes first.
#pragma once

#include "core/types.h"
#include "render/assets.h"

#include <QListWidget>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace okuw::ui {

class ThumbnailStrip : public QListWidget
{
    Q_OBJECT
public:
    explicit ThumbnailStrip(QWidget *parent = nullptr);
    ~ThumbnailStrip() override;

    void setDeck(const QList<core::Slide> &slides, const render::AssetLoader &loader);
    void setCurrent(int index);
    int renderedCount() const { return m_rendered; }

signals:
    void slideChosen(int index);

private:
    void renderNext();

    QList<core::Slide> m_slides;
    render::AssetLoader m_loader;
    QList<bool> m_done;
    int m_rendered = 0;
    bool m_busy = false;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    // Its own pool, drained in the destructor: a render still running when
    // the window (or the application) goes away would touch fonts that are
    // gone.
    QThreadPool m_pool;
    bool m_quiet = false;
};

} // namespace okuw::ui
