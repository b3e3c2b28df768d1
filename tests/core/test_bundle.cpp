// Writer -> reader round trip of every table, lazy blobs, read-only opening.
#include "core/bundle.h"
#include "core/schema.h"
#include "core/sqlite.h"
#include "core/writer.h"
#include "testsupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <catch2/catch.hpp>
#include <thread>
#include <vector>

using namespace okuw::core;

namespace {

QByteArray fakePdf(int size)
{
    QByteArray data("%PDF-1.4\n");
    data.reserve(size);
    while (data.size() < size)
        data.append(char('a' + data.size() % 26));
    return data;
}

// Writes one of everything and returns the PDF bytes it stored.
QByteArray writeSample(const QString &path)
{
    BundleWriter writer(path);
    QString error;
    REQUIRE(writer.begin(&error));
    REQUIRE(writer.setMetadata(QStringLiteral("bundle_id"), QStringLiteral("b-1"), &error));
    REQUIRE(writer.setMetadata(QStringLiteral("version"), QStringLiteral("3"), &error));
    REQUIRE(writer.setMetadata(QStringLiteral("default_language"), QStringLiteral("ru"), &error));
    REQUIRE(
        writer.setMetadata(QStringLiteral("languages"), QStringLiteral("[\"en\",\"ru\"]"), &error));
    REQUIRE(writer.setMetadata(QStringLiteral("build_time"), QStringLiteral("2026-01-02T03:04:05Z"),
                               &error));
    REQUIRE(writer.setBundleText(QStringLiteral("ru"), QStringLiteral("title"),
                                 QStringLiteral("Курс"), &error));
    REQUIRE(writer.setBundleText(QStringLiteral("en"), QStringLiteral("title"),
                                 QStringLiteral("Course"), &error));

    ModuleInfo module;
    module.slug = QStringLiteral("palermo");
    module.position = 1;
    module.durationMinutes = 90;
    module.title = {{QStringLiteral("en"), QStringLiteral("Palermo")},
                    {QStringLiteral("tk"), QStringLiteral("Palermo teswirnamasy")}};
    module.summary = {{QStringLiteral("en"), QStringLiteral("The Protocol")}};
    module.unreviewedLanguages = {QStringLiteral("tk")};
    const qint64 moduleId = writer.addModule(module, &error);
    REQUIRE(moduleId > 0);

    Slide slide;
    slide.moduleId = moduleId;
    slide.lang = QStringLiteral("ru");
    slide.position = 1;
    slide.key = QStringLiteral("definition");
    slide.title = QStringLiteral("Определение");
    slide.body = QStringLiteral("# Определение\n\n- деяние");
    slide.notes = QStringLiteral("Спросите зал.");
    slide.directives = {{QStringLiteral("paginate"), true}};
    REQUIRE(writer.addSlide(slide, &error) > 0);

    Asset asset;
    asset.moduleId = moduleId;
    asset.path = QStringLiteral("images/a.svg");
    asset.mime = QStringLiteral("image/svg+xml");
    REQUIRE(writer.addAsset(asset, QByteArrayLiteral("<svg/>"), &error) > 0);

    const QByteArray pdf = fakePdf(3 * 1024 * 1024 + 17);
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    Document doc;
    doc.moduleId = moduleId;
    doc.lang = QStringLiteral("en");
    doc.position = 1;
    doc.kind = QStringLiteral("reference");
    doc.title = QStringLiteral("Protocol text");
    doc.fileName = QStringLiteral("protocol.pdf");
    doc.pageCount = 2;
    const qint64 docId = writer.addDocument(doc, buffer, &error);
    REQUIRE(docId > 0);
    REQUIRE(writer.addDocumentPage(docId, 1, QStringLiteral("page two text"), &error));

    GlossaryTerm term;
    term.key = QStringLiteral("tip");
    term.term = {{QStringLiteral("en"), QStringLiteral("trafficking in persons")},
                 {QStringLiteral("tk"), QStringLiteral("adam söwdasy")}};
    term.definition = {{QStringLiteral("en"), QStringLiteral("act, means, purpose")}};
    term.needsReview = {QStringLiteral("tk")};
    REQUIRE(writer.addGlossaryTerm(term, &error) > 0);

    Question q;
    q.moduleId = moduleId;
    q.lang = QStringLiteral("en");
    q.position = 1;
    q.key = QStringLiteral("q1");
    q.multiple = true;
    q.prompt = QStringLiteral("Which?");
    q.choices = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    q.correct = {0, 2};
    q.explanation = QStringLiteral("because");
    REQUIRE(writer.addQuestion(q, &error) > 0);

    AgendaItem item;
    item.day = 2;
    item.date = QStringLiteral("2026-12-09");
    item.start = QStringLiteral("09:30");
    item.end = QStringLiteral("11:00");
    item.moduleId = moduleId;
    item.title = {{QStringLiteral("en"), QStringLiteral("Session")}};
    REQUIRE(writer.addAgendaItem(item, &error) > 0);

    REQUIRE(writer.commit(&error));
    return pdf;
}

} // namespace

