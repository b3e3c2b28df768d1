// validateBundle's checks of what the viewer relies on: types and required
// values, unique keys and positions, the reader's limits, and the search
// index. Each finds rows with plain SQL and reports them one line each.
#include "validatecontent.h"

#include "limits.h"
#include "schema.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace okuw::core {

namespace {

struct ContentText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::core::validate)
};

using namespace limits;

// Runs `sql`; for each row calls `report` with the statement. A statement
// that fails (e.g. a value over the reader's length limit) is a problem too.
template <typename F>
void each(const Database &db, const QByteArray &sql, const ProblemSink &problem, F report,
          int limit = 20)
{
    Statement st(db, sql.constData());
    int emitted = 0;
    // Problems are counted, not rows: most rows a check reads are fine.
    const ProblemSink counted = [&](const QString &text) {
        if (++emitted <= limit)
            problem(text);
        else if (emitted == limit + 1)
            problem(ContentText::tr("(and more of the same)"));
    };
    while (st.next() && emitted <= limit)
        report(st, counted);
    if (!st.ok())
        problem(ContentText::tr("a table cannot be read as Okuw reads it: %1").arg(st.error()));
}

// Column -> the type the reader expects and whether it may be NULL.
struct Column
{
    const char *table;
    const char *name;
    const char *type; // "integer", "text", "blob"
    bool nullable;
};

const Column kColumns[] = {
    {"metadata", "key", "text", false},
    {"metadata", "value", "text", false},
    {"bundle_text", "lang", "text", false},
    {"bundle_text", "value", "text", false},
    {"modules", "slug", "text", false},
    {"modules", "position", "integer", false},
    {"modules", "duration_minutes", "integer", false},
    {"module_text", "module_id", "integer", false},
    {"module_text", "lang", "text", false},
    {"module_text", "title", "text", false},
    {"slides", "module_id", "integer", false},
    {"slides", "lang", "text", false},
    {"slides", "position", "integer", false},
    {"slides", "slide_key", "text", false},
    {"slides", "title", "text", false},
    {"slides", "body", "text", false},
    {"slides", "notes", "text", false},
    {"slides", "directives", "text", false},
    {"assets", "path", "text", false},
    {"assets", "mime", "text", false},
    {"assets", "data", "blob", false},
    {"documents", "module_id", "integer", false},
    {"documents", "lang", "text", false},
    {"documents", "kind", "text", false},
    {"documents", "page_count", "integer", false},
    {"documents", "data", "blob", false},
    {"glossary", "term_key", "text", false},
    {"glossary_text", "term", "text", false},
    {"questions", "module_id", "integer", false},
    {"questions", "question_key", "text", false},
    {"questions", "prompt", "text", false},
    {"questions", "choices", "text", false},
    {"questions", "correct", "text", false},
    {"agenda", "day", "integer", false},
    {"agenda_text", "title", "text", false},
};

void checkTypes(const Database &db, const ProblemSink &problem)
{
    for (const Column &c : kColumns) {
        // The two tables without rowids are named by their keys.
        const QByteArray row = qstrcmp(c.table, "metadata") == 0      ? "key"
                               : qstrcmp(c.table, "bundle_text") == 0 ? "lang || '/' || key"
                                                                      : "rowid";
        const QByteArray sql = "SELECT " + row + ", typeof(" + c.name + ") FROM " + c.table +
                               " WHERE typeof(" + c.name + ") <> '" + c.type + "'";
        each(db, sql, problem, [&](const Statement &st, const ProblemSink &problem) {
            const QString type = st.text(1);
            problem(type == QLatin1String("null") && !c.nullable
                        ? ContentText::tr("row %1 of \"%2\" has no %3 (NULL)")
                              .arg(st.text(0), QLatin1String(c.table), QLatin1String(c.name))
                        : ContentText::tr("row %1 of \"%2\": %3 is %4, where Okuw reads %5")
                              .arg(st.text(0), QLatin1String(c.table), QLatin1String(c.name), type,
                                   QLatin1String(c.type)));
        });
    }
}

