// Full-text search in the viewer: a dock with a query field and the hits
// grouped by module and kind, each with its snippet, matches in bold.
//
// Results come as you type: the query runs ~150 ms after the last key on a
// worker thread (core::search is thread-safe); an answer that arrives after
// a newer query was started is dropped by its request number. Enter or a
// click opens the exact slide, or the PDF page with the matched word
// highlighted. Attached to the window only through MainWindow's public API.
#pragma once

#include "core/search.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace okuw::ui {

class MainWindow;

class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(MainWindow *window, QWidget *parent = nullptr);
    ~SearchPanel() override;

    QLineEdit *queryEdit() const { return m_edit; }
    QTreeWidget *resultView() const { return m_tree; }
    QString statusText() const;
    // True when nothing matched in the content language and the hits shown
    // are those in the bundle's other languages.
    bool showsOtherLanguages() const { return m_otherLanguages; }

    void focusQuery(); // shows the dock, selects the query text
    bool openHit(const core::SearchHit &hit);
    bool openFirstHit(); // the selected hit, else the best one
    QList<core::SearchHit> hits() const { return m_hits; }

    // The search itself, run on a worker thread: core::search unless
    // replaced (tests put a slow one in front to see an old answer dropped).
    using SearchFunction = std::function<QList<core::SearchHit>(
        const core::Bundle &, const core::SearchQuery &, QString *error)>;
    void setSearchFunction(SearchFunction search);

Q_SIGNALS:
    void resultsShown(int count); // after each answer that was not stale
    void staleAnswerDropped();    // an answer came after a newer query had started

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void schedule();
    void runQuery();
    // `announce`: emit resultsShown (not when only the language changed).
    void showHits(const QList<core::SearchHit> &hits, const QString &error, bool announce = true);
    void retranslate();
    QTreeWidgetItem *groupItem(QTreeWidgetItem *parent, const QString &key, const QString &text);

    MainWindow *m_window;
    QLineEdit *m_edit;
    QComboBox *m_scope;
    QComboBox *m_lang;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QTimer *m_debounce;
    quint64 m_request = 0; // the newest query; older answers are dropped
    SearchFunction m_search;
    qint64 m_scopedModule = 0;
    QList<core::SearchHit> m_hits;
    QString m_error;               // of the answer shown
    int m_total = 0;               // matches in all, when more than those shown
    bool m_otherLanguages = false; // the hits shown are from other languages than the content's
};

// Creates the search dock on `window`, adds Edit > Search (Ctrl+K) and
// Ctrl+F where no PDF has the focus (the PDF view keeps its own Ctrl+F).
QDockWidget *installSearch(MainWindow *window);

} // namespace okuw::ui
