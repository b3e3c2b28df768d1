// The participant's workspace, attached to the main window from outside
// through its public API: personal notes, bookmarks, progress, knowledge
// checks, glossary, agenda, export and "remove my data". Its data lives in
// the window's Profile (the user store); this class wires the rooms:
//   workspace.cpp          docks, the current item, bookmarks, the notes list
//   workspace_actions.cpp  menu actions and the store-problem bar
//   workspace_dialogs.cpp  knowledge check, glossary, agenda
//   workspace_data.cpp     export my notes, remove my data
//   progress.cpp           seen marks and module badges
#pragma once

#include "agendadialog.h"
#include "core/userstore.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QPushButton;
class QFrame;

namespace okuw::core {
class Bundle;
}

namespace okuw::ui {

class AllNotesDock;
class BookmarksDock;
class ExportedBar;
class MainWindow;
class NotesDock;
class Progress;

struct WorkspaceOptions
{
    AgendaDialog::Clock clock; // empty: the system clock
    int seenAfterMs = 3000;    // a slide shown this long counts as seen
};

class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(MainWindow *window, const WorkspaceOptions &options = {});
    ~Workspace() override;

    core::UserStore *store() const;
    NotesDock *notesDock() const;
    BookmarksDock *bookmarksDock() const { return m_bookmarks; }
    AllNotesDock *allNotesDock() const { return m_allNotes; }
    QAction *bookmarkAction() const { return m_bookmarkAction; }
    Progress *progress() const { return m_progress; }
    QString moduleBadge(qint64 moduleId) const;

    void toggleBookmark();
    // At the window's close: saves the notes, and writes any the store
    // refused to a rescue file, saying where.
    void rescueUnsavedNotes();
    bool navigateTo(const core::ItemRef &ref);
    void showQuiz();
    void showGlossary();
    // A search hit: the module's knowledge check at that question (by the
    // question's id in any language: the same question in the quiz's
    // language is found by its key), the glossary at that term.
    bool showQuestion(qint64 moduleId, qint64 questionId);
    bool showTerm(qint64 termId);
    void showAgenda();
    void exportNotes(); // asks which notes and where, then exportNotesTo
    // Writes the notes (.md: Markdown, else PDF) and says where in the
    // window, with Open and Show in folder; false after saying what failed.
    bool exportNotesTo(const QString &path, bool onlyThisModule);
    ExportedBar *exportedBar() const { return m_exported; }
    void removeMyData(); // asks first
    // Deletes the user's data for the open bundle, or for every bundle (then
    // the preferences too: the recent list names what they read).
    bool removeData(bool everyBundle);
    void refreshPanel();

private:
    void setupActions();
    bool runQuiz(qint64 moduleId, qint64 questionId);
    void setupProblemBar();
    void onBundleOpened();
    void onBundleClosed();
    void onItemShown();
    void onStoreProblem();
    QString describe(const core::ItemRef &ref) const;
    QString bundleId() const;

    MainWindow *m_window;
    // The profile's store: it outlives the window, so it is still there
    // while the window's children (this one among them) are torn down.
    core::UserStore *m_store;
    WorkspaceOptions m_options;
    std::shared_ptr<core::Bundle> m_bundle;
    QString m_key; // where the store files m_bundle's data (MainWindow::userDataKey())
    // The window may delete its docks before this object (Qt deletes a
    // window's children in an order of its own): guarded.
    QPointer<NotesDock> m_notes;
    BookmarksDock *m_bookmarks;
    AllNotesDock *m_allNotes;
    Progress *m_progress;
    QAction *m_bookmarkAction = nullptr;
    QFrame *m_problemBar = nullptr;
    ExportedBar *m_exported = nullptr;
    QLabel *m_problemLabel = nullptr;
    QPushButton *m_freshButton = nullptr;
    core::ItemRef m_current;
    QString m_currentLabel;
};

// Creates the workspace for `window`.
Workspace *installWorkspace(MainWindow *window);

} // namespace okuw::ui
