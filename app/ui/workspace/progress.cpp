#include "progress.h"

#include "core/bundle.h"
#include "ui/mainwindow.h"
#include "ui/profile.h"

namespace okuw::ui {

Progress::Progress(MainWindow *window, int seenAfterMs)
    : QObject(window), m_window(window), m_seenAfterMs(seenAfterMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const auto bundle = m_window->bundle();
        if (!bundle || !m_pending.isValid() || m_pending != m_window->currentItem())
            return;
        if (m_window->profile().store().markSeen(bundle->info().id, m_pending)) {
            if (const auto m = bundle->moduleBySlug(m_pending.module))
                update(m->id);
        }
    });
    connect(window, &MainWindow::bundleOpened, this, [this] {
        m_timer.stop();
        m_pending = {};
        updateAll();
    });
    connect(window, &MainWindow::slideShown, this, &Progress::onSlideShown);
    connect(window, &MainWindow::documentPageShown, this, &Progress::onPageShown);
    connect(window, &MainWindow::contentLanguageChanged, this, &Progress::updateAll);
}

void Progress::onSlideShown(const core::Slide &)
{
    m_pending = m_window->currentItem();
    m_timer.start(m_seenAfterMs);
}

void Progress::onPageShown(qint64 documentId, int)
{
    m_timer.stop();
    const auto bundle = m_window->bundle();
    const core::ItemRef item = m_window->currentItem();
    if (bundle && item.isValid() && m_window->profile().store().markSeen(bundle->info().id, item)) {
        if (const auto doc = bundle->document(documentId))
            update(doc->moduleId);
    }
}

QString Progress::badge(qint64 id) const
{
    const auto bundle = m_window->bundle();
    const auto module = bundle ? bundle->module(id) : std::nullopt;
    if (!module)
        return {};
    const core::UserStore &store = m_window->profile().store();
    const QString bundleId = bundle->info().id;
    // Counted in the deck the reader sees: the content language's, or the
    // one that stands in for it.
    const QList<core::Slide> slides = bundle->slides(id, m_window->content().deckLanguage(*module));
    const auto seen = store.seen(bundleId, module->slug);
    QStringList parts;
    if (!slides.isEmpty() && seen.ok()) {
        int seenCount = 0;
        for (const core::ItemRef &ref : m_window->slideItems(slides))
            seenCount += seen.value.contains(ref.toString());
        parts << tr("%1/%2 seen").arg(seenCount).arg(slides.size());
    }
    const auto attempts = store.quizAttempts(bundleId, module->slug);
    if (attempts.ok() && !attempts.value.isEmpty()) {
        core::QuizAttempt best = attempts.value.first();
        for (const core::QuizAttempt &a : attempts.value) {
            if (a.total > 0 && (best.total == 0 || a.score * best.total > best.score * a.total))
                best = a;
        }
        parts << tr("quiz best %1/%2, last %3/%4")
                     .arg(best.score)
                     .arg(best.total)
                     .arg(attempts.value.last().score)
                     .arg(attempts.value.last().total);
    }
    return parts.join(QStringLiteral(" · "));
}

void Progress::update(qint64 id)
{
    if (id)
        m_window->setModuleBadge(id, badge(id));
}

void Progress::updateAll()
{
    if (const auto bundle = m_window->bundle()) {
        for (const core::ModuleInfo &m : bundle->modules())
            update(m.id);
    }
}

} // namespace okuw::ui
