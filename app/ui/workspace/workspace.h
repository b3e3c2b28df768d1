// The participant's workspace, attached to the main window from outside
// through its public API: personal notes, bookmarks, progress and resume,
// knowledge checks, glossary, agenda, export and "remove my data".
#pragma once

#include "agendadialog.h"
#include "core/userstore.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QToolBar;

namespace okuw::core {
class Bundle;
}

namespace okuw::ui {

class MainWindow;
class NotesDock;
class BookmarksDock;

struct WorkspaceOptions
{
    QString storePath;         // empty: UserStore::defaultPath()
    AgendaDialog::Clock clock; // empty: the system clock
    int seenAfterMs = 3000;    // a slide shown this long counts as seen
};

class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(MainWindow *window, const WorkspaceOptions &options = {});
    ~Workspace() override;

    core::UserStore *store() const { return m_store; }
    NotesDock *notesDock() const { return m_notes; }
    BookmarksDock *bookmarksDock() const { return m_bookmarks; }
    QAction *bookmarkAction() const { return m_bookmarkAction; }
    QString moduleBadge(qint64 moduleId) const;
    std::optional<core::ResumePoint> resumePoint() const { return m_resume; }
    QToolBar *continueBar() const { return m_continueBar; }

    void toggleBookmark();
    bool continueWhereLeftOff();
    bool navigateTo(const core::ItemRef &ref);
    void showQuiz();
    void showGlossary();
    void showAgenda();
    void exportNotes();
    void removeMyData();
    void refreshPanel();

private:
    void setupActions();
    void onBundleOpened();
    void onSlideShown(const core::Slide &slide);
    void onPageShown(qint64 documentId, int page);
    void onStoreProblem();
    void updateBadge(qint64 moduleId);
    void updateAllBadges();
    void setCurrent(const core::ItemRef &ref, const QString &label);
    QString describe(const core::ItemRef &ref) const;
    QString moduleSlug(qint64 moduleId) const;
    qint64 moduleId(const QString &slug) const;
    QString bundleId() const;

    MainWindow *m_window;
    WorkspaceOptions m_options;
    core::UserStore *m_store;
    std::shared_ptr<core::Bundle> m_bundle;
    NotesDock *m_notes;
    BookmarksDock *m_bookmarks;
    QAction *m_bookmarkAction = nullptr;
    QAction *m_continueAction = nullptr;
    QToolBar *m_continueBar = nullptr;
    QLabel *m_continueLabel = nullptr;
    QToolBar *m_problemBar = nullptr;
    QLabel *m_problemLabel = nullptr;
    QPushButton *m_freshButton = nullptr;
    core::ItemRef m_current;
    QString m_currentLabel;
    core::ItemRef m_pendingSeen;
    QTimer m_seenTimer;
    std::optional<core::ResumePoint> m_resume; // where the last session ended
    int m_skipResumeWrites = 0;
};

// Creates the workspace for `window` (the store path may be overridden with
// the OKUW_USER_STORE environment variable, for tests and portable use).
Workspace *installWorkspace(MainWindow *window);

} // namespace okuw::ui
