// Directives and image keywords: the parts of the Marp subset that are
// words rather than Markdown.
#include "directives.h"

#include "assets.h"
#include "css.h"
#include "csscolor.h"
#include "themes.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace okuw::render {

namespace {

qreal parseLength(const QString &v)
{
    QString s = v.trimmed().toLower();
    if (s.endsWith(QLatin1String("px")))
        s.chop(2);
    bool ok = false;
    const qreal n = s.toDouble(&ok);
    return ok && n > 0 ? n : 0;
}

qreal parsePercent(const QString &v)
{
    if (!v.endsWith(QLatin1Char('%')))
        return -1;
    bool ok = false;
    const qreal n = v.left(v.size() - 1).toDouble(&ok);
    return ok && n > 0 && n <= 100 ? n / 100.0 : -1;
}

QString directiveString(const QJsonObject &d, const char *key)
{
    const QJsonValue v = d.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace

void parseImageAlt(const QString &alt, ImageRef &ref)
{
    QStringList rest;
    const QStringList words =
        alt.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    // Marp reads keywords only in an image whose alt begins with them or
    // holds `bg`; reading them anywhere is simpler and harmless.
    for (const QString &w : words) {
        const QString lw = w.toLower();
        const int colon = lw.indexOf(QLatin1Char(':'));
        const QString key = colon < 0 ? lw : lw.left(colon);
        const QString val = colon < 0 ? QString() : lw.mid(colon + 1);
        if (lw == QLatin1String("bg")) {
            ref.background = true;
        } else if ((key == QLatin1String("w") || key == QLatin1String("width")) && colon > 0 &&
                   parseLength(val) > 0) {
            ref.width = parseLength(val);
        } else if ((key == QLatin1String("h") || key == QLatin1String("height")) && colon > 0 &&
                   parseLength(val) > 0) {
            ref.height = parseLength(val);
        } else if (ref.background &&
                   (key == QLatin1String("left") || key == QLatin1String("right"))) {
            ref.side = key == QLatin1String("left") ? ImageRef::Side::Left : ImageRef::Side::Right;
            const qreal p = parsePercent(val);
            if (p > 0)
                ref.split = p;
        } else if (parseImageFilter(lw, &ref.filters)) {
        } else if (ref.background &&
                   (lw == QLatin1String("contain") || lw == QLatin1String("fit"))) {
            ref.fit = ImageRef::Fit::Contain;
        } else if (ref.background && lw == QLatin1String("cover")) {
            ref.fit = ImageRef::Fit::Cover;
        } else if (ref.background && lw == QLatin1String("auto")) {
            ref.fit = ImageRef::Fit::Auto;
        } else if (ref.background && parsePercent(lw) > 0) {
            ref.fit = ImageRef::Fit::Scale;
            ref.scale = parsePercent(lw);
        } else {
            rest.append(w);
        }
    }
    ref.alt = rest.join(QLatin1Char(' '));
}

void applyDirectives(const QJsonObject &d, SlideModel &m, QStringList &unsupported)
{
    if (directiveString(d, "size").trimmed() == QLatin1String("4:3"))
        m.canvas = QSizeF(960, 720);
    // The deck reader counts pages Marp's way (skip, hold): a page number
    // above 0 is one to show.
    m.page = d.value(QLatin1String("page")).toInt();
    m.paginate = m.page > 0;
    const QJsonValue classValue = d.value(QLatin1String("class"));
    QStringList classes;
    if (classValue.isArray()) {
        for (const QJsonValue &v : classValue.toArray())
            classes << v.toString();
    } else {
        classes = directiveString(d, "class").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    m.classes = classes;
    m.theme = directiveString(d, "theme");
    m.css = parseCss(directiveString(d, "style") + QLatin1Char('\n') +
                     directiveString(d, "styleScoped"));
    m.lead = classes.contains(QLatin1String("lead"));
    m.invert = classes.contains(QLatin1String("invert"));
    const QString bg = directiveString(d, "backgroundColor").trimmed();
    if (!bg.isEmpty())
        m.background = parseCssColor(bg);
    const QString fg = directiveString(d, "color").trimmed();
    if (!fg.isEmpty())
        m.color = parseCssColor(fg);
    // A header or footer is a line: a longer one is cut rather than laid out.
    m.headerHtml = inlineMarkdownToHtml(directiveString(d, "header").left(500));
    m.footerHtml = inlineMarkdownToHtml(directiveString(d, "footer").left(500));

    if (!bg.isEmpty() && !m.background.isValid())
        unsupported.append(QStringLiteral("backgroundColor: ") + bg);
    if (!fg.isEmpty() && !m.color.isValid())
        unsupported.append(QStringLiteral("color: ") + fg);

    const QString bgImage = directiveString(d, "backgroundImage").trimmed();
    if (!bgImage.isEmpty()) {
        static const QRegularExpression url(
            QStringLiteral("^url\\(\\s*['\"]?([^'\")]*)['\"]?\\s*\\)$"));
        const auto match = url.match(bgImage);
        if (match.hasMatch()) {
            m.backgroundImage.src = match.captured(1).trimmed();
            m.backgroundImage.remote = isRemoteUrl(m.backgroundImage.src);
            m.backgroundImage.background = true;
        } else {
            unsupported.append(QStringLiteral("backgroundImage: ") + bgImage);
        }
    }
}

} // namespace okuw::render

namespace okuw::render {

QString directiveValueProblem(const QString &key, const QJsonValue &value)
{
    const QString v = value.isString() ? value.toString().trimmed()
                      : value.isBool()
                          ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                      : value.isDouble() ? QString::number(value.toDouble())
                                         : QString();
    const auto says = [&](const QString &why) {
        return QStringLiteral("%1: \"%2\" %3").arg(key, v, why);
    };
    if (key == QLatin1String("backgroundColor") || key == QLatin1String("color")) {
        if (!v.isEmpty() && !parseCssColor(v).isValid())
            return says(QStringLiteral("is not a CSS colour; the theme's colour is used"));
    } else if (key == QLatin1String("backgroundImage")) {
        static const QRegularExpression url(
            QStringLiteral("^url\\(\\s*['\"]?([^'\")]*)['\"]?\\s*\\)$"));
        if (!v.isEmpty() && v != QLatin1String("none") && !url.match(v).hasMatch())
            return says(QStringLiteral("is not an url(...) image; gradients and other CSS "
                                       "backgrounds are not drawn"));
    } else if (key == QLatin1String("paginate")) {
        if (!value.isBool() && v != QLatin1String("skip") && v != QLatin1String("hold"))
            return says(QStringLiteral("is not true, false, skip or hold"));
    } else if (key == QLatin1String("size")) {
        if (v != QLatin1String("16:9") && v != QLatin1String("4:3"))
            return says(QStringLiteral("is not a size Okuw knows (16:9, 4:3); 16:9 is used"));
    } else if (key == QLatin1String("theme")) {
        if (!v.isEmpty() && !knownTheme(v))
            return says(QStringLiteral("is not a theme Okuw knows (default, gaia, uncover); the "
                                       "default theme is used"));
    }
    return {};
}

} // namespace okuw::render
