// The glossary: every term in English, Russian and Turkmen side by side,
// the content language's column first and sorted by its letters (quotes and
// other punctuation ignored), one line per term; filtered as you type in any
// language; the definition in the content language. Terms not yet confirmed
// in a language carry a visible mark.
#pragma once

#include "core/contentlanguage.h"
#include "core/types.h"

#include <QDialog>

class QLineEdit;
class QTableWidget;
class QTextBrowser;

namespace okuw::ui {

// Lower case without accents, so "sowda" finds "söwda" and "ё" equals "е".
QString foldForSearch(const QString &text);

class GlossaryDialog : public QDialog
{
    Q_OBJECT
public:
    GlossaryDialog(const QList<core::GlossaryTerm> &terms, const core::ContentLanguage &content,
                   QWidget *parent = nullptr);

    void setFilter(const QString &text);
    // Clears the filter and selects the term with this id (a search hit's
    // termId); false when the glossary has no such term.
    bool selectTerm(qint64 termId);
    QString selectedKey() const;
    QStringList visibleKeys() const;
    QStringList columnLanguages() const { return m_columns; }
    QTableWidget *table() const { return m_table; }

private:
    void applyFilter();
    void showDefinition();

    QList<core::GlossaryTerm> m_terms;
    QStringList m_columns; // languages left to right: the content's first
    QStringList m_folded;  // per term: its terms in all languages, folded
    core::ContentLanguage m_content;
    QLineEdit *m_filter;
    QTableWidget *m_table;
    QTextBrowser *m_definition;
};

} // namespace okuw::ui
