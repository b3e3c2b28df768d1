#include "types.h"

namespace okuw::core {

QString pickText(const LocalizedText &text, const QString &lang, const QStringList &fallbacks)
{
    if (const auto it = text.constFind(lang); it != text.cend() && !it->isEmpty())
        return *it;
    for (const QString &fallback : fallbacks) {
        if (const auto it = text.constFind(fallback); it != text.cend() && !it->isEmpty())
            return *it;
    }
    for (const QString &value : text) {
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace okuw::core
