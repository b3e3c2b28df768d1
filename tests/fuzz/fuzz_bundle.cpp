// libFuzzer target: a whole bundle file, as it may arrive on a stranger's USB
// stick. The input is written to a file and opened with core::Bundle::open;
// then everything the viewer and okuw-bundle read is read: modules, every
// language's slides, documents with a few bytes and pages of each, assets
// by id and by path, glossary, questions, agenda, a search in every
// language and module, and core::validateBundle's deep checks but FTS5's
// own check of the index: SQLite 3.40 crashes on some damaged indexes
// (this target found one: tests/fuzz/regressions/bundle/), so okuw-bundle runs that
// check in a child process, and it is SQLite's code, not Okuw's, to fuzz.
//
//   build-fuzz/bin/fuzz_bundle build-fuzz/fuzz/corpus/bundle -max_len=262144
#include "core/bundle.h"
#include "core/search.h"
#include "core/validate.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <cstdio>
#include <cstdlib>

using namespace okuw;

namespace {

QString bundlePath;

// Enough of every list to reach each path; a hostile bundle with 100,000
// rows would otherwise make one input take minutes for no new coverage.
constexpr int kEach = 6;

void search(const core::Bundle &bundle, const QString &text, const QString &lang, qint64 module)
{
    core::SearchQuery q;
    q.text = text;
    q.lang = lang;
    q.moduleId = module;
    q.prefixLastWord = true;
    q.limit = 5;
    for (const core::SearchHit &hit : core::search(bundle, q)) {
        core::markedToHtml(hit.snippet);
        core::markedWords(hit.titleMarked);
    }
}

void readAll(const core::Bundle &bundle)
{
    const core::BundleInfo &info = bundle.info();
    QStringList languages = info.languages.mid(0, kEach);
    if (!languages.contains(info.defaultLanguage))
        languages << info.defaultLanguage;
    core::pickText(info.title, info.defaultLanguage, languages);

    const QList<core::ModuleInfo> modules = bundle.modules();
    for (const core::ModuleInfo &m : modules.mid(0, kEach)) {
        bundle.module(m.id);
        bundle.moduleBySlug(m.slug);
        core::pickText(m.title, info.defaultLanguage, languages);
        for (const QString &lang : std::as_const(languages)) {
            const QList<core::Slide> slides = bundle.slides(m.id, lang);
            for (const core::Slide &s : slides.mid(0, kEach))
                bundle.slide(s.id);
            for (const core::Question &q : bundle.questions(m.id, lang).mid(0, kEach))
                (void)q.choices.value(q.correct.value(0));
        }
        for (const core::Document &d : bundle.documents(m.id).mid(0, kEach)) {
            bundle.document(d.id);
            if (auto device = bundle.openDocument(d.id)) {
                device->read(64);
                if (device->size() > 64 && device->seek(device->size() - 64))
                    device->read(128);
            }
            for (int page = 0; page < std::min(d.pageCount, kEach); ++page)
                bundle.documentPageText(d.id, page);
        }
        for (const core::Asset &a : bundle.assets().mid(0, kEach)) {
            bundle.findAsset(m.id, a.path);
            bundle.assetData(a.id);
        }
    }
    bundle.findAsset(0, QStringLiteral("images/../x.svg"));
    bundle.glossary();
    bundle.agenda();

    if (core::SearchIndex::isAvailable(bundle)) {
        search(bundle, QStringLiteral("trafficking"), {}, 0);
        search(bundle, QStringLiteral("\"торговля людьми\" ýaş"), {}, 0);
        for (const QString &lang : std::as_const(languages))
            search(bundle, QStringLiteral("vic"), lang, 0);
        for (const core::ModuleInfo &m : modules.mid(0, 2))
            search(bundle, QStringLiteral("a"), info.defaultLanguage, m.id);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv, fuzz::App::Core);
    bundlePath = QDir(fuzz::scratchDir()).filePath(QStringLiteral("input.okuw"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    {
        QFile file(bundlePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size)) {
            std::fprintf(stderr, "fuzz_bundle: cannot write %s\n", qPrintable(bundlePath));
            std::abort();
        }
    }
    QString error;
    if (const auto bundle = core::Bundle::open(bundlePath, &error))
        readAll(*bundle);
    core::validateBundle(bundlePath, [](const QString &, QString *) { return true; });
    return 0;
}
