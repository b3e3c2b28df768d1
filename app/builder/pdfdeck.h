// A module's deck made as a PDF (README: "A deck as a PDF, PowerPoint or
// Impress file"): its pages, their text and size, the stable key of each
// page, and the speaker notes kept beside it (a Markdown notes file or
// pdfpc's .pdfpc JSON).
#pragma once

#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <functional>

namespace okuw::builder {

struct PdfPageFacts
{
    QString text; // as Qt PDF extracts it
    QSizeF size;  // points
};

// Reads every page of `path`. false and *why (without the file name) when it
// is not a PDF, is encrypted, or has no pages. `progress(done, total)` is
// called now and then while the pages are read.
bool readPdfPages(const QString &path, QList<PdfPageFacts> *pages, QString *why,
                  const std::function<void(int, int)> &progress = {});

// The stable key of a page: "page-<n>-<h>", n its 1-based number, h the first
// 8 hex digits of the SHA-256 of its text with white space collapsed.
// BUNDLE-FORMAT.md ("Stable slide ids") gives the rule.
QString pdfSlideKey(int page, const QString &text);
// The title a page gets: its first line of text, else "Page n".
QString pdfSlideTitle(int page, const QString &text);

struct DeckNotes
{
    QString file;         // the notes file read, or empty
    QStringList notes;    // per page, 0-based; shorter than the deck is fine
    QStringList warnings; // "file:line: message"
    QStringList errors;
};

// The notes file beside a PDF deck `deck.en.pdf`: `deck.en.notes.md`, else
// `deck.en.pdfpc`, else none (empty).
QString notesFileFor(const QString &pdfPath);

// Reads a notes file (either kind) for a deck of `pageCount` pages; warns
// about sections beyond the last page, naming them. A .pdfpc file's notes
// are plain text: they are returned as Markdown that shows them as written
// (core::plainTextToMarkdown); a notes file's are Markdown already.
DeckNotes readDeckNotes(const QString &path, int pageCount);

// The Markdown notes syntax: a line starting with "# " begins the next
// page's section (its text after "# " is the section's name, not part of
// the notes); sections go in page order. Exposed for tests.
QList<std::pair<QString, QString>> splitMarkdownNotes(const QString &markdown,
                                                      QList<int> *lines = nullptr);

} // namespace okuw::builder
