#include "builder.h"

#include "build_p.h"
#include "core/deck.h"
#include "core/limits.h"
#include "core/schema.h"
#include "core/search.h"
#include "core/writer.h"
#include "officedeck.h"
#include "pdfdeck.h"
#include "render/css.h"
#include "render/directives.h"
#include "render/handout.h"
#include "render/images.h"
#include "render/slidemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>

namespace okuw::builder {

namespace {

// Qt's PDF writer stamps the current time into /CreationDate, which would
// make every build's handouts, and so the content hash, differ. The stamp is
// replaced in place by `stamp` (14 digits, the same length, so the PDF's
// cross-reference offsets stay valid).
bool pinCreationDate(const QString &path, const QByteArray &stamp)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray bytes = file.readAll();
    static const QByteArray key = "/CreationDate (D:";
    for (qsizetype at = bytes.indexOf(key); at >= 0; at = bytes.indexOf(key, at + 1)) {
        const qsizetype digits = at + key.size();
        if (digits + 14 <= bytes.size())
            bytes.replace(digits, 14, stamp);
    }
    file.seek(0);
    return file.write(bytes) == bytes.size();
}

struct PdfFacts
{
    int pages = 0;
    QStringList pageTexts;
};

bool readPdf(const QString &path, PdfFacts *facts, QString *why)
{
    QPdfDocument pdf;
    if (pdf.load(path) != QPdfDocument::Error::None || pdf.pageCount() < 1) {
        *why = BuilderText::tr("not a PDF that can be read (%1)").arg(int(pdf.error()));
        return false;
    }
    facts->pages = pdf.pageCount();
    for (int page = 0; page < facts->pages; ++page)
        facts->pageTexts << pdf.getAllText(page).text();
    return true;
}

} // namespace

QString readUtf8(const QString &path, Errors *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append({path, 0, BuilderText::tr("cannot be read: %1").arg(file.errorString())});
        return {};
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        const int line =
            int(bytes.left(bytes.indexOf('\xff') >= 0 ? bytes.indexOf('\xff') : 0).count('\n')) + 1;
        errors->append({path, line, BuilderText::tr("the file is not UTF-8 text")});
        return {};
    }
    return text;
}

