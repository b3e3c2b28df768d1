#include "workspace.h"

#include "bookmarksdock.h"
#include "core/bundle.h"
#include "glossarydialog.h"
#include "notesdock.h"
#include "notesexport.h"
#include "quizdialog.h"
#include "ui/languagemenu.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolBar>

namespace okuw::ui {

Workspace *installWorkspace(MainWindow *window)
{
    WorkspaceOptions options;
    options.storePath = qEnvironmentVariable("OKUW_USER_STORE");
    return new Workspace(window, options);
}

Workspace::Workspace(MainWindow *window, const WorkspaceOptions &options)
    : QObject(window), m_window(window), m_options(options), m_store(new core::UserStore(this))
{
    m_store->open(options.storePath);
    m_notes = new NotesDock(m_store, window);
    m_bookmarks = new BookmarksDock(window);
    window->addFeatureDock(m_notes, Qt::RightDockWidgetArea);
    window->addFeatureDock(m_bookmarks, Qt::RightDockWidgetArea);

    m_problemBar = new QToolBar(window);
    m_problemBar->setObjectName(QStringLiteral("okuwStoreProblemBar"));
    m_problemBar->setMovable(false);
    m_problemLabel = new QLabel(m_problemBar);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color:#7a1f00; padding:4px"));
    m_problemBar->addWidget(m_problemLabel);
    m_freshButton = new QPushButton(tr("Start a new notes file"), m_problemBar);
    m_problemBar->addWidget(m_freshButton);
    connect(m_freshButton, &QPushButton::clicked, this, [this] {
        QString kept;
        if (m_store->startFresh(&kept)) {
            QMessageBox::information(m_window, tr("New notes file"),
                                     tr("A new notes file was started. The damaged one is kept "
                                        "at %1.")
                                         .arg(QDir::toNativeSeparators(kept)));
            onBundleOpened();
        }
        onStoreProblem();
    });
    window->addToolBarBreak(Qt::TopToolBarArea);
    window->addToolBar(Qt::TopToolBarArea, m_problemBar);

    m_continueBar = new QToolBar(window);
    m_continueBar->setObjectName(QStringLiteral("okuwContinueBar"));
    m_continueBar->setMovable(false);
    m_continueLabel = new QLabel(m_continueBar);
    m_continueLabel->setStyleSheet(QStringLiteral("padding:4px"));
    m_continueBar->addWidget(m_continueLabel);
    auto *go = new QPushButton(m_continueBar);
    go->setDefault(true);
    m_continueBar->addWidget(go);
    QAction *dismiss = m_continueBar->addAction(QString(), m_continueBar, &QWidget::hide);
    connect(go, &QPushButton::clicked, this, &Workspace::continueWhereLeftOff);
    onLanguageChange(window, this, [this, go, dismiss] {
        go->setText(tr("Continue"));
        dismiss->setText(tr("Dismiss"));
        m_freshButton->setText(tr("Start a new notes file"));
        if (m_resume && m_bundle)
            m_continueLabel->setText(
                tr("Last time you stopped at: %1").arg(describe(m_resume->ref)));
    });
    window->addToolBar(Qt::TopToolBarArea, m_continueBar);
    m_continueBar->hide();

    setupActions();
    m_seenTimer.setSingleShot(true);
    connect(&m_seenTimer, &QTimer::timeout, this, [this] {
        if (m_pendingSeen.isValid() && m_pendingSeen == m_current &&
            m_store->markSeen(bundleId(), m_pendingSeen))
            updateBadge(moduleId(m_pendingSeen.module));
    });
    connect(window, &MainWindow::bundleOpened, this, &Workspace::onBundleOpened);
    connect(window, &MainWindow::slideShown, this, &Workspace::onSlideShown);
    connect(window, &MainWindow::documentPageShown, this, &Workspace::onPageShown);
    connect(window, &MainWindow::contentLanguageChanged, this, &Workspace::updateAllBadges);
    connect(window, &MainWindow::aboutToClose, this, [this] { m_notes->saveNow(); });
    connect(m_notes, &NotesDock::saved, this, &Workspace::refreshPanel);
    connect(m_bookmarks, &BookmarksDock::activated, this, &Workspace::navigateTo);
    connect(m_bookmarks, &BookmarksDock::removeBookmark, this, [this](const core::ItemRef &ref) {
        m_store->setBookmarked(bundleId(), ref, false);
        m_bookmarkAction->setChecked(m_store->isBookmarked(bundleId(), m_current));
        refreshPanel();
    });
    connect(m_store, &core::UserStore::problemChanged, this, &Workspace::onStoreProblem);
    onStoreProblem();
    if (window->bundle())
        onBundleOpened();
}

Workspace::~Workspace()
{
    m_notes->saveNow();
}

void Workspace::setupActions()
{
    m_bookmarkAction = new QAction(tr("&Bookmark this slide or page"), this);
    m_bookmarkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_bookmarkAction->setCheckable(true);
    connect(m_bookmarkAction, &QAction::triggered, this, &Workspace::toggleBookmark);
    m_window->menu(MainWindow::Menu::Edit)->addAction(m_bookmarkAction);
    m_window->addAction(m_bookmarkAction);

    QMenu *view = m_window->menu(MainWindow::Menu::View);
    view->addAction(m_notes->toggleViewAction());
    view->addAction(m_bookmarks->toggleViewAction());

    m_continueAction = new QAction(tr("&Continue where you left off"), this);
    m_continueAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_continueAction, &QAction::triggered, this, &Workspace::continueWhereLeftOff);
    m_window->menu(MainWindow::Menu::Go)->addAction(m_continueAction);

