// Workspace: the knowledge check, the glossary and the agenda.
#include "core/bundle.h"
#include "glossarydialog.h"
#include "progress.h"
#include "quizdialog.h"
#include "ui/mainwindow.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>

namespace okuw::ui {

void Workspace::showQuiz()
{
    if (!m_bundle)
        return;
    qint64 id = m_window->currentModuleId();
    if (!id && !m_current.module.isEmpty()) {
        if (const auto m = m_bundle->moduleBySlug(m_current.module))
            id = m->id;
    }
    const auto module = m_bundle->module(id);
    if (!module) {
        QMessageBox::information(m_window, tr("Knowledge check"),
                                 tr("Open a module first, then start its knowledge check."));
        return;
    }
    const QString lang = m_window->content().quizLanguage(*module);
    const QList<core::Question> questions = m_bundle->questions(id, lang);
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
    dialog.exec();
}

void Workspace::showGlossary()
{
    if (!m_bundle)
        return;
    GlossaryDialog dialog(m_bundle->glossary(), m_window->content(), m_window);
    dialog.exec();
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
