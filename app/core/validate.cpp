#include "validate.h"

#include "blobdevice.h"
#include "bundle.h"
#include "searchtokenizer.h"
#include "sqlite.h"
#include "validatecontent.h"
#include "verify.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>

namespace okuw::core {

namespace {

// lupdate and the runtime agree on this context wherever ValidateText::tr is called.
struct ValidateText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::core::validate)
};

QString sha256Of(QIODevice &device)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&device);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

QStringList validateBundle(const QString &path, const SearchIndexCheck &checkSearchIndex)
{
    QString error;
    const auto bundle = Bundle::open(path, &error);
    if (!bundle)
        return {error};

    const QString shown = QDir::toNativeSeparators(path);
    QStringList problems;
    auto problem = [&](const QString &what) {
        problems << QStringLiteral("%1: %2").arg(shown, what);
    };
    const Database &db = bundle->database();

    // SQLite's own page-by-page check: finds bytes overwritten in the middle.
    // Newer SQLite also checks FTS5 tables there, which needs the tokenizer.
    registerSearchTokenizer(db, nullptr);
    {
        Statement st(db, "PRAGMA integrity_check");
        while (st.next()) {
            if (st.text(0) != QLatin1String("ok"))
                problem(ValidateText::tr("the file is damaged: %1").arg(st.text(0)));
        }
        if (!st.ok())
            problem(ValidateText::tr("the file is damaged: %1").arg(st.error()));
    }
    if (!problems.isEmpty())
        return problems; // nothing below can be trusted

    {
        Statement st(db, "PRAGMA foreign_key_check");
        while (st.next()) {
            const QString table = st.text(0);
            const QString parent = st.text(2);
            problem(ValidateText::tr("row %1 of table \"%2\" refers to a missing row of \"%3\"")
                        .arg(st.integer(1))
                        .arg(table, parent));
        }
        if (!st.ok())
            problem(st.error());
    }

    validateContent(db, path, checkSearchIndex, problem);

    const BundleInfo &info = bundle->info();
    if (!info.languages.contains(info.defaultLanguage))
        problem(ValidateText::tr("the default language \"%1\" is not among the bundle's languages")
                    .arg(info.defaultLanguage));
    {
        Statement st(db, "SELECT DISTINCT lang FROM slides UNION SELECT DISTINCT lang FROM "
                         "documents UNION SELECT DISTINCT lang FROM questions");
        while (st.next()) {
            if (!info.languages.contains(st.text(0)))
                problem(
                    ValidateText::tr("content in language \"%1\", which the bundle does not list")
                        .arg(st.text(0)));
        }
    }
    {
        Statement st(db, "SELECT slug FROM modules m WHERE NOT EXISTS "
                         "(SELECT 1 FROM slides s WHERE s.module_id = m.id)");
        while (st.next())
            problem(ValidateText::tr("module \"%1\" has no slides").arg(st.text(0)));
    }
    {
        Statement st(db, "SELECT id, page_count, title FROM documents WHERE page_count < 1");
        while (st.next())
            problem(ValidateText::tr("document \"%1\" has no pages").arg(st.text(2)));
    }

    if (bundle->hasSlideDecks()) {
        // Every page of a PDF deck is a page its PDF has (format 1.2).
        Statement st(db, "SELECT p.slide_id, p.page, d.page_count FROM slide_pages p "
                         "LEFT JOIN slide_decks d ON d.id = p.deck_id "
                         "WHERE d.id IS NULL OR p.page < 0 OR p.page >= d.page_count LIMIT 20");
        while (st.next())
            problem(ValidateText::tr("slide %1 names page %2 of a PDF deck that has %3 pages")
                        .arg(st.integer(0))
                        .arg(st.integer(1) + 1)
                        .arg(st.integer(2)));
        if (!st.ok())
            problem(st.error());
    }
    // The content against its digest (blobs by their stored SHA-256, which
    // the loop below checks against the bytes), and the signature.
    const ContentCheck content = checkContent(db, DigestMode::Stored);
    if (content.result == ContentCheck::Result::Failed)
        problem(content.error);
    // A bundle made from another one's rows differs everywhere: the first
    // differences say enough, hundreds of lines would bury the rest.
    constexpr qsizetype kShownDifferences = 20;
    for (const QString &difference : content.differences.mid(0, kShownDifferences))
        problem(ValidateText::tr("the content does not match its digest (%1): the bundle was "
                                 "changed after it was built")
                    .arg(difference));
    if (content.differences.size() > kShownDifferences)
        problem(ValidateText::tr("the content does not match its digest in other places too "
                                 "(%n more not shown)",
                                 nullptr, int(content.differences.size() - kShownDifferences)));
    if (const SignatureCheck signature = checkSignature(db);
        signature.state == SignatureCheck::State::Broken)
        problem(signature.problem);

    // Every blob against its SHA-256, streamed so memory stays flat.
    for (const char *table : {"documents", "assets", "slide_decks"}) {
        if (qstrcmp(table, "slide_decks") == 0 && !bundle->hasSlideDecks())
            continue; // before format 1.2
        const char *name = qstrcmp(table, "documents") == 0 ? "title"
                           : qstrcmp(table, "assets") == 0  ? "path"
                                                            : "source_name";
        Statement st(db, QByteArray("SELECT id, sha256, ") + name + " FROM " + table);
        while (st.next()) {
            BlobDevice device(bundle->sharedDatabase(), table, "data", st.integer(0));
            if (!device.isOpen()) {
                problem(ValidateText::tr("\"%1\" cannot be read: %2")
                            .arg(st.text(2), device.errorString()));
                continue;
            }
            if (sha256Of(device) != st.text(1))
                problem(
                    ValidateText::tr("\"%1\" does not match its SHA-256: the bundle was altered or "
                                     "damaged")
                        .arg(st.text(2)));
        }
        if (!st.ok())
            problem(st.error());
    }
    return problems;
}

} // namespace okuw::core
