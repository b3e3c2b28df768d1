#include "css.h"

#include "csscolor.h"

#include <QFont>
#include <QRegularExpression>
#include <QSet>

namespace okuw::render {

namespace {

const QSet<QString> kElements = {
    QStringLiteral("section"), QStringLiteral("h1"),         QStringLiteral("h2"),
    QStringLiteral("h3"),      QStringLiteral("h4"),         QStringLiteral("h5"),
    QStringLiteral("h6"),      QStringLiteral("p"),          QStringLiteral("li"),
    QStringLiteral("strong"),  QStringLiteral("em"),         QStringLiteral("code"),
    QStringLiteral("a"),       QStringLiteral("blockquote"), QStringLiteral("table")};
const QSet<QString> kProperties = {QStringLiteral("color"),      QStringLiteral("background-color"),
                                   QStringLiteral("background"), QStringLiteral("font-family"),
                                   QStringLiteral("font-size"),  QStringLiteral("font-weight"),
                                   QStringLiteral("font-style"), QStringLiteral("text-align")};

QString alias(const QString &e)
{
    if (e == QLatin1String("b"))
        return QStringLiteral("strong");
    if (e == QLatin1String("i"))
        return QStringLiteral("em");
    if (e == QLatin1String("th") || e == QLatin1String("td"))
        return QStringLiteral("table");
    return e;
}

// `section.lead h1`, `.invert`, `section > p`, `ul li`: the classes on
// section and the element; false for any other selector.
bool parseSelector(const QString &selector, QStringList *classes, QString *element)
{
    static const QRegularExpression compound(
        QStringLiteral("^([a-z][a-z0-9]*)?((?:\\.[A-Za-z_][\\w-]*)*)$"));
    QString s = selector;
    s.replace(QLatin1Char('>'), QLatin1Char(' '));
    const QStringList parts =
        s.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    classes->clear();
    for (int i = 0; i < parts.size(); ++i) {
        const auto m = compound.match(parts[i]);
        if (!m.hasMatch())
            return false;
        const QString tag = alias(m.captured(1));
        const QStringList cls = m.captured(2).split(QLatin1Char('.'), Qt::SkipEmptyParts);
        const bool last = i == parts.size() - 1;
        if (tag.isEmpty() || tag == QLatin1String("section")) {
            if (!last && i > 0)
                return false; // a section inside something
            *classes += cls;
            if (last)
                *element = QStringLiteral("section");
            continue;
        }
        if (!last) {
            if ((tag == QLatin1String("ul") || tag == QLatin1String("ol")) && cls.isEmpty())
                continue;
            return false;
        }
        if (!cls.isEmpty() || !kElements.contains(tag))
            return false;
        *element = tag;
    }
    return true;
}

qreal length(const QString &v, qreal em, bool *ok)
{
    static const QRegularExpression re(QStringLiteral("^(-?[0-9.]+)(px|pt|em|rem|%)?$"));
    const auto m = re.match(v.trimmed().toLower());
    *ok = m.hasMatch() && (!m.captured(2).isEmpty() || m.captured(1).toDouble() == 0);
    if (!*ok)
        return 0;
    const qreal n = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("pt"))
        return n * 4 / 3;
    if (unit == QLatin1String("em") || unit == QLatin1String("rem"))
        return n * em;
    if (unit == QLatin1String("%"))
        return n * em / 100;
    return n;
}

bool validValue(const QString &element, const QString &prop, const QString &value)
{
    bool ok = true;
    if (prop == QLatin1String("color") || prop == QLatin1String("background-color") ||
        prop == QLatin1String("background"))
        return parseCssColor(value).isValid();
    if (prop == QLatin1String("font-size")) {
        length(value, 1, &ok);
        return ok;
    }
    if (prop == QLatin1String("font-weight"))
        return QRegularExpression(QStringLiteral("^(normal|bold|bolder|lighter|[1-9]00)$"))
            .match(value)
            .hasMatch();
    if (prop == QLatin1String("font-style"))
        return QRegularExpression(QStringLiteral("^(normal|italic|oblique)$"))
            .match(value)
            .hasMatch();
    if (prop == QLatin1String("text-align"))
        return QRegularExpression(QStringLiteral("^(left|right|center|justify|start|end)$"))
            .match(value)
            .hasMatch();
    if (prop.startsWith(QLatin1String("padding")))
        return element == QLatin1String("section");
    return true;
}

} // namespace

