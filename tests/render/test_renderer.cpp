// The pre-renderer: off-thread rendering, the LRU cache, stale work dropped.
#include "render/sliderenderer.h"

#include <QThread>
#include <catch2/catch.hpp>

using namespace okuw;
using namespace okuw::render;

namespace {
struct Delivery
{
    RenderKey key;
    int index = -1;
    QImage image;
};

// Records every rendered() signal.
struct Spy
{
    explicit Spy(SlideRenderer &r)
    {
        QObject::connect(&r, &SlideRenderer::rendered,
                         [this](const RenderKey &k, int i, const QImage &img) {
                             got.append({k, i, img});
                         });
    }
    QList<Delivery> got;
};

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
} // namespace

TEST_CASE("request renders off the GUI thread and caches", "[renderer]")
{
    QThread *const gui = QThread::currentThread();
    QList<QThread *> loaderThreads;
    SlideRenderer r([&](const QString &) {
        loaderThreads.append(QThread::currentThread());
        return QByteArray();
    });
    r.setSlides(deck(5));
    r.setTarget(QSize(640, 360), 2.0);
    Spy spy(r);
    CHECK(r.cached(0).isNull());
    r.request(0);
    REQUIRE(r.waitForIdle());
    REQUIRE(spy.got.size() == 1);
    const Delivery first = spy.got.takeFirst();
    CHECK(first.index == 0);
    const QImage img = first.image;
    CHECK(img.size() == QSize(1280, 720));
    CHECK(img.devicePixelRatio() == 2.0);
    CHECK(r.cached(0).cacheKey() == img.cacheKey());
    // The loader only ever runs on the renderer's own thread.
    REQUIRE_FALSE(loaderThreads.isEmpty());
    for (QThread *t : loaderThreads)
        CHECK(t == gui);

    // A hit is answered from the cache, still through the signal.
    r.request(0);
    REQUIRE(r.waitForIdle());
    REQUIRE(spy.got.size() == 1);
    CHECK(spy.got.takeFirst().image.cacheKey() == img.cacheKey());
}

TEST_CASE("prefetch renders the neighbours", "[renderer]")
{
    SlideRenderer r({});
    r.setSlides(deck(5));
    r.setTarget(QSize(320, 180), 1.0);
    r.request(2);
    r.prefetch(2, 1);
    REQUIRE(r.waitForIdle());
    CHECK_FALSE(r.cached(1).isNull());
    CHECK_FALSE(r.cached(2).isNull());
    CHECK_FALSE(r.cached(3).isNull());
    CHECK(r.cached(0).isNull());
    CHECK(r.cached(4).isNull());
}

TEST_CASE("the cache keeps the most recently used images", "[renderer]")
{
    SlideRenderer r({});
    r.setSlides(deck(6));
    r.setTarget(QSize(160, 90), 1.0);
    r.setCacheLimit(3);
    for (int i = 0; i < 4; ++i) {
        r.request(i);
        REQUIRE(r.waitForIdle());
    }
    CHECK(r.cached(0).isNull()); // evicted first
    CHECK_FALSE(r.cached(1).isNull());
    CHECK_FALSE(r.cached(3).isNull());
    CHECK(r.keyFor(1) == RenderKey{101, QSize(160, 90), 1.0});
}

TEST_CASE("work for an old size or an old deck is dropped", "[renderer]")
{
    SlideRenderer r({});
    r.setSlides(deck(8));
    r.setTarget(QSize(320, 180), 1.0);
    Spy spy(r);
    r.request(0);
    r.prefetch(0, 3);
    r.setTarget(QSize(400, 225), 1.0); // everything above is stale now
    r.request(5);
    REQUIRE(r.waitForIdle());
    REQUIRE(spy.got.size() >= 1);
    for (const Delivery &d : spy.got)
        CHECK(d.key.pixelSize == QSize(400, 225));
    CHECK_FALSE(r.cached(5).isNull());
    CHECK(r.cached(0).isNull());

    r.setSlides(deck(2));
    CHECK(r.cached(5).isNull());
}

TEST_CASE("jobs far from the focus are not rendered", "[renderer]")
{
    SlideRenderer r({});
    r.setSlides(deck(30));
    r.setTarget(QSize(160, 90), 1.0);
    r.prefetch(0, 10);
    r.request(29); // jump to the end before the prefetches start
    REQUIRE(r.waitForIdle());
    CHECK_FALSE(r.cached(29).isNull());
    int cachedNearStart = 0;
    for (int i = 5; i <= 10; ++i)
        cachedNearStart += r.cached(i).isNull() ? 0 : 1;
    CHECK(cachedNearStart < 6); // at most the few that had already started
}
