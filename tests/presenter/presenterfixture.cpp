#include "presenterfixture.h"

#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QTest>
#include <catch2/catch.hpp>

namespace okuw::test {

const SampleDeck &sampleDeck()
{
    static SampleDeck *deck = [] {
        auto *d = new SampleDeck;
        const QString src = d->dir.filePath(QStringLiteral("src"));
        writeSampleSource(src);
        d->bundlePath = d->dir.filePath(QStringLiteral("sample.okuw"));
        const ProcessResult r =
            runTool({QStringLiteral("build"), src, QStringLiteral("-o"), d->bundlePath});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QString error;
        d->bundle = core::Bundle::open(d->bundlePath, &error);
        INFO(error.toStdString());
        REQUIRE(d->bundle);
        const QList<core::ModuleInfo> modules = d->bundle->modules();
        REQUIRE(!modules.isEmpty());
        d->module = modules.first();
        d->slides = d->bundle->slides(d->module.id, QStringLiteral("en"));
        REQUIRE(d->slides.size() >= 3);
        d->loader = render::bundleAssetLoader(d->bundle, d->module.id);
        return d;
    }();
    return *deck;
}

void processEvents()
{
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

bool waitUntil(const std::function<bool()> &done, int ms)
{
    return QTest::qWaitFor(
        [&] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            return done();
        },
        ms);
}

QString saveShot(const QImage &image, const QString &name)
{
    const QString dir = binaryDir() + QStringLiteral("/presenter-shots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name;
    image.save(path);
    return path;
}

} // namespace okuw::test
