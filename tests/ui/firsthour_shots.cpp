// Not a test: pictures of what a participant meets in the first hour, for a
// human to look at.
//   firsthour_shots <bundle> <lang> <WxH> <scene> <out.png>
// scene: start, pdf, quiz, progress, search, console, overview, buttons,
// viewmenu, help, keys, glossary, exportchoice, exported, outline, allnotes.
// Runs on the offscreen platform with one screen of WxH (the window opens as
// the viewer would on it, on a fresh profile in a scratch folder), the
// interface and the content in <lang>, and saves the window (or the quiz
// dialog) as grabbed.
#include "core/bundle.h"
#include "core/i18n.h"
#include "ui/helpdialog.h"
#include "ui/languagemenu.h"
#include "ui/mainwindow.h"
#include "ui/pdffindbar.h"
#include "ui/pdfpageview.h"
#include "ui/pdfpane.h"
#include "ui/presenter/installpresenter.h"
#include "ui/presenter/presenterwindows.h"
#include "ui/profile.h"
#include "ui/reviewnotice.h"
#include "ui/searchpanel.h"
#include "ui/workspace/bookmarksdock.h"
#include "ui/workspace/exportnotes.h"
#include "ui/workspace/glossarydialog.h"
#include "ui/workspace/notesdock.h"
#include "ui/workspace/progress.h"
#include "ui/workspace/quizdialog.h"
#include "ui/workspace/workspace.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace okuw;

