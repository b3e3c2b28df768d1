#include "bundle.h"

#include "blobdevice.h"
#include "bundle_p.h"
#include "limits.h"
#include "log.h"
#include "schema.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace okuw::core {

namespace {

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// The cheap checks that need no SQLite: they turn "file is not a database"
// into messages a person can act on, and catch a truncated copy (a USB stick
// pulled out mid-copy) before SQLite reads past the end.
bool checkHeader(const QString &path, QString *why)
{
    const QFileInfo fi(path);
    if (!fi.exists()) {
        *why = BundleText::tr("the file does not exist");
        return false;
    }
    if (fi.isDir()) {
        *why = BundleText::tr("it is a folder, not a bundle file");
        return false;
    }
    if (fi.size() == 0) {
        *why = BundleText::tr("the file is empty");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = BundleText::tr("the file cannot be read: %1").arg(file.errorString());
        return false;
    }
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        *why = BundleText::tr("it is not an Okuw bundle (not an SQLite database)");
        return false;
    }
    const quint32 appId = bigEndian32(header, 68);
    if (appId != quint32(kApplicationId)) {
        *why = BundleText::tr("it is an SQLite database but not an Okuw bundle (application id %1)")
                   .arg(QStringLiteral("0x%1").arg(appId, 8, 16, QLatin1Char('0')));
        return false;
    }
    const quint32 userVersion = bigEndian32(header, 60);
    const int major = int(userVersion / 1000);
    if (major > kFormatMajor) {
        *why =
            BundleText::tr("it was made for a newer Okuw (bundle format %1.%2); this version reads "
                           "format %3. Install a newer Okuw to open it")
                .arg(major)
                .arg(userVersion % 1000)
                .arg(kFormatMajor);
        return false;
    }
    if (major < 1) {
        *why = BundleText::tr("its bundle format version (%1) is not valid").arg(userVersion);
        return false;
    }
    quint32 pageSize = (quint32(uchar(header[16])) << 8) | quint32(uchar(header[17]));
    if (pageSize == 1)
        pageSize = 65536;
    const quint64 expected = quint64(pageSize) * bigEndian32(header, 28);
    if (quint64(fi.size()) < expected) {
        *why = BundleText::tr("the file is truncated: it has %1 bytes of %2 (an incomplete copy?)")
                   .arg(fi.size())
                   .arg(expected);
        return false;
    }
    return true;
}

// The languages a bundle lists: codes of a few letters, each once. Anything
// else (an empty string, a number, a paragraph) names no language and is
// left out rather than shown in a menu.
QStringList languageCodes(const QString &json)
{
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"));
    QStringList out;
    for (const QString &lang : jsonStrings(json)) {
        if (code.match(lang).hasMatch() && !out.contains(lang) && out.size() < 50)
            out << lang;
        else
            qCWarning(lcBundle) << "a language code that names no language was ignored:" << lang;
    }
    return out;
}

} // namespace

QStringList jsonStrings(const QString &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        out << value.toString();
    return out;
}

Bundle::~Bundle() = default;

QString Bundle::fail(QString *error, const QString &what) const
{
    // Callers often show an empty list and carry on; the log keeps why.
    qCWarning(lcBundle) << "reading" << m_info.path << "failed:" << what;
    if (error)
        *error = BundleText::tr("%1: the bundle is damaged: %2")
                     .arg(QDir::toNativeSeparators(m_info.path), what);
    return {};
}

std::shared_ptr<Bundle> Bundle::open(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    auto failWith = [&](const QString &why) -> std::shared_ptr<Bundle> {
        if (error)
            *error = QStringLiteral("%1: %2").arg(shown, why);
        return nullptr;
    };
    if (path.isEmpty())
        return failWith(BundleText::tr("no file was given"));
    QString why;
    if (!checkHeader(path, &why))
        return failWith(why);

    std::shared_ptr<Bundle> bundle(new Bundle);
    bundle->m_info.path = QFileInfo(path).absoluteFilePath();
    bundle->m_db = std::make_shared<Database>();
    if (!bundle->m_db->open(path, Database::Mode::Untrusted, &why))
        return failWith(BundleText::tr("it cannot be opened: %1").arg(why));

    const Database &db = *bundle->m_db;
    QSet<QString> tables;
    {
        Statement st(db, "SELECT name FROM sqlite_master WHERE type = 'table'");
        while (st.next())
            tables.insert(st.text(0));
        if (!st.ok())
            return failWith(BundleText::tr("the bundle is damaged: %1").arg(st.error()));
    }
    for (const QString &table : requiredTables()) {
        if (!tables.contains(table))
            return failWith(
                BundleText::tr("the bundle is damaged: the table \"%1\" is missing").arg(table));
    }

    bundle->m_hasTranslationReview = tables.contains(QStringLiteral("translation_review"));
    bundle->m_hasSlideDecks = tables.contains(QStringLiteral("slide_decks")) &&
                              tables.contains(QStringLiteral("slide_pages"));

    BundleInfo &info = bundle->m_info;
    {
        Statement st(db, "PRAGMA user_version");
        if (st.next())
            info.formatVersion = int(st.integer(0));
    }
    {
        Statement st(db, "SELECT key, value FROM metadata");
        while (st.next()) {
            const QString key = st.text(0);
            const QString value = st.text(1);
            if (key == QLatin1String(meta::kBundleId))
                info.id = value;
            else if (key == QLatin1String(meta::kVersion))
                info.version = value;
            else if (key == QLatin1String(meta::kDefaultLanguage))
                info.defaultLanguage = value;
            else if (key == QLatin1String(meta::kLanguages))
                info.languages = languageCodes(value);
            else if (key == QLatin1String(meta::kBuildTime))
                info.buildTime = QDateTime::fromString(value, Qt::ISODate);
            else if (key == QLatin1String(meta::kContentHash))
                info.contentHash = value;
            else if (key == QLatin1String(meta::kDigestVersion))
                info.digestVersion = value.toInt();
        }
        if (!st.ok())
            return failWith(BundleText::tr("the bundle is damaged: %1").arg(st.error()));
    }
    if (info.id.isEmpty())
        return failWith(BundleText::tr("the bundle is damaged: it has no bundle id"));
    if (info.defaultLanguage.isEmpty())
        info.defaultLanguage = QStringLiteral("en");
    {
        Statement st(db, "SELECT lang, key, value FROM bundle_text");
        while (st.next()) {
            const QString key = st.text(1);
            if (key == QLatin1String(bundletext::kTitle))
                info.title.insert(st.text(0), st.text(2));
            else if (key == QLatin1String(bundletext::kDescription))
                info.description.insert(st.text(0), st.text(2));
            else if (key == QLatin1String(bundletext::kPublisher))
                info.publisher.insert(st.text(0), st.text(2));
        }
        if (!st.ok())
            return failWith(BundleText::tr("the bundle is damaged: %1").arg(st.error()));
    }
    return bundle;
}

