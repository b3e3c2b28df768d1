// What the reader accepts from a bundle. A bundle is untrusted input even
// when it has the right header: it may come from anyone's USB stick and
// have been edited with the sqlite3 shell. These limits are far above what
// any real training content needs (the default bundle's largest slide is
// 3 KB, its longest deck 16 slides, its largest PDF 40 pages) and low
// enough that nothing a bundle holds can exhaust memory or stall the window.
//
// A value beyond a limit gives a clear message naming what is too large,
// and the rest of the bundle still works. BUNDLE-FORMAT.md lists them;
// `okuw-bundle validate` reports every one a bundle breaks.
#pragma once

#include <QtGlobal>

namespace okuw::core::limits {

// Any one text or blob value SQLite hands the reader (SQLITE_LIMIT_LENGTH on
// bundle connections). Larger values are refused by SQLite itself before
// they are read. PDFs and images are read through incremental blob I/O
// instead and have their own limits below.
inline constexpr int kMaxValueBytes = 1024 * 1024;

// A slide: its Markdown body and its speaker notes (UTF-8 bytes). A longer
// slide is shown as a notice saying so; its neighbours are unaffected.
inline constexpr int kMaxSlideTextBytes = 64 * 1024;
// Slides in one deck (one module in one language). Enough for a 500-page
// PDF deck; a deck beyond it is refused with a message.
inline constexpr int kMaxSlidesPerDeck = 1000;
// All the text of one deck together, read when the deck is opened.
inline constexpr qint64 kMaxDeckTextBytes = 16LL * 1024 * 1024;
inline constexpr int kMaxModules = 500;

// Reference and handout PDFs.
inline constexpr int kMaxPdfPages = 10000;
inline constexpr qint64 kMaxDocumentBytes = 2LL * 1024 * 1024 * 1024;

// Images a slide shows.
inline constexpr qint64 kMaxAssetBytes = 32LL * 1024 * 1024;
inline constexpr qint64 kMaxImagePixels = 50LL * 1000 * 1000; // decoded, any format
inline constexpr qint64 kMaxSvgBytes = 4LL * 1024 * 1024;
inline constexpr int kMaxSvgElements = 50000;

// Glossary terms, questions per module and agenda sessions.
inline constexpr int kMaxGlossaryTerms = 10000;
inline constexpr int kMaxQuestionsPerModule = 1000;
inline constexpr int kMaxAgendaItems = 1000;

// Nesting the slide layout honours (lists, quotes): deeper levels are drawn
// at the deepest one. Qt's text layout costs grow with depth squared.
inline constexpr int kMaxNesting = 8;

} // namespace okuw::core::limits
