// Qt ships no Turkmen translation of its own strings: Okuw's
// translations/okuw_qt_tk.ts holds those Okuw shows (standard buttons, the
// file dialog, message boxes, the text fields' context menu), loaded by
// core::installTranslations where Qt's qtbase_<lang>.qm would be.
#include "core/i18n.h"
#include "testsupport.h"
#include "tsfile.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <catch2/catch.hpp>
#include <memory>

using namespace okuw;

TEST_CASE("Qt's standard buttons and menus speak Turkmen", "[i18n][ui]")
{
    core::installTranslations(QStringLiteral("tk"));
    REQUIRE(core::installedLanguage() == QStringLiteral("tk"));

    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close |
                         QDialogButtonBox::Save | QDialogButtonBox::Open);
    CHECK(box.button(QDialogButtonBox::Ok)->text() == QStringLiteral("Bolýar"));
    CHECK(box.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("Ýatyr"));
    CHECK(box.button(QDialogButtonBox::Close)->text() == QStringLiteral("Ýap"));
    CHECK(box.button(QDialogButtonBox::Save)->text() == QStringLiteral("Ýatda sakla"));
    CHECK(box.button(QDialogButtonBox::Open)->text() == QStringLiteral("Aç"));

    QMessageBox question(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("?"),
                         QMessageBox::Yes | QMessageBox::No);
    CHECK(question.button(QMessageBox::Yes)->text().remove(QLatin1Char('&')) ==
          QStringLiteral("Hawa"));
    CHECK(question.button(QMessageBox::No)->text().remove(QLatin1Char('&')) ==
          QStringLiteral("Ýok"));

    QLineEdit edit;
    const std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
    QStringList texts;
    for (const QAction *a : menu->actions())
        texts << a->text().section(QLatin1Char('\t'), 0, 0); // without "\tCtrl+C"
    INFO(texts.join(QLatin1String(", ")).toStdString());
    CHECK(texts.contains(QStringLiteral("&Göçür")));
    CHECK(texts.contains(QStringLiteral("Hemmesini saýla")));
    CHECK_FALSE(texts.contains(QStringLiteral("&Copy")));

    // Back in English, the Turkmen translator is gone.
    core::installTranslations(QStringLiteral("en"));
    CHECK(QDialogButtonBox(QDialogButtonBox::Cancel).button(QDialogButtonBox::Cancel)->text() ==
          QStringLiteral("Cancel"));
}

TEST_CASE("Okuw's translation of Qt's strings is complete", "[i18n]")
{
    QString error;
    const QList<test::TsMessage> messages = test::readTs(
        QDir(test::sourceDir()).filePath(QStringLiteral("translations/okuw_qt_tk.ts")), &error);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    CHECK(messages.size() > 50);
    for (const test::TsMessage &m : messages) {
        INFO(m.context.toStdString() << ": " << m.source.toStdString());
        CHECK_FALSE(m.unfinished);
        REQUIRE(m.translations.size() == 1);
        const QString &t = m.translations.first();
        CHECK_FALSE(t.trimmed().isEmpty());
        CHECK(test::placeholders(t) == test::placeholders(m.source));
        if (!test::accelerators(m.source).isEmpty())
            CHECK(test::accelerators(t).size() == 1);
    }
}
