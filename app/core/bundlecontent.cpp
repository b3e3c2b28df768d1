// Bundle, the content tables: slides, documents and their bytes, PDF decks,
// assets, glossary, questions and agenda. Opening a bundle and its modules
// are in bundle.cpp.
#include "blobdevice.h"
#include "bundle.h"
#include "bundle_p.h"
#include "limits.h"
#include "log.h"
#include "schema.h"
#include "sqlite.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace okuw::core {

namespace {

// Slides with their PDF page, if any (format 1.2), or NULLs in its place.
QByteArray slideQuery(bool pdfDecks, const char *where)
{
    return QByteArray("SELECT s.id, s.module_id, s.lang, s.position, s.slide_key, s.title, "
                      "s.body, s.notes, s.directives, ") +
           (pdfDecks ? "p.deck_id, p.page, p.width, p.height FROM slides s "
                       "LEFT JOIN slide_pages p ON p.slide_id = s.id "
                     : "NULL, NULL, NULL, NULL FROM slides s ") +
           where;
}

// A slide as read, with its size in bytes; a slide larger than the limit
// keeps its place and key, and says on the slide that it is too large.
Slide readSlide(const Statement &st, qint64 *bytes = nullptr)
{
    Slide s;
    s.id = st.integer(0);
    s.moduleId = st.integer(1);
    s.lang = st.text(2);
    s.position = int(st.integer(3));
    s.key = st.text(4);
    s.title = st.text(5).left(1000);
    const QByteArray body = st.blob(6);
    const QByteArray notes = st.blob(7);
    const QByteArray directives = st.blob(8);
    if (bytes)
        *bytes = body.size() + notes.size() + directives.size();
    const auto tooLarge = [](qint64 size) {
        return BundleText::tr("This slide is too large to show: %1 KB, where Okuw shows at most "
                              "%2 KB.")
            .arg(size / 1024)
            .arg(limits::kMaxSlideTextBytes / 1024);
    };
    if (body.size() > limits::kMaxSlideTextBytes) {
        qCWarning(lcBundle) << "slide" << s.id << "is too large to show:" << body.size() << "bytes";
        s.body = QStringLiteral("# ") + s.title + QStringLiteral("\n\n") + tooLarge(body.size());
    } else {
        s.body = QString::fromUtf8(body);
        s.directives = QJsonDocument::fromJson(directives).object();
    }
    s.notes = notes.size() > limits::kMaxSlideTextBytes ? tooLarge(notes.size())
                                                        : QString::fromUtf8(notes);
    if (!st.isNull(9)) {
        // A page number or size no PDF has is not trusted: the slide is
        // then shown as its text.
        const qint64 page = st.integer(10);
        const double w = st.real(11), h = st.real(12);
        if (page >= 0 && page < limits::kMaxPdfPages && w > 1 && h > 1 && w < 1e5 && h < 1e5 &&
            w / h < 20 && h / w < 20) {
            s.deckId = st.integer(9);
            s.page = int(page);
            s.pageSize = QSizeF(w, h);
        } else {
            qCWarning(lcBundle) << "slide" << s.id
                                << "names a PDF page that cannot be; not trusted";
        }
    }
    return s;
}

constexpr const char *kDocumentColumns =
    "SELECT id, module_id, lang, position, kind, title, file_name, page_count, size, sha256 "
    "FROM documents ";

Document readDocument(const Statement &st)
{
    Document d;
    d.id = st.integer(0);
    d.moduleId = st.integer(1);
    d.lang = st.text(2);
    d.position = int(st.integer(3));
    d.kind = st.text(4);
    d.title = st.text(5).left(1000);
    d.fileName = st.text(6);
    // The page count shown before the PDF is opened; the PDF's own count is
    // what the viewer pages through. A count no PDF can have is not trusted.
    const qint64 pages = st.integer(7);
    d.pageCount = pages >= 0 && pages <= limits::kMaxPdfPages ? int(pages) : 0;
    if (d.pageCount != pages)
        qCWarning(lcBundle) << "document" << d.id << "claims" << pages << "pages; not trusted";
    d.size = st.integer(8);
    d.sha256 = st.text(9);
    return d;
}

} // namespace

