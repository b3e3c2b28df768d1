// MainWindow: menus, toolbar, shortcuts, settings, drag and drop.
#include "aboutdialog.h"
#include "core/bundle.h"
#include "core/i18n.h"
#include "mainwindow.h"
#include "mainwindow_p.h"
#include "navigator.h"
#include "pdfpane.h"
#include "profile.h"
#include "slideview.h"
#include "thumbstrip.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>
#include <functional>

namespace okuw::ui {

namespace {

// Below this window width the right-hand panels start hidden.
constexpr int kRoomForSidePanels = 1200;

// The first local *.okuw file among the URLs of a drag, or empty.
QString droppedBundle(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() &&
            url.toLocalFile().endsWith(QLatin1String(".okuw"), Qt::CaseInsensitive))
            return url.toLocalFile();
    return {};
}

// Events MainWindow's fixed header has no override for: drag and drop of a
// bundle, and restoring the dock layout once feature docks are in place.
class WindowEvents : public QObject
{
public:
    WindowEvents(MainWindow *window, std::function<void()> firstShow)
        : QObject(window), m_w(window), m_firstShow(std::move(firstShow))
    {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_w)
            return false;
        switch (event->type()) {
        case QEvent::DragEnter: {
            auto *e = static_cast<QDragEnterEvent *>(event);
            if (!droppedBundle(e->mimeData()).isEmpty()) {
                e->acceptProposedAction();
                return true;
            }
            return false;
        }
        case QEvent::Drop: {
            auto *e = static_cast<QDropEvent *>(event);
            const QString path = droppedBundle(e->mimeData());
            if (path.isEmpty())
                return false;
            e->acceptProposedAction();
            m_w->openBundle(path);
            return true;
        }
        case QEvent::Show:
            if (m_firstShow) {
                m_firstShow();
                m_firstShow = {};
            }
            return false;
        default:
            return false;
        }
    }

private:
    MainWindow *m_w;
    std::function<void()> m_firstShow;
};

} // namespace

