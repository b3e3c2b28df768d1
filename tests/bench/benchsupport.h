// What every benchmark program needs: the median of several runs, timing a
// run, and this process's memory. Linux-only figures read /proc and are 0
// elsewhere.
#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <algorithm>

namespace okuw::bench {

// The middle value (the upper middle of an even count); 0 for none.
inline double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

// Runs f(0) … f(runs - 1) and returns the median time of one run in ms.
template <typename F> double medianMs(int runs, F &&f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f(i);
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

// A line of /proc/self/status in kB ("VmRSS", "VmHWM"), 0 if unknown.
inline qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

// Resident memory now, in MB.
inline double rssMb()
{
    return double(statusKb("VmRSS")) / 1024;
}

} // namespace okuw::bench
