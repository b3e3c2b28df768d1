#include "mainwindow.h"

#include "core/bundle.h"
#include "core/i18n.h"
#include "core/log.h"
#include "core/userdatakey.h"
#include "helpdialog.h"
#include "mainwindow_p.h"
#include "navigator.h"
#include "pdfpageview.h"
#include "pdfpane.h"
#include "profile.h"
#include "render/assets.h"
#include "render/sliderenderer.h"
#include "slideview.h"
#include "thumbstrip.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace okuw::ui {

namespace {
constexpr int kResumeWriteDelayMs = 1500;
}

MainWindow::MainWindow(Profile &profile, QWidget *parent)
    : QMainWindow(parent), d(std::make_unique<Private>(profile))
{
    d->q = this;
    setObjectName(QStringLiteral("mainWindow"));
    d->renderer = new render::SlideRenderer(this);

    d->splitter = new QSplitter(Qt::Horizontal, this);
    d->splitter->setObjectName(QStringLiteral("mainSplitter"));
    d->navigator = new Navigator(d->splitter);
    d->stack = new QStackedWidget(d->splitter);
    d->stack->setObjectName(QStringLiteral("centralStack"));
    d->welcome = new QLabel(d->stack);
    d->welcome->setObjectName(QStringLiteral("welcome"));
    d->welcome->setAlignment(Qt::AlignCenter);
    d->welcome->setWordWrap(true);
    d->welcome->setMargin(32);
    d->slideView = new SlideView(d->renderer, d->stack);
    d->pdfPane = new PdfPane(d->stack);
    d->stack->addWidget(d->welcome);
    d->stack->addWidget(d->slideView);
    d->stack->addWidget(d->pdfPane);
    // Above the slide or page: a quiet line when the module is not in the
    // content language and another language stands in.
    auto *centre = new QWidget(d->splitter);
    centre->setObjectName(QStringLiteral("centre"));
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    d->fallbackNotice = new QLabel(centre);
    d->fallbackNotice->setObjectName(QStringLiteral("languageFallbackNotice"));
    d->fallbackNotice->setWordWrap(true);
    d->fallbackNotice->setContentsMargins(8, 3, 8, 3);
    d->fallbackNotice->setForegroundRole(QPalette::PlaceholderText);
    d->fallbackNotice->hide();
    d->problemBar = new QFrame(centre);
    d->problemBar->setObjectName(QStringLiteral("problemBar"));
    static_cast<QFrame *>(d->problemBar)->setFrameShape(QFrame::StyledPanel);
    d->problemBar->setAutoFillBackground(true);
    d->problemBar->setBackgroundRole(QPalette::ToolTipBase);
    d->problemBar->setForegroundRole(QPalette::ToolTipText);
    auto *problemRow = new QHBoxLayout(d->problemBar);
    problemRow->setContentsMargins(8, 4, 4, 4);
    d->problemText = new QLabel(d->problemBar);
    d->problemText->setObjectName(QStringLiteral("problemText"));
    d->problemText->setWordWrap(true);
    d->problemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->problemText->setForegroundRole(QPalette::ToolTipText);
    auto *problemClose = new QToolButton(d->problemBar);
    problemClose->setObjectName(QStringLiteral("problemClose"));
    problemClose->setAutoRaise(true);
    problemClose->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    connect(problemClose, &QToolButton::clicked, d->problemBar, &QWidget::hide);
    problemRow->addWidget(d->problemText, 1);
    problemRow->addWidget(problemClose, 0, Qt::AlignTop);
    d->problemBar->hide();
    centreLayout->addWidget(d->problemBar);
    centreLayout->addWidget(d->fallbackNotice);
    centreLayout->addWidget(d->stack, 1);
    d->splitter->addWidget(d->navigator);
    d->splitter->addWidget(centre);
    d->splitter->setStretchFactor(1, 1);
    d->splitter->setSizes({340, 900});
    auto *central = new QWidget(this);
    d->banners = new QVBoxLayout(central);
    d->banners->setContentsMargins(0, 0, 0, 0);
    d->banners->setSpacing(0);
    d->banners->addWidget(d->splitter, 1);
    setCentralWidget(central);

    d->notes = new QTextBrowser(this);
    d->notes->setObjectName(QStringLiteral("notesText"));
    d->notes->setOpenLinks(false); // a link in the notes opens nothing
    d->notesDock = new QDockWidget(this);
    d->notesDock->setObjectName(QStringLiteral("notesPanel"));
    d->notesDock->setWidget(d->notes);
    addDockWidget(Qt::RightDockWidgetArea, d->notesDock);
    // Participants read; a trainer turns the speaker notes on (View >
    // Speaker notes, Ctrl+T), and the window remembers it with its layout.
    // The slide show's console always shows them.
    d->notesDock->hide();

    d->thumbs = new ThumbnailStrip(d->renderer, this);
    d->thumbDock = new QDockWidget(this);
    d->thumbDock->setObjectName(QStringLiteral("thumbnailsPanel"));
    d->thumbDock->setWidget(d->thumbs);
    addDockWidget(Qt::BottomDockWidgetArea, d->thumbDock);

    d->statusModule = new QLabel(this);
    d->statusModule->setObjectName(QStringLiteral("statusModule"));
    // Cut at the window's edge, however long the module's title.
    d->statusModule->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    d->statusPosition = new QLabel(this);
    d->statusPosition->setObjectName(QStringLiteral("statusPosition"));
    statusBar()->addWidget(d->statusModule, 1);
    d->statusSignature = new QLabel(this);
    d->statusSignature->setObjectName(QStringLiteral("statusSignature"));
    statusBar()->addPermanentWidget(d->statusSignature);
    statusBar()->addPermanentWidget(d->statusPosition);

    d->resumeTimer.setSingleShot(true);
    d->resumeTimer.setInterval(kResumeWriteDelayMs);
    connect(&d->resumeTimer, &QTimer::timeout, this, [this] { d->writeResumePoint(); });

    d->createActions();

    connect(d->navigator, &Navigator::moduleActivated, this, [this](qint64 id) { openModule(id); });
    connect(d->navigator, &Navigator::slideActivated, this,
            [this](qint64, qint64 slideId) { openSlide(slideId); });
    connect(d->navigator, &Navigator::documentActivated, this,
            [this](qint64, qint64 docId) { openDocumentPage(docId, -1); });
    // A click (or Enter) on a row gives the keys to what it opened, so that
    // Right/Left/Space go on from there; moving with the arrow keys in the
    // tree leaves them in the tree, to browse on.
    auto focusContent = [this] {
        if (d->stack->currentWidget() == d->slideView)
            d->slideView->setFocus(Qt::OtherFocusReason);
        else if (d->stack->currentWidget() == d->pdfPane)
            d->pdfPane->pageView()->setFocus(Qt::OtherFocusReason);
    };
    connect(d->navigator, &QTreeWidget::itemClicked, this, focusContent);
    connect(d->navigator, &QTreeWidget::itemActivated, this, focusContent);
    connect(d->slideView, &SlideView::currentChanged, this,
            [this](int index) { d->slideChanged(index); });
    connect(d->thumbs, &ThumbnailStrip::slideChosen, this,
            [this](int index) { d->showSlideIndex(index); });
    connect(d->pdfPane, &PdfPane::pageChanged, this, [this](int page) { d->pageChanged(page); });
    connect(
        d->pdfPane, &PdfPane::documentClosing, this,
        [this](qint64 id, const core::DocumentView &view) { d->rememberDocumentView(id, view); });

    d->retranslate();
    installHelp(this); // F1: the user guide; Ctrl+F1: the keys
    d->restoreGeometry();
    d->updateStatus();
    d->updateActions();
}

