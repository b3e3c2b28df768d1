// A PDF outline (the "bookmarks" a PDF viewer lists) added to a PDF that
// Qt's QPdfWriter wrote: Qt 6.4 has no outline API, so the outline is
// appended as an incremental update (new outline objects, a new catalog
// that points at them, an xref section and a trailer with /Prev), which
// leaves every byte Qt wrote untouched.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace okuw::render {

struct OutlineEntry
{
    QString title;
    int level = 1; // 1: top; deeper levels nest under the entry before them
    int page = 0;  // 0-based
};

// `pdf` with `entries` as its outline; an empty QByteArray (and `error`)
// when `pdf` is not laid out the way QPdfWriter writes (one /Pages node,
// a classic xref table).
QByteArray addPdfOutline(const QByteArray &pdf, const QList<OutlineEntry> &entries,
                         QString *error = nullptr);

} // namespace okuw::render
