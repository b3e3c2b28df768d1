// okuw-bundle lint: the real CLI on small content folders written here, one
// fault at a time, each caught where it is, as file:line: message.
#include "testsupport.h"

#include <QDir>
#include <catch2/catch.hpp>

using namespace okuw::test;

namespace {

const QByteArray kEnDeck = R"(---
marp: true
---

<!-- id: opening -->
# Opening

Welcome.

<!--
Greet the room.
Time: 10 min
-->

---

<!-- id: figures -->
# Detected victims

- Children: **38%** of detected victims in 2022
- A victim of trafficking is identified by indicators

<!--
Source: UNODC Global Report on Trafficking in Persons 2024.
Time: 20 min
-->
)";

const QByteArray kRuDeck = R"(---
marp: true
---

<!-- id: opening -->
# Открытие

Добро пожаловать.

<!--
Поприветствуйте группу.
Время: 10 мин
-->

---

<!-- id: figures -->
# Выявленные жертвы

- Дети: **38%** выявленных жертв в 2022 году
- Жертву торговли людьми выявляют по индикаторам; УНП ООН

<!--
Источник: Глобальный доклад УНП ООН о торговле людьми 2024.
Время: 20 мин
-->
)";

// A complete, clean source folder: the faults below are each one edit away.
void writeCleanSource(const QString &dir)
{
    writeFile(dir + "/bundle.yaml", R"(id: 33333333-2222-4333-8444-555555555555
version: "1"
default_language: en
languages: [en, ru, tk]
title: {en: "Lint", ru: "Проверка", tk: "Barlag"}
)");
    writeFile(dir + "/m1/module.yaml", R"(slug: m1
order: 1
duration: 30
title: {en: "One", ru: "Один", tk: "Bir"}
decks: {en: slides.en.md, ru: slides.ru.md}
)");
    writeFile(dir + "/m1/slides.en.md", kEnDeck);
    writeFile(dir + "/m1/slides.ru.md", kRuDeck);
    writeFile(dir + "/glossary.yaml", R"(terms:
  - id: victim
    en: {term: "victim of trafficking", definition: "A person.", forms: ["trafficking victim"]}
    ru: {term: "жертва торговли людьми", definition: "Лицо."}
    tk: {term: "adam söwdasynyň pidasy", definition: "Adam.", review: "not confirmed"}
  - id: means
    en: {term: "means", definition: "The second element."}
    ru: {term: "средства воздействия", definition: "Второй элемент."}
    tk: {term: "täsir ediş serişdeleri", definition: "Ikinji element.", review: "check"}
)");
    writeFile(dir + "/terms.yaml", R"(ru:
  - prefer: "УНП ООН"
    avoid: ["ЮНОДК"]
    reason: "the UN's own Russian abbreviation"
en:
  - prefer: "irregular migrants"
    avoid: ["illegal migrants?"]
    reason: "a person is not illegal"
)");
}

ProcessResult lint(const QString &dir)
{
    return runTool({QStringLiteral("lint"), dir});
}

void replaceIn(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QByteArray text = readFile(path);
    REQUIRE(text.contains(from));
    text.replace(from, to);
    REQUIRE(writeFile(path, text));
}

// Exactly one problem, on `file` (relative to `dir`) at `line`, saying `what`.
void requireOne(const ProcessResult &r, const QString &dir, const QString &file, int line,
                const QString &what)
{
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 1);
    const QString where = QDir::toNativeSeparators(QDir::cleanPath(dir + "/" + file)) +
                          (line > 0 ? QStringLiteral(":%1:").arg(line) : QStringLiteral(":"));
    QStringList problems;
    for (const QString &l : r.out.split(QLatin1Char('\n'))) {
        if (l.startsWith(QDir::toNativeSeparators(dir)))
            problems << l;
    }
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().startsWith(where));
    CHECK(problems.first().contains(what));
}

} // namespace

TEST_CASE("lint: a clean folder passes and review-flagged terms are counted", "[cli][lint]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("src"));
    writeCleanSource(dir);
    const ProcessResult r = lint(dir);
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("no problems")));
    CHECK(r.out.contains(QStringLiteral("Glossary terms marked for review: tk 2")));
}

