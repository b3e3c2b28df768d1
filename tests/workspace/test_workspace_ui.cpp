// The workspace on the offscreen platform with a real bundle built by the
// real okuw-bundle: notes, bookmarks, progress, quiz, glossary, agenda,
// export (Markdown and PDF text checked) and the CLI.
#include "core/bundle.h"
#include "render/notesexport.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/workspace/agendadialog.h"
#include "ui/workspace/bookmarksdock.h"
#include "ui/workspace/exportnotes.h"
#include "ui/workspace/glossarydialog.h"
#include "ui/workspace/notesdock.h"
#include "ui/workspace/quizdialog.h"
#include "ui/workspace/workspace.h"
#include "uisupport.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUrl>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace okuw;
using core::ItemRef;

namespace {

// One sample bundle per test run.
QString sampleBundle()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        test::writeSampleSource(dir.filePath(QStringLiteral("src")));
        path = dir.filePath(QStringLiteral("sample.okuw"));
        const auto r = test::runTool({QStringLiteral("build"), dir.filePath(QStringLiteral("src")),
                                      QStringLiteral("-o"), path});
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    return path;
}

core::Question question(bool multiple, QList<int> correct)
{
    core::Question q;
    q.multiple = multiple;
    q.prompt = QStringLiteral("?");
    q.choices = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    q.correct = correct;
    q.explanation = QStringLiteral("because");
    return q;
}

void setContentLanguage(ui::MainWindow &w, const QString &lang)
{
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->text().endsWith(QStringLiteral("(%1)").arg(lang))) {
            a->trigger();
            return;
        }
    }
}

