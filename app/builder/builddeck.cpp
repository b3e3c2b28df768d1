// Build: a module's deck. Markdown (its slides, and the images they show,
// checked as the viewer decodes them), a PDF (a slide per page, README: "A
// deck as a PDF, PowerPoint or Impress file"), or a .pptx/.odp converted to
// a PDF by LibreOffice with the notes read from the file itself.
#include "build_p.h"
#include "core/deck.h"
#include "core/limits.h"
#include "officedeck.h"
#include "pdfdeck.h"
#include "render/css.h"
#include "render/directives.h"
#include "render/images.h"
#include "render/slidemodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace okuw::builder {

namespace {

bool isRemote(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*:|//)"));
    return re.match(url).hasMatch();
}

// Image paths a slide names: Markdown images and backgroundImage url(...).
// The line (1-based) of the deck that names `ref`, from the slide's first
// line on: an image's error points at the image, not at its slide's title.
int lineOfReference(const QStringList &lines, int slideLine, const QString &ref)
{
    for (int i = std::max(0, slideLine - 1); i < lines.size(); ++i)
        if (lines[i].contains(ref))
            return i + 1;
    return slideLine;
}

// Read from the slide as the renderer reads it (md4c), so that every image
// the viewer will ask for is stored: inline and reference-style images
// (`![alt][logo]`), backgrounds, and the backgroundImage directive.
QStringList imageReferences(const render::SlideModel &model)
{
    QStringList out;
    const auto add = [&out](const render::ImageRef &ref) {
        if (!ref.src.isEmpty() && !out.contains(ref.src))
            out << ref.src;
    };
    add(model.backgroundImage);
    for (const render::ImageRef &ref : model.backgrounds)
        add(ref);
    for (const render::Block &block : model.blocks)
        for (const render::ImageRef &ref : block.images)
            add(ref);
    return out;
}

// Checks that an image file is one Okuw draws, decoded the way the viewer
// decodes it; returns its MIME type, or an empty one and *why. An SVG that
// points outside itself (a file, a web address) is refused here rather
// than shipped with the reference stripped: the author should see it.
QString checkImage(const QString &path, const QByteArray &data, QString *why)
{
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
    if (mime == QLatin1String("image/svg+xml")) {
        QStringList removed;
        if (!render::sanitizeSvg(data, why, &removed))
            return {};
        if (!removed.isEmpty()) {
            *why = BuilderText::tr("the SVG refers to something outside it (%1); embed it or "
                                   "remove the reference")
                       .arg(removed.join(QStringLiteral(", ")));
            return {};
        }
    } else if (!mime.startsWith(QLatin1String("image/"))) {
        *why = BuilderText::tr("not an image (%1)").arg(mime);
        return {};
    }
    return render::decodeImage(data, path, why) ? mime : QString();
}

} // namespace

void Build::addDeck(const ModuleSource &module, qint64 moduleId, const QString &lang,
                    const QString &path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return addPdfDeck(module, moduleId, lang, path, path, nullptr);
    if (isOfficeDeck(path))
        return addOfficeDeck(module, moduleId, lang, path);
    const QString markdown = readUtf8(path, &m_errors);
    if (markdown.isNull())
        return;
    const core::Deck deck = core::parseDeck(markdown);
    for (const core::DeckProblem &p : deck.problems)
        error(path, p.line, p.message);
    QList<core::DeckProblem> warnings = deck.warnings;
    for (const core::DeckDirective &d : deck.written) {
        if (d.key == QLatin1String("style")) {
            QList<render::CssProblem> css;
            render::parseCss(d.value.toString(), &css);
            for (const render::CssProblem &p : std::as_const(css))
                warnings << core::DeckProblem{d.line + p.line, p.message};
        } else if (const QString why = render::directiveValueProblem(d.key, d.value);
                   !why.isEmpty()) {
            warnings << core::DeckProblem{d.line, why};
        }
    }
    std::stable_sort(warnings.begin(), warnings.end(),
                     [](const auto &a, const auto &b) { return a.line < b.line; });
    for (const core::DeckProblem &p : std::as_const(warnings))
        warning(path, p.line, p.message);
    const QString deckDir = QFileInfo(path).absolutePath();
    QSet<QString> remoteWarned; // an inherited backgroundImage: named once
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QString why;
    for (int i = 0; i < deck.slides.size(); ++i) {
        const core::DeckSlide &source = deck.slides[i];
        core::Slide slide;
        slide.moduleId = moduleId;
        slide.lang = lang;
        slide.position = i + 1;
        slide.key = source.key;
        slide.title = source.title;
        slide.body = source.body;
        slide.notes = source.notes;
        slide.directives = source.directives;
        if (!m_writer.addSlide(slide, &why)) {
            error(path, source.line, why);
            continue;
        }
        ++m_result.slides;
        const render::SlideModel model = render::parseSlide(slide.body, slide.directives);
        if (model.hasMath)
            warning(path, source.line,
                    BuilderText::tr("math ($…$, $$…$$) is shown as its TeX source: Okuw has no "
                                    "offline formula renderer"));

        for (const QString &ref : imageReferences(model)) {
            const int line = lineOfReference(lines, source.line, ref);
            if (isRemote(ref)) { // drawn as a placeholder, never fetched
                if (!remoteWarned.contains(ref))
                    warning(path, line,
                            BuilderText::tr("the remote image \"%1\" is never fetched; the slide "
                                            "shows a frame in its place")
                                .arg(ref.left(200)));
                remoteWarned.insert(ref);
                continue;
            }
            Errors local;
            const QString file = resolveInside(deckDir, ref, path, line, &local);
            if (file.isEmpty()) {
                m_errors += local;
                continue;
            }
            // Assets are stored by the path a slide uses, relative to the module.
            const QString key = QDir(module.dir).relativeFilePath(file);
            if (m_assetsAdded.contains(QString::number(moduleId) + QLatin1Char('/') + key))
                continue;
            QFile in(file);
            if (!in.open(QIODevice::ReadOnly)) {
                error(path, line, BuilderText::tr("\"%1\" cannot be read").arg(ref));
                continue;
            }
            const QByteArray data = in.readAll();
            QString why;
            const QString mime = checkImage(file, data, &why);
            if (mime.isEmpty()) {
                error(path, line,
                      BuilderText::tr("\"%1\" is not an image Okuw can show: %2").arg(ref, why));
                continue;
            }
            core::Asset asset;
            asset.moduleId = moduleId;
            asset.path = key;
            asset.mime = mime;
            if (!m_writer.addAsset(asset, data, &why))
                error(path, line, why);
            m_assetsAdded.insert(QString::number(moduleId) + QLatin1Char('/') + key);
        }
    }
}