QList<CssRule> parseCss(const QString &source, QList<CssProblem> *problems)
{
    // Comments out, keeping line breaks so that lines stay right.
    QString css = source;
    for (qsizetype at = css.indexOf(QLatin1String("/*")); at >= 0;
         at = css.indexOf(QLatin1String("/*"), at)) {
        qsizetype end = css.indexOf(QLatin1String("*/"), at + 2);
        end = end < 0 ? css.size() : end + 2;
        for (qsizetype i = at; i < end; ++i)
            if (css[i] != QLatin1Char('\n'))
                css[i] = QLatin1Char(' ');
    }
    const auto lineOf = [&css](qsizetype at) { return int(css.left(at).count(QLatin1Char('\n'))); };
    const auto problem = [problems](int line, const QString &m) {
        if (problems)
            problems->append({line, m});
    };
    QList<CssRule> rules;
    qsizetype pos = 0;
    while (pos < css.size()) {
        while (pos < css.size() && css[pos].isSpace())
            ++pos;
        if (pos >= css.size())
            break;
        const qsizetype brace = css.indexOf(QLatin1Char('{'), pos);
        const qsizetype semi = css.indexOf(QLatin1Char(';'), pos);
        const int line = lineOf(pos);
        if (css[pos] == QLatin1Char('@') && semi >= 0 && (brace < 0 || semi < brace)) {
            problem(
                line,
                QStringLiteral("\"%1\" is not applied").arg(css.mid(pos, semi - pos).simplified()));
            pos = semi + 1;
            continue;
        }
        if (brace < 0) {
            problem(
                line,
                QStringLiteral("\"%1\" is not a CSS rule").arg(css.mid(pos).simplified().left(60)));
            break;
        }
        // The block, braces balanced (an @media block holds rules).
        qsizetype end = brace + 1;
        for (int depth = 1; end < css.size() && depth > 0; ++end) {
            if (css[end] == QLatin1Char('{'))
                ++depth;
            else if (css[end] == QLatin1Char('}'))
                --depth;
        }
        const QString selectors = css.mid(pos, brace - pos).simplified();
        const QString block = css.mid(brace + 1, end - brace - 2);
        pos = end;
        if (selectors.startsWith(QLatin1Char('@'))) {
            problem(line, QStringLiteral("\"%1 { … }\" is not applied").arg(selectors));
            continue;
        }
        QStringList skipped;
        QList<std::pair<QStringList, QString>> targets;
        for (const QString &sel : selectors.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            QStringList classes;
            QString element;
            if (parseSelector(sel.trimmed(), &classes, &element))
                targets.append({classes, element});
            else
                skipped << sel.trimmed();
        }
        if (!skipped.isEmpty())
            problem(line, QStringLiteral("the selector \"%1\" is not applied (Okuw applies rules "
                                         "for section, its classes, h1-h6, p, li, strong, em, "
                                         "code, a, blockquote and table)")
                              .arg(skipped.join(QStringLiteral(", "))));
        QStringList unapplied;
        for (const QString &decl : block.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const qsizetype colon = decl.indexOf(QLatin1Char(':'));
            if (colon < 0) {
                if (!decl.trimmed().isEmpty())
                    unapplied << decl.simplified();
                continue;
            }
            const QString prop = decl.left(colon).trimmed().toLower();
            QString value = decl.mid(colon + 1).simplified();
            value.remove(QRegularExpression(QStringLiteral("\\s*!important$")));
            const bool known =
                kProperties.contains(prop) || prop.startsWith(QLatin1String("padding"));
            bool used = false;
            for (const auto &[classes, element] : std::as_const(targets)) {
                if (!known || !validValue(element, prop, value.toLower()))
                    continue;
                rules.append({classes, element,
                              prop == QLatin1String("background")
                                  ? QStringLiteral("background-color")
                                  : prop,
                              value});
                used = true;
            }
            if (!used && !targets.isEmpty())
                unapplied << prop + QStringLiteral(": ") + value;
        }
        if (!unapplied.isEmpty())
            problem(line, QStringLiteral("in \"%1\", not applied: %2")
                              .arg(selectors, unapplied.join(QStringLiteral("; "))));
    }
    return rules;
}

QString SlideStyle::inlineSheet() const
{
    const auto rule = [](const char *selector, const ElementStyle &s) {
        QString decls;
        if (s.color.isValid())
            decls += QStringLiteral("color:%1;").arg(s.color.name(QColor::HexArgb));
        if (s.background.isValid())
            decls += QStringLiteral("background-color:%1;").arg(s.background.name(QColor::HexArgb));
        if (!s.family.isEmpty())
            decls += QStringLiteral("font-family:'%1';").arg(s.family);
        if (s.weight >= 0)
            decls += QStringLiteral("font-weight:%1;").arg(s.weight >= QFont::Bold ? 700 : 400);
        if (s.italic >= 0)
            decls += QStringLiteral("font-style:%1;").arg(s.italic ? "italic" : "normal");
        return decls.isEmpty() ? QString()
                               : QStringLiteral("%1{%2}").arg(QLatin1String(selector), decls);
    };
    return rule("b", strong) + rule("i", em) + rule(".a", a) + rule(".code", code) +
           rule("th", table) + rule("td", table);
}