void saveShot(QWidget *w, const QString &name)
{
    const QString dir = test::binaryDir() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    w->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

TEST_CASE("quiz scoring: single and multiple choice", "[quiz]")
{
    const auto single = question(false, {1});
    CHECK(ui::isCorrect(single, {1}));
    CHECK_FALSE(ui::isCorrect(single, {0}));
    CHECK_FALSE(ui::isCorrect(single, {0, 1}));
    CHECK_FALSE(ui::isCorrect(single, {}));
    const auto multi = question(true, {0, 2});
    CHECK(ui::isCorrect(multi, {2, 0}));
    CHECK_FALSE(ui::isCorrect(multi, {0}));       // partly right is wrong
    CHECK_FALSE(ui::isCorrect(multi, {0, 1, 2})); // too many
    const auto s = ui::scoreQuiz({single, multi, single}, {{1}, {0, 2}});
    CHECK(s.score == 2);
    CHECK(s.total == 3);
}

TEST_CASE("quiz dialog: feedback, explanation, score, retry", "[quiz][ui]")
{
    QList<ui::QuizScore> results;
    ui::QuizDialog dialog(QStringLiteral("M"), {question(false, {1}), question(true, {0, 2})},
                          [&](const ui::QuizScore &s, const QList<QList<int>> &) { results << s; });
    dialog.choose({1});
    dialog.check();
    CHECK(dialog.feedbackText().contains(QStringLiteral("because")));
    CHECK(dialog.feedbackText().contains(QStringLiteral("Correct")));
    dialog.next();
    dialog.choose({0});
    dialog.check();
    CHECK(dialog.feedbackText().contains(QStringLiteral("Not quite")));
    dialog.next();
    REQUIRE(dialog.isShowingScore());
    REQUIRE(results.size() == 1);
    CHECK(results[0].score == 1);
    CHECK(results[0].total == 2);
}

TEST_CASE("glossary filter: any language, case and Turkmen letters ignored", "[glossary][ui]")
{
    QString error;
    auto bundle = core::Bundle::open(sampleBundle(), &error);
    REQUIRE(bundle);
    CHECK(ui::foldForSearch(QStringLiteral("Söwdasy ÇÄŇÖŞÜÝŽ")) ==
          QStringLiteral("sowdasy canosuyz"));
    ui::GlossaryDialog dialog(bundle->glossary(),
                              core::ContentLanguage(QStringLiteral("ru"), bundle->info()));
    REQUIRE(dialog.visibleKeys().size() == 2);
    dialog.setFilter(QStringLiteral("sowda"));
    CHECK(dialog.visibleKeys() == QStringList{QStringLiteral("tip")});
    dialog.setFilter(QStringLiteral("ЭКСПЛУАТ"));
    CHECK(dialog.visibleKeys() == QStringList{QStringLiteral("exploitation")});
    dialog.setFilter(QStringLiteral("Trafficking"));
    CHECK(dialog.visibleKeys() == QStringList{QStringLiteral("tip")});
    dialog.setFilter(QStringLiteral("zzz"));
    CHECK(dialog.visibleKeys().isEmpty());
    // needsReview: the Turkmen "exploitation" is marked.
    bool marked = false;
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        marked = marked || dialog.table()->item(row, 2)->text().contains(QStringLiteral("⚠"));
    CHECK(marked);
}

TEST_CASE("glossary: content language first, sorted by its letters, rows alike, language names",
          "[glossary][ui]")
{
    auto term = [](qint64 id, const char *key, const char *en, const char *ru, const char *tk) {
        core::GlossaryTerm t;
        t.id = id;
        t.key = QString::fromUtf8(key);
        t.term = {{QStringLiteral("en"), QString::fromUtf8(en)},
                  {QStringLiteral("ru"), QString::fromUtf8(ru)},
                  {QStringLiteral("tk"), QString::fromUtf8(tk)}};
        t.definition = {{QStringLiteral("en"), QStringLiteral("Definition.")},
                        {QStringLiteral("ru"), QStringLiteral("Определение.")}};
        return t;
    };
    QList<core::GlossaryTerm> terms = {
        term(1, "aut", "aut dedere aut judicare", "«выдай или суди»", "«tabşyr ýa-da kazyýet et»"),
        term(2, "abuse", "abuse of a position of vulnerability",
             "злоупотребление уязвимостью положения", "ejiz ýagdaýdan peýdalanmak"),
        term(3, "accomplice",
             "accomplice to a crime whose long name will never fit in a narrow column of the "
             "table at all",
             "пособник", "şärik"),
        term(4, "adult", "adult", "взрослый", "uly adam"),
    };
    terms[0].needsReview = {QStringLiteral("tk")};
    core::BundleInfo info;
    info.languages = {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("tk")};
    info.defaultLanguage = QStringLiteral("en");

    ui::GlossaryDialog ru(terms, core::ContentLanguage(QStringLiteral("ru"), info));
    ru.show();
    CHECK(ru.columnLanguages() ==
          QStringList{QStringLiteral("ru"), QStringLiteral("en"), QStringLiteral("tk")});
    CHECK(ru.table()->horizontalHeaderItem(0)->text() == QStringLiteral("Russian"));
    // By letters: the guillemets of «выдай или суди» do not put it first.
    // взрослый, выдай, злоупотребление, пособник.
    CHECK(ru.visibleKeys() == QStringList{QStringLiteral("adult"), QStringLiteral("aut"),
                                          QStringLiteral("abuse"), QStringLiteral("accomplice")});
    const int h = ru.table()->rowHeight(0);
    for (int row = 1; row < ru.table()->rowCount(); ++row)
        CHECK(ru.table()->rowHeight(row) == h);
    CHECK(h < ru.fontMetrics().height() * 2);
    REQUIRE(ru.selectTerm(1));
    CHECK(ru.selectedKey() == QStringLiteral("aut"));
    const QString definition = ru.findChild<QTextBrowser *>()->toPlainText();
    CHECK(definition.contains(QStringLiteral("Türkmençe")));
    CHECK_FALSE(definition.contains(QStringLiteral(": tk")));
    CHECK_FALSE(ru.selectTerm(99));

    ui::GlossaryDialog tk(terms, core::ContentLanguage(QStringLiteral("tk"), info));
    CHECK(tk.columnLanguages().first() == QStringLiteral("tk"));
    CHECK(tk.visibleKeys() == QStringList{QStringLiteral("abuse"), QStringLiteral("accomplice"),
                                          QStringLiteral("aut"), QStringLiteral("adult")});
}

TEST_CASE("agenda marks the session running now", "[agenda][ui]")
{
    QString error;
    auto bundle = core::Bundle::open(sampleBundle(), &error);
    REQUIRE(bundle);
    const auto items = bundle->agenda();
    REQUIRE(items.size() == 3);
    auto at = [](const char *when) {
        return [when] { return QDateTime::fromString(QString::fromLatin1(when), Qt::ISODate); };
    };
    const core::ContentLanguage ru(QStringLiteral("ru"), bundle->info());
    ui::AgendaDialog during(items, bundle->modules(), ru, at("2026-12-08T09:40:00"));
    CHECK(during.currentSession() == 1);
    ui::AgendaDialog before(items, bundle->modules(), ru, at("2026-12-07T09:40:00"));
    CHECK(before.currentSession() == -1);
    qint64 opened = 0;
    QObject::connect(&during, &ui::AgendaDialog::moduleRequested, [&](qint64 id) { opened = id; });
    QTreeWidgetItem *session = during.tree()->topLevelItem(0)->child(1);
    during.tree()->setCurrentItem(session);
    Q_EMIT during.tree()->itemActivated(session, 0);
    CHECK(opened == bundle->moduleBySlug(QStringLiteral("alpha"))->id);
}

TEST_CASE("typing a note and switching slides keeps it, as do bookmarks, progress and resume",
          "[notes][ui]")
{
    QTemporaryDir dir;
    const auto profile = test::makeProfile(dir.path());
    ui::MainWindow window(*profile);
    ui::WorkspaceOptions options;
    options.seenAfterMs = 100;
    auto *ws = new ui::Workspace(&window, options);
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openBundle(sampleBundle(), false));
    auto bundle = window.bundle();
    const qint64 alpha = bundle->moduleBySlug(QStringLiteral("alpha"))->id;

    REQUIRE(window.openSlideByKey(alpha, QStringLiteral("opening")));
    QPlainTextEdit *editor = ws->notesDock()->editor();
    editor->setFocus();
    // keyClicks takes ASCII only; the rest goes in as an input method would.
    QTest::keyClicks(editor, QStringLiteral("Note: "));
    editor->insertPlainText(QStringLiteral("Моя заметка ç ş"));
    REQUIRE(window.openSlideByKey(alpha, QStringLiteral("definition")));
    CHECK(editor->toPlainText().isEmpty());
    const QString bid = bundle->info().id;
    CHECK(ws->store()
              ->note(bid, ItemRef::forSlide(QStringLiteral("alpha"), QStringLiteral("opening")))
              .value == QStringLiteral("Note: Моя заметка ç ş"));
    REQUIRE(window.openSlideByKey(alpha, QStringLiteral("opening")));
    CHECK(editor->toPlainText() == QStringLiteral("Note: Моя заметка ç ş"));

    // Saved by the debounce alone, without a slide change.
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral("!"));
    const auto stored = [&] {
        return ws->store()
            ->note(bid, ItemRef::forSlide(QStringLiteral("alpha"), QStringLiteral("opening")))
            .value;
    };
    REQUIRE(QTest::qWaitFor([&] { return stored() == QStringLiteral("Note: Моя заметка ç ş!"); },
                            10000));

    // Seen after a moment; the badge says so.
    REQUIRE(QTest::qWaitFor(
        [&] { return ws->moduleBadge(alpha).startsWith(QStringLiteral("1/3")); }, 10000));

    ws->bookmarkAction()->trigger();
    CHECK(ws->store()
              ->isBookmarked(bid,
                             ItemRef::forSlide(QStringLiteral("alpha"), QStringLiteral("opening")))
              .value);
    CHECK(ws->bookmarksDock()->bookmarkList()->count() == 1);
    CHECK(ws->allNotesDock()->noteList()->count() == 1);
    // "All my notes" is a tab beside "My notes", not inside Bookmarks.
    CHECK(window.tabifiedDockWidgets(ws->notesDock()).contains(ws->allNotesDock()));
    CHECK(ws->bookmarksDock()->findChildren<QListWidget *>().size() == 1);
    CHECK(ws->allNotesDock()->windowTitle().contains(QStringLiteral("(1)")));
    // A click on a note opens its slide.
    REQUIRE(window.openSlideByKey(alpha, QStringLiteral("definition")));
    ws->allNotesDock()->show();
    ws->allNotesDock()->raise();
    QListWidget *all = ws->allNotesDock()->noteList();
    REQUIRE(QTest::qWaitFor([&] { return all->isVisible(); }, 10000));
    const QRect first = all->visualItemRect(all->item(0));
    QTest::mouseClick(all->viewport(), Qt::LeftButton, {}, first.center());
    REQUIRE(window.currentSlide());
    CHECK(window.currentSlide()->key == QStringLiteral("opening"));

    // Resume: the next window on the same profile opens where this one stopped.
    REQUIRE(window.openSlideByKey(alpha, QStringLiteral("definition")));
    window.close();
    ui::MainWindow second(*profile);
    new ui::Workspace(&second, options);
    REQUIRE(second.openBundle(sampleBundle(), false));
    REQUIRE(second.currentSlide());
    CHECK(second.currentSlide()->key == QStringLiteral("definition"));
}

