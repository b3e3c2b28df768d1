// Real bundles for the ui tests, built once per test program by the real
// okuw-bundle.
#pragma once

#include <QString>

namespace okuw::test {

struct UiBundles
{
    QString sample; // writeSampleSource + a module with a long handout
    QString other;  // the same source under another bundle id and title
    QString root;   // scratch folder
};

// Builds (once) and returns the bundles.
const UiBundles &uiBundles();

// The page (0-based) of the PDF `pdfPath` whose text, as poppler's pdftotext
// reads it, contains `word`; -1 when none, -2 when pdftotext failed.
int popplerPageWith(const QString &pdfPath, const QString &word, int pageCount);

} // namespace okuw::test
