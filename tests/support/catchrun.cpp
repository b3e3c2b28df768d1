#define CATCH_CONFIG_RUNNER
#include "catchrun.h"

#include <catch2/catch.hpp>

#if defined(__SANITIZE_THREAD__)
#include <cstdarg>
#include <dlfcn.h>
#include <sys/types.h>
#endif

namespace okuw::test {

int runCatch(int argc, char **argv)
{
    return Catch::Session().run(argc, argv);
}

} // namespace okuw::test

#if defined(__SANITIZE_THREAD__)
// ThreadSanitizer build only (the tsan preset). QProcess starts a program
// with clone(CLONE_VM | CLONE_VFORK). GCC 12's ThreadSanitizer intercepts
// clone and runs its after-fork bookkeeping in the child as well as in the
// parent; with CLONE_VM the child shares the parent's memory, so the
// parent's "ignore interceptors" counter is decremented twice and stays
// negative. From then on the thread's mutex operations are invisible to
// ThreadSanitizer and every hand-over through a mutex reports as a race (seen
// with a watchpoint on that counter after the first QProcess of a test).
// This definition takes the place of the sanitizer's for the calls Qt makes,
// and passes them to the C library: the child only calls execve, the parent
// waits for it, so there is nothing for ThreadSanitizer to follow. It lives
// here because every test program links this file.
extern "C" int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...)
{
    va_list ap;
    va_start(ap, arg);
    pid_t *parentTid = va_arg(ap, pid_t *);
    void *tls = va_arg(ap, void *);
    pid_t *childTid = va_arg(ap, pid_t *);
    va_end(ap);
    using Clone = int (*)(int (*)(void *), void *, int, void *, ...);
    static const Clone real = [] {
        void *libc = dlopen("libc.so.6", RTLD_NOW | RTLD_NOLOAD);
        return reinterpret_cast<Clone>(libc ? dlsym(libc, "clone") : nullptr);
    }();
    return real(fn, stack, flags, arg, parentTid, tls, childTid);
}
#endif
