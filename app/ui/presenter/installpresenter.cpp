#include "installpresenter.h"

#include "core/bundle.h"
#include "presenter.h"
#include "ui/languagemenu.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <functional>

namespace okuw::ui {

namespace {

// lupdate and the runtime agree on this context wherever PresenterText::tr is called.
struct PresenterText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::ui::Presenter)
};

void startShow(MainWindow *window, Presenter *presenter, bool fromCurrent, Presenter::Mode mode)
{
    if (presenter->isRunning())
        return;
    const QList<core::Slide> slides = window->currentSlides();
    if (slides.isEmpty()) {
        QMessageBox::information(
            window, PresenterText::tr("Slide show"),
            PresenterText::tr("Open a module with slides to start the slide show."));
        return;
    }
    int index = 0;
    if (fromCurrent) {
        if (const core::Slide *current = window->currentSlide()) {
            for (int i = 0; i < slides.size(); ++i)
                if (slides[i].id == current->id)
                    index = i;
        }
    }
    const std::shared_ptr<core::Bundle> bundle = window->bundle();
    const qint64 moduleId =
        window->currentModuleId() ? window->currentModuleId() : slides.first().moduleId;
    int duration = 0;
    QString title;
    if (bundle) {
        if (const auto module = bundle->module(moduleId)) {
            duration = module->durationMinutes;
            title = window->content().text(module->title);
        }
    }
    const render::AssetLoader loader = render::bundleAssetLoader(bundle, moduleId);
    QObject::disconnect(presenter, &Presenter::ended, window, nullptr);
    QObject::connect(presenter, &Presenter::ended, window, [window, slides](int at) {
        if (at >= 0 && at < slides.size())
            window->openSlide(slides[at].id);
        window->raise();
        window->activateWindow();
    });
    presenter->start(slides, index, duration, loader, mode, title);
}

} // namespace

Presenter *installPresenter(MainWindow *window)
{
    auto *presenter = new Presenter(window->slideRenderer(), window);

    auto *fromStart =
        new QAction(QIcon::fromTheme(QStringLiteral("x-office-presentation")), QString(), window);
    fromStart->setShortcut(QKeySequence(Qt::Key_F5));
    fromStart->setObjectName(QStringLiteral("presenterFromStart"));

    auto *fromCurrent =
        new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), QString(), window);
    fromCurrent->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    fromCurrent->setObjectName(QStringLiteral("presenterFromCurrent"));

    auto *rehearse = new QAction(window);
    rehearse->setObjectName(QStringLiteral("presenterRehearse"));

    auto *swap = new QAction(window);
    swap->setObjectName(QStringLiteral("presenterSwap"));
    swap->setEnabled(false);

    for (QAction *a : {fromStart, fromCurrent, rehearse, swap})
        window->addAction(a); // shortcuts work even when the menu bar is hidden

    QObject::connect(fromStart, &QAction::triggered, window, [window, presenter] {
        startShow(window, presenter, false, Presenter::Mode::Show);
    });
    QObject::connect(fromCurrent, &QAction::triggered, window, [window, presenter] {
        startShow(window, presenter, true, Presenter::Mode::Show);
    });
    QObject::connect(rehearse, &QAction::triggered, window, [window, presenter] {
        startShow(window, presenter, true, Presenter::Mode::Rehearsal);
    });
    QObject::connect(swap, &QAction::triggered, presenter, &Presenter::swapScreens);
    QObject::connect(presenter, &Presenter::currentChanged, swap,
                     [swap, presenter] { swap->setEnabled(presenter->isRunning()); });
    QObject::connect(presenter, &Presenter::ended, swap, [swap] { swap->setEnabled(false); });

    auto *menu = new QMenu(window);
    menu->setObjectName(QStringLiteral("presenterMenu"));
    menu->addAction(fromStart);
    menu->addAction(fromCurrent);
    menu->addAction(rehearse);
    menu->addSeparator();
    menu->addAction(swap);
    QMenu *before = window->menu(MainWindow::Menu::Tools);
    if (!before)
        before = window->menu(MainWindow::Menu::Help);
    if (before)
        window->menuBar()->insertMenu(before->menuAction(), menu);
    else
        window->menuBar()->addMenu(menu);
    auto retranslate = [=] {
        menu->setTitle(PresenterText::tr("&Slide Show"));
        fromStart->setText(PresenterText::tr("Start from the &First Slide"));
        fromStart->setToolTip(PresenterText::tr("Start the slide show from the first slide (F5)"));
        fromCurrent->setText(PresenterText::tr("Start from the &Current Slide"));
        fromCurrent->setToolTip(
            PresenterText::tr("Start the slide show from the current slide (Shift+F5)"));
        rehearse->setText(PresenterText::tr("&Rehearse in a Window"));
        rehearse->setToolTip(
            PresenterText::tr("Console and slide side by side in windows, to practise"));
        swap->setText(PresenterText::tr("&Swap Console and Audience Screens"));
        swap->setToolTip(
            PresenterText::tr("During the show: the console and the slide change screens (S)"));
    };
    // The actions live as long as the window; their texts follow the
    // interface language.
    onLanguageChange(window, menu, retranslate);
    QObject::connect(menu, &QMenu::aboutToShow, swap,
                     [swap, presenter] { swap->setEnabled(presenter->isRunning()); });

    if (QToolBar *bar = window->mainToolBar()) {
        bar->addSeparator();
        bar->addAction(fromCurrent);
    }
    return presenter;
}

} // namespace okuw::ui
