// A real bundle built by okuw-bundle from the sample source, and helpers to
// drive a slide show with real key events.
#pragma once

#include "core/bundle.h"
#include "render/assets.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QWidget>
#include <functional>
#include <memory>

namespace okuw::test {

struct SampleDeck
{
    QTemporaryDir dir;
    std::shared_ptr<core::Bundle> bundle;
    core::ModuleInfo module;
    QList<core::Slide> slides;
    QString bundlePath;
    render::AssetLoader loader;
};

// Builds the sample bundle once per test program and reads its first module.
const SampleDeck &sampleDeck();

inline void pressKey(QWidget *target, int key, const QString &text = {},
                     Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QKeyEvent press(QEvent::KeyPress, key, mods, text);
    QCoreApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, mods, text);
    QCoreApplication::sendEvent(target, &release);
}

// Runs the events that are waiting now (deferred deletes included); no
// waiting for time to pass.
void processEvents();

// Runs events until `done` holds, for at most `ms` milliseconds (generous:
// a loaded CI machine is slow); returns whether it holds.
bool waitUntil(const std::function<bool()> &done, int ms = 20000);

// Saves a PNG under <build>/presenter-shots and returns its path.
QString saveShot(const QImage &image, const QString &name);

} // namespace okuw::test
