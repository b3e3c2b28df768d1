// CSS colour values as Marp decks write them (csscolor.cpp): names,
// #rgb/#rgba/#rrggbb/#rrggbbaa, rgb()/rgba(), hsl()/hsla(), transparent.
#pragma once

#include <QColor>
#include <QString>

namespace okuw::render {

// An invalid QColor when `value` is not a CSS colour Okuw knows.
QColor parseCssColor(const QString &value);

} // namespace okuw::render
