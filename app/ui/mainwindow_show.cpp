// MainWindow: showing modules, slides and PDF pages; the navigator and the
// status bar; where the user was (the resume point and each PDF's page and
// zoom, kept in the user store).
#include "core/bundle.h"
#include "core/i18n.h"
#include "core/log.h"
#include "mainwindow.h"
#include "mainwindow_p.h"
#include "navigator.h"
#include "pdfpane.h"
#include "profile.h"
#include "render/paint.h"
#include "slideview.h"
#include "thumbstrip.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextBrowser>

namespace okuw::ui {

QString MainWindow::Private::moduleSlug(qint64 id) const
{
    const auto m = bundle ? bundle->module(id) : std::nullopt;
    return m ? m->slug : QString();
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
    const QList<core::Slide> slides = bundle->slides(id, content.deckLanguage(*module), &error);
    if (!error.isEmpty()) {
        lastError = error;
        return false;
    }
    moduleId = id;
    documentId = 0;
    if (slides.isEmpty()) {
        // A module of documents only: show its first document.
        const QList<core::Document> docs = bundle->documents(id, content.documentLanguage(*module));
        if (!docs.isEmpty())
            return q->openDocumentPage(docs.first().id, -1);
        deck.clear();
        slideView->clearDeck();
        thumbs->setDeck({}, {});
        welcome->setText(MainWindow::tr("The module “%1” has no slides or documents.")
                             .arg(content.text(module->title)));
        stack->setCurrentWidget(welcome);
        updateFallbackNotice({}, false);
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
        const render::AssetLoader loader = render::bundleAssetLoader(bundle, id);
        const QSignalBlocker block(slideView);
        slideView->setDeck(slides, loader);
        slideView->setCurrentIndex(index);
        thumbs->setDeck(slides, loader);
    } else {
        const QSignalBlocker block(slideView);
        slideView->setCurrentIndex(index);
    }
    if (!sameDeck)
        showBookmarkMarks();
    slideChanged(slideView->currentIndex());
    if (!navigator->hasFocus()) // browsing the tree with the arrow keys goes on
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
    // Shown as the slide show's console shows them: notes are Markdown.
    if (slide->notes.trimmed().isEmpty())
        notes->setPlainText(MainWindow::tr("(No speaker notes for this slide.)"));
    else
        notes->setMarkdown(render::notesMarkdown(slide->notes.trimmed()));
    notes->setExtraSelections({});
    updateFallbackNotice(slide->lang, false);
    thumbs->setCurrent(index);
    navigator->selectSlide(slide->moduleId, slide->id);
    updateStatus();
    updateActions();
    resumeTimer.start();
    emit q->slideShown(*slide);
}

void MainWindow::Private::updateFallbackNotice(const QString &lang, bool document)
{
    noticeLang = lang;
    noticeDocument = document;
    const QString chosen = content.chosen();
    const auto module = bundle && moduleId != 0 ? bundle->module(moduleId) : std::nullopt;
    // Only when the module has nothing in the chosen language: a search hit
    // in another language opened on purpose needs no excuse.
    const bool fallsBack =
        module && !lang.isEmpty() && lang != chosen &&
        (document ? module->documentCount : module->slideCount).value(chosen) == 0;
    if (!fallsBack) {
        fallbackNotice->hide();
        fallbackNotice->clear();
        return;
    }
    fallbackNotice->setText(
        (document ? MainWindow::tr("This module has no documents in %1: shown in %2.")
                  : MainWindow::tr("This module has no slides in %1: shown in %2."))
            .arg(core::nativeLanguageName(chosen), core::nativeLanguageName(lang)));
    fallbackNotice->show();
}

void MainWindow::Private::showBookmarkMarks()
{
    navigator->setBookmarked(bookmarked);
    QSet<int> rows;
    for (int i = 0; i < deck.size(); ++i)
        if (bookmarked.contains(
                core::ItemRef::forSlide(moduleSlug(deck[i].moduleId), deck[i].key).toString()))
            rows.insert(i);
    thumbs->setMarked(rows);
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
    if (stack->currentWidget() == pdfPane && documentId != 0) {
        resumeTimer.start();
        emit q->documentPageShown(documentId, page);
    }
}

void MainWindow::Private::updateStatus()
{
    QString moduleText;
    if (bundle && moduleId != 0)
        if (const auto m = bundle->module(moduleId))
            moduleText = content.text(m->title);
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
    statusSignature->setText(signatureState.text());
    statusSignature->setToolTip(signatureState.details());
}

void MainWindow::Private::rebuildNavigator()
{
    QString error;
    if (!navigator->populate(bundle, content, &error))
        lastError = error;
    for (auto it = badges.cbegin(); it != badges.cend(); ++it)
        navigator->setBadge(it.key(), it.value().first, it.value().second);
    navigator->setBookmarked(bookmarked);
    // Collapsed, so that all modules fit; showing an item expands its module.
    navigator->collapseAll();
}

bool MainWindow::Private::restoreResumePoint()
{
    const auto point = profile.store().resume(dataKey);
    // Slugs, slide keys and document keys are stable across versions of a
    // bundle; row ids are not, so nothing here is keyed by them.
    return point.ok() && point.value && q->openItem(point.value->ref);
}

void MainWindow::Private::writeResumePoint()
{
    resumeTimer.stop();
    const core::ItemRef item = q->currentItem();
    if (!bundle || !item.isValid())
        return;
    core::ResumePoint point;
    point.ref = item;
    point.lang = content.chosen();
    profile.store().setResume(dataKey, point);
}

void MainWindow::Private::rememberDocumentView(qint64 id, const core::DocumentView &view)
{
    const auto doc = bundle ? bundle->document(id) : std::nullopt;
    if (!doc)
        return;
    profile.store().setDocumentView(
        dataKey, core::ItemRef::forDocument(moduleSlug(doc->moduleId), core::documentKey(*doc)),
        view);
}

std::optional<core::DocumentView>
MainWindow::Private::rememberedView(const core::Document &doc) const
{
    const auto view = profile.store().documentView(
        dataKey, core::ItemRef::forDocument(moduleSlug(doc.moduleId), core::documentKey(doc)));
    return view.ok() ? view.value : std::nullopt;
}

void MainWindow::Private::setLanguage(const QString &l)
{
    if (!bundle || l == content.chosen() || l.isEmpty())
        return;
    const QString key = slideView->currentSlide() ? slideView->currentSlide()->key : QString();
    const int index = slideView->currentIndex();
    const bool onSlides = stack->currentWidget() == slideView;
    content = core::ContentLanguage(l, bundle->info());
    profile.store().setBundleValue(dataKey, QStringLiteral("language"), l);
    rebuildNavigator();
    deck.clear();
    if (onSlides && moduleId != 0)
        showModule(moduleId, index, key);
    else if (documentId != 0) {
        navigator->selectDocument(moduleId, documentId);
        updateFallbackNotice(noticeLang, noticeDocument);
    }
    // Only the check marks change: this may run inside a language action's slot.
    for (QAction *a : languageGroup->actions())
        a->setChecked(a->data().toString() == l);
    q->setWindowTitle(MainWindow::tr("%1 — Okuw").arg(content.text(bundle->info().title)));
    updateStatus();
    emit q->contentLanguageChanged(l);
}

void MainWindow::setTermOpener(std::function<bool(qint64)> opener)
{
    d->termOpener = std::move(opener);
}

void MainWindow::setQuestionOpener(std::function<bool(qint64, qint64)> opener)
{
    d->questionOpener = std::move(opener);
}

bool MainWindow::openGlossaryTerm(qint64 termId)
{
    return d->bundle && d->termOpener && d->termOpener(termId);
}

bool MainWindow::openQuestion(qint64 moduleId, qint64 questionId)
{
    return d->bundle && d->questionOpener && d->questionOpener(moduleId, questionId);
}

} // namespace okuw::ui
