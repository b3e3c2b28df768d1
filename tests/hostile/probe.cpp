// okuw_probe <bundle>: the viewer, driven the way a participant would drive
// it, on one bundle: open it, every module, every slide of each (up to a
// point), every document's first and last page, a search, the glossary, the
// quiz and agenda dialogs, the slide show. It measures how long the window's
// event loop was stalled — while slides and pages are drawn (which must
// happen off the GUI thread) and during the actions themselves — and prints
// one JSON line:
//   {"ok":true,"stall_while_drawing_ms":12,"longest_action_ms":80,
//    "longest_action":"open module 3","widest_window":1280,"tallest_window":800,
//    "peak_rss_kb":123456,"last_error":"..."}
// Exit 0 when it got through (whatever the bundle said), 2 on bad usage.
#include "core/bundle.h"
#include "core/digest.h"
#include "core/sqlite.h"
#include "core/userpaths.h"
#include "render/sliderenderer.h"
#include "ui/mainwindow.h"
#include "ui/pdfpageview.h"
#include "ui/pdfpane.h"
#include "ui/pdftiles.h"
#include "ui/presenter/installpresenter.h"
#include "ui/presenter/presenter.h"
#include "ui/profile.h"
#include "ui/searchpanel.h"
#include "ui/workspace/agendadialog.h"
#include "ui/workspace/glossarydialog.h"
#include "ui/workspace/quizdialog.h"
#include "ui/workspace/workspace.h"

#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>

using namespace okuw;

namespace {

// The longest gap between two ticks of a 5 ms timer: how long the event
// loop could not run.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            if (m_measuring)
                m_max = std::max(m_max, m_clock.restart());
            else
                m_clock.restart();
        });
        m_clock.start();
        m_timer.start();
    }
    // Only the time the loop spends idle-waiting counts: the probe's own
    // synchronous actions are timed separately.
    void measure(bool on)
    {
        m_measuring = on;
        m_clock.restart();
    }
    qint64 max() const { return m_max; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
    bool m_measuring = false;
};

qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

