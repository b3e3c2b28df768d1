#include "export.h"

#include "paint.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace okuw::render {

namespace {

// lupdate and the runtime agree on this context wherever ExportText::tr is called.
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::render)
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

} // namespace

bool exportSlidesPng(const QList<core::Slide> &slides, const QString &dir,
                     const AssetLoader &loader, QString *error)
{
    if (!QDir().mkpath(dir)) {
        setError(error, ExportText::tr("Cannot create the folder %1").arg(dir));
        return false;
    }
    const QDir out(dir);
    for (int i = 0; i < slides.size(); ++i) {
        QImage image;
        if (slides[i].isPdfPage()) {
            // A PDF page keeps its own aspect ratio: the largest picture of
            // that shape within 1920x1080 (4:3 is 1440x1080, A4 landscape
            // 1528x1080), with no bars.
            const QSizeF page = slides[i].pageSize;
            const QSize size = page.isEmpty()
                                   ? QSize(1920, 1080)
                                   : page.scaled(QSizeF(1920, 1080), Qt::KeepAspectRatio).toSize();
            image = renderSlide(slides[i], size.expandedTo(QSize(1, 1)), 1.0, loader);
        } else {
            const SlideModel model = parseSlide(slides[i].body, slides[i].directives);
            const QSize size = model.canvas.width() < model.canvas.height() * 1.5
                                   ? QSize(1440, 1080)
                                   : QSize(1920, 1080);
            const SlideLayout layout = layoutSlide(model, loader);
            image = QImage(size, QImage::Format_RGB32);
            image.fill(Qt::black);
            QPainter p(&image);
            paintSlide(p, QRectF(QPointF(0, 0), QSizeF(size)), layout);
        }
        const QString path =
            out.filePath(QStringLiteral("slide-%1.png").arg(i + 1, 3, 10, QLatin1Char('0')));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
            setError(error, ExportText::tr("Cannot write %1: %2").arg(path, file.errorString()));
            return false;
        }
    }
    setError(error, {});
    return true;
}

bool exportDeckPdf(const QList<core::Slide> &slides, const QString &path, const AssetLoader &loader,
                   QString *error)
{
    ensureFonts();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, ExportText::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Okuw"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QPainter p;
        if (!p.begin(&writer)) {
            setError(error,
                     ExportText::tr("Cannot write %1: the PDF could not be started").arg(path));
            return false;
        }
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        const qreal pt = writer.resolution() / 72.0; // device pixels per point
        for (int i = 0; i < slides.size(); ++i) {
            if (i > 0)
                writer.newPage();
            const bool pdfPage = slides[i].isPdfPage();
            const SlideLayout layout =
                pdfPage ? SlideLayout{}
                        : layoutSlide(parseSlide(slides[i].body, slides[i].directives), loader);
            const QSizeF canvas = pdfPage ? slides[i].pageSize : layout.canvas;
            // A portrait page is not let take the whole sheet: the notes need room.
            const qreal slideH =
                std::min(page.width() * canvas.height() / canvas.width(), page.height() * 0.55);
            const QRectF slideRect(page.left(), page.top(), page.width(), slideH);
            if (pdfPage)
                paintSlide(p, slideRect, slides[i], loader);
            else
                paintSlide(p, slideRect, layout);
            p.setPen(QPen(Qt::gray, pt * 0.5));
            p.setBrush(Qt::NoBrush);
            p.drawRect(slideRect);

            QFont caption(sansFamily());
            caption.setPixelSize(int(9 * pt));
            p.setFont(caption);
            p.setPen(Qt::darkGray);
            const QRectF captionRect(page.left(), slideRect.bottom() + 4 * pt, page.width(),
                                     14 * pt);
            p.drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter,
                       ExportText::tr("Slide %1 of %2").arg(i + 1).arg(slides.size()) +
                           (slides[i].title.isEmpty() ? QString()
                                                      : QStringLiteral(" — ") + slides[i].title));

            const QString notes = slides[i].notes.trimmed();
            if (notes.isEmpty())
                continue;
            const QRectF notesRect(page.left(), captionRect.bottom() + 8 * pt, page.width(),
                                   page.bottom() - captionRect.bottom() - 8 * pt);
            QTextDocument doc;
            doc.setDocumentMargin(0);
            doc.setMarkdown(notesMarkdown(notes));
            doc.setTextWidth(notesRect.width());
            // Long notes get smaller type rather than a cut; below 7 pt they
            // are cut. The size is found in a few halvings, not a walk down
            // in half points: each try lays the whole text out again.
            const auto fits = [&](qreal size) {
                QFont f(sansFamily());
                f.setPixelSize(int(size * pt));
                doc.setDefaultFont(f);
                return doc.size().height() <= notesRect.height();
            };
            if (!fits(12)) {
                qreal lo = 7, hi = 12;
                for (int step = 0; step < 4; ++step) {
                    const qreal mid = (lo + hi) / 2;
                    (fits(mid) ? lo : hi) = mid;
                }
                fits(lo);
            }
            p.save();
            p.translate(notesRect.topLeft());
            p.setClipRect(QRectF(QPointF(0, 0), notesRect.size()));
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.palette.setColor(QPalette::Text, Qt::black);
            doc.documentLayout()->draw(&p, ctx);
            p.restore();
        }
        p.end();
    }
    if (!file.commit()) {
        setError(error, ExportText::tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    setError(error, {});
    return true;
}

} // namespace okuw::render