// A deck made as a PDF: the PDF stored once, a slide per page (README: "A
// deck as a PDF, PowerPoint or Impress file"). `notes` are the speaker notes
// per page when the deck came from an office file, else they are read from
// the notes file beside the PDF.
void Build::addPdfDeck(const ModuleSource &module, qint64 moduleId, const QString &lang,
                       const QString &source, const QString &pdf, const QStringList *notes)
{
    const QString shown = QDir(module.dir).relativeFilePath(source);
    QList<PdfPageFacts> pages;
    QString why;
    const auto progress = [&](int done, int total) {
        if (m_progress)
            m_progress({m_result.modules, m_moduleTotal, module.slug, shown, done, total});
    };
    if (!readPdfPages(pdf, &pages, &why, progress)) {
        error(source, 0, BuilderText::tr("the deck %1").arg(why));
        return;
    }
    if (pages.size() > core::limits::kMaxSlidesPerDeck) {
        error(source, 0,
              BuilderText::tr("the deck has %1 pages; Okuw shows at most %2 slides")
                  .arg(pages.size())
                  .arg(core::limits::kMaxSlidesPerDeck));
        return;
    }
    QStringList pageNotes;
    if (notes) {
        pageNotes = *notes;
        // Notes go to pages in order; a count that differs means some are
        // on the wrong page (a slide LibreOffice left out or split).
        if (notes->size() != pages.size())
            warning(source, 0,
                    BuilderText::tr("the file has speaker notes for %1 slides, but LibreOffice "
                                    "made %2 pages of it: the notes are given to the pages in "
                                    "order and may be on the wrong slides")
                        .arg(notes->size())
                        .arg(pages.size()));
    } else if (const QString file = notesFileFor(source); !file.isEmpty()) {
        const DeckNotes read = readDeckNotes(file, int(pages.size()));
        m_result.warnings += read.warnings;
        for (const QString &e : read.errors)
            m_result.errors << e;
        pageNotes = read.notes;
    }
    core::SlideDeck deck;
    deck.moduleId = moduleId;
    deck.lang = lang;
    deck.sourceName = QFileInfo(source).fileName();
    deck.pageCount = int(pages.size());
    QFile in(pdf);
    if (!in.open(QIODevice::ReadOnly)) {
        error(source, 0, in.errorString());
        return;
    }
    const qint64 deckId = m_writer.addSlideDeck(deck, in, &why);
    if (!deckId) {
        error(source, 0, why);
        return;
    }
    for (int i = 0; i < pages.size(); ++i) {
        core::Slide slide;
        slide.moduleId = moduleId;
        slide.lang = lang;
        slide.position = i + 1;
        slide.key = pdfSlideKey(i + 1, pages[i].text);
        slide.title = pdfSlideTitle(i + 1, pages[i].text);
        slide.body = pages[i].text;
        slide.notes = pageNotes.value(i);
        slide.deckId = deckId;
        slide.page = i;
        slide.pageSize = pages[i].size;
        if (!m_writer.addSlide(slide, &why))
            error(source, 0, BuilderText::tr("page %1: %2").arg(i + 1).arg(why));
        else
            ++m_result.slides;
    }
}

void Build::addOfficeDeck(const ModuleSource &module, qint64 moduleId, const QString &lang,
                          const QString &source)
{
    QStringList notes;
    QString why;
    if (!readOfficeNotes(source, &notes, &why)) {
        error(source, 0, BuilderText::tr("the deck %1").arg(why));
        return;
    }
    const QString outDir =
        m_scratch.filePath(QStringLiteral("office-%1-%2").arg(module.slug, lang));
    const QString pdf = convertOfficeDeck(source, outDir, officeConversionTimeout(), &why);
    if (pdf.isEmpty()) {
        error(source, 0, BuilderText::tr("the deck %1").arg(why));
        return;
    }
    addPdfDeck(module, moduleId, lang, source, pdf, &notes);
}

} // namespace okuw::builder
