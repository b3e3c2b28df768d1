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

int runExportNotes(const QStringList &args)
{
    QString bundlePath, module, md, pdf, store, lang;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](QString &into) {
            if (i + 1 >= args.size())
                return false;
            into = args[++i];
            return true;
        };
        bool ok = true;
        if (a == QLatin1String("--module"))
            ok = value(module);
        else if (a == QLatin1String("--md"))
            ok = value(md);
        else if (a == QLatin1String("--pdf"))
            ok = value(pdf);
        else if (a == QLatin1String("--store"))
            ok = value(store);
        else if (a == QLatin1String("--lang"))
            ok = value(lang);
        else if (!a.startsWith(QLatin1String("--")) && bundlePath.isEmpty())
            bundlePath = a;
        else
            ok = false;
        if (!ok) {
            err() << CliText::tr("okuw-bundle notes: unexpected argument \"%1\"").arg(a) << "\n";
            return 2;
        }
    }
    if (bundlePath.isEmpty() || md.isEmpty() == pdf.isEmpty()) {
        err() << CliText::tr("Usage: okuw-bundle notes <file.okuw> [--module slug] [--lang xx] "
                             "(--md out.md | --pdf out.pdf) [--store path]")
              << "\n";
        return 2;
    }
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
        store = core::UserPaths::standard().storeFile();
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
    out() << CliText::tr("Exported %1 notes and bookmarks to %2").arg(entries.size()).arg(md + pdf)
          << "\n";
    return 0;
}

} // namespace okuw::cli
