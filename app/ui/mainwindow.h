// The viewer's main window.
#pragma once

#include <QMainWindow>

#include <memory>

class QListWidget;
class QLabel;

namespace okuw::core {
class Bundle;
}

namespace okuw::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a bundle; on failure shows a dialog naming the file and the
    // reason, and keeps what was open before. Returns success.
    bool openBundle(const QString &path, bool showErrors = true);
    std::shared_ptr<core::Bundle> bundle() const { return m_bundle; }
    QString lastError() const { return m_lastError; }

private:
    void showBundle();

    std::shared_ptr<core::Bundle> m_bundle;
    QString m_lastError;
    QLabel *m_title = nullptr;
    QListWidget *m_modules = nullptr;
};

} // namespace okuw::ui