QList<Slide> Bundle::slides(qint64 moduleId, const QString &lang, QString *error) const
{
    QList<Slide> out;
    // The count is known without reading a slide: a deck too long to show is
    // refused before its text is read.
    if (const auto m = module(moduleId); m && m->slideCount.value(lang) > limits::kMaxSlidesPerDeck)
        return fail(error,
                    BundleText::tr("module “%1” has %2 slides in “%3”; Okuw shows at most %4")
                        .arg(m->slug)
                        .arg(m->slideCount.value(lang))
                        .arg(lang)
                        .arg(limits::kMaxSlidesPerDeck)),
               QList<Slide>{};
    qint64 total = 0;
    Statement st(*m_db, slideQuery(m_hasSlideDecks, "WHERE s.module_id = ?1 AND s.lang = ?2 "
                                                    "ORDER BY s.position")
                            .constData());
    st.bind(1, moduleId).bind(2, lang);
    while (st.next()) {
        qint64 bytes = 0;
        out << readSlide(st, &bytes);
        total += bytes;
        if (total > limits::kMaxDeckTextBytes || out.size() > limits::kMaxSlidesPerDeck)
            return fail(error, BundleText::tr("a deck of module %1 holds more text than Okuw reads "
                                              "(%2 MB at most)")
                                   .arg(moduleId)
                                   .arg(limits::kMaxDeckTextBytes / (1024 * 1024))),
                   QList<Slide>{};
    }
    if (!st.ok())
        return fail(error, st.error()), QList<Slide>{};
    return out;
}

std::optional<Slide> Bundle::slide(qint64 slideId, QString *error) const
{
    Statement st(*m_db, slideQuery(m_hasSlideDecks, "WHERE s.id = ?1").constData());
    st.bind(1, slideId);
    if (st.next())
        return readSlide(st);
    if (!st.ok())
        fail(error, st.error());
    return std::nullopt;
}

QList<Document> Bundle::documents(qint64 moduleId, const QString &lang, QString *error) const
{
    QList<Document> out;
    Statement st(*m_db,
                 (QByteArray(kDocumentColumns) + "WHERE module_id = ?1 AND (?2 = '' OR lang = ?2) "
                                                 "ORDER BY lang, position")
                     .constData());
    st.bind(1, moduleId).bind(2, lang.isNull() ? QStringLiteral("") : lang);
    while (st.next())
        out << readDocument(st);
    if (!st.ok())
        return fail(error, st.error()), QList<Document>{};
    return out;
}

std::optional<Document> Bundle::document(qint64 documentId, QString *error) const
{
    Statement st(*m_db, (QByteArray(kDocumentColumns) + "WHERE id = ?1").constData());
    st.bind(1, documentId);
    if (st.next())
        return readDocument(st);
    if (!st.ok())
        fail(error, st.error());
    return std::nullopt;
}

std::unique_ptr<QIODevice> Bundle::openDocument(qint64 documentId, QString *error) const
{
    auto device = std::make_unique<BlobDevice>(m_db, "documents", "data", documentId);
    if (!device->isOpen()) {
        fail(error, BundleText::tr("document %1 cannot be read: %2")
                        .arg(documentId)
                        .arg(device->errorString()));
        return nullptr;
    }
    if (device->size() > limits::kMaxDocumentBytes) {
        fail(error, BundleText::tr("document %1 is larger than Okuw opens (%2 MB at most)")
                        .arg(documentId)
                        .arg(limits::kMaxDocumentBytes / (1024 * 1024)));
        return nullptr;
    }
    return device;
}

