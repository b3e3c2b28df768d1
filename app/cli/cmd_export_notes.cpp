// `okuw-bundle notes`: exports a participant's notes and bookmarks for a
// bundle to Markdown or PDF, from the viewer's user store.
#include "commands.h"
#include "core/bundle.h"
#include "core/userpaths.h"
#include "core/userstore.h"
#include "render/notesexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace okuw::cli {

int runExportNotes(const Invocation &cmd)
{
    const QString bundlePath = cmd.argument(0);
    const QString module = cmd.value("module");
    const QString md = cmd.value("md");
    const QString pdf = cmd.value("pdf");
    QString store = cmd.value("store");
    const QString lang = cmd.value("lang");
    QString error;
    const auto bundle = core::Bundle::open(bundlePath, &error);
    if (!bundle) {
        err() << error << "\n";
        return 1;
    }
    if (store.isEmpty()) {
        // The viewer's own location, whatever this tool is called.
        const QString app = QCoreApplication::applicationName();
        QCoreApplication::setOrganizationName(QStringLiteral("Okuw"));
        QCoreApplication::setApplicationName(QStringLiteral("Okuw"));
        // Portable mode too: the marker lies beside okuw and okuw-bundle alike.
        store = core::UserPaths::forProgram(QCoreApplication::applicationDirPath()).storeFile();
        QCoreApplication::setApplicationName(app);
    }
    if (!QFileInfo::exists(store)) {
        err() << CliText::tr("No notes file at %1").arg(store) << "\n";
        return 1;
    }
    core::UserStore userStore;
    userStore.open(store);
    if (userStore.problem() == core::UserStore::Problem::Corrupt) {
        err() << userStore.problemText() << "\n";
        return 1;
    }
    if (!module.isEmpty() && !bundle->moduleBySlug(module)) {
        err() << CliText::tr("%1 has no module \"%2\"").arg(bundlePath, module) << "\n";
        return 1;
    }
    const core::ContentLanguage content(lang.isEmpty() ? bundle->info().defaultLanguage : lang,
                                        bundle->info());
    const auto read = render::collectNotes(*bundle, userStore, module, content);
    if (!read.ok()) {
        err() << CliText::tr("Cannot read the notes in %1: %2").arg(store, read.error) << "\n";
        return 1;
    }
    const auto &entries = read.value;
    if (!md.isEmpty()) {
        QFile file(md);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(render::notesMarkdown(*bundle, entries, content).toUtf8()) < 0) {
            err() << CliText::tr("Cannot write %1: %2").arg(md, file.errorString()) << "\n";
            return 1;
        }
    } else if (!render::writeNotesPdf(*bundle, entries, content, pdf, &error)) {
        err() << error << "\n";
        return 1;
    }
    out() << CliText::tr("Exported %n note(s) and bookmark(s) to %1", nullptr, int(entries.size()))
                 .arg(md + pdf)
          << "\n";
    return 0;
}

} // namespace okuw::cli
