// Decks made in PowerPoint (.pptx) or LibreOffice Impress (.odp): the
// speaker notes read from the file itself (a zip of XML, read with libzip),
// and the slides converted to a PDF by LibreOffice in headless mode.
#pragma once

#include <QString>
#include <QStringList>

namespace okuw::builder {

// True for the file names an office deck may have (.pptx, .odp).
bool isOfficeDeck(const QString &path);

// The notes of every shown slide, in slide order (hidden slides, which
// LibreOffice leaves out of the PDF, are skipped); paragraphs are kept as
// lines separated by a blank line. The notes are plain text, returned as
// Markdown that shows them as written (core::plainTextToMarkdown). false and *why (without the file
// name) when the file is not a zip, or not a presentation.
bool readOfficeNotes(const QString &path, QStringList *notes, QString *why);

// Converts `path` to a PDF in `outDir` with `soffice --headless
// --convert-to pdf`, in a profile folder and a $HOME (with XDG_CONFIG_HOME,
// XDG_CACHE_HOME, …) of its own under `outDir`, so nothing is written into
// the user's home, within `timeoutSeconds`.
// Returns the PDF's path, or empty and *why: LibreOffice is not installed
// (what to install, and the export-to-PDF alternative), it took too long,
// or it failed.
QString convertOfficeDeck(const QString &path, const QString &outDir, int timeoutSeconds,
                          QString *why);

// The time limit: OKUW_SOFFICE_TIMEOUT (seconds) when set, else 300.
int officeConversionTimeout();

} // namespace okuw::builder
