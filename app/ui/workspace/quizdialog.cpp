#include "quizdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace okuw::ui {

namespace {

// Green for right, red for wrong, as dark as the window is light (or as
// light as it is dark), so the verdict reads on any theme.
QColor verdictColour(bool right, const QPalette &palette)
{
    const bool darkTheme = palette.color(QPalette::Window).lightnessF() < 0.5;
    const QColor base = right ? QColor(0x1b, 0x7a, 0x32) : QColor(0xb3, 0x26, 0x1e);
    return darkTheme ? base.lighter(190) : base;
}

} // namespace

QuizDialog::QuizDialog(const QString &moduleTitle, const QList<core::Question> &questions,
                       std::function<void(const QuizScore &, const QList<QList<int>> &)> finished,
                       QWidget *parent)
    : QDialog(parent), m_moduleTitle(moduleTitle), m_questions(questions),
      m_finished(std::move(finished))
{
    setWindowTitle(tr("Knowledge check — %1").arg(moduleTitle));
    auto *layout = new QVBoxLayout(this);
    m_history = new QLabel(this);
    m_history->setObjectName(QStringLiteral("quizHistory"));
    m_history->setForegroundRole(QPalette::PlaceholderText);
    m_history->hide();
    m_review = new QLabel(this);
    m_review->setObjectName(QStringLiteral("quizReview"));
    m_review->setWordWrap(true);
    m_review->setTextFormat(Qt::RichText);
    m_review->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_review->hide();
    m_review->setAccessibleName(tr("Answers to look at again"));
    connect(m_review, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("slide:"))) {
            emit slideRequested(link.mid(6).toLongLong());
            accept();
        }
    });
    m_progress = new QLabel(this);
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    QFont f = m_prompt->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    m_prompt->setFont(f);
    m_choiceBox = new QWidget(this);
    m_choiceLayout = new QVBoxLayout(m_choiceBox);
    m_choiceLayout->setContentsMargins(12, 4, 4, 4);
    m_group = new QButtonGroup(this);
    m_feedback = new QLabel(this);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::RichText);
    m_feedback->setMinimumHeight(60);
    auto *buttons = new QDialogButtonBox(this);
    m_retry = buttons->addButton(tr("Try again"), QDialogButtonBox::ActionRole);
    m_action = buttons->addButton(tr("Check answer"), QDialogButtonBox::AcceptRole);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_action->setDefault(true);
    connect(m_action, &QPushButton::clicked, this, [this] { m_checked ? next() : check(); });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_index = 0;
        m_skipped = 0;
        m_answers.clear();
        showQuestion();
    });
    layout->addWidget(m_history);
    layout->addWidget(m_progress);
    layout->addWidget(m_prompt);
    layout->addWidget(m_choiceBox);
    layout->addWidget(m_feedback, 1);
    layout->addWidget(m_review, 1);
    layout->addWidget(buttons);
    resize(640, 460);
    showQuestion();
}

void QuizDialog::setHistory(const QString &text)
{
    m_history->setText(text);
    m_history->setVisible(!text.isEmpty());
}

void QuizDialog::startAt(int index)
{
    if (index <= 0 || index >= m_questions.size() || !m_answers.isEmpty() || m_checked)
        return;
    m_index = index;
    m_skipped = index;
    for (int i = 0; i < index; ++i)
        m_answers.append(QList<int>{});
    showQuestion();
}

void QuizDialog::setTeachingLookup(std::function<Teaching(const core::Question &)> lookup)
{
    m_teaching = std::move(lookup);
}

QString QuizDialog::reviewText() const
{
    return m_review->text();
}

void QuizDialog::showQuestion()
{
    m_checked = false;
    m_retry->setVisible(false);
    m_action->setVisible(true);
    m_review->hide();
    m_review->clear();
    m_feedback->show();
    m_feedback->clear();
    qDeleteAll(m_buttons);
    m_buttons.clear();
    if (m_questions.isEmpty()) {
        m_progress->clear();
        m_prompt->setText(tr("This module has no questions in this language."));
        m_action->setEnabled(false);
        return;
    }
    if (isShowingScore())
        return showScore();
    const core::Question &q = m_questions[m_index];
    m_progress->setText(tr("Question %1 of %2").arg(m_index + 1).arg(m_questions.size()) +
                        (q.multiple ? tr(" — choose all that apply") : QString()));
    m_prompt->setText(q.prompt);
    m_group->setExclusive(!q.multiple);
    for (int i = 0; i < q.choices.size(); ++i) {
        QAbstractButton *b = q.multiple ? static_cast<QAbstractButton *>(new QCheckBox(m_choiceBox))
                                        : new QRadioButton(m_choiceBox);
        b->setText(q.choices[i]);
        m_group->addButton(b, i);
        m_choiceLayout->addWidget(b);
        b->show(); // now, so that it can take the focus below
        m_buttons.append(b);
    }
    m_action->setText(tr("Check answer"));
    m_action->setEnabled(true);
    // Tab goes from the answers to Check, then Try again and Close.
    QWidget *previous = nullptr;
    for (QWidget *w : QList<QWidget *>(m_buttons.cbegin(), m_buttons.cend()) +
                          QList<QWidget *>{m_action, m_retry, m_close}) {
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }
    if (!m_buttons.isEmpty())
        m_buttons.first()->setFocus(Qt::TabFocusReason);
}

