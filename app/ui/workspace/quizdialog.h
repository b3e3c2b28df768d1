// A module's knowledge check: one question at a time, feedback and the
// explanation after each answer, the score at the end, and retry.
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

    // For tests: pick choices of the current question, then check().
    void choose(const QList<int> &indexes);
    void check();
    void next();
    int currentIndex() const { return m_index; }
    QString feedbackText() const;
    bool isShowingScore() const { return m_index >= m_questions.size(); }

private:
    void showQuestion();
    void showScore();
    QList<int> chosen() const;

    QString m_moduleTitle;
    QList<core::Question> m_questions;
    std::function<void(const QuizScore &, const QList<QList<int>> &)> m_finished;
    QList<QList<int>> m_answers;
    int m_index = 0;
    bool m_checked = false;

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