std::optional<SlideDeck> Bundle::slideDeck(qint64 deckId, QString *error) const
{
    if (!m_hasSlideDecks)
        return std::nullopt;
    Statement st(*m_db, "SELECT id, module_id, lang, source_name, page_count, size, sha256 "
                        "FROM slide_decks WHERE id = ?1");
    st.bind(1, deckId);
    if (st.next()) {
        SlideDeck d;
        d.id = st.integer(0);
        d.moduleId = st.integer(1);
        d.lang = st.text(2);
        d.sourceName = st.text(3).left(1000);
        d.pageCount = int(std::clamp<qint64>(st.integer(4), 0, limits::kMaxPdfPages));
        d.size = st.integer(5);
        d.sha256 = st.text(6);
        return d;
    }
    if (!st.ok())
        fail(error, st.error());
    return std::nullopt;
}

std::unique_ptr<QIODevice> Bundle::openSlideDeck(qint64 deckId, QString *error) const
{
    if (!m_hasSlideDecks) {
        fail(error, BundleText::tr("it has no PDF decks, but a slide names one"));
        return nullptr;
    }
    auto device = std::make_unique<BlobDevice>(m_db, "slide_decks", "data", deckId);
    if (!device->isOpen()) {
        fail(error, BundleText::tr("PDF deck %1 cannot be read: %2")
                        .arg(deckId)
                        .arg(device->errorString()));
        return nullptr;
    }
    if (device->size() > limits::kMaxDocumentBytes) {
        fail(error, BundleText::tr("PDF deck %1 is larger than Okuw opens (%2 MB at most)")
                        .arg(deckId)
                        .arg(limits::kMaxDocumentBytes / (1024 * 1024)));
        return nullptr;
    }
    return device;
}

QString Bundle::documentPageText(qint64 documentId, int page, QString *error) const
{
    Statement st(*m_db, "SELECT text FROM document_pages WHERE document_id = ?1 AND page = ?2");
    st.bind(1, documentId).bind(2, page);
    if (st.next())
        return st.text(0);
    if (!st.ok())
        fail(error, st.error());
    return {};
}

namespace {

Asset readAsset(const Statement &st)
{
    Asset a;
    a.id = st.integer(0);
    a.moduleId = st.isNull(1) ? 0 : st.integer(1);
    a.path = st.text(2);
    a.mime = st.text(3);
    a.size = st.integer(4);
    a.sha256 = st.text(5);
    return a;
}

} // namespace

std::optional<Asset> Bundle::findAsset(qint64 moduleId, const QString &path, QString *error) const
{
    // Module assets shadow bundle-wide ones of the same path.
    Statement st(*m_db, "SELECT id, module_id, path, mime, size, sha256 FROM assets "
                        "WHERE path = ?2 AND (module_id = ?1 OR module_id IS NULL) "
                        "ORDER BY module_id IS NULL LIMIT 1");
    st.bind(1, moduleId).bind(2, QDir::cleanPath(path));
    if (st.next())
        return readAsset(st);
    if (!st.ok())
        fail(error, st.error());
    return std::nullopt;
}

QByteArray Bundle::assetData(qint64 assetId, QString *error) const
{
    // Through blob I/O: an image may be larger than any text value, and its
    // size is known before a byte of it is read.
    BlobDevice device(m_db, "assets", "data", assetId);
    if (!device.isOpen())
        return fail(error, BundleText::tr("image %1 cannot be read: %2")
                               .arg(assetId)
                               .arg(device.errorString())),
               QByteArray();
    if (device.size() > limits::kMaxAssetBytes)
        return fail(error, BundleText::tr("image %1 is larger than Okuw shows (%2 MB at most)")
                               .arg(assetId)
                               .arg(limits::kMaxAssetBytes / (1024 * 1024))),
               QByteArray();
    return device.readAll();
}

QList<Asset> Bundle::assets(QString *error) const
{
    QList<Asset> out;
    Statement st(*m_db, "SELECT id, module_id, path, mime, size, sha256 FROM assets ORDER BY id");
    while (st.next())
        out << readAsset(st);
    if (!st.ok())
        return fail(error, st.error()), QList<Asset>{};
    return out;
}

