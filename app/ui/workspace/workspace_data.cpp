// Workspace: the user's data as a whole — export my notes, remove my data.
#include "bookmarksdock.h"
#include "core/bundle.h"
#include "core/userdatakey.h"
#include "exportnotes.h"
#include "notesdock.h"
#include "progress.h"
#include "render/notesexport.h"
#include "ui/mainwindow.h"
#include "ui/profile.h"
#include "workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace okuw::ui {

void Workspace::exportNotes()
{
    if (!m_bundle)
        return;
    m_notes->saveNow();
    QString title;
    if (const auto m = m_bundle->module(m_window->currentModuleId()))
        title = m_window->content().text(m->title);
    ExportChoiceDialog choice(title, m_window);
    if (choice.exec() != QDialog::Accepted)
        return;
    QString filter;
    const QString pdf = tr("PDF with slide pictures (*.pdf)");
    const QString md = tr("Markdown text (*.md)");
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export my notes"), exportStartFolder() + QStringLiteral("/okuw-notes.pdf"),
        pdf + QStringLiteral(";;") + md, &filter);
    if (path.isEmpty())
        return;
    // The Markdown filter chosen: a .md file, whatever name was typed.
    if (filter == md && !path.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive)) {
        if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
            path.chop(4);
        path += QStringLiteral(".md");
    }
    exportNotesTo(path, choice.onlyThisModule());
}

bool Workspace::exportNotesTo(const QString &path, bool onlyThisModule)
{
    if (!m_bundle)
        return false;
    m_notes->saveNow();
    QString module;
    if (onlyThisModule) {
        if (const auto m = m_bundle->module(m_window->currentModuleId()))
            module = m->slug;
    }
    const core::ContentLanguage &content = m_window->content();
    const auto entries = render::collectNotes(*m_bundle, *store(), module, content);
    QString error = entries.error;
    bool ok = false;
    if (!entries.ok()) {
        ok = false;
    } else if (path.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive)) {
        QFile file(path);
        ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
             file.write(render::notesMarkdown(*m_bundle, entries.value, content).toUtf8()) >= 0 &&
             file.flush();
        error = file.errorString();
    } else {
        ok = render::writeNotesPdf(*m_bundle, entries.value, content, path, &error);
    }
    if (!ok) {
        m_exported->hide();
        QMessageBox::warning(
            m_window, tr("Export failed"),
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_exported->showSaved(QFileInfo(path).absoluteFilePath());
    return true;
}

void Workspace::removeMyData()
{
    QMessageBox box(QMessageBox::Warning, tr("Remove my data"),
                    tr("Delete your notes, bookmarks, progress and quiz answers for this "
                       "bundle? This cannot be undone."),
                    QMessageBox::Cancel, m_window);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    auto *everything = new QCheckBox(tr("For every bundle on this computer"), &box);
    box.setCheckBox(everything);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        removeData(everything->isChecked());
}

bool Workspace::removeData(bool everyBundle)
{
    m_notes->saveNow();
    Settings &settings = m_window->profile().settings();
    bool ok = false;
    if (everyBundle) {
        ok = store()->removeAllData();
        // Preferences too: the recent list names the bundles this user read.
        if (ok)
            settings.clear();
    } else {
        ok = m_bundle && store()->removeBundleData(core::userDataKey(*m_bundle));
        if (ok && m_bundle) {
            settings.removeRecentBundle(m_bundle->path());
            settings.sync();
        }
    }
    if (!ok) {
        QMessageBox::warning(m_window, tr("Remove my data"),
                             tr("Nothing was deleted: %1").arg(store()->problemText()));
        return false;
    }
    m_notes->reload();
    m_bookmarkAction->setChecked(false);
    m_progress->updateAll();
    refreshPanel();
    return true;
}

} // namespace okuw::ui
