// Workspace: its menu actions and the bar that says when the user store
// has a problem (read-only, damaged, full disk).
#include "bookmarksdock.h"
#include "core/userstore.h"
#include "notesdock.h"
#include "ui/languagemenu.h"
#include "ui/mainwindow.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>

namespace okuw::ui {

void Workspace::setupActions()
{
    m_bookmarkAction = new QAction(this);
    m_bookmarkAction->setObjectName(QStringLiteral("bookmark"));
    m_bookmarkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_bookmarkAction->setCheckable(true);
    connect(m_bookmarkAction, &QAction::triggered, this, &Workspace::toggleBookmark);
    m_window->menu(MainWindow::Menu::Edit)->addAction(m_bookmarkAction);
    m_window->addAction(m_bookmarkAction);

    QMenu *view = m_window->menu(MainWindow::Menu::View);
    view->addAction(m_notes->toggleViewAction());
    view->addAction(m_bookmarks->toggleViewAction());

    QMenu *tools = m_window->menu(MainWindow::Menu::Tools);
    QAction *quiz = tools->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q),
                                     this, &Workspace::showQuiz);
    quiz->setObjectName(QStringLiteral("quiz"));
    QAction *glossary = tools->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                                         this, &Workspace::showGlossary);
    glossary->setObjectName(QStringLiteral("glossary"));
    QAction *agenda = tools->addAction(QString(), this, &Workspace::showAgenda);
    tools->addSeparator();
    QAction *remove = tools->addAction(QString(), this, &Workspace::removeMyData);
    QAction *exportNotes =
        m_window->menu(MainWindow::Menu::File)->addAction(QString(), this, &Workspace::exportNotes);
    onLanguageChange(m_window, this, [=, this] {
        m_bookmarkAction->setText(tr("&Bookmark this slide or page"));
        quiz->setText(tr("&Knowledge check for this module…"));
        glossary->setText(tr("&Glossary…"));
        agenda->setText(tr("&Agenda…"));
        remove->setText(tr("&Remove my data…"));
        exportNotes->setText(tr("&Export my notes…"));
        m_freshButton->setText(tr("Start a new notes file"));
    });
}

void Workspace::setupProblemBar()
{
    m_problemBar = new QToolBar(m_window);
    m_problemBar->setObjectName(QStringLiteral("okuwStoreProblemBar"));
    m_problemBar->setMovable(false);
    m_problemLabel = new QLabel(m_problemBar);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color:#7a1f00; padding:4px"));
    m_problemBar->addWidget(m_problemLabel);
    m_freshButton = new QPushButton(m_problemBar);
    m_problemBar->addWidget(m_freshButton);
    connect(m_freshButton, &QPushButton::clicked, this, [this] {
        QString kept;
        if (store()->startFresh(&kept)) {
            QMessageBox::information(m_window, tr("New notes file"),
                                     tr("A new notes file was started. The damaged one is kept "
                                        "at %1.")
                                         .arg(QDir::toNativeSeparators(kept)));
            m_bundle.reset();
            onBundleOpened();
        }
        onStoreProblem();
    });
    m_window->addToolBarBreak(Qt::TopToolBarArea);
    m_window->addToolBar(Qt::TopToolBarArea, m_problemBar);
}

void Workspace::onStoreProblem()
{
    const auto problem = store()->problem();
    m_problemBar->setVisible(problem != core::UserStore::Problem::None);
    m_problemLabel->setText(store()->problemText());
    m_freshButton->setVisible(problem == core::UserStore::Problem::Corrupt);
}

} // namespace okuw::ui
