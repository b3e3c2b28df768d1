// Help > Trusted Publishers: the publisher keys whose signatures the viewer
// names ("Signed by <publisher>"); add a key file, remove a key. The list
// lives in ui::Settings.
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace okuw::ui {

class Settings;

class TrustedKeysDialog : public QDialog
{
    Q_OBJECT
public:
    TrustedKeysDialog(Settings &settings, QWidget *parent = nullptr);

    // Adds the public key in `path`; false and a message shown in the dialog
    // (naming the file) when it is not one.
    bool addKeyFile(const QString &path);
    void removeSelected();
    QListWidget *list() const { return m_list; }
    QString message() const;

Q_SIGNALS:
    void keysChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    Settings &m_settings;
    QLabel *m_intro;
    QListWidget *m_list;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_close;
};

} // namespace okuw::ui
