// Stable ids of the pages of a PDF deck (BUNDLE-FORMAT.md, "Stable slide
// ids"): the builder makes them, the viewer follows a page that moved or
// was reworded to the notes kept under its old id. One rule, here.
#pragma once

#include <QString>
#include <QStringList>

namespace okuw::core {

// "page-<n>-<h>": n the 1-based page number, h the first 8 hex digits of the
// SHA-256 of the page's text with runs of white space collapsed.
QString pdfPageKey(int pageNumber, const QString &text);

// The key user data for the page `key` is kept under, given the keys of the
// deck's pages now (`deckKeys`) and the keys that have user data
// (`storedKeys`): `key` itself when it has data; else a stored key that no
// page has now, with the same text hash (the page moved: pages were
// inserted or removed before it); else one with the same page number (the
// page was reworded, and no page has that text now). `key` when none fits.
QString followPageKey(const QString &key, const QStringList &deckKeys,
                      const QStringList &storedKeys);

// followPageKey() for every key of the deck, in its order: the same answers,
// with the deck's and the stored keys sorted out once, not once per page.
QStringList followPageKeys(const QStringList &deckKeys, const QStringList &storedKeys);

} // namespace okuw::core
