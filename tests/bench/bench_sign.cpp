// Benchmark for signed bundles. Prints medians of:
//   - checking the signature over the stored digest (what the viewer does
//     before it shows anything) and recomputing the full content digest
//     (every row, every blob re-hashed: what `okuw-bundle verify` and the
//     viewer's background check do), for the default bundle and for a
//     synthetic ~1 GB bundle;
//   - the viewer's time to first slide (openBundle until the first slide's
//     image is drawn) for the 1 GB bundle signed and unsigned, side by
//     side, and how long the background check then takes and the longest
//     the GUI thread went without serving its event loop meanwhile.
// The 1 GB bundles hold 5 modules x 20 slides x 2 languages and 1 GB of
// document blobs, 256 MB each (pseudo-random bytes: the digest hashes bytes,
// it does not parse PDFs; SQLite keeps a value under 1e9 bytes). They are written once into the
// work folder (~2 GB) and reused; the page cache is warm (just written or read), so the figures are
// the CPU's, not a USB stick's. Usage: bench_sign [work-dir] [size-MB]   (defaults: a temporary
// folder, 1024; at most 1280: five modules of 256 MB). Exits 1, saying why, when a bundle does
// not verify or the viewer refuses it (the figures are then meaningless).
#include "benchsupport.h"
#include "core/bundle.h"
#include "core/signature.h"
#include "core/sqlite.h"
#include "core/verify.h"
#include "core/writer.h"
#include "ui/mainwindow.h"
#include "ui/profile.h"
#include "ui/slidesurface.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace okuw;

using namespace okuw::bench;