SlideStyle resolveStyle(const QList<CssRule> &rules, const QStringList &classes, qreal basePx)
{
    SlideStyle out;
    // The section's size first: the others' em count from it.
    for (const CssRule &r : rules) {
        bool ok = false;
        if (r.element == QLatin1String("section") && r.property == QLatin1String("font-size") &&
            std::all_of(r.classes.cbegin(), r.classes.cend(),
                        [&](const QString &c) { return classes.contains(c); }))
            out.section.px = length(r.value, basePx, &ok);
    }
    const qreal em = out.section.px > 0 ? out.section.px : basePx;
    for (const CssRule &r : rules) {
        if (!std::all_of(r.classes.cbegin(), r.classes.cend(),
                         [&](const QString &c) { return classes.contains(c); }))
            continue;
        ElementStyle *e = nullptr;
        if (r.element == QLatin1String("section"))
            e = &out.section;
        else if (r.element.size() == 2 && r.element[0] == QLatin1Char('h'))
            e = &out.heading[std::clamp(r.element[1].digitValue(), 1, 6) - 1];
        else if (r.element == QLatin1String("p"))
            e = &out.p;
        else if (r.element == QLatin1String("li"))
            e = &out.li;
        else if (r.element == QLatin1String("strong"))
            e = &out.strong;
        else if (r.element == QLatin1String("em"))
            e = &out.em;
        else if (r.element == QLatin1String("code"))
            e = &out.code;
        else if (r.element == QLatin1String("a"))
            e = &out.a;
        else if (r.element == QLatin1String("blockquote"))
            e = &out.blockquote;
        else if (r.element == QLatin1String("table"))
            e = &out.table;
        if (!e)
            continue;
        out.empty = false;
        const QString v = r.value.trimmed();
        const QString lv = v.toLower();
        bool ok = false;
        if (r.property == QLatin1String("color")) {
            e->color = parseCssColor(v);
        } else if (r.property == QLatin1String("background-color")) {
            e->background = parseCssColor(v);
        } else if (r.property == QLatin1String("font-family")) {
            QString first = v.section(QLatin1Char(','), 0, 0).trimmed();
            first.remove(QLatin1Char('"')).remove(QLatin1Char('\''));
            e->family = first;
        } else if (r.property == QLatin1String("font-size")) {
            if (e != &out.section)
                e->px = length(v, em, &ok);
        } else if (r.property == QLatin1String("font-weight")) {
            e->weight =
                (lv == QLatin1String("bold") || lv == QLatin1String("bolder") || lv.toInt() >= 600)
                    ? QFont::Bold
                    : QFont::Normal;
        } else if (r.property == QLatin1String("font-style")) {
            e->italic = lv == QLatin1String("normal") ? 0 : 1;
        } else if (r.property == QLatin1String("text-align")) {
            e->align = lv == QLatin1String("center") ? Qt::AlignHCenter
                       : (lv == QLatin1String("right") || lv == QLatin1String("end"))
                           ? Qt::AlignRight
                       : lv == QLatin1String("justify") ? Qt::AlignJustify
                                                        : Qt::AlignLeft;
        } else if (r.property.startsWith(QLatin1String("padding"))) {
            QList<qreal> n;
            for (const QString &part : v.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                n << length(part, em, &ok);
            if (n.isEmpty())
                continue;
            if (!out.hasPadding)
                out.padding = QMarginsF(-1, -1, -1, -1);
            out.hasPadding = true;
            if (r.property == QLatin1String("padding")) {
                const qreal t = n[0], rt = n.value(1, t), b = n.value(2, t), l = n.value(3, rt);
                out.padding = QMarginsF(l, t, rt, b);
            } else if (r.property == QLatin1String("padding-top")) {
                out.padding.setTop(n[0]);
            } else if (r.property == QLatin1String("padding-bottom")) {
                out.padding.setBottom(n[0]);
            } else if (r.property == QLatin1String("padding-left")) {
                out.padding.setLeft(n[0]);
            } else if (r.property == QLatin1String("padding-right")) {
                out.padding.setRight(n[0]);
            }
        }
    }
    return out;
}

} // namespace okuw::render
