// Scoring knowledge checks: pure functions, no widgets, so they are tested
// directly. A question counts as right only when exactly the correct
// choices are picked (no partial credit for multiple choice).
#pragma once

#include "core/types.h"

namespace okuw::ui {

bool isCorrect(const core::Question &question, const QList<int> &chosen);

struct QuizScore
{
    int score = 0;
    int total = 0;
};

// answers[i] belongs to questions[i]; a missing answer counts as wrong.
QuizScore scoreQuiz(const QList<core::Question> &questions, const QList<QList<int>> &answers);

// "best 4/5, last 3/5" data from stored attempts.
struct QuizSummary
{
    int attempts = 0;
    QuizScore best;
    QuizScore last;
};

} // namespace okuw::ui