TEST_CASE("a note that cannot be read is not shown as empty and never saved over",
          "[notes][ui][badinput]")
{
    QTemporaryDir dir;
    const auto profile = test::makeProfile(dir.path());
    ui::MainWindow window(*profile);
    auto *ws = new ui::Workspace(&window);
    window.show();
    REQUIRE(window.openBundle(sampleBundle(), false));
    const QString bid = window.bundle()->info().id;
    const qint64 alpha = window.bundle()->moduleBySlug(QStringLiteral("alpha"))->id;
    const auto opening = ItemRef::forSlide(QStringLiteral("alpha"), QStringLiteral("opening"));
    REQUIRE(ws->store()->setNote(bid, opening, QStringLiteral("what the judge said")));
    REQUIRE(window.openSlideByKey(alpha, QStringLiteral("definition")));

    // Another program breaks the notes table under the running viewer.
    auto raw = [&](const char *sql) {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(profile->paths().storeFile().toUtf8().constData(), &db) == SQLITE_OK);
        sqlite3_busy_timeout(db, 5000);
        const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
        sqlite3_close(db);
        REQUIRE(ok);
    };
    raw("ALTER TABLE notes RENAME COLUMN text TO t");
    REQUIRE(window.openSlideByKey(alpha, QStringLiteral("opening")));
    QPlainTextEdit *editor = ws->notesDock()->editor();
    CHECK(editor->toPlainText().isEmpty());
    CHECK(editor->isReadOnly());
    const auto *status = ws->notesDock()->findChild<QLabel *>(QStringLiteral("notesStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(QStringLiteral("could not be read")));
    // The store's problem bar says so too.
    auto *bar = window.findChild<QFrame *>(QStringLiteral("okuwStoreProblemBar"));
    REQUIRE(bar);
    CHECK(bar->isVisibleTo(&window));

    // Typing cannot reach the store; after the repair the old note is there.
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("overwrite"));
    ws->notesDock()->saveNow();
    REQUIRE(window.openSlideByKey(alpha, QStringLiteral("definition")));
    raw("ALTER TABLE notes RENAME COLUMN t TO text");
    CHECK(ws->store()->note(bid, opening).value == QStringLiteral("what the judge said"));
    REQUIRE(window.openSlideByKey(alpha, QStringLiteral("opening")));
    CHECK(editor->toPlainText() == QStringLiteral("what the judge said"));
    CHECK_FALSE(editor->isReadOnly());
}

