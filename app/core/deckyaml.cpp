#include "deckyaml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <yaml-cpp/yaml.h>

namespace okuw::core {

namespace {

// lupdate and the runtime agree on this context wherever YamlText::tr is called.
struct YamlText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::core::yaml)
};

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
                *error = YamlText::tr("it is not a list of \"key: value\" lines");
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
            *error = yamlProblemText(QString::fromStdString(e.msg));
        if (errorLine)
            *errorLine = e.mark.line;
        return std::nullopt;
    }
}

QString yamlProblemText(const QString &message)
{
    // The parser's messages (yaml-cpp/exceptions.h, ErrorMsg) that an author
    // editing a file by hand meets; a few end in the offending character.
    using namespace YAML::ErrorMsg;
    const std::pair<const char *, QString> known[] = {
        {END_OF_MAP, YamlText::tr("a mapping (key: value lines) is not closed where it should be")},
        {END_OF_MAP_FLOW, YamlText::tr("a { … } mapping is not closed with }")},
        {END_OF_SEQ, YamlText::tr("a list (- item lines) is not closed where it should be")},
        {END_OF_SEQ_FLOW, YamlText::tr("a [ … ] list is not closed with ]")},
        {UNKNOWN_TOKEN, YamlText::tr("an unexpected character")},
        {EOF_IN_SCALAR, YamlText::tr("a quoted text is not closed before the end of the file")},
        {CHAR_IN_SCALAR, YamlText::tr("a character that is not allowed in a text value")},
        {TAB_IN_INDENTATION, YamlText::tr("a tab in the indentation (indent with spaces)")},
        {FLOW_END, YamlText::tr("a closing ] or } without its opening one")},
        {BLOCK_ENTRY, YamlText::tr("a list item (- ) where a list cannot start")},
        {MAP_KEY, YamlText::tr("a key where a key cannot stand")},
        {MAP_VALUE, YamlText::tr("a value where none can stand (a colon too many, or wrong "
                                 "indentation)")},
        {ALIAS_NOT_FOUND, YamlText::tr("no name after *")},
        {ANCHOR_NOT_FOUND, YamlText::tr("an anchor (the sign before a name) without a name")},
        {UNKNOWN_ANCHOR, YamlText::tr("an alias refers to no anchor defined above it")},
        {DOC_IN_SCALAR, YamlText::tr("--- or ... inside a text value")},
        {CHAR_IN_BLOCK, YamlText::tr("an unexpected character in a | or > text block")},
        {INVALID_ESCAPE, YamlText::tr("an unknown escape in a quoted text: \\%1")},
    };
    for (const auto &[source, text] : known) {
        const QString english = QString::fromLatin1(source);
        if (message == english)
            return text;
        if (english.endsWith(QLatin1String(": ")) && message.startsWith(english))
            return QString(text).arg(message.mid(english.size()));
    }
    return message;
}

} // namespace okuw::core
