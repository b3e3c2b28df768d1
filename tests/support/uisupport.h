// Helpers for tests of the viewer's widgets.
#pragma once

#include "ui/profile.h"

#include <QString>
#include <memory>

namespace okuw::test {

// The program's shared Profile, in a scratch folder of its own. Tests that
// need a clean slate call resetProfile() first.
ui::Profile &profile();
// Forgets every setting and empties the user store of the shared profile.
void resetProfile();
// A separate profile whose files live in `dir` (two windows, one store...).
std::unique_ptr<ui::Profile> makeProfile(const QString &dir);

} // namespace okuw::test
