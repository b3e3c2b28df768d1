// Benchmark for the bundle reader. Generates a ~1 MB and a ~1 GB
// bundle (50 modules x 200 slides x 2 languages, a real 200 MB PDF and
// filler documents), then prints medians of:
//   - Bundle::open on each, and their ratio (target: <= 20 ms, within 2x);
//   - reading one slide (target <= 1 ms);
//   - the peak memory added by opening the 200 MB PDF from the bundle with
//     Qt PDF and rendering one page (target <= 50 MB).
// Usage: bench_bundle [work-dir]   (default: a temporary folder; ~1.3 GB)
#include "benchsupport.h"
#include "core/bundle.h"
#include "core/writer.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace okuw::core;

using namespace okuw::bench;

namespace {

// Peak resident memory in kB (VmHWM); clear_refs resets it on Linux.
qint64 peakKb()
{
    return statusKb("VmHWM");
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// A real PDF of about `megabytes` MB: pages of incompressible noise.
void writeBigPdf(const QString &path, int megabytes)
{
    QPdfWriter writer(path);
    writer.setResolution(72);
    QPainter painter(&writer);
    QRandomGenerator rng(7);
    // Qt stores opaque noise as JPEG, about 0.7 MB a page.
    const int pages = megabytes * 10 / 7 + 1;
    for (int p = 0; p < pages; ++p) {
        if (p)
            writer.newPage();
        QImage noise(820, 820, QImage::Format_RGB32); // ~2 MB once in the PDF
        for (int y = 0; y < noise.height(); ++y) {
            auto *line = reinterpret_cast<quint32 *>(noise.scanLine(y));
            for (int x = 0; x < noise.width(); ++x)
                line[x] = rng.generate();
        }
        painter.drawImage(QRect(20, 20, 500, 500), noise);
        painter.drawText(40, 560, QStringLiteral("Page %1").arg(p + 1));
    }
}

bool writeBundle(const QString &path, int modules, int slidesPerDeck, const QString &bigPdf,
                 qint64 fillerBytes)
{
    BundleWriter writer(path);
    QString error;
    if (!writer.begin(&error))
        return std::fprintf(stderr, "%s\n", qPrintable(error)), false;
    writer.setMetadata(QStringLiteral("bundle_id"), QStringLiteral("bench"), &error);
    writer.setMetadata(QStringLiteral("default_language"), QStringLiteral("en"), &error);
    writer.setMetadata(QStringLiteral("languages"), QStringLiteral("[\"en\",\"ru\"]"), &error);
    writer.setBundleText(QStringLiteral("en"), QStringLiteral("title"), QStringLiteral("Bench"),
                         &error);
    const QString body =
        QStringLiteral("# Slide heading\n\n- first point about the act\n- second point, means\n"
                       "- third point, purpose\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    qint64 fillerLeft = fillerBytes;
    for (int m = 1; m <= modules; ++m) {
        ModuleInfo info;
        info.slug = QStringLiteral("module-%1").arg(m);
        info.position = m;
        info.title = {{QStringLiteral("en"), QStringLiteral("Module %1").arg(m)},
                      {QStringLiteral("ru"), QStringLiteral("Модуль %1").arg(m)}};
        const qint64 id = writer.addModule(info, &error);
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ru")}) {
            for (int s = 1; s <= slidesPerDeck; ++s) {
                Slide slide;
                slide.moduleId = id;
                slide.lang = lang;
                slide.position = s;
                slide.key = QStringLiteral("s%1").arg(s);
                slide.title = QStringLiteral("Slide heading");
                slide.body = body;
                slide.notes = QStringLiteral("Speaker notes for slide %1.").arg(s);
                writer.addSlide(slide, &error);
            }
        }
        Document doc;
        doc.moduleId = id;
        doc.lang = QStringLiteral("en");
        doc.kind = QStringLiteral("reference");
        doc.title = QStringLiteral("Doc");
        doc.fileName = QStringLiteral("doc.pdf");
        doc.pageCount = 1;
        doc.position = 1;
        if (m == 1 && !bigPdf.isEmpty()) {
            QFile in(bigPdf);
            in.open(QIODevice::ReadOnly);
            if (!writer.addDocument(doc, in, &error))
                return std::fprintf(stderr, "%s\n", qPrintable(error)), false;
        } else if (fillerLeft > 0) {
            const qint64 size = qMin<qint64>(fillerLeft, fillerBytes / qMax(1, modules - 1) + 1);
            QByteArray data(size, 'x');
            QBuffer buffer(&data);
            buffer.open(QIODevice::ReadOnly);
            writer.addDocument(doc, buffer, &error);
            fillerLeft -= size;
        }
    }
    return writer.commit(&error) || (std::fprintf(stderr, "%s\n", qPrintable(error)), false);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir temp;
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temp.path();
    QDir().mkpath(dir);
    const QString bigPdf = dir + QStringLiteral("/big.pdf");
    const QString small = dir + QStringLiteral("/small.okuw");
    const QString large = dir + QStringLiteral("/large.okuw");

    QElapsedTimer t;
    t.start();
    if (!QFile::exists(bigPdf))
        writeBigPdf(bigPdf, 200);
    if (!QFile::exists(small) && !writeBundle(small, 2, 40, {}, 512 * 1024))
        return 1;
    if (!QFile::exists(large) &&
        !writeBundle(large, 50, 200, bigPdf, qint64(1024) * 1024 * 1024 - QFileInfo(bigPdf).size()))
        return 1;
    std::printf("generated in %.1f s: small %.1f MB, large %.1f MB, PDF %.1f MB\n",
                t.elapsed() / 1000.0, QFileInfo(small).size() / 1048576.0,
                QFileInfo(large).size() / 1048576.0, QFileInfo(bigPdf).size() / 1048576.0);

    const int runs = 15;
    auto timeOpen = [&](const QString &path) {
        QList<double> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            QString error;
            auto bundle = Bundle::open(path, &error);
            ms << timer.nsecsElapsed() / 1e6;
            if (!bundle)
                std::fprintf(stderr, "%s\n", qPrintable(error));
        }
        return median(ms);
    };
    const double openSmall = timeOpen(small);
    const double openLarge = timeOpen(large);

    QString error;
    const auto bundle = Bundle::open(large, &error);
    const auto modules = bundle->modules();
    const auto slides = bundle->slides(modules[25].id, QStringLiteral("ru"));
    QList<double> slideMs;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto s = bundle->slide(slides[(i * 37) % slides.size()].id);
        slideMs << timer.nsecsElapsed() / 1e6;
        Q_ASSERT(s);
    }

