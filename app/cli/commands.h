// okuw-bundle's commands. Each lives in its own cmd_*.cpp and is listed in
// the table in main.cpp. Exit codes: 0 success, 1 the input has problems or
// the work failed, 2 the command line is wrong.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace okuw::cli {

QTextStream &out();
QTextStream &err();
// The CLI's messages, in context "okuw::cli" for lupdate and the runtime alike.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::cli)
};

struct Command
{
    const char *name;
    const char *synopsis; // shown by `okuw-bundle help`
    bool needsGui;        // renders text or PDFs: runs under a QGuiApplication
    int (*run)(const QStringList &args);
};

int runBuild(const QStringList &args);
int runValidate(const QStringList &args);
int runInfo(const QStringList &args);
int runExportNotes(const QStringList &args);
int runSearch(const QStringList &args);
int runExport(const QStringList &args);
int runLint(const QStringList &args);

} // namespace okuw::cli
