// Every test program starts here: HOME, the XDG folders and Qt's standard
// paths point into a scratch folder made for this run, so no test reads or
// writes the real user's settings or notes, whatever the code under test
// asks for. Call before the Q*Application is made.
#pragma once

namespace okuw::test {

void makeHermetic();

} // namespace okuw::test
