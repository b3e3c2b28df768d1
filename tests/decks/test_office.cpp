// PowerPoint and Impress decks: speaker notes read from the files themselves
// (written here by hand, and a .pptx saved by LibreOffice), and the
// conversion by LibreOffice: missing, hanging (a fake soffice that never
// ends), a page count that differs from the notes' (a fake soffice), and
// real when it is installed (writing nothing into $HOME).
#include "builder/officedeck.h"
#include "core/bundle.h"
#include "decksupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QPdfDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace okuw;
using namespace okuw::test;

namespace {

const QStringList kNotes = {QStringLiteral("Open with a question.\n\nThen the definition."),
                            QStringLiteral("A hidden slide's notes"),
                            QStringLiteral("Close & thank <everyone>.\n\n* Stars: 2 * 3 = 6.")};
// kNotes[2] as it is stored: Markdown that shows the plain text as written.
const QString kClosingStored =
    QStringLiteral("Close & thank \\<everyone>.\n\n\\* Stars: 2 \\* 3 = 6.");

QString buildOffice(const QTemporaryDir &dir, const QString &file, const QProcessEnvironment &env,
                    ProcessResult *r)
{
    const QString src = dir.filePath(QStringLiteral("src"));
    writeDeckSource(src, QStringLiteral("{en: %1}").arg(file));
    const QString out = dir.filePath(QStringLiteral("out.okuw"));
    *r = runToolWith({QStringLiteral("build"), src, QStringLiteral("-o"), out}, env);
    return out;
}

// A PATH with the system's tools but no LibreOffice: only the folders that
// hold no soffice, plus `extra` first.
QString pathWithout(const QString &extra)
{
    QStringList dirs;
    if (!extra.isEmpty())
        dirs << extra;
    for (const QString &d : qEnvironmentVariable("PATH").split(QLatin1Char(':'))) {
        if (!QFileInfo::exists(d + QStringLiteral("/soffice")) &&
            !QFileInfo::exists(d + QStringLiteral("/libreoffice")))
            dirs << d;
    }
    return dirs.join(QLatin1Char(':'));
}

} // namespace

TEST_CASE("speaker notes from a .pptx and an .odp written by hand", "[decks][office]")
{
    QTemporaryDir dir;
    QStringList notes;
    QString why;
    SECTION("pptx")
    {
        const QString pptx = dir.filePath(QStringLiteral("talk.pptx"));
        REQUIRE(writePptx(pptx, kNotes, {1}));
        REQUIRE(builder::readOfficeNotes(pptx, &notes, &why));
    }
    SECTION("odp")
    {
        const QString odp = dir.filePath(QStringLiteral("talk.odp"));
        REQUIRE(writeOdp(odp, kNotes, {1}));
        REQUIRE(builder::readOfficeNotes(odp, &notes, &why));
    }
    // The hidden slide is left out (LibreOffice leaves it out of the PDF);
    // paragraphs are kept; the slide number placeholder is not a note.
    // Plain text, stored as Markdown that shows it as written.
    REQUIRE(notes.size() == 2);
    CHECK(notes[0] == kNotes[0]);
    CHECK(notes[1] == kClosingStored);
}