TEST_CASE("lint: usage errors exit with 2", "[cli][lint]")
{
    CHECK(runTool({QStringLiteral("lint")}).exitCode == 2);
    QTemporaryDir tmp;
    const ProcessResult r = lint(tmp.filePath(QStringLiteral("nowhere")));
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("nowhere")));
    // A folder that is no content source is a problem, not a usage error.
    const ProcessResult empty = lint(tmp.path());
    CHECK(empty.exitCode == 1);
    CHECK(empty.out.contains(QStringLiteral("bundle.yaml")));
}

TEST_CASE("lint: each check catches its fault", "[cli][lint]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("src"));
    writeCleanSource(dir);
    const QString en = dir + "/m1/slides.en.md";
    const QString ru = dir + "/m1/slides.ru.md";

    SECTION("a forbidden variant, in the language's own files")
    {
        replaceIn(ru, "индикаторам; УНП ООН", "индикаторам; ЮНОДК");
        requireOne(lint(dir), dir, "m1/slides.ru.md", 21, QStringLiteral("\"УНП ООН\""));
    }
    SECTION("a forbidden variant in a file for every language, and in an SVG label")
    {
        writeFile(dir + "/agenda.yaml",
                  "days:\n  - day: 1\n    sessions:\n      - {start: \"09:00\", end: \"10:00\", "
                  "title: {en: \"Illegal migrants\"}}\n");
        requireOne(lint(dir), dir, "agenda.yaml", 4, QStringLiteral("\"irregular migrants\""));
        QFile::remove(dir + "/agenda.yaml");
        writeFile(dir + "/m1/images/chart.en.svg",
                  "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<text>illegal migrant</text>\n"
                  "</svg>\n");
        requireOne(lint(dir), dir, "m1/images/chart.en.svg", 2, QStringLiteral("illegal migrant"));
    }
    SECTION("a variant in another language's file is that language's business")
    {
        replaceIn(en, "Welcome.", "Welcome. (ЮНОДК)");
        const ProcessResult r = lint(dir);
        INFO(r.out.toStdString());
        CHECK(r.exitCode == 0);
    }
    SECTION("slide ids that differ between languages")
    {
        replaceIn(ru, "<!-- id: figures -->", "<!-- id: numbers -->");
        const ProcessResult r = lint(dir);
        INFO(r.out.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.contains(QDir::toNativeSeparators(dir + "/m1/slides.ru.md") +
                             ":17: slide id \"numbers\" is not in the en deck"));
        CHECK(r.out.contains(QStringLiteral("slide id \"figures\" of the en deck is missing")));
    }
    SECTION("the same ids in another order")
    {
        QByteArray text = readFile(ru);
        const qsizetype split = text.indexOf("<!-- id: figures -->");
        const QByteArray opening =
            text.mid(text.indexOf("<!-- id: opening -->"),
                     text.lastIndexOf("---", split) - text.indexOf("<!-- id: opening -->"));
        writeFile(ru, "---\nmarp: true\n---\n\n" + text.mid(split) + "\n---\n\n" + opening);
        const ProcessResult r = lint(dir);
        INFO(r.out.toStdString() << readFile(ru).toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.contains(QStringLiteral("slide \"figures\" is slide 1 here but slide 2")));
    }
    SECTION("a slide without notes")
    {
        replaceIn(en, "<!--\nGreet the room.\nTime: 10 min\n-->\n", "");
        const ProcessResult r = lint(dir);
        INFO(r.out.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.contains(QDir::toNativeSeparators(dir + "/m1/slides.en.md") +
                             ":5: slide \"opening\" has no speaker notes"));
        // ...and its minutes are missing from the total.
        CHECK(r.out.contains(QStringLiteral("add up to 20 min, but \"duration\" is 30 min")));
    }
    SECTION("notes without a time")
    {
        replaceIn(ru, "Время: 10 мин", "Не спешите.");
        const ProcessResult r = lint(dir);
        INFO(r.out.toStdString());
        CHECK(r.out.contains(QDir::toNativeSeparators(dir + "/m1/slides.ru.md") +
                             ":5: the notes of slide \"opening\" give no time"));
    }
    SECTION("minutes that do not add up to the duration, beyond 5 per cent")
    {
        replaceIn(dir + "/m1/module.yaml", "duration: 30", "duration: 40");
        const ProcessResult r = lint(dir);
        INFO(r.out.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.out.contains(QDir::toNativeSeparators(dir + "/m1/module.yaml") +
                             ":3: the notes of slides.en.md add up to 30 min, but \"duration\" "
                             "is 40 min"));
        CHECK(r.out.contains(QStringLiteral("the notes of slides.ru.md add up to 30 min")));
        // Within 5 per cent passes: 30 of 31 minutes.
        replaceIn(dir + "/m1/module.yaml", "duration: 40", "duration: 31");
        CHECK(lint(dir).exitCode == 0);
    }
    SECTION("a figure without a source")
    {
        replaceIn(en, "Source: UNODC Global Report on Trafficking in Persons 2024.\n", "");
        requireOne(lint(dir), dir, "m1/slides.en.md", 17,
                   QStringLiteral("shows the figure \"38%\" but names no source"));
    }
    SECTION("the word \"source\" in passing names no source: only a label does")
    {
        replaceIn(ru, "Источник: Глобальный доклад УНП ООН о торговле людьми 2024.",
                  "Доклады ГРЕТА — богатый источник практики.");
        requireOne(lint(dir), dir, "m1/slides.ru.md", 17,
                   QStringLiteral("shows the figure \"38%\" but names no source"));
        // A label on the slide, in emphasis, or after a dash, names one.
        replaceIn(ru, "Доклады ГРЕТА — богатый источник практики.",
                  "Доклады ГРЕТА — Источник: Глобальный доклад УНП ООН 2024.");
        CHECK(lint(dir).exitCode == 0);
        replaceIn(en, "Source: UNODC Global Report on Trafficking in Persons 2024.\n", "");
        replaceIn(en, "- A victim of trafficking is identified by indicators",
                  "- A victim of trafficking is identified by indicators\n\n"
                  "*Source: UNODC Global Report on Trafficking in Persons 2024*");
        CHECK(lint(dir).exitCode == 0);
    }
    SECTION("a year is a figure too, a year in an image's file name is not")
    {
        replaceIn(en, "Welcome.", "In force since 2003.");
        requireOne(lint(dir), dir, "m1/slides.en.md", 5,
                   QStringLiteral("shows the figure \"2003\""));
        replaceIn(en, "In force since 2003.", "![w:300](images/chart-2024.svg)");
        writeFile(dir + "/m1/images/chart-2024.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        CHECK(lint(dir).exitCode == 0);
    }
    SECTION("a glossary term in a form the glossary does not list")
    {
        replaceIn(en, "A victim of trafficking is identified",
                  "A victim in trafficking is identified");
        requireOne(lint(dir), dir, "m1/slides.en.md", 17,
                   QStringLiteral("\"victim in trafficking\" is the glossary term \"victim of "
                                  "trafficking\" in a form the glossary does not list"));
    }
    SECTION("a listed form, an inflected form, another order or words far apart pass")
    {
        replaceIn(en, "A victim of trafficking is identified",
                  "Trafficking victims and victims of trafficking are identified; a victim "
                  "may never speak of trafficking; trafficking harms the victim");
        replaceIn(ru, "Жертву торговли людьми", "Жертвам торговли людьми");
        const ProcessResult r = lint(dir);
        INFO(r.out.toStdString());
        CHECK(r.exitCode == 0);
    }
    SECTION("a Russian variant of a Russian term")
    {
        replaceIn(ru, "Жертву торговли людьми", "Жертву от торговли людьми");
        requireOne(lint(dir), dir, "m1/slides.ru.md", 17,
                   QStringLiteral("glossary term \"жертва торговли людьми\""));
    }
    SECTION("a terminology file with a broken pattern")
    {
        writeFile(dir + "/terms.yaml", "ru:\n  - prefer: \"x\"\n    avoid: [\"(\"]\n"
                                       "    reason: \"y\"\n");
        requireOne(lint(dir), dir, "terms.yaml", 3, QStringLiteral("not a valid pattern"));
    }
}
