// `okuw-bundle export`: a module's slides as PNGs (1920x1080) or as a PDF
// with speaker notes, drawn by the same renderer the viewer uses.
#include "commands.h"
#include "core/bundle.h"
#include "core/contentlanguage.h"
#include "render/assets.h"
#include "render/export.h"

#include <QCoreApplication>
#include <algorithm>

namespace okuw::cli {

int runExport(const QStringList &args)
{
    QString bundlePath;
    QString slug;
    QString lang;
    QString pngDir;
    QString pdfPath;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--lang") && hasValue)
            lang = args[++i];
        else if (a == QLatin1String("--png") && hasValue)
            pngDir = args[++i];
        else if (a == QLatin1String("--pdf") && hasValue)
            pdfPath = args[++i];
        else if (!a.startsWith(QLatin1Char('-')) && bundlePath.isEmpty())
            bundlePath = a;
        else if (!a.startsWith(QLatin1Char('-')) && slug.isEmpty())
            slug = a;
        else {
            err() << CliText::tr("export: unknown or incomplete argument %1").arg(a) << "\n";
            return 2;
        }
    }
    if (bundlePath.isEmpty() || slug.isEmpty() || (pngDir.isEmpty() == pdfPath.isEmpty())) {
        err() << CliText::tr("Usage: okuw-bundle export <file.okuw> <module> [--lang <code>] "
                             "(--png <dir> | --pdf <file.pdf>)")
              << "\n";
        return 2;
    }

    QString error;
    const auto bundle = core::Bundle::open(bundlePath, &error);
    if (!bundle) {
        err() << error << "\n";
        return 1;
    }
    const QList<core::ModuleInfo> modules = bundle->modules(&error);
    const auto module = std::find_if(modules.cbegin(), modules.cend(),
                                     [&slug](const core::ModuleInfo &m) { return m.slug == slug; });
    if (module == modules.cend()) {
        err() << CliText::tr("%1: no module %2").arg(bundlePath, slug) << "\n";
        return 1;
    }
    // Without --lang, the deck a reader in the bundle's default language
    // would see (the same fallbacks as the viewer).
    const core::ContentLanguage content(lang.isEmpty() ? bundle->info().defaultLanguage : lang,
                                        bundle->info());
    lang = content.deckLanguage(*module);
    if (lang != content.chosen())
        err() << CliText::tr("%1: module %2 has no slides in language %3; the %4 deck stands in")
                     .arg(bundlePath, slug, content.chosen(), lang)
              << "\n";
    const QList<core::Slide> slides = bundle->slides(module->id, lang, &error);
    if (slides.isEmpty()) {
        err()
            << CliText::tr("%1: module %2 has no slides in language %3").arg(bundlePath, slug, lang)
            << (error.isEmpty() ? QString() : QStringLiteral(" (") + error + QLatin1Char(')'))
            << "\n";
        return 1;
    }
    const render::AssetLoader loader = render::bundleAssetLoader(bundle, module->id);
    const bool ok = pngDir.isEmpty() ? render::exportDeckPdf(slides, pdfPath, loader, &error)
                                     : render::exportSlidesPng(slides, pngDir, loader, &error);
    if (!ok) {
        err() << error << "\n";
        return 1;
    }
    out() << CliText::tr("%n slide(s) exported to %1", nullptr, int(slides.size()))
                 .arg(pngDir.isEmpty() ? pdfPath : pngDir)
          << "\n";
    return 0;
}

} // namespace okuw::cli
