#include "installfixture.h"

#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace okuw::test {

namespace {

QTemporaryDir &root()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/okuw-install-XXXXXX"));
    static const bool open = QFile::setPermissions(
        dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                        QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    Q_UNUSED(open);
    return dir;
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

Installed installInto(const QString &prefix)
{
    QProcess cmake;
    cmake.setProcessChannelMode(QProcess::MergedChannels);
    cmake.start(QStringLiteral(OKUW_CMAKE_COMMAND),
                {QStringLiteral("--install"), binaryDir(), QStringLiteral("--prefix"), prefix});
    REQUIRE(cmake.waitForFinished(300000));
    INFO(QString::fromLocal8Bit(cmake.readAll()).toStdString());
    REQUIRE(cmake.exitStatus() == QProcess::NormalExit);
    REQUIRE(cmake.exitCode() == 0);
    Installed i;
    i.prefix = prefix;
    i.bin = prefix + QStringLiteral("/bin");
    i.share = prefix + QStringLiteral("/share");
    REQUIRE(QFile::exists(i.okuw()));
    return i;
}

} // namespace

QString scratchFolder(const QString &name)
{
    static int n = 0;
    const QString dir = root().path() + QStringLiteral("/%1-%2").arg(name).arg(++n);
    REQUIRE(QDir().mkpath(dir));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                   QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                   QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
    return dir;
}

const Installed &installed()
{
    static const Installed i = installInto(root().path() + QStringLiteral("/prefix"));
    return i;
}

Installed installFresh()
{
    static int n = 0;
    return installInto(root().path() + QStringLiteral("/prefix-%1").arg(++n));
}

QProcessEnvironment personEnvironment(const QString &home)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const char *keep : {"ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"})
        if (qEnvironmentVariableIsSet(keep))
            env.insert(QLatin1String(keep), qEnvironmentVariable(keep));
    return env;
}

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
        bool asOtherUser)
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (asOtherUser && runningAsRoot()) {
        process.start(QStringLiteral("setpriv"),
                      QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                  QStringLiteral("--clear-groups"), program} +
                          args);
    } else {
        process.start(program, args);
    }
    Run result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace okuw::test