BuildResult Build::run()
{
    const QFileInfo source(m_source);
    if (!source.exists() || !source.isDir()) {
        m_result.errors << BuilderText::tr(
                               "%1: not a content source folder (it does not exist or is not a "
                               "folder)")
                               .arg(QDir::toNativeSeparators(m_source));
        return m_result;
    }
    BundleSource bundle;
    const QDir dir(m_source);
    readBundleManifest(dir.filePath(QStringLiteral("bundle.yaml")), &bundle, &m_errors);

    QList<ModuleSource> modules;
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        ModuleSource module;
        const QString manifest = dir.filePath(name + QStringLiteral("/module.yaml"));
        if (readModuleManifest(manifest, &module, &m_errors))
            modules << module;
    }
    std::sort(modules.begin(), modules.end(),
              [](const ModuleSource &a, const ModuleSource &b) { return a.order < b.order; });
    QSet<QString> slugs;
    QSet<int> orders;
    for (const ModuleSource &m : modules) {
        if (slugs.contains(m.slug))
            error(m.manifest, 0,
                  BuilderText::tr("the slug \"%1\" is used by another module").arg(m.slug));
        if (orders.contains(m.order))
            error(m.manifest, 0,
                  BuilderText::tr("the order %1 is used by another module").arg(m.order));
        slugs.insert(m.slug);
        orders.insert(m.order);
    }
    if (modules.isEmpty() && m_errors.isEmpty())
        error(m_source, 0,
              BuilderText::tr("no module folders (each with a module.yaml) were found"));

    QString why;
    if (!m_errors.isEmpty() || !m_writer.begin(&why)) {
        if (!why.isEmpty())
            m_result.errors << why;
        for (const SourceError &e : std::as_const(m_errors))
            m_result.errors << e.text();
        return m_result;
    }
    m_moduleTotal = int(modules.size());
    if (m_progress)
        m_progress({0, int(modules.size()), {}, {}, 0, 0});

    // Metadata. build_time comes from SOURCE_DATE_EPOCH when set, so that a
    // rebuild of the same sources can give the same bytes.
    QDateTime built = QDateTime::currentDateTimeUtc();
    if (const QByteArray epoch = qgetenv("SOURCE_DATE_EPOCH"); !epoch.isEmpty()) {
        built = QDateTime::fromSecsSinceEpoch(epoch.toLongLong(), Qt::UTC);
        m_handoutDate = built.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    }
    const QList<std::pair<QString, QString>> metadata = {
        {QString::fromLatin1(core::meta::kBundleId), bundle.id},
        {QString::fromLatin1(core::meta::kVersion), bundle.version},
        {QString::fromLatin1(core::meta::kDefaultLanguage), bundle.defaultLanguage},
        {QString::fromLatin1(core::meta::kLanguages),
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(bundle.languages))
                               .toJson(QJsonDocument::Compact))},
        {QString::fromLatin1(core::meta::kGenerator), QStringLiteral("okuw-bundle")},
        {QString::fromLatin1(core::meta::kBuildTime), built.toString(Qt::ISODate)},
    };
    for (const auto &[key, value] : metadata) {
        if (!m_writer.setMetadata(key, value, &why))
            error(m_source, 0, why);
    }
    for (const auto &[key, text] : {std::pair{core::bundletext::kTitle, &bundle.title},
                                    std::pair{core::bundletext::kDescription, &bundle.description},
                                    std::pair{core::bundletext::kPublisher, &bundle.publisher}}) {
        for (auto it = text->cbegin(); it != text->cend(); ++it)
            m_writer.setBundleText(it.key(), QString::fromLatin1(key), it.value(), &why);
    }

    QHash<QString, qint64> moduleIds;
    int position = 0;
    for (const ModuleSource &module : std::as_const(modules)) {
        core::ModuleInfo info;
        info.slug = module.slug;
        info.position = ++position;
        info.durationMinutes = module.duration;
        info.title = module.title;
        info.summary = module.summary;
        info.unreviewedLanguages = module.unreviewedTranslation;
        for (const QString &lang : module.unreviewedTranslation) {
            if (!bundle.languages.contains(lang))
                error(module.manifest, module.unreviewedLine,
                      BuilderText::tr("\"unreviewed_translation\" names \"%1\", which is not "
                                      "listed in bundle.yaml")
                          .arg(lang));
        }
        const qint64 id = m_writer.addModule(info, &why);
        if (!id) {
            error(module.manifest, 0, why);
            continue;
        }
        moduleIds.insert(module.slug, id);
        for (const QString &lang : module.decks.keys()) {
            if (!bundle.languages.contains(lang))
                error(module.manifest, 0,
                      BuilderText::tr("the deck language \"%1\" is not listed in bundle.yaml")
                          .arg(lang));
        }
        addModule(module, id);
        ++m_result.modules;
        if (m_progress)
            m_progress({m_result.modules, int(modules.size()), module.slug, {}, 0, 0});
    }

    const QString glossaryPath = dir.filePath(QStringLiteral("glossary.yaml"));
    if (QFileInfo::exists(glossaryPath)) {
        QSet<QString> keys;
        for (const core::GlossaryTerm &term : readGlossary(glossaryPath, &m_errors)) {
            if (keys.contains(term.key)) {
                error(glossaryPath, 0,
                      BuilderText::tr("the term id \"%1\" is used twice").arg(term.key));
                continue;
            }
            keys.insert(term.key);
            if (!m_writer.addGlossaryTerm(term, &why))
                error(glossaryPath, 0, why);
        }
    }
    const QString agendaPath = dir.filePath(QStringLiteral("agenda.yaml"));
    if (QFileInfo::exists(agendaPath)) {
        for (AgendaSource s : readAgenda(agendaPath, &m_errors)) {
            if (!s.moduleSlug.isEmpty()) {
                s.item.moduleId = moduleIds.value(s.moduleSlug);
                if (!s.item.moduleId) {
                    error(s.file, s.line,
                          BuilderText::tr("no module has the slug \"%1\"").arg(s.moduleSlug));
                    continue;
                }
            }
            if (!m_writer.addAgendaItem(s.item, &why))
                error(s.file, s.line, why);
        }
    }

    // The full-text index is built from the rows above, inside the same
    // transaction: the reader opens bundles immutable and never writes one.
    if (m_errors.isEmpty() && !core::SearchIndex::build(m_writer.database(), &why))
        m_result.errors << why;

    for (const SourceError &w : std::as_const(m_warnings))
        (m_options.strict ? m_result.errors : m_result.warnings) << w.text();
    for (const SourceError &e : std::as_const(m_errors))
        m_result.errors << e.text();
    if (!m_result.errors.isEmpty()) {
        m_writer.abort();
        return m_result;
    }
    if (!m_writer.commit(&why)) {
        m_result.errors << why;
        return m_result;
    }
    m_result.ok = true;
    return m_result;
}

