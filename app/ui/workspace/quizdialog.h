// A module's knowledge check: one question at a time, feedback and the
// explanation after each answer; at the end the score, the questions that
// were wrong each with a link to the slide that teaches it, and retry. The
// last and best score of earlier attempts are shown from the start.
#pragma once

#include "quizlogic.h"

#include <QDialog>
#include <functional>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace okuw::ui {

class QuizDialog : public QDialog
{
    Q_OBJECT
public:
    // `finished` is called with each completed attempt (score and answers).
    QuizDialog(const QString &moduleTitle, const QList<core::Question> &questions,
               std::function<void(const QuizScore &, const QList<QList<int>> &)> finished,
               QWidget *parent = nullptr);

    // Earlier attempts ("Last time 3 of 5, best 4 of 5"), shown from the start.
    void setHistory(const QString &text);
    // Where a question is taught: a slide (id, "Slide 4: Article 3"), or
    // nothing. Asked for the questions answered wrongly, on the score page.
    struct Teaching
    {
        qint64 slideId = 0;
        QString label;
    };
    void setTeachingLookup(std::function<Teaching(const core::Question &)> lookup);
    // The score page's text, links included (tests).
    QString reviewText() const;
    QList<QAbstractButton *> answerButtons() const { return m_buttons; }

    // Opens at question `index` (0-based), as a search hit on it does. The
    // questions before it count as skipped: such an attempt is not recorded
    // unless "Try again" starts from the first question.
    void startAt(int index);

    // For tests: pick choices of the current question, then check().
    void choose(const QList<int> &indexes);
    void check();
    void next();
    int currentIndex() const { return m_index; }
    QString feedbackText() const;
    bool isShowingScore() const { return m_index >= m_questions.size(); }

signals:
    // A link on the score page: show this slide (the dialog closes).
    void slideRequested(qint64 slideId);

private:
    void showQuestion();
    void showScore();
    QList<int> chosen() const;

    QString m_moduleTitle;
    QList<core::Question> m_questions;
    std::function<void(const QuizScore &, const QList<QList<int>> &)> m_finished;
    QList<QList<int>> m_answers;
    int m_index = 0;
    int m_skipped = 0; // questions before the one the dialog was opened at
    bool m_checked = false;

    std::function<Teaching(const core::Question &)> m_teaching;
    QLabel *m_history;
    QLabel *m_review;
    QPushButton *m_close;
    QLabel *m_progress;
    QLabel *m_prompt;
    QWidget *m_choiceBox;
    QVBoxLayout *m_choiceLayout;
    QButtonGroup *m_group;
    QList<QAbstractButton *> m_buttons;
    QLabel *m_feedback;
    QPushButton *m_action;
    QPushButton *m_retry;
};

} // namespace okuw::ui
