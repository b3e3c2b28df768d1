#include "mainwindow.h"

#include "core/bundle.h"
#include "core/i18n.h"
#include "mainwindow_p.h"
#include "navigator.h"
#include "pdfpageview.h"
#include "pdfpane.h"
#include "render/assets.h"
#include "render/layout.h"
#include "slideview.h"
#include "thumbstrip.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextBrowser>

namespace okuw::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), d(std::make_unique<Private>())
{
    d->q = this;
    render::ensureFonts();
    setObjectName(QStringLiteral("mainWindow"));

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
    d->slideView = new SlideView(d->stack);
    d->pdfPane = new PdfPane(d->stack);
    d->stack->addWidget(d->welcome);
    d->stack->addWidget(d->slideView);
    d->stack->addWidget(d->pdfPane);
    d->splitter->addWidget(d->navigator);
    d->splitter->addWidget(d->stack);
    d->splitter->setStretchFactor(1, 1);
    d->splitter->setSizes({340, 900});
    setCentralWidget(d->splitter);

    d->notes = new QTextBrowser(this);
    d->notes->setObjectName(QStringLiteral("notesText"));
    d->notesDock = new QDockWidget(this);
    d->notesDock->setObjectName(QStringLiteral("notesPanel"));
    d->notesDock->setWidget(d->notes);
    addDockWidget(Qt::RightDockWidgetArea, d->notesDock);

    d->thumbs = new ThumbnailStrip(this);
    d->thumbDock = new QDockWidget(this);
    d->thumbDock->setObjectName(QStringLiteral("thumbnailsPanel"));
    d->thumbDock->setWidget(d->thumbs);
    addDockWidget(Qt::BottomDockWidgetArea, d->thumbDock);

    d->statusModule = new QLabel(this);
    d->statusModule->setObjectName(QStringLiteral("statusModule"));
    d->statusPosition = new QLabel(this);
    d->statusPosition->setObjectName(QStringLiteral("statusPosition"));
    statusBar()->addWidget(d->statusModule, 1);
    statusBar()->addPermanentWidget(d->statusPosition);

    d->createActions();

    connect(d->navigator, &Navigator::moduleActivated, this, [this](qint64 id) { openModule(id); });
    connect(d->navigator, &Navigator::slideActivated, this,
            [this](qint64, qint64 slideId) { openSlide(slideId); });
    connect(d->navigator, &Navigator::documentActivated, this,
            [this](qint64, qint64 docId) { openDocumentPage(docId, -1); });
    connect(d->slideView, &SlideView::currentChanged, this,
            [this](int index) { d->slideChanged(index); });
    connect(d->thumbs, &ThumbnailStrip::slideChosen, this,
            [this](int index) { d->showSlideIndex(index); });
    connect(d->pdfPane, &PdfPane::pageChanged, this, [this](int page) { d->pageChanged(page); });

