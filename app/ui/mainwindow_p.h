// MainWindow's insides, shared by mainwindow.cpp (bundle, navigation) and
// mainwindow_actions.cpp (menus, settings, events). Not installed.
#pragma once

#include "mainwindow.h"
#include "render/assets.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTextBrowser;

namespace okuw::ui {

class Navigator;
class PdfPane;
class SlideView;
class ThumbnailStrip;

struct MainWindow::Private
{
    MainWindow *q = nullptr;
    std::shared_ptr<core::Bundle> bundle;
    QString lastError;
    QString lang;

    Navigator *navigator = nullptr;
    QSplitter *splitter = nullptr;
    QStackedWidget *stack = nullptr;
    QLabel *welcome = nullptr;
    SlideView *slideView = nullptr;
    PdfPane *pdfPane = nullptr;
    QDockWidget *notesDock = nullptr;
    QTextBrowser *notes = nullptr;
    QDockWidget *thumbDock = nullptr;
    ThumbnailStrip *thumbs = nullptr;
    QToolBar *toolBar = nullptr;
    QLabel *statusModule = nullptr;
    QLabel *statusPosition = nullptr;
    QMap<MainWindow::Menu, QMenu *> menus;
    QMenu *recentMenu = nullptr;
    QMenu *languageMenu = nullptr;
    QActionGroup *languageGroup = nullptr;
    QHash<QString, QAction *> actions; // by objectName-like key
    QHash<qint64, QString> badges;
    QObject *eventFilter = nullptr;
    bool stateRestored = false;

    qint64 moduleId = 0;
    qint64 documentId = 0;
    QList<core::Slide> deck;

    // mainwindow.cpp
    render::AssetLoader loaderFor(qint64 moduleId) const;
    bool showModule(qint64 moduleId, int index, const QString &slideKey = {});
    void showSlideIndex(int index);
    void slideChanged(int index);
    void markNotes(const QStringList &words); // search words in the speaker notes
    void pageChanged(int page);
    void updateStatus();
    void rebuildNavigator();
    void restoreLastItem();
    QString currentItemString() const;
    void setLanguage(const QString &lang, bool remember);

    // mainwindow_actions.cpp
    void createActions();
    void retranslate();
    void updateActions();
    void addRecent(const QString &path);
    void fillRecentMenu();
    void fillLanguageMenu();
    void saveSettings();
    void restoreGeometry();
    void restoreState();
    void openFileDialog();
    QAction *action(const QString &key) const { return actions.value(key); }
};

} // namespace okuw::ui