// `okuw_probe --rehash <bundle>`, for make_hostile.sh: drops the signature
// and writes a content digest that matches the changed content, as a
// malicious tool would (anyone can compute a digest; only a signature
// names who made a bundle). The variant then reaches the viewer's
// rendering instead of being refused for a changed digest.
int rehash(const char *file)
{
    core::Database db;
    QString why;
    if (!db.open(QString::fromLocal8Bit(file), core::Database::Mode::ReadWriteCreate, &why))
        return std::fprintf(stderr, "rehash: %s\n", qPrintable(why)), 0;
    db.exec("DELETE FROM signature; DELETE FROM metadata WHERE key = 'signed';");
    const core::ContentDigest digest = core::computeContentDigest(db, core::DigestMode::Stored);
    if (!digest.error.isEmpty()) // a variant the digest cannot read: left as it is
        return std::fprintf(stderr, "rehash: %s\n", qPrintable(digest.error)), 0;
    db.exec("BEGIN; DELETE FROM content_parts;");
    core::Statement hash(db, "UPDATE metadata SET value = ?1 WHERE key = 'content_hash'");
    hash.bind(1, digest.hex()).run();
    core::Statement part(db,
                         "INSERT INTO content_parts(position, part, sha256) VALUES(?1, ?2, ?3)");
    for (int i = 0; i < digest.parts.size(); ++i) {
        part.reset();
        part.bind(1, i + 1).bind(2, digest.parts[i].label);
        part.bind(3, QString::fromLatin1(digest.parts[i].sha256.toHex())).run();
    }
    db.exec("COMMIT;");
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--rehash") == 0)
        return rehash(argv[2]);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: okuw_probe <bundle>\n", stderr);
        return 2;
    }
    QTemporaryDir home;
    ui::Profile profile(core::UserPaths::inFolder(home.path()));
    ui::MainWindow window(profile);
    auto *workspace = ui::installWorkspace(&window);
    ui::Presenter *presenter = ui::installPresenter(&window);
    auto *search = qobject_cast<ui::SearchPanel *>(ui::installSearch(&window)->widget());
    window.resize(1280, 800);
    window.show();

    StallMeter stalls;
    bool timedOut = false; // something was still being drawn after 20 s
    qint64 longest = 0;
    QString longestWhat;
    int widest = 0; // a long title must not widen the window
    int tallest = 0;
    const auto act = [&](const QString &what, const std::function<void()> &f) {
        std::fprintf(stderr, "probe: %s (window %dx%d, peak RSS so far %lld KB)\n",
                     qPrintable(what), window.width(), window.height(), peakRssKb());
        QElapsedTimer t;
        t.start();
        f();
        widest = std::max(widest, window.width());
        tallest = std::max(tallest, window.height());
        if (t.elapsed() > longest) {
            longest = t.elapsed();
            longestWhat = what;
        }
    };
    // Lets the workers draw while the event loop runs, and measures it.
    const auto drawn = [&] {
        stalls.measure(true);
        const bool idle = QTest::qWaitFor(
            [&] {
                return window.slideRenderer()->pendingCount() == 0 &&
                       (!window.findChild<ui::PdfPageView *>() ||
                        window.findChild<ui::PdfPageView *>()->tiles()->waitForIdle(0));
            },
            20000);
        stalls.measure(false);
        if (!idle) {
            timedOut = true;
            std::fprintf(stderr, "probe: still drawing after 20 s: %d slide jobs\n",
                         window.slideRenderer()->pendingCount());
        }
    };

    act(QStringLiteral("open the bundle"),
        [&] { window.openBundle(QString::fromLocal8Bit(argv[1]), false); });
    drawn();
    const auto bundle = window.bundle();
    if (bundle) {
        for (const core::ModuleInfo &m : bundle->modules()) {
            act(QStringLiteral("open module %1").arg(m.position), [&] { window.openModule(m.id); });
            drawn();
            const int slides = std::min<int>(int(window.currentSlides().size()), 12);
            for (int i = 1; i < slides; ++i) {
                act(QStringLiteral("next slide"), [&] {
                    QTest::keyClick(window.findChild<QWidget *>(QStringLiteral("slideView")),
                                    Qt::Key_Right);
                });
                drawn();
            }
            for (const core::Document &d : bundle->documents(m.id)) {
                act(QStringLiteral("open document %1").arg(d.id),
                    [&] { window.openDocumentPage(d.id, 0); });
                drawn();
                if (auto *pane = window.findChild<ui::PdfPane *>(); pane && pane->isLoaded()) {
                    act(QStringLiteral("last page"), [&] { pane->setPage(pane->pageCount() - 1); });
                    drawn();
                    act(QStringLiteral("zoom in"), [&] {
                        for (int z = 0; z < 8; ++z)
                            pane->zoomIn();
                    });
                    drawn();
                }
            }
            if (m.position >= 2)
                break; // the variants change the first modules; two show every kind
        }
        QSignalSpy answered(search, &ui::SearchPanel::resultsShown);
        act(QStringLiteral("search"), [&] { search->queryEdit()->setText(QStringLiteral("a")); });
        stalls.measure(true);
        if (!answered.wait(20000))
            timedOut = true;
        stalls.measure(false);
        act(QStringLiteral("glossary"), [&] {
            ui::GlossaryDialog g(bundle->glossary(), window.content(), &window);
            g.show();
        });
        act(QStringLiteral("agenda"), [&] {
            ui::AgendaDialog a(bundle->agenda(), bundle->modules(), window.content(), {}, &window);
            a.show();
        });
        const auto modules = bundle->modules();
        if (!modules.isEmpty()) {
            const QString lang = window.content().quizLanguage(modules.first());
            act(QStringLiteral("quiz"), [&] {
                ui::QuizDialog q(
                    window.content().text(modules.first().title),
                    bundle->questions(modules.first().id, lang),
                    [](const ui::QuizScore &, const QList<QList<int>> &) {}, &window);
                q.show();
                q.choose({0, 1, 99});
                q.check();
            });
            if (window.openModule(modules.first().id) && !window.currentSlides().isEmpty()) {
                act(QStringLiteral("slide show"), [&] {
                    presenter->start(window.currentSlides(), 0, 1,
                                     render::bundleAssetLoader(bundle, modules.first().id),
                                     ui::Presenter::Mode::Rehearsal);
                });
                drawn();
                act(QStringLiteral("slide show: next"), [&] { presenter->next(); });
                drawn();
                presenter->end();
            }
        }
    }
    Q_UNUSED(workspace);
    const QJsonObject result{{QStringLiteral("ok"), !timedOut},
                             {QStringLiteral("stall_while_drawing_ms"), stalls.max()},
                             {QStringLiteral("longest_action_ms"), longest},
                             {QStringLiteral("longest_action"), longestWhat},
                             {QStringLiteral("widest_window"), widest},
                             {QStringLiteral("tallest_window"), tallest},
                             {QStringLiteral("peak_rss_kb"), peakRssKb()},
                             {QStringLiteral("last_error"), window.lastError().left(200)}};
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    window.close();
    return 0;
}
