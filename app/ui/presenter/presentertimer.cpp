#include "presentertimer.h"

#include <QElapsedTimer>
#include <memory>

namespace okuw::ui {

PresenterTimer::PresenterTimer(Clock clock) : m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_clock = [timer] { return timer->elapsed(); };
    }
}

void PresenterTimer::start()
{
    m_banked = 0;
    m_since = m_clock();
    m_running = true;
}

void PresenterTimer::pause()
{
    if (!m_running)
        return;
    m_banked += m_clock() - m_since;
    m_running = false;
}

void PresenterTimer::resume()
{
    if (m_running)
        return;
    m_since = m_clock();
    m_running = true;
}

void PresenterTimer::toggle()
{
    if (m_running)
        pause();
    else
        resume();
}

void PresenterTimer::reset()
{
    m_banked = 0;
    m_since = m_clock();
}

qint64 PresenterTimer::elapsedMs() const
{
    return m_banked + (m_running ? m_clock() - m_since : 0);
}

qint64 remainingMs(qint64 elapsedMs, int durationMinutes)
{
    return qint64(durationMinutes) * 60000 - elapsedMs;
}

Pace pace(qint64 elapsedMs, int durationMinutes, int current, int count)
{
    if (durationMinutes <= 0 || count <= 0)
        return Pace::None;
    if (remainingMs(elapsedMs, durationMinutes) < 0)
        return Pace::OverTime;
    const double timeShare = double(elapsedMs) / (double(durationMinutes) * 60000.0);
    const double slideShare = double(current + 1) / double(count);
    return timeShare > slideShare + 0.10 ? Pace::Behind : Pace::OnTime;
}

QString formatDuration(qint64 ms)
{
    const bool negative = ms < 0;
    qint64 s = (negative ? -ms : ms) / 1000;
    const qint64 h = s / 3600;
    const qint64 m = (s / 60) % 60;
    s %= 60;
    QString out = h > 0 ? QStringLiteral("%1:%2:%3")
                              .arg(h)
                              .arg(m, 2, 10, QLatin1Char('0'))
                              .arg(s, 2, 10, QLatin1Char('0'))
                        : QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + out : out;
}

} // namespace okuw::ui