TEST_CASE("a note the store refuses is kept across slides, and rescued to a file at close",
          "[notes][ui][badinput]")
{
    QTemporaryDir dir;
    const auto profile = test::makeProfile(dir.path());
    QString bid;
    const QString big = QStringLiteral("Свидетель сказал: ") + QString(200000, QLatin1Char('z'));
    {
        ui::MainWindow window(*profile);
        auto *ws = new ui::Workspace(&window);
        window.show();
        REQUIRE(window.openBundle(sampleBundle(), false));
        bid = window.bundle()->info().id;
        const qint64 alpha = window.bundle()->moduleBySlug(QStringLiteral("alpha"))->id;
        REQUIRE(window.openSlideByKey(alpha, QStringLiteral("opening")));
        ws->store()->simulateFullDiskForTesting();
        QPlainTextEdit *editor = ws->notesDock()->editor();
        editor->setFocus();
        editor->insertPlainText(big);
        CHECK_FALSE(ws->notesDock()->saveNow());
        // Another slide and back: the text is still in the editor, marked unsaved.
        REQUIRE(window.openSlideByKey(alpha, QStringLiteral("definition")));
        CHECK(editor->toPlainText().isEmpty());
        const auto *status = ws->notesDock()->findChild<QLabel *>(QStringLiteral("notesStatus"));
        REQUIRE(status);
        CHECK(status->text().contains(QStringLiteral("not saved")));
        REQUIRE(window.openSlideByKey(alpha, QStringLiteral("opening")));
        CHECK(editor->toPlainText() == big);
        CHECK(status->text().startsWith(QStringLiteral("Not saved")));
        CHECK(ws->notesDock()->unsavedCount() == 1);

        // The window closes with the disk still full: a file holds the text,
        // and a message says where.
        QString message;
        QTimer closer;
        QObject::connect(&closer, &QTimer::timeout, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                message = box->text();
                box->accept();
            }
        });
        closer.start(20);
        window.close();
        CHECK(message.contains(QStringLiteral("okuw-unsaved-notes-")));
    }
    const QStringList rescued =
        QDir(profile->paths().dataDir).entryList({QStringLiteral("okuw-unsaved-notes-*.md")});
    REQUIRE(rescued.size() == 1);
    const QString text =
        QString::fromUtf8(test::readFile(QDir(profile->paths().dataDir).filePath(rescued.first())));
    CHECK(text.contains(big));
    CHECK(text.contains(bid));
}