    d->retranslate();
    d->restoreGeometry();
    d->updateStatus();
    d->updateActions();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openBundle(const QString &path, bool showErrors)
{
    QString error;
    auto bundle = core::Bundle::open(path, &error);
    if (bundle) {
        // A bundle whose tables cannot be read is as bad as one that does not open.
        bundle->modules(&error);
        if (!error.isEmpty())
            bundle.reset();
    }
    if (!bundle) {
        d->lastError = error.isEmpty() ? tr("Cannot open %1.").arg(path) : error;
        if (showErrors)
            QMessageBox::warning(this, tr("Cannot open the bundle"), d->lastError);
        return false;
    }
    d->pdfPane->closeDocument();
    d->bundle = std::move(bundle);
    d->lastError.clear();
    d->moduleId = 0;
    d->documentId = 0;
    d->deck.clear();
    d->slideView->clearDeck();
    d->thumbs->setDeck({}, {});
    d->notes->clear();

    const core::BundleInfo &info = d->bundle->info();
    QSettings settings;
    QString lang = settings.value(QStringLiteral("bundles/%1/language").arg(info.id)).toString();
    // First time with this bundle: read it in the interface's language when
    // the bundle has that language (a Russian-speaking participant gets the
    // Russian decks), else in the bundle's own default.
    if (!info.languages.contains(lang))
        lang = core::installedLanguage();
    if (!info.languages.contains(lang))
        lang = info.languages.contains(info.defaultLanguage) || info.languages.isEmpty()
                   ? info.defaultLanguage
                   : info.languages.first();
    d->lang = lang;
    settings.setValue(QStringLiteral("session/lastBundle"), info.path);
    d->addRecent(info.path);
    d->fillLanguageMenu();
    d->rebuildNavigator();
    d->stack->setCurrentWidget(d->welcome);
    d->retranslate();
    emit bundleOpened();
    d->restoreLastItem();
    d->updateStatus();
    d->updateActions();
    return true;
}

std::shared_ptr<core::Bundle> MainWindow::bundle() const
{
    return d->bundle;
}
QString MainWindow::lastError() const
{
    return d->lastError;
}
QString MainWindow::contentLanguage() const
{
    return d->lang;
}

QStringList MainWindow::contentFallbacks() const
{
    // Turkmen readers read Russian before English; Russian and English
    // readers fall back to each other; then the bundle's own order.
    QStringList order;
    if (d->lang == QLatin1String("tk"))
        order = {QStringLiteral("ru"), QStringLiteral("en")};
    else if (d->lang == QLatin1String("ru"))
        order = {QStringLiteral("en")};
    else
        order = {QStringLiteral("en"), QStringLiteral("ru")};
    if (d->bundle) {
        order.append(d->bundle->info().defaultLanguage);
        order.append(d->bundle->info().languages);
    }
    QStringList out;
    for (const QString &l : std::as_const(order))
        if (!l.isEmpty() && l != d->lang && !out.contains(l))
            out.append(l);
    return out;
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
    const bool ok = d->pdfPane->openDocument(d->bundle, documentId, page, &error);
    d->navigator->selectDocument(doc->moduleId, documentId);
    if (!ok)
        d->lastError = error;
    else if (!highlight.isEmpty())
        d->pdfPane->search(highlight);
    if (ok)
        d->pdfPane->pageView()->setFocus();
    d->updateStatus();
    d->updateActions();
    if (ok)
        emit documentPageShown(documentId, d->pdfPane->currentPage());
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

void MainWindow::setModuleBadge(qint64 moduleId, const QString &badge)
{
    d->badges.insert(moduleId, badge);
    d->navigator->setBadge(moduleId, badge);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    emit aboutToClose();
    d->saveSettings();
    d->pdfPane->saveState();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        d->retranslate();
    QMainWindow::changeEvent(event);
}

// ---- Private: showing things ------------------------------------------------

render::AssetLoader MainWindow::Private::loaderFor(qint64 module) const
{
    std::weak_ptr<core::Bundle> weak = bundle;
    return [weak, module](const QString &path) {
        const auto b = weak.lock();
        if (!b)
            return QByteArray();
        const auto asset = b->findAsset(module, path);
        return asset ? b->assetData(asset->id) : QByteArray();
    };
}

bool MainWindow::Private::showModule(qint64 id, int index, const QString &slideKey)
{
    if (!bundle)
        return false;
    QString error;
    const std::optional<core::ModuleInfo> module = bundle->module(id, &error);
    if (!module) {
        lastError = error.isEmpty() ? MainWindow::tr("There is no module %1 in the bundle.").arg(id)
                                    : error;
        return false;
    }
    const QString deckLang = Navigator::deckLanguage(*module, lang, q->contentFallbacks());
    const QList<core::Slide> slides = bundle->slides(id, deckLang, &error);
    if (!error.isEmpty()) {
        lastError = error;
        return false;
    }
    moduleId = id;
    documentId = 0;
    if (slides.isEmpty()) {
        // A module of documents only: show its first document.
        const QList<core::Document> docs = bundle->documents(id, lang);
        const QList<core::Document> any = docs.isEmpty() ? bundle->documents(id) : docs;
        if (!any.isEmpty())
            return q->openDocumentPage(any.first().id, -1);
        deck.clear();
        slideView->clearDeck();
        thumbs->setDeck({}, {});
        welcome->setText(MainWindow::tr("The module “%1” has no slides or documents.")
                             .arg(core::pickText(module->title, lang, q->contentFallbacks())));
        stack->setCurrentWidget(welcome);
        updateStatus();
        updateActions();
        return true;
    }
    if (!slideKey.isEmpty())
        for (const core::Slide &s : slides)
            if (s.key == slideKey) {
                index = s.position - 1;
                break;
            }
    index = std::clamp(index, 0, int(slides.size()) - 1);
    const bool sameDeck =
        deck.size() == slides.size() && !deck.isEmpty() && deck.first().id == slides.first().id;
    deck = slides;
    stack->setCurrentWidget(slideView);
    if (!sameDeck) {
        const render::AssetLoader loader = loaderFor(id);
        const QSignalBlocker block(slideView);
        slideView->setDeck(slides, loader);
        slideView->setCurrentIndex(index);
        thumbs->setDeck(slides, loader);
    } else {
        const QSignalBlocker block(slideView);
        slideView->setCurrentIndex(index);
    }
    slideChanged(slideView->currentIndex());
    slideView->setFocus();
    return true;
}

void MainWindow::Private::showSlideIndex(int index)
{
    if (stack->currentWidget() != slideView) {
        stack->setCurrentWidget(slideView);
        documentId = 0;
        if (!deck.isEmpty())
            moduleId = deck.first().moduleId;
        const QSignalBlocker block(slideView);
        slideView->setCurrentIndex(index);
        slideChanged(slideView->currentIndex());
        return;
    }
    slideView->setCurrentIndex(index);
}

void MainWindow::Private::slideChanged(int index)
{
    const core::Slide *slide = slideView->currentSlide();
    if (!slide || index < 0)
        return;
    notes->setPlainText(slide->notes.isEmpty()
                            ? MainWindow::tr("(No speaker notes for this slide.)")
                            : slide->notes);
    notes->setExtraSelections({});
    thumbs->setCurrent(index);
    navigator->selectSlide(slide->moduleId, slide->id);
    updateStatus();
    updateActions();
    emit q->slideShown(*slide);
}

void MainWindow::Private::markNotes(const QStringList &words)
{
    QList<QTextEdit::ExtraSelection> marks;
    const QTextCharFormat marked = render::highlightFormat();
    for (const QTextCursor &at : render::findWords(*notes->document(), words))
        marks.append({at, marked});
    notes->setExtraSelections(marks);
    if (!marks.isEmpty())
        notes->setTextCursor(QTextCursor(marks.first().cursor.block())); // scrolls to it
}

void MainWindow::Private::pageChanged(int page)
{
    updateStatus();
    if (stack->currentWidget() == pdfPane && documentId != 0)
        emit q->documentPageShown(documentId, page);
}

void MainWindow::Private::updateStatus()
{
    QString moduleText;
    if (bundle && moduleId != 0)
        if (const auto m = bundle->module(moduleId))
            moduleText = core::pickText(m->title, lang, q->contentFallbacks());
    statusModule->setText(moduleText);
    if (stack->currentWidget() == slideView && slideView->currentSlide())
        statusPosition->setText(MainWindow::tr("Slide %1 / %2")
                                    .arg(slideView->currentIndex() + 1)
                                    .arg(slideView->count()));
    else if (stack->currentWidget() == pdfPane && pdfPane->isLoaded())
        statusPosition->setText(MainWindow::tr("Page %1 / %2")
                                    .arg(pdfPane->currentPage() + 1)
                                    .arg(pdfPane->pageCount()));
    else
        statusPosition->clear();
}

void MainWindow::Private::rebuildNavigator()
{
    QString error;
    if (!navigator->populate(bundle, lang, q->contentFallbacks(), &error))
        lastError = error;
    for (auto it = badges.cbegin(); it != badges.cend(); ++it)
        navigator->setBadge(it.key(), it.value());
    // Collapsed, so that all modules fit; showing an item expands its module.
    navigator->collapseAll();
}

QString MainWindow::Private::currentItemString() const
{
    if (!bundle || moduleId == 0)
        return {};
    const auto module = bundle->module(moduleId);
    if (!module)
        return {};
    if (stack->currentWidget() == pdfPane && documentId != 0)
        return QStringLiteral("doc:%1:%2:%3")
            .arg(module->slug)
            .arg(documentId)
            .arg(pdfPane->currentPage());
    if (const core::Slide *s = slideView->currentSlide())
        return QStringLiteral("slide:%1:%2:%3").arg(module->slug, s->key).arg(s->position);
    return QStringLiteral("module:%1").arg(module->slug);
}

void MainWindow::Private::restoreLastItem()
{
    // Slugs and slide keys are stable across versions of a bundle; ids are not.
    const QString last =
        QSettings().value(QStringLiteral("bundles/%1/last").arg(bundle->info().id)).toString();
    const QStringList parts = last.split(QLatin1Char(':'));
    const auto module = parts.size() >= 2 ? bundle->moduleBySlug(parts[1]) : std::nullopt;
    if (module && parts[0] == QLatin1String("doc") && parts.size() >= 4) {
        const auto doc = bundle->document(parts[2].toLongLong());
        if (doc && doc->moduleId == module->id && q->openDocumentPage(doc->id, parts[3].toInt()))
            return;
    }
    if (module && parts[0] == QLatin1String("slide") && parts.size() >= 4) {
        if (showModule(module->id, parts[3].toInt() - 1, parts[2]))
            return;
    }
    if (module && showModule(module->id, 0))
        return;
    const QList<core::ModuleInfo> modules = bundle->modules();
    if (!modules.isEmpty())
        showModule(modules.first().id, 0);
}

void MainWindow::Private::setLanguage(const QString &l, bool remember)
{
    if (!bundle || l == lang)
        return;
    const QString key = slideView->currentSlide() ? slideView->currentSlide()->key : QString();
    const int index = slideView->currentIndex();
    const bool onSlides = stack->currentWidget() == slideView;
    lang = l;
    if (remember)
        QSettings().setValue(QStringLiteral("bundles/%1/language").arg(bundle->info().id), l);
    rebuildNavigator();
    deck.clear();
    if (onSlides && moduleId != 0)
        showModule(moduleId, index, key);
    else if (documentId != 0)
        navigator->selectDocument(moduleId, documentId);
    // Only the check marks change: this runs inside a language action's slot.
    for (QAction *a : languageGroup->actions())
        a->setChecked(a->objectName() == QLatin1String("lang_") + l);
    q->setWindowTitle(MainWindow::tr("%1 — Okuw")
                          .arg(core::pickText(bundle->info().title, lang, q->contentFallbacks())));
    updateStatus();
    emit q->contentLanguageChanged(l);
}

} // namespace okuw::ui
