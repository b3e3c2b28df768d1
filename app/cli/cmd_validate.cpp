#include "commands.h"
#include "core/validate.h"

namespace okuw::cli {

int runValidate(const Invocation &cmd)
{
    const QString path = cmd.argument(0);
    const QStringList problems = core::validateBundle(path);
    for (const QString &p : problems)
        err() << p << "\n";
    if (!problems.isEmpty())
        return 1;
    out() << CliText::tr("%1: OK").arg(path) << "\n";
    return 0;
}

} // namespace okuw::cli
