// A child process for the user-store tests: writes notes from another
// process (concurrency) or writes one and waits to be killed (crash safety).
#include "core/userstore.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5)
        return 2;
    okuw::core::UserStore store;
    if (!store.open(args[2])) {
        std::fprintf(stderr, "%s\n", qPrintable(store.problemText()));
        return 1;
    }
    if (args[1] == QLatin1String("write") && args.size() >= 6) {
        const int count = args[4].toInt();
        for (int i = 0; i < count; ++i) {
            const auto ref =
                okuw::core::ItemRef::forSlide(QStringLiteral("m"), args[5] + QString::number(i));
            if (!store.setNote(args[3], ref, QStringLiteral("note %1").arg(i)) ||
                !store.markSeen(args[3], ref)) {
                std::fprintf(stderr, "%s\n", qPrintable(store.problemText()));
                return 1;
            }
        }
        return 0;
    }
    if (args[1] == QLatin1String("note-and-wait")) {
        if (!store.setNote(args[3],
                           okuw::core::ItemRef::forSlide(QStringLiteral("m"), QStringLiteral("k")),
                           args[4]))
            return 1;
        std::printf("saved\n");
        std::fflush(stdout);
        // Waits, without a timer, to be killed: stdin stays open until then.
        (void)std::getchar();
        return 0;
    }
    return 2;
}
