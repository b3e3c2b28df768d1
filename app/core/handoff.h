// Work handed to another thread through Qt's thread pool, in a way
// ThreadSanitizer can follow.
//
// Qt is not built with ThreadSanitizer, so the locks inside QThreadPool and
// QFutureInterface are invisible to it: what one thread wrote before
// starting a task, and what the task wrote before its future finished,
// would be reported as races although Qt orders them. runOnPool() makes the
// same hand-overs visible with the sanitizer's acquire/release marks (one
// shared mark, so it may hide a race between two tasks but never invents
// one); in other builds the marks are nothing.
//
// Use runOnPool() instead of QtConcurrent::run(), and call
// tookHandOver() first in the slot that reads the future's result.
#pragma once

#include <QFuture>
#include <QFutureInterface>
#include <QThreadPool>
#include <functional>
#include <utility>

#if defined(__SANITIZE_THREAD__)
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace okuw::core {

namespace detail {
inline char handOverMark;
} // namespace detail

// What this thread wrote is for whoever calls tookHandOver() next.
inline void handOver()
{
#if defined(__SANITIZE_THREAD__)
    __tsan_release(&detail::handOverMark);
#endif
}

// What another thread wrote before handOver() is ours to read.
inline void tookHandOver()
{
#if defined(__SANITIZE_THREAD__)
    __tsan_acquire(&detail::handOverMark);
#endif
}

// Runs work on the global pool; the future has its result.
template <typename T> QFuture<T> runOnPool(std::function<T()> work)
{
    QFutureInterface<T> promise;
    promise.reportStarted();
    QFuture<T> future = promise.future();
    std::function<void()> task = [promise, work = std::move(work)]() mutable {
        tookHandOver(); // before the captures are read
        promise.reportResult(work());
        handOver();
        promise.reportFinished();
    };
    handOver(); // after the captures are written
    QThreadPool::globalInstance()->start(std::move(task));
    return future;
}

} // namespace okuw::core
