// okuw: the viewer. `okuw` opens the default bundle next to the program;
// `okuw <file.okuw>` opens another.
#include "core/bundle.h"
#include "core/i18n.h"
#include "core/log.h"
#include "core/userpaths.h"
#include "ui/languagemenu.h"
#include "ui/mainwindow.h"
#include "ui/presenter/installpresenter.h"
#include "ui/profile.h"
#include "ui/reviewnotice.h"
#include "ui/searchpanel.h"
#include "ui/workspace/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>
#include <span>

namespace {

// Beside the program (the build tree, a copy on a USB stick), else where
// `cmake --install` and the packages put it relative to the program
// (OKUW_DATA_FROM_BIN, e.g. ../share/okuw).
QString defaultBundlePath()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(QStringLiteral("default.okuw")),
          here.filePath(QStringLiteral(OKUW_DATA_FROM_BIN "/default.okuw"))}) {
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    }
    return here.filePath(QStringLiteral("default.okuw"));
}

// Okuw's icon, drawn at build time at the usual sizes (":/okuw/icons/
// okuw-<size>.png"); where the PNGs were not made, the SVG itself.
QIcon applicationIcon()
{
    QIcon icon;
    QDirIterator pngs(QStringLiteral(":/okuw/icons"), {QStringLiteral("okuw-*.png")});
    while (pngs.hasNext())
        icon.addFile(pngs.next());
    return icon.isNull() ? QIcon(QStringLiteral(":/okuw/icons/okuw.svg")) : icon;
}

} // namespace

int main(int argc, char **argv)
{
#ifndef Q_OS_WIN
    // `okuw --version` answers without a display too (a terminal over SSH,
    // a script); on Windows the parser below shows it in a message box.
    for (const char *arg : std::span<char *>(argv, size_t(argc)).subspan(1))
        if (qstrcmp(arg, "--version") == 0 || qstrcmp(arg, "-v") == 0) {
            std::printf("Okuw %s\n", OKUW_VERSION);
            return 0;
        }
#endif
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Okuw"));
    QCoreApplication::setApplicationName(QStringLiteral("Okuw"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OKUW_VERSION));
    // The window groups with its launcher (org.okuw.Okuw.desktop).
    QGuiApplication::setDesktopFileName(QStringLiteral(OKUW_APP_ID));
    QApplication::setWindowIcon(applicationIcon());
    // The user's settings and data, before any window that uses them, and
    // alive until after the last one is gone: in the user's profile, or
    // beside the program in portable mode.
    const okuw::core::UserPaths paths =
        okuw::core::UserPaths::forProgram(QCoreApplication::applicationDirPath());
    // Portable: Qt's own settings there too, and Qt's own file dialogs
    // (a native one records opened files on the borrowed computer).
    okuw::ui::adoptUserPaths(paths);
    okuw::ui::Profile profile(paths);
    // Before any widget or help text: the remembered choice, else the system's
    // (not stored, so a changed system language still applies until one is chosen).
    okuw::core::installTranslations(okuw::ui::startupInterfaceLanguage(profile.settings()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Offline viewer for training bundles"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("bundle"),
                                 QCoreApplication::translate("main", "The .okuw file to open"));
    parser.process(app);

    okuw::ui::MainWindow window(profile);
    okuw::ui::installWorkspace(&window);
    okuw::ui::installPresenter(&window);
    okuw::ui::installSearch(&window);
    okuw::ui::installLanguageMenu(&window);
    okuw::ui::installReviewNotice(&window);
    window.show();
    // Portable mode that cannot keep anything, or a marker that is not INI:
    // said once, without stopping the program.
    if (const QString problem = paths.problem(); !problem.isEmpty()) {
        qCWarning(okuw::lcStore).noquote() << problem;
        auto *box = new QMessageBox(QMessageBox::Warning,
                                    QCoreApplication::translate("main", "Portable mode"), problem,
                                    QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    // With no argument, reopen the bundle used last (the first of the recent
    // list) where it still exists, so a participant comes back to where they
    // left off; else the default bundle beside the program.
    // A file named on the command line that cannot be opened leaves the
    // window empty, saying why (not another bundle in its place).
    const QStringList files = parser.positionalArguments();
    QString path = files.value(0);
    const bool asked = !path.isEmpty();
    if (path.isEmpty()) {
        const QString last = profile.settings().recentBundles().value(0);
        path = !last.isEmpty() && QFileInfo(last).isFile() ? last : defaultBundlePath();
    }
    if (!window.openBundle(path) && !asked && path != defaultBundlePath()) {
        const QString why = window.lastError();
        if (window.openBundle(defaultBundlePath(), false))
            window.showProblem(
                QCoreApplication::translate("main", "%1\nThe default bundle is shown instead.")
                    .arg(why));
    }
    // Tests of an installation: once the event loop runs, say which bundle
    // is open, close the window as a user would and exit (1: none is open).
    if (qEnvironmentVariableIsSet("OKUW_QUIT_AFTER_OPEN_FOR_TESTING")) {
        QTimer::singleShot(0, &window, [&window] {
            const auto bundle = window.bundle();
            std::printf("okuw: opened %s\n",
                        bundle ? qPrintable(QDir::toNativeSeparators(bundle->info().path)) : "-");
            std::fflush(stdout);
            window.close();
            QCoreApplication::exit(bundle ? 0 : 1);
        });
    }
    return app.exec();
}
