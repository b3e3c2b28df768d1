#include "uisupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace okuw::test {

namespace {

QString scratch()
{
    static QTemporaryDir dir;
    return dir.path();
}

std::unique_ptr<ui::Profile> &shared()
{
    static std::unique_ptr<ui::Profile> p = makeProfile(scratch() + QStringLiteral("/profile"));
    return p;
}

} // namespace

std::unique_ptr<ui::Profile> makeProfile(const QString &dir)
{
    QDir().mkpath(dir);
    return std::make_unique<ui::Profile>(core::UserPaths::inFolder(dir));
}

ui::Profile &profile()
{
    return *shared();
}

void resetProfile()
{
    auto &p = shared();
    const QString dir = p->paths().dataDir;
    p.reset();
    for (const QString &name : QDir(dir).entryList(QDir::Files))
        QFile::remove(QDir(dir).filePath(name));
    p = makeProfile(dir);
}

} // namespace okuw::test
