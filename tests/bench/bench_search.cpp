// Full-text search at scale: a synthetic bundle of 20,000 slides and 10,000
// PDF pages in English and Russian, indexed by SearchIndex::build, queried
// through okuw::core::search (ranking and snippets, what the viewer calls).
// Prints p50/p95 per query shape, the index size against the indexed text,
// and the same queries through the sqlite3 shell (on a unicode61 FTS5 table
// of the same text: the shell cannot load Okuw's tokenizer) and grep -c -i
// over the text dumped to a file.
//
//   build-x/bin/bench_search [work-dir]
#include "core/bundle.h"
#include "core/search.h"
#include "core/searchtokenizer.h"
#include "core/sqlite.h"
#include "core/writer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace okuw::core;

namespace {

std::mt19937 rng(20261208);

int pick(int n)
{
    return std::uniform_int_distribution<int>(0, n - 1)(rng);
}

const QStringList kEnBase = {
    "trafficking",   "persons",      "victim",         "victims",     "exploitation",
    "recruitment",   "transport",    "harbouring",     "receipt",     "force",
    "coercion",      "deception",    "fraud",          "abuse",       "power",
    "vulnerability", "consent",      "purpose",        "labour",      "forced",
    "sexual",        "servitude",    "slavery",        "organs",      "removal",
    "investigation", "investigator", "prosecutor",     "judge",       "evidence",
    "witness",       "interview",    "testimony",      "financial",   "border",
    "document",      "passport",     "protocol",       "convention",  "article",
    "offence",       "court",        "police",         "cooperation", "assistance",
    "referral",      "shelter",      "identification", "indicators",  "debt",
    "bondage",       "recruiter",    "smuggling",      "migrant",     "child",
    "children",      "family",       "employer",       "contract"};
const QStringList kRuStems = {
    "торговл",       "жертв",      "вербовк",    "эксплуатаци",  "преступлени", "расследовани",
    "доказательств", "следовател", "прокурор",   "суд",          "свидетел",    "показани",
    "паспорт",       "границ",     "принуждени", "обман",        "уязвимост",   "согласи",
    "кабал",         "рабств",     "протокол",   "конвенци",     "стать",       "полици",
    "сотрудничеств", "помощ",      "убежищ",     "идентификаци", "признак",     "долг",
    "работодател",   "договор",    "ребен",      "семь",         "мигрант",     "контрабанд"};
const QStringList kRuEndings = {"",   "а",  "ы",  "е",  "у",  "ой", "ами", "ах",
                                "ов", "ом", "ей", "ия", "ии", "ию", "ь",   "я"};
const QStringList kEnSyllables = {"ka",  "lo",  "mer", "tin", "sa",  "dor", "vi", "nex", "pra",
                                  "gul", "ter", "os",  "qua", "ben", "rit", "zo", "fen", "ha"};
const QStringList kRuSyllables = {"ка",  "ло",  "мер", "тин", "са",  "дор", "ви", "нек", "пра",
                                  "гул", "тер", "ос",  "ква", "бен", "рит", "зо", "фен", "ха"};

struct Vocabulary
{
    QStringList words;
    std::discrete_distribution<int> zipf;

