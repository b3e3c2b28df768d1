// Internal to the slide parser.
#pragma once

#include "slidemodel.h"

namespace okuw::render {

// Fills the model's page, colours, classes, header/footer and background
// image from the effective directives; what it cannot honour goes to
// `unsupported` as "key: value", shown on the slide.
void applyDirectives(const QJsonObject &directives, SlideModel &model, QStringList &unsupported);

} // namespace okuw::render
