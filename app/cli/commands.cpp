// The command table: everything okuw-bundle's help and checks say about a
// command comes from here.
#include "commands.h"

namespace okuw::cli {

namespace {

const Argument kBundleArgument[] = {
    {QT_TRANSLATE_NOOP("okuw::cli", "<file.okuw>"),
     QT_TRANSLATE_NOOP("okuw::cli", "The bundle file.")},
};

const Argument kSourceArgument[] = {
    {QT_TRANSLATE_NOOP("okuw::cli", "<source-dir>"),
     QT_TRANSLATE_NOOP("okuw::cli",
                       "The content source folder: bundle.yaml and one folder per module.")},
};
const Option kBuildOptions[] = {
    {"o", "output", QT_TRANSLATE_NOOP("okuw::cli", "<file.okuw>"),
     QT_TRANSLATE_NOOP("okuw::cli",
                       "The bundle to write. A file already there is replaced only when the build "
                       "succeeds."),
     Option::Required},
    {nullptr, "sign", QT_TRANSLATE_NOOP("okuw::cli", "<secret-key>"),
     QT_TRANSLATE_NOOP("okuw::cli",
                       "Sign the bundle with this secret key file (made by keygen). A key that "
                       "cannot be read stops the build; nothing is written.")},
    {nullptr, "strict", nullptr,
     QT_TRANSLATE_NOOP("okuw::cli",
                       "Treat warnings (what Marp would ignore too) as errors: no bundle is "
                       "written.")},
};

const Argument kKeygenArgument[] = {
    {QT_TRANSLATE_NOOP("okuw::cli", "<name>"),
     QT_TRANSLATE_NOOP("okuw::cli",
                       "The publisher's name, as readers will see it: \"Signed by <name>\".")},
};
const Option kKeygenOptions[] = {
    {"o", "output", QT_TRANSLATE_NOOP("okuw::cli", "<base>"),
     QT_TRANSLATE_NOOP("okuw::cli",
                       "Write <base>.secret and <base>.public (default: the name in lower case, "
                       "in the current folder). Existing files are never overwritten.")},
};

const Option kVerifyOptions[] = {
    {nullptr, "trust", QT_TRANSLATE_NOOP("okuw::cli", "<public-key>"),
     QT_TRANSLATE_NOOP("okuw::cli",
                       "Succeed only when the bundle is signed with this public key file.")},
};

const Option kValidateOptions[] = {
    {nullptr, "search-index-only", nullptr,
     QT_TRANSLATE_NOOP("okuw::cli",
                       "Run only SQLite's own check of the search index. validate runs it so, in "
                       "a process of its own, because SQLite can crash on a damaged index.")},
};

const Option kInfoOptions[] = {
    {nullptr, "json", nullptr,
     QT_TRANSLATE_NOOP("okuw::cli", "Print JSON for tools; its keys are stable.")},
};

const Option kNotesOptions[] = {
    {nullptr, "module", QT_TRANSLATE_NOOP("okuw::cli", "<slug>"),
     QT_TRANSLATE_NOOP("okuw::cli", "Only this module's notes.")},
    {nullptr, "lang", QT_TRANSLATE_NOOP("okuw::cli", "<code>"),
     QT_TRANSLATE_NOOP("okuw::cli",
                       "The content language of slide titles and pictures (default: the bundle's "
                       "default language).")},
    {nullptr, "md", QT_TRANSLATE_NOOP("okuw::cli", "<file.md>"),
     QT_TRANSLATE_NOOP("okuw::cli", "Write Markdown to this file."), Option::OneOf},
    {nullptr, "pdf", QT_TRANSLATE_NOOP("okuw::cli", "<file.pdf>"),
     QT_TRANSLATE_NOOP("okuw::cli",
                       "Write a PDF, each note beside its slide's picture, to this file."),
     Option::OneOf},
    {nullptr, "store", QT_TRANSLATE_NOOP("okuw::cli", "<file>"),
     QT_TRANSLATE_NOOP(
         "okuw::cli", "The notes file to read (default: the viewer's, in your user data folder).")},
};

const Argument kSearchArguments[] = {
    {QT_TRANSLATE_NOOP("okuw::cli", "<file.okuw>"),
     QT_TRANSLATE_NOOP("okuw::cli", "The bundle file.")},
    {QT_TRANSLATE_NOOP("okuw::cli", "\"<query>\""),
     QT_TRANSLATE_NOOP(
         "okuw::cli",
         "Words to find: word* finds words that begin so, \"a quoted phrase\" finds the "
         "words in that order. Put -- before a query that begins with -.")},
};
const Option kSearchOptions[] = {
    {nullptr, "lang", QT_TRANSLATE_NOOP("okuw::cli", "<code>"),
     QT_TRANSLATE_NOOP("okuw::cli", "Only this content language.")},
    {nullptr, "module", QT_TRANSLATE_NOOP("okuw::cli", "<slug>"),
     QT_TRANSLATE_NOOP("okuw::cli", "Only this module.")},
    {nullptr, "limit", QT_TRANSLATE_NOOP("okuw::cli", "<n>"),
     QT_TRANSLATE_NOOP("okuw::cli", "At most this many matches (default 20).")},
    {nullptr, "json", nullptr,
     QT_TRANSLATE_NOOP("okuw::cli", "Print JSON for tools; its keys are stable.")},
};

const Argument kExportArguments[] = {
    {QT_TRANSLATE_NOOP("okuw::cli", "<file.okuw>"),
     QT_TRANSLATE_NOOP("okuw::cli", "The bundle file.")},
    {QT_TRANSLATE_NOOP("okuw::cli", "<module>"),
     QT_TRANSLATE_NOOP("okuw::cli", "The module's slug.")},
};
const Option kExportOptions[] = {
    {nullptr, "lang", QT_TRANSLATE_NOOP("okuw::cli", "<code>"),
     QT_TRANSLATE_NOOP("okuw::cli",
                       "The deck's language (default: the bundle's default language).")},
    {nullptr, "png", QT_TRANSLATE_NOOP("okuw::cli", "<dir>"),
     QT_TRANSLATE_NOOP("okuw::cli", "Write one 1920x1080 PNG per slide into this folder."),
     Option::OneOf},
    {nullptr, "pdf", QT_TRANSLATE_NOOP("okuw::cli", "<file.pdf>"),
     QT_TRANSLATE_NOOP("okuw::cli", "Write the slides with their speaker notes to this PDF."),
     Option::OneOf},
};

const Command kCommands[] = {
    {"build",
     QT_TRANSLATE_NOOP(
         "okuw::cli",
         "Build a bundle from a content source folder. Nothing is written unless every "
         "file checks out; each error names file:line. SOURCE_DATE_EPOCH sets a "
         "reproducible build time."),
     kSourceArgument, kBuildOptions, true, runBuild},
    {"lint",
     QT_TRANSLATE_NOOP("okuw::cli",
                       "Check a content source folder before building it: terminology, slide ids "
                       "across languages, speaker notes and timing, sources for figures, glossary "
                       "forms. Prints file:line: message for each problem (exit 1) and how many "
                       "glossary terms are marked for review."),
     kSourceArgument,
     {},
     false,
     runLint},
    {"validate",
     QT_TRANSLATE_NOOP("okuw::cli",
                       "Check a bundle: exit 0 when it is sound, else 1 and one line per problem."),
     kBundleArgument, kValidateOptions, false, runValidate},
    {"verify",
     QT_TRANSLATE_NOOP(
         "okuw::cli",
         "Check that a bundle's content matches its content digest (every blob re-hashed) and "
         "its signature, and say who signed it. Exit 0 when the content is intact and the "
         "signature, if any, is valid (with --trust: signed with that key), else 1."),
     kBundleArgument, kVerifyOptions, false, runVerify},
    {"keygen",
     QT_TRANSLATE_NOOP("okuw::cli",
                       "Make a publisher's key pair for signing bundles: a secret key file (only "
                       "you may read it; keep it off shared machines) and a public key file to "
                       "give to readers."),
     kKeygenArgument, kKeygenOptions, false, runKeygen},
    {"info",
     QT_TRANSLATE_NOOP("okuw::cli",
                       "Show what a bundle holds: its metadata, modules, documents, glossary and "
                       "agenda."),
     kBundleArgument, kInfoOptions, false, runInfo},
    {"notes",
     QT_TRANSLATE_NOOP("okuw::cli",
                       "Export your notes and bookmarks for a bundle, as the viewer saved them, to "
                       "Markdown or PDF."),
     kBundleArgument, kNotesOptions, true, runExportNotes},
    {"search",
     QT_TRANSLATE_NOOP("okuw::cli",
                       "Search a bundle's full-text index, ranked as the viewer ranks it."),
     kSearchArguments, kSearchOptions, false, runSearch},
    {"export",
     QT_TRANSLATE_NOOP(
         "okuw::cli",
         "Export a module's slides as PNG images or as a PDF with speaker notes, drawn as "
         "the viewer draws them."),
     kExportArguments, kExportOptions, true, runExport},
};

} // namespace

std::span<const Command> commandTable()
{
    return kCommands;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : kCommands) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

} // namespace okuw::cli
