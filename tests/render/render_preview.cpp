// Renders every slide of a deck to PNG (and the deck to a notes PDF) so a
// person can look at them: render_preview <deck.md> <out-dir> [pdf]
// A file named handout*.md becomes <out-dir>/handout.pdf instead.
#include "core/deck.h"
#include "render/export.h"
#include "render/handout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 3) {
        err << "usage: render_preview <deck.md> <out-dir> [pdf]\n";
        return 2;
    }
    QFile file(args[1]);
    if (!file.open(QIODevice::ReadOnly)) {
        err << args[1] << ": " << file.errorString() << "\n";
        return 1;
    }
    const QString base = QFileInfo(args[1]).absolutePath();
    const okuw::render::AssetLoader loader = [base](const QString &rel) {
        QFile f(base + QLatin1Char('/') + rel);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    QString error;
    if (QFileInfo(args[1]).fileName().startsWith(QLatin1String("handout"))) {
        QDir().mkpath(args[2]);
        const QString pdf = args[2] + QStringLiteral("/handout.pdf");
        if (!okuw::render::writeHandoutPdf(QString::fromUtf8(file.readAll()),
                                           QFileInfo(args[1]).baseName(), pdf, loader, &error)) {
            err << error << "\n";
            return 1;
        }
        err << "written " << pdf << "\n";
        return 0;
    }
    const okuw::core::Deck deck = okuw::core::parseDeck(QString::fromUtf8(file.readAll()));
    for (const auto &p : deck.problems)
        err << args[1] << ":" << p.line << ": " << p.message << "\n";
    QList<okuw::core::Slide> slides;
    for (const auto &d : deck.slides) {
        okuw::core::Slide s;
        s.id = slides.size() + 1;
        s.position = int(slides.size()) + 1;
        s.key = d.key;
        s.title = d.title;
        s.body = d.body;
        s.notes = d.notes;
        s.directives = d.directives;
        slides.append(s);
    }
    if (!okuw::render::exportSlidesPng(slides, args[2], loader, &error)) {
        err << error << "\n";
        return 1;
    }
    if (args.size() > 3 && !okuw::render::exportDeckPdf(
                               slides, args[2] + QStringLiteral("/deck.pdf"), loader, &error)) {
        err << error << "\n";
        return 1;
    }
    err << slides.size() << " slides written to " << args[2] << "\n";
    return 0;
}