void Build::addModule(const ModuleSource &module, qint64 moduleId)
{
    for (auto it = module.decks.cbegin(); it != module.decks.cend(); ++it)
        addDeck(module, moduleId, it.key(), it.value());

    QMap<QString, int> positions;
    for (const DocumentSource &doc : module.documents)
        addDocument(module, moduleId, doc, ++positions[doc.lang]);

    QString why;
    for (auto it = module.quizzes.cbegin(); it != module.quizzes.cend(); ++it) {
        QSet<QString> keys;
        for (core::Question q : readQuiz(it.value(), it.key(), &m_errors)) {
            if (keys.contains(q.key)) {
                error(it.value(), 0,
                      BuilderText::tr("the question id \"%1\" is used twice").arg(q.key));
                continue;
            }
            keys.insert(q.key);
            q.moduleId = moduleId;
            if (!m_writer.addQuestion(q, &why))
                error(it.value(), 0, why);
        }
    }
}

void Build::addDocument(const ModuleSource &module, qint64 moduleId, const DocumentSource &doc,
                        int position)
{
    QString pdfPath = doc.path;
    QString why;
    if (doc.handout) {
        const QString markdown = readUtf8(doc.path, &m_errors);
        if (markdown.isNull())
            return;
        pdfPath = m_scratch.filePath(
            QStringLiteral("%1-%2-%3.pdf").arg(module.slug, doc.lang).arg(position));
        QFile out(pdfPath);
        const QString handoutDir = QFileInfo(doc.path).absolutePath();
        auto loader = [handoutDir](const QString &relative) -> QByteArray {
            Errors ignored;
            const QString file = resolveInside(handoutDir, relative, {}, 0, &ignored);
            QFile f(file);
            return !file.isEmpty() && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        if (!out.open(QIODevice::WriteOnly) ||
            !render::writeHandoutPdf(markdown, doc.title, &out, loader, &why)) {
            error(doc.path, 0, BuilderText::tr("the handout could not be rendered: %1").arg(why));
            return;
        }
        out.close();
        pinCreationDate(pdfPath, m_handoutDate);
    }
    PdfFacts facts;
    if (!readPdf(pdfPath, &facts, &why)) {
        error(
            module.manifest, doc.line,
            BuilderText::tr("\"%1\" is %2").arg(QDir(module.dir).relativeFilePath(doc.path), why));
        return;
    }
    core::Document record;
    record.moduleId = moduleId;
    record.lang = doc.lang;
    record.position = position;
    record.kind = doc.handout ? QStringLiteral("handout") : QStringLiteral("reference");
    record.title = doc.title;
    record.fileName = QFileInfo(doc.path).completeBaseName() + QStringLiteral(".pdf");
    record.pageCount = facts.pages;
    QFile in(pdfPath);
    if (!in.open(QIODevice::ReadOnly)) {
        error(doc.path, 0, in.errorString());
        return;
    }
    const qint64 id = m_writer.addDocument(record, in, &why);
    if (!id) {
        error(doc.path, 0, why);
        return;
    }
    for (int page = 0; page < facts.pages; ++page)
        m_writer.addDocumentPage(id, page, facts.pageTexts[page], &why);
    ++m_result.documents;
}

BuildResult buildBundle(const QString &sourceDir, const QString &outputPath,
                        const ProgressCallback &progress, const BuildOptions &options)
{
    Build build(sourceDir, outputPath, options, progress);
    build.signWith(options.signingKey);
    return build.run();
}

} // namespace okuw::builder