QList<ModuleInfo> Bundle::modules(QString *error) const
{
    const std::lock_guard lock(m_modulesLock);
    if (m_modules)
        return *m_modules;
    QString why;
    QList<ModuleInfo> out = readModules(&why);
    if (!why.isEmpty()) {
        // Not cached: a read that failed once is reported every time.
        if (error)
            *error = why;
        return {};
    }
    m_modules = out;
    return out;
}

QList<ModuleInfo> Bundle::readModules(QString *error) const
{
    QList<ModuleInfo> out;
    Statement st(*m_db, "SELECT id, slug, position, duration_minutes FROM modules "
                        "ORDER BY position");
    while (st.next()) {
        if (out.size() >= limits::kMaxModules)
            return fail(error, BundleText::tr("it has more than %1 modules, more than Okuw reads")
                                   .arg(limits::kMaxModules)),
                   QList<ModuleInfo>{};
        ModuleInfo m;
        m.id = st.integer(0);
        m.slug = st.text(1);
        m.position = int(st.integer(2));
        m.durationMinutes = int(st.integer(3));
        out << m;
    }
    if (!st.ok())
        return fail(error, st.error()), QList<ModuleInfo>{};

    QHash<qint64, int> index;
    for (int i = 0; i < out.size(); ++i)
        index.insert(out[i].id, i);
    Statement texts(*m_db, "SELECT module_id, lang, title, summary FROM module_text LIMIT ?1");
    texts.bind(1, limits::kMaxModules * 8);
    while (texts.next()) {
        if (auto it = index.constFind(texts.integer(0)); it != index.cend()) {
            // Titles are a line, summaries a tooltip: longer ones are cut.
            out[*it].title.insert(texts.text(1), texts.text(2).left(1000));
            out[*it].summary.insert(texts.text(1), texts.text(3).left(4000));
        }
    }
    Statement slides(*m_db, "SELECT module_id, lang, count(*), sum(trim(notes) <> '') "
                            "FROM slides GROUP BY 1, 2");
    while (slides.next()) {
        if (auto it = index.constFind(slides.integer(0)); it != index.cend()) {
            out[*it].slideCount.insert(slides.text(1), int(slides.integer(2)));
            if (const int withNotes = int(slides.integer(3)))
                out[*it].slidesWithNotes.insert(slides.text(1), withNotes);
        }
    }
    Statement docs(*m_db, "SELECT module_id, lang, count(*) FROM documents GROUP BY 1, 2");
    while (docs.next()) {
        if (auto it = index.constFind(docs.integer(0)); it != index.cend())
            out[*it].documentCount.insert(docs.text(1), int(docs.integer(2)));
    }
    Statement questions(*m_db, "SELECT module_id, lang, count(*) FROM questions GROUP BY 1, 2");
    while (questions.next()) {
        if (auto it = index.constFind(questions.integer(0)); it != index.cend())
            out[*it].questionCount.insert(questions.text(1), int(questions.integer(2)));
    }
    for (const Statement *st : {&texts, &slides, &docs, &questions}) {
        if (!st->ok())
            return fail(error, st->error()), QList<ModuleInfo>{};
    }
    if (m_hasTranslationReview) {
        Statement review(*m_db, "SELECT module_id, lang FROM translation_review ORDER BY 1, 2");
        while (review.next()) {
            if (auto it = index.constFind(review.integer(0)); it != index.cend())
                out[*it].unreviewedLanguages << review.text(1);
        }
        if (!review.ok())
            return fail(error, review.error()), QList<ModuleInfo>{};
    }
    return out;
}

std::optional<ModuleInfo> Bundle::module(qint64 moduleId, QString *error) const
{
    for (const ModuleInfo &m : modules(error)) {
        if (m.id == moduleId)
            return m;
    }
    return std::nullopt;
}

std::optional<ModuleInfo> Bundle::moduleBySlug(const QString &slug, QString *error) const
{
    for (const ModuleInfo &m : modules(error)) {
        if (m.slug == slug)
            return m;
    }
    return std::nullopt;
}

} // namespace okuw::core
