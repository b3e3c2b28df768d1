#include "assets.h"

#include "core/bundle.h"

#include <QFile>
#include <QFontDatabase>
#include <QRegularExpression>
#include <mutex>

namespace okuw::render {

namespace {

QByteArray assetBytes(const core::Bundle &bundle, qint64 moduleId, const QString &path)
{
    const auto asset = bundle.findAsset(moduleId, path);
    return asset ? bundle.assetData(asset->id) : QByteArray();
}

quint64 bundleOrigin(const core::Bundle &bundle)
{
    // The same file with the same content: an open deck of it is the same.
    return qHashMulti(0x6465636b, bundle.path(), bundle.info().contentHash,
                      bundle.info().buildTime.toMSecsSinceEpoch());
}

} // namespace

AssetLoader bundleAssetLoader(std::shared_ptr<const core::Bundle> bundle, qint64 moduleId)
{
    if (!bundle)
        return {};
    const quint64 origin = bundleOrigin(*bundle);
    return AssetLoader(
        [bundle, moduleId](const QString &path) { return assetBytes(*bundle, moduleId, path); },
        [bundle](qint64 deckId) { return bundle->openSlideDeck(deckId); }, origin);
}

AssetLoader bundleAssetLoader(const core::Bundle &bundle, qint64 moduleId)
{
    return AssetLoader(
        [&bundle, moduleId](const QString &path) { return assetBytes(bundle, moduleId, path); },
        [&bundle](qint64 deckId) { return bundle.openSlideDeck(deckId); }, bundleOrigin(bundle));
}

bool isRemoteUrl(const QString &url)
{
    const QString u = url.trimmed();
    if (u.startsWith(QLatin1String("//")))
        return true;
    // A scheme of two or more letters; one letter is a Windows drive ("C:").
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+):"));
    const auto m = scheme.match(u);
    if (!m.hasMatch())
        return false;
    const QString s = m.captured(1).toLower();
    // data: carries its bytes inline and needs nothing; any other scheme
    // (file: included, which is outside the bundle) is out of reach.
    return s != QLatin1String("data");
}

void ensureFonts()
{
    static std::once_flag once;
    std::call_once(once, [] {
        static const char *const files[] = {"DejaVuSans.ttf",         "DejaVuSans-Bold.ttf",
                                            "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf",
                                            "DejaVuSansMono.ttf",     "DejaVuSansMono-Bold.ttf"};
        for (const char *name : files) {
            QFile f(QStringLiteral(":/okuw/fonts/") + QLatin1String(name));
            if (f.open(QIODevice::ReadOnly))
                QFontDatabase::addApplicationFontFromData(f.readAll());
        }
    });
}

QString sansFamily()
{
    return QStringLiteral("DejaVu Sans");
}

QString monoFamily()
{
    return QStringLiteral("DejaVu Sans Mono");
}

} // namespace okuw::render
