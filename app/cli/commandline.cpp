// Parsing, checking and help for every okuw-bundle command, driven by the
// command table. QCommandLineParser does the parsing; the help and the
// messages are Okuw's own, so that they are translated like the rest of the
// CLI and show the arguments by name rather than the program's full path.
#include "commands.h"

#include <QCommandLineParser>
#include <algorithm>

namespace okuw::cli {

namespace {

const QString kProgram = QStringLiteral("okuw-bundle");

// A text of the command table, in the user's language.
QString translated(const char *text)
{
    return CliText::tr(text);
}

// The option as a user types it: "-o" or "--output".
QString spelled(const Option &o, bool preferShort)
{
    return preferShort && o.shortName ? QLatin1Char('-') + QLatin1String(o.shortName)
                                      : QStringLiteral("--") + QLatin1String(o.longName);
}

QString withValue(const Option &o, bool preferShort)
{
    return o.valueName ? spelled(o, preferShort) + QLatin1Char(' ') + translated(o.valueName)
                       : spelled(o, preferShort);
}

QList<const Option *> oneOf(const Command &c)
{
    QList<const Option *> group;
    for (const Option &o : c.options) {
        if (o.need == Option::OneOf)
            group << &o;
    }
    return group;
}

// What follows the command's name, one group per word so that a line is
// only ever broken between groups: "<file.okuw>", "[--lang <code>]",
// "(--md <file.md> | --pdf <file.pdf>)".
QStringList synopsis(const Command &c)
{
    QStringList words;
    for (const Argument &a : c.arguments)
        words << translated(a.syntax);
    bool groupShown = false;
    for (const Option &o : c.options) {
        if (o.need == Option::Required) {
            words << withValue(o, true);
        } else if (o.need == Option::Optional) {
            words << QLatin1Char('[') + withValue(o, false) + QLatin1Char(']');
        } else if (!groupShown) {
            QStringList alternatives;
            for (const Option *g : oneOf(c))
                alternatives << withValue(*g, false);
            words << QLatin1Char('(') + alternatives.join(QStringLiteral(" | ")) + QLatin1Char(')');
            groupShown = true;
        }
    }
    return words;
}

constexpr qsizetype kLineWidth = 79;

// Joins `words` with spaces, starting at `column` of the current line and
// breaking to `indent` before a word that would pass kLineWidth.
QString wrap(const QStringList &words, qsizetype column, qsizetype indent)
{
    QString text;
    qsizetype at = column;
    for (const QString &word : words) {
        if (word.isEmpty())
            continue;
        if (at > indent && at + 1 + word.size() > kLineWidth) {
            text += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            at = indent;
        } else if (!text.isEmpty()) {
            text += QLatin1Char(' ');
            ++at;
        }
        text += word;
        at += word.size();
    }
    return text;
}

QString wrap(const QString &paragraph)
{
    return wrap(paragraph.split(QLatin1Char(' ')), 0, 0);
}

// "okuw-bundle build <source-dir> -o <file.okuw>", continued lines aligned
// under the first argument.
QString commandLine(const Command &c, qsizetype column)
{
    const QString start = kProgram + QLatin1Char(' ') + QLatin1String(c.name) + QLatin1Char(' ');
    return start + wrap(synopsis(c), column + start.size(), column + start.size());
}

QString usageLine(const Command &c)
{
    const QString prefix = CliText::tr("Usage: %1").arg(QString());
    return prefix + commandLine(c, prefix.size());
}

// The description's first sentence, for the list of commands.
QString summary(const Command &c)
{
    const QString description = translated(c.description);
    const qsizetype end = description.indexOf(QStringLiteral(". "));
    return end < 0 ? description : description.left(end + 1);
}

// Two columns, the second aligned and wrapped; a first column too wide
// puts its text on a line of its own.
QString table(const QList<std::pair<QString, QString>> &rows)
{
    constexpr qsizetype kMaxFirst = 28;
    qsizetype width = 0;
    for (const auto &row : rows) {
        if (row.first.size() <= kMaxFirst)
            width = std::max(width, row.first.size());
    }
    const qsizetype indent = 2 + width + 2;
    QString text;
    for (const auto &[left, right] : rows) {
        text += QStringLiteral("  ") + left;
        if (left.size() > width)
            text += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
        else
            text += QString(indent - 2 - left.size(), QLatin1Char(' '));
        text += wrap(right.split(QLatin1Char(' ')), indent, indent) + QLatin1Char('\n');
    }
    return text;
}

QString helpRow()
{
    return QStringLiteral("-h, --help");
}

QString versionRow()
{
    return QStringLiteral("-v, --version");
}

// Every command, and the program itself, takes these two.
const QCommandLineOption &helpOption()
{
    static const QCommandLineOption option(
        QStringList{QStringLiteral("h"), QStringLiteral("help")});
    return option;
}

const QCommandLineOption &versionOption()
{
    static const QCommandLineOption option(
        QStringList{QStringLiteral("v"), QStringLiteral("version")});
    return option;
}

QString commandHelp(const Command &c)
{
    QString text =
        usageLine(c) + QStringLiteral("\n\n") + wrap(translated(c.description)) + QLatin1Char('\n');
    if (!c.arguments.empty()) {
        QList<std::pair<QString, QString>> rows;
        for (const Argument &a : c.arguments)
            rows.append({translated(a.syntax), translated(a.description)});
        text += QLatin1Char('\n') + CliText::tr("Arguments:") + QLatin1Char('\n') + table(rows);
    }
    QList<std::pair<QString, QString>> rows;
    for (const Option &o : c.options) {
        QString names = o.shortName ? spelled(o, true) + QStringLiteral(", ") : QString();
        names += withValue(o, false);
        QString description = translated(o.description);
        if (o.need == Option::Required)
            description = CliText::tr("%1 Required.").arg(description);
        rows.append({names, description});
    }
    rows.append({helpRow(), CliText::tr("Show this help.")});
    rows.append({versionRow(), CliText::tr("Show the version.")});
    text += QLatin1Char('\n') + CliText::tr("Options:") + QLatin1Char('\n') + table(rows);
    if (const auto group = oneOf(c); !group.isEmpty()) {
        QStringList names;
        for (const Option *o : group)
            names << spelled(*o, false);
        text += QLatin1Char('\n') +
                wrap(CliText::tr("Give exactly one of %1.").arg(names.join(QStringLiteral(", ")))) +
                QLatin1Char('\n');
    }
    return text;
}

QString programHelp()
{
    QString text = CliText::tr("Usage: okuw-bundle <command> [arguments]") +
                   QStringLiteral("\n\n") +
                   wrap(CliText::tr("Builds, checks and inspects Okuw bundles (.okuw files).")) +
                   QStringLiteral("\n\n") + CliText::tr("Commands:") + QLatin1Char('\n');
    for (const Command &c : commandTable()) {
        text += QStringLiteral("  ") + commandLine(c, 2) + QStringLiteral("\n      ") +
                wrap(summary(c).split(QLatin1Char(' ')), 6, 6) + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + CliText::tr("Options:") + QLatin1Char('\n') +
            table({{helpRow(), CliText::tr("Show this help.")},
                   {versionRow(), CliText::tr("Show the version.")}});
    text += QLatin1Char('\n') +
            wrap(CliText::tr("\"okuw-bundle <command> --help\" or \"okuw-bundle help <command>\" "
                             "describes a command.")) +
            QLatin1Char('\n');
    return text;
}

// The unknown option as it was typed ("--frob", "-x"), for the message.
QString typedOption(const QString &name, const QStringList &args)
{
    for (const QString &a : args) {
        const QString option = a.section(QLatin1Char('='), 0, 0);
        if (option.startsWith(QLatin1Char('-')) &&
            option.mid(option.startsWith(u"--") ? 2 : 1) == name)
            return option;
    }
    return QStringLiteral("--") + name;
}

// QCommandLineParser's message for anything but an unknown option ("Missing
// value after '--lang'."). Listing its texts here puts them in Okuw's
// translations, so they are translated where Qt's own files are missing.
[[maybe_unused]] const char *const kParserTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

QString parseError(const QCommandLineParser &parser, const QStringList &args)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (unknown.isEmpty())
        return parser.errorText();
    return CliText::tr("unknown option \"%1\"").arg(typedOption(unknown.first(), args));
}

// Prints the message and how to get help on stderr; the exit code for a
// wrong command line.
int usageError(const QString &prefix, const QString &message, const QString &usage,
               const QString &helpCommand)
{
    err() << prefix << ": " << message << "\n"
          << usage << "\n"
          << CliText::tr("Try \"%1 --help\" for more.").arg(helpCommand) << "\n";
    return 2;
}

int commandUsageError(const Command &c, const QString &message)
{
    return usageError(kProgram + QLatin1Char(' ') + QLatin1String(c.name), message, usageLine(c),
                      kProgram + QLatin1Char(' ') + QLatin1String(c.name));
}

// Checks the parsed line against the table; an empty string when it fits.
QString mismatch(const Command &c, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    const auto expected = qsizetype(c.arguments.size());
    if (positional.size() > expected)
        return CliText::tr("unexpected argument \"%1\"").arg(positional.at(expected));
    if (positional.size() < expected)
        return CliText::tr("%1 is missing")
            .arg(translated(c.arguments[size_t(positional.size())].syntax));
    for (const Option &o : c.options) {
        const QString name = QLatin1String(o.longName);
        if (o.need == Option::Required && !parser.isSet(name))
            return CliText::tr("%1 is missing").arg(withValue(o, true));
        if (o.need != Option::Optional && o.valueName && parser.isSet(name) &&
            parser.value(name).isEmpty())
            return CliText::tr("%1 needs a value").arg(spelled(o, false));
    }
    const auto group = oneOf(c);
    const auto given = std::count_if(group.cbegin(), group.cend(), [&](const Option *o) {
        return parser.isSet(QLatin1String(o->longName));
    });
    if (!group.isEmpty() && given != 1) {
        QStringList names;
        for (const Option *o : group)
            names << spelled(*o, false);
        return CliText::tr("give exactly one of %1").arg(names.join(QStringLiteral(", ")));
    }
    return {};
}

// The program's own parser: options up to the command's name, the rest is
// the command's.
void setUpProgramParser(QCommandLineParser &parser)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({helpOption(), versionOption()});
}

void setUpCommandParser(QCommandLineParser &parser, const Command &c)
{
    // No command has one-letter switches to combine ("-ab"), so "-json" can
    // mean "--json".
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({helpOption(), versionOption()});
    for (const Option &o : c.options) {
        QStringList names;
        if (o.shortName)
            names << QLatin1String(o.shortName);
        names << QLatin1String(o.longName);
        QCommandLineOption option(names);
        if (o.valueName)
            option.setValueName(QStringLiteral("value"));
        parser.addOption(option);
    }
}

int printVersion()
{
    out() << kProgram << ' ' << QCoreApplication::applicationVersion() << "\n";
    return 0;
}

int runCommand(const Command &c, const QStringList &args)
{
    QCommandLineParser parser;
    setUpCommandParser(parser, c);
    if (!parser.parse(QStringList{kProgram} + args))
        return commandUsageError(c, parseError(parser, args));
    if (parser.isSet(helpOption())) {
        out() << commandHelp(c);
        return 0;
    }
    if (parser.isSet(versionOption()))
        return printVersion();
    if (const QString problem = mismatch(c, parser); !problem.isEmpty())
        return commandUsageError(c, problem);
    return c.run(Invocation(c, parser));
}

} // namespace

