// Writes the seed corpora of the fuzz targets at build time (not a test):
//
//   fuzz_make_seeds <default.okuw> <modules/> <tests/fuzz/seeds/> <out/>
//
// out/deck    decks and handouts of modules/ in pieces, the committed seeds
// out/search  the committed queries and glossary terms in every language
// out/bundle  the default bundle cut down to one small module (a seed must
//             be small for the fuzzer to be fast) and hostile variants of
//             it, each made with plain SQL as a stranger with the sqlite3
//             shell could
#include "core/bundle.h"
#include "core/search.h"
#include "core/searchtokenizer.h"
#include "core/sqlite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <cstdio>

using namespace okuw;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "fuzz_make_seeds: %s\n", qPrintable(message));
    std::exit(1);
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        die(QStringLiteral("cannot write %1").arg(path));
}

// Cuts a deck or a handout into pieces of a few slides or sections: the
// fuzzer is fastest on small inputs, and one slide reaches what a deck does.
// Pieces are cut at `---` lines (slides) or before `#` headings (handouts),
// once a piece has `size` bytes.
QList<QByteArray> pieces(const QByteArray &text, qsizetype size)
{
    QList<QByteArray> out;
    QByteArray piece;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const bool cut = line.trimmed() == "---" || line.startsWith('#');
        if (cut && piece.size() >= size && i > 0) {
            out << piece;
            piece.clear();
        }
        piece += line + '\n';
    }
    if (!piece.trimmed().isEmpty())
        out << piece;
    return out;
}

void copyFiles(const QString &from, const QStringList &patterns, const QString &to,
               const QString &prefix = {}, qsizetype pieceSize = 0)
{
    QDirIterator it(from, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            die(QStringLiteral("cannot read %1").arg(path));
        const QString name = QDir(from).relativeFilePath(path).replace(QLatin1Char('/'), '-');
        const QByteArray bytes = f.readAll();
        const QList<QByteArray> parts = pieceSize > 0 ? pieces(bytes, pieceSize) : QList{bytes};
        for (int i = 0; i < parts.size(); ++i)
            write(QDir(to).filePath(prefix + name + QStringLiteral(".%1").arg(i)), parts[i]);
    }
}

