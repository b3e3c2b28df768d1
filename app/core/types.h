// Plain records read from a bundle. Values, no behaviour: cheap to copy and
// safe to hand from a worker thread to the GUI thread.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace okuw::core {

// A text in several languages: language code -> text.
using LocalizedText = QMap<QString, QString>;

// The text for `lang`, else for each language of `fallbacks` in turn, else
// any text there is. Empty only when `text` is empty.
QString pickText(const LocalizedText &text, const QString &lang, const QStringList &fallbacks = {});

struct BundleInfo
{
    QString path;
    QString id;      // stable across versions of the same bundle
    QString version; // the author's version string
    LocalizedText title;
    LocalizedText description;
    LocalizedText publisher;
    QStringList languages; // content languages present
    QString defaultLanguage;
    QDateTime buildTime;   // UTC
    QString contentHash;   // SHA-256 over the content (hex)
    int formatVersion = 0; // PRAGMA user_version
    int digestVersion = 0; // metadata digest_version (core/digest.h); 0 when absent
};

struct ModuleInfo
{
    qint64 id = 0;
    QString slug;
    int position = 0;
    int durationMinutes = 0;
    LocalizedText title;
    LocalizedText summary;
    QMap<QString, int> slideCount;      // lang -> slides
    QMap<QString, int> slidesWithNotes; // lang -> slides whose notes are not blank (absent: 0)
    QMap<QString, int> documentCount;   // lang -> documents
    QMap<QString, int> questionCount;   // lang -> knowledge-check questions
    // Languages whose text in this module is a translation that a lawyer who
    // speaks the language has not yet reviewed; the viewer says so on its slides.
    QStringList unreviewedLanguages;
};

struct Slide
{
    qint64 id = 0;
    qint64 moduleId = 0;
    QString lang;
    int position = 0; // 1-based
    QString key;      // stable slide id
    QString title;
    QString body; // Marp Markdown, notes removed
    QString notes;
    QJsonObject directives; // effective directives (paginate, size, class, ...)
    // A page of a PDF deck (format 1.2): body is then the page's text, for
    // search, and the slide is drawn from page `page` of deck `deckId`.
    qint64 deckId = 0; // 0: a Markdown slide
    int page = -1;     // 0-based
    QSizeF pageSize;   // points: the slide's aspect ratio
    bool isPdfPage() const { return deckId != 0 && page >= 0; }
};

// A PDF deck (format 1.2): the PDF behind the slides of one module in one
// language, stored once.
struct SlideDeck
{
    qint64 id = 0;
    qint64 moduleId = 0;
    QString lang;
    QString sourceName; // the author's file name
    int pageCount = 0;
    qint64 size = 0;
    QString sha256;
};

struct Document
{
    qint64 id = 0;
    qint64 moduleId = 0;
    QString lang;
    int position = 0;
    QString kind; // "reference" or "handout"
    QString title;
    QString fileName;
    int pageCount = 0;
    qint64 size = 0;
    QString sha256;
};

struct Asset
{
    qint64 id = 0;
    qint64 moduleId = 0; // 0: bundle-wide
    QString path;
    QString mime;
    qint64 size = 0;
    QString sha256;
};

struct GlossaryTerm
{
    QString key;
    LocalizedText term;
    LocalizedText definition;
    QStringList needsReview; // languages whose term is not yet confirmed
    qint64 id = 0;           // its row in the bundle (a search hit's termId)
};

struct Question
{
    qint64 id = 0;
    qint64 moduleId = 0;
    QString lang;
    int position = 0;
    QString key;
    bool multiple = false;
    QString prompt;
    QStringList choices;
    QList<int> correct; // 0-based indexes into choices
    QString explanation;
};

struct AgendaItem
{
    qint64 id = 0;
    int day = 1;
    QString date;  // ISO date or empty
    QString start; // HH:MM
    QString end;
    qint64 moduleId = 0; // 0: not a module session
    QString moduleSlug;
    LocalizedText title;
};

} // namespace okuw::core
