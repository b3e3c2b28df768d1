#include "quizlogic.h"

#include <QSet>

namespace okuw::ui {

bool isCorrect(const core::Question &question, const QList<int> &chosen)
{
    if (question.correct.isEmpty())
        return false;
    const QSet<int> picked(chosen.begin(), chosen.end());
    const QSet<int> right(question.correct.begin(), question.correct.end());
    if (!question.multiple && picked.size() != 1)
        return false;
    return picked == right;
}

QuizScore scoreQuiz(const QList<core::Question> &questions, const QList<QList<int>> &answers)
{
    QuizScore s;
    s.total = int(questions.size());
    for (int i = 0; i < questions.size(); ++i) {
        if (i < answers.size() && isCorrect(questions[i], answers[i]))
            ++s.score;
    }
    return s;
}

} // namespace okuw::ui
