// A viewer as a participant starts it: the main window with every feature
// installed (workspace, presenter, search, language menu, review notice),
// a fresh profile, the interface in `lang`, the default bundle open.
#pragma once

#include "ui/mainwindow.h"

#include <QString>
#include <memory>

namespace okuw::ui {
class Workspace;
class SearchPanel;
} // namespace okuw::ui

namespace okuw::test {

struct Session
{
    // `fresh`: forget every setting and note first (else the window
    // reopens with what the previous Session left, as at a new start).
    explicit Session(const QString &lang = QStringLiteral("en"), bool fresh = true);
    ~Session();

    std::unique_ptr<ui::MainWindow> window;
    ui::Workspace *workspace = nullptr;
    ui::SearchPanel *search = nullptr;

    // Shows the window and waits until it is active and has the keys.
    void showActive();
};

// The module of the default bundle with this slug prefix ("international").
qint64 moduleId(const ui::MainWindow &w, const QString &slugPart);

} // namespace okuw::test