TEST_CASE("every table survives a writer -> reader round trip", "[bundle]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rt.okuw"));
    const QByteArray pdf = writeSample(path);

    QString error;
    const auto bundle = Bundle::open(path, &error);
    REQUIRE(bundle);
    CHECK(error.isEmpty());
    const BundleInfo &info = bundle->info();
    CHECK(info.id == QStringLiteral("b-1"));
    CHECK(info.version == QStringLiteral("3"));
    CHECK(info.defaultLanguage == QStringLiteral("ru"));
    CHECK(info.languages == QStringList{QStringLiteral("en"), QStringLiteral("ru")});
    CHECK(info.title.value(QStringLiteral("ru")) == QStringLiteral("Курс"));
    CHECK(info.formatVersion == kUserVersion);
    CHECK(info.buildTime.date().year() == 2026);
    CHECK(info.contentHash.size() == 64);

    const auto modules = bundle->modules(&error);
    REQUIRE(modules.size() == 1);
    const ModuleInfo &m = modules.first();
    CHECK(m.slug == QStringLiteral("palermo"));
    CHECK(m.durationMinutes == 90);
    CHECK(m.title.value(QStringLiteral("tk")) == QStringLiteral("Palermo teswirnamasy"));
    CHECK(m.summary.value(QStringLiteral("en")) == QStringLiteral("The Protocol"));
    CHECK(m.slideCount.value(QStringLiteral("ru")) == 1);
    CHECK(m.documentCount.value(QStringLiteral("en")) == 1);
    CHECK(m.unreviewedLanguages == QStringList{QStringLiteral("tk")});
    // Per language; a language with none is absent, as for the other counts.
    CHECK(m.slidesWithNotes == QMap<QString, int>{{QStringLiteral("ru"), 1}});
    CHECK(m.questionCount == QMap<QString, int>{{QStringLiteral("en"), 1}});
    CHECK(m.documentCount.size() == 1);

    const auto slides = bundle->slides(m.id, QStringLiteral("ru"), &error);
    REQUIRE(slides.size() == 1);
    CHECK(slides[0].key == QStringLiteral("definition"));
    CHECK(slides[0].body.contains(QStringLiteral("деяние")));
    CHECK(slides[0].notes == QStringLiteral("Спросите зал."));
    CHECK(slides[0].directives.value(QStringLiteral("paginate")).toBool());
    CHECK(bundle->slides(m.id, QStringLiteral("en")).isEmpty());
    REQUIRE(bundle->slide(slides[0].id));

    const auto asset = bundle->findAsset(m.id, QStringLiteral("./images/a.svg"));
    REQUIRE(asset);
    CHECK(asset->mime == QStringLiteral("image/svg+xml"));
    CHECK(bundle->assetData(asset->id) == QByteArrayLiteral("<svg/>"));
    CHECK_FALSE(bundle->findAsset(m.id, QStringLiteral("images/none.svg")));

    const auto docs = bundle->documents(m.id);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].pageCount == 2);
    CHECK(docs[0].size == pdf.size());
    CHECK(docs[0].sha256 ==
          QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    CHECK(bundle->documentPageText(docs[0].id, 1) == QStringLiteral("page two text"));
    auto device = bundle->openDocument(docs[0].id, &error);
    REQUIRE(device);
    CHECK(device->size() == pdf.size());
    REQUIRE(device->seek(pdf.size() - 100));
    CHECK(device->read(100) == pdf.right(100));
    REQUIRE(device->seek(0));
    CHECK(device->readAll() == pdf);

    const auto glossary = bundle->glossary();
    REQUIRE(glossary.size() == 1);
    CHECK(glossary[0].term.value(QStringLiteral("tk")) == QStringLiteral("adam söwdasy"));
    CHECK(glossary[0].needsReview == QStringList{QStringLiteral("tk")});

    const auto questions = bundle->questions(m.id, QStringLiteral("en"));
    REQUIRE(questions.size() == 1);
    CHECK(questions[0].multiple);
    CHECK(questions[0].choices.size() == 3);
    CHECK(questions[0].correct == QList<int>{0, 2});
    CHECK(questions[0].explanation == QStringLiteral("because"));

    const auto agenda = bundle->agenda();
    REQUIRE(agenda.size() == 1);
    CHECK(agenda[0].day == 2);
    CHECK(agenda[0].moduleSlug == QStringLiteral("palermo"));
    CHECK(agenda[0].title.value(QStringLiteral("en")) == QStringLiteral("Session"));
}