void checkUnique(const Database &db, const ProblemSink &problem)
{
    const struct
    {
        const char *sql;
        const char *what;
    } duplicates[] = {
        {"SELECT slug, count(*) FROM modules GROUP BY slug HAVING count(*) > 1",
         QT_TRANSLATE_NOOP("okuw::core::validate", "the module slug \"%1\" is used %2 times")},
        {"SELECT position, count(*) FROM modules GROUP BY position HAVING count(*) > 1",
         QT_TRANSLATE_NOOP("okuw::core::validate", "the module position %1 is used %2 times")},
        {"SELECT m.slug || ' (' || s.lang || '): ' || s.slide_key, count(*) FROM slides s "
         "LEFT JOIN modules m ON m.id = s.module_id GROUP BY s.module_id, s.lang, s.slide_key "
         "HAVING count(*) > 1",
         QT_TRANSLATE_NOOP("okuw::core::validate", "the slide id %1 is used %2 times")},
        {"SELECT m.slug || ' (' || s.lang || '): ' || s.position, count(*) FROM slides s "
         "LEFT JOIN modules m ON m.id = s.module_id GROUP BY s.module_id, s.lang, s.position "
         "HAVING count(*) > 1",
         QT_TRANSLATE_NOOP("okuw::core::validate", "the slide position %1 is used %2 times")},
        {"SELECT term_key, count(*) FROM glossary GROUP BY term_key HAVING count(*) > 1",
         QT_TRANSLATE_NOOP("okuw::core::validate", "the glossary term \"%1\" is listed %2 times")},
        {"SELECT question_key, count(*) FROM questions GROUP BY module_id, lang, question_key "
         "HAVING count(*) > 1",
         QT_TRANSLATE_NOOP("okuw::core::validate", "the question id \"%1\" is used %2 times")},
    };
    for (const auto &d : duplicates) {
        each(db, d.sql, problem, [&](const Statement &st, const ProblemSink &problem) {
            problem(ContentText::tr(d.what).arg(st.text(0)).arg(st.integer(1)));
        });
    }
}

void checkLimits(const Database &db, const ProblemSink &problem)
{
    each(db, "SELECT count(*) FROM modules", problem,
         [&](const Statement &st, const ProblemSink &problem) {
             if (st.integer(0) > kMaxModules)
                 problem(ContentText::tr("%1 modules, more than Okuw reads (%2)")
                             .arg(st.integer(0))
                             .arg(kMaxModules));
         });
    each(db,
         "SELECT m.slug, s.lang, count(*), sum(length(CAST(s.body AS BLOB)) + "
         "length(CAST(s.notes AS BLOB)) + length(CAST(s.directives AS BLOB))) FROM slides s "
         "LEFT JOIN modules m ON m.id = s.module_id GROUP BY s.module_id, s.lang",
         problem, [&](const Statement &st, const ProblemSink &problem) {
             if (st.integer(2) > kMaxSlidesPerDeck)
                 problem(ContentText::tr("module \"%1\" has %2 slides in \"%3\"; Okuw shows at "
                                         "most %4")
                             .arg(st.text(0))
                             .arg(st.integer(2))
                             .arg(st.text(1))
                             .arg(kMaxSlidesPerDeck));
             else if (st.integer(3) > kMaxDeckTextBytes)
                 problem(ContentText::tr("the \"%2\" deck of module \"%1\" holds %3 MB of text; "
                                         "Okuw reads at most %4 MB")
                             .arg(st.text(0), st.text(1))
                             .arg(st.integer(3) >> 20)
                             .arg(kMaxDeckTextBytes >> 20));
         });
    each(db,
         QByteArray("SELECT m.slug, s.lang, s.position, length(CAST(s.body AS BLOB)) FROM slides s "
                    "LEFT JOIN modules m ON m.id = s.module_id WHERE length(CAST(s.body AS BLOB)) "
                    "> ") +
             QByteArray::number(kMaxSlideTextBytes) + " OR length(CAST(s.notes AS BLOB)) > " +
             QByteArray::number(kMaxSlideTextBytes),
         problem, [&](const Statement &st, const ProblemSink &problem) {
             problem(ContentText::tr("slide %3 of module \"%1\" (%2) is larger than Okuw shows "
                                     "(%4 KB)")
                         .arg(st.text(0), st.text(1))
                         .arg(st.integer(2))
                         .arg(kMaxSlideTextBytes / 1024));
         });
    each(db,
         QByteArray("SELECT title, page_count, length(data) FROM documents WHERE page_count < 1 "
                    "OR page_count > ") +
             QByteArray::number(kMaxPdfPages) + " OR length(data) > " +
             QByteArray::number(kMaxDocumentBytes),
         problem, [&](const Statement &st, const ProblemSink &problem) {
             problem(ContentText::tr("document \"%1\" claims %2 pages (%3 bytes); Okuw reads 1 "
                                     "to %4 pages")
                         .arg(st.text(0))
                         .arg(st.integer(1))
                         .arg(st.integer(2))
                         .arg(kMaxPdfPages));
         });
    each(db,
         QByteArray("SELECT path, length(data) FROM assets WHERE length(data) > ") +
             QByteArray::number(kMaxAssetBytes),
         problem, [&](const Statement &st, const ProblemSink &problem) {
             problem(ContentText::tr("image \"%1\" is %2 MB; Okuw shows images up to %3 MB")
                         .arg(st.text(0))
                         .arg(st.integer(1) >> 20)
                         .arg(kMaxAssetBytes >> 20));
         });
    const struct
    {
        const char *sql;
        int limit;
        const char *what;
    } counts[] = {
        {"SELECT count(*) FROM glossary", kMaxGlossaryTerms,
         QT_TRANSLATE_NOOP("okuw::core::validate", "%1 glossary terms; Okuw reads %2")},
        {"SELECT max(n) FROM (SELECT count(*) AS n FROM questions GROUP BY module_id, lang)",
         kMaxQuestionsPerModule,
         QT_TRANSLATE_NOOP("okuw::core::validate", "%1 questions in one quiz; Okuw reads %2")},
        {"SELECT count(*) FROM agenda", kMaxAgendaItems,
         QT_TRANSLATE_NOOP("okuw::core::validate", "%1 agenda sessions; Okuw reads %2")},
    };
    for (const auto &c : counts) {
        each(db, c.sql, problem, [&](const Statement &st, const ProblemSink &problem) {
            if (st.integer(0) > c.limit)
                problem(ContentText::tr(c.what).arg(st.integer(0)).arg(c.limit));
        });
    }
    // Any text over the reader's value limit: SQLite itself refuses to read it.
    for (const char *table : {"modules", "module_text", "slides", "glossary_text", "questions",
                              "agenda_text", "document_pages", "bundle_text", "metadata"}) {
        Statement st(db, (QByteArray("SELECT * FROM ") + table).constData());
        while (st.next()) {
        }
        if (!st.ok())
            problem(ContentText::tr("table \"%1\" cannot be read: %2")
                        .arg(QLatin1String(table), st.error()));
    }
}

