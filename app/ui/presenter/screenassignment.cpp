#include "screenassignment.h"

namespace okuw::ui {

ScreenAssignment assignScreens(const QList<ScreenInfo> &screens, bool swapped)
{
    ScreenAssignment a;
    if (screens.isEmpty())
        return a;
    a.console = 0;
    for (int i = 0; i < screens.size(); ++i) {
        if (screens[i].primary) {
            a.console = i;
            break;
        }
    }
    qint64 bestArea = -1;
    for (int i = 0; i < screens.size(); ++i) {
        if (i == a.console)
            continue;
        const QRect &g = screens[i].geometry;
        const qint64 area = qint64(g.width()) * g.height();
        if (area > bestArea) {
            bestArea = area;
            a.audience = i;
        }
    }
    if (a.audience < 0)
        a.audience = a.console;
    else if (swapped)
        std::swap(a.audience, a.console);
    return a;
}

} // namespace okuw::ui