TEST_CASE("the content hash depends on content only", "[bundle]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.okuw"));
    const QString b = dir.filePath(QStringLiteral("b.okuw"));
    writeSample(a);
    writeSample(b);
    QString error;
    const QString hashA = Bundle::open(a, &error)->info().contentHash;
    CHECK(hashA == Bundle::open(b, &error)->info().contentHash);

    Database db;
    REQUIRE(db.open(b, Database::Mode::ReadWriteCreate, &error));
    REQUIRE(db.exec("UPDATE slides SET notes = 'changed'", &error));
    CHECK(computeContentHash(db, &error) != hashA);
}

TEST_CASE("opening and reading never changes the bundle's bytes", "[bundle]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("same.okuw"));
    writeSample(path);
    const QByteArray before = okuw::test::sha256File(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    {
        QString error;
        const auto bundle = Bundle::open(path, &error);
        REQUIRE(bundle);
        for (const auto &m : bundle->modules()) {
            bundle->slides(m.id, QStringLiteral("ru"));
            for (const auto &d : bundle->documents(m.id))
                bundle->openDocument(d.id)->readAll();
        }
        bundle->glossary();
        bundle->agenda();
    }
    CHECK(okuw::test::sha256File(path) == before);
    // No journal, -wal or -shm file appeared beside it either.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == filesBefore);
}

TEST_CASE("a read-only file in a read-only folder opens", "[bundle]")
{
    QTemporaryDir dir;
    const QString sub = dir.filePath(QStringLiteral("usb"));
    QDir().mkpath(sub);
    const QString path = sub + QStringLiteral("/ro.okuw");
    writeSample(path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile::setPermissions(sub,
                          QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
    QString error;
    const auto bundle = Bundle::open(path, &error);
    CHECK(bundle);
    CHECK(error.isEmpty());
    if (bundle)
        CHECK(bundle->modules().size() == 1);
    QFile::setPermissions(sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_CASE("a bundle can be read from worker threads at once", "[bundle]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("threads.okuw"));
    const QByteArray pdf = writeSample(path);
    QString error;
    const auto bundle = Bundle::open(path, &error);
    REQUIRE(bundle);
    const qint64 moduleId = bundle->modules().first().id;
    const qint64 docId = bundle->documents(moduleId).first().id;
    // Plain threads, not Qt's pool, for the tsan preset: ThreadSanitizer
    // sees their start and join, not a hand-over through Qt's queue.
    std::vector<char> ok(4, 0);
    std::vector<std::thread> threads;
    for (int i = 0; i < 4; ++i) {
        threads.emplace_back([&bundle, &ok, moduleId, docId, &pdf, i] {
            for (int n = 0; n < 50; ++n) {
                if (bundle->slides(moduleId, QStringLiteral("ru")).size() != 1)
                    return;
            }
            auto device = bundle->openDocument(docId);
            ok[size_t(i)] = device && device->readAll() == pdf;
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (char each : ok)
        CHECK(each);
}

TEST_CASE("an abandoned writer leaves no file behind", "[bundle]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("never.okuw"));
    {
        BundleWriter writer(path);
        QString error;
        REQUIRE(writer.begin(&error));
        REQUIRE(QFile::exists(writer.temporaryPath()));
        writer.setMetadata(QStringLiteral("bundle_id"), QStringLiteral("x"), &error);
    }
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("a format 1.0 bundle, without translation_review, still opens", "[bundle]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.okuw"));
    writeSample(path);
    QString error;
    const QString hashBefore = Bundle::open(path, &error)->info().contentHash;
    {
        // What a 1.0 writer left: no table, version 1000.
        Database db;
        REQUIRE(db.open(path, Database::Mode::ReadWriteCreate, &error));
        REQUIRE(db.exec("DROP TABLE translation_review; PRAGMA user_version = 1000;", &error));
        // Its hash covers the 1.0 tables only, so it differs from a 1.1
        // bundle with a review row, and is computed without an error.
        const QString hashOld = computeContentHash(db, &error);
        CHECK(error.isEmpty());
        CHECK(hashOld.size() == 64);
        CHECK(hashOld != hashBefore);
    }
    const auto bundle = Bundle::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(bundle);
    CHECK(bundle->info().formatVersion == 1000);
    const auto modules = bundle->modules(&error);
    REQUIRE(modules.size() == 1);
    CHECK(error.isEmpty());
    CHECK(modules.first().unreviewedLanguages.isEmpty());
    CHECK(bundle->slides(modules.first().id, QStringLiteral("ru")).size() == 1);
}

TEST_CASE("a document is stored once: the bundle is not twice the size of its PDFs", "[bundle]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("size.okuw"));
    const QByteArray pdf = writeSample(path);
    // Everything else in the sample is a few kilobytes.
    CHECK(QFileInfo(path).size() < pdf.size() + 512 * 1024);

    // The stored hash is the document's own (Qt's SHA-256 as the oracle).
    Database db;
    QString error;
    REQUIRE(db.open(path, Database::Mode::ReadOnly, &error));
    Statement st(db, "SELECT sha256 FROM documents");
    REQUIRE(st.next());
    CHECK(st.text(0) == QString::fromLatin1(
                            QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
}