TEST_CASE("the notes-file problem bar shows whatever window layout was saved",
          "[notes][ui][badinput]")
{
    QTemporaryDir dir;
    const auto profile = test::makeProfile(dir.path());
    {
        // A layout saved with every toolbar hidden.
        ui::MainWindow window(*profile);
        new ui::Workspace(&window);
        window.show();
        for (QToolBar *bar : window.findChildren<QToolBar *>())
            bar->hide();
        window.close();
    }
    profile->store().close();
    REQUIRE(test::writeFile(profile->paths().storeFile(), QByteArray(4096, 'x')));
    REQUIRE_FALSE(profile->store().open(profile->paths().storeFile()));
    ui::MainWindow window(*profile);
    new ui::Workspace(&window);
    window.show();
    auto *bar = window.findChild<QFrame *>(QStringLiteral("okuwStoreProblemBar"));
    REQUIRE(bar);
    CHECK(bar->isVisible());
    auto *fresh = bar->findChild<QPushButton *>();
    REQUIRE(fresh);
    CHECK(fresh->isVisible());
}

TEST_CASE("remove my data leaves nothing of the user behind", "[privacy][ui]")
{
    QTemporaryDir dir;
    const auto profile = test::makeProfile(dir.path());
    const QByteArray secret = "NOTE-ABOUT-WITNESS-93127";
    {
        ui::MainWindow window(*profile);
        auto *ws = new ui::Workspace(&window);
        window.show();
        REQUIRE(window.openBundle(sampleBundle(), false));
        const qint64 alpha = window.bundle()->moduleBySlug(QStringLiteral("alpha"))->id;
        REQUIRE(window.openSlideByKey(alpha, QStringLiteral("definition")));
        ws->notesDock()->editor()->setFocus();
        ws->notesDock()->editor()->insertPlainText(QString::fromLatin1(secret));
        REQUIRE(ws->notesDock()->saveNow());
        ws->bookmarkAction()->trigger();
        window.close(); // the window's place and layout are saved
    }
    auto filesOf = [&] {
        QByteArray all;
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
            all += test::readFile(dir.filePath(name));
        return all;
    };
    const QByteArray bundlePath = QFileInfo(sampleBundle()).absoluteFilePath().toUtf8();
    REQUIRE(filesOf().contains(secret));
    REQUIRE(filesOf().contains(bundlePath)); // the recent list

    ui::MainWindow window(*profile);
    auto *ws = new ui::Workspace(&window);
    REQUIRE(window.openBundle(sampleBundle(), false));
    REQUIRE(ws->removeData(true));
    CHECK(ws->notesDock()->editor()->toPlainText().isEmpty());
    CHECK(profile->settings().recentBundles().isEmpty());
    CHECK_FALSE(filesOf().contains(secret));
    CHECK_FALSE(filesOf().contains(bundlePath));
    const QString bid = window.bundle()->info().id;
    CHECK(ws->store()->notes(bid).value.isEmpty());
    CHECK(ws->store()->bookmarks(bid).value.isEmpty());
    CHECK_FALSE(ws->store()->resume(bid).value.has_value());
}

