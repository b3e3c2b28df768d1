// Interface translations: which languages the interface speaks and how they
// are installed. QtCore only, so the command-line tool shares it.
#pragma once

#include <QString>
#include <QStringList>

namespace okuw::core {

// Interface languages with a translation, in menu order: en, ru, tk.
QStringList interfaceLanguages();

// The language's own name for itself ("English", "Русский", "Türkmençe").
QString nativeLanguageName(const QString &lang);

// The interface language for a locale name such as "ru_RU": its language
// when Okuw is translated into it, else English.
QString interfaceLanguageFor(const QString &localeName);

// Replaces the installed Okuw and Qt translators with those for `lang`
// (Okuw's own from the embedded :/i18n, Qt's from its translations folder
// where the system has them, e.g. Debian's qt6-translations-l10n, else
// Okuw's translation of the Qt strings it shows, :/i18n/okuw_qt_<lang>.qm,
// which exists for Turkmen).
// QCoreApplication sends LanguageChange events to every widget.
void installTranslations(const QString &lang);

// The language installed last ("en" before any).
QString installedLanguage();

} // namespace okuw::core