    QMenu *tools = m_window->menu(MainWindow::Menu::Tools);
    QAction *quiz = tools->addAction(QString(), this, &Workspace::showQuiz);
    QAction *glossary = tools->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                                         this, &Workspace::showGlossary);
    QAction *agenda = tools->addAction(QString(), this, &Workspace::showAgenda);
    tools->addSeparator();
    QAction *remove = tools->addAction(QString(), this, &Workspace::removeMyData);
    QAction *exportNotes =
        m_window->menu(MainWindow::Menu::File)->addAction(QString(), this, &Workspace::exportNotes);
    onLanguageChange(m_window, this, [=, this] {
        m_bookmarkAction->setText(tr("&Bookmark this slide or page"));
        m_continueAction->setText(tr("&Continue where you left off"));
        quiz->setText(tr("&Knowledge check for this module…"));
        glossary->setText(tr("&Glossary…"));
        agenda->setText(tr("&Agenda…"));
        remove->setText(tr("&Remove my data…"));
        exportNotes->setText(tr("&Export my notes…"));
    });
}

QString Workspace::bundleId() const
{
    return m_bundle ? m_bundle->info().id : QString();
}

QString Workspace::moduleSlug(qint64 id) const
{
    if (!m_bundle)
        return {};
    const auto m = m_bundle->module(id);
    return m ? m->slug : QString();
}

qint64 Workspace::moduleId(const QString &slug) const
{
    if (!m_bundle)
        return 0;
    const auto m = m_bundle->moduleBySlug(slug);
    return m ? m->id : 0;
}

void Workspace::onStoreProblem()
{
    const auto problem = m_store->problem();
    m_problemBar->setVisible(problem != core::UserStore::Problem::None);
    m_problemLabel->setText(m_store->problemText());
    m_freshButton->setVisible(problem == core::UserStore::Problem::Corrupt);
}

void Workspace::onBundleOpened()
{
    if (m_bundle && m_bundle == m_window->bundle())
        return; // already caught up by a slide shown before bundleOpened()
    m_notes->saveNow();
    m_bundle = m_window->bundle();
    m_current = {};
    m_seenTimer.stop();
    m_notes->setBundle(bundleId());
    if (!m_bundle)
        return;
    m_store->setValue(QStringLiteral("lastBundle"), m_bundle->path());
    m_resume = m_store->resume(bundleId());
    // The window shows a first slide by itself; that is not the user moving
    // on, so it must not overwrite where they left off.
    m_skipResumeWrites = m_resume ? 1 : 0;
    m_continueAction->setEnabled(m_resume.has_value());
    if (m_resume) {
        m_continueLabel->setText(tr("Last time you stopped at: %1").arg(describe(m_resume->ref)));
        m_continueBar->show();
    } else {
        m_continueBar->hide();
    }
    updateAllBadges();
    refreshPanel();
}

QString Workspace::describe(const core::ItemRef &ref) const
{
    if (!m_bundle)
        return ref.item;
    const QString lang = m_window->contentLanguage();
    const QStringList fallbacks = m_window->contentFallbacks();
    const auto m = m_bundle->moduleBySlug(ref.module);
    if (!m)
        return ref.module + QStringLiteral(" — ") + ref.item;
    const QString moduleTitle =
        QStringLiteral("%1. %2").arg(m->position).arg(core::pickText(m->title, lang, fallbacks));
    QString what = ref.item;
    if (ref.kind == core::ItemRef::Kind::Slide) {
        for (const QString &l : QStringList{lang} + fallbacks + m_bundle->info().languages) {
            bool found = false;
            for (const core::Slide &s : m_bundle->slides(m->id, l)) {
                if (s.key == ref.item) {
                    what = tr("slide %1: %2").arg(s.position).arg(s.title);
                    found = true;
                    break;
                }
            }
            if (found)
                break;
        }
    } else {
        for (const core::Document &d : m_bundle->documents(m->id)) {
            if (core::documentKey(d) == ref.item)
                what = tr("%1, page %2").arg(d.title).arg(ref.page + 1);
        }
    }
    return moduleTitle + QStringLiteral(" — ") + what;
}

