#include "commands.h"
#include "core/bundle.h"
#include "core/validate.h"
#include "render/images.h"

#include <QDir>

namespace okuw::cli {

namespace {

// Every image decoded as the viewer decodes it (the render layer's checks:
// size, pixels, SVG references outside the file), which core cannot do.
QStringList imageProblems(const QString &path)
{
    QStringList problems;
    QString error;
    const auto bundle = core::Bundle::open(path, &error);
    if (!bundle)
        return problems; // validateBundle has said why
    for (const core::Asset &a : bundle->assets()) {
        QString why;
        const QByteArray data = bundle->assetData(a.id, &why);
        QStringList removed;
        if (!why.isEmpty()) {
            problems << CliText::tr("%1: image \"%2\": %3")
                            .arg(QDir::toNativeSeparators(path), a.path, why);
        } else if (!render::decodeImage(data, a.path, &why)) {
            problems << CliText::tr("%1: image \"%2\" cannot be shown: %3")
                            .arg(QDir::toNativeSeparators(path), a.path, why);
        } else if (a.mime == QLatin1String("image/svg+xml") &&
                   render::sanitizeSvg(data, nullptr, &removed) && !removed.isEmpty()) {
            problems << CliText::tr("%1: image \"%2\" refers to something outside it (%3); "
                                    "the viewer leaves it out")
                            .arg(QDir::toNativeSeparators(path), a.path,
                                 removed.join(QStringLiteral(", ")));
        }
    }
    return problems;
}

} // namespace

int runValidate(const Invocation &cmd)
{
    const QString path = cmd.argument(0);
    const QStringList problems = core::validateBundle(path) + imageProblems(path);
    for (const QString &p : problems)
        err() << p << "\n";
    if (!problems.isEmpty())
        return 1;
    out() << CliText::tr("%1: OK").arg(path) << "\n";
    return 0;
}

} // namespace okuw::cli