void MainWindow::Private::createActions()
{
    q->setAcceptDrops(true);
    eventFilter = new WindowEvents(q, [this] { restoreLayout(); });
    q->installEventFilter(eventFilter);

    QMenuBar *bar = q->menuBar();
    for (Menu m : {Menu::File, Menu::Edit, Menu::View, Menu::Go, Menu::Tools, Menu::Help})
        menus.insert(m, bar->addMenu(QString()));
    auto add = [this](Menu m, const QString &key, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(q);
        a->setObjectName(key);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        QObject::connect(a, &QAction::triggered, q, slot);
        menus.value(m)->addAction(a);
        actions.insert(key, a);
        return a;
    };
    QStyle *st = q->style();

    // File
    add(Menu::File, QStringLiteral("open"), QKeySequence::Open, [this] {
        openFileDialog();
    })->setIcon(st->standardIcon(QStyle::SP_DialogOpenButton));
    recentMenu = menus.value(Menu::File)->addMenu(QString());
    menus.value(Menu::File)->addSeparator();
    add(Menu::File, QStringLiteral("quit"), QKeySequence::Quit, [this] {
        q->close();
    })->setMenuRole(QAction::QuitRole);

    // Edit
    // Ctrl+C and Ctrl+F belong to the PDF view (and Ctrl+F elsewhere to the
    // search): shown in the menu, they act here only while it is open.
    add(Menu::Edit, QStringLiteral("copy"), QKeySequence::Copy, [this] {
        pdfPane->copyPageText();
    })->setShortcutContext(Qt::WidgetShortcut);
    add(Menu::Edit, QStringLiteral("find"), QKeySequence::Find, [this] {
        pdfPane->focusSearch();
    })->setShortcutContext(Qt::WidgetShortcut);

    // View
    QMenu *view = menus.value(Menu::View);
    QAction *nav = add(Menu::View, QStringLiteral("navigator"), QKeySequence(Qt::CTRL | Qt::Key_B),
                       [this](bool on) { navigator->setVisible(on); });
    nav->setCheckable(true);
    nav->setChecked(true);
    view->addAction(notesDock->toggleViewAction());
    notesDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    view->addAction(thumbDock->toggleViewAction());
    auto *sep = view->addSeparator();
    sep->setObjectName(QStringLiteral("panelsSeparator"));
    actions.insert(QStringLiteral("panelsSeparator"), sep);
    languageMenu = view->addMenu(QString());
    languageGroup = new QActionGroup(q);
    view->addSeparator();
    add(Menu::View, QStringLiteral("zoomIn"), QKeySequence::ZoomIn, [this] { pdfPane->zoomIn(); });
    add(Menu::View, QStringLiteral("zoomOut"), QKeySequence::ZoomOut,
        [this] { pdfPane->zoomOut(); });
    add(Menu::View, QStringLiteral("fitWidth"), QKeySequence(Qt::CTRL | Qt::Key_0),
        [this] { pdfPane->fitWidth(); });
    add(Menu::View, QStringLiteral("fitPage"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0),
        [this] { pdfPane->fitPage(); });
    view->addSeparator();
    QAction *full =
        add(Menu::View, QStringLiteral("fullScreen"), QKeySequence::FullScreen, [this](bool on) {
            if (on)
                q->showFullScreen();
            else
                q->showNormal();
        });
    full->setCheckable(true);
    if (full->shortcut() != QKeySequence(Qt::Key_F11))
        full->setShortcuts({full->shortcut(), QKeySequence(Qt::Key_F11)});

    // Go: slides, or pages when a PDF is shown.
    auto step = [this](int delta, bool toEnd) {
        if (stack->currentWidget() == pdfPane && pdfPane->isLoaded()) {
            const int last = pdfPane->pageCount() - 1;
            pdfPane->setPage(toEnd ? (delta < 0 ? 0 : last)
                                   : std::clamp(pdfPane->currentPage() + delta, 0, last));
        } else if (!deck.isEmpty()) {
            const int last = int(deck.size()) - 1;
            showSlideIndex(toEnd ? (delta < 0 ? 0 : last)
                                 : std::clamp(slideView->currentIndex() + delta, 0, last));
        }
    };
    add(Menu::Go, QStringLiteral("next"), QKeySequence(Qt::Key_PageDown), [step] {
        step(1, false);
    })->setIcon(st->standardIcon(QStyle::SP_ArrowRight));
    add(Menu::Go, QStringLiteral("previous"), QKeySequence(Qt::Key_PageUp), [step] {
        step(-1, false);
    })->setIcon(st->standardIcon(QStyle::SP_ArrowLeft));
    add(Menu::Go, QStringLiteral("first"), QKeySequence(Qt::CTRL | Qt::Key_Home),
        [step] { step(-1, true); });
    add(Menu::Go, QStringLiteral("last"), QKeySequence(Qt::CTRL | Qt::Key_End),
        [step] { step(1, true); });

    // Help
    add(Menu::Help, QStringLiteral("trustedKeys"), QKeySequence(), [this] { showTrustedKeys(); });
    add(Menu::Help, QStringLiteral("about"), QKeySequence(), [this] {
        showAboutDialog(q);
    })->setMenuRole(QAction::AboutRole);

    toolBar = q->addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(action(QStringLiteral("open")));
    toolBar->addSeparator();
    toolBar->addAction(action(QStringLiteral("previous")));
    toolBar->addAction(action(QStringLiteral("next")));
    toolBar->addSeparator();

    QObject::connect(recentMenu, &QMenu::aboutToShow, q, [this] { fillRecentMenu(); });
    fillRecentMenu();
}