namespace {

// `size` pseudo-random bytes, a function of their offset (and `seed`), so
// that seek() and reset() read the same bytes again: the writer reads a
// document twice, once to hash it and once to store it.
class NoiseDevice : public QIODevice
{
public:
    NoiseDevice(qint64 size, quint64 seed) : m_size(size), m_seed(seed)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 start = pos();
        const qint64 n = qMin(maxSize, m_size - start);
        quint64 w = word(quint64(start) >> 3);
        for (qint64 i = 0; i < n; ++i) {
            const qint64 at = start + i;
            if (i > 0 && (at & 7) == 0)
                w = word(quint64(at) >> 3);
            data[i] = char(w >> ((at & 7) * 8));
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    // SplitMix64 of the 8-byte word's index: the same bytes at the same offset.
    quint64 word(quint64 index) const
    {
        quint64 z = index + m_seed * 0x9E3779B97F4A7C15ULL + 0x9E3779B97F4A7C15ULL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    qint64 m_size;
    quint64 m_seed;
};

bool writeBundle(const QString &path, qint64 blobBytes, const core::SecretKey *key)
{
    core::BundleWriter writer(path);
    writer.signWith(key);
    QString error;
    if (!writer.begin(&error))
        return std::fprintf(stderr, "%s\n", qPrintable(error)), false;
    writer.setMetadata(QStringLiteral("bundle_id"), QStringLiteral("bench-sign"), &error);
    writer.setMetadata(QStringLiteral("default_language"), QStringLiteral("en"), &error);
    writer.setMetadata(QStringLiteral("languages"), QStringLiteral("[\"en\",\"ru\"]"), &error);
    writer.setBundleText(QStringLiteral("en"), QStringLiteral("title"),
                         QStringLiteral("Signature bench"), &error);
    qint64 blobsWritten = 0;
    for (int m = 1; m <= 5; ++m) {
        core::ModuleInfo info;
        info.slug = QStringLiteral("module-%1").arg(m);
        info.position = m;
        info.title = {{QStringLiteral("en"), QStringLiteral("Module %1").arg(m)},
                      {QStringLiteral("ru"), QStringLiteral("Модуль %1").arg(m)}};
        const qint64 id = writer.addModule(info, &error);
        for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ru")}) {
            for (int s = 1; s <= 20; ++s) {
                core::Slide slide;
                slide.moduleId = id;
                slide.lang = lang;
                slide.position = s;
                slide.key = QStringLiteral("s%1").arg(s);
                slide.title = QStringLiteral("Slide %1").arg(s);
                slide.body = QStringLiteral("# Slide %1\n\n- the act\n- the means\n- the "
                                            "purpose\n")
                                 .arg(s);
                slide.notes = QStringLiteral("Notes. Time: 1 min");
                writer.addSlide(slide, &error);
            }
        }
        // SQLite keeps a value under 1e9 bytes: the bytes are spread over
        // documents of at most 256 MB, one per module.
        const qint64 share = qMin<qint64>(blobBytes - blobsWritten, qint64(256) << 20);
        if (share > 0) {
            blobsWritten += share;
            core::Document doc;
            doc.moduleId = id;
            doc.lang = QStringLiteral("en");
            doc.kind = QStringLiteral("reference");
            doc.title = QStringLiteral("Big document");
            doc.fileName = QStringLiteral("big.pdf");
            doc.pageCount = 1;
            doc.position = 1;
            NoiseDevice noise(share, quint64(m));
            if (!writer.addDocument(doc, noise, &error))
                return std::fprintf(stderr, "%s\n", qPrintable(error)), false;
        }
    }
    return writer.commit(&error) || (std::fprintf(stderr, "%s\n", qPrintable(error)), false);
}

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

// CPU time of this thread, which a loaded machine does not inflate.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct VerifyTimes
{
    double signature = 0; // open a connection + check the signature over the stored digest
    double stored = 0;    // digest from the rows, blobs by their stored SHA-256
    double full = 0;      // every blob re-hashed
    double fullCpu = 0;   // the same, CPU time
    bool ok = true;
};

VerifyTimes timeVerify(const QString &path, int runs)
{
    VerifyTimes out;
    QList<double> sig, stored, full, fullCpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        core::Database db;
        QString error;
        db.open(path, core::Database::Mode::Untrusted, &error);
        const core::SignatureCheck check = core::checkSignature(db);
        sig << msSince(t);
        out.ok = out.ok && check.state != core::SignatureCheck::State::Broken;
        t.restart();
        out.ok = out.ok && core::checkContent(db, core::DigestMode::Stored).result !=
                               core::ContentCheck::Result::Changed;
        stored << msSince(t);
        t.restart();
        const double cpu = threadCpuMs();
        out.ok = out.ok && core::checkContent(db, core::DigestMode::Full).result ==
                               core::ContentCheck::Result::Matches;
        full << msSince(t);
        fullCpu << threadCpuMs() - cpu;
    }
    out.signature = median(sig);
    out.stored = median(stored);
    out.full = median(full);
    out.fullCpu = median(fullCpu);
    return out;
}

struct ViewerTimes
{
    double open = 0;       // openBundle() returns: the window is usable again
    double firstSlide = 0; // openBundle until the first slide's image is drawn
    double checked = 0;    // openBundle until the background check reported
    double worstStall = 0; // longest gap between 5 ms timer ticks meanwhile
    QString problem;       // why the run failed: not opened, refused, timed out
};

ViewerTimes timeViewer(ui::Profile &profile, const QString &path)
{
    ViewerTimes out;
    ui::MainWindow w(profile);
    w.resize(1280, 800);
    w.show();
    auto *surface = w.findChild<ui::SlideSurface *>();
    QElapsedTimer t;
    bool drawn = false;
    bool checked = false;
    QObject::connect(surface, &ui::SlideSurface::imageReady, &w, [&] {
        if (!drawn)
            out.firstSlide = msSince(t);
        drawn = true;
    });
    QObject::connect(&w, &ui::MainWindow::contentChecked, &w, [&] {
        out.checked = msSince(t);
        checked = true;
    });
    // A bundle whose content does not match its digest is closed: no point
    // waiting for a first slide or a check that will not come.
    QObject::connect(&w, &ui::MainWindow::bundleRefused, &w,
                     [&](const QString &message) { out.problem = message; });
    QElapsedTimer tick;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &w, [&] {
        out.worstStall = std::max(out.worstStall, msSince(tick));
        tick.restart();
    });
    t.start();
    tick.start();
    ticker.start();
    if (!w.openBundle(path, false)) {
        out.problem = w.lastError();
        return out;
    }
    out.open = msSince(t);
    // Stalls counted from here on: while the check runs on its worker.
    out.worstStall = 0;
    tick.restart();
    QElapsedTimer limit;
    limit.start();
    while ((!drawn || !checked) && out.problem.isEmpty() && limit.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (out.problem.isEmpty() && (!drawn || !checked))
        out.problem =
            QStringLiteral("%1: no %2 within 120 s")
                .arg(path, drawn ? QStringLiteral("content check") : QStringLiteral("first slide"));
    return out;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()) : QStringLiteral("?\n");
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir temp;
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temp.path();
    const qint64 megabytes = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1024;
    QDir().mkpath(dir);
    const QString defaultBundle =
        QCoreApplication::applicationDirPath() + QStringLiteral("/default.okuw");
    const QString signedPath = dir + QStringLiteral("/signed-%1.okuw").arg(megabytes);
    const QString unsignedPath = dir + QStringLiteral("/unsigned-%1.okuw").arg(megabytes);