    // Memory: open the 200 MB PDF through the lazy blob device, render one page.
    const qint64 docId = bundle->documents(modules[0].id).first().id;
    QList<double> addedMb;
    QList<double> pageMs;
    for (int i = 0; i < 5; ++i) {
        resetPeak();
        const qint64 before = peakKb();
        QElapsedTimer timer;
        timer.start();
        auto device = bundle->openDocument(docId, &error);
        QPdfDocument pdf;
        pdf.load(device.get());
        const QImage page = pdf.render(pdf.pageCount() / 2, QSize(1000, 1000));
        pageMs << timer.nsecsElapsed() / 1e6;
        addedMb << (peakKb() - before) / 1024.0;
        if (page.isNull() || pdf.pageCount() < 2)
            std::fprintf(stderr, "PDF did not load (%d pages)\n", pdf.pageCount());
    }

    std::printf("\n%-46s %10s %10s\n", "measure (median)", "value", "target");
    std::printf("%-46s %8.2f ms %10s\n", "open 1 MB bundle", openSmall, "<= 20 ms");
    std::printf("%-46s %8.2f ms %10s\n", "open 1 GB bundle", openLarge, "<= 20 ms");
    std::printf("%-46s %8.2f x  %10s\n", "ratio 1 GB / 1 MB", openLarge / openSmall, "<= 2x");
    std::printf("%-46s %8.3f ms %10s\n", "read one slide (1 GB bundle)", median(slideMs),
                "<= 1 ms");
    std::printf("%-46s %8.1f MB %10s\n", "peak memory added: open 200 MB PDF + 1 page",
                median(addedMb), "<= 50 MB");
    std::printf("%-46s %8.1f ms\n", "time: open 200 MB PDF + render 1 page", median(pageMs));
    return 0;
}