    QString word() { return words.at(zipf(rng)); }
    QString text(int n)
    {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out << word();
        return out.join(QLatin1Char(' ')) + QLatin1Char('.');
    }
};

Vocabulary makeVocabulary(bool russian, int synthetic)
{
    Vocabulary v;
    if (russian) {
        for (const QString &stem : kRuStems)
            for (int k = 0; k < 4; ++k)
                v.words << stem + kRuEndings.at(pick(int(kRuEndings.size())));
    } else {
        v.words = kEnBase;
    }
    const QStringList &syl = russian ? kRuSyllables : kEnSyllables;
    for (int i = 0; i < synthetic; ++i) {
        QString w;
        for (int k = 0, n = 2 + pick(3); k < n; ++k)
            w += syl.at(pick(int(syl.size())));
        if (russian)
            w += kRuEndings.at(pick(int(kRuEndings.size())));
        v.words << w;
    }
    std::vector<double> weights;
    for (int r = 0; r < v.words.size(); ++r)
        weights.push_back(1.0 / (r + 10)); // Zipf-like, flattened at the top
    v.zipf = std::discrete_distribution<int>(weights.begin(), weights.end());
    return v;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[size_t(std::min<double>(v.size() - 1, p * (v.size() - 1) + 0.5))];
}

struct Shape
{
    const char *name;
    QStringList queries;
    bool prefixLast = false;
    bool contentLanguage = false; // each query limited to its own language
    bool oneModule = false;       // and to one module (plus the glossary)
    int limit = 50;
};

QString runProcess(const QString &program, const QStringList &args, const QByteArray &input,
                   double *ms)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    *ms = double(t.nsecsElapsed()) / 1e6;
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

constexpr int kModules = 20, kSlidesPerDeck = 500, kPagesPerDoc = 250;

int buildBundle(const QString &path, const QDir &work, Vocabulary &en, Vocabulary &ru)
{
    QElapsedTimer timer;
    timer.start();
    BundleWriter writer(path);
    QString error;
    if (!writer.begin(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    writer.setMetadata(QStringLiteral("bundle_id"), QStringLiteral("bench-search"), &error);
    writer.setMetadata(QStringLiteral("default_language"), QStringLiteral("en"), &error);
    writer.setMetadata(QStringLiteral("languages"), QStringLiteral("[\"en\",\"ru\"]"), &error);
    const QByteArray placeholderPdf("%PDF-1.4\n% placeholder, never rendered\n%%EOF\n");
    int slides = 0, pages = 0;
    for (int m = 1; m <= kModules; ++m) {
        ModuleInfo module;
        module.slug = QStringLiteral("module-%1").arg(m);
        module.position = m;
        module.title = {{QStringLiteral("en"), module.slug}};
        const qint64 moduleId = writer.addModule(module, &error);
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ru")}) {
            Vocabulary &v = lang == QLatin1String("en") ? en : ru;
            for (int s = 1; s <= kSlidesPerDeck; ++s) {
                Slide slide;
                slide.moduleId = moduleId;
                slide.lang = lang;
                slide.position = s;
                slide.key = QStringLiteral("s%1").arg(s);
                slide.title = v.text(4);
                slide.body =
                    QStringLiteral("# %1\n\n- %2\n- %3\n").arg(slide.title, v.text(20), v.text(20));
                slide.notes = s % 2 ? v.text(25) : QString();
                if (writer.addSlide(slide, &error))
                    ++slides;
            }
            Document doc;
            doc.moduleId = moduleId;
            doc.lang = lang;
            doc.position = 1;
            doc.kind = QStringLiteral("reference");
            doc.title = v.text(5);
            doc.fileName = QStringLiteral("reference.pdf");
            doc.pageCount = kPagesPerDoc;
            QBuffer buffer;
            buffer.setData(placeholderPdf);
            buffer.open(QIODevice::ReadOnly);
            const qint64 docId = writer.addDocument(doc, buffer, &error);
            for (int p = 0; p < kPagesPerDoc; ++p) {
                if (writer.addDocumentPage(docId, p, v.text(250), &error))
                    ++pages;
            }
        }
    }
    const double writeSeconds = double(timer.nsecsElapsed()) / 1e9;
    auto pageCount = [&] {
        Statement st(writer.database(), "PRAGMA page_count");
        st.next();
        Statement size(writer.database(), "PRAGMA page_size");
        size.next();
        return st.integer(0) * size.integer(0);
    };
    const qint64 before = pageCount();
    timer.restart();
    if (!SearchIndex::build(writer.database(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double indexSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 after = pageCount();
    qint64 textBytes = 0, ftsBytes = -1;
    {
        Statement st(writer.database(),
                     "SELECT sum(length(CAST(heading AS BLOB)) + length(CAST(body AS BLOB))) "
                     "FROM search_entries");
        st.next();
        textBytes = st.integer(0);
        Statement stat(writer.database(),
                       "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_fts%'");
        if (stat.next())
            ftsBytes = stat.integer(0);
    }
    // The same text, for the sqlite3 shell (unicode61) and grep.
    const QString dumpPath = work.filePath(QStringLiteral("bench-search.txt"));
    const QString plainDb = work.filePath(QStringLiteral("bench-search-unicode61.db"));
    {
        QFile dump(dumpPath);
        dump.open(QIODevice::WriteOnly);
        Statement st(writer.database(), "SELECT heading, body FROM search_entries ORDER BY id");
        while (st.next())
            dump.write((st.text(0) + QLatin1Char(' ') + st.text(1) + QLatin1Char('\n')).toUtf8());
        QFile::remove(plainDb);
        Database plain;
        plain.open(plainDb, Database::Mode::ReadWriteCreate, &error);
        plain.exec("PRAGMA journal_mode=OFF; BEGIN; CREATE VIRTUAL TABLE t USING fts5(heading, "
                   "body, tokenize='unicode61 remove_diacritics 2');");
        Statement ins(plain, "INSERT INTO t(heading, body) VALUES(?1, ?2)");
        st.reset();
        while (st.next()) {
            ins.reset();
            ins.bind(1, st.text(0)).bind(2, st.text(1)).run();
        }
        plain.exec("INSERT INTO t(t) VALUES('optimize'); COMMIT;");
    }
    if (!writer.commit(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("%d slides, %d PDF pages; rows written in %.1f s, index built in %.1f s\n", slides,
                pages, writeSeconds, indexSeconds);
    std::printf("indexed text %.1f MB; index growth %.1f MB (%.0f%% of the text: FTS5 index "
                "%s + copy of the text in search_entries)\n",
                textBytes / 1e6, (after - before) / 1e6, 100.0 * (after - before) / textBytes,
                ftsBytes >= 0 ? qPrintable(QStringLiteral("%1 MB = %2%")
                                               .arg(ftsBytes / 1e6, 0, 'f', 1)
                                               .arg(100.0 * ftsBytes / textBytes, 0, 'f', 0))
                              : "n/a (no dbstat)");
    std::printf("bundle file %.1f MB, unicode61 comparison db %.1f MB\n\n",
                QFileInfo(path).size() / 1e6, QFileInfo(plainDb).size() / 1e6);
    return 0;
}

// What buildBundle draws from the generator, without writing, so that the
// queries come out the same; with `reindex`, the bundle's search index is
// built again by this build's SearchIndex.
bool replay(const QString &path, bool reindex, Vocabulary &en, Vocabulary &ru, QString *error)
{
    for (int m = 1; m <= kModules; ++m) {
        for (Vocabulary *v : {&en, &ru}) {
            for (int s = 1; s <= kSlidesPerDeck; ++s) {
                v->text(4);
                v->text(20);
                v->text(20);
                if (s % 2)
                    v->text(25);
            }
            v->text(5);
            for (int p = 0; p < kPagesPerDoc; ++p)
                v->text(250);
        }
    }
    if (!reindex)
        return true;
    Database db;
    QElapsedTimer timer;
    timer.start();
    if (!db.open(path, Database::Mode::ReadWriteCreate, error) || !db.exec("BEGIN", error) ||
        !SearchIndex::build(db, error) || !db.exec("COMMIT; VACUUM;", error))
        return false;
    Statement stat(db, "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%'");
    stat.next();
    std::printf("search index rebuilt in %.1f s; search tables %.1f MB; bundle file %.1f MB\n\n",
                double(timer.nsecsElapsed()) / 1e9, double(stat.integer(0)) / 1e6,
                double(QFileInfo(path).size()) / 1e6);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    const QDir work(argc > 1 ? QString::fromLocal8Bit(argv[1]) : tmp.path());
    const QString path = work.filePath(QStringLiteral("bench-search.okuw"));
    std::printf("Synthetic bundle: %s\n", qPrintable(path));

    Vocabulary en = makeVocabulary(false, 20000);
    Vocabulary ru = makeVocabulary(true, 20000);

    QString error;
    const QString mode = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (!mode.isEmpty() && QFileInfo::exists(path)) {
        if (!replay(path, mode == QLatin1String("--reindex"), en, ru, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    } else if (buildBundle(path, work, en, ru) != 0) {
        return 1;
    }

    const QString dumpPath = work.filePath(QStringLiteral("bench-search.txt"));
    const QString plainDb = work.filePath(QStringLiteral("bench-search-unicode61.db"));
    auto bundle = Bundle::open(path, &error);
    if (!bundle) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // Queries: inflected Russian forms other than the indexed ones, real and
    // synthetic words, as a person would type them.
    auto word = [&](int i) {
        Vocabulary &v = i % 2 ? ru : en;
        const int top = i % 3 == 0 ? 60 : int(v.words.size()); // common and rare words
        QString w = v.words.at(pick(top));
        if (i % 2 && w.size() > 4)
            w = w.left(w.size() - 1) + kRuEndings.at(1 + pick(int(kRuEndings.size()) - 1));
        return w;
    };
    // The last two rows are what the viewer's search panel sends: as typed,
    // the content language, its 100 best, in the whole bundle or one module.
    std::vector<Shape> shapes = {{"one word", {}},
                                 {"two words", {}},
                                 {"three words", {}},
                                 {"prefix  word*", {}},
                                 {"as typed (last word prefix)", {}, true},
                                 {"viewer: as typed, language", {}, true, true, false, 100},
                                 {"viewer: word*, language", {}, false, true, false, 100},
                                 {"viewer: as typed, module", {}, true, true, true, 100}};
    for (int i = 0; i < 200; ++i) {
        shapes[0].queries << word(i);
        shapes[1].queries << word(i) + QLatin1Char(' ') + word(i + 2);
        shapes[2].queries << word(i) + QLatin1Char(' ') + word(i + 2) + QLatin1Char(' ') +
                                 word(i + 4);
        const QString w = word(i);
        shapes[3].queries << w.left(3 + pick(3)) + QLatin1Char('*');
        shapes[4].queries << word(i) + QLatin1Char(' ') + w.left(2 + pick(4));
        shapes[5].queries << shapes[4].queries.last();
        shapes[6].queries << shapes[3].queries.last();
        shapes[7].queries << shapes[4].queries.last();
    }
    // okuw_rank is bm25 with cached document lengths: the scores must agree.
    registerSearchTokenizer(bundle->database(), &error);
    double worst = 0;
    qint64 compared = 0;
    for (const QString &text : {QStringLiteral("trafficking victim"), QStringLiteral("жертвы"),
                                QStringLiteral("traff*"), QStringLiteral("\"forced labour\"")}) {
        Statement cmp(bundle->database(),
                      "SELECT bm25(search_fts, 5.0, 1.0), okuw_rank(search_fts, 5.0, 1.0) "
                      "FROM search_fts WHERE search_fts MATCH ?1");
        cmp.bind(1, buildMatchExpression(text, false));
        while (cmp.next()) {
            worst = std::max(worst, std::abs(cmp.real(0) - cmp.real(1)));
            ++compared;
        }
    }
    std::printf("okuw_rank vs bm25: %lld rows, largest difference %g\n\n", compared, worst);
    QList<qint64> moduleIds;
    for (const ModuleInfo &m : bundle->modules())
        moduleIds << m.id;
    std::printf("okuw::core::search, with snippets (200 queries per row, each the median of 3 "
                "warm runs;\nlimit 50 unless the row says viewer: 100):\n");
    std::printf("%-30s %9s %9s %9s %10s\n", "query", "p50 ms", "p95 ms", "max ms", "avg hits");
    for (const Shape &shape : shapes) {
        std::vector<double> ms;
        qint64 hits = 0;
        // One warm-up pass, then kRuns timed passes; a query's time is the
        // median of its runs, so a moment of load elsewhere on the machine
        // does not become a query's latency.
        constexpr int kRuns = 3;
        std::vector<std::vector<double>> runs(size_t(shape.queries.size()));
        for (int pass = 0; pass <= kRuns; ++pass) {
            for (int i = 0; i < shape.queries.size(); ++i) {
                const QString &text = shape.queries.at(i);
                SearchQuery q;
                q.text = text;
                q.prefixLastWord = shape.prefixLast;
                q.limit = shape.limit;
                // word(i) above: odd queries begin with a Russian word.
                if (shape.contentLanguage)
                    q.lang = i % 2 ? QStringLiteral("ru") : QStringLiteral("en");
                if (shape.oneModule)
                    q.moduleId = moduleIds.at(i % moduleIds.size());
                QElapsedTimer t;
                t.start();
                const auto result = search(*bundle, q, &error);
                if (pass > 0)
                    runs[size_t(i)].push_back(double(t.nsecsElapsed()) / 1e6);
                if (pass == 1)
                    hits += result.size();
            }
        }
        for (const auto &r : runs)
            ms.push_back(percentile(r, 0.5));
        std::printf("%-30s %9.2f %9.2f %9.2f %10.1f\n", shape.name, percentile(ms, 0.5),
                    percentile(ms, 0.95), percentile(ms, 1.0),
                    double(hits) / double(shape.queries.size()));
    }

    // Side by side: one process each for the shell and grep, so their times
    // include starting the process and opening the file, as a person sees it.
    std::printf("\nSide by side (count of matching rows; okuw = in-process count query with the "
                "okuw tokenizer, median of 5;\nsqlite3 = shell on a unicode61 FTS5 table of the "
                "same text, `.timer on` real time, mean of 20;\ngrep = wall time incl. process "
                "start):\n");
    std::printf("%-26s %8s %9s | %8s %9s | %8s %9s\n", "query", "okuw n", "okuw ms", "shell n",
                "shell ms", "grep n", "grep ms");
    registerSearchTokenizer(bundle->database(), &error);
    const QStringList side = {kEnBase.at(0),
                              kEnBase.at(20),
                              QStringLiteral("жертвы"),
                              QStringLiteral("торговлей"),
                              QStringLiteral("victim evidence"),
                              QStringLiteral("traff*"),
                              QStringLiteral("жертв*")};
    for (const QString &text : side) {
        const QString match = buildMatchExpression(text, false);
        Statement count(bundle->database(),
                        "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?1");
        std::vector<double> okuwRuns;
        qint64 okuwN = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            count.reset();
            count.bind(1, match);
            count.next();
            okuwRuns.push_back(double(t.nsecsElapsed()) / 1e6);
            okuwN = count.integer(0);
        }
        const double okuwMs = percentile(okuwRuns, 0.5);
        // The shell's timer counts whole milliseconds: the query runs 20
        // times in one session and the mean is reported.
        constexpr int kShellRuns = 20;
        QByteArray script = ".timer on\n";
        for (int run = 0; run < kShellRuns; ++run)
            script += ("SELECT count(*) FROM t WHERE t MATCH '" + match + "';\n").toUtf8();
        double shellWall = 0;
        const QString shell = runProcess(QStringLiteral("sqlite3"), {plainDb}, script, &shellWall);
        static const QRegularExpression real(QStringLiteral("Run Time: real ([0-9.]+)"));
        const QString shellN = shell.section(QLatin1Char('\n'), 0, 0).trimmed();
        double shellSum = 0;
        for (auto it = real.globalMatch(shell); it.hasNext();)
            shellSum += it.next().captured(1).toDouble() * 1000;
        const double shellMs = shellSum / kShellRuns;
        // grep: the first word only (grep has no stemming or word logic).
        const QString first = text.section(QLatin1Char(' '), 0, 0).remove(QLatin1Char('*'));
        double grepMs = 0;
        const QString grepN =
            runProcess(QStringLiteral("grep"),
                       {QStringLiteral("-c"), QStringLiteral("-i"), first, dumpPath}, {}, &grepMs)
                .trimmed();
        std::printf("%s %8lld %9.2f | %8s %9.2f | %8s %9.2f\n", qPrintable(text.leftJustified(26)),
                    okuwN, okuwMs, qPrintable(shellN), shellMs, qPrintable(grepN), grepMs);
    }
    return 0;
}
