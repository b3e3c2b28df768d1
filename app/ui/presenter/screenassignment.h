// Which screen shows the audience view and which the console. A pure
// function of the screens' names, sizes and which one is the laptop's own
// (primary), so one, two, three screens and hot-plugging are tested without
// any display.
#pragma once

#include <QList>
#include <QRect>
#include <QString>

namespace okuw::ui {

struct ScreenInfo
{
    QString name;
    QRect geometry;
    bool primary = false;
};

struct ScreenAssignment
{
    int audience = -1; // index into the list given, -1 when there is no screen
    int console = -1;
    bool singleScreen() const { return audience >= 0 && audience == console; }
    bool operator==(const ScreenAssignment &) const = default;
};

// The console goes on the primary screen (the first one if none is marked);
// the audience view on the largest other screen (on ties, the first listed).
// With one screen both share it. `swapped` exchanges the two.
ScreenAssignment assignScreens(const QList<ScreenInfo> &screens, bool swapped = false);

} // namespace okuw::ui
