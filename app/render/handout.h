// Handout PDFs: Markdown rendered to a paginated A4 PDF with the embedded
// fonts (so Cyrillic and Turkmen text is embedded and extractable).
#pragma once

#include "assets.h"

class QIODevice;

namespace okuw::render {

// Writes `markdown` as an A4 PDF to `out` (opened for writing by the
// caller). Images are read through `loader`; remote ones are never fetched.
// `title` goes into the PDF's metadata and, unless the Markdown begins
// with a heading, on top of the first page.
bool writeHandoutPdf(const QString &markdown, const QString &title, QIODevice *out,
                     const AssetLoader &loader, QString *error = nullptr);
bool writeHandoutPdf(const QString &markdown, const QString &title, const QString &path,
                     const AssetLoader &loader, QString *error = nullptr);

} // namespace okuw::render
