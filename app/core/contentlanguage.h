// The content-language rule, in one place: which language of a bundle's
// texts, decks, documents and quizzes a reader sees, and what stands in when
// a module lacks that language. The viewer, the workspace and the CLI all
// ask this class; none of them orders languages on its own.
#pragma once

#include "types.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace okuw::core {

class ContentLanguage
{
public:
    ContentLanguage() = default;
    // `chosen` is what the reader asked for; it need not be in the bundle.
    ContentLanguage(const QString &chosen, const BundleInfo &bundle);

    // The language a bundle opens in: the reader's remembered choice for this
    // bundle when the bundle has it; else the interface language when the
    // bundle has it (a Russian-speaking participant gets the Russian decks);
    // else the bundle's default; else its first language.
    static QString initial(const BundleInfo &bundle, const QString &remembered,
                           const QString &interfaceLanguage);

    const QString &chosen() const { return m_chosen; }
    // What stands in, best first: Turkmen readers read Russian before
    // English, Russian and English readers fall back to each other, then the
    // bundle's default language and its other languages. Never contains
    // chosen() or an empty code.
    const QStringList &fallbacks() const { return m_fallbacks; }
    // chosen() followed by fallbacks().
    QStringList order() const;

    // The text in the first language of order() that has one, else any text.
    QString text(const LocalizedText &text) const;

    // The first language of order() with a positive count, else any with one,
    // else chosen().
    QString pick(const QMap<QString, int> &counts) const;
    QString deckLanguage(const ModuleInfo &module) const { return pick(module.slideCount); }
    QString documentLanguage(const ModuleInfo &module) const { return pick(module.documentCount); }
    QString quizLanguage(const ModuleInfo &module) const { return pick(module.questionCount); }

    bool operator==(const ContentLanguage &o) const = default;

private:
    QString m_chosen;
    QStringList m_fallbacks;
};

} // namespace okuw::core
