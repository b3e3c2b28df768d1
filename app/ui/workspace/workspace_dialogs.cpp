// Workspace: the knowledge check, the glossary and the agenda.
#include "core/bundle.h"
#include "core/search.h"
#include "glossarydialog.h"
#include "progress.h"
#include "quizdialog.h"
#include "ui/mainwindow.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QRegularExpression>

namespace okuw::ui {

namespace {

// The slide of the module that best matches a question's right answer (else
// its prompt), by the bundle's search index: the slide to read again.
QuizDialog::Teaching teachingSlide(const core::Bundle &bundle, qint64 moduleId, const QString &lang,
                                   const core::Question &q)
{
    QStringList tries;
    for (int c : q.correct)
        tries << q.choices.value(c);
    tries << q.prompt;
    for (const QString &text : tries) {
        // Words of five letters or more: the ones that name the matter.
        QStringList words;
        for (const QString &w :
             text.split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts))
            if (w.size() >= 5)
                words << w;
        // All of them first, then fewer, until a slide matches.
        for (qsizetype n = words.size(); n >= 1; n = n > 3 ? 3 : n - 1) {
            core::SearchQuery query;
            query.text = words.mid(0, n).join(QLatin1Char(' '));
            query.lang = lang;
            query.moduleId = moduleId;
            query.includeGlossary = false;
            query.limit = 50; // PDF pages often rank first
            for (const core::SearchHit &h : core::search(bundle, query))
                if (h.kind == core::SearchHitKind::Slide || h.kind == core::SearchHitKind::Note)
                    return {h.slideId,
                            Workspace::tr("slide %1, “%2”").arg(h.slidePosition).arg(h.title)};
        }
    }
    return {};
}

} // namespace

void Workspace::showQuiz()
{
    if (!m_bundle)
        return;
    qint64 id = m_window->currentModuleId();
    if (!id && !m_current.module.isEmpty()) {
        if (const auto m = m_bundle->moduleBySlug(m_current.module))
            id = m->id;
    }
    runQuiz(id, 0);
}

bool Workspace::showQuestion(qint64 moduleId, qint64 questionId)
{
    return m_bundle && m_bundle->module(moduleId) && runQuiz(moduleId, questionId);
}

bool Workspace::runQuiz(qint64 id, qint64 questionId)
{
    const auto module = m_bundle->module(id);
    if (!module) {
        QMessageBox::information(m_window, tr("Knowledge check"),
                                 tr("Open a module first, then start its knowledge check."));
        return false;
    }
    const QString lang = m_window->content().quizLanguage(*module);
    const QList<core::Question> questions = m_bundle->questions(id, lang);
    // The question asked for, in the quiz's language: by id, else by key
    // (a hit in another language names that language's row).
    int startAt = -1;
    if (questionId) {
        QString key;
        for (const QString &l : m_bundle->info().languages)
            for (const core::Question &q : m_bundle->questions(id, l))
                if (q.id == questionId)
                    key = q.key;
        for (int i = 0; i < questions.size() && startAt < 0; ++i)
            if (questions[i].id == questionId || (!key.isEmpty() && questions[i].key == key))
                startAt = i;
    }
    const QString slug = module->slug;
    const QString title = m_window->content().text(module->title);
    QuizDialog dialog(
        title, questions,
        [this, slug, lang, id, questions](const QuizScore &s, const QList<QList<int>> &answers) {
            QJsonObject json;
            for (int i = 0; i < answers.size() && i < questions.size(); ++i) {
                QJsonArray picked;
                for (int a : answers[i])
                    picked.append(a);
                json.insert(questions[i].key, picked);
            }
            core::QuizAttempt attempt;
            attempt.module = slug;
            attempt.lang = lang;
            attempt.score = s.score;
            attempt.total = s.total;
            attempt.answers = QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
            store()->addQuizAttempt(bundleId(), attempt);
            m_progress->update(id);
        },
        m_window);
    const Progress::Summary before = m_progress->summary(id);
    if (before.attempts > 0)
        dialog.setHistory(tr("Last time %1 of %2, best %3 of %4.")
                              .arg(before.last.score)
                              .arg(before.last.total)
                              .arg(before.best.score)
                              .arg(before.best.total));
    const std::shared_ptr<core::Bundle> bundle = m_bundle;
    dialog.setTeachingLookup([bundle, id, lang](const core::Question &q) {
        return teachingSlide(*bundle, id, lang, q);
    });
    connect(&dialog, &QuizDialog::slideRequested, m_window,
            [this](qint64 slideId) { m_window->openSlide(slideId); });
    if (startAt > 0)
        dialog.startAt(startAt);
    dialog.exec();
    return true;
}

void Workspace::showGlossary()
{
    showTerm(0);
}

bool Workspace::showTerm(qint64 termId)
{
    if (!m_bundle)
        return false;
    GlossaryDialog dialog(m_bundle->glossary(), m_window->content(), m_window);
    if (termId)
        dialog.selectTerm(termId);
    dialog.exec();
    return true;
}

void Workspace::showAgenda()
{
    if (!m_bundle)
        return;
    AgendaDialog dialog(m_bundle->agenda(), m_bundle->modules(), m_window->content(),
                        m_options.clock, m_window);
    connect(&dialog, &AgendaDialog::moduleRequested, m_window, &MainWindow::openModule);
    dialog.exec();
}

} // namespace okuw::ui