QList<GlossaryTerm> Bundle::glossary(QString *error) const
{
    QList<GlossaryTerm> out;
    QHash<qint64, int> index;
    Statement st(*m_db, "SELECT id, term_key FROM glossary ORDER BY id LIMIT ?1");
    st.bind(1, limits::kMaxGlossaryTerms);
    while (st.next()) {
        index.insert(st.integer(0), int(out.size()));
        out << GlossaryTerm{st.text(1), {}, {}, {}, st.integer(0)};
    }
    Statement texts(*m_db, "SELECT term_id, lang, term, definition, needs_review "
                           "FROM glossary_text LIMIT ?1");
    texts.bind(1, limits::kMaxGlossaryTerms * 8);
    while (texts.next()) {
        if (auto it = index.constFind(texts.integer(0)); it != index.cend()) {
            GlossaryTerm &t = out[*it];
            t.term.insert(texts.text(1), texts.text(2));
            t.definition.insert(texts.text(1), texts.text(3));
            if (texts.integer(4))
                t.needsReview << texts.text(1);
        }
    }
    for (const Statement *s : {&st, &texts}) {
        if (!s->ok())
            return fail(error, s->error()), QList<GlossaryTerm>{};
    }
    return out;
}

QList<Question> Bundle::questions(qint64 moduleId, const QString &lang, QString *error) const
{
    QList<Question> out;
    Statement st(*m_db, "SELECT id, module_id, lang, position, question_key, multiple, prompt, "
                        "choices, correct, explanation FROM questions "
                        "WHERE module_id = ?1 AND lang = ?2 ORDER BY position LIMIT ?3");
    st.bind(1, moduleId).bind(2, lang).bind(3, limits::kMaxQuestionsPerModule);
    while (st.next()) {
        Question q;
        q.id = st.integer(0);
        q.moduleId = st.integer(1);
        q.lang = st.text(2);
        q.position = int(st.integer(3));
        q.key = st.text(4);
        q.multiple = st.integer(5) != 0;
        q.prompt = st.text(6);
        q.choices = jsonStrings(st.text(7));
        const QJsonArray correct = QJsonDocument::fromJson(st.text(8).toUtf8()).array();
        for (const QJsonValue &v : correct)
            q.correct << v.toInt();
        q.explanation = st.text(9);
        out << q;
    }
    if (!st.ok())
        return fail(error, st.error()), QList<Question>{};
    return out;
}

QList<AgendaItem> Bundle::agenda(QString *error) const
{
    QList<AgendaItem> out;
    QHash<qint64, int> index;
    Statement st(*m_db, "SELECT a.id, a.day, a.date, a.start_time, a.end_time, a.module_id, "
                        "m.slug FROM agenda a LEFT JOIN modules m ON m.id = a.module_id "
                        "ORDER BY a.day, a.start_time, a.id LIMIT ?1");
    st.bind(1, limits::kMaxAgendaItems);
    while (st.next()) {
        AgendaItem item;
        item.id = st.integer(0);
        item.day = int(st.integer(1));
        item.date = st.text(2);
        item.start = st.text(3);
        item.end = st.text(4);
        item.moduleId = st.isNull(5) ? 0 : st.integer(5);
        item.moduleSlug = st.text(6);
        index.insert(item.id, int(out.size()));
        out << item;
    }
    Statement texts(*m_db, "SELECT agenda_id, lang, title FROM agenda_text LIMIT ?1");
    texts.bind(1, limits::kMaxAgendaItems * 8);
    while (texts.next()) {
        if (auto it = index.constFind(texts.integer(0)); it != index.cend())
            out[*it].title.insert(texts.text(1), texts.text(2));
    }
    for (const Statement *s : {&st, &texts}) {
        if (!s->ok())
            return fail(error, s->error()), QList<AgendaItem>{};
    }
    return out;
}

} // namespace okuw::core