void Workspace::setCurrent(const core::ItemRef &ref, const QString &label)
{
    m_current = ref;
    m_currentLabel = label;
    m_notes->setTarget(ref, label);
    m_bookmarkAction->setChecked(m_store->isBookmarked(bundleId(), ref));
    if (m_skipResumeWrites > 0) {
        --m_skipResumeWrites;
        return;
    }
    core::ResumePoint point;
    point.ref = ref;
    point.lang = m_window->contentLanguage();
    m_store->setResume(bundleId(), point);
}

void Workspace::onSlideShown(const core::Slide &slide)
{
    if (m_bundle != m_window->bundle())
        onBundleOpened();
    if (!m_bundle)
        return;
    const core::ItemRef ref = core::ItemRef::forSlide(moduleSlug(slide.moduleId), slide.key);
    setCurrent(ref, tr("Slide %1: %2").arg(slide.position).arg(slide.title));
    m_pendingSeen = ref;
    m_seenTimer.start(m_options.seenAfterMs);
}

void Workspace::onPageShown(qint64 documentId, int page)
{
    if (m_bundle != m_window->bundle())
        onBundleOpened();
    if (!m_bundle)
        return;
    const auto doc = m_bundle->document(documentId);
    if (!doc)
        return;
    const core::ItemRef ref =
        core::ItemRef::forPage(moduleSlug(doc->moduleId), core::documentKey(*doc), page);
    m_seenTimer.stop();
    setCurrent(ref, tr("%1, page %2").arg(doc->title).arg(page + 1));
    if (m_store->markSeen(bundleId(), ref))
        updateBadge(doc->moduleId);
}

QString Workspace::moduleBadge(qint64 id) const
{
    if (!m_bundle)
        return {};
    const QString slug = moduleSlug(id);
    QList<core::Slide> slides = m_bundle->slides(id, m_window->contentLanguage());
    if (slides.isEmpty())
        slides = m_bundle->slides(id, m_bundle->info().defaultLanguage);
    const QSet<QString> seen = m_store->seen(bundleId(), slug);
    int seenCount = 0;
    for (const core::Slide &s : slides)
        seenCount += seen.contains(core::ItemRef::forSlide(slug, s.key).toString()) ? 1 : 0;
    QStringList parts;
    if (!slides.isEmpty())
        parts << tr("%1/%2 seen").arg(seenCount).arg(slides.size());
    const auto attempts = m_store->quizAttempts(bundleId(), slug);
    if (!attempts.isEmpty()) {
        core::QuizAttempt best = attempts.first();
        for (const core::QuizAttempt &a : attempts) {
            if (a.total > 0 && (best.total == 0 || a.score * best.total > best.score * a.total))
                best = a;
        }
        parts << tr("quiz best %1/%2, last %3/%4")
                     .arg(best.score)
                     .arg(best.total)
                     .arg(attempts.last().score)
                     .arg(attempts.last().total);
    }
    return parts.join(QStringLiteral(" · "));
}

void Workspace::updateBadge(qint64 id)
{
    if (id)
        m_window->setModuleBadge(id, moduleBadge(id));
}

void Workspace::updateAllBadges()
{
    if (!m_bundle)
        return;
    for (const core::ModuleInfo &m : m_bundle->modules())
        updateBadge(m.id);
}

void Workspace::refreshPanel()
{
    QList<PanelEntry> marks;
    QList<PanelEntry> notes;
    if (m_bundle) {
        for (const core::BookmarkRecord &b : m_store->bookmarks(bundleId()))
            marks.append({b.ref, describe(b.ref), m_store->note(bundleId(), b.ref), false});
        const QSet<QString> live = core::liveItems(*m_bundle);
        for (const core::NoteRecord &n : m_store->notes(bundleId())) {
            const bool orphan = !live.contains(n.ref.toString());
            notes.append(
                {n.ref, orphan && !n.label.isEmpty() ? n.label : describe(n.ref), n.text, orphan});
        }
    }
    m_bookmarks->setEntries(marks, notes);
}

void Workspace::toggleBookmark()
{
    if (!m_current.isValid()) {
        m_bookmarkAction->setChecked(false);
        return;
    }
    const bool on = !m_store->isBookmarked(bundleId(), m_current);
    if (!m_store->setBookmarked(bundleId(), m_current, on, m_currentLabel))
        QMessageBox::warning(m_window, tr("Bookmark not saved"), m_store->problemText());
    m_bookmarkAction->setChecked(m_store->isBookmarked(bundleId(), m_current));
    refreshPanel();
}

