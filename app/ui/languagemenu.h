// View > Interface language: English / Русский / Türkmençe. Switching installs
// the translation at once (every widget gets QEvent::LanguageChange) and is
// remembered in the settings (Settings::interfaceLanguage).
#pragma once

#include <QString>
#include <functional>

class QObject;

namespace okuw::ui {

class MainWindow;
class Settings;

// Adds the submenu to the window's View menu, next to the content language.
void installLanguageMenu(MainWindow *window);

// The interface language to use at start: the stored choice, else the
// system's (QLocale::system().uiLanguages()), else English.
QString startupInterfaceLanguage(const Settings &settings);

// Installs `lang` and remembers it as the user's choice.
void setInterfaceLanguage(Settings &settings, const QString &lang);

// Calls `retranslate` now and whenever `watched` (usually the main window)
// gets QEvent::LanguageChange, for texts set once on objects that have no
// changeEvent of their own (actions, menus, labels of feature add-ons). The
// filter lives as long as `owner`.
void onLanguageChange(QObject *watched, QObject *owner, std::function<void()> retranslate);

} // namespace okuw::ui