void MainWindow::Private::retranslate()
{
    menus.value(Menu::File)->setTitle(MainWindow::tr("&File"));
    menus.value(Menu::Edit)->setTitle(MainWindow::tr("&Edit"));
    menus.value(Menu::View)->setTitle(MainWindow::tr("&View"));
    menus.value(Menu::Go)->setTitle(MainWindow::tr("&Go"));
    menus.value(Menu::Tools)->setTitle(MainWindow::tr("&Tools"));
    menus.value(Menu::Help)->setTitle(MainWindow::tr("&Help"));
    recentMenu->setTitle(MainWindow::tr("Open &Recent"));
    languageMenu->setTitle(MainWindow::tr("Content &Language"));
    const QList<std::pair<const char *, const char *>> texts = {
        {"open", QT_TR_NOOP("&Open Bundle…")},
        {"quit", QT_TR_NOOP("&Quit")},
        {"copy", QT_TR_NOOP("&Copy Text from Document")},
        {"find", QT_TR_NOOP("&Find in Document")},
        {"navigator", QT_TR_NOOP("&Navigator")},
        {"zoomIn", QT_TR_NOOP("Zoom &In")},
        {"zoomOut", QT_TR_NOOP("Zoom &Out")},
        {"fitWidth", QT_TR_NOOP("Fit &Width")},
        {"fitPage", QT_TR_NOOP("Fit &Page")},
        {"fullScreen", QT_TR_NOOP("&Full Screen")},
        {"next", QT_TR_NOOP("&Next")},
        {"previous", QT_TR_NOOP("&Previous")},
        {"first", QT_TR_NOOP("F&irst")},
        {"last", QT_TR_NOOP("&Last")},
        {"trustedKeys", QT_TR_NOOP("&Trusted Publishers…")},
        {"about", QT_TR_NOOP("&About Okuw")},
    };
    for (const auto &[key, text] : texts)
        if (QAction *a = action(QString::fromLatin1(key)))
            a->setText(MainWindow::tr(text));
    action(QStringLiteral("copy"))
        ->setToolTip(
            MainWindow::tr("Copies the selected text, or the whole page when nothing is selected"));
    action(QStringLiteral("find"))
        ->setToolTip(MainWindow::tr("Find in the document shown (Ctrl+F)"));
    notesDock->setWindowTitle(MainWindow::tr("Speaker notes"));
    notes->setAccessibleName(MainWindow::tr("Speaker notes"));
    thumbs->setAccessibleName(MainWindow::tr("Slide thumbnails"));
    navigator->setAccessibleName(MainWindow::tr("Modules, slides and documents"));
    if (auto *close = q->findChild<QWidget *>(QStringLiteral("problemClose"))) {
        close->setAccessibleName(MainWindow::tr("Close this message"));
        close->setToolTip(MainWindow::tr("Close this message"));
    }
    thumbDock->setWindowTitle(MainWindow::tr("Slides"));
    toolBar->setWindowTitle(MainWindow::tr("Main toolbar"));
    welcome->setText(
        bundle ? MainWindow::tr("Choose a module in the navigator.")
               : MainWindow::tr("No bundle is open. Use File > Open or drop a .okuw file here."));
    q->setWindowTitle(bundle ? MainWindow::tr("%1 — Okuw").arg(content.text(bundle->info().title))
                             : MainWindow::tr("Okuw"));
    fillRecentMenu();
    updateStatus();
    updateFallbackNotice(noticeLang, noticeDocument);
}

void MainWindow::Private::updateActions()
{
    const bool pdf = stack->currentWidget() == pdfPane && pdfPane->isLoaded();
    const bool slides = stack->currentWidget() == slideView && !deck.isEmpty();
    for (const char *key : {"zoomIn", "zoomOut", "fitWidth", "fitPage", "copy", "find"})
        action(QString::fromLatin1(key))->setEnabled(pdf);
    for (const char *key : {"next", "previous", "first", "last"})
        action(QString::fromLatin1(key))->setEnabled(pdf || slides);
}

void MainWindow::Private::fillRecentMenu()
{
    recentMenu->clear();
    const QStringList recent = profile.settings().recentBundles();
    int n = 0;
    for (const QString &path : recent) {
        QAction *a = recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(++n).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        a->setStatusTip(path);
        a->setEnabled(QFileInfo::exists(path));
        QObject::connect(a, &QAction::triggered, q, [this, path] { q->openBundle(path); });
    }
    if (recent.isEmpty())
        recentMenu->addAction(MainWindow::tr("(none)"))->setEnabled(false);
    recentMenu->addSeparator();
    QObject::connect(recentMenu->addAction(MainWindow::tr("&Clear list")), &QAction::triggered, q,
                     [this] {
                         profile.settings().clearRecentBundles();
                         fillRecentMenu();
                     });
}

