// Help: a short user guide in the interface language (Markdown embedded
// under :/okuw/help, guide.<lang>.md, English when a language has none)
// and the list of keys. The keys are never written twice: the window's
// shortcuts are read from its menus' actions, and the lists for reading
// slides, reading a PDF and the slide show come from the code that handles
// those keys (SlideView, PdfPane, PresenterState).
#pragma once

#include "keyhelp.h"

#include <QDialog>

class QTabWidget;
class QTextBrowser;

namespace okuw::ui {

class MainWindow;

// The guide's Markdown for `lang` (English when there is none).
QString userGuideMarkdown(const QString &lang);

// The key list as Markdown, one table per place: the window (its menus'
// shortcuts), slides, PDFs, the slide show.
QString keyListMarkdown(const MainWindow *window);

class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Guide, Keys };
    explicit HelpDialog(MainWindow *window, Page page = Page::Guide);

    void setPage(Page page);
    Page page() const;
    QTextBrowser *guide() const { return m_guide; }
    QTextBrowser *keys() const { return m_keys; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    MainWindow *m_window;
    QTabWidget *m_tabs;
    QTextBrowser *m_guide;
    QTextBrowser *m_keys;
};

// Adds Help > User guide (F1) and Help > Keys (Ctrl+F1) to the window.
void installHelp(MainWindow *window);

} // namespace okuw::ui
