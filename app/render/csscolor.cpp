#include "csscolor.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace okuw::render {

namespace {

// One channel of rgb(): 0..255 or a percentage.
bool channel(const QString &s, int *out)
{
    bool ok = false;
    if (s.endsWith(QLatin1Char('%'))) {
        const double v = s.chopped(1).toDouble(&ok);
        *out = std::clamp(int(v * 2.55 + 0.5), 0, 255);
    } else {
        const double v = s.toDouble(&ok);
        *out = std::clamp(int(v + 0.5), 0, 255);
    }
    return ok;
}

bool alpha(const QString &s, qreal *out)
{
    bool ok = false;
    const double v =
        s.endsWith(QLatin1Char('%')) ? s.chopped(1).toDouble(&ok) / 100 : s.toDouble(&ok);
    *out = std::clamp(v, 0.0, 1.0);
    return ok;
}

} // namespace

QColor parseCssColor(const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (v.isEmpty())
        return {};
    if (v == QLatin1String("transparent"))
        return QColor(0, 0, 0, 0);
    if (v.startsWith(QLatin1Char('#'))) {
        static const QRegularExpression hex(
            QStringLiteral("^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$"));
        if (!hex.match(v).hasMatch())
            return {};
        QString h = v.mid(1);
        if (h.size() <= 4) {
            QString wide;
            for (const QChar c : h)
                wide += QString(2, c);
            h = wide;
        }
        QColor c(QLatin1Char('#') + h.left(6));
        if (h.size() == 8) // CSS puts alpha last, Qt first
            c.setAlpha(h.mid(6, 2).toInt(nullptr, 16));
        return c;
    }
    static const QRegularExpression fn(QStringLiteral("^(rgba?|hsla?)\\((.*)\\)$"));
    if (const auto m = fn.match(v); m.hasMatch()) {
        QStringList parts =
            m.captured(2).split(QRegularExpression(QStringLiteral("[\\s,/]+")), Qt::SkipEmptyParts);
        if (parts.size() != 3 && parts.size() != 4)
            return {};
        qreal a = 1;
        if (parts.size() == 4 && !alpha(parts[3], &a))
            return {};
        QColor c;
        if (m.captured(1).startsWith(QLatin1String("rgb"))) {
            int r = 0, g = 0, b = 0;
            if (!channel(parts[0], &r) || !channel(parts[1], &g) || !channel(parts[2], &b))
                return {};
            c = QColor(r, g, b);
        } else {
            bool ok1 = false, ok2 = false, ok3 = false;
            const double h = QString(parts[0]).remove(QLatin1String("deg")).toDouble(&ok1);
            const double s = QString(parts[1]).remove(QLatin1Char('%')).toDouble(&ok2);
            const double l = QString(parts[2]).remove(QLatin1Char('%')).toDouble(&ok3);
            if (!ok1 || !ok2 || !ok3)
                return {};
            c = QColor::fromHslF(float(std::fmod(std::fmod(h, 360) + 360, 360) / 360),
                                 float(std::clamp(s / 100, 0.0, 1.0)),
                                 float(std::clamp(l / 100, 0.0, 1.0)));
        }
        c.setAlphaF(float(a));
        return c;
    }
    static const QRegularExpression name(QStringLiteral("^[a-z]+$"));
    if (!name.match(v).hasMatch())
        return {};
    return QColor::fromString(v); // the SVG 1.1 names, which are CSS's
}

} // namespace okuw::render