void checkLanguages(const Database &db, const ProblemSink &problem)
{
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"));
    each(db, QByteArray("SELECT value FROM metadata WHERE key = '") + meta::kLanguages + "'",
         problem, [&](const Statement &st, const ProblemSink &problem) {
             const QJsonDocument doc = QJsonDocument::fromJson(st.text(0).toUtf8());
             if (!doc.isArray()) {
                 problem(ContentText::tr("the list of languages is not a list"));
                 return;
             }
             QStringList seen;
             for (const QJsonValue &v : doc.array()) {
                 const QString lang = v.toString();
                 if (!v.isString() || !code.match(lang).hasMatch())
                     problem(
                         ContentText::tr("the languages list holds %1, which names no language")
                             .arg(QString::fromUtf8(
                                      QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                                      .left(60)));
                 else if (seen.contains(lang))
                     problem(ContentText::tr("the language \"%1\" is listed twice").arg(lang));
                 seen << lang;
             }
             if (seen.isEmpty())
                 problem(ContentText::tr("the bundle lists no content language"));
         });
}

// The search index: optional, but when present the viewer relies on it.
void checkSearchIndex(const Database &db, const QString &path, const SearchIndexCheck &checkFts,
                      const ProblemSink &problem)
{
    {
        Statement st(db, "SELECT 1 FROM sqlite_master WHERE name = 'search_fts'");
        if (!st.next())
            return;
    }
    QString why;
    if (!checkFts(path, &why))
        problem(ContentText::tr("the search index is damaged: %1").arg(why));
    each(db,
         "SELECT count(*) FROM search_fts_docsize d WHERE NOT EXISTS "
         "(SELECT 1 FROM search_entries e WHERE e.id = d.id)",
         problem, [&](const Statement &st, const ProblemSink &problem) {
             if (st.integer(0) > 0)
                 problem(ContentText::tr("the search index holds %1 entries that index nothing")
                             .arg(st.integer(0)));
         });
}

void checkQuestions(const Database &db, const ProblemSink &problem)
{
    each(db, "SELECT question_key, choices, correct FROM questions", problem,
         [&](const Statement &st, const ProblemSink &problem) {
             const QJsonDocument choices = QJsonDocument::fromJson(st.text(1).toUtf8());
             const QJsonDocument correct = QJsonDocument::fromJson(st.text(2).toUtf8());
             const qsizetype n = choices.array().size();
             bool ok = choices.isArray() && correct.isArray() && n >= 2 && n <= 50;
             for (const QJsonValue &v : choices.array())
                 ok = ok && v.isString();
             for (const QJsonValue &v : correct.array())
                 ok = ok && v.isDouble() && v.toDouble() >= 0 && v.toDouble() < n &&
                      v.toDouble() == double(v.toInt());
             if (!ok)
                 problem(ContentText::tr("question \"%1\": its choices or right answers are not "
                                         "what Okuw reads (a list of texts, and indexes into it)")
                             .arg(st.text(0)));
         });
}

void checkTitles(const Database &db, const ProblemSink &problem)
{
    each(db,
         "SELECT 'module_text', title FROM module_text WHERE length(title) > 1000 "
         "UNION ALL SELECT 'slides', title FROM slides WHERE length(title) > 1000 "
         "UNION ALL SELECT 'documents', title FROM documents WHERE length(title) > 1000",
         problem, [&](const Statement &st, const ProblemSink &problem) {
             problem(ContentText::tr("a title in \"%1\" is longer than Okuw shows (1000 "
                                     "characters): “%2…”")
                         .arg(st.text(0), st.text(1).left(40)));
         });
}

} // namespace

void validateContent(const Database &db, const QString &path, const SearchIndexCheck &checkFts,
                     const ProblemSink &problem)
{
    checkTypes(db, problem);
    checkLanguages(db, problem);
    checkUnique(db, problem);
    checkLimits(db, problem);
    checkTitles(db, problem);
    checkQuestions(db, problem);
    checkSearchIndex(db, path, checkFts, problem);
}

} // namespace okuw::core
