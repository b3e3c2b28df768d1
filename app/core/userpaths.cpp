#include "userpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryFile>

namespace okuw::core {

namespace {

// lupdate and the runtime agree on this context wherever it is used.
struct PathsText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::core::UserPaths)
};

// The first line of `bytes` that is neither blank, a comment, a [section]
// nor key=value: 0 when every line is one of those. QSettings reads almost
// anything as INI without a word, so a marker that is really another file
// (a bundle copied under that name, a text in UTF-16) is caught here.
int firstNonIniLine(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return 1;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(';') || line.startsWith('#'))
            continue;
        if (line.startsWith('[') ? line.endsWith(']') && line.size() > 2 : line.indexOf('=') > 0)
            continue;
        return int(i + 1);
    }
    return 0;
}

// Whether files can be made in `dir`: tried for real, because a
// write-protected stick or a folder of another user says so only then
// (and QFileInfo::isWritable does not look at Windows' ACLs).
bool canWriteIn(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return false;
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".okuw-probe-XXXXXX")));
    return probe.open();
}

} // namespace

QString UserPaths::storeFile() const
{
    return QDir(dataDir).filePath(QStringLiteral("userdata.sqlite"));
}

QString UserPaths::problem() const
{
    const QString marker = QDir::toNativeSeparators(markerFile);
    const QString folder = QDir::toNativeSeparators(dataDir);
    QStringList text;
    if (markerProblem == MarkerProblem::NotIni)
        text << PathsText::tr("The portable-mode file %1 is not a valid INI file (line %2). Its "
                              "settings are ignored; your notes and settings are kept in %3.")
                    .arg(marker)
                    .arg(markerLine)
                    .arg(folder);
    else if (markerProblem == MarkerProblem::FolderNotRelative)
        text << PathsText::tr("The portable-mode file %1 names a data folder outside the "
                              "program's folder, which would not travel with it. Your notes and "
                              "settings are kept in %2 instead.")
                    .arg(marker, folder);
    if (readOnly)
        text << PathsText::tr("Portable mode: the folder %1 cannot be written (is the USB stick "
                              "write-protected?). Okuw works read-only: notes, bookmarks, "
                              "progress and settings are not kept.")
                    .arg(folder);
    return text.join(QLatin1Char('\n'));
}

UserPaths UserPaths::standard()
{
    UserPaths paths;
    paths.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    paths.settingsFile = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                             .filePath(QStringLiteral("okuw.ini"));
    return paths;
}

UserPaths UserPaths::inFolder(const QString &dir)
{
    UserPaths paths;
    paths.dataDir = QDir::cleanPath(dir);
    paths.settingsFile = QDir(dir).filePath(QStringLiteral("okuw.ini"));
    return paths;
}

UserPaths UserPaths::forProgram(const QString &programDir)
{
    const QDir program(programDir);
    const QString marker = program.filePath(QLatin1String(kMarkerName));
    if (!QFileInfo(marker).isFile())
        return standard();

    MarkerProblem problem = MarkerProblem::None;
    int badLine = 0;
    QString folder = QLatin1String(kDefaultFolder);
    QFile file(marker);
    // An unreadable marker still means portable: its presence is the promise.
    const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.read(64 * 1024) : QByteArray();
    if ((badLine = firstNonIniLine(bytes)) > 0) {
        problem = MarkerProblem::NotIni;
    } else {
        const QSettings ini(marker, QSettings::IniFormat);
        const QString named = ini.value(QStringLiteral("Portable/DataFolder")).toString().trimmed();
        if (ini.status() != QSettings::NoError) {
            problem = MarkerProblem::NotIni;
            badLine = 1;
        } else if (!named.isEmpty()) {
            const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(named));
            if (QDir::isAbsolutePath(clean) || clean == QLatin1String("..") ||
                clean.startsWith(QLatin1String("../")))
                problem = MarkerProblem::FolderNotRelative;
            else
                folder = clean;
        }
    }

    UserPaths paths = inFolder(program.filePath(folder));
    paths.portable = true;
    paths.markerFile = QDir::cleanPath(marker);
    paths.markerProblem = problem;
    paths.markerLine = badLine;
    paths.readOnly = !canWriteIn(paths.dataDir);
    return paths;
}

} // namespace okuw::core