MainWindow::~MainWindow()
{
    d->stopContentCheck();
    // The child widgets are deleted after d: what they emit while they go
    // (a PDF closing) must not reach d any more.
    for (QObject *child : {static_cast<QObject *>(d->pdfPane), static_cast<QObject *>(d->slideView),
                           static_cast<QObject *>(d->navigator), static_cast<QObject *>(d->thumbs)})
        disconnect(child, nullptr, this, nullptr);
}

Profile &MainWindow::profile() const
{
    return d->profile;
}

render::SlideRenderer *MainWindow::slideRenderer() const
{
    return d->renderer;
}

bool MainWindow::openBundle(const QString &path, bool showErrors)
{
    QString error;
    auto bundle = core::Bundle::open(path, &error);
    core::SignatureCheck signature;
    if (bundle) {
        // A bundle whose tables cannot be read is as bad as one that does not open.
        bundle->modules(&error);
        if (!error.isEmpty())
            bundle.reset();
    }
    if (bundle) {
        // The signature over the stored digest: cheap, so checked before
        // anything is shown. The content itself is hashed in the background.
        signature = core::checkSignature(bundle->database());
        if (signature.state == core::SignatureCheck::State::Broken) {
            error = tr("%1 was changed after it was signed, or its signature was damaged: %2. "
                       "It was not opened.")
                        .arg(QDir::toNativeSeparators(path), signature.problem);
            bundle.reset();
        }
    }
    if (!bundle) {
        d->lastError = error.isEmpty() ? tr("Cannot open %1.").arg(path) : error;
        qCWarning(lcBundle) << d->lastError;
        // Said in the window too, where it stays: what is shown now (the
        // bundle open before, or nothing) is not what was asked for.
        if (d->bundle) {
            showProblem(tr("%1\nStill shown: “%2”.")
                            .arg(d->lastError, d->content.text(d->bundle->info().title)));
        } else {
            showProblem(d->lastError);
            d->welcome->setText(d->lastError + QStringLiteral("\n\n") +
                                tr("Use File > Open or drop a .okuw file here."));
        }
        if (showErrors)
            QMessageBox::warning(this, tr("Cannot open the bundle"), d->lastError);
        return false;
    }
    d->problemBar->hide();
    if (d->resumeTimer.isActive())
        d->writeResumePoint();
    d->stopContentCheck();
    d->pdfPane->closeDocument();
    d->bundle = std::move(bundle);
    d->showErrors = showErrors;
    d->signature = signature;
    d->signatureState = SignatureStatus::of(signature, d->profile.settings().trustedKeys());
    d->dataKey = d->profile.store().adopt(core::userDataKey(d->bundle->info(), signature));
    d->lastError.clear();
    d->moduleId = 0;
    d->documentId = 0;
    d->deck.clear();
    d->slideView->clearDeck();
    d->thumbs->setDeck({}, {});
    d->notes->clear();
    d->updateFallbackNotice({}, false);

    const core::BundleInfo &info = d->bundle->info();
    const core::StoreRead<QString> remembered =
        d->profile.store().bundleValue(d->dataKey, QStringLiteral("language"));
    d->content = core::ContentLanguage(
        core::ContentLanguage::initial(info, remembered.value, core::installedLanguage()), info);
    d->fillLanguageMenu();
    d->rebuildNavigator();
    d->stack->setCurrentWidget(d->welcome);
    d->retranslate();
    emit bundleOpened();
    if (!d->restoreResumePoint()) {
        const QList<core::ModuleInfo> modules = d->bundle->modules();
        if (!modules.isEmpty())
            d->showModule(modules.first().id, 0);
    }
    // Remembered only once it has been shown: a bundle that cannot be shown
    // must not be reopened at every start.
    d->profile.settings().addRecentBundle(info.path);
    d->fillRecentMenu();
    d->updateStatus();
    d->updateActions();
    d->startContentCheck();
    return true;
}