// A one-page PDF of a few hundred bytes, with a correct cross-reference table.
QByteArray tinyPdf()
{
    QByteArray pdf = "%PDF-1.4\n";
    const char *const objects[] = {"<< /Type /Catalog /Pages 2 0 R >>",
                                   "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                   "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>"};
    QList<qsizetype> offsets;
    for (int i = 0; i < 3; ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 4\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf +=
        "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

class Db
{
public:
    explicit Db(const QString &path) : m_path(path) { reopen(); }
    void reopen()
    {
        QString error;
        // The search tables cannot even be dropped without the tokenizer.
        if (!m_db.open(m_path, core::Database::Mode::ReadWriteCreate, &error) ||
            !core::registerSearchTokenizer(m_db, &error))
            die(m_path + QStringLiteral(": ") + error);
    }
    void exec(const char *sql)
    {
        QString error;
        if (!m_db.exec(sql, &error))
            die(QStringLiteral("%1: %2: %3").arg(m_path, QString::fromUtf8(sql), error));
    }
    core::Database &db() { return m_db; }

private:
    QString m_path;
    core::Database m_db;
};

// The default bundle with one module, three slides per language, one
// document (a tiny PDF), the smallest assets, a few glossary terms,
// questions and agenda rows, its search index rebuilt, in 512-byte pages.
void makeSmall(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        die(QStringLiteral("cannot copy %1 to %2").arg(from, to));
    QFile(to).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    Db db(to);
    db.exec(R"SQL(
PRAGMA foreign_keys = OFF;
BEGIN;
DELETE FROM modules WHERE position <> (SELECT min(position) FROM modules);
DELETE FROM module_text WHERE module_id NOT IN (SELECT id FROM modules);
DELETE FROM translation_review WHERE module_id NOT IN (SELECT id FROM modules);
DELETE FROM slides WHERE module_id NOT IN (SELECT id FROM modules) OR position > 3;
DELETE FROM questions WHERE module_id NOT IN (SELECT id FROM modules) OR position > 2;
DELETE FROM documents WHERE id <> (SELECT min(id) FROM documents
                                   WHERE module_id IN (SELECT id FROM modules));
DELETE FROM document_pages WHERE document_id NOT IN (SELECT id FROM documents) OR page > 0;
UPDATE document_pages SET text = substr(text, 1, 300);
DELETE FROM assets WHERE id NOT IN (SELECT id FROM assets ORDER BY size LIMIT 3);
DELETE FROM glossary WHERE id NOT IN (SELECT id FROM glossary ORDER BY id LIMIT 4);
DELETE FROM glossary_text WHERE term_id NOT IN (SELECT id FROM glossary);
DELETE FROM agenda WHERE id NOT IN (SELECT id FROM agenda WHERE module_id IS NULL
                                    OR module_id IN (SELECT id FROM modules) ORDER BY id LIMIT 3);
DELETE FROM agenda_text WHERE agenda_id NOT IN (SELECT id FROM agenda);
)SQL");
    const QByteArray pdf = tinyPdf();
    core::Statement doc(db.db(), "UPDATE documents SET data = ?1, size = ?2, sha256 = ?3, "
                                 "page_count = 1");
    doc.bind(1, pdf).bind(2, qint64(pdf.size()));
    doc.bind(
        3, QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    if (!doc.run())
        die(doc.error());
    QString error;
    if (!core::SearchIndex::build(db.db(), &error))
        die(error);
    db.exec("COMMIT; PRAGMA page_size = 512; VACUUM;");
}

struct Variant
{
    const char *name;
    const char *sql;
    // SQL run after the schema was edited and the file reopened (a NOT
    // NULL column cannot be broken otherwise).
    const char *schemaEdit = nullptr;
    const char *after = nullptr;
};

// Kinds of damage a stranger's tool or the sqlite3 shell can do to a bundle
// that still has the right header.
const Variant kVariants[] = {
    {"languages-empty", "UPDATE metadata SET value = '[\"en\", \"\"]' WHERE key = 'languages'"},
    {"languages-not-json", "UPDATE metadata SET value = 'en, ru' WHERE key = 'languages'"},
    {"no-bundle-id", "DELETE FROM metadata WHERE key = 'bundle_id'"},
    {"page-count-huge", "UPDATE documents SET page_count = 2147483647"},
    {"page-count-negative", "UPDATE documents SET page_count = -5"},
    {"directives-garbage",
     "UPDATE slides SET directives = '[1, 2'; UPDATE questions SET choices = '{\"a\": 1}', "
     "correct = '[1e308, -5, \"x\", 99]'"},
    {"texts-as-blobs", "UPDATE slides SET body = x'ff00fe41', title = 42, notes = 1.5"},
    {"no-search-index", "DROP TABLE search_fts; DROP TABLE search_entries; "
                        "DROP TABLE search_scopes; DROP TABLE search_info"},
    {"search-other-version", "UPDATE search_info SET value = '99' WHERE key = 'tokenizer'"},
    {"search-fts-truncated", "UPDATE search_fts_data SET block = substr(block, 1, length(block) / "
                             "2) WHERE id > 10"},
    {"search-scopes-odd", "UPDATE search_scopes SET first_id = last_id + 1000, last_id = -1"},
    {"format-1.0", "DROP TABLE translation_review; PRAGMA user_version = 1000"},
    {"dangling-references",
     "PRAGMA foreign_keys = OFF; UPDATE slides SET module_id = 999 WHERE position = 2; "
     "UPDATE agenda SET module_id = 999; UPDATE glossary_text SET term_id = 999 "
     "WHERE rowid = (SELECT min(rowid) FROM glossary_text)"},
    {"many-slides",
     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
     "INSERT INTO slides(module_id, lang, position, slide_key, title, body) "
     "SELECT (SELECT min(id) FROM modules), 'en', 1000 + i, 'k' || i, 't', '# ' || i FROM n"},
    {"blob-mismatch", "UPDATE assets SET sha256 = '00'; UPDATE documents SET data = x''"},
    {"slide-nulls", nullptr,
     "UPDATE sqlite_master SET sql = replace(sql, 'NOT NULL', '') "
     "WHERE name = 'slides'",
     "UPDATE slides SET body = NULL, lang = NULL, slide_key = NULL WHERE position = 1"},
};

void makeVariant(const QString &small, const QString &dir, const Variant &v)
{
    const QString path = QDir(dir).filePath(QStringLiteral("hostile-%1.okuw").arg(v.name));
    QFile::remove(path);
    if (!QFile::copy(small, path))
        die(QStringLiteral("cannot copy %1").arg(small));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    Db db(path);
    if (v.sql)
        db.exec(v.sql);
    if (v.schemaEdit) {
        db.exec("PRAGMA writable_schema = ON");
        db.exec(v.schemaEdit);
        db.exec("PRAGMA writable_schema = OFF");
        db.reopen();
        db.exec(v.after);
    }
    db.exec("VACUUM");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5)
        die(QStringLiteral("usage: fuzz_make_seeds <default.okuw> <modules/> <seeds/> <out/>"));
    const QString bundle = args[1], modules = args[2], seeds = args[3];
    const QDir out(args[4]);
    for (const char *sub : {"deck", "search", "bundle"}) {
        QDir(out.filePath(QLatin1String(sub))).removeRecursively();
        if (!out.mkpath(QLatin1String(sub)))
            die(QStringLiteral("cannot make %1").arg(out.filePath(QLatin1String(sub))));
    }
    const QString deckDir = out.filePath(QStringLiteral("deck"));
    // English everywhere and the other languages of one module: every deck
    // has the same structure, and fewer seeds leave more of a short run to
    // fuzzing.
    copyFiles(modules, {QStringLiteral("slides.en.md"), QStringLiteral("handout.en.md")}, deckDir,
              {}, 1500);
    const QStringList moduleDirs =
        QDir(modules).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (!moduleDirs.isEmpty())
        copyFiles(QDir(modules).filePath(moduleDirs.first()), {QStringLiteral("*.md")}, deckDir,
                  moduleDirs.first() + QLatin1Char('-'), 1500);
    copyFiles(QDir(seeds).filePath(QStringLiteral("deck")), {QStringLiteral("*")}, deckDir,
              QStringLiteral("seed-"));

    const QString searchDir = out.filePath(QStringLiteral("search"));
    copyFiles(QDir(seeds).filePath(QStringLiteral("search")), {QStringLiteral("*")}, searchDir,
              QStringLiteral("seed-"));
    QString error;
    const auto opened = core::Bundle::open(bundle, &error);
    if (!opened)
        die(error);
    int n = 0;
    for (const core::GlossaryTerm &term : opened->glossary()) {
        for (auto it = term.term.cbegin(); it != term.term.cend() && n < 60; ++it, ++n)
            write(QDir(searchDir).filePath(QStringLiteral("term-%1").arg(n)), it->toUtf8());
    }

    const QString bundleDir = out.filePath(QStringLiteral("bundle"));
    const QString small = QDir(bundleDir).filePath(QStringLiteral("small.okuw"));
    makeSmall(bundle, small);
    for (const Variant &v : kVariants)
        makeVariant(small, bundleDir, v);
    return 0;
}