TEST_CASE("export: Markdown and PDF contain every note, orphans too", "[export]")
{
    QTemporaryDir dir;
    QString error;
    auto bundle = core::Bundle::open(sampleBundle(), &error);
    REQUIRE(bundle);
    core::UserStore store;
    REQUIRE(store.open(dir.filePath(QStringLiteral("user.sqlite"))));
    const QString bid = bundle->info().id;
    const auto alpha = *bundle->moduleBySlug(QStringLiteral("alpha"));
    const auto docs = bundle->documents(alpha.id);
    REQUIRE_FALSE(docs.isEmpty());
    const QStringList texts = {QStringLiteral("First note about the opening"),
                               QStringLiteral("Заметка об определении"),
                               QStringLiteral("Handout page remark"),
                               QStringLiteral("Beta thought"), QStringLiteral("Orphaned remark")};
    REQUIRE(store.setNote(bid, ItemRef::forSlide("alpha", "opening"), texts[0]));
    REQUIRE(store.setNote(bid, ItemRef::forSlide("alpha", "definition"), texts[1]));
    REQUIRE(store.setNote(bid, ItemRef::forPage("alpha", core::documentKey(docs[0]), 0), texts[2]));
    REQUIRE(store.setNote(bid, ItemRef::forSlide("beta", "beta"), texts[3]));
    REQUIRE(store.setNote(bid, ItemRef::forSlide("alpha", "gone"), texts[4], "Old slide"));
    REQUIRE(store.setBookmarked(bid, ItemRef::forSlide("beta", "beta"), true));

    const core::ContentLanguage en(QStringLiteral("en"), bundle->info());
    const auto read = render::collectNotes(*bundle, store, {}, en);
    REQUIRE(read.ok());
    const auto &all = read.value;
    CHECK(all.size() == 5);
    const QString md = render::notesMarkdown(*bundle, all, en);
    for (const QString &t : texts)
        CHECK(md.contains(t));
    CHECK(md.contains(QStringLiteral("no longer in this bundle")));
    CHECK(md.contains(QStringLiteral("★")));
    const auto onlyBeta = render::collectNotes(*bundle, store, QStringLiteral("beta"), en).value;
    REQUIRE(onlyBeta.size() == 1);
    CHECK(onlyBeta[0].note == texts[3]);

    const QString pdfPath = dir.filePath(QStringLiteral("notes.pdf"));
    REQUIRE(render::writeNotesPdf(*bundle, all, en, pdfPath, &error));
    QPdfDocument pdf;
    REQUIRE(pdf.load(pdfPath) == QPdfDocument::Error::None);
    QString text;
    for (int p = 0; p < pdf.pageCount(); ++p)
        text += pdf.getAllText(p).text() + QLatin1Char('\n');
    text = text.simplified();
    for (const QString &t : texts)
        CHECK(text.contains(t));

    // The same from the command line.
    store.close();
    const QString cliMd = dir.filePath(QStringLiteral("cli.md"));
    auto r =
        test::runTool({QStringLiteral("notes"), sampleBundle(), QStringLiteral("--md"), cliMd,
                       QStringLiteral("--store"), dir.filePath(QStringLiteral("user.sqlite"))});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString fromCli = QString::fromUtf8(test::readFile(cliMd));
    for (const QString &t : texts)
        CHECK(fromCli.contains(t));
    const QString cliPdf = dir.filePath(QStringLiteral("cli.pdf"));
    r = test::runTool({QStringLiteral("notes"), sampleBundle(), QStringLiteral("--module"),
                       QStringLiteral("beta"), QStringLiteral("--pdf"), cliPdf,
                       QStringLiteral("--store"), dir.filePath(QStringLiteral("user.sqlite"))});
    REQUIRE(r.exitCode == 0);
    QPdfDocument cli;
    REQUIRE(cli.load(cliPdf) == QPdfDocument::Error::None);
    CHECK(cli.getAllText(0).text().contains(texts[3]));
    r = test::runTool({QStringLiteral("notes"), sampleBundle(), QStringLiteral("--md"), cliMd,
                       QStringLiteral("--store"), dir.filePath(QStringLiteral("missing.sqlite"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("missing.sqlite")));
}

namespace {
// Catches the URLs QDesktopServices would open: no program is started.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};
} // namespace

TEST_CASE("export my notes: starts in Documents, says where, Open and Show in folder",
          "[export][ui]")
{
    // The test's HOME is a scratch folder (tests/support/hermetic.cpp).
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    REQUIRE(docs.startsWith(QDir::homePath()));
    REQUIRE(QDir::homePath().contains(QStringLiteral("okuw-test-home")));
    QDir(docs).removeRecursively();
    CHECK(ui::exportStartFolder() == QDir::homePath()); // no Documents yet
    REQUIRE(QDir().mkpath(docs));
    CHECK(ui::exportStartFolder() == docs);

    // "Which notes?": two plain choices; "this module" only with a module open.
    ui::ExportChoiceDialog choice(QStringLiteral("Alpha module"));
    CHECK(choice.allButton()->isChecked());
    CHECK_FALSE(choice.onlyThisModule());
    CHECK(choice.moduleButton()->text().contains(QStringLiteral("Alpha module")));
    choice.moduleButton()->click();
    CHECK(choice.onlyThisModule());
    ui::ExportChoiceDialog none{QString()};
    CHECK_FALSE(none.moduleButton()->isEnabled());
    CHECK_FALSE(none.onlyThisModule());

    QTemporaryDir dir;
    const auto profile = test::makeProfile(dir.path());
    ui::MainWindow window(*profile);
    auto *ws = new ui::Workspace(&window);
    window.show();
    REQUIRE(window.openBundle(sampleBundle(), false));
    const qint64 alpha = window.bundle()->moduleBySlug(QStringLiteral("alpha"))->id;
    REQUIRE(window.openSlideByKey(alpha, QStringLiteral("definition")));
    ws->notesDock()->editor()->setFocus();
    ws->notesDock()->editor()->insertPlainText(QStringLiteral("Exported remark"));
    ui::ExportedBar *bar = ws->exportedBar();
    REQUIRE(bar);
    CHECK_FALSE(bar->isVisible());

    const QString path = docs + QStringLiteral("/my notes.md");
    REQUIRE(ws->exportNotesTo(path, true));
    CHECK(test::readFile(path).contains("Exported remark"));
    CHECK(bar->isVisible());
    CHECK(bar->text().contains(QDir::toNativeSeparators(path)));
    CHECK(bar->y() < window.centralWidget()->height() / 2); // in the window, at the top

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    bar->openButton()->click();
    bar->folderButton()->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    REQUIRE(catcher.urls.size() == 2);
    CHECK(catcher.urls[0] == QUrl::fromLocalFile(path));
    CHECK(catcher.urls[1] == QUrl::fromLocalFile(docs));
    saveShot(&window, QStringLiteral("exported-notes.png"));

    // A PDF too; then a place that cannot be written: said, and no bar.
    REQUIRE(ws->exportNotesTo(docs + QStringLiteral("/notes.pdf"), false));
    CHECK(bar->text().contains(QStringLiteral("notes.pdf")));
    bool warned = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warned = box->text().contains(QStringLiteral("no-such-folder"));
            box->accept();
        }
    });
    poll.start(20);
    CHECK_FALSE(ws->exportNotesTo(docs + QStringLiteral("/no-such-folder/n.md"), false));
    CHECK(warned);
    CHECK_FALSE(bar->isVisible());
}

