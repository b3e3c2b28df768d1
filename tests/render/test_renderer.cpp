// The application's slide renderer: work off the GUI thread, one image per
// slide and size for every client, priorities, unwanted work dropped, a
// cache bounded by bytes.
#include "render/sliderenderer.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <catch2/catch.hpp>
#include <mutex>

using namespace okuw;
using namespace okuw::render;

namespace {

QList<core::Slide> deck(int n)
{
    QList<core::Slide> slides;
    for (int i = 0; i < n; ++i) {
        core::Slide s;
        s.id = 100 + i;
        s.body = QStringLiteral("# Слайд %1\n\n- пункт\n- punkt\n\n![i](img.png)").arg(i + 1);
        slides.append(s);
    }
    return slides;
}

RenderRequest request(const core::Slide &slide, QSize size, qreal dpr = 1.0, int priority = 0,
                      const AssetLoader &loader = {})
{
    RenderRequest r;
    r.slide = slide;
    r.identity = slideIdentity(slide);
    r.loader = loader;
    r.pixelSize = size;
    r.dpr = dpr;
    r.priority = priority;
    return r;
}

} // namespace

TEST_CASE("slides are parsed, laid out and drawn off the GUI thread, then cached", "[renderer]")
{
    QThread *const gui = QThread::currentThread();
    std::mutex lock;
    QList<QThread *> loaderThreads;
    const AssetLoader loader = [&](const QString &) {
        const std::lock_guard guard(lock);
        loaderThreads.append(QThread::currentThread());
        return QByteArray();
    };
    SlideRenderer r;
    QSignalSpy rendered(&r, &SlideRenderer::rendered);
    const auto slides = deck(5);
    const RenderRequest first = request(slides[0], QSize(640, 360), 2.0, 0, loader);
    CHECK(r.cached(first.key()).isNull());
    int client = 0;
    r.want(&client, {first});
    REQUIRE(r.waitForIdle());
    REQUIRE(rendered.size() == 1);
    CHECK(rendered.first().first().value<RenderKey>() == first.key());
    const QImage img = r.cached(first.key());
    CHECK(img.size() == QSize(1280, 720));
    CHECK(img.devicePixelRatio() == 2.0);
    // The slide's images were read on a worker, never on this thread.
    REQUIRE_FALSE(loaderThreads.isEmpty());
    for (QThread *t : loaderThreads)
        CHECK(t != gui);

    // Asked again (by anyone), a cached slide is not drawn again.
    int other = 0;
    r.want(&other, {first});
    REQUIRE(r.waitForIdle());
    CHECK(rendered.size() == 1);
    CHECK(r.cached(first.key()).cacheKey() == img.cacheKey());
}

TEST_CASE("two views that want the same slide share one drawing", "[renderer]")
{
    SlideRenderer r;
    QSignalSpy rendered(&r, &SlideRenderer::rendered);
    const auto slides = deck(3);
    int a = 0, b = 0;
    r.want(&a, {request(slides[1], QSize(320, 180))});
    r.want(&b, {request(slides[1], QSize(320, 180)), request(slides[2], QSize(320, 180))});
    REQUIRE(r.waitForIdle());
    CHECK(rendered.size() == 2);
    CHECK(r.cachedCount() == 2);
    // The same slide in another look (marked words) is another image.
    RenderRequest marked = request(slides[1], QSize(320, 180));
    marked.highlight = {QStringLiteral("пункт")};
    CHECK_FALSE(marked.key() == request(slides[1], QSize(320, 180)).key());
    r.want(&a, {marked});
    REQUIRE(r.waitForIdle());
    CHECK(rendered.size() == 3);
}

