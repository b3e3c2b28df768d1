// Runs Catch2's session. Catch2 2.x is header-only and its runner is the
// slowest part of the suite to compile (about a minute per file), so it is
// compiled once, in catchrun.cpp, and every test main calls it from here.
#pragma once

namespace okuw::test {

int runCatch(int argc, char **argv);

} // namespace okuw::test
