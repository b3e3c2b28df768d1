// How the render layer reaches images: through a callback, so that the same
// code draws from a bundle (viewer), from a source folder (builder) or from
// memory (tests). The render layer never opens a URL.
#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace okuw::render {

// Returns the bytes of the asset at `relativePath` (as written in the slide,
// relative to the deck), or an empty array when there is none.
using AssetLoader = std::function<QByteArray(const QString &relativePath)>;

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