void MainWindow::Private::fillLanguageMenu()
{
    languageMenu->clear();
    for (QAction *a : languageGroup->actions())
        languageGroup->removeAction(a);
    if (!bundle)
        return;
    for (const QString &code : bundle->info().languages) {
        if (code.trimmed().isEmpty())
            continue; // a bundle may list anything; an empty code names nothing
        // Named as the interface languages are ("English", not "American
        // English (en)"); a language Okuw has no interface in, by its locale.
        QString name = core::interfaceLanguages().contains(code)
                           ? core::nativeLanguageName(code)
                           : QLocale(code).nativeLanguageName();
        if (name.isEmpty() || QLocale(code).language() == QLocale::C)
            name = code;
        name[0] = name[0].toUpper();
        QAction *a = languageMenu->addAction(name);
        a->setObjectName(QStringLiteral("lang_") + code);
        a->setData(code);
        a->setCheckable(true);
        a->setChecked(code == content.chosen());
        languageGroup->addAction(a);
        QObject::connect(a, &QAction::triggered, q, [this, code] { setLanguage(code); });
    }
}

void MainWindow::Private::openFileDialog()
{
    const QString start = bundle ? QFileInfo(bundle->path()).absolutePath() : QString();
    const QString path =
        QFileDialog::getOpenFileName(q, MainWindow::tr("Open Bundle"), start,
                                     MainWindow::tr("Okuw bundles (*.okuw);;All files (*)"));
    if (!path.isEmpty())
        q->openBundle(path);
}

void MainWindow::Private::saveLayout()
{
    Settings &s = profile.settings();
    s.setWindowGeometry(q->saveGeometry());
    s.setWindowState(q->saveState());
    s.setSplitterState(QStringLiteral("main"), splitter->saveState());
    s.setSplitterState(QStringLiteral("pdf"), pdfPane->splitter()->saveState());
    s.sync();
}

void MainWindow::Private::restoreGeometry()
{
    const Settings &s = profile.settings();
    // The window fits the screen it opens on (a 1024x768 projector or
    // workshop laptop too), whatever size it was left at elsewhere.
    const QScreen *screen = q->screen() ? q->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1280, 800);
    // Room for a window manager's frame and title bar.
    const QSize room = available.size() - QSize(16, 48);
    if (!q->QWidget::restoreGeometry(s.windowGeometry())) {
        q->resize(QSize(1280, 800).boundedTo(room));
        q->move(available.center() - q->rect().center());
    } else if (q->width() > room.width() || q->height() > room.height() ||
               !available.intersects(q->geometry())) {
        q->resize(q->size().boundedTo(room));
        q->move(available.center() - q->rect().center());
    }
    if (!splitter->restoreState(s.splitterState(QStringLiteral("main")))) {
        // The navigator takes three tenths of a small window, not a fixed
        // 340 px: long Russian and Turkmen titles stay readable, and the
        // slide keeps more than 60 % of the width.
        const int nav = std::clamp(q->width() * 3 / 10, 200, 340);
        splitter->setSizes({nav, q->width() - nav});
    }
    pdfPane->splitter()->restoreState(s.splitterState(QStringLiteral("pdf")));
}

void MainWindow::Private::restoreLayout()
{
    if (q->QMainWindow::restoreState(profile.settings().windowState()))
        return;
    // First start: on a small screen (a 1024x768 laptop or projector) the
    // side panels give way to the slide; View and Ctrl+K bring them back.
    if (q->width() < kRoomForSidePanels) {
        for (QDockWidget *dock : q->findChildren<QDockWidget *>())
            if (q->dockWidgetArea(dock) == Qt::RightDockWidgetArea && !dock->isFloating())
                dock->hide();
    }
}

} // namespace okuw::ui
