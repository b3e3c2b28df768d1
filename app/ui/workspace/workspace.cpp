#include "workspace.h"

#include "bookmarksdock.h"
#include "core/bundle.h"
#include "notesdock.h"
#include "progress.h"
#include "ui/mainwindow.h"
#include "ui/profile.h"

#include <QAction>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>

namespace okuw::ui {

Workspace *installWorkspace(MainWindow *window)
{
    return new Workspace(window);
}

Workspace::Workspace(MainWindow *window, const WorkspaceOptions &options)
    : QObject(window), m_window(window), m_store(&window->profile().store()), m_options(options)
{
    m_notes = new NotesDock(store(), window);
    m_bookmarks = new BookmarksDock(window);
    m_allNotes = new AllNotesDock(window);
    m_progress = new Progress(window, options.seenAfterMs);
    window->addFeatureDock(m_notes, Qt::RightDockWidgetArea);
    window->addFeatureDock(m_bookmarks, Qt::RightDockWidgetArea);
    // "All my notes" is a tab beside "My notes", which stays in front.
    window->addFeatureDock(m_allNotes, Qt::RightDockWidgetArea);
    window->tabifyDockWidget(m_notes, m_allNotes);
    m_notes->raise();
    setupProblemBar();
    setupActions();

    connect(window, &MainWindow::bundleOpened, this, &Workspace::onBundleOpened);
    connect(window, &MainWindow::bundleClosed, this, &Workspace::onBundleClosed);
    // Search hits on a term or a question open them here.
    const QPointer<Workspace> self(this);
    window->setTermOpener([self](qint64 termId) { return self && self->showTerm(termId); });
    window->setQuestionOpener([self](qint64 moduleId, qint64 questionId) {
        return self && self->showQuestion(moduleId, questionId);
    });
    connect(window, &MainWindow::slideShown, this, &Workspace::onItemShown);
    connect(window, &MainWindow::documentPageShown, this, &Workspace::onItemShown);
    connect(window, &MainWindow::aboutToClose, this, &Workspace::rescueUnsavedNotes);
    connect(m_notes, &NotesDock::saved, this, &Workspace::refreshPanel);
    connect(m_bookmarks, &BookmarksDock::activated, this, &Workspace::navigateTo);
    connect(m_allNotes, &AllNotesDock::activated, this, &Workspace::navigateTo);
    connect(m_bookmarks, &BookmarksDock::removeBookmark, this, [this](const core::ItemRef &ref) {
        store()->setBookmarked(bundleId(), ref, false);
        m_bookmarkAction->setChecked(store()->isBookmarked(bundleId(), m_current).value);
        refreshPanel();
    });
    connect(store(), &core::UserStore::problemChanged, this, &Workspace::onStoreProblem);
    onStoreProblem();
    if (window->bundle())
        onBundleOpened();
}

Workspace::~Workspace()
{
    // The window is being torn down: widgets this object updates on a store
    // problem (the banner) may be gone already, but the last save goes on.
    disconnect(store(), nullptr, this, nullptr);
    if (m_notes)
        m_notes->saveNow();
}

void Workspace::rescueUnsavedNotes()
{
    if (m_notes->saveNow())
        return;
    // The store would not take them (a full disk): the text goes to a file
    // of its own rather than away with the window.
    bool failed = false;
    const QString file = m_notes->rescueUnsaved(m_window->profile().paths().dataDir, &failed);
    if (!file.isEmpty()) {
        QMessageBox::warning(m_window, tr("Notes not saved"),
                             tr("Some of your notes could not be saved in your notes file "
                                "(%1). Their text was written to %2.")
                                 .arg(store()->problemText(), QDir::toNativeSeparators(file)));
    } else if (failed) {
        QMessageBox::critical(m_window, tr("Notes not saved"),
                              tr("Some of your notes could not be saved, neither in your "
                                 "notes file nor in a file of their own (%1).")
                                  .arg(store()->problemText()));
    }
}

NotesDock *Workspace::notesDock() const
{
    return m_notes;
}

core::UserStore *Workspace::store() const
{
    return m_store;
}

QString Workspace::bundleId() const
{
    return m_key;
}

QString Workspace::moduleBadge(qint64 moduleId) const
{
    return m_progress->badge(moduleId);
}

void Workspace::onBundleOpened()
{
    if (m_bundle && m_bundle == m_window->bundle())
        return; // already caught up by an item shown before bundleOpened()
    m_notes->saveNow();
    m_bundle = m_window->bundle();
    // Kept for as long as this bundle is shown: a note typed just before the
    // window closes the bundle is still filed under its key.
    m_key = m_bundle ? m_window->userDataKey() : QString();
    m_current = {};
    m_notes->setBundle(bundleId());
    refreshPanel();
}

void Workspace::onBundleClosed()
{
    // The background check closed the bundle (changed after it was signed):
    // what was typed is saved under its key, then nothing is shown.
    m_notes->setBundle({});
    m_bundle.reset();
    m_key.clear();
    m_current = {};
    refreshPanel();
}

QString Workspace::describe(const core::ItemRef &ref) const
{
    if (!m_bundle)
        return ref.item;
    const core::ContentLanguage &content = m_window->content();
    const auto m = m_bundle->moduleBySlug(ref.module);
    if (!m)
        return ref.module + QStringLiteral(" — ") + ref.item;
    const QString moduleTitle =
        QStringLiteral("%1. %2").arg(m->position).arg(content.text(m->title));
    QString what = ref.item;
    if (ref.kind == core::ItemRef::Kind::Slide) {
        bool found = false;
        for (const QString &l : content.order()) {
            for (const core::Slide &s : m_bundle->slides(m->id, l)) {
                if (s.key == ref.item) {
                    what = tr("slide %1: %2").arg(s.position).arg(s.title);
                    found = true;
                    break;
                }
            }
            if (found)
                break;
        }
    } else {
        for (const core::Document &d : m_bundle->documents(m->id)) {
            if (core::documentKey(d) == ref.item)
                what = tr("%1, page %2").arg(d.title).arg(ref.page + 1);
        }
    }
    return moduleTitle + QStringLiteral(" — ") + what;
}

void Workspace::onItemShown()
{
    if (m_bundle != m_window->bundle())
        onBundleOpened();
    const core::ItemRef ref = m_window->currentItem();
    if (!m_bundle || !ref.isValid())
        return;
    if (const core::Slide *slide = m_window->currentSlide()) {
        m_currentLabel = tr("Slide %1: %2").arg(slide->position).arg(slide->title);
    } else if (const auto doc = m_bundle->document(m_window->currentDocumentId())) {
        m_currentLabel = tr("%1, page %2").arg(doc->title).arg(ref.page + 1);
    }
    m_current = ref;
    m_notes->setTarget(ref, m_currentLabel);
    m_bookmarkAction->setChecked(store()->isBookmarked(bundleId(), ref).value);
}

void Workspace::refreshPanel()
{
    QList<PanelEntry> marks;
    QList<PanelEntry> notes;
    if (m_bundle) {
        const auto bookmarks = store()->bookmarks(bundleId());
        QList<core::ItemRef> refs;
        for (const core::BookmarkRecord &b : bookmarks.value) {
            marks.append({b.ref, describe(b.ref), store()->note(bundleId(), b.ref).value, false});
            refs << b.ref;
        }
        m_window->setBookmarkedItems(refs);
        const core::LiveItems live(*m_bundle);
        const auto stored = store()->notes(bundleId());
        for (const core::NoteRecord &n : stored.value) {
            const bool orphan = !live.contains(n.ref);
            notes.append(
                {n.ref, orphan && !n.label.isEmpty() ? n.label : describe(n.ref), n.text, orphan});
        }
    }
    m_bookmarks->setEntries(marks);
    m_allNotes->setEntries(notes);
}

void Workspace::toggleBookmark()
{
    const auto marked = store()->isBookmarked(bundleId(), m_current);
    if (!m_current.isValid() || !marked.ok()) {
        m_bookmarkAction->setChecked(false);
        return;
    }
    if (!store()->setBookmarked(bundleId(), m_current, !marked.value, m_currentLabel))
        QMessageBox::warning(m_window, tr("Bookmark not saved"), store()->problemText());
    const bool now = store()->isBookmarked(bundleId(), m_current).value;
    m_bookmarkAction->setChecked(now);
    // Said where the eye is, and marked on the slide's row and thumbnail.
    m_window->statusBar()->showMessage(now ? tr("Bookmarked: %1").arg(m_currentLabel)
                                           : tr("Bookmark removed: %1").arg(m_currentLabel),
                                       5000);
    refreshPanel();
}

bool Workspace::navigateTo(const core::ItemRef &ref)
{
    return m_window->openItem(ref);
}

} // namespace okuw::ui