TEST_CASE("a .pptx that is not a zip or not a presentation is refused by name", "[decks][office]")
{
    QTemporaryDir dir;
    const QString src = dir.filePath(QStringLiteral("src/deck"));
    QDir().mkpath(src);
    QString expected;
    SECTION("not a zip")
    {
        writeFile(src + QStringLiteral("/talk.pptx"), "PowerPoint? No, plain text.");
        expected = QStringLiteral("not a zip file");
    }
    SECTION("a zip but not a presentation")
    {
        REQUIRE(writeZip(src + QStringLiteral("/talk.pptx"),
                         {{QStringLiteral("word/document.xml"), "<w:document/>"}}));
        expected = QStringLiteral("not a PowerPoint presentation");
    }
    ProcessResult r;
    const QString out = buildOffice(dir, QStringLiteral("talk.pptx"), {}, &r);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("talk.pptx")));
    CHECK(r.err.contains(expected));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("without LibreOffice the build says what to install", "[decks][office]")
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("src/deck")));
    REQUIRE(writePptx(dir.filePath(QStringLiteral("src/deck/talk.pptx")), kNotes));
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), pathWithout({}));
    ProcessResult r;
    const QString out = buildOffice(dir, QStringLiteral("talk.pptx"), env, &r);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("talk.pptx")));
    CHECK(r.err.contains(QStringLiteral("libreoffice-impress-nogui")));
    CHECK(r.err.contains(QStringLiteral("export the deck to PDF")));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("LibreOffice that hangs is stopped at the time limit", "[decks][office]")
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("src/deck")));
    REQUIRE(writeOdp(dir.filePath(QStringLiteral("src/deck/talk.odp")), kNotes));
    // A soffice that never finishes (it records that it ran).
    const QString bin = dir.filePath(QStringLiteral("bin"));
    QDir().mkpath(bin);
    const QString fake = bin + QStringLiteral("/soffice");
    writeFile(fake, "#!/bin/sh\necho \"$@\" > \"${0%/*}/ran\"\nexec /bin/sleep 600\n");
    QFile::setPermissions(fake, QFile::permissions(fake) | QFileDevice::ExeOwner);
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), pathWithout(bin));
    env.insert(QStringLiteral("OKUW_SOFFICE_TIMEOUT"), QStringLiteral("2"));
    ProcessResult r;
    const QString out = buildOffice(dir, QStringLiteral("talk.odp"), env, &r);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("talk.odp")));
    CHECK(r.err.contains(QStringLiteral("did not finish within 2 seconds")));
    CHECK_FALSE(QFile::exists(out));
    // It ran headless in a profile folder of its own, never the user's.
    const QString args = QString::fromUtf8(readFile(bin + QStringLiteral("/ran")));
    CHECK(args.contains(QStringLiteral("--headless")));
    CHECK(args.contains(QStringLiteral("-env:UserInstallation=file:///")));
    CHECK_FALSE(args.contains(QDir::homePath() + QStringLiteral("/.config/libreoffice")));
#endif
}

namespace {

bool haveSoffice()
{
    if (!QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        return true;
    WARN("soffice is not installed (Debian: libreoffice-impress-nogui): the conversion "
         "test did not run");
    return false;
}

// Every entry under `dir`, hidden ones too.
QStringList everythingUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

// The slides and notes of a deck converted by LibreOffice: the hidden
// slide left out, paragraphs kept, the plain-text notes shown as written
// in the handout export.
void checkConverted(const QTemporaryDir &dir, const QString &out)
{
    const auto bundle = core::Bundle::open(out, nullptr);
    REQUIRE(bundle);
    const auto slides = bundle->slides(bundle->modules().first().id, QStringLiteral("en"));
    REQUIRE(slides.size() == 2);
    CHECK(slides[0].isPdfPage());
    CHECK(slides[0].body.contains(QStringLiteral("Slide 1")));
    CHECK(slides[1].body.contains(QStringLiteral("Slide 3")));
    CHECK(slides[0].notes == kNotes[0]);
    CHECK(slides[1].notes == kClosingStored);
    const QString handout = dir.filePath(QStringLiteral("handout.pdf"));
    const ProcessResult exported = runTool(
        {QStringLiteral("export"), out, QStringLiteral("deck"), QStringLiteral("--pdf"), handout});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    QPdfDocument pdf;
    REQUIRE(pdf.load(handout) == QPdfDocument::Error::None);
    REQUIRE(pdf.pageCount() == 2);
    const QString text = pdf.getAllText(1).text().simplified();
    CHECK(text.contains(QStringLiteral("Close & thank <everyone>.")));
    CHECK(text.contains(QStringLiteral("* Stars: 2 * 3 = 6.")));
}

} // namespace

TEST_CASE("an .odp converted by LibreOffice becomes a PDF deck with its notes", "[decks][office]")
{
    if (!haveSoffice())
        return;
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("src/deck")));
    REQUIRE(writeOdp(dir.filePath(QStringLiteral("src/deck/talk.odp")), kNotes, {1}));
    ProcessResult r;
    // A home of the test's own: LibreOffice must write nothing into it.
    const QString home = dir.filePath(QStringLiteral("home"));
    REQUIRE(QDir().mkpath(home));
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home);
    const QString out = buildOffice(dir, QStringLiteral("talk.odp"), env, &r);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.err.contains(QStringLiteral("warning")));
    checkConverted(dir, out);
    const QStringList written = everythingUnder(home);
    INFO(written.join(QLatin1Char('\n')).toStdString());
    CHECK(written.isEmpty());
}

