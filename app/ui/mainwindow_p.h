// MainWindow's insides, shared by mainwindow.cpp (bundle, public API),
// mainwindow_show.cpp (showing slides and pages, where the user was) and
// mainwindow_actions.cpp (menus, window layout). Not installed.
#pragma once

#include "core/verify.h"
#include "mainwindow.h"
#include "render/assets.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <atomic>

class QAction;
class QActionGroup;
class QLabel;
class QSplitter;
class QVBoxLayout;
class QStackedWidget;
class QTextBrowser;
template <typename T> class QFutureWatcher;

namespace okuw::ui {

class Navigator;
class PdfPane;
class Profile;
class SlideView;
class ThumbnailStrip;

struct MainWindow::Private
{
    explicit Private(Profile &p) : profile(p) {}

    MainWindow *q = nullptr;
    Profile &profile;
    render::SlideRenderer *renderer = nullptr; // a child of the window, made first
    std::shared_ptr<core::Bundle> bundle;
    QString lastError;
    core::ContentLanguage content;

    Navigator *navigator = nullptr;
    QSplitter *splitter = nullptr;
    QVBoxLayout *banners = nullptr; // above the splitter, in the central widget
    QStackedWidget *stack = nullptr;
    QLabel *welcome = nullptr;
    QLabel *fallbackNotice = nullptr; // "no Turkmen version: shown in Russian"
    QWidget *problemBar = nullptr;    // "could not open X", with a close button
    QLabel *problemText = nullptr;
    SlideView *slideView = nullptr;
    PdfPane *pdfPane = nullptr;
    QDockWidget *notesDock = nullptr;
    QTextBrowser *notes = nullptr;
    QDockWidget *thumbDock = nullptr;
    ThumbnailStrip *thumbs = nullptr;
    QToolBar *toolBar = nullptr;
    std::function<bool(qint64)> termOpener;
    std::function<bool(qint64, qint64)> questionOpener;
    QLabel *statusModule = nullptr;
    QLabel *statusPosition = nullptr;
    QLabel *statusSignature = nullptr;
    QMap<MainWindow::Menu, QMenu *> menus;
    QMenu *recentMenu = nullptr;
    QMenu *languageMenu = nullptr;
    QActionGroup *languageGroup = nullptr;
    QHash<QString, QAction *> actions;                 // by objectName-like key
    QHash<qint64, std::pair<QString, QString>> badges; // module -> badge, details
    QSet<QString> bookmarked;                          // ItemRef::toString() of bookmarked slides
    void showBookmarkMarks();
    QObject *eventFilter = nullptr;

    qint64 moduleId = 0;
    qint64 documentId = 0;
    QList<core::Slide> deck;
    // The open bundle's signature, and the background check of its content.
    core::SignatureCheck signature;
    SignatureStatus signatureState;
    // Where the store files this bundle's notes and progress (userdatakey.h).
    QString dataKey;
    bool showErrors = true;
    std::shared_ptr<std::atomic_bool> cancelCheck;
    QFutureWatcher<core::ContentCheck> *contentWatcher = nullptr;

    // Where the user is, written to the store a moment after they stop
    // moving (and at close), not on every key press.
    QTimer resumeTimer;

    // mainwindow_show.cpp
    bool showModule(qint64 moduleId, int index, const QString &slideKey = {});
    void showSlideIndex(int index);
    void slideChanged(int index);
    void markNotes(const QStringList &words); // search words in the speaker notes
    void pageChanged(int page);
    void updateStatus();
    // Shows or hides the fallback notice for what is shown (`lang`: the
    // language of the deck or document shown; empty: nothing shown).
    void updateFallbackNotice(const QString &lang, bool document);
    QString noticeLang;          // what updateFallbackNotice was last told,
    bool noticeDocument = false; // for retranslate()
    void rebuildNavigator();
    bool restoreResumePoint();
    void writeResumePoint();
    void rememberDocumentView(qint64 documentId, const core::DocumentView &view);
    std::optional<core::DocumentView> rememberedView(const core::Document &doc) const;
    QString moduleSlug(qint64 moduleId) const;
    void setLanguage(const QString &lang);

    // mainwindow_trust.cpp
    void startContentCheck();
    void stopContentCheck();
    void contentCheckFinished(const core::ContentCheck &result);
    void refuse(const QString &message);
    void closeBundle();
    void updateSignature(); // trust list or language changed
    void showTrustedKeys();

    // mainwindow_actions.cpp
    void createActions();
    void retranslate();
    void updateActions();
    void fillRecentMenu();
    void fillLanguageMenu();
    void saveLayout();
    void restoreGeometry();
    void restoreLayout();
    void openFileDialog();
    QAction *action(const QString &key) const { return actions.value(key); }
};

} // namespace okuw::ui
