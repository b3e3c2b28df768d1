// Exports a deck: one PNG per slide, or a PDF with a slide and its speaker
// notes per page.
#pragma once

#include "assets.h"
#include "core/types.h"

#include <QList>

namespace okuw::render {

// Writes `dir`/slide-001.png ... : 1920x1080 for 16:9 slides, 1440x1080
// for 4:3 ones; a PDF deck's page the largest size of its own shape within
// 1920x1080 (A4 landscape: 1528x1080). Creates `dir` if needed.
bool exportSlidesPng(const QList<core::Slide> &slides, const QString &dir,
                     const AssetLoader &loader, QString *error = nullptr);

// An A4 portrait PDF, one slide per page with its speaker notes below.
bool exportDeckPdf(const QList<core::Slide> &slides, const QString &path, const AssetLoader &loader,
                   QString *error = nullptr);

} // namespace okuw::render
