// The talk's clock: elapsed time that can be paused, resumed and reset, and
// the pace against the module's planned duration.
//
// The time comes from an injectable clock (milliseconds), so tests step it
// by hand instead of sleeping.
#pragma once

#include <QString>
#include <functional>

namespace okuw::ui {

class PresenterTimer
{
public:
    using Clock = std::function<qint64()>; // a monotonic time in ms

    // Without a clock: QElapsedTimer's monotonic clock.
    explicit PresenterTimer(Clock clock = {});

    void start(); // from zero, running
    void pause();
    void resume();
    void toggle(); // pause when running, resume when paused
    void reset();  // back to zero; keeps running or paused as it was

    bool isRunning() const { return m_running; }
    qint64 elapsedMs() const;

private:
    Clock m_clock;
    bool m_running = false;
    qint64 m_since = 0;  // clock value when last resumed
    qint64 m_banked = 0; // elapsed before the last resume
};

enum class Pace {
    None, // no planned duration
    OnTime,
    Behind,  // fewer slides shown than the time used would want
    OverTime // the planned duration has run out
};

// `current` is 0-based, of `count` slides. Behind means the share of the
// time used runs more than 10 points ahead of the share of slides reached.
Pace pace(qint64 elapsedMs, int durationMinutes, int current, int count);

// Milliseconds left of `durationMinutes` (negative when over).
qint64 remainingMs(qint64 elapsedMs, int durationMinutes);

// "12:05", "1:02:05" and "-3:10" for negative values.
QString formatDuration(qint64 ms);

} // namespace okuw::ui