TEST_CASE("work that no view wants any more is dropped before it starts", "[renderer]")
{
    SlideRenderer r;
    const auto slides = deck(40);
    // The workers are held inside the first slides they take until the view
    // has changed its mind, whatever the machine's load.
    QSemaphore inside, release;
    const AssetLoader hold = [&](const QString &) {
        inside.release();
        release.acquire();
        release.release();
        return QByteArray();
    };
    int view = 0;
    QList<RenderRequest> all;
    for (int i = 0; i < slides.size(); ++i)
        all.append(request(slides[i], QSize(640, 360), 1.0, i, hold));
    r.want(&view, all);
    REQUIRE(inside.tryAcquire(r.workerCount(), 20000)); // every worker has taken one
    // The user jumps to the end.
    r.want(&view, {request(slides[39], QSize(640, 360), 1.0, 0, hold)});
    release.release();
    REQUIRE(r.waitForIdle());
    CHECK_FALSE(r.cached(request(slides[39], QSize(640, 360)).key()).isNull());
    int drawn = 0;
    for (int i = 0; i < 39; ++i)
        drawn += r.cached(request(slides[i], QSize(640, 360)).key()).isNull() ? 0 : 1;
    // Only what the workers had already taken.
    CHECK(drawn == r.workerCount());
    CHECK(r.pendingCount() == 0);
}

TEST_CASE("the most wanted slide is drawn first", "[renderer]")
{
    SlideRenderer r;
    QList<core::Slide> slides = deck(30);
    for (int i = 0; i < slides.size(); ++i)
        slides[i].body = QStringLiteral("# %1\n\n![i](img%1.png)").arg(i);
    // The order in which the workers start the slides (each reads its own
    // image first), not the order the results happen to arrive in.
    std::mutex lock;
    QStringList started;
    const AssetLoader loader = [&](const QString &path) {
        const std::lock_guard guard(lock);
        started.append(path);
        return QByteArray();
    };
    int view = 0;
    QList<RenderRequest> wanted;
    for (int i = 0; i < 29; ++i)
        wanted.append(request(slides[i], QSize(480, 270), 1.0, 50 + i, loader));
    // Listed last, but on screen.
    wanted.append(request(slides[29], QSize(480, 270), 1.0, 0, loader));
    r.want(&view, wanted);
    REQUIRE(r.waitForIdle());
    REQUIRE(started.size() == 30);
    CHECK(started.indexOf(QStringLiteral("img29.png")) < r.workerCount());
}

TEST_CASE("the cache holds at most its budget of pixels, least recently used out first",
          "[renderer]")
{
    SlideRenderer r;
    const auto slides = deck(6);
    const QSize size(160, 90);
    const qint64 one = 160 * 90 * 4;
    r.setCacheBudget(3 * one);
    int view = 0;
    for (int i = 0; i < 5; ++i) {
        r.want(&view, {request(slides[i], size)});
        REQUIRE(r.waitForIdle());
        if (i == 3)
            CHECK_FALSE(r.cached(request(slides[1], size).key()).isNull()); // used again
    }
    CHECK(r.cacheBytes() <= 3 * one);
    CHECK(r.cached(request(slides[0], size).key()).isNull());
    CHECK_FALSE(r.cached(request(slides[1], size).key()).isNull());
    CHECK(r.cached(request(slides[2], size).key()).isNull());
    CHECK_FALSE(r.cached(request(slides[4], size).key()).isNull());
}

TEST_CASE("a huge target is drawn at a bounded resolution", "[renderer]")
{
    SlideRenderer r;
    int view = 0;
    const RenderRequest huge = request(deck(1)[0], QSize(7680, 4320), 3.0);
    r.want(&view, {huge});
    REQUIRE(r.waitForIdle());
    const QImage img = r.cached(huge.key());
    REQUIRE_FALSE(img.isNull());
    CHECK(qint64(img.width()) * img.height() <= SlideRenderer::kMaxPixels * 101 / 100);
    // Still the size asked for, in logical pixels (to a pixel of rounding).
    CHECK(std::abs(img.deviceIndependentSize().width() - 7680) < 2);
    CHECK(std::abs(img.deviceIndependentSize().height() - 4320) < 2);
}

TEST_CASE("another size of the same slide stands in while the right one is drawn", "[renderer]")
{
    SlideRenderer r;
    const auto slides = deck(2);
    int view = 0;
    r.want(&view, {request(slides[0], QSize(320, 180))});
    REQUIRE(r.waitForIdle());
    const QImage standIn = r.cachedAtAnySize(request(slides[0], QSize(1280, 720)).key());
    REQUIRE_FALSE(standIn.isNull());
    CHECK(standIn.deviceIndependentSize().toSize() == QSize(320, 180));
    CHECK(r.cachedAtAnySize(request(slides[1], QSize(1280, 720)).key()).isNull());
}