bool Workspace::navigateTo(const core::ItemRef &ref)
{
    const qint64 id = moduleId(ref.module);
    if (!id)
        return false;
    if (ref.kind == core::ItemRef::Kind::Slide)
        return m_window->openSlideByKey(id, ref.item);
    for (const core::Document &d : m_bundle->documents(id)) {
        if (core::documentKey(d) == ref.item)
            return m_window->openDocumentPage(d.id, ref.page);
    }
    return false;
}

bool Workspace::continueWhereLeftOff()
{
    m_continueBar->hide();
    m_skipResumeWrites = 0;
    return m_resume && navigateTo(m_resume->ref);
}

void Workspace::showQuiz()
{
    if (!m_bundle)
        return;
    qint64 id = m_window->currentModuleId();
    if (!id && !m_current.module.isEmpty())
        id = moduleId(m_current.module);
    const auto module = m_bundle->module(id);
    if (!module) {
        QMessageBox::information(m_window, tr("Knowledge check"),
                                 tr("Open a module first, then start its knowledge check."));
        return;
    }
    QString lang = m_window->contentLanguage();
    QList<core::Question> questions = m_bundle->questions(id, lang);
    for (const QString &l : m_window->contentFallbacks()) {
        if (!questions.isEmpty())
            break;
        questions = m_bundle->questions(id, lang = l);
    }
    const QString slug = module->slug;
    const QString title =
        core::pickText(module->title, m_window->contentLanguage(), m_window->contentFallbacks());
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
            m_store->addQuizAttempt(bundleId(), attempt);
            updateBadge(id);
        },
        m_window);
    dialog.exec();
}

void Workspace::showGlossary()
{
    if (!m_bundle)
        return;
    GlossaryDialog dialog(m_bundle->glossary(), m_window->contentLanguage(),
                          m_window->contentFallbacks(), m_window);
    dialog.exec();
}

void Workspace::showAgenda()
{
    if (!m_bundle)
        return;
    AgendaDialog dialog(m_bundle->agenda(), m_bundle->modules(), m_window->contentLanguage(),
                        m_window->contentFallbacks(), m_options.clock, m_window);
    connect(&dialog, &AgendaDialog::moduleRequested, m_window, &MainWindow::openModule);
    dialog.exec();
}

void Workspace::exportNotes()
{
    if (!m_bundle)
        return;
    m_notes->saveNow();
    QString module;
    const qint64 current = m_window->currentModuleId();
    if (current) {
        const QString all = tr("All modules");
        const QString one = tr("This module only");
        bool ok = false;
        const QString choice = QInputDialog::getItem(m_window, tr("Export my notes"),
                                                     tr("Which notes?"), {all, one}, 0, false, &ok);
        if (!ok)
            return;
        if (choice == one)
            module = moduleSlug(current);
    }
    QString filter;
    const QString pdf = tr("PDF with slide pictures (*.pdf)");
    const QString md = tr("Markdown text (*.md)");
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export my notes"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QStringLiteral("/okuw-notes.pdf"),
        pdf + QStringLiteral(";;") + md, &filter);
    if (path.isEmpty())
        return;
    const QString lang = m_window->contentLanguage();
    const auto entries = collectNotes(*m_bundle, *m_store, module, lang);
    QString error;
    bool ok = false;
    if (filter == md || path.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive)) {
        QFile file(path);
        ok = file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
             file.write(notesMarkdown(*m_bundle, entries, lang).toUtf8()) >= 0 && file.flush();
        error = file.errorString();
    } else {
        ok = writeNotesPdf(*m_bundle, entries, lang, path, &error);
    }
    if (!ok)
        QMessageBox::warning(m_window, tr("Export failed"),
                             tr("Could not write %1: %2").arg(path, error));
}

void Workspace::removeMyData()
{
    QMessageBox box(QMessageBox::Warning, tr("Remove my data"),
                    tr("Delete your notes, bookmarks, progress and quiz answers for this "
                       "bundle? This cannot be undone."),
                    QMessageBox::Cancel, m_window);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    auto *everything = new QCheckBox(tr("For every bundle on this computer"), &box);
    box.setCheckBox(everything);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    m_seenTimer.stop();
    m_notes->saveNow();
    const bool ok =
        everything->isChecked() ? m_store->removeAllData() : m_store->removeBundleData(bundleId());
    if (!ok) {
        QMessageBox::warning(m_window, tr("Remove my data"),
                             tr("Nothing was deleted: %1").arg(m_store->problemText()));
        return;
    }
    m_resume.reset();
    m_continueBar->hide();
    m_notes->reload();
    m_bookmarkAction->setChecked(false);
    updateAllBadges();
    refreshPanel();
}

} // namespace okuw::ui
