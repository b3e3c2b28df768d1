// The linter's glossary check: a glossary term of two or more words used in a
// deck in a form glossary.yaml does not list ("victim in trafficking" for
// "victim of trafficking"). Part of okuw-bundle lint (lint.h).
#pragma once

#include "core/deck.h"
#include "core/searchtokenizer.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace okuw::builder {

struct LintProblem;

class GlossaryFormCheck
{
public:
    // Reads glossary.yaml's text; counts `review:` flags per language into
    // `reviewFlagged` (may be null). Broken YAML is left to the builder,
    // which reports it with its line.
    void read(const QString &glossaryText, QMap<QString, int> *reviewFlagged);

    // One problem per slide and variant found in `slides` of the deck `path`
    // (as shown to the user) in language `lang`.
    QList<LintProblem> check(const QString &path, const QString &lang,
                             const QList<core::DeckSlide> &slides);

private:
    // A glossary term of two or more words, as a deck may use it.
    struct Form
    {
        QString lang;
        QString term;                // as listed
        QList<QByteArray> content;   // stems of its content words, in order
        qsizetype words = 0;         // number of words of the listed term
        QList<QList<QByteArray>> ok; // token stems of the term and each listed form
    };

    QByteArray stem(const QString &word, const QString &lang);

    QList<Form> m_forms;
    core::searchtext::Stemmer m_stemmer;
};

} // namespace okuw::builder
