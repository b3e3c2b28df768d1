// "Export my notes": which notes (a dialog with a plain choice, not a
// combo), where the save dialog starts (the user's Documents folder), and
// after saving a bar in the window that says where the file is, with
// "Open" and "Show in folder" (both through QDesktopServices).
#pragma once

#include <QDialog>
#include <QFrame>

class QLabel;
class QPushButton;
class QRadioButton;

namespace okuw::ui {

// Where the save dialog starts: the Documents folder when it exists, else
// the home folder.
QString exportStartFolder();

class ExportChoiceDialog : public QDialog
{
    Q_OBJECT
public:
    // `moduleTitle` empty: no module is open, only "all" can be chosen.
    ExportChoiceDialog(const QString &moduleTitle, QWidget *parent = nullptr);
    bool onlyThisModule() const;
    QRadioButton *allButton() const { return m_all; }
    QRadioButton *moduleButton() const { return m_module; }

private:
    QRadioButton *m_all;
    QRadioButton *m_module;
};

// The bar shown after an export: "Your notes were saved to <path>".
class ExportedBar : public QFrame
{
    Q_OBJECT
public:
    explicit ExportedBar(QWidget *parent = nullptr);
    void showSaved(const QString &path);
    QString path() const { return m_path; }
    QString text() const;
    QPushButton *openButton() const { return m_open; }
    QPushButton *folderButton() const { return m_folder; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_path;
    QLabel *m_label;
    QPushButton *m_open;
    QPushButton *m_folder;
    QPushButton *m_close;
};

} // namespace okuw::ui