namespace {

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 6)
        return 2;
    QTemporaryDir scratch;
    const QStringList size = QString::fromLocal8Bit(argv[3]).split(QLatin1Char('x'));
    const QString config = scratch.filePath(QStringLiteral("screens.json"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return 2;
    f.write(
        QStringLiteral(
            R"({"screens": [{"name": "S", "x": 0, "y": 0, "width": %1, "height": %2, "logicalDpi": 96, "dpr": 1}]})")
            .arg(size.value(0), size.value(1))
            .toUtf8());
    f.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toUtf8());
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString lang = args[2], scene = args[4], out = args[5];

    core::UserPaths paths = core::UserPaths::inFolder(scratch.filePath(QStringLiteral("profile")));
    ui::Profile profile(paths);
    core::installTranslations(lang);
    ui::MainWindow w(profile);
    ui::Workspace *workspace = ui::installWorkspace(&w);
    ui::installPresenter(&w);
    ui::installSearch(&w);
    ui::installLanguageMenu(&w);
    ui::installReviewNotice(&w);
    w.show();
    if (!w.openBundle(args[1], false))
        return 1;
    w.setContentLanguage(lang);
    const auto bundle = w.bundle();
    const QList<core::ModuleInfo> modules = bundle->modules();
    w.openModule(modules.first().id);
    wait(300);

    QWidget *target = &w;
    std::unique_ptr<ui::QuizDialog> quiz;
    std::unique_ptr<ui::GlossaryDialog> glossary;
    std::unique_ptr<ui::ExportChoiceDialog> choice;
    if (scene == QLatin1String("pdf")) {
        for (const core::Document &d : bundle->documents(modules.first().id, lang)) {
            w.openDocumentPage(d.id, 0);
            break;
        }
        auto *pane = w.findChild<ui::PdfPane *>(QStringLiteral("pdfView"));
        pane->focusSearch();
        pane->findBar()->field()->setText(lang == QLatin1String("en") ? QStringLiteral("the")
                                                                      : QStringLiteral("и"));
        emit pane->findBar()->findRequested(pane->findBar()->field()->text());
        for (int i = 0; i < 100 && !pane->searchDone(); ++i)
            wait(50);
    } else if (scene == QLatin1String("progress")) {
        // Two modules partly read, one quiz taken.
        const QString id = bundle->info().id;
        for (int m = 0; m < 2; ++m)
            for (const core::Slide &s :
                 bundle->slides(modules[m].id, w.content().deckLanguage(modules[m]))
                     .mid(0, 5 + 6 * m))
                profile.store().markSeen(id, core::ItemRef::forSlide(modules[m].slug, s.key));
        core::QuizAttempt a;
        a.module = modules.first().slug;
        a.lang = lang;
        a.score = 3;
        a.total = 5;
        profile.store().addQuizAttempt(id, a);
        workspace->progress()->updateAll();
    } else if (scene == QLatin1String("help") || scene == QLatin1String("keys")) {
        QTest::keyClick(&w, Qt::Key_F1,
                        scene == QLatin1String("keys") ? Qt::ControlModifier : Qt::NoModifier);
        wait(300);
        if (auto *help = w.findChild<ui::HelpDialog *>())
            target = help;
    } else if (scene == QLatin1String("glossary")) {
        // As a search hit on the third term opens it.
        const QList<core::GlossaryTerm> terms = bundle->glossary();
        glossary = std::make_unique<ui::GlossaryDialog>(terms, w.content(), &w);
        glossary->show();
        glossary->selectTerm(terms.value(2).id);
        target = glossary.get();
    } else if (scene == QLatin1String("exportchoice")) {
        choice =
            std::make_unique<ui::ExportChoiceDialog>(w.content().text(modules.first().title), &w);
        choice->show();
        target = choice.get();
    } else if (scene == QLatin1String("exported") || scene == QLatin1String("allnotes")) {
        const QString id = bundle->info().id;
        const QList<core::Slide> slides =
            bundle->slides(modules.first().id, w.content().deckLanguage(modules.first()));
        for (int i = 0; i < 3 && i < slides.size(); ++i)
            profile.store().setNote(
                id, core::ItemRef::forSlide(modules.first().slug, slides[i].key),
                QStringLiteral("Note %1: ").arg(i + 1) +
                    (lang == QLatin1String("en") ? QStringLiteral("ask about the recruiter")
                                                 : QStringLiteral("söwda — торговля")));
        workspace->refreshPanel();
        workspace->notesDock()->show();
        workspace->allNotesDock()->show();
        if (scene == QLatin1String("exported"))
            workspace->exportNotesTo(scratch.filePath(QStringLiteral("okuw-notes.pdf")), false);
        else
            workspace->allNotesDock()->raise();
    } else if (scene == QLatin1String("outline")) {
        for (const core::Document &d : bundle->documents(modules.first().id, lang)) {
            w.openDocumentPage(d.id, 0);
            break;
        }
    } else if (scene == QLatin1String("quiz")) {
        const QList<core::Question> qs = bundle->questions(modules.first().id, lang);
        quiz = std::make_unique<ui::QuizDialog>(
            w.content().text(modules.first().title), qs,
            [](const ui::QuizScore &, const QList<QList<int>> &) {}, &w);
        quiz->show();
        for (int i = 0; i < qs.size(); ++i) {
            quiz->choose({i % 2 ? 0 : qs[i].correct.value(0)});
            quiz->check();
            quiz->next();
        }
        target = quiz.get();
    }
    std::unique_ptr<QMessageBox> box;
    if (scene == QLatin1String("search")) {
        auto *panel = w.findChild<ui::SearchPanel *>(QStringLiteral("searchPanel"));
        panel->focusQuery();
        panel->queryEdit()->setText(lang == QLatin1String("en")   ? QStringLiteral("victim")
                                    : lang == QLatin1String("ru") ? QStringLiteral("жертва")
                                                                  : QStringLiteral("pida"));
        for (int i = 0; i < 100 && panel->hits().isEmpty(); ++i)
            wait(50);
        QTreeWidget *tree = panel->resultView();
        QTreeWidgetItem *hit = tree->topLevelItem(0);
        while (hit && hit->childCount() > 0)
            hit = hit->child(0);
        if (hit)
            tree->setCurrentItem(hit);
        tree->setFocus();
    } else if (scene == QLatin1String("console") || scene == QLatin1String("overview")) {
        if (auto *rehearse = w.findChild<QAction *>(QStringLiteral("presenterRehearse")))
            rehearse->trigger();
        wait(500);
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *console = qobject_cast<ui::ConsoleWindow *>(top);
                console && console->isVisible())
                target = console;
        // To the second slide (its notes), and the overview on top of it.
        QKeyEvent right(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
        QApplication::sendEvent(target, &right);
        if (scene == QLatin1String("overview")) {
            QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
            QApplication::sendEvent(target, &tab);
        }
    } else if (scene == QLatin1String("buttons")) {
        box = std::make_unique<QMessageBox>(
            QMessageBox::Question, QStringLiteral("Okuw"), QStringLiteral("Qt's own buttons:"),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Save | QMessageBox::Open |
                QMessageBox::Close | QMessageBox::Cancel,
            &w);
        box->show();
        target = box.get();
    } else if (scene == QLatin1String("viewmenu")) {
        QMenu *view = w.menu(ui::MainWindow::Menu::View);
        view->popup(QPoint(0, 0));
        target = view;
    }
    wait(1500);
    return target->grab().save(out) ? 0 : 1;
}
