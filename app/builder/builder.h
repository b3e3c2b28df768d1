// Builds a bundle from a content source folder (README: "Writing content").
// Everything is checked before anything is published: on any error the
// temporary file is removed and no bundle appears at the output path.
#pragma once

#include "manifest.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace okuw::core {
class SecretKey;
}

namespace okuw::builder {

struct BuildResult
{
    bool ok = false;
    QStringList errors;   // "file:line: message", one per problem
    QStringList warnings; // "file:line: warning: message": built anyway
    int modules = 0;
    int slides = 0;
    int documents = 0;
};

// Where a build is, for a progress display (and for tests that must act
// while the temporary file is being written).
struct BuildProgress
{
    int modulesDone = 0; // 0: the sources were read and writing has begun
    int modules = 0;
    QString module; // the slug of the module just written
    // While a PDF deck's pages are read (long decks): the deck's file and
    // how many of its pages are done; pages is 0 otherwise.
    QString deck;
    int pagesDone = 0;
    int pages = 0;
};
using ProgressCallback = std::function<void(const BuildProgress &)>;

struct BuildOptions
{
    bool strict = false; // warnings are errors: no bundle is written
    // Sign the bundle (core/signature.h); the key must outlive the call.
    const core::SecretKey *signingKey = nullptr;
};

// Needs a QGuiApplication (handouts are rendered with Qt's PDF writer);
// the offscreen platform is enough.
BuildResult buildBundle(const QString &sourceDir, const QString &outputPath,
                        const ProgressCallback &progress = {}, const BuildOptions &options = {});

} // namespace okuw::builder
