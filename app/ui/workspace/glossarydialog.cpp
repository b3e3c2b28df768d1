#include "glossarydialog.h"

#include "core/i18n.h"

#include <QCollator>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace okuw::ui {

namespace {
const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("tk")};

// The words of a term without the quotes, dashes and brackets around them,
// so «выдай или суди» sorts under в.
QString sortKey(const QString &text)
{
    qsizetype begin = 0, end = text.size();
    while (begin < end && !text.at(begin).isLetterOrNumber())
        ++begin;
    while (end > begin && !text.at(end - 1).isLetterOrNumber())
        --end;
    return text.mid(begin, end - begin);
}

QString languageHeader(const QString &lang)
{
    if (lang == QLatin1String("ru"))
        return GlossaryDialog::tr("Russian");
    if (lang == QLatin1String("tk"))
        return GlossaryDialog::tr("Turkmen");
    if (lang == QLatin1String("en"))
        return GlossaryDialog::tr("English");
    return lang;
}
} // namespace

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining)
            out.append(c);
    }
    return out;
}

GlossaryDialog::GlossaryDialog(const QList<core::GlossaryTerm> &terms,
                               const core::ContentLanguage &content, QWidget *parent)
    : QDialog(parent), m_terms(terms), m_content(content)
{
    // Alphabetical in the content language, by its own rules (Cyrillic
    // ё, Turkmen ç ä ž ň ö ş ü ý each in their place), not in bundle order;
    // by the letters only: «quotes» and other punctuation do not count.
    QCollator collator{QLocale(content.chosen())};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setIgnorePunctuation(true);
    auto shown = [&](const core::GlossaryTerm &t) { return sortKey(content.text(t.term)); };
    std::stable_sort(m_terms.begin(), m_terms.end(),
                     [&](const core::GlossaryTerm &a, const core::GlossaryTerm &b) {
                         return collator.compare(shown(a), shown(b)) < 0;
                     });
    setWindowTitle(tr("Glossary"));
    auto *layout = new QVBoxLayout(this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter: type a word in English, Russian or Turkmen"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the terms"));
    m_filter->setFocus(); // type a word at once
    // The content language's column first, the others in their usual order.
    m_columns = {content.chosen()};
    for (const QString &lang : kLanguages)
        if (!m_columns.contains(lang))
            m_columns << lang;
    m_table = new QTableWidget(int(terms.size()), int(m_columns.size()), this);
    QStringList headers;
    for (const QString &lang : m_columns)
        headers << languageHeader(lang);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Terms"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // One line per term, every row as high as the next: a long term is
    // elided, whole in its tooltip and in the definition below.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    const QColor reviewBg(255, 243, 205);
    for (int row = 0; row < terms.size(); ++row) {
        const core::GlossaryTerm &t = m_terms[row];
        QString folded;
        for (int col = 0; col < m_columns.size(); ++col) {
            const QString lang = m_columns[col];
            QString text = t.term.value(lang);
            folded += foldForSearch(text) + QLatin1Char('\n');
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            if (t.needsReview.contains(lang)) {
                item->setText(text + QStringLiteral("  ⚠"));
                item->setBackground(reviewBg);
                item->setToolTip(text + QLatin1Char('\n') +
                                 tr("This translation is not yet confirmed by a reviewer."));
            }
            m_table->setItem(row, col, item);
        }
        m_folded.append(folded);
    }
    m_definition = new QTextBrowser(this);
    m_definition->setOpenLinks(false);
    m_definition->setAccessibleName(tr("Definition"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_definition);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(m_filter);
    layout->addWidget(split, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &GlossaryDialog::applyFilter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &GlossaryDialog::showDefinition);
    resize(900, 620);
    if (!terms.isEmpty())
        m_table->selectRow(0);
}

void GlossaryDialog::setFilter(const QString &text)
{
    m_filter->setText(text);
}

void GlossaryDialog::applyFilter()
{
    const QStringList words =
        foldForSearch(m_filter->text()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int first = -1;
    for (int row = 0; row < m_terms.size(); ++row) {
        bool match = true;
        for (const QString &w : words)
            match = match && m_folded[row].contains(w);
        m_table->setRowHidden(row, !match);
        if (match && first < 0)
            first = row;
    }
    if (first >= 0)
        m_table->selectRow(first);
    else
        m_definition->setHtml(
            tr("<i>No term matches \"%1\".</i>").arg(m_filter->text().toHtmlEscaped()));
}

bool GlossaryDialog::selectTerm(qint64 termId)
{
    for (int row = 0; row < m_terms.size(); ++row) {
        if (m_terms[row].id != termId || termId == 0)
            continue;
        m_filter->clear();
        m_table->selectRow(row);
        m_table->scrollToItem(m_table->item(row, 0), QAbstractItemView::PositionAtCenter);
        m_table->setFocus();
        return true;
    }
    return false;
}

QString GlossaryDialog::selectedKey() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_terms[rows.first().row()].key;
}

QStringList GlossaryDialog::visibleKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_terms.size(); ++row) {
        if (!m_table->isRowHidden(row))
            keys.append(m_terms[row].key);
    }
    return keys;
}

void GlossaryDialog::showDefinition()
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const core::GlossaryTerm &t = m_terms[rows.first().row()];
    const QString term = m_content.text(t.term);
    const QString definition = m_content.text(t.definition);
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(term.toHtmlEscaped(), definition.toHtmlEscaped());
    if (!t.needsReview.isEmpty()) {
        QStringList names;
        for (const QString &lang : t.needsReview)
            names << core::nativeLanguageName(lang);
        html += QStringLiteral("<p style='color:#8a5a00'>⚠ %1</p>")
                    .arg(tr("Not yet confirmed in: %1")
                             .arg(names.join(QStringLiteral(", ")).toHtmlEscaped()));
    }
    m_definition->setHtml(html);
}

} // namespace okuw::ui