TEST_CASE("a .pptx saved by LibreOffice becomes a PDF deck with its notes", "[decks][office]")
{
    if (!haveSoffice())
        return;
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("src/deck")));
    // PowerPoint's format as a real program writes it: the test's .odp saved
    // as .pptx by LibreOffice (notes slides, relationships, the hidden slide).
    const QString odp = dir.filePath(QStringLiteral("talk.odp"));
    REQUIRE(writeOdp(odp, kNotes, {1}));
    QProcess soffice;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("lo-home")));
    soffice.setProcessEnvironment(env);
    soffice.setProcessChannelMode(QProcess::MergedChannels);
    soffice.start(QStringLiteral("soffice"),
                  {QStringLiteral("-env:UserInstallation=") +
                       QUrl::fromLocalFile(dir.filePath(QStringLiteral("lo-profile"))).toString(),
                   QStringLiteral("--headless"), QStringLiteral("--norestore"),
                   QStringLiteral("--convert-to"), QStringLiteral("pptx"),
                   QStringLiteral("--outdir"), dir.filePath(QStringLiteral("src/deck")), odp});
    REQUIRE(soffice.waitForFinished(240000));
    INFO(soffice.readAll().toStdString());
    REQUIRE(soffice.exitCode() == 0);
    const QString pptx = dir.filePath(QStringLiteral("src/deck/talk.pptx"));
    REQUIRE(QFileInfo(pptx).isFile());

    ProcessResult r;
    const QString out = buildOffice(dir, QStringLiteral("talk.pptx"), {}, &r);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.err.contains(QStringLiteral("warning")));
    checkConverted(dir, out);
}

TEST_CASE("notes for more slides than LibreOffice made pages are warned about by name",
          "[decks][office]")
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("src/deck")));
    REQUIRE(writePptx(dir.filePath(QStringLiteral("src/deck/talk.pptx")),
                      {QStringLiteral("one"), QStringLiteral("two")}));
    // A soffice that "converts" it to a PDF of three pages.
    const QString bin = dir.filePath(QStringLiteral("bin"));
    QDir().mkpath(bin);
    writePdfDeck(bin + QStringLiteral("/made.pdf"),
                 {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    const QString fake = bin + QStringLiteral("/soffice");
    writeFile(fake, "#!/bin/sh\n"
                    "while [ $# -gt 1 ]; do [ \"$1\" = --outdir ] && out=\"$2\"; shift; done\n"
                    "/bin/cp \"${0%/*}/made.pdf\" \"$out/talk.pdf\"\n");
    QFile::setPermissions(fake, QFile::permissions(fake) | QFileDevice::ExeOwner);
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), pathWithout(bin));
    ProcessResult r;
    const QString out = buildOffice(dir, QStringLiteral("talk.pptx"), env, &r);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("talk.pptx: warning:")));
    CHECK(r.err.contains(QStringLiteral("speaker notes for 2 slides")));
    CHECK(r.err.contains(QStringLiteral("made 3 pages")));
    const auto bundle = core::Bundle::open(out, nullptr);
    REQUIRE(bundle);
    CHECK(bundle->slides(bundle->modules().first().id, QStringLiteral("en")).size() == 3);
    // --strict makes the warning an error: no bundle.
    const QString strictOut = dir.filePath(QStringLiteral("strict.okuw"));
    const ProcessResult strict =
        runToolWith({QStringLiteral("build"), dir.filePath(QStringLiteral("src")),
                     QStringLiteral("-o"), strictOut, QStringLiteral("--strict")},
                    env);
    CHECK(strict.exitCode == 1);
    CHECK_FALSE(QFile::exists(strictOut));
#endif
}
