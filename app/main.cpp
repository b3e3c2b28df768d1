// okuw: the viewer. `okuw` opens the default bundle next to the program;
// `okuw <file.okuw>` opens another.
#include "core/i18n.h"
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
#include <QFileInfo>

namespace {

QString defaultBundlePath()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("default.okuw")),
                                     here.filePath(QStringLiteral("../share/okuw/default.okuw"))}) {
        if (QFileInfo::exists(candidate))
            return QDir::cleanPath(candidate);
    }
    return here.filePath(QStringLiteral("default.okuw"));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Okuw"));
    QCoreApplication::setApplicationName(QStringLiteral("Okuw"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OKUW_VERSION));
    // The user's settings and data, before any window that uses them, and
    // alive until after the last one is gone.
    okuw::ui::Profile profile(okuw::core::UserPaths::standard());
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
    // With no argument, reopen the bundle used last (the first of the recent
    // list) where it still exists, so a participant comes back to where they
    // left off; else the default bundle beside the program.
    const QStringList files = parser.positionalArguments();
    QString path = files.value(0);
    if (path.isEmpty()) {
        const QString last = profile.settings().recentBundles().value(0);
        path = !last.isEmpty() && QFileInfo(last).isFile() ? last : defaultBundlePath();
    }
    if (!window.openBundle(path) && path != defaultBundlePath())
        window.openBundle(defaultBundlePath(), false);
    return app.exec();
}
