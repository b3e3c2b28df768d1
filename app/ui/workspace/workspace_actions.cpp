// Workspace: its menu actions and the bar that says when the user store
// has a problem (read-only, damaged, full disk).
#include "bookmarksdock.h"
#include "core/userstore.h"
#include "exportnotes.h"
#include "notesdock.h"
#include "ui/languagemenu.h"
#include "ui/mainwindow.h"
#include "workspace.h"

#include <QAction>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
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

    // The panels' toggles: MainWindow::addFeatureDock put them with the others.

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
        // The notes panel's "Slide 3: …" / "…, page 2" in the new language.
        if (m_current.isValid())
            onItemShown();
    });
}

void Workspace::setupProblemBar()
{
    m_problemBar = new QFrame(m_window);
    m_problemBar->setObjectName(QStringLiteral("okuwStoreProblemBar"));
    m_problemBar->setFrameShape(QFrame::StyledPanel);
    // The tooltip colours are the palette's "notice" pair: they follow a
    // high-contrast theme where a fixed colour would not.
    m_problemBar->setBackgroundRole(QPalette::ToolTipBase);
    m_problemBar->setForegroundRole(QPalette::ToolTipText);
    m_problemBar->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(m_problemBar);
    m_problemLabel = new QLabel(m_problemBar);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setForegroundRole(QPalette::ToolTipText);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problemLabel, 1);
    m_freshButton = new QPushButton(m_problemBar);
    layout->addWidget(m_freshButton);
    connect(m_freshButton, &QPushButton::clicked, this, [this] {
        QString kept;
        int rescued = 0;
        if (store()->startFresh(&kept, &rescued)) {
            QMessageBox::information(
                m_window, tr("New notes file"),
                tr("A new notes file was started, with the %n note(s) that could still be "
                   "read from the damaged one. The damaged file is kept at %1.",
                   nullptr, rescued)
                    .arg(QDir::toNativeSeparators(kept)));
            m_bundle.reset();
            onBundleOpened();
        }
        onStoreProblem();
    });
    m_window->addBanner(m_problemBar);
    m_exported = new ExportedBar(m_window);
    m_window->addBanner(m_exported);
}

void Workspace::onStoreProblem()
{
    const auto problem = store()->problem();
    m_problemBar->setVisible(problem != core::UserStore::Problem::None);
    m_problemLabel->setText(store()->problemText());
    m_freshButton->setVisible(problem == core::UserStore::Problem::Corrupt);
}

} // namespace okuw::ui
