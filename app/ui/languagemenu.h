// View > Interface language: English / Русский / Türkmençe. Switching installs
// the translation at once (every widget gets QEvent::LanguageChange) and is
// remembered in QSettings("ui/language").
#pragma once

#include <QString>

namespace okuw::ui {

class MainWindow;

// Adds the submenu to the window's View menu, next to the content language.
void installLanguageMenu(MainWindow *window);

// The interface language to use at start: the stored choice, else the
// system's (QLocale::system().uiLanguages()), else English.
QString startupInterfaceLanguage();

// Installs `lang` and remembers it as the user's choice.
void setInterfaceLanguage(const QString &lang);

} // namespace okuw::ui
