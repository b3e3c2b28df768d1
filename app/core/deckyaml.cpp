#include "deckyaml.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <yaml-cpp/yaml.h>

namespace okuw::core {

namespace {

// Marpit's and marp-core's global directives, and the metadata ones marp-cli
// adds (title, description, ...). `marp` is VS Code's switch.
const QSet<QString> kGlobal = {
    QStringLiteral("theme"),    QStringLiteral("size"),        QStringLiteral("style"),
    QStringLiteral("lang"),     QStringLiteral("marp"),        QStringLiteral("title"),
    QStringLiteral("author"),   QStringLiteral("description"), QStringLiteral("headingDivider"),
    QStringLiteral("keywords"), QStringLiteral("url"),         QStringLiteral("image")};
const QSet<QString> kLocal = {QStringLiteral("paginate"),
                              QStringLiteral("header"),
                              QStringLiteral("footer"),
                              QStringLiteral("class"),
                              QStringLiteral("backgroundColor"),
                              QStringLiteral("backgroundImage"),
                              QStringLiteral("color")};
const QSet<QString> kUnsupported = {QStringLiteral("math"),
                                    QStringLiteral("backgroundPosition"),
                                    QStringLiteral("backgroundRepeat"),
                                    QStringLiteral("backgroundSize"),
                                    QStringLiteral("transition"),
                                    QStringLiteral("inlineSVG")};

// Front matter comes from anyone's file: YAML aliases can refer to
// themselves (`b: &b [*b]`) or double at every level (a "billion laughs").
// A directive value is never deep or large, so the walk stops at a depth and
// a number of values; what lies beyond is left out.
constexpr int kMaxYamlDepth = 16;
constexpr int kMaxYamlValues = 10000;

QJsonValue toJson(const YAML::Node &node, int depth, int &budget)
{
    if (--budget < 0 || depth > kMaxYamlDepth)
        return QJsonValue();
    if (node.IsScalar()) {
        const QString s = QString::fromStdString(node.Scalar());
        if (node.Tag() != "!") { // unquoted: true/false are booleans
            if (s == QLatin1String("true"))
                return true;
            if (s == QLatin1String("false"))
                return false;
        }
        return s;
    }
    if (node.IsSequence()) {
        QJsonArray array;
        for (const auto &item : node) {
            if (budget < 0)
                break;
            array.append(toJson(item, depth + 1, budget));
        }
        return array;
    }
    if (node.IsMap()) {
        QJsonObject object;
        for (const auto &item : node) {
            if (budget < 0)
                break;
            if (item.first.IsScalar())
                object.insert(QString::fromStdString(item.first.Scalar()),
                              toJson(item.second, depth + 1, budget));
        }
        return object;
    }
    return QJsonValue();
}

QJsonValue toJson(const YAML::Node &node)
{
    int budget = kMaxYamlValues;
    return toJson(node, 0, budget);
}

} // namespace

DirectiveKind directiveKind(const QString &key)
{
    if (key == QLatin1String("id"))
        return DirectiveKind::Id;
    if (kGlobal.contains(key))
        return DirectiveKind::Global;
    if (kLocal.contains(key))
        return DirectiveKind::Local;
    if (kUnsupported.contains(key))
        return DirectiveKind::Unsupported;
    return DirectiveKind::None;
}

QString looseYaml(const QString &text)
{
    static const QRegularExpression line(QStringLiteral("^(_?)([A-Za-z]+)(\\s*:)(.+)$"));
    static const QString special = QStringLiteral("[\"'{|>~&*");
    QStringList out;
    for (const QString &l : text.split(QLatin1Char('\n'))) {
        const auto m = line.match(l);
        const QString value = m.hasMatch() ? m.captured(4).trimmed() : QString();
        if (!m.hasMatch() || directiveKind(m.captured(2)) == DirectiveKind::None ||
            value.isEmpty() || special.contains(value.front())) {
            out << l;
            continue;
        }
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
        const QString raw = m.captured(4);
        qsizetype spaces = 0;
        while (spaces < raw.size() && raw[spaces].isSpace())
            ++spaces;
        out << m.captured(1) + m.captured(2) + m.captured(3) + QString(spaces, QLatin1Char(' ')) +
                   QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return out.join(QLatin1Char('\n'));
}

std::optional<YamlMap> parseDirectiveYaml(const QString &text, QString *error, int *errorLine)
{
    try {
        const YAML::Node node = YAML::Load(looseYaml(text).toStdString());
        if (node.IsNull())
            return YamlMap{};
        if (!node.IsMap()) {
            if (error)
                *error = QStringLiteral("it is not a list of \"key: value\" lines");
            return std::nullopt;
        }
        YamlMap out;
        out.values = toJson(node).toObject();
        for (const auto &item : node)
            if (item.first.IsScalar())
                out.lines.insert(QString::fromStdString(item.first.Scalar()),
                                 item.first.Mark().line);
        return out;
    } catch (const YAML::Exception &e) {
        if (error)
            *error = QString::fromStdString(e.msg);
        if (errorLine)
            *errorLine = e.mark.line;
        return std::nullopt;
    }
}

} // namespace okuw::core
