// How the render layer reaches images: through a callback, so that the same
// code draws from a bundle (viewer), from a source folder (builder) or from
// memory (tests). The render layer never opens a URL.
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>

namespace okuw::core {
class Bundle;
}

namespace okuw::render {

// Returns the bytes of the asset at `relativePath` (as written in the slide,
// relative to the deck), or an empty array when there is none.
using AssetLoader = std::function<QByteArray(const QString &relativePath)>;

// The images one module of `bundle` names: the module's own assets first,
// then bundle-wide ones. Callable from any thread (the bundle's connection
// is serialized); it keeps the bundle open while it exists.
AssetLoader bundleAssetLoader(std::shared_ptr<const core::Bundle> bundle, qint64 moduleId);
// The same for a bundle the caller keeps open while the loader is used.
AssetLoader bundleAssetLoader(const core::Bundle &bundle, qint64 moduleId);

// True for http:, https:, ftp:, protocol-relative `//host/...` and any other
// scheme that would need the network. Such images are drawn as placeholders
// and never handed to an AssetLoader.
bool isRemoteUrl(const QString &url);

// Registers the embedded DejaVu fonts with QFontDatabase (once; thread-safe)
// so that Cyrillic and Turkmen letters render on every platform.
void ensureFonts();

// Family names of the embedded fonts.
QString sansFamily();
QString monoFamily();

} // namespace okuw::render
