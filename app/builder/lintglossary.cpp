#include "lintglossary.h"

#include "lint.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <yaml-cpp/yaml.h>

namespace okuw::builder {

namespace {

struct LintText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::builder)
};

QString scalar(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

bool isStopWord(const QString &folded)
{
    static const QSet<QString> words = {
        QStringLiteral("a"),    QStringLiteral("an"),    QStringLiteral("and"),
        QStringLiteral("the"),  QStringLiteral("of"),    QStringLiteral("in"),
        QStringLiteral("for"),  QStringLiteral("to"),    QStringLiteral("or"),
        QStringLiteral("on"),   QStringLiteral("by"),    QStringLiteral("with"),
        QStringLiteral("и"),    QStringLiteral("в"),     QStringLiteral("на"),
        QStringLiteral("по"),   QStringLiteral("с"),     QStringLiteral("о"),
        QStringLiteral("для"),  QStringLiteral("или"),   QStringLiteral("к"),
        QStringLiteral("от"),   QStringLiteral("за"),    QStringLiteral("из"),
        QStringLiteral("we"),   QStringLiteral("bilen"), QStringLiteral("ucin"),
        QStringLiteral("ya-da")};
    return words.contains(folded);
}

// Runs of words between punctuation: a term and its variant live inside one.
QList<QStringList> clauses(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral(R"([.,;:!?()«»"“”„\[\]|*_#>/·•\n—–]+)"));
    static const QRegularExpression word(QStringLiteral(R"([\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*)"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QList<QStringList> out;
    for (const QString &part : text.split(breaks, Qt::SkipEmptyParts)) {
        QStringList words;
        for (auto it = word.globalMatch(part); it.hasNext();)
            words << it.next().captured(0);
        if (words.size() > 1)
            out << words;
    }
    return out;
}

} // namespace

QByteArray GlossaryFormCheck::stem(const QString &word, const QString &lang)
{
    const QString folded = core::searchtext::fold(word);
    // Turkmen adds suffixes to a stable front (söwda, söwdasy, söwdasyna):
    // its first four letters stand for the word; Snowball has no Turkmen.
    if (lang == QLatin1String("tk"))
        return folded.left(4).toUtf8();
    return m_stemmer.stem(folded.toUtf8(), folded);
}

void GlossaryFormCheck::read(const QString &glossaryText, QMap<QString, int> *reviewFlagged)
{
    YAML::Node root;
    try {
        root = YAML::Load(glossaryText.toStdString());
    } catch (const YAML::Exception &) {
        return; // the builder reports it with its line
    }
    if (!root.IsMap() || !root["terms"] || !root["terms"].IsSequence())
        return;
    static const QRegularExpression parenthesis(QStringLiteral(R"(\([^)]*\))"));
    for (const auto &node : root["terms"]) {
        if (!node.IsMap())
            continue;
        for (const auto &item : node) {
            const QString lang = scalar(item.first);
            if (lang == QLatin1String("id") || !item.second.IsMap())
                continue;
            if (item.second["review"] && reviewFlagged)
                (*reviewFlagged)[lang] += 1;
            QStringList texts{scalar(item.second["term"])};
            if (const YAML::Node forms = item.second["forms"]; forms && forms.IsSequence()) {
                for (const auto &f : forms)
                    texts << scalar(f);
            }
            Form form;
            form.lang = lang;
            form.term = texts.first();
            for (int i = 0; i < texts.size(); ++i) {
                QString text = texts[i];
                text.remove(parenthesis);
                const QList<QStringList> parts = clauses(text);
                if (parts.size() != 1)
                    continue; // one word, or a list: no form to check
                QList<QByteArray> tokens;
                if (i == 0)
                    form.words = parts.first().size();
                for (const QString &w : parts.first()) {
                    tokens << stem(w, lang);
                    if (i == 0 && !isStopWord(core::searchtext::fold(w)) && w.size() >= 3)
                        form.content << tokens.last();
                }
                form.ok << tokens;
            }
            if (form.content.size() >= 2 && !form.ok.isEmpty())
                m_forms << form;
        }
    }
}

QList<LintProblem> GlossaryFormCheck::check(const QString &path, const QString &lang,
                                            const QList<core::DeckSlide> &slides)
{
    QList<LintProblem> problems;
    QList<const Form *> forms;
    for (const Form &f : std::as_const(m_forms)) {
        if (f.lang == lang)
            forms << &f;
    }
    if (forms.isEmpty())
        return problems;
    QSet<QString> reported; // one problem per slide and variant
    for (const core::DeckSlide &slide : slides) {
        for (const QStringList &words : clauses(slide.body + QLatin1Char('\n') + slide.notes)) {
            QList<QByteArray> stems;
            for (const QString &w : words)
                stems << stem(w, lang);
            for (const Form *f : forms) {
                // Positions covered by the term or a listed form.
                QList<bool> covered(stems.size(), false);
                for (const QList<QByteArray> &ok : f->ok) {
                    for (qsizetype i = 0; i + ok.size() <= stems.size(); ++i) {
                        if (std::equal(ok.cbegin(), ok.cend(), stems.cbegin() + i)) {
                            for (qsizetype k = i; k < i + ok.size(); ++k)
                                covered[k] = true;
                        }
                    }
                }
                // The term's content words in the term's order, no further
                // apart than the term's own words plus one, with other words
                // between or around them than the glossary lists ("victim in
                // trafficking" for "victim of trafficking"). Another order is
                // usually other grammar ("consent is irrelevant"), not another
                // term, so it is left alone; so is a run that touches a
                // listed form ("forced begging or forced theft").
                const qsizetype width = std::max(f->words, f->content.size()) + 1;
                for (qsizetype start = 0; start < stems.size(); ++start) {
                    if (stems[start] != f->content.first())
                        continue;
                    qsizetype end = start;
                    qsizetype next = 1;
                    for (qsizetype k = start + 1;
                         k < stems.size() && k < start + width && next < f->content.size(); ++k) {
                        if (stems[k] == f->content[next]) {
                            ++next;
                            end = k;
                        }
                    }
                    if (next < f->content.size())
                        continue;
                    bool touches = false;
                    for (qsizetype k = start; k <= end; ++k)
                        touches = touches || covered[k];
                    if (touches)
                        continue;
                    const QString used = words.mid(start, end - start + 1).join(QLatin1Char(' '));
                    const QString key = slide.key + QLatin1Char('\n') + used;
                    if (reported.contains(key))
                        continue;
                    reported.insert(key);
                    problems.append(
                        {path, slide.line,
                         LintText::tr("\"%1\" is the glossary term \"%2\" in a form the glossary "
                                      "does not list: use the term, or add the form to its "
                                      "\"forms\" in glossary.yaml")
                             .arg(used, f->term)});
                }
            }
        }
    }
    return problems;
}

} // namespace okuw::builder
