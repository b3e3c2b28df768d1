#include "images.h"

#include "core/limits.h"
#include "core/log.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <mutex>

namespace okuw::render {

namespace {

struct ImageText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::render::Images)
};

using namespace core::limits;

// Elements that run code, embed other documents or play media: none of it
// belongs on a slide, and each is a way out of the SVG.
bool droppedElement(QStringView name)
{
    static const QStringList names = {QStringLiteral("script"),  QStringLiteral("foreignObject"),
                                      QStringLiteral("iframe"),  QStringLiteral("audio"),
                                      QStringLiteral("video"),   QStringLiteral("handler"),
                                      QStringLiteral("listener")};
    return names.contains(name.toString(), Qt::CaseInsensitive);
}

bool safeReference(const QString &value)
{
    const QString v = value.trimmed();
    if (v.startsWith(QLatin1Char('#')))
        return true;
    static const QRegularExpression inlineRaster(
        QStringLiteral("^data:image/(png|jpeg|jpg|gif|bmp|webp)[;,]"),
        QRegularExpression::CaseInsensitiveOption);
    return inlineRaster.match(v).hasMatch();
}

// url(...) that is not a fragment, and @import, become harmless.
QString safeCss(const QString &css, QStringList *removed)
{
    static const QRegularExpression url(
        QStringLiteral("url\\(\\s*(['\"]?)\\s*([^'\")]*)\\1\\s*\\)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression import(QStringLiteral("@import[^;]*;?"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype from = 0;
    for (auto it = url.globalMatch(css); it.hasNext();) {
        const auto m = it.next();
        out += css.mid(from, m.capturedStart() - from);
        if (safeReference(m.captured(2))) {
            out += m.captured(0);
        } else {
            out += QStringLiteral("none");
            if (removed)
                removed->append(QStringLiteral("url(%1)").arg(m.captured(2)));
        }
        from = m.capturedEnd();
    }
    out += css.mid(from);
    if (out.contains(import)) {
        if (removed)
            removed->append(QStringLiteral("@import"));
        out.remove(import);
    }
    return out;
}

void allowLargeButNotHugeImages()
{
    // Qt refuses to allocate more than this for one decoded image; with the
    // pixel check below, a decompression bomb is refused before decoding.
    static std::once_flag once;
    std::call_once(once, [] { QImageReader::setAllocationLimit(256); });
}

} // namespace

std::optional<QByteArray> sanitizeSvg(const QByteArray &svg, QString *why, QStringList *removed)
{
    const auto refuse = [why](const QString &text) {
        if (why)
            *why = text;
        return std::nullopt;
    };
    if (svg.size() > kMaxSvgBytes)
        return refuse(ImageText::tr("the SVG is larger than %1 MB").arg(kMaxSvgBytes >> 20));
    if (svg.startsWith("\x1f\x8b"))
        return refuse(ImageText::tr("a compressed SVG (.svgz) is not drawn; save it as plain SVG"));

    QXmlStreamReader in(svg);
    QByteArray out;
    QXmlStreamWriter w(&out);
    int elements = 0;
    int skipDepth = 0; // > 0 while inside a dropped element
    bool sawSvg = false;
    while (!in.atEnd()) {
        switch (in.readNext()) {
        case QXmlStreamReader::StartDocument:
            w.writeStartDocument();
            break;
        case QXmlStreamReader::DTD:
            // No document type: no entities to expand or to fetch.
            if (removed)
                removed->append(QStringLiteral("<!DOCTYPE>"));
            break;
        case QXmlStreamReader::StartElement: {
            if (++elements > kMaxSvgElements)
                return refuse(
                    ImageText::tr("the SVG has more than %1 elements").arg(kMaxSvgElements));
            if (skipDepth > 0 || droppedElement(in.name())) {
                if (skipDepth == 0 && removed)
                    removed->append(QStringLiteral("<%1>").arg(in.name()));
                ++skipDepth;
                break;
            }
            sawSvg = sawSvg || in.name() == QLatin1String("svg");
            // An image or use whose reference goes outside is left out whole:
            // without its reference it would draw nothing anyway.
            const bool refers = in.name() == QLatin1String("image") ||
                                in.name() == QLatin1String("use") ||
                                in.name() == QLatin1String("feImage");
            bool outside = false;
            for (const QXmlStreamAttribute &a : in.attributes()) {
                const QString n = a.name().toString();
                if ((n.compare(QLatin1String("href"), Qt::CaseInsensitive) == 0 ||
                     n.compare(QLatin1String("src"), Qt::CaseInsensitive) == 0) &&
                    !safeReference(a.value().toString()))
                    outside = true;
            }
            if (refers && outside) {
                if (removed) {
                    for (const QXmlStreamAttribute &a : in.attributes()) {
                        if (a.name() == QLatin1String("href") || a.name() == QLatin1String("src"))
                            removed->append(QStringLiteral("%1=%2").arg(
                                a.qualifiedName().toString(), a.value().toString()));
                    }
                }
                ++skipDepth;
                break;
            }
            w.writeStartElement(in.namespaceUri().toString(), in.name().toString());
            for (const QXmlStreamNamespaceDeclaration &ns : in.namespaceDeclarations())
                w.writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
            for (const QXmlStreamAttribute &a : in.attributes()) {
                const QString name = a.name().toString();
                QString value = a.value().toString();
                if (name.compare(QLatin1String("href"), Qt::CaseInsensitive) == 0 ||
                    name.compare(QLatin1String("src"), Qt::CaseInsensitive) == 0) {
                    if (!safeReference(value)) {
                        if (removed)
                            removed->append(QStringLiteral("%1=%2").arg(a.qualifiedName(), value));
                        continue;
                    }
                } else if (name.startsWith(QLatin1String("on"), Qt::CaseInsensitive)) {
                    continue; // event handlers
                } else if (value.contains(QLatin1String("url("), Qt::CaseInsensitive)) {
                    value = safeCss(value, removed);
                }
                w.writeAttribute(a.namespaceUri().toString(), name, value);
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (skipDepth > 0)
                --skipDepth;
            else
                w.writeEndElement();
            break;
        case QXmlStreamReader::Characters:
            if (skipDepth == 0)
                w.writeCharacters(
                    in.text().contains(QLatin1String("url("), Qt::CaseInsensitive) ||
                            in.text().contains(QLatin1String("@import"), Qt::CaseInsensitive)
                        ? safeCss(in.text().toString(), removed)
                        : in.text().toString());
            break;
        case QXmlStreamReader::EntityReference:
            return refuse(ImageText::tr("the SVG uses an entity (&%1;)").arg(in.name()));
        case QXmlStreamReader::ProcessingInstruction:
        case QXmlStreamReader::Comment:
        default:
            break;
        }
    }
    if (in.hasError())
        return refuse(ImageText::tr("the SVG is not well-formed XML: %1 (line %2)")
                          .arg(in.errorString())
                          .arg(in.lineNumber()));
    if (!sawSvg)
        return refuse(ImageText::tr("the file is not an SVG"));
    w.writeEndDocument();
    return out;
}

std::shared_ptr<const LoadedImage> decodeImage(const QByteArray &bytes, const QString &name,
                                               QString *why)
{
    const auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return nullptr;
    };
    if (bytes.isEmpty())
        return fail(ImageText::tr("no image data"));
    if (bytes.size() > kMaxAssetBytes)
        return fail(ImageText::tr("the image is larger than %1 MB").arg(kMaxAssetBytes >> 20));
    auto img = std::make_shared<LoadedImage>();
    const QByteArray head = bytes.left(512).trimmed();
    // The bytes decide, not the name: a PNG called .svg is a PNG.
    const bool raster = bytes.startsWith("\x89PNG") || bytes.startsWith("\xff\xd8\xff") ||
                        bytes.startsWith("GIF8") || bytes.startsWith("BM") ||
                        bytes.startsWith("RIFF");
    const bool svg = !raster && (name.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) ||
                                 name.endsWith(QLatin1String(".svgz"), Qt::CaseInsensitive) ||
                                 head.startsWith("<?xml") || head.startsWith("<svg") ||
                                 head.startsWith("\x1f\x8b"));
    if (svg) {
        QString reason;
        const std::optional<QByteArray> clean = sanitizeSvg(bytes, &reason);
        if (!clean)
            return fail(reason);
        img->svg = std::make_shared<QSvgRenderer>(*clean);
        if (!img->svg->isValid())
            return fail(ImageText::tr("the SVG cannot be drawn"));
        img->natural = img->svg->viewBoxF().size();
        if (img->natural.isEmpty())
            img->natural = img->svg->defaultSize();
    } else {
        allowLargeButNotHugeImages();
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        const QSize size = reader.size();
        if (size.isValid() && qint64(size.width()) * size.height() > kMaxImagePixels)
            return fail(ImageText::tr("the image is %1×%2 pixels, more than Okuw draws")
                            .arg(size.width())
                            .arg(size.height()));
        img->raster = reader.read();
        if (img->raster.isNull())
            return fail(ImageText::tr("not an image Okuw can read (%1)").arg(reader.errorString()));
        img->natural = img->raster.size();
    }
    if (img->natural.isEmpty())
        return fail(ImageText::tr("the image has no size"));
    return img;
}

} // namespace okuw::render