    core::SecretKey key;
    core::SecretKey::generate(QStringLiteral("Bench publisher"), &key);
    QElapsedTimer t;
    t.start();
    const qint64 blob = megabytes * 1024 * 1024;
    if (!QFile::exists(signedPath) && !writeBundle(signedPath, blob, &key))
        return 1;
    if (!QFile::exists(unsignedPath) && !writeBundle(unsignedPath, blob, nullptr))
        return 1;
    std::printf("load average at start: %s", qPrintable(loadAverage()));
    std::printf("bundles ready in %.1f s: signed %.1f MB, unsigned %.1f MB, default %.1f MB\n",
                t.elapsed() / 1000.0, QFileInfo(signedPath).size() / 1048576.0,
                QFileInfo(unsignedPath).size() / 1048576.0,
                QFileInfo(defaultBundle).size() / 1048576.0);

    const VerifyTimes small = timeVerify(defaultBundle, 9);
    const VerifyTimes large = timeVerify(signedPath, 3);
    bool failed = false;
    if (!small.ok || !large.ok) {
        std::fprintf(stderr, "%s did not verify\n",
                     qPrintable(small.ok ? signedPath : defaultBundle));
        failed = true;
    }

    QTemporaryDir profileDir;
    ui::Profile profile(core::UserPaths::inFolder(profileDir.path()));
    QList<double> openSigned, openUnsigned, slideSigned, slideUnsigned, checkSigned, checkUnsigned,
        stallSigned, stallUnsigned;
    for (int i = 0; i < 3; ++i) {
        for (bool isSigned : {true, false}) {
            const ViewerTimes v = timeViewer(profile, isSigned ? signedPath : unsignedPath);
            if (!v.problem.isEmpty()) {
                std::fprintf(stderr, "viewer: %s\n", qPrintable(v.problem));
                failed = true;
            }
            (isSigned ? openSigned : openUnsigned) << v.open;
            (isSigned ? slideSigned : slideUnsigned) << v.firstSlide;
            (isSigned ? checkSigned : checkUnsigned) << v.checked;
            (isSigned ? stallSigned : stallUnsigned) << v.worstStall;
        }
    }

    std::printf("load average at end: %s", qPrintable(loadAverage()));
    const QString mb = QStringLiteral("%1 MB").arg(megabytes);
    std::printf("\n%-58s %12s %12s\n", "verify (median)", "default", qPrintable(mb));
    std::printf("%-58s %9.2f ms %9.2f ms\n", "signature over the stored digest (with open)",
                small.signature, large.signature);
    std::printf("%-58s %9.2f ms %9.2f ms\n", "content digest, blobs by stored SHA-256",
                small.stored, large.stored);
    std::printf("%-58s %9.2f ms %9.2f ms\n", "content digest, every blob re-hashed (verify)",
                small.full, large.full);
    std::printf("%-58s %9.2f ms %9.2f ms\n", "  the same, CPU time of the thread", small.fullCpu,
                large.fullCpu);
    std::printf("\n%-58s %12s %12s\n",
                qPrintable(QStringLiteral("viewer, %1 bundle (median)").arg(mb)), "signed",
                "unsigned");
    std::printf("%-58s %9.1f ms %9.1f ms\n", "openBundle() returns", median(openSigned),
                median(openUnsigned));
    std::printf("%-58s %9.1f ms %9.1f ms\n", "time to first slide", median(slideSigned),
                median(slideUnsigned));
    std::printf("%-58s %9.1f ms %9.1f ms\n", "open until the background check reported",
                median(checkSigned), median(checkUnsigned));
    std::printf("%-58s %9.1f ms %9.1f ms\n", "longest GUI stall after open (5 ms ticks)",
                median(stallSigned), median(stallUnsigned));
    if (failed)
        std::fprintf(stderr,
                     "\nFAILED: a bundle did not verify or was refused; the figures "
                     "above are not valid (bundles kept in %s from an older run? "
                     "delete them)\n",
                     qPrintable(dir));
    return failed ? 1 : 0;
}
