// A small notice in the status bar while a slide or handout page is shown in a
// language whose translation of that module a lawyer who speaks it has not yet
// reviewed (`unreviewed_translation` in module.yaml). It tells a participant,
// without interrupting the lesson, to check the legal wording elsewhere.
#pragma once

#include <QLabel>
#include <QStringList>

namespace okuw::ui {

class MainWindow;

class ReviewNotice : public QLabel
{
    Q_OBJECT
public:
    explicit ReviewNotice(MainWindow *window);

    // The module and language shown now, or an empty language when nothing
    // is shown; the notice hides unless that pair awaits review.
    void showFor(qint64 moduleId, const QString &lang);

private:
    void reloadModules();
    void retranslate();

    MainWindow *m_window;
    QHash<qint64, QStringList> m_unreviewed; // module id -> languages
    QString m_lang;                          // language of the notice shown, or empty
};

// Adds the notice to the window's status bar and keeps it in step with what
// the window shows.
void installReviewNotice(MainWindow *window);

} // namespace okuw::ui
