#include "commands.h"
#include "core/validate.h"

namespace okuw::cli {

int runValidate(const QStringList &args)
{
    if (args.size() != 1) {
        err() << CliText::tr("Usage: okuw-bundle validate <file.okuw>") << "\n";
        return 2;
    }
    const QStringList problems = core::validateBundle(args.first());
    for (const QString &p : problems)
        err() << p << "\n";
    if (!problems.isEmpty())
        return 1;
    out() << CliText::tr("%1: OK").arg(args.first()) << "\n";
    return 0;
}

} // namespace okuw::cli
