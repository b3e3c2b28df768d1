#include "commands.h"
#include "core/bundle.h"
#include "core/search.h"
#include "core/validate.h"
#include "render/images.h"

#include <QDir>
#include <QProcess>

namespace okuw::cli {

namespace {

// Every image decoded as the viewer decodes it (the render layer's checks:
// size, pixels, SVG references outside the file), which core cannot do.
QStringList imageProblems(const QString &path)
{
    QStringList problems;
    QString error;
    const auto bundle = core::Bundle::open(path, &error);
    if (!bundle)
        return problems; // validateBundle has said why
    for (const core::Asset &a : bundle->assets()) {
        QString why;
        const QByteArray data = bundle->assetData(a.id, &why);
        QStringList removed;
        if (!why.isEmpty()) {
            problems << CliText::tr("%1: image \"%2\": %3")
                            .arg(QDir::toNativeSeparators(path), a.path, why);
        } else if (!render::decodeImage(data, a.path, &why)) {
            problems << CliText::tr("%1: image \"%2\" cannot be shown: %3")
                            .arg(QDir::toNativeSeparators(path), a.path, why);
        } else if (a.mime == QLatin1String("image/svg+xml") &&
                   render::sanitizeSvg(data, nullptr, &removed) && !removed.isEmpty()) {
            problems << CliText::tr("%1: image \"%2\" refers to something outside it (%3); "
                                    "the viewer leaves it out")
                            .arg(QDir::toNativeSeparators(path), a.path,
                                 removed.join(QStringLiteral(", ")));
        }
    }
    return problems;
}

// FTS5's check of the search index, in a child process (this program with
// --search-index-only): SQLite 3.40 can crash on a damaged index, and a
// crash there must become a line of the report, not the end of validate.
bool checkSearchIndexApart(const QString &path, QString *problem)
{
    // A large index takes seconds; a child that runs for minutes is stuck.
    constexpr int kLimitMs = 300'000;
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("validate"), QStringLiteral("--search-index-only"), path});
    if (!child.waitForStarted()) {
        *problem = CliText::tr("cannot run SQLite's check of it: %1").arg(child.errorString());
        return false;
    }
    if (!child.waitForFinished(kLimitMs)) {
        child.kill();
        child.waitForFinished();
        *problem =
            CliText::tr("SQLite's check of it did not finish within %1 s").arg(kLimitMs / 1000);
        return false;
    }
    if (child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0)
        return true;
    // The child names the problem on stdout and exits 1; anything else (a
    // crash, or a sanitizer's report and exit code) is SQLite dying.
    *problem = QString::fromUtf8(child.readAllStandardOutput()).trimmed();
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 1 || problem->isEmpty())
        *problem = CliText::tr("SQLite's check of it crashed, which only a damaged index does");
    return false;
}

// The child's side of checkSearchIndexApart: the reason alone, on stdout.
int checkSearchIndexHere(const QString &path)
{
    QString why;
    if (core::SearchIndex::check(path, &why))
        return 0;
    out() << why << "\n";
    return 1;
}

} // namespace

int runValidate(const Invocation &cmd)
{
    const QString path = cmd.argument(0);
    if (cmd.isSet("search-index-only"))
        return checkSearchIndexHere(path);
    const QStringList problems =
        core::validateBundle(path, checkSearchIndexApart) + imageProblems(path);
    for (const QString &p : problems)
        err() << p << "\n";
    if (!problems.isEmpty())
        return 1;
    out() << CliText::tr("%1: OK").arg(path) << "\n";
    return 0;
}

} // namespace okuw::cli
