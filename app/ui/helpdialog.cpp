#include "helpdialog.h"

#include "core/i18n.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "pdfpane.h"
#include "presenter/presenterstate.h"
#include "slideview.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace okuw::ui {

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A Markdown table cell: no pipes or line breaks of its own.
QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|")).replace(QLatin1Char('\n'), ' ');
}

QString table(const QString &title, const QList<KeyHelpEntry> &entries)
{
    QString md = QStringLiteral("### %1\n\n| %2 | %3 |\n|---|---|\n")
                     .arg(title, HelpDialog::tr("Keys"), HelpDialog::tr("What they do"));
    for (const KeyHelpEntry &e : entries)
        md += QStringLiteral("| %1 | %2 |\n").arg(cell(e.keys), cell(e.what));
    return md + QLatin1Char('\n');
}

// The shortcuts of every action in the window's menus (those features
// added too, such as the slide show's), in menu order.
QList<KeyHelpEntry> windowKeys(const MainWindow *window)
{
    QList<KeyHelpEntry> out;
    const std::function<void(const QMenu *)> walk = [&](const QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                walk(a->menu());
            if (a->shortcuts().isEmpty() || a->isSeparator())
                continue;
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            QString what = a->text();
            what.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
            out.append({keys.join(HelpDialog::tr(" or ")), what});
        }
    };
    for (const QAction *top : window->menuBar()->actions())
        if (const QMenu *menu = top->menu())
            walk(menu);
    return out;
}

} // namespace

QString userGuideMarkdown(const QString &lang)
{
    const QString text = readResource(QStringLiteral(":/okuw/help/guide.%1.md").arg(lang));
    return text.isEmpty() ? readResource(QStringLiteral(":/okuw/help/guide.en.md")) : text;
}

QString keyListMarkdown(const MainWindow *window)
{
    return table(HelpDialog::tr("In the window"), windowKeys(window)) +
           table(HelpDialog::tr("Reading slides"), SlideView::keyHelp()) +
           table(HelpDialog::tr("Reading a PDF"), PdfPane::keyHelp()) +
           table(HelpDialog::tr("During the slide show"), PresenterState::keyHelp());
}

HelpDialog::HelpDialog(MainWindow *window, Page page) : QDialog(window), m_window(window)
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_guide = new QTextBrowser(m_tabs);
    m_guide->setObjectName(QStringLiteral("helpGuide"));
    m_keys = new QTextBrowser(m_tabs);
    m_keys->setObjectName(QStringLiteral("helpKeys"));
    for (QTextBrowser *b : {m_guide, m_keys}) {
        b->setOpenLinks(false); // nothing to follow: no network, no files
        m_tabs->addTab(b, QString());
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(760, 640);
    retranslate();
    setPage(page);
}

void HelpDialog::setPage(Page page)
{
    m_tabs->setCurrentIndex(page == Page::Guide ? 0 : 1);
    (page == Page::Guide ? m_guide : m_keys)->setFocus();
}

HelpDialog::Page HelpDialog::page() const
{
    return m_tabs->currentIndex() == 0 ? Page::Guide : Page::Keys;
}

void HelpDialog::retranslate()
{
    setWindowTitle(tr("Okuw Help"));
    m_tabs->setTabText(0, tr("User guide"));
    m_tabs->setTabText(1, tr("Keys"));
    m_guide->setAccessibleName(tr("User guide"));
    m_keys->setAccessibleName(tr("Keys"));
    m_guide->setMarkdown(userGuideMarkdown(core::installedLanguage()));
    m_keys->setMarkdown(keyListMarkdown(m_window));
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void installHelp(MainWindow *window)
{
    QMenu *help = window->menu(MainWindow::Menu::Help);
    QAction *first = help->actions().value(0);
    auto *guide = new QAction(window);
    guide->setObjectName(QStringLiteral("userGuide"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    auto *keys = new QAction(window);
    keys->setObjectName(QStringLiteral("keyList"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    // One dialog at a time, not modal: the guide can stay beside the window,
    // and the same keys switch its pages while it has the focus.
    auto shown = std::make_shared<QPointer<HelpDialog>>();
    auto open = [window, guide, keys, shown](HelpDialog::Page page) {
        if (!*shown) {
            *shown = new HelpDialog(window, page);
            (*shown)->setAttribute(Qt::WA_DeleteOnClose);
            (*shown)->addActions({guide, keys});
        }
        (*shown)->setPage(page);
        (*shown)->show();
        (*shown)->raise();
        (*shown)->activateWindow();
    };
    QObject::connect(guide, &QAction::triggered, window, [open] { open(HelpDialog::Page::Guide); });
    QObject::connect(keys, &QAction::triggered, window, [open] { open(HelpDialog::Page::Keys); });
    help->insertActions(first, {guide, keys});
    if (first)
        help->insertSeparator(first);
    onLanguageChange(window, guide, [guide, keys] {
        guide->setText(HelpDialog::tr("&User Guide"));
        keys->setText(HelpDialog::tr("&Keys"));
    });
}

} // namespace okuw::ui
