#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace okuw::core {

namespace {

struct Installed
{
    QString lang = QStringLiteral("en");
    std::unique_ptr<QTranslator> okuw;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList interfaceLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("tk")};
}

QString nativeLanguageName(const QString &lang)
{
    // Written out rather than taken from QLocale: Qt 6.4's CLDR data names
    // Turkmen "türkmen dili", and the menu should read the same everywhere.
    if (lang == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (lang == QLatin1String("tk"))
        return QStringLiteral("Türkmençe");
    return QStringLiteral("English");
}

QString interfaceLanguageFor(const QString &localeName)
{
    const QString lang = localeName.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    return interfaceLanguages().contains(lang) ? lang : QStringLiteral("en");
}

void installTranslations(const QString &lang)
{
    Installed &state = installed();
    if (state.okuw)
        QCoreApplication::removeTranslator(state.okuw.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.okuw.reset();
    state.qt.reset();
    state.lang = interfaceLanguages().contains(lang) ? lang : QStringLiteral("en");

    // English is the source language; its file holds only the plural forms
    // ("1 document", "2 documents" for "%n document(s)").
    auto okuw = std::make_unique<QTranslator>();
    if (okuw->load(QStringLiteral(":/i18n/okuw_%1.qm").arg(state.lang))) {
        QCoreApplication::installTranslator(okuw.get());
        state.okuw = std::move(okuw);
    }
    // Qt's own strings (standard buttons, file dialog, context menus): Qt's
    // translation where the system has one, else Okuw's own for the strings
    // Okuw shows (Qt has no Turkmen: :/i18n/okuw_qt_tk.qm).
    if (state.lang != QLatin1String("en")) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(state.lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
            qt->load(QStringLiteral(":/i18n/okuw_qt_%1.qm").arg(state.lang))) {
            QCoreApplication::installTranslator(qt.get());
            state.qt = std::move(qt);
        }
    }
}

QString installedLanguage()
{
    return installed().lang;
}

} // namespace okuw::core
