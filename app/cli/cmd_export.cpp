// `okuw-bundle export`: a module's slides as PNGs (1920x1080) or as a PDF
// with speaker notes, drawn by the same renderer the viewer uses.
#include "commands.h"
#include "core/bundle.h"
#include "core/contentlanguage.h"
#include "render/assets.h"
#include "render/export.h"

#include <QCoreApplication>
#include <optional>

namespace okuw::cli {

int runExport(const Invocation &cmd)
{
    const QString bundlePath = cmd.argument(0);
    const QString slug = cmd.argument(1);
    QString lang = cmd.value("lang");
    const QString pngDir = cmd.value("png");
    const QString pdfPath = cmd.value("pdf");

    QString error;
    const auto bundle = core::Bundle::open(bundlePath, &error);
    if (!bundle) {
        err() << error << "\n";
        return 1;
    }
    const std::optional<core::ModuleInfo> module = bundle->moduleBySlug(slug, &error);
    if (!module) {
        err() << (error.isEmpty() ? CliText::tr("%1: no module %2").arg(bundlePath, slug) : error)
              << "\n";
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
