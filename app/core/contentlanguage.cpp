#include "contentlanguage.h"

namespace okuw::core {

ContentLanguage::ContentLanguage(const QString &chosen, const BundleInfo &bundle) : m_chosen(chosen)
{
    QStringList order;
    if (chosen == QLatin1String("tk"))
        order = {QStringLiteral("ru"), QStringLiteral("en")};
    else if (chosen == QLatin1String("ru"))
        order = {QStringLiteral("en")};
    else
        order = {QStringLiteral("en"), QStringLiteral("ru")};
    order.append(bundle.defaultLanguage);
    order.append(bundle.languages);
    for (const QString &l : std::as_const(order)) {
        if (!l.isEmpty() && l != chosen && !m_fallbacks.contains(l))
            m_fallbacks.append(l);
    }
}

QString ContentLanguage::initial(const BundleInfo &bundle, const QString &remembered,
                                 const QString &interfaceLanguage)
{
    for (const QString &candidate : {remembered, interfaceLanguage, bundle.defaultLanguage}) {
        if (!candidate.isEmpty() && bundle.languages.contains(candidate))
            return candidate;
    }
    for (const QString &l : bundle.languages) {
        if (!l.isEmpty())
            return l;
    }
    return bundle.defaultLanguage;
}

QStringList ContentLanguage::order() const
{
    return QStringList{m_chosen} + m_fallbacks;
}

QString ContentLanguage::text(const LocalizedText &text) const
{
    return pickText(text, m_chosen, m_fallbacks);
}

QString ContentLanguage::pick(const QMap<QString, int> &counts) const
{
    for (const QString &l : order()) {
        if (counts.value(l) > 0)
            return l;
    }
    // Content in a language the bundle does not list (validate reports it)
    // is still better than nothing.
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 0 && !it.key().isEmpty())
            return it.key();
    }
    return m_chosen;
}

} // namespace okuw::core
