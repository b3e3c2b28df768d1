// Every interface string is translated into Russian and Turkmen, and no
// translation loses a placeholder or an accelerator of its source.
#include "testsupport.h"
#include "tsfile.h"

#include <QDir>
#include <QSet>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace okuw::test;

namespace {

QString tsPath(const QString &lang)
{
    return QDir(sourceDir()).filePath(QStringLiteral("translations/okuw_%1.ts").arg(lang));
}

// Problems of `lang`'s file, one line each, naming context and source.
QStringList offenders(const QString &lang)
{
    QString error;
    const QList<TsMessage> reference = readTs(tsPath(QStringLiteral("en")), &error);
    const QList<TsMessage> messages = readTs(tsPath(lang), &error);
    if (!error.isEmpty())
        return {error};
    QStringList problems;
    auto where = [](const TsMessage &m) {
        return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
    };

    // okuw_en.ts is what lupdate finds in the sources: every one of its
    // messages must be in the translation too.
    QSet<QString> present;
    for (const TsMessage &m : messages)
        present.insert(m.context + QChar(0) + m.source);
    for (const TsMessage &m : reference)
        if (!present.contains(m.context + QChar(0) + m.source))
            problems << QStringLiteral("missing: ") + where(m);

    for (const TsMessage &m : messages) {
        if (m.unfinished) {
            problems << QStringLiteral("unfinished: ") + where(m);
            continue;
        }
        if (m.translations.isEmpty()) {
            problems << QStringLiteral("no translation: ") + where(m);
            continue;
        }
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                problems << QStringLiteral("empty translation: ") + where(m);
                continue;
            }
            if (placeholders(t) != placeholders(m.source))
                problems << QStringLiteral("placeholders %1 instead of %2: %3 -> \"%4\"")
                                .arg(placeholders(t).join(QLatin1Char(',')),
                                     placeholders(m.source).join(QLatin1Char(',')), where(m), t);
            if (!accelerators(m.source).isEmpty() && accelerators(t).size() != 1)
                problems
                    << QStringLiteral("accelerator lost or doubled: %1 -> \"%2\"").arg(where(m), t);
        }
    }
    return problems;
}

} // namespace

TEST_CASE("the reference file lists the interface strings", "[i18n]")
{
    QString error;
    const QList<TsMessage> en = readTs(tsPath(QStringLiteral("en")), &error);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    CHECK(en.size() > 300);
    const bool hasFile = std::any_of(en.cbegin(), en.cend(), [](const TsMessage &m) {
        return m.context == QLatin1String("okuw::ui::MainWindow") &&
               m.source == QLatin1String("&File");
    });
    CHECK(hasFile);
}

TEST_CASE("the checks catch what they are meant to catch", "[i18n]")
{
    CHECK(placeholders(QStringLiteral("%1 of %2, %n page(s) %1")) ==
          QStringList{QStringLiteral("%1"), QStringLiteral("%2"), QStringLiteral("%n")});
    CHECK(accelerators(QStringLiteral("Fit &Page")) == QStringLiteral("p"));
    CHECK(accelerators(QStringLiteral("Tom && Jerry")).isEmpty());
    CHECK(accelerators(QStringLiteral("&Файл")) == QStringLiteral("ф"));
}

TEST_CASE("Russian: every string translated, placeholders and accelerators kept", "[i18n]")
{
    const QStringList problems = offenders(QStringLiteral("ru"));
    INFO(problems.size() << " problem(s) in okuw_ru.ts:\n"
                         << problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("Turkmen: every string translated, placeholders and accelerators kept", "[i18n]")
{
    const QStringList problems = offenders(QStringLiteral("tk"));
    INFO(problems.size() << " problem(s) in okuw_tk.ts:\n"
                         << problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}
