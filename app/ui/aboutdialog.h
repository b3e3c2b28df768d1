// Help > About: the version, the open bundle (title, version, publisher,
// build time), where the user's data is kept with a button that opens that
// folder, and the licences of Okuw and of what it embeds.
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace okuw::ui {

class MainWindow;

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(MainWindow *window);

    // How the folder is shown in the platform's file manager: the program
    // and its arguments (Explorer on Windows, open on macOS, xdg-open
    // elsewhere). Started as a program, never through a URL handler.
    struct Command
    {
        QString program;
        QStringList arguments;
    };
    static Command fileManagerCommand(const QString &folder);

    // The data folder shown and the button that opens it, for tests.
    QString dataFolder() const { return m_dataFolder; }
    QPushButton *openFolderButton() const { return m_openFolder; }

protected:
    void changeEvent(QEvent *event) override; // LanguageChange -> retranslate

private:
    void retranslate();
    QString bundleHtml() const;
    QString dataHtml() const;
    QString licencesHtml() const;
    void openDataFolder();

    MainWindow *m_window;
    QString m_dataFolder;
    QTabWidget *m_tabs;
    QLabel *m_title;
    QLabel *m_bundle;
    // The bundle's signature: MainWindow::signatureStatus(), as the status bar
    // shows it. Hidden when no bundle is open.
    QLabel *m_signature;
    QLabel *m_data;
    QPushButton *m_openFolder;
    QLabel *m_openFailed;
    QTextBrowser *m_licences;
    QPushButton *m_aboutQt;
    QPushButton *m_close;
};

// Shows the dialog for `window` (modal to it) and deletes it when closed.
void showAboutDialog(MainWindow *window);

} // namespace okuw::ui