// Screenshots for a human to look at: OKUW_SCREENSHOT_BUNDLE=<default.okuw>
// tests_workspace_ui "[.screenshots]"; PNGs land in <build>/screenshots.
TEST_CASE("screenshots in Russian content", "[.screenshots]")
{
    const QString path = qEnvironmentVariable("OKUW_SCREENSHOT_BUNDLE", sampleBundle());
    QTemporaryDir dir;
    const auto profile = test::makeProfile(dir.path());
    ui::MainWindow window(*profile);
    ui::WorkspaceOptions options;
    options.seenAfterMs = 10;
    options.clock = [] { return QDateTime(QDate(2026, 12, 8), QTime(10, 40)); };
    auto *ws = new ui::Workspace(&window, options);
    window.resize(1400, 860);
    window.show();
    REQUIRE(window.openBundle(path, false));
    setContentLanguage(window, QStringLiteral("ru"));
    auto bundle = window.bundle();
    const auto modules = bundle->modules();
    REQUIRE_FALSE(modules.isEmpty());
    const auto slides = bundle->slides(modules[0].id, QStringLiteral("ru"));
    REQUIRE(slides.size() > 1);
    REQUIRE(window.openSlideByKey(modules[0].id, slides[1].key));
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ws->notesDock()->editor()->setFocus();
    ws->notesDock()->editor()->insertPlainText(
        QStringLiteral("Спросить тренера: как доказывать «способ», если жертва "
                       "дала согласие? Ст. 3(b) Палермского протокола."));
    ws->bookmarkAction()->trigger();
    REQUIRE(ws->notesDock()->saveNow());
    saveShot(&window, QStringLiteral("workspace-note.png"));

    QList<core::Question> questions = bundle->questions(modules[0].id, QStringLiteral("ru"));
    if (questions.isEmpty())
        questions = bundle->questions(modules[0].id, QStringLiteral("en"));
    ui::QuizDialog quiz(core::pickText(modules[0].title, QStringLiteral("ru")), questions, {},
                        &window);
    quiz.show();
    if (!questions.isEmpty()) {
        quiz.choose(questions[0].correct.mid(0, 1));
        quiz.check();
    }
    REQUIRE(QTest::qWaitForWindowExposed(&quiz));
    saveShot(&quiz, QStringLiteral("workspace-quiz.png"));

    const core::ContentLanguage ru(QStringLiteral("ru"), bundle->info());
    ui::GlossaryDialog glossary(bundle->glossary(), ru, &window);
    glossary.show();
    glossary.setFilter(QStringLiteral("эксплуат"));
    REQUIRE(QTest::qWaitForWindowExposed(&glossary));
    saveShot(&glossary, QStringLiteral("workspace-glossary.png"));

    ui::AgendaDialog agenda(bundle->agenda(), modules, ru, options.clock, &window);
    agenda.show();
    REQUIRE(QTest::qWaitForWindowExposed(&agenda));
    saveShot(&agenda, QStringLiteral("workspace-agenda.png"));
    CHECK(QFile::exists(test::binaryDir() + QStringLiteral("/screenshots/workspace-agenda.png")));
}

