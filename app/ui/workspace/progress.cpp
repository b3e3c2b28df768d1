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
        if (m_window->profile().store().markSeen(m_window->userDataKey(), m_pending)) {
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
    if (bundle && item.isValid() &&
        m_window->profile().store().markSeen(m_window->userDataKey(), item)) {
        if (const auto doc = bundle->document(documentId))
            update(doc->moduleId);
    }
}

Progress::Summary Progress::summary(qint64 id) const
{
    Summary sum;
    const auto bundle = m_window->bundle();
    const auto module = bundle ? bundle->module(id) : std::nullopt;
    if (!module)
        return sum;
    const core::UserStore &store = m_window->profile().store();
    const QString bundleId = m_window->userDataKey();
    // Counted in the deck the reader sees: the content language's, or the
    // one that stands in for it.
    const QList<core::Slide> slides = bundle->slides(id, m_window->content().deckLanguage(*module));
    const auto seen = store.seen(bundleId, module->slug);
    sum.slides = int(slides.size());
    if (seen.ok())
        for (const core::ItemRef &ref : m_window->slideItems(slides))
            sum.seen += seen.value.contains(ref.toString());
    const auto attempts = store.quizAttempts(bundleId, module->slug);
    if (attempts.ok() && !attempts.value.isEmpty()) {
        core::QuizAttempt best = attempts.value.first();
        for (const core::QuizAttempt &a : attempts.value) {
            if (a.total > 0 && (best.total == 0 || a.score * best.total > best.score * a.total))
                best = a;
        }
        sum.attempts = int(attempts.value.size());
        sum.best = {best.score, best.total};
        sum.last = {attempts.value.last().score, attempts.value.last().total};
    }
    return sum;
}

QString Progress::badge(qint64 id) const
{
    const Summary s = summary(id);
    QStringList parts;
    if (s.slides > 0)
        parts << QStringLiteral("%1/%2").arg(s.seen).arg(s.slides);
    if (s.attempts > 0)
        parts << tr("quiz %1/%2").arg(s.best.score).arg(s.best.total);
    return parts.join(QStringLiteral(" · "));
}

QString Progress::details(qint64 id) const
{
    const Summary s = summary(id);
    QStringList lines;
    if (s.slides > 0)
        lines << tr("%1 of %n slide(s) seen", nullptr, s.slides).arg(s.seen);
    if (s.attempts > 0)
        lines << tr("Knowledge check: best %1/%2, last %3/%4")
                     .arg(s.best.score)
                     .arg(s.best.total)
                     .arg(s.last.score)
                     .arg(s.last.total);
    else
        lines << tr("Knowledge check not taken yet");
    return lines.join(QLatin1Char('\n'));
}

void Progress::update(qint64 id)
{
    if (id)
        m_window->setModuleBadge(id, badge(id), details(id));
}

void Progress::updateAll()
{
    if (const auto bundle = m_window->bundle()) {
        for (const core::ModuleInfo &m : bundle->modules())
            update(m.id);
    }
}

} // namespace okuw::ui
