// Builds a bundle from a content source folder (README: "Writing content").
// Everything is checked before anything is published: on any error the
// temporary file is removed and no bundle appears at the output path.
#pragma once

#include "manifest.h"

#include <QString>
#include <QStringList>

namespace okuw::builder {

struct BuildResult
{
    bool ok = false;
    QStringList errors;   // "file:line: message", one per problem
    QStringList warnings; // built anyway
    int modules = 0;
    int slides = 0;
    int documents = 0;
};

// Needs a QGuiApplication (handouts are rendered with Qt's PDF writer);
// the offscreen platform is enough.
BuildResult buildBundle(const QString &sourceDir, const QString &outputPath);

} // namespace okuw::builder
