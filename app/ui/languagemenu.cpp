#include "languagemenu.h"

#include "core/i18n.h"
#include "mainwindow.h"
#include "profile.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QMenu>

namespace okuw::ui {

namespace {

struct LanguageMenuText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::ui::LanguageMenu)
};

// The submenu is created once; its title follows the interface language and
// the check mark follows whoever switched it (the menu or code).
class LanguageMenuFilter : public QObject
{
public:
    LanguageMenuFilter(QMenu *menu, QActionGroup *group, QObject *parent)
        : QObject(parent), m_menu(menu), m_group(group)
    {
        retranslate();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    void retranslate()
    {
        m_menu->setTitle(LanguageMenuText::tr("&Interface Language"));
        m_menu->menuAction()->setToolTip(
            LanguageMenuText::tr("The language of menus, dialogs and messages"));
        const QString current = core::installedLanguage();
        for (QAction *a : m_group->actions())
            a->setChecked(a->data().toString() == current);
    }

    QMenu *m_menu;
    QActionGroup *m_group;
};

class CallbackFilter : public QObject
{
public:
    CallbackFilter(std::function<void()> retranslate, QObject *parent)
        : QObject(parent), m_retranslate(std::move(retranslate))
    {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            m_retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_retranslate;
};

} // namespace

void onLanguageChange(QObject *watched, QObject *owner, std::function<void()> retranslate)
{
    retranslate();
    watched->installEventFilter(new CallbackFilter(std::move(retranslate), owner));
}

QString startupInterfaceLanguage(const Settings &settings)
{
    const QString stored = settings.interfaceLanguage();
    if (core::interfaceLanguages().contains(stored))
        return stored;
    return core::interfaceLanguageFor(QLocale::system().uiLanguages().value(0));
}

void setInterfaceLanguage(Settings &settings, const QString &lang)
{
    settings.setInterfaceLanguage(lang);
    if (lang != core::installedLanguage())
        core::installTranslations(lang);
}

void installLanguageMenu(MainWindow *window)
{
    QMenu *view = window->menu(MainWindow::Menu::View);
    if (!view)
        return;
    auto *menu = new QMenu(window);
    menu->setObjectName(QStringLiteral("interfaceLanguageMenu"));
    auto *group = new QActionGroup(menu);
    for (const QString &lang : core::interfaceLanguages()) {
        // Each language in its own name, so a user lost in a foreign
        // interface still finds theirs.
        QAction *a = menu->addAction(core::nativeLanguageName(lang));
        a->setObjectName(QStringLiteral("uiLang_") + lang);
        a->setData(lang);
        a->setCheckable(true);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, window, [window, lang] {
            setInterfaceLanguage(window->profile().settings(), lang);
        });
    }

    // Right after View > Content language (the action after "panelsSeparator").
    const QList<QAction *> actions = view->actions();
    QAction *before = nullptr;
    for (qsizetype i = 0; i + 2 < actions.size(); ++i) {
        if (actions[i]->objectName() == QLatin1String("panelsSeparator")) {
            before = actions[i + 2];
            break;
        }
    }
    view->insertMenu(before, menu);
    window->installEventFilter(new LanguageMenuFilter(menu, group, menu));
}

} // namespace okuw::ui
