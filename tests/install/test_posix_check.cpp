// .ci/check-posix, the check that keeps POSIX-only headers and calls in
// app/ behind a Q_OS_UNIX guard: app/ passes, and a planted use fails with
// file:line, while guarded uses pass.
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace okuw::test;

namespace {

struct Check
{
    int exitCode = -1;
    QString out;
};

Check checkPosix(const QString &folder)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(OKUW_PERL), {sourceDir() + QStringLiteral("/.ci/check-posix"), folder});
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAll())};
}

} // namespace

TEST_CASE("app/ has no POSIX-only header or call outside a Q_OS_UNIX guard", "[posix]")
{
    const Check c = checkPosix(sourceDir() + QStringLiteral("/app"));
    INFO(c.out.toStdString());
    CHECK(c.exitCode == 0);
}

TEST_CASE("check-posix finds an unguarded POSIX header or call and passes guarded ones", "[posix]")
{
    QTemporaryDir dir;
    REQUIRE(writeFile(dir.filePath(QStringLiteral("guarded.cpp")),
                      "#include <QtGlobal>\n"
                      "#ifdef Q_OS_UNIX\n#include <unistd.h>\n#else\n#include <io.h>\n#endif\n"
                      "#if defined(Q_OS_WIN)\n#include <windows.h>\n#else\n"
                      "#include <sys/mman.h>\n#endif\n"
                      "#ifndef Q_OS_WIN\nvoid f() { ::fsync(1); }\n#endif\n"
                      "// #include <unistd.h> in a comment\n"
                      "#include <sys/stat.h>\n#include <csignal>\n"
                      "void h(QProcess &p, QProcess *q) { p.kill(); q->kill(); }\n"));
    Check c = checkPosix(dir.path());
    INFO(c.out.toStdString());
    CHECK(c.exitCode == 0);

    REQUIRE(writeFile(dir.filePath(QStringLiteral("bad.cpp")),
                      "#include <QtGlobal>\n#if !defined(Q_OS_UNIX)\n#endif\n"
                      "#include <unistd.h>\n"
                      "#ifdef Q_OS_WIN\n#else\n#endif\n"
                      "void g() { std::signal(SIGHUP, nullptr); }\n"
                      "void k() { ::kill(1, 15); }\n"));
    c = checkPosix(dir.path());
    INFO(c.out.toStdString());
    CHECK(c.exitCode == 1);
    CHECK(c.out.contains(QStringLiteral("bad.cpp:4: POSIX-only header <unistd.h>")));
    CHECK(c.out.contains(QStringLiteral("bad.cpp:8: POSIX-only SIGHUP")));
    CHECK(c.out.contains(QStringLiteral("bad.cpp:9: POSIX-only ::kill")));
    CHECK_FALSE(c.out.contains(QStringLiteral("guarded.cpp")));
}
