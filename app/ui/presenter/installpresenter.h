// Hooks the slide show into the main window: a Slide Show menu, a toolbar
// button, F5 (from the first slide) and Shift+F5 (from the current one).
#pragma once

namespace okuw::ui {

class MainWindow;
class Presenter;

// The presenter lives as long as the window (it is the window's child).
Presenter *installPresenter(MainWindow *window);

} // namespace okuw::ui
