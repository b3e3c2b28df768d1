#include "decksupport.h"

#include <QDir>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <zip.h>

namespace okuw::test {

void writePdfDeck(const QString &path, const QStringList &pageTexts, const QSizeF &points)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(points, QPageSize::Point));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(40);
    painter.setFont(font);
    for (int i = 0; i < pageTexts.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.fillRect(QRectF(0, 0, points.width(), 60), QColor(0x20, 0x60, 0xa0));
        painter.drawText(QRectF(40, 100, points.width() - 80, points.height() - 140),
                         Qt::TextWordWrap, pageTexts[i]);
    }
}

void writeDeckSource(const QString &dir, const QString &decksYaml)
{
    const QDir d(dir);
    d.mkpath(QStringLiteral("deck"));
    writeFile(d.filePath(QStringLiteral("bundle.yaml")), R"(id: 22222222-2222-4333-8444-555555555555
version: "1.0-decks"
default_language: en
languages: [en, ru]
title: {en: "Decks", ru: "Колоды"}
publisher: {en: "Tests", ru: "Тесты"}
)");
    writeFile(d.filePath(QStringLiteral("deck/module.yaml")),
              QByteArray("slug: deck\norder: 1\nduration: 30\n"
                         "title: {en: \"A trainer's own deck\", ru: \"Своя колода\"}\n"
                         "decks: ") +
                  decksYaml.toUtf8() + "\n");
}

bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        return false;
    for (const auto &[name, bytes] : entries) {
        // libzip reads the buffer when the archive is closed: keep a copy.
        void *copy = malloc(size_t(std::max<qsizetype>(1, bytes.size())));
        memcpy(copy, bytes.constData(), size_t(bytes.size()));
        zip_source_t *source = zip_source_buffer(zip, copy, zip_uint64_t(bytes.size()), 1);
        if (!source || zip_file_add(zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(zip);
            return false;
        }
    }
    return zip_close(zip) == 0;
}

