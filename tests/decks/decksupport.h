// Helpers for the deck tests: PDF decks written with QPdfWriter, content
// source folders whose module names one, minimal .pptx and .odp files
// written by hand (zip files of XML, through libzip), and okuw-bundle run
// with a chosen environment.
#pragma once

#include "testsupport.h"

#include <QProcessEnvironment>
#include <QSizeF>
#include <QStringList>

namespace okuw::test {

// One page per text, each text drawn large on a page of `points`.
void writePdfDeck(const QString &path, const QStringList &pageTexts,
                  const QSizeF &points = QSizeF(960, 540));

// bundle.yaml (en, ru) and one module "deck" whose manifest says
// `decks: <decksYaml>`, e.g. "{en: talk.en.pdf}".
void writeDeckSource(const QString &dir, const QString &decksYaml);

// Zip files made by hand: name -> bytes.
bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries);
// A presentation of notes.size() slides, slide i's notes notes[i] (its
// paragraphs separated by "\n\n"); the slides in `hidden` are hidden.
bool writePptx(const QString &path, const QStringList &notes, const QList<int> &hidden = {});
// The notes frame is a presentation object as Impress writes it (its class
// and presentation style): LibreOffice keeps it as the notes placeholder
// when it saves the file as .pptx.
bool writeOdp(const QString &path, const QStringList &notes, const QList<int> &hidden = {});

// okuw-bundle with `extra` added to the environment (offscreen platform).
ProcessResult runToolWith(const QStringList &args, const QProcessEnvironment &extra,
                          int timeoutMs = 120000);

} // namespace okuw::test