TEST_CASE("screenshots of a notes file in trouble", "[.screenshots]")
{
    QTemporaryDir dir;
    const auto profile = test::makeProfile(dir.path());
    ui::MainWindow window(*profile);
    auto *ws = new ui::Workspace(&window);
    window.resize(1400, 860);
    window.show();
    REQUIRE(window.openBundle(sampleBundle(), false));
    const qint64 alpha = window.bundle()->moduleBySlug(QStringLiteral("alpha"))->id;
    REQUIRE(window.openSlideByKey(alpha, QStringLiteral("opening")));
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ws->store()->simulateFullDiskForTesting();
    ws->notesDock()->editor()->setFocus();
    ws->notesDock()->editor()->insertPlainText(
        QStringLiteral("Ask the trainer about Art. 3(b). ").repeated(6000));
    ws->notesDock()->saveNow();
    // The status is shown whole, however long (the dock's layout settles).
    const auto *status = ws->notesDock()->findChild<QLabel *>(QStringLiteral("notesStatus"));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return status->height() >= status->heightForWidth(status->width()) &&
                   status->geometry().bottom() < status->parentWidget()->height();
        },
        5000));
    saveShot(&window, QStringLiteral("notes-not-saved.png"));
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            saveShot(box, QStringLiteral("notes-rescued-message.png"));
            box->accept();
        }
    });
    closer.start(50);
    window.close();

    // A damaged notes file: the banner and its button.
    profile->store().close();
    REQUIRE(test::writeFile(profile->paths().storeFile(), QByteArray(4096, 'x')));
    profile->store().open(profile->paths().storeFile());
    ui::MainWindow second(*profile);
    new ui::Workspace(&second);
    second.resize(1400, 860);
    second.show();
    REQUIRE(second.openBundle(sampleBundle(), false));
    REQUIRE(QTest::qWaitForWindowExposed(&second));
    saveShot(&second, QStringLiteral("notes-file-damaged.png"));
}

#include "test_workspace_ui.moc"