std::shared_ptr<core::Bundle> MainWindow::bundle() const
{
    return d->bundle;
}

QString MainWindow::userDataKey() const
{
    return d->dataKey;
}

SignatureStatus MainWindow::signatureStatus() const
{
    return d->signatureState;
}

QString MainWindow::lastError() const
{
    return d->lastError;
}

void MainWindow::showProblem(const QString &text)
{
    d->problemText->setText(text);
    d->problemBar->setVisible(!text.isEmpty());
}

QString MainWindow::problemText() const
{
    return d->problemBar->isVisible() ? d->problemText->text() : QString();
}

const core::ContentLanguage &MainWindow::content() const
{
    return d->content;
}

void MainWindow::setContentLanguage(const QString &lang)
{
    d->setLanguage(lang);
}

qint64 MainWindow::currentModuleId() const
{
    return d->moduleId;
}

const core::Slide *MainWindow::currentSlide() const
{
    return d->stack->currentWidget() == d->slideView ? d->slideView->currentSlide() : nullptr;
}

QList<core::Slide> MainWindow::currentSlides() const
{
    return d->deck;
}

qint64 MainWindow::currentDocumentId() const
{
    return d->stack->currentWidget() == d->pdfPane ? d->documentId : 0;
}

int MainWindow::currentPage() const
{
    return d->stack->currentWidget() == d->pdfPane ? d->pdfPane->currentPage() : -1;
}

bool MainWindow::openModule(qint64 moduleId)
{
    return d->showModule(moduleId, 0);
}