namespace {

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

bool writePptx(const QString &path, const QStringList &notes, const QList<int> &hidden)
{
    const QByteArray p = "http://schemas.openxmlformats.org/presentationml/2006/main";
    const QByteArray a = "http://schemas.openxmlformats.org/drawingml/2006/main";
    const QByteArray r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const QByteArray rel = "http://schemas.openxmlformats.org/package/2006/relationships";
    QList<std::pair<QString, QByteArray>> files;
    QByteArray types = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                       "package/2006/content-types\">"
                       "<Default Extension=\"rels\" ContentType=\"application/"
                       "vnd.openxmlformats-package.relationships+xml\"/>"
                       "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                       "<Override PartName=\"/ppt/presentation.xml\" ContentType=\"application/"
                       "vnd.openxmlformats-officedocument.presentationml.presentation.main+xml\"/>";
    QByteArray ids, presRels;
    for (int i = 0; i < notes.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        types += "<Override PartName=\"/ppt/slides/slide" + n +
                 ".xml\" ContentType=\"application/"
                 "vnd.openxmlformats-officedocument.presentationml.slide+xml\"/>";
        types += "<Override PartName=\"/ppt/notesSlides/notesSlide" + n +
                 ".xml\" ContentType=\"application/"
                 "vnd.openxmlformats-officedocument.presentationml.notesSlide+xml\"/>";
        ids += "<p:sldId id=\"" + QByteArray::number(256 + i) + "\" r:id=\"rId" + n + "\"/>";
        presRels += "<Relationship Id=\"rId" + n + "\" Type=\"" + r +
                    "/slide\" Target=\"slides/slide" + n + ".xml\"/>";
        files.append({QStringLiteral("ppt/slides/slide%1.xml").arg(i + 1),
                      "<?xml version=\"1.0\"?><p:sld xmlns:p=\"" + p + "\" xmlns:a=\"" + a + "\"" +
                          (hidden.contains(i) ? " show=\"0\"" : "") +
                          "><p:cSld><p:spTree/></p:cSld></p:sld>"});
        files.append({QStringLiteral("ppt/slides/_rels/slide%1.xml.rels").arg(i + 1),
                      "<?xml version=\"1.0\"?><Relationships xmlns=\"" + rel +
                          "\"><Relationship Id=\"rId2\" Type=\"" + r +
                          "/notesSlide\" Target=\"../notesSlides/notesSlide" + n +
                          ".xml\"/></Relationships>"});
        QByteArray paragraphs;
        for (const QString &para : notes[i].split(QStringLiteral("\n\n")))
            paragraphs +=
                "<a:p><a:r><a:rPr lang=\"en-US\"/><a:t>" + xmlEscaped(para) + "</a:t></a:r></a:p>";
        files.append({QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(i + 1),
                      "<?xml version=\"1.0\"?><p:notes xmlns:p=\"" + p + "\" xmlns:a=\"" + a +
                          "\"><p:cSld><p:spTree>"
                          "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image\"/><p:cNvSpPr/>"
                          "<p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr></p:sp>"
                          "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes\"/><p:cNvSpPr/>"
                          "<p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr>"
                          "<p:txBody><a:bodyPr/>" +
                          paragraphs +
                          "</p:txBody></p:sp>"
                          "<p:sp><p:nvSpPr><p:cNvPr id=\"4\" name=\"Number\"/><p:cNvSpPr/>"
                          "<p:nvPr><p:ph type=\"sldNum\" idx=\"5\"/></p:nvPr></p:nvSpPr>"
                          "<p:txBody><a:p><a:r><a:t>" +
                          n +
                          "</a:t></a:r></a:p></p:txBody></p:sp>"
                          "</p:spTree></p:cSld></p:notes>"});
    }
    types += "</Types>";
    files.prepend({QStringLiteral("ppt/_rels/presentation.xml.rels"),
                   "<?xml version=\"1.0\"?><Relationships xmlns=\"" + rel + "\">" + presRels +
                       "</Relationships>"});
    files.prepend({QStringLiteral("ppt/presentation.xml"),
                   "<?xml version=\"1.0\"?><p:presentation xmlns:p=\"" + p + "\" xmlns:r=\"" + r +
                       "\"><p:sldIdLst>" + ids + "</p:sldIdLst></p:presentation>"});
    files.prepend({QStringLiteral("_rels/.rels"),
                   "<?xml version=\"1.0\"?><Relationships xmlns=\"" + rel +
                       "\"><Relationship Id=\"rId1\" Type=\"" + r +
                       "/officeDocument\" Target=\"ppt/presentation.xml\"/></Relationships>"});
    files.prepend({QStringLiteral("[Content_Types].xml"), types});
    return writeZip(path, files);
}

bool writeOdp(const QString &path, const QStringList &notes, const QList<int> &hidden)
{
    QByteArray pages;
    for (int i = 0; i < notes.size(); ++i) {
        QByteArray paragraphs;
        for (const QString &para : notes[i].split(QStringLiteral("\n\n")))
            paragraphs += "<text:p>" + xmlEscaped(para) + "</text:p>";
        pages += "<draw:page draw:name=\"page" + QByteArray::number(i + 1) +
                 "\" draw:style-name=\"" + (hidden.contains(i) ? "dpHidden" : "dp1") +
                 "\" draw:master-page-name=\"Default\">"
                 "<draw:frame svg:x=\"2cm\" svg:y=\"2cm\" svg:width=\"20cm\" svg:height=\"3cm\">"
                 "<draw:text-box><text:p>Slide " +
                 QByteArray::number(i + 1) +
                 "</text:p></draw:text-box></draw:frame>"
                 "<presentation:notes><draw:page-thumbnail draw:page-number=\"" +
                 QByteArray::number(i + 1) +
                 "\"/><draw:frame presentation:style-name=\"Default-notes\" "
                 "presentation:class=\"notes\" svg:x=\"2cm\" svg:y=\"14cm\" "
                 "svg:width=\"17cm\" "
                 "svg:height=\"10cm\"><draw:text-box>" +
                 paragraphs + "</draw:text-box></draw:frame></presentation:notes></draw:page>";
    }
    const QByteArray content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
        "xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\" "
        "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
        "office:version=\"1.3\"><office:automatic-styles>"
        "<style:style style:name=\"dp1\" style:family=\"drawing-page\"/>"
        "<style:style style:name=\"dpHidden\" style:family=\"drawing-page\">"
        "<style:drawing-page-properties presentation:visibility=\"hidden\"/></style:style>"
        "</office:automatic-styles><office:body><office:presentation>" +
        pages + "</office:presentation></office:body></office:document-content>";
    const QByteArray manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
        "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" "
        "manifest:media-type=\"application/vnd.oasis.opendocument.presentation\"/>"
        "<manifest:file-entry manifest:full-path=\"content.xml\" "
        "manifest:media-type=\"text/xml\"/></manifest:manifest>";
    return writeZip(
        path, {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.presentation"},
               {QStringLiteral("content.xml"), content},
               {QStringLiteral("META-INF/manifest.xml"), manifest}});
}

ProcessResult runToolWith(const QStringList &args, const QProcessEnvironment &extra, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    process.start(bundleTool(), args);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace okuw::test
