// Workspace: the user's data as a whole — export my notes, remove my data.
#include "bookmarksdock.h"
#include "core/bundle.h"
#include "core/userdatakey.h"
#include "notesdock.h"
#include "progress.h"
#include "render/notesexport.h"
#include "ui/mainwindow.h"
#include "ui/profile.h"
#include "workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace okuw::ui {

void Workspace::exportNotes()
{
    if (!m_bundle)
        return;
    m_notes->saveNow();
    QString module;
    const qint64 current = m_window->currentModuleId();
    if (current) {
        const QString all = tr("All modules");
        const QString one = tr("This module only");
        bool ok = false;
        const QString choice = QInputDialog::getItem(m_window, tr("Export my notes"),
                                                     tr("Which notes?"), {all, one}, 0, false, &ok);
        if (!ok)
            return;
        if (choice == one) {
            if (const auto m = m_bundle->module(current))
                module = m->slug;
        }
    }
    QString filter;
    const QString pdf = tr("PDF with slide pictures (*.pdf)");
    const QString md = tr("Markdown text (*.md)");
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export my notes"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QStringLiteral("/okuw-notes.pdf"),
        pdf + QStringLiteral(";;") + md, &filter);
    if (path.isEmpty())
        return;
    const core::ContentLanguage &content = m_window->content();
    const auto entries = render::collectNotes(*m_bundle, *store(), module, content);
    QString error = entries.error;
    bool ok = false;
    if (!entries.ok()) {
        ok = false;
    } else if (filter == md || path.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive)) {
        QFile file(path);
        ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
             file.write(render::notesMarkdown(*m_bundle, entries.value, content).toUtf8()) >= 0 &&
             file.flush();
        error = file.errorString();
    } else {
        ok = render::writeNotesPdf(*m_bundle, entries.value, content, path, &error);
    }
    if (!ok)
        QMessageBox::warning(m_window, tr("Export failed"),
                             tr("Could not write %1: %2").arg(path, error));
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