QList<int> QuizDialog::chosen() const
{
    QList<int> result;
    for (int i = 0; i < m_buttons.size(); ++i) {
        if (m_buttons[i]->isChecked())
            result.append(i);
    }
    return result;
}

void QuizDialog::choose(const QList<int> &indexes)
{
    for (int i = 0; i < m_buttons.size(); ++i)
        m_buttons[i]->setChecked(indexes.contains(i));
}

void QuizDialog::check()
{
    if (m_checked || isShowingScore() || m_questions.isEmpty())
        return;
    const core::Question &q = m_questions[m_index];
    const QList<int> answer = chosen();
    if (answer.isEmpty()) {
        m_feedback->setText(tr("Choose an answer first."));
        return;
    }
    m_answers.append(answer);
    m_checked = true;
    const bool right = isCorrect(q, answer);
    for (int i = 0; i < m_buttons.size(); ++i) {
        // Frozen but not disabled: greyed-out text would hide the verdict.
        m_buttons[i]->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_buttons[i]->setFocusPolicy(Qt::NoFocus);
        // The marks say it without colour; the colour, from the palette,
        // follows a dark or high-contrast theme.
        auto mark = [&](bool correct) {
            QPalette pal = m_buttons[i]->palette();
            for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::ButtonText})
                pal.setColor(role, verdictColour(correct, palette()));
            m_buttons[i]->setPalette(pal);
            QFont f = m_buttons[i]->font();
            f.setBold(correct);
            m_buttons[i]->setFont(f);
        };
        if (q.correct.contains(i)) {
            m_buttons[i]->setText(QStringLiteral("✔ ") + q.choices[i]);
            mark(true);
        } else if (answer.contains(i)) {
            m_buttons[i]->setText(QStringLiteral("✘ ") + q.choices[i]);
            mark(false);
        }
    }
    const QString verdict =
        QStringLiteral("<b style='color:%1'>%2</b>")
            .arg(verdictColour(right, palette()).name(), right ? tr("Correct.") : tr("Not quite."));
    m_feedback->setText(verdict + QStringLiteral("<br>") + q.explanation.toHtmlEscaped());
    m_action->setText(m_index + 1 < m_questions.size() ? tr("Next question") : tr("See my score"));
    m_action->setFocus(Qt::TabFocusReason); // the answers are frozen now
}

void QuizDialog::next()
{
    if (!m_checked)
        return;
    ++m_index;
    showQuestion();
}

void QuizDialog::showScore()
{
    const QuizScore s = scoreQuiz(m_questions, m_answers);
    m_progress->setText(tr("Done"));
    m_prompt->setText(tr("Your score: %1 of %2").arg(s.score).arg(s.total));
    m_feedback->setText(s.score == s.total
                            ? tr("Every answer was right.")
                            : tr("Look at the slides again and try once more when you like."));
    // The questions that were wrong, each with where it is taught.
    QStringList wrong;
    for (int i = m_skipped; i < m_questions.size(); ++i) {
        if (isCorrect(m_questions[i], m_answers.value(i)))
            continue;
        QString line = QStringLiteral("<li>%1").arg(m_questions[i].prompt.toHtmlEscaped());
        const Teaching t = m_teaching ? m_teaching(m_questions[i]) : Teaching{};
        if (t.slideId != 0)
            line += QStringLiteral("<br>%1 <a href=\"slide:%2\">%3</a>")
                        .arg(tr("Read again:").toHtmlEscaped())
                        .arg(t.slideId)
                        .arg(t.label.toHtmlEscaped());
        wrong << line + QStringLiteral("</li>");
    }
    if (!wrong.isEmpty()) {
        m_review->setText(QStringLiteral("<p>%1</p><ul>%2</ul>")
                              .arg(tr("Answered wrongly:").toHtmlEscaped(), wrong.join(QString())));
        m_review->show();
    }
    m_action->setVisible(false);
    m_retry->setVisible(true);
    m_retry->setFocus(Qt::TabFocusReason);
    if (m_skipped > 0) {
        // Begun at a later question: not a whole attempt, so not recorded.
        m_prompt->setText(tr("Right: %1 of the %2 questions answered")
                              .arg(s.score)
                              .arg(m_questions.size() - m_skipped));
        m_feedback->setText(tr("You began at question %1. Try again to answer them all and get "
                               "a score.")
                                .arg(m_skipped + 1));
    } else if (m_finished) {
        m_finished(s, m_answers);
    }
}

QString QuizDialog::feedbackText() const
{
    return m_feedback->text();
}

} // namespace okuw::ui
