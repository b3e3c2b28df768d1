// How the render layer reaches images: through a callback, so that the same
// code draws from a bundle (viewer), from a source folder (builder) or from
// memory (tests). The render layer never opens a URL.
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <functional>
#include <memory>
#include <type_traits>

namespace okuw::core {
class Bundle;
}

namespace okuw::render {

// What a slide shows besides its own text: the images it names, and, for a
// page of a PDF deck (core::Slide::isPdfPage), the deck's PDF. Called on
// the slide renderer's workers, so both must be safe on any thread.
class AssetLoader
{
public:
    using Images = std::function<QByteArray(const QString &relativePath)>;
    // Opens the PDF of deck `deckId` (a new, lazy device each call).
    using Decks = std::function<std::unique_ptr<QIODevice>(qint64 deckId)>;

    AssetLoader() = default;
    // Any callable that returns the bytes of the asset at `relativePath` (as
    // written in the slide, relative to the deck), or an empty array.
    template <typename F,
              typename = std::enable_if_t<!std::is_same_v<std::decay_t<F>, AssetLoader> &&
                                          std::is_invocable_r_v<QByteArray, F, const QString &>>>
    AssetLoader(F images) : m_images(std::move(images))
    {}
    AssetLoader(Images images, Decks decks, quint64 origin)
        : m_images(std::move(images)), m_decks(std::move(decks)), m_origin(origin)
    {}

    QByteArray operator()(const QString &relativePath) const
    {
        return m_images ? m_images(relativePath) : QByteArray();
    }
    explicit operator bool() const { return bool(m_images); }

    // PDF decks: none unless constructed with them. `origin` tells apart the
    // bundles decks come from, so an open deck is reused only for its own.
    bool hasDecks() const { return bool(m_decks); }
    std::unique_ptr<QIODevice> openDeck(qint64 deckId) const
    {
        return m_decks ? m_decks(deckId) : nullptr;
    }
    quint64 origin() const { return m_origin; }

private:
    Images m_images;
    Decks m_decks;
    quint64 m_origin = 0;
};

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
