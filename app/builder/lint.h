// Checks a content source folder (modules/) before it is built: terminology,
// slide ids across languages, speaker notes and timing, sources for figures,
// and glossary terms as the decks use them. README "Checking content with
// okuw-bundle lint" explains each rule; authors run it, and so does CI.
#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace okuw::builder {

struct LintProblem
{
    QString file;
    int line = 0; // 0: the whole file
    QString message;
    QString text() const; // "file:line: message"
};

struct LintSummary
{
    // Glossary terms marked `review:` per language: not problems, but what a
    // reviewer still has to confirm.
    QMap<QString, int> reviewFlagged;
    int filesChecked = 0;
};

// Every problem found under `sourceDir`, in file order. A source folder that
// cannot be read at all (no bundle.yaml) is one problem.
QList<LintProblem> lintSource(const QString &sourceDir, LintSummary *summary = nullptr);

} // namespace okuw::builder
