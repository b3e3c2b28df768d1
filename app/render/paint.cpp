#include "paint.h"

#include "core/types.h"
#include "pdfslide.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QSvgRenderer>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>

namespace okuw::render {

namespace {

void drawDoc(QPainter &p, const QTextDocument &doc, const QPointF &at, const QColor &color,
             const QStringList &highlight = {})
{
    p.save();
    p.translate(at);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette.setColor(QPalette::Text, color);
    // Marked as a selection at paint time: the layout, and so the place of
    // every word, stays the same as without the marks.
    if (!highlight.isEmpty()) {
        const QTextCharFormat marked = highlightFormat();
        for (const QTextCursor &at : findWords(doc, highlight))
            ctx.selections.append({at, marked});
    }
    doc.documentLayout()->draw(&p, ctx);
    p.restore();
}

void drawPlaceholder(QPainter &p, const PlacedImage &pi, const SlideLayout &l)
{
    p.save();
    QPen pen(l.muted, 1.5, Qt::DashLine);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    if (pi.ref.background) {
        // A background stays behind the text: only a thin frame says that
        // a picture is missing (the builder names it).
        p.drawRect(pi.rect.adjusted(4, 4, -4, -4));
        p.restore();
        return;
    }
    QColor fill = l.muted;
    fill.setAlpha(40);
    p.fillRect(pi.rect, fill);
    p.drawRect(pi.rect.adjusted(1, 1, -1, -1));
    QFont f(sansFamily());
    f.setPixelSize(std::clamp(int(pi.rect.height() / 8), 10, 22));
    p.setFont(f);
    QString text = pi.ref.alt.isEmpty() ? QString() : pi.ref.alt + QLatin1Char('\n');
    text += pi.problem;
    p.setPen(l.text);
    p.drawText(pi.rect.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWrapAnywhere, text);
    p.restore();
}

// Draws an image into `area` the way Marp sizes backgrounds, through its
// CSS filters if it has any.
void drawImage(QPainter &p, const PlacedImage &pi, const SlideLayout &l, bool background)
{
    if (!pi.image) {
        drawPlaceholder(p, pi, l);
        return;
    }
    const QSizeF nat = pi.image->natural;
    QRectF r = pi.rect;
    if (background) {
        QSizeF s = nat;
        if (pi.ref.width > 0 || pi.ref.height > 0) { // `![bg w:300]`
            s = QSizeF(pi.ref.width > 0 ? pi.ref.width : pi.ref.height * nat.width() / nat.height(),
                       pi.ref.height > 0 ? pi.ref.height
                                         : pi.ref.width * nat.height() / nat.width());
        } else {
            switch (pi.ref.fit) {
            case ImageRef::Fit::Cover:
                s.scale(pi.rect.size(), Qt::KeepAspectRatioByExpanding);
                break;
            case ImageRef::Fit::Contain:
                s.scale(pi.rect.size(), Qt::KeepAspectRatio);
                break;
            case ImageRef::Fit::Scale:
                s = nat * pi.ref.scale;
                break;
            case ImageRef::Fit::Auto:
                break;
            }
        }
        r = QRectF(QPointF(0, 0), s);
        r.moveCenter(pi.rect.center());
    }
    p.save();
    p.setClipRect(pi.rect, Qt::IntersectClip);
    if (pi.ref.filters.isEmpty()) {
        if (pi.image->svg)
            pi.image->svg->render(&p, r);
        else
            p.drawImage(r, pi.image->raster);
        p.restore();
        return;
    }
    // Filtered: drawn at device resolution into an image first (at most
    // 2048 pixels a side, so a filter never costs more than a full slide).
    const qreal device = std::max<qreal>(0.1, std::abs(p.worldTransform().m11()));
    qreal f = device;
    if (std::max(r.width(), r.height()) * f > 2048)
        f = 2048 / std::max(r.width(), r.height());
    QImage img(std::max(1, int(r.width() * f)), std::max(1, int(r.height() * f)),
               QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    {
        QPainter ip(&img);
        ip.setRenderHint(QPainter::SmoothPixmapTransform);
        const QRectF target(QPointF(0, 0), QSizeF(img.size()));
        if (pi.image->svg)
            pi.image->svg->render(&ip, target);
        else
            ip.drawImage(target, pi.image->raster);
    }
    const qreal opacity = applyImageFilters(img, pi.ref.filters, f);
    p.setOpacity(p.opacity() * opacity);
    p.drawImage(r, img);
    p.restore();
}

void paintBlock(QPainter &p, const PlacedBlock &b, const SlideLayout &l)
{
    const qreal s = l.textScale;
    switch (b.kind) {
    case BlockKind::Heading:
        if (b.fitPixelSize > 0) {
            p.setFont(b.fitFont);
            p.setPen(b.color.isValid() ? b.color : (b.level == 1 ? l.heading1 : l.heading));
            p.drawText(b.rect, Qt::AlignVCenter | (l.lead ? Qt::AlignHCenter : Qt::AlignLeft),
                       b.fitText);
        } else {
            drawDoc(p, *b.doc, b.rect.topLeft(),
                    b.color.isValid() ? b.color : (b.level == 1 ? l.heading1 : l.heading),
                    l.highlight);
        }
        break;
    case BlockKind::Quote: {
        p.fillRect(QRectF(b.rect.left(), b.rect.top(), 6 * s, b.rect.height()), l.accent);
        if (b.background.isValid())
            p.fillRect(b.rect, b.background);
        drawDoc(p, *b.doc, b.rect.topLeft() + QPointF(28 * s, 0),
                b.color.isValid() ? b.color : l.quote, l.highlight);
        break;
    }
    case BlockKind::Code:
    case BlockKind::Raw: {
        const qreal pad = 14 * s;
        p.save();
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(b.kind == BlockKind::Raw ? QPen(l.muted, 1.5, Qt::DashLine) : Qt::NoPen);
        p.setBrush(b.background.isValid() ? b.background : l.codeBackground);
        p.drawRoundedRect(b.rect, 6 * s, 6 * s);
        p.restore();
        drawDoc(p, *b.doc, b.rect.topLeft() + QPointF(pad, pad),
                b.color.isValid()          ? b.color
                : b.kind == BlockKind::Raw ? l.muted
                                           : l.text,
                l.highlight);
        break;
    }
    case BlockKind::Rule:
        p.fillRect(QRectF(b.rect.left(), b.rect.center().y() - 1, l.content.width(), 2), l.muted);
        break;
    case BlockKind::Images:
        for (const PlacedImage &pi : b.images)
            drawImage(p, pi, l, false);
        break;
    default:
        drawDoc(p, *b.doc, b.rect.topLeft(), b.color.isValid() ? b.color : l.text, l.highlight);
        break;
    }
}

} // namespace

QColor highlightBackground()
{
    return QColor(0xff, 0xd5, 0x4f);
}

QTextCharFormat highlightFormat()
{
    QTextCharFormat marked;
    marked.setBackground(highlightBackground());
    marked.setForeground(QColor(0x1a, 0x1a, 0x1a));
    return marked;
}

QList<QTextCursor> findWords(const QTextDocument &doc, const QStringList &words)
{
    QList<QTextCursor> found;
    for (const QString &word : words) {
        for (QTextCursor at = doc.find(word, 0, QTextDocument::FindWholeWords); !at.isNull();
             at = doc.find(word, at, QTextDocument::FindWholeWords))
            found.append(at);
    }
    return found;
}

QRectF canvasRect(const QRectF &target, const QSizeF &canvas)
{
    QSizeF s = canvas;
    s.scale(target.size(), Qt::KeepAspectRatio);
    QRectF r(QPointF(0, 0), s);
    r.moveCenter(target.center());
    return r;
}

void paintSlide(QPainter &p, const QRectF &target, const SlideLayout &l)
{
    const QRectF r = canvasRect(target, l.canvas);
    if (r.isEmpty())
        return;
    p.save();
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                     QPainter::SmoothPixmapTransform);
    p.translate(r.topLeft());
    p.scale(r.width() / l.canvas.width(), r.height() / l.canvas.height());
    const QRectF canvas(QPointF(0, 0), l.canvas);
    p.setClipRect(canvas, Qt::IntersectClip);
    p.fillRect(canvas, l.background);
    if (!l.backgroundImage.rect.isEmpty())
        drawImage(p, l.backgroundImage, l, true);
    for (const PlacedImage &bg : l.backgrounds)
        drawImage(p, bg, l, true);

