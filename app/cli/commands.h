// okuw-bundle's commands. The table in commands.cpp says, for each command,
// its arguments, options and description; commandline.cpp parses, checks
// and documents every command from that table alone, so `help`, `--help` and
// the usage printed on a wrong command line cannot disagree. Each command's
// work lives in its own cmd_*.cpp.
//
// Exit codes: 0 success, 1 the input has problems or the work failed, 2 the
// command line is wrong.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <span>

class QCommandLineParser;

namespace okuw::cli {

QTextStream &out();
QTextStream &err();
// The CLI's messages, in context "okuw::cli" for lupdate and the runtime alike.
// Texts in the command table are marked with QT_TRANSLATE_NOOP in that context
// and translated when shown.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::cli)
};

// A positional argument; every one is required, in table order.
struct Argument
{
    const char *syntax;      // "<file.okuw>"
    const char *description; // a sentence for `--help`
};

struct Option
{
    enum Need {
        Optional,
        Required,
        OneOf, // exactly one of the command's OneOf options must be given
    };
    const char *shortName; // "o", or nullptr
    const char *longName;  // "output": what the command asks Invocation for
    const char *valueName; // "<file.okuw>"; nullptr for a switch
    const char *description;
    Need need = Optional;
};

class Invocation;

struct Command
{
    const char *name;
    const char *description; // shown by `okuw-bundle help` and `<command> --help`
    std::span<const Argument> arguments;
    std::span<const Option> options;
    bool needsGui; // renders text or PDFs: runs under a QGuiApplication
    int (*run)(const Invocation &);
};

std::span<const Command> commandTable();
const Command *findCommand(const QString &name);

// A command line that matched its command's table entry: the right number of
// arguments, required options present, values where values are due.
class Invocation
{
public:
    Invocation(const Command &command, const QCommandLineParser &parser);

    const Command &command() const { return m_command; }
    QString argument(int index) const { return m_arguments.value(index); }
    // `longName` must be one of the command's options.
    bool isSet(const char *longName) const;
    QString value(const char *longName) const;
    // For checks the table cannot express (say, a number out of range):
    // prints "okuw-bundle <command>: <message>" and the usage on stderr, returns 2.
    int usageError(const QString &message) const;

private:
    const Option &option(const char *longName) const;

    const Command &m_command;
    const QCommandLineParser &m_parser;
    QStringList m_arguments;
};

// Runs okuw-bundle with `arguments` (QCoreApplication::arguments(): the
// program first); returns the exit code.
int runCommandLine(const QStringList &arguments);
// True when runCommandLine(arguments) would only print help or the version,
// parsed by the same rules. Needs no application object, so main() asks it
// before making one: help and the version need no QGuiApplication.
bool asksForHelpOrVersion(const QStringList &arguments);

int runBuild(const Invocation &cmd);
int runValidate(const Invocation &cmd);
int runVerify(const Invocation &cmd);
int runKeygen(const Invocation &cmd);
int runInfo(const Invocation &cmd);
int runExportNotes(const Invocation &cmd);
int runSearch(const Invocation &cmd);
int runExport(const Invocation &cmd);
int runLint(const Invocation &cmd);

} // namespace okuw::cli
