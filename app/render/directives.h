// Directives and image keywords: the parts of the Marp subset that are
// words rather than Markdown (directives.cpp). Used by the slide parser.
#pragma once

#include "slidemodel.h"

namespace okuw::render {

// Parses the words of an image's alt text (`bg left:40% contain`, `w:400`).
void parseImageAlt(const QString &alt, ImageRef &ref);

// Fills the model's page, colours, classes, header/footer and background
// image from the effective directives; what it cannot honour goes to
// `unsupported` as "key: value", shown on the slide.
void applyDirectives(const QJsonObject &directives, SlideModel &model, QStringList &unsupported);

// Why Okuw cannot use a directive's value (a build warning), or empty.
QString directiveValueProblem(const QString &key, const QJsonValue &value);

} // namespace okuw::render
