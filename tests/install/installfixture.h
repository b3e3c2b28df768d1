// Okuw as `cmake --install` lays it out, in a scratch prefix, and the
// installed programs run as a person would run them: a home of their own,
// the offscreen platform, English messages.
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>

namespace okuw::test {

struct Installed
{
    QString prefix; // the temporary prefix, readable by every user
    QString bin;    // prefix/bin
    QString share;  // prefix/share
    QString okuw() const { return bin + QStringLiteral("/okuw"); }
    QString bundleTool() const { return bin + QStringLiteral("/okuw-bundle"); }
    QString defaultBundle() const { return share + QStringLiteral("/okuw/default.okuw"); }
};

// One installation shared by the tests that only read it (made once).
const Installed &installed();
// A fresh one, for a test that changes it (a marker beside the program).
Installed installFresh();

// An empty folder under the scratch root (world-writable, so that a test
// may run a program as another user in it).
QString scratchFolder(const QString &name);

// What a program sees: HOME and the XDG folders in `home`, the offscreen
// platform, English, nothing of the test's own environment that matters.
QProcessEnvironment personEnvironment(const QString &home);

struct Run
{
    int exitCode = -1; // -1: crashed or timed out
    QString out;
    QString err;
};
// Runs `program` and waits (2 minutes at most). With `asOtherUser`, and
// when the test runs as root, the program runs as user nobody (so that
// file permissions apply to it).
Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
        bool asOtherUser = false);

// Every file under `dir`, relative to it, sorted (hidden ones too).
QStringList filesUnder(const QString &dir);

} // namespace okuw::test

// Failed checks print the strings, not their characters one by one.
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &l)
    {
        return "[" + l.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
} // namespace Catch
