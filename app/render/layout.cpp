#include "layout.h"

#include "core/log.h"
#include "highlight.h"
#include "themes.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextOption>
#include <algorithm>
#include <cmath>

namespace okuw::render {

namespace {

// Sizes on the 1280x720 canvas; projector-sized.
constexpr qreal kRaw = 20;
constexpr qreal kMinScale = 0.3;

// lupdate and the runtime agree on this context wherever LayoutText::tr is called.
struct LayoutText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::render)
};

QFont sansFont(qreal px, bool bold = false, const QString &family = {})
{
    QFont f(family.isEmpty() ? sansFamily() : family);
    f.setPixelSize(std::max(1, int(std::lround(px))));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

QFont monoFont(qreal px)
{
    QFont f(monoFamily());
    f.setStyleHint(QFont::Monospace);
    f.setPixelSize(std::max(1, int(std::lround(px))));
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

std::shared_ptr<QTextDocument> makeDoc(const QString &html, bool plain, const QString &sheet = {})
{
    auto doc = std::make_shared<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->setUseDesignMetrics(true);
    doc->setDocumentMargin(0);
    if (!sheet.isEmpty())
        doc->setDefaultStyleSheet(sheet);
    if (plain)
        doc->setPlainText(html);
    else
        doc->setHtml(html);
    return doc;
}

void setAlignment(QTextDocument &doc, Qt::Alignment a, bool wrapAnywhere = false)
{
    QTextOption o = doc.defaultTextOption();
    o.setAlignment(a);
    o.setWrapMode(wrapAnywhere ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::WordWrap);
    doc.setDefaultTextOption(o);
}

class ImageLoader
{
public:
    explicit ImageLoader(const AssetLoader &l) : loader(l) {}

    PlacedImage place(const ImageRef &ref)
    {
        PlacedImage out;
        out.ref = ref;
        if (ref.remote) {
            out.problem = LayoutText::tr("Remote image, not loaded: %1").arg(ref.src);
            return out;
        }
        if (ref.src.isEmpty()) {
            out.problem = LayoutText::tr("Image without a path");
            return out;
        }
        auto it = cache.constFind(ref.src);
        if (it == cache.constEnd())
            it = cache.insert(ref.src, load(ref.src));
        out.image = *it;
        if (!out.image) {
            out.problem = LayoutText::tr("Image not found or unreadable: %1").arg(ref.src);
            qCWarning(lcRender) << "image not found or unreadable:" << ref.src;
        }
        return out;
    }

private:
    std::shared_ptr<const LoadedImage> load(const QString &src)
    {
        QByteArray bytes;
        if (src.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
            const int comma = src.indexOf(QLatin1Char(','));
            if (comma > 0 && src.left(comma).endsWith(QLatin1String(";base64")))
                bytes = QByteArray::fromBase64(src.mid(comma + 1).toLatin1());
        } else if (loader) {
            bytes = loader(src);
        }
        QString why;
        auto img = decodeImage(bytes, src, &why);
        if (!img && !bytes.isEmpty())
            qCWarning(lcRender) << src << "is not drawn:" << why;
        return img;
    }

    const AssetLoader &loader;
    QHash<QString, std::shared_ptr<const LoadedImage>> cache;
};

// The size an inline image asks for before any shrinking.
QSizeF wantedSize(const PlacedImage &pi)
{
    const QSizeF nat = pi.image ? pi.image->natural : QSizeF(480, 270);
    qreal w = pi.ref.width;
    qreal h = pi.ref.height;
    if (w > 0 && h <= 0)
        h = w * nat.height() / nat.width();
    else if (h > 0 && w <= 0)
        w = h * nat.width() / nat.height();
    else if (w <= 0 && h <= 0)
        w = nat.width(), h = nat.height();
    return {w, h};
}

struct Measured
{
    qreal height = 0;
    qreal width = 0;
};

class Layouter
{
public:
    Layouter(const SlideModel &m, SlideLayout &l, const SlideStyle &st, const Theme &th)
        : model(m), out(l), style(st), theme(th)
    {
        base = style.section.px > 0 ? style.section.px : theme.body;
    }

    // The font of an element: its own CSS, else the section's, else the theme's.
    QFont font(const ElementStyle &e, qreal themePx, bool bold, qreal scale) const
    {
        const qreal px = e.px > 0 ? e.px : themePx * base / theme.body;
        QFont f = sansFont(px * scale, bold, !e.family.isEmpty() ? e.family : style.section.family);
        if (e.weight >= 0)
            f.setWeight(QFont::Weight(e.weight));
        else if (style.section.weight >= 0 && !bold)
            f.setWeight(QFont::Weight(style.section.weight));
        if (e.italic >= 0)
            f.setItalic(e.italic == 1);
        return f;
    }

    // Sets fonts and widths for `scale`; returns the blocks' total height.
    qreal measure(qreal scale)
    {
        const qreal avail = out.content.height();
        qreal imageHeights = 0;
        int rows = 0;
        const qreal total = pass(scale, avail, imageHeights, rows);
        if (total <= avail || rows == 0)
            return total;
        // Pictures give way before text does: rows of images share what
        // the text leaves, down to a third of their size.
        const qreal room = (avail - (total - imageHeights)) / rows;
        return pass(scale, room, imageHeights, rows);
    }

    qreal pass(qreal scale, qreal imageLimit, qreal &imageHeights, int &rows)
    {
        imageHeights = 0;
        rows = 0;
        qreal total = 0;
        const qreal gap = 0.6 * base * scale;
        const qreal width = out.content.width();
        for (int i = 0; i < out.blocks.size(); ++i) {
            PlacedBlock &b = out.blocks[i];
            const Block &src = model.blocks[i];
            qreal h = 0;
            qreal w = width;
            switch (b.kind) {
            case BlockKind::Heading:
                if (src.fit) {
                    // Marp's auto-scaling: the heading's lines, unwrapped, are
                    // scaled as one picture to the content's width, but no
                    // taller than the content (the themes' max-height), at
                    // any heading level and for any script.
                    const int level = std::clamp(b.level, 1, 6) - 1;
                    QFont f = font(style.heading[level], 100, true, 1);
                    f.setPixelSize(100);
                    const QFontMetricsF fm(f);
                    qreal tw = 1;
                    const QStringList lines = b.fitText.split(QLatin1Char('\n'));
                    for (const QString &line : lines)
                        tw = std::max(tw, fm.horizontalAdvance(line));
                    const qreal th = fm.lineSpacing() * qreal(lines.size());
                    b.fitPixelSize =
                        std::min(100 * width / tw * 0.98, 100 * out.content.height() / th) * scale;
                    b.fitFont = f;
                    b.fitFont.setPixelSize(std::max(1, int(b.fitPixelSize)));
                    h = th * b.fitPixelSize / 100;
                } else {
                    const int level = std::clamp(b.level, 1, 6) - 1;
                    h = setupDoc(b, font(style.heading[level], theme.heading[level], true, scale),
                                 width, scale);
                }
                break;
            case BlockKind::Paragraph:
            case BlockKind::List:
            case BlockKind::Table:
                h = setupDoc(b,
                             font(b.kind == BlockKind::List    ? style.li
                                  : b.kind == BlockKind::Table ? style.table
                                                               : style.p,
                                  theme.body, false, scale),
                             width, scale);
                if (out.lead && b.kind != BlockKind::Paragraph &&
                    (b.kind != BlockKind::List || out.centreLists)) {
                    w = std::min(width, b.doc->idealWidth() + 1);
                    b.doc->setTextWidth(w);
                    h = b.doc->size().height();
                }
                break;
            case BlockKind::Quote:
                h = setupDoc(b, font(style.blockquote, theme.body, false, scale),
                             width - 28 * scale, scale);
                break;
            case BlockKind::Code:
            case BlockKind::Raw: {
                const qreal pad = 14 * scale;
                h = setupDoc(b, monoFont((b.kind == BlockKind::Code ? theme.code : kRaw) * scale),
                             width - 2 * pad, scale) +
                    2 * pad;
                break;
            }
            case BlockKind::Rule:
                h = 4;
                break;
            case BlockKind::Images: {
                qreal rowW = 0;
                qreal rowH = 0;
                const qreal igap = 16 * scale;
                for (PlacedImage &pi : b.images) {
                    const QSizeF s = wantedSize(pi) * scale;
                    pi.rect.setSize(s);
                    rowW += s.width() + (rowW > 0 ? igap : 0);
                    rowH = std::max(rowH, s.height());
                }
                // Too wide or too tall for the slide: the row shrinks as one.
                qreal f = 1;
                if (rowW > width)
                    f = width / rowW;
                const qreal maxH =
                    std::min(out.content.height(), std::max(imageLimit, rowH * f / 3));
                if (rowH * f > maxH)
                    f = maxH / rowH;
                for (PlacedImage &pi : b.images)
                    pi.rect.setSize(pi.rect.size() * f);
                w = rowW * f;
                h = rowH * f;
                imageHeights += h;
                ++rows;
                break;
            }
            }
            b.rect = QRectF(0, 0, w, h);
            total += h + (i > 0 ? gap : 0);
        }
        return total;
    }

    void place(qreal scale, qreal total)
    {
        const qreal gap = 0.6 * base * scale;
        qreal y = out.content.top();
        if (out.middle && total < out.content.height())
            y += (out.content.height() - total) / 2;
        for (PlacedBlock &b : out.blocks) {
            qreal x = out.content.left();
            if (out.lead && b.kind != BlockKind::Heading && b.kind != BlockKind::Paragraph &&
                (b.kind != BlockKind::List || out.centreLists))
                x += (out.content.width() - b.rect.width()) / 2;
            if (b.kind == BlockKind::Heading && b.fitPixelSize > 0)
                b.rect.setWidth(out.content.width());
            b.rect.moveTopLeft(QPointF(x, y));
            if (b.kind == BlockKind::Images) {
                qreal ix = x;
                for (PlacedImage &pi : b.images) {
                    // Images in a row sit on a common baseline, as inline images do.
                    pi.rect.moveTopLeft(QPointF(ix, y + b.rect.height() - pi.rect.height()));
                    ix += pi.rect.width() + 16 * scale;
                }
            }
            y += b.rect.height() + gap;
        }
    }

private:
    qreal setupDoc(PlacedBlock &b, const QFont &font, qreal width, qreal scale)
    {
        // Air between list items and lines, for reading from the back row.
        // One edit block: the document is laid out once at its end, not once
        // per block changed (a long block list was quadratic).
        QTextCursor cursor(b.doc.get());
        cursor.beginEditBlock();
        for (QTextBlock tb = b.doc->begin(); tb.isValid(); tb = tb.next()) {
            QTextBlockFormat f = tb.blockFormat();
            const bool item = tb.textList() != nullptr;
            const bool code = b.kind == BlockKind::Code || b.kind == BlockKind::Raw;
            f.setLineHeight(code ? 100 : theme.lineHeight, QTextBlockFormat::ProportionalHeight);
            if (item)
                f.setBottomMargin(8 * scale);
            cursor.setPosition(tb.position());
            cursor.setBlockFormat(f);
        }
        cursor.endEditBlock();
        b.doc->setDefaultFont(font);
        b.doc->setIndentWidth(36 * scale);
        b.doc->setTextWidth(std::max<qreal>(10, width));
        return b.doc->size().height();
    }

    const SlideModel &model;
    SlideLayout &out;
    const SlideStyle &style;
    const Theme &theme;
    qreal base = 30;
};

} // namespace

QStringList assetPaths(const SlideModel &model)
{
    QStringList paths;
    auto add = [&paths](const ImageRef &r) {
        if (!r.remote && !r.src.isEmpty() && !r.src.startsWith(QLatin1String("data:")) &&
            !paths.contains(r.src))
            paths.append(r.src);
    };
    add(model.backgroundImage);
    for (const ImageRef &r : model.backgrounds)
        add(r);
    for (const Block &b : model.blocks)
        for (const ImageRef &r : b.images)
            add(r);
    return paths;
}

SlideLayout layoutSlide(const SlideModel &model, const AssetLoader &loader)
{
    ensureFonts();
    SlideLayout out;
    out.canvas = model.canvas;
    const Theme theme = slideTheme(model.theme, model.classes);
    out.lead = theme.centre;
    out.centreLists = theme.centre && theme.name == QLatin1String("okuw");
    out.middle = theme.middle;
    out.background = theme.background;
    out.text = theme.text;
    out.heading = theme.headings;
    out.heading1 = theme.heading1;
    out.muted = theme.muted;
    out.accent = theme.accent;
    out.codeBackground = theme.codeBackground;
    out.codeText = theme.codeText;
    out.quote = theme.quote;
    // The deck's CSS, then the directives (Marp writes those on the
    // section's own style, which wins).
    const SlideStyle style = resolveStyle(model.css, model.classes, theme.body);
    if (style.section.background.isValid())
        out.background = style.section.background;
    if (style.section.color.isValid())
        out.text = out.heading = out.heading1 = out.quote = out.codeText = style.section.color;
    if (model.background.isValid())
        out.background = model.background;
    if (model.color.isValid()) // Marp: headings take the colour too
        out.text = out.heading = out.heading1 = out.quote = out.codeText = model.color;
    const QString sheet =
        QStringLiteral(".code{background-color:%1;color:%2;}.a{color:%3;}.math{color:%3;}"
                       "th{background-color:%4;color:%5;}ul ul{list-style-type:circle;}"
                       "ul ul ul{list-style-type:square;}")
            .arg(theme.chipBackground.name(QColor::HexArgb), theme.chipText.name(QColor::HexArgb),
                 theme.accent.name(QColor::HexArgb), theme.tableHead.name(QColor::HexArgb),
                 theme.tableHeadText.name(QColor::HexArgb)) +
        style.inlineSheet();

    ImageLoader images(loader);
    const QSizeF c = model.canvas;
    if (!model.backgroundImage.src.isEmpty()) {
        out.backgroundImage = images.place(model.backgroundImage);
        out.backgroundImage.rect = QRectF(QPointF(0, 0), c);
    }

    // `![bg]` images share the slide, or with `left`/`right` a side of it,
    // side by side; the content takes what is left.
    QRectF bgArea(QPointF(0, 0), c);
    QRectF contentArea(QPointF(0, 0), c);
    for (const ImageRef &r : model.backgrounds) {
        if (r.side != ImageRef::Side::None) {
            const qreal w = c.width() * r.split;
            if (r.side == ImageRef::Side::Left) {
                bgArea = QRectF(0, 0, w, c.height());
                contentArea = QRectF(w, 0, c.width() - w, c.height());
            } else {
                bgArea = QRectF(c.width() - w, 0, w, c.height());
                contentArea = QRectF(0, 0, c.width() - w, c.height());
            }
            break;
        }
    }
    const int nbg = int(model.backgrounds.size());
    for (int i = 0; i < nbg; ++i) {
        PlacedImage pi = images.place(model.backgrounds[i]);
        const qreal w = bgArea.width() / nbg;
        pi.rect = QRectF(bgArea.left() + i * w, bgArea.top(), w, bgArea.height());
        out.backgrounds.append(pi);
    }

    QMarginsF tp = theme.padding;
    if (theme.name == QLatin1String("okuw") && c.width() < 1000)
        tp.setLeft(56), tp.setRight(56); // okuw's 4:3 margins
    const qreal mx = tp.left();
    out.content = contentArea.adjusted(tp.left(), tp.top(), -tp.right(), -tp.bottom());
    if (style.hasPadding) {
        const QMarginsF pad = style.padding;
        out.content = contentArea.adjusted(pad.left() >= 0 ? pad.left() : tp.left(),
                                           pad.top() >= 0 ? pad.top() : tp.top(),
                                           -(pad.right() >= 0 ? pad.right() : tp.right()),
                                           -(pad.bottom() >= 0 ? pad.bottom() : tp.bottom()));
        if (out.content.width() < c.width() / 4 || out.content.height() < c.height() / 4)
            out.content = contentArea.adjusted(tp.left(), tp.top(), -tp.right(),
                                               -tp.bottom()); // a padding that leaves no room
    }

    if (!model.headerHtml.isEmpty()) {
        out.header = makeDoc(model.headerHtml, false);
        out.header->setDefaultFont(sansFont(theme.small));
        out.header->setTextWidth(c.width() - 2 * mx);
        out.headerRect = QRectF(mx, 18, c.width() - 2 * mx, out.header->size().height());
    }
    if (!model.footerHtml.isEmpty()) {
        out.footer = makeDoc(model.footerHtml, false);
        out.footer->setDefaultFont(sansFont(theme.small));
        out.footer->setTextWidth(c.width() - 2 * mx - 80);
        const qreal h = out.footer->size().height();
        out.footerRect = QRectF(mx, c.height() - 18 - h, c.width() - 2 * mx - 80, h);
    }
    if (model.paginate && model.page > 0) {
        out.pageText = QString::number(model.page);
        out.pageRect = QRectF(c.width() - std::min<qreal>(mx, 40) - 80,
                              c.height() - 18 - theme.page * 1.3, 80, theme.page * 1.3);
    }

    for (const Block &b : model.blocks) {
        PlacedBlock pb;
        pb.kind = b.kind;
        pb.level = b.level;
        const ElementStyle *own = nullptr;
        switch (b.kind) {
        case BlockKind::Heading:
            own = &style.heading[std::clamp(b.level, 1, 6) - 1];
            if (b.fit) {
                pb.fitText = b.text;
            } else {
                pb.doc = makeDoc(b.html, false, sheet);
            }
            break;
        case BlockKind::Code:
        case BlockKind::Raw: {
            own = &style.code;
            const QString coloured =
                b.kind == BlockKind::Code ? highlightCode(b.text, b.info) : QString();
            pb.doc = coloured.isEmpty() ? makeDoc(b.text, true) : makeDoc(coloured, false);
            break;
        }
        case BlockKind::Rule:
            break;
        case BlockKind::Images:
            for (const ImageRef &r : b.images)
                pb.images.append(images.place(r));
            break;
        default:
            own = b.kind == BlockKind::List    ? &style.li
                  : b.kind == BlockKind::Quote ? &style.blockquote
                  : b.kind == BlockKind::Table ? &style.table
                                               : &style.p;
            pb.doc = makeDoc(b.html, false, sheet);
            break;
        }
        if (own) {
            pb.color = own->color;
            pb.background = own->background;
        }
        if (pb.doc) {
            const bool code = b.kind == BlockKind::Code || b.kind == BlockKind::Raw;
            int align = own && own->align >= 0 ? own->align : style.section.align;
            if (align < 0)
                align = out.lead && (b.kind != BlockKind::List || out.centreLists)
                            ? Qt::AlignHCenter
                            : Qt::AlignLeft; // Marp's lists stay left in a centred slide
            setAlignment(*pb.doc,
                         code ? Qt::AlignLeft | Qt::AlignAbsolute
                              : Qt::Alignment(align) | Qt::AlignAbsolute,
                         code);
        }
        out.blocks.append(pb);
    }

    Layouter layouter(model, out, style, theme);
    qreal scale = 1.0;
    qreal total = layouter.measure(scale);
    if (total > out.content.height()) {
        // Shrink all text together, keeping the largest scale that fits.
        // Wrapped text takes area in proportion to the square of its size,
        // so the first guess is close; a few halvings around it settle it.
        // Each measure lays every block out again: they are kept few.
        const qreal avail = out.content.height();
        qreal lo = kMinScale;
        qreal hi = 1.0;
        const qreal guess = std::clamp(std::sqrt(avail / total), kMinScale, 1.0);
        if (layouter.measure(guess) <= avail)
            lo = guess;
        else
            hi = guess;
        for (int i = 0; i < 4 && hi - lo > 0.01; ++i) {
            const qreal mid = (lo + hi) / 2;
            if (layouter.measure(mid) <= avail)
                lo = mid;
            else
                hi = mid;
        }
        scale = lo;
        total = layouter.measure(scale);
        out.clipped = total > avail + 0.5;
    }
    out.textScale = scale;
    layouter.place(scale, total);
    return out;
}

} // namespace okuw::render
