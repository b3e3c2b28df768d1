// `okuw-bundle lint <source-dir>`: the checks live in builder/lint.cpp; this
// prints them as file:line: message and sets the exit code.
#include "builder/lint.h"
#include "commands.h"

#include <QFileInfo>

namespace okuw::cli {

int runLint(const Invocation &cmd)
{
    const QString source = cmd.argument(0);
    if (!QFileInfo(source).isDir())
        return cmd.usageError(CliText::tr("\"%1\" is not a folder").arg(source));
    builder::LintSummary summary;
    const QList<builder::LintProblem> problems = builder::lintSource(source, &summary);
    for (const builder::LintProblem &p : problems)
        out() << p.text() << "\n";
    QStringList counts;
    for (auto it = summary.reviewFlagged.cbegin(); it != summary.reviewFlagged.cend(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    out() << CliText::tr("Glossary terms marked for review: %1")
                 .arg(counts.isEmpty() ? CliText::tr("none") : counts.join(QStringLiteral(", ")))
          << "\n";
    if (!problems.isEmpty()) {
        out() << CliText::tr("%n problem(s)", nullptr, int(problems.size())) << "\n";
        return 1;
    }
    out() << CliText::tr("%1: no problems in %n file(s)", nullptr, summary.filesChecked).arg(source)
          << "\n";
    return 0;
}

} // namespace okuw::cli
