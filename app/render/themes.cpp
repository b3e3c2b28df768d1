#include "themes.h"

namespace okuw::render {

namespace {

void scale(Theme &t, std::initializer_list<qreal> ems)
{
    int i = 0;
    for (qreal em : ems)
        t.heading[i++] = t.body * em;
}

// marp-core's default theme (GitHub's Markdown style): 29px, headings from
// 1.6em, the content centred vertically, h1 in #246.
Theme defaultTheme(bool invert)
{
    Theme t;
    t.name = QStringLiteral("default");
    t.body = 29;
    scale(t, {1.6, 1.5, 1.25, 1.0, 0.875, 0.85});
    t.code = 29 * 0.85;
    t.small = 18;
    t.page = 24;
    t.padding = QMarginsF(78.5, 78.5, 78.5, 78.5);
    t.middle = true;
    t.lineHeight = 125;
    t.background = invert ? QColor(0x0d, 0x11, 0x17) : Qt::white;
    t.text = t.headings = invert ? QColor(0xf0, 0xf6, 0xfc) : QColor(0x1f, 0x23, 0x28);
    t.heading1 = invert ? QColor(0xce, 0xe7, 0xff) : QColor(0x22, 0x44, 0x66);
    t.headingStrong = invert ? QColor(0x77, 0xbb, 0xff) : QColor(0x44, 0x88, 0xcc);
    t.muted = invert ? QColor(0x99, 0x99, 0x99, 191) : QColor(0x66, 0x66, 0x66, 191);
    t.accent = invert ? QColor(0x44, 0x93, 0xf8) : QColor(0x09, 0x69, 0xda);
    t.codeBackground = invert ? QColor(0x15, 0x1b, 0x23) : QColor(0xf6, 0xf8, 0xfa);
    t.codeText = t.text;
    t.chipBackground = QColor(0x81, 0x8b, 0x98, invert ? 0x66 : 0x1f);
    t.chipText = t.text;
    t.quote = invert ? QColor(0x91, 0x98, 0xa1) : QColor(0x59, 0x63, 0x6e);
    t.tableHead = invert ? QColor(0x15, 0x1b, 0x23) : QColor(0xf6, 0xf8, 0xfa);
    return t;
}

// gaia: 35px, cream and slate, `gaia` class in blue, `lead` centred.
Theme gaiaTheme(bool invert, bool gaia, bool lead)
{
    Theme t;
    t.name = QStringLiteral("gaia");
    t.body = 35;
    scale(t, {1.8, 1.5, 1.3, 1.1, 1.0, 0.9});
    t.code = 35 * 0.7;
    t.small = 35 * 0.66;
    t.page = 35 * 0.8;
    t.padding = QMarginsF(70, 70, 70, 70);
    t.middle = t.centre = lead;
    t.lineHeight = 135;
    QColor bg(0xff, 0xf8, 0xe1), fg(0x45, 0x5a, 0x64), dim(0x6a, 0x7a, 0x7d), hi(0x02, 0x88, 0xd1);
    if (invert)
        bg = QColor(0x45, 0x5a, 0x64), fg = QColor(0xff, 0xf8, 0xe1),
        dim = QColor(0xda, 0xd8, 0xc8), hi = QColor(0x81, 0xd4, 0xfa);
    if (gaia)
        bg = QColor(0x02, 0x88, 0xd1), fg = QColor(0xff, 0xf8, 0xe1),
        dim = QColor(0xcc, 0xe2, 0xde), hi = QColor(0x81, 0xd4, 0xfa);
    t.background = bg;
    t.text = t.headings = t.heading1 = fg;
    t.headingStrong = hi;
    t.muted = dim;
    t.accent = hi;
    t.codeBackground = fg;
    t.codeText = bg;
    t.chipBackground = dim;
    t.chipText = bg;
    t.quote = fg;
    t.tableHead = fg;
    t.tableHeadText = bg;
    return t;
}

// uncover: 40px, everything centred.
Theme uncoverTheme(bool invert)
{
    Theme t;
    t.name = QStringLiteral("uncover");
    t.body = 40;
    scale(t, {2.0, 1.7, 1.4, 1.2, 1.0, 0.8});
    t.code = 40 * 0.7;
    t.small = 40 * 0.45;
    t.page = 40 * 0.6;
    t.padding = QMarginsF(70, 30, 70, 30);
    t.middle = t.centre = true;
    t.lineHeight = 140;
    const QColor bg = invert ? QColor(0x20, 0x22, 0x28) : QColor(0xfd, 0xfc, 0xff);
    const QColor fg = invert ? QColor(0xfd, 0xfc, 0xff) : QColor(0x20, 0x22, 0x28);
    t.background = bg;
    t.text = t.headings = t.heading1 = t.headingStrong = fg;
    t.muted = QColor(fg.red(), fg.green(), fg.blue(), 102);
    t.accent = invert ? QColor(0x33, 0xb1, 0xdd) : QColor(0x00, 0x9d, 0xd5);
    t.codeBackground = invert ? QColor(0x2f, 0x31, 0x38) : QColor(0xf2, 0xf1, 0xf4);
    t.codeText = fg;
    t.chipBackground = t.codeBackground;
    t.chipText = fg;
    t.quote = fg;
    t.tableHead = t.codeBackground;
    return t;
}

// Okuw's own: smaller type and wider margins, so that dense training slides
// fit; `lead` centred.
Theme okuwTheme(bool invert, bool lead)
{
    Theme t;
    t.name = QStringLiteral("okuw");
    t.body = 30;
    const qreal h[6] = {50, 42, 36, 32, 30, 30};
    std::copy(h, h + 6, t.heading);
    t.code = 24;
    t.small = t.page = 20;
    t.padding = QMarginsF(72, 64, 72, 64);
    t.middle = t.centre = lead;
    if (invert) {
        t.background = QColor(0x14, 0x1b, 0x26);
        t.text = QColor(0xe9, 0xee, 0xf5);
        t.headings = t.heading1 = t.headingStrong = Qt::white;
        t.muted = QColor(0x9a, 0xa7, 0xb8);
        t.accent = QColor(0x7f, 0xb3, 0xff);
        t.codeBackground = QColor(0x24, 0x30, 0x44);
        t.tableHead = QColor(0x2c, 0x36, 0x48);
    } else {
        t.background = Qt::white;
        t.text = QColor(0x1f, 0x29, 0x33);
        t.headings = t.heading1 = t.headingStrong = QColor(0x1d, 0x35, 0x57);
        t.muted = QColor(0x6b, 0x77, 0x85);
        t.accent = QColor(0x2b, 0x6c, 0xb0);
        t.codeBackground = QColor(0xf1, 0xf4, 0xf8);
        t.tableHead = QColor(0xe8, 0xed, 0xf3);
    }
    t.codeText = t.chipText = t.text;
    t.quote = t.muted.lighter(invert ? 130 : 60);
    return t;
}

} // namespace

bool knownTheme(const QString &name)
{
    static const QStringList themes = {QStringLiteral("default"), QStringLiteral("gaia"),
                                       QStringLiteral("uncover"), QStringLiteral("okuw")};
    return themes.contains(name.trimmed().toLower());
}

static Theme withTableText(Theme t)
{
    if (!t.tableHeadText.isValid())
        t.tableHeadText = t.text;
    return t;
}

Theme slideTheme(const QString &name, const QStringList &classes)
{
    const QString n = name.trimmed().toLower();
    const bool invert = classes.contains(QLatin1String("invert"));
    const bool lead = classes.contains(QLatin1String("lead"));
    if (n == QLatin1String("gaia"))
        return withTableText(gaiaTheme(invert, classes.contains(QLatin1String("gaia")), lead));
    if (n == QLatin1String("uncover"))
        return withTableText(uncoverTheme(invert));
    if (n == QLatin1String("okuw"))
        return withTableText(okuwTheme(invert, lead));
    return withTableText(defaultTheme(invert));
}

} // namespace okuw::render