Invocation::Invocation(const Command &command, const QCommandLineParser &parser)
    : m_command(command), m_parser(parser), m_arguments(parser.positionalArguments())
{}

const Option &Invocation::option(const char *longName) const
{
    const auto found =
        std::find_if(m_command.options.begin(), m_command.options.end(),
                     [longName](const Option &o) { return qstrcmp(o.longName, longName) == 0; });
    // A command asking for an option its table lacks is a programming error
    // that every run of that command shows, so the tests catch it.
    if (found == m_command.options.end())
        qFatal("okuw-bundle %s: --%s is not in the command table", m_command.name, longName);
    return *found;
}

bool Invocation::isSet(const char *longName) const
{
    return m_parser.isSet(QLatin1String(option(longName).longName));
}

QString Invocation::value(const char *longName) const
{
    return m_parser.value(QLatin1String(option(longName).longName));
}

int Invocation::usageError(const QString &message) const
{
    return commandUsageError(m_command, message);
}

bool asksForHelpOrVersion(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpProgramParser(parser);
    if (!parser.parse(arguments))
        return false;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption()) || parser.isSet(versionOption()) ||
        positional.value(0) == QLatin1String("help"))
        return true;
    const Command *command = findCommand(positional.value(0));
    if (!command)
        return false;
    QCommandLineParser commandParser;
    setUpCommandParser(commandParser, *command);
    return commandParser.parse(QStringList{kProgram} + positional.mid(1)) &&
           (commandParser.isSet(helpOption()) || commandParser.isSet(versionOption()));
}

int runCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    setUpProgramParser(parser);
    const QString usage = CliText::tr("Usage: okuw-bundle <command> [arguments]");
    if (!parser.parse(arguments))
        return usageError(kProgram, parseError(parser, arguments.mid(1)), usage, kProgram);
    if (parser.isSet(versionOption()))
        return printVersion();
    const QStringList positional = parser.positionalArguments();
    const QString name = positional.value(0);
    const bool help = parser.isSet(helpOption());
    if (help || name == QLatin1String("help")) {
        const QString topic = help ? QString() : positional.value(1);
        if (topic.isEmpty()) {
            out() << programHelp();
            return 0;
        }
        if (const Command *c = findCommand(topic)) {
            out() << commandHelp(*c);
            return 0;
        }
        return usageError(kProgram, CliText::tr("unknown command \"%1\"").arg(topic), usage,
                          kProgram);
    }
    if (name.isEmpty()) {
        err() << programHelp();
        return 2;
    }
    const Command *command = findCommand(name);
    if (!command)
        return usageError(kProgram, CliText::tr("unknown command \"%1\"").arg(name), usage,
                          kProgram);
    return runCommand(*command, positional.mid(1));
}

} // namespace okuw::cli
