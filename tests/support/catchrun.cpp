#define CATCH_CONFIG_RUNNER
#include "catchrun.h"

#include <catch2/catch.hpp>

namespace okuw::test {

int runCatch(int argc, char **argv)
{
    return Catch::Session().run(argc, argv);
}

} // namespace okuw::test
