// Marp's directives and how Marp reads them as YAML (deckyaml.cpp): which
// names are directives, and the "loose" reading marp-core applies before
// parsing, so that `backgroundColor: #123456` is a colour, not a comment.
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

namespace okuw::core {

enum class DirectiveKind { None, Global, Local, Unsupported, Id };

// `key` without a leading '_'. Global: theme, size, style, headingDivider,
// lang and metadata; Local: paginate, header, footer, class, colours and
// background image; Unsupported: Marp directives Okuw reads but does not
// apply (a build warning); Id: Okuw's own `id`.
DirectiveKind directiveKind(const QString &key);

// marp-core's looseYAML: on a line `directive: value` whose value does not
// begin with a YAML special character, the value is quoted as a string.
// Lines are kept one for one.
QString looseYaml(const QString &text);

struct YamlMap
{
    QJsonObject values;
    QMap<QString, int> lines; // 0-based line of each key in the text
};

// A YAML mapping read as Marp reads it (loose first), or nullopt when the
// text is not one; `error` then says why (with a 1-based line).
// `errorLine`: the 0-based line of the error in `text`.
// yaml-cpp's message for a parse error ("end of map not found") in the
// interface language; a message it does not know stays as yaml-cpp wrote it.
// Callers put it into their own translated sentence ("not valid YAML: %1").
QString yamlProblemText(const QString &yamlCppMessage);

std::optional<YamlMap> parseDirectiveYaml(const QString &text, QString *error = nullptr,
                                          int *errorLine = nullptr);

} // namespace okuw::core
