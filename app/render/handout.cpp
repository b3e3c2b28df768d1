#include "handout.h"

#include "images.h"
#include "pdfoutline.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTimer>
#include <QUrl>

namespace okuw::render {

namespace {

// lupdate and the runtime agree on this context wherever HandoutText::tr is called.
struct HandoutText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::render)
};

// Resolves images through the loader only; a remote or missing image
// becomes a small labelled box rather than a hole.
class HandoutDocument : public QTextDocument
{
public:
    explicit HandoutDocument(const AssetLoader &l) : loader(l) {}

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type != QTextDocument::ImageResource)
            return {};
        const QString src = name.toString();
        QImage image;
        if (!isRemoteUrl(src) && loader) {
            const QByteArray bytes = loader(QUrl::fromPercentEncoding(src.toUtf8()));
            if (const auto decoded = decodeImage(bytes, src)) {
                if (decoded->svg) {
                    QSizeF s = decoded->natural;
                    s.scale(1600, 1600, Qt::KeepAspectRatio);
                    image = QImage(s.toSize(), QImage::Format_ARGB32_Premultiplied);
                    image.fill(Qt::transparent);
                    QPainter p(&image);
                    decoded->svg->render(&p);
                } else {
                    image = decoded->raster;
                }
            }
        }
        if (image.isNull())
            image = placeholder(isRemoteUrl(src)
                                    ? HandoutText::tr("Remote image, not loaded: %1").arg(src)
                                    : HandoutText::tr("Image not found: %1").arg(src));
        // About 16 cm wide at most on the page.
        if (image.width() > 1000)
            image = image.scaledToWidth(1000, Qt::SmoothTransformation);
        return image;
    }

private:
    static QImage placeholder(const QString &text)
    {
        QImage img(600, 120, QImage::Format_RGB32);
        img.fill(QColor(0xee, 0xf1, 0xf5));
        QPainter p(&img);
        p.setPen(QPen(Qt::gray, 2, Qt::DashLine));
        p.drawRect(img.rect().adjusted(1, 1, -2, -2));
        QFont f(sansFamily());
        f.setPixelSize(18);
        p.setFont(f);
        p.setPen(Qt::black);
        p.drawText(img.rect().adjusted(10, 10, -10, -10), Qt::AlignCenter | Qt::TextWordWrap, text);
        return img;
    }

    const AssetLoader &loader;
};

// The page each heading landed on, found in the printed PDF's text (the
// one layout that counts is the one print() made): each heading on or
// after the page of the one before it.
bool findHeadingPages(const QByteArray &pdf, QList<OutlineEntry> &headings)
{
    QBuffer device;
    device.setData(pdf);
    device.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&device);
    if (document.status() == QPdfDocument::Status::Loading) {
        QEventLoop loop;
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        QObject::connect(&document, &QPdfDocument::statusChanged, &loop,
                         [&loop](QPdfDocument::Status s) {
                             if (s != QPdfDocument::Status::Loading)
                                 loop.quit();
                         });
        loop.exec();
    }
    if (document.status() != QPdfDocument::Status::Ready)
        return false;
    QStringList pages;
    for (int p = 0; p < document.pageCount(); ++p)
        pages << document.getAllText(p).text().simplified();
    int page = 0;
    for (OutlineEntry &h : headings) {
        for (int p = page; p < pages.size(); ++p) {
            if (pages[p].contains(h.title)) {
                page = p;
                break;
            }
        }
        h.page = page;
    }
    return true;
}

} // namespace

bool writeHandoutPdf(const QString &markdown, const QString &title, QIODevice *out,
                     const AssetLoader &loader, QString *error)
{
    ensureFonts();
    if (!out || !out->isWritable()) {
        if (error)
            *error = HandoutText::tr("The handout PDF's output is not open for writing");
        return false;
    }
    QString text = markdown;
    static const QRegularExpression startsWithHeading(QStringLiteral("^\\s*#\\s"));
    if (!title.isEmpty() && !startsWithHeading.match(text).hasMatch())
        text.prepend(QStringLiteral("# ") + title + QStringLiteral("\n\n"));

    // Printed into memory first: the outline is added before it goes out.
    QBuffer printed;
    printed.open(QIODevice::WriteOnly);
    QPdfWriter writer(&printed);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Okuw"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));

    HandoutDocument doc(loader);
    QFont font(sansFamily());
    font.setPointSizeF(11);
    doc.setDefaultFont(font);
    doc.setMarkdown(text, QTextDocument::MarkdownDialectGitHub);
    // Markdown tables come with double borders; draw them as single lines.
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setCellSpacing(0);
        format.setCellPadding(4);
        format.setBorder(0.8);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderBrush(QColor(0x9a, 0xa5, 0xb1));
        table->setFormat(format);
        for (int c = 0; c < table->columns() && format.headerRowCount() > 0; ++c) {
            QTextTableCell cell = table->cellAt(0, c);
            QTextTableCellFormat cf = cell.format().toTableCellFormat();
            cf.setBackground(QColor(0xe8, 0xed, 0xf3));
            cell.setFormat(cf);
        }
    }
    // print() paginates, numbers pages and embeds the (subset) fonts.
    doc.print(&writer);
    printed.close();
    // The headings, for the PDF's outline (Qt's writer makes none).
    QList<OutlineEntry> outline;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level >= 1 && level <= 3 && !b.text().trimmed().isEmpty())
            outline.append({b.text().simplified(), level, 0});
    }
    QByteArray bytes = printed.data();
    if (!outline.isEmpty() && findHeadingPages(bytes, outline)) {
        QString why;
        const QByteArray withOutline = addPdfOutline(bytes, outline, &why);
        if (!withOutline.isEmpty())
            bytes = withOutline;
        else
            qWarning("handout PDF left without an outline: %s", qPrintable(why));
    }
    if (out->write(bytes) != bytes.size()) {
        if (error)
            *error = HandoutText::tr("Cannot write the handout PDF: %1").arg(out->errorString());
        return false;
    }
    if (error)
        error->clear();
    return true;
}

bool writeHandoutPdf(const QString &markdown, const QString &title, const QString &path,
                     const AssetLoader &loader, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = HandoutText::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!writeHandoutPdf(markdown, title, &file, loader, error))
        return false;
    if (!file.commit()) {
        if (error)
            *error = HandoutText::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace okuw::render
