// PDF page rendering: Qt PDF (pdfium, what the viewer uses) against
// poppler's pdftoppm on the same page of the same file, at 1080 px height.
//   build-x/bin/bench_pdf [file.pdf|bundle.okuw] [page (1-based)]
// Without arguments: the largest document of build-x/bin/default.okuw, page 2.
// pdftoppm's time includes starting the process and writing a PPM to
// /dev/null-like scratch, which is what a user of the command pays too.
#include "benchsupport.h"
#include "core/bundle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPdfDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace okuw::bench;

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString source = args.value(1, QCoreApplication::applicationDirPath() + "/default.okuw");
    int page = args.value(2, "2").toInt();
    QTemporaryDir tmp;
    QString pdf = source;
    if (source.endsWith(".okuw")) {
        QString error;
        const auto bundle = okuw::core::Bundle::open(source, &error);
        if (!bundle) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        okuw::core::Document biggest;
        for (const auto &m : bundle->modules())
            for (const auto &d : bundle->documents(m.id))
                if (d.size > biggest.size)
                    biggest = d;
        auto dev = bundle->openDocument(biggest.id);
        pdf = tmp.filePath("bench.pdf");
        QFile out(pdf);
        if (!dev || !out.open(QIODevice::WriteOnly) || out.write(dev->readAll()) <= 0)
            return 1;
        std::printf("document: %s (%d pages, %lld bytes) from %s\n", qPrintable(biggest.title),
                    biggest.pageCount, biggest.size, qPrintable(source));
    }
    QPdfDocument doc;
    if (doc.load(pdf) != QPdfDocument::Error::None) {
        std::fprintf(stderr, "cannot load %s\n", qPrintable(pdf));
        return 1;
    }
    page = std::clamp(page, 1, doc.pageCount());
    const QSizeF pts = doc.pagePointSize(page - 1);
    const int height = 1080;
    const QSize size(qRound(pts.width() * height / pts.height()), height);
    const int dpi = qRound(height / (pts.height() / 72.0));

    QList<double> qt;
    for (int i = 0; i < 11; ++i) {
        QElapsedTimer t;
        t.start();
        const QImage img = doc.render(page - 1, size);
        qt.append(t.nsecsElapsed() / 1e6);
        if (img.isNull())
            return 1;
    }
    QList<double> poppler;
    for (int i = 0; i < 11; ++i) {
        QElapsedTimer t;
        t.start();
        const int rc =
            QProcess::execute("pdftoppm", {"-r", QString::number(dpi), "-f", QString::number(page),
                                           "-l", QString::number(page), pdf, tmp.filePath("ppm")});
        poppler.append(t.nsecsElapsed() / 1e6);
        if (rc != 0)
            return 1;
    }
    std::printf("page %d, %dx%d px (%d dpi)\n", page, size.width(), size.height(), dpi);
    std::printf("QPdfDocument::render median %.1f ms (11 runs)\n", median(qt));
    std::printf("pdftoppm -r %d    median %.1f ms (11 runs, incl. process start)\n", dpi,
                median(poppler));
    std::printf("ratio Qt PDF / pdftoppm: %.2f\n", median(qt) / median(poppler));
    return 0;
}