    if (l.header)
        drawDoc(p, *l.header, l.headerRect.topLeft(), l.muted);
    if (l.footer)
        drawDoc(p, *l.footer, l.footerRect.topLeft(), l.muted);
    if (!l.pageText.isEmpty()) {
        QFont f(sansFamily());
        f.setPixelSize(int(l.pageRect.height() / 1.3));
        p.setFont(f);
        p.setPen(l.muted);
        p.drawText(l.pageRect, Qt::AlignRight | Qt::AlignVCenter, l.pageText);
    }

    // Text never leaves the slide: what still overflows at the smallest
    // size is cut at the content's bottom edge.
    p.setClipRect(l.content.adjusted(-4, -4, 4, 4), Qt::IntersectClip);
    for (const PlacedBlock &b : l.blocks)
        paintBlock(p, b, l);
    p.restore();
}

void paintSlide(QPainter &p, const QRectF &target, const core::Slide &slide,
                const AssetLoader &loader)
{
    if (slide.isPdfPage())
        return paintPdfSlide(p, target, slide, loader);
    paintSlide(p, target, layoutSlide(parseSlide(slide.body, slide.directives), loader));
}

QImage renderSlide(const core::Slide &slide, const QSize &pixelSize, qreal devicePixelRatio,
                   const AssetLoader &loader, const QColor &letterbox, const QStringList &highlight)
{
    if (slide.isPdfPage())
        return renderPdfSlide(slide, pixelSize, devicePixelRatio, loader, letterbox, highlight);
    const qreal dpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    SlideLayout layout = layoutSlide(parseSlide(slide.body, slide.directives), loader);
    layout.highlight = highlight;
    QImage image(pixelSize * dpr, QImage::Format_RGB32);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(dpr);
    image.fill(letterbox);
    QPainter p(&image);
    paintSlide(p, QRectF(QPointF(0, 0), QSizeF(pixelSize)), layout);
    p.end();
    return image;
}

QString notesMarkdown(const QString &notes)
{
    QStringList lines = notes.split(QLatin1Char('\n'));
    bool fenced = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines[i].trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
            fenced = !fenced;
            continue;
        }
        const bool nextHasText = i + 1 < lines.size() && !lines[i + 1].trimmed().isEmpty();
        if (!fenced && !trimmed.isEmpty() && nextHasText && !lines[i].endsWith(QLatin1String("  ")))
            lines[i] += QLatin1String("  ");
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace okuw::render