bool MainWindow::openSlide(qint64 slideId, const QStringList &highlight)
{
    if (!d->bundle)
        return false;
    QString error;
    const std::optional<core::Slide> slide = d->bundle->slide(slideId, &error);
    if (!slide) {
        d->lastError =
            error.isEmpty() ? tr("There is no slide %1 in the bundle.").arg(slideId) : error;
        return false;
    }
    bool shown = false;
    // A slide of another language opens in its own deck (a search hit may be one).
    if (d->moduleId == slide->moduleId && !d->deck.isEmpty() &&
        d->deck.first().lang == slide->lang && d->stack->currentWidget() == d->slideView) {
        for (int i = 0; i < d->deck.size() && !shown; ++i)
            if (d->deck[i].id == slideId) {
                d->showSlideIndex(i);
                shown = true;
            }
    }
    if (!shown && !d->showModule(slide->moduleId, slide->position - 1, slide->key))
        return false;
    d->slideView->setHighlight(highlight);
    d->markNotes(highlight);
    return true;
}

bool MainWindow::openSlideByKey(qint64 moduleId, const QString &slideKey)
{
    return d->showModule(moduleId, -1, slideKey);
}

bool MainWindow::openDocumentPage(qint64 documentId, int page, const QString &highlight)
{
    if (!d->bundle)
        return false;
    QString error;
    const std::optional<core::Document> doc = d->bundle->document(documentId, &error);
    if (!doc) {
        d->lastError =
            error.isEmpty() ? tr("There is no document %1 in the bundle.").arg(documentId) : error;
        return false;
    }
    d->moduleId = doc->moduleId;
    d->documentId = documentId;
    d->stack->setCurrentWidget(d->pdfPane);
    d->notes->setPlainText(tr("(Documents have no speaker notes.)"));
    const bool ok =
        d->pdfPane->openDocument(d->bundle, documentId, page, &error, d->rememberedView(*doc));
    d->updateFallbackNotice(doc->lang, true);
    d->navigator->selectDocument(doc->moduleId, documentId);
    if (!ok)
        d->lastError = error;
    else if (!highlight.isEmpty())
        d->pdfPane->search(highlight);
    if (ok && !d->navigator->hasFocus())
        d->pdfPane->pageView()->setFocus();
    d->updateStatus();
    d->updateActions();
    if (ok) {
        d->resumeTimer.start();
        emit documentPageShown(documentId, d->pdfPane->currentPage());
    }
    return ok;
}

QMenu *MainWindow::menu(Menu which) const
{
    return d->menus.value(which);
}

QToolBar *MainWindow::mainToolBar() const
{
    return d->toolBar;
}

void MainWindow::addBanner(QWidget *banner)
{
    d->banners->insertWidget(d->banners->count() - 1, banner);
}

void MainWindow::addFeatureDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    if (dock->objectName().isEmpty())
        dock->setObjectName(
            QStringLiteral("featureDock%1").arg(findChildren<QDockWidget *>().size()));
    // Two docks stacked in one area stay readable; more would each get a
    // sliver, so from the third on a dock shares a tab with the one before.
    QList<QDockWidget *> sameArea;
    for (QDockWidget *other : findChildren<QDockWidget *>()) {
        if (other != dock && dockWidgetArea(other) == area && !other->isFloating())
            sameArea << other;
    }
    addDockWidget(area, dock);
    if (sameArea.size() >= 2) {
        tabifyDockWidget(sameArea.last(), dock);
        sameArea.at(1)->raise(); // the dock that started the tab group stays in front
    }
    if (QMenu *view = menu(Menu::View); view && d->action(QStringLiteral("panelsSeparator"))) {
        view->insertAction(d->action(QStringLiteral("panelsSeparator")), dock->toggleViewAction());
    }
}

void MainWindow::setModuleBadge(qint64 moduleId, const QString &badge, const QString &details)
{
    d->badges.insert(moduleId, {badge, details});
    d->navigator->setBadge(moduleId, badge, details);
}

void MainWindow::setBookmarkedItems(const QList<core::ItemRef> &items)
{
    d->bookmarked.clear();
    for (const core::ItemRef &ref : items)
        if (ref.kind == core::ItemRef::Kind::Slide)
            d->bookmarked.insert(ref.toString());
    d->showBookmarkMarks();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    emit aboutToClose();
    if (d->pdfPane->isLoaded() && d->documentId != 0)
        d->rememberDocumentView(d->documentId, d->pdfPane->viewState());
    d->writeResumePoint();
    d->saveLayout();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        d->retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace okuw::ui
