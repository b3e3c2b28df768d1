#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

namespace okuw::test {

QString sourceDir()
{
    return QStringLiteral(OKUW_SOURCE_DIR);
}

QString binaryDir()
{
    return QStringLiteral(OKUW_BINARY_DIR);
}

QString bundleTool()
{
    return QStringLiteral(OKUW_BUNDLE_TOOL);
}

QString defaultBundle()
{
    return binaryDir() + QStringLiteral("/bin/default.okuw");
}

ProcessResult runTool(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(bundleTool(), args);
    ProcessResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ScopedEnv::ScopedEnv(const char *name, const QByteArray &value)
    : m_name(name), m_old(qgetenv(name)), m_had(qEnvironmentVariableIsSet(name))
{
    qputenv(name, value);
}

ScopedEnv::~ScopedEnv()
{
    if (m_had)
        qputenv(m_name, m_old);
    else
        qunsetenv(m_name);
}

QByteArray sha256File(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeSampleSource(const QString &dir)
{
    const QDir d(dir);
    writeFile(d.filePath(QStringLiteral("bundle.yaml")), R"(id: 11111111-2222-4333-8444-555555555555
version: "1.0-test"
default_language: en
languages: [en, ru, tk]
title: {en: "Sample bundle", ru: "Пример", tk: "Nusga"}
publisher: {en: "Tests", ru: "Тесты", tk: "Synaglar"}
)");
    writeFile(d.filePath(QStringLiteral("alpha/module.yaml")), R"(slug: alpha
order: 1
duration: 45
title: {en: "Alpha module", ru: "Модуль альфа", tk: "Alfa moduly"}
summary: {en: "First", ru: "Первый", tk: "Birinji"}
decks: {en: slides.en.md, ru: slides.ru.md}
quiz: {en: quiz.en.yaml}
documents:
  - {lang: en, title: "Alpha handout", handout: handout.en.md}
)");
    writeFile(d.filePath(QStringLiteral("alpha/slides.en.md")), R"(---
marp: true
paginate: true
---

<!-- id: opening -->
<!-- _class: lead -->
# Alpha opening

Welcome.

<!-- Say hello. Time: 2 min -->

---

# Definition

- act
- means
- purpose

![w:400](images/diagram.svg)

<!-- The three elements. -->

---

Setext heading
--------------

Body text with *emphasis*.

```
---
code, not a separator
```
)");
    writeFile(d.filePath(QStringLiteral("alpha/slides.ru.md")), R"(---
marp: true
---

<!-- id: opening -->
# Открытие альфа

Добро пожаловать. Adam söwdasy: ç ä ň ö ş ü ý ž.

<!-- Поздоровайтесь. -->

---

# Определение

Торговля людьми.
)");
    writeFile(
        d.filePath(QStringLiteral("alpha/images/diagram.svg")),
        R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="200" height="100">
<rect x="10" y="10" width="180" height="80" fill="#3a7"/><text x="20" y="60" font-size="20">act</text></svg>
)");
    writeFile(d.filePath(QStringLiteral("alpha/handout.en.md")),
              "# Alpha handout\n\nThe Palermo Protocol in plain words.\n\n"
              "## Article 3\n\nAct, means and purpose.\n");
    writeFile(d.filePath(QStringLiteral("alpha/quiz.en.yaml")), R"(questions:
  - id: q1
    kind: single
    prompt: "How many elements has the definition?"
    choices:
      - {text: "Two"}
      - {text: "Three", correct: true}
    explanation: "Act, means and purpose."
  - id: q2
    kind: multiple
    prompt: "Which are means?"
    choices:
      - {text: "Fraud", correct: true}
      - {text: "Deception", correct: true}
      - {text: "Recruitment"}
    explanation: "Recruitment is an act."
)");
    writeFile(d.filePath(QStringLiteral("beta/module.yaml")), R"(slug: beta
order: 2
title: {en: "Beta module", ru: "Модуль бета"}
decks: {en: slides.en.md}
)");
    writeFile(d.filePath(QStringLiteral("beta/slides.en.md")),
              "# Beta\n\nOnly slide.\n\n<!-- Beta notes. -->\n");
    writeFile(d.filePath(QStringLiteral("glossary.yaml")), R"(terms:
  - id: tip
    en: {term: "trafficking in persons", definition: "Act, means, purpose."}
    ru: {term: "торговля людьми", definition: "Деяние, способ, цель."}
    tk: {term: "adam söwdasy", definition: "Hereket, serişde, maksat."}
  - id: exploitation
    en: {term: "exploitation", definition: "Taking unfair advantage."}
    ru: {term: "эксплуатация", definition: "Извлечение выгоды."}
    tk: {term: "ekspluatasiýa", definition: "Peýdalanmak.", review: "not confirmed"}
)");
    writeFile(d.filePath(QStringLiteral("agenda.yaml")), R"(days:
  - day: 1
    date: "2026-12-08"
    sessions:
      - {start: "09:00", end: "09:30", title: {en: "Opening", ru: "Открытие"}}
      - {start: "09:30", end: "10:15", module: alpha}
      - {start: "10:30", end: "11:00", module: beta}
)");
}

} // namespace okuw::test
