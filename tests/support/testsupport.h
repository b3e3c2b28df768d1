// Helpers shared by the test programs: paths, a scratch folder, running the
// real okuw-bundle, and building small real bundles.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace okuw::test {

QString sourceDir();     // the repository
QString binaryDir();     // the build tree
QString bundleTool();    // path of okuw-bundle
QString defaultBundle(); // build/bin/default.okuw

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};
// Runs okuw-bundle with `args` (offscreen platform), waits up to 120 s.
ProcessResult runTool(const QStringList &args);

// Sets an environment variable of this process, and so of the programs
// runTool starts, while it lives (SOURCE_DATE_EPOCH: a reproducible build
// time); then puts back what was there.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value);
    ~ScopedEnv();
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    QByteArray m_old;
    bool m_had;
};

QByteArray sha256File(const QString &path);
bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray readFile(const QString &path);

// Writes a small but complete content source folder (two modules, en and
// ru decks, an SVG image, a handout, a quiz, glossary, agenda) under `dir`.
void writeSampleSource(const QString &dir);

} // namespace okuw::test
