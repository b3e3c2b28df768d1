// The notice for a translation a lawyer has not yet reviewed: on a real
// window, with a real bundle built by okuw-bundle, on the offscreen platform.
#include "core/bundle.h"
#include "testsupport.h"
#include "ui/mainwindow.h"
#include "ui/reviewnotice.h"
#include "uifixture.h"
#include "uisupport.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using okuw::test::writeFile;
using okuw::ui::MainWindow;

namespace {

void writeModule(const QString &dir, const QByteArray &slug, int order, const QByteArray &extra)
{
    writeFile(dir + "/" + slug + "/module.yaml",
              "slug: " + slug + "\norder: " + QByteArray::number(order) + "\ntitle: {en: \"" +
                  slug + "\", tk: \"" + slug +
                  "\"}\ndecks: {en: slides.en.md, tk: slides.tk.md}\n" + extra);
    writeFile(dir + "/" + slug + "/slides.en.md",
              "<!-- id: one -->\n# One\n\nEnglish.\n\n---\n\n<!-- id: two -->\n# Two\n\nMore.\n");
    writeFile(
        dir + "/" + slug + "/slides.tk.md",
        "<!-- id: one -->\n# Bir\n\nTürkmençe.\n\n---\n\n<!-- id: two -->\n# Iki\n\nDowamy.\n");
    writeFile(dir + "/" + slug + "/handout.tk.md", "# Gollanma\n\nTürkmençe gollanma.\n");
}

QString buildReviewBundle(const QTemporaryDir &tmp)
{
    const QString src = tmp.filePath(QStringLiteral("src"));
    writeFile(src + "/bundle.yaml", R"(id: 22222222-2222-4333-8444-555555555555
version: "1"
default_language: en
languages: [en, tk]
title: {en: "Review", tk: "Barlag"}
)");
    writeModule(src, "flagged", 1,
                "unreviewed_translation: [tk]\ndocuments:\n"
                "  - {lang: tk, title: \"Gollanma\", handout: handout.tk.md}\n");
    writeModule(src, "reviewed", 2, "");
    const QString out = tmp.filePath(QStringLiteral("review.okuw"));
    const okuw::test::ProcessResult r = okuw::test::runTool({"build", src, "-o", out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return out;
}

qint64 moduleId(MainWindow &w, const QString &slug)
{
    const auto m = w.bundle()->moduleBySlug(slug);
    REQUIRE(m);
    return m->id;
}

void chooseLanguage(MainWindow &w, const QString &lang)
{
    QAction *action = w.findChild<QAction *>(QStringLiteral("lang_") + lang);
    REQUIRE(action);
    action->trigger();
    REQUIRE(w.contentLanguage() == lang);
}

} // namespace

TEST_CASE("a slide of an unreviewed translation shows a notice, others do not", "[ui][review]")
{
    okuw::test::uiBundles(); // points the settings at a scratch folder
    okuw::test::resetProfile();
    QTemporaryDir tmp;
    const QString path = buildReviewBundle(tmp);

    MainWindow w(okuw::test::profile());
    okuw::ui::installReviewNotice(&w);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    auto *notice = w.statusBar()->findChild<QLabel *>(QStringLiteral("reviewNotice"));
    REQUIRE(notice);
    REQUIRE(w.openBundle(path, false));
    CHECK_FALSE(notice->isVisible());

    const QString expected =
        QStringLiteral("Translation not yet reviewed by a Turkmen-speaking lawyer");
    REQUIRE(w.openModule(moduleId(w, QStringLiteral("flagged"))));
    chooseLanguage(w, QStringLiteral("tk"));
    REQUIRE(w.currentSlide());
    CHECK(w.currentSlide()->lang == QStringLiteral("tk"));
    CHECK(notice->isVisible());
    CHECK(notice->text() == expected);
    CHECK_FALSE(notice->toolTip().isEmpty());

    // Every slide of the deck, not only the first.
    REQUIRE(w.openSlideByKey(moduleId(w, QStringLiteral("flagged")), QStringLiteral("two")));
    CHECK(notice->isVisible());

    // The module's handout in Turkmen is part of the same translation.
    const auto docs =
        w.bundle()->documents(moduleId(w, QStringLiteral("flagged")), QStringLiteral("tk"));
    REQUIRE(docs.size() == 1);
    REQUIRE(w.openDocumentPage(docs.first().id, 0));
    CHECK(notice->isVisible());

    // English is the original: no notice.
    chooseLanguage(w, QStringLiteral("en"));
    REQUIRE(w.openModule(moduleId(w, QStringLiteral("flagged"))));
    REQUIRE(w.currentSlide());
    CHECK(w.currentSlide()->lang == QStringLiteral("en"));
    CHECK_FALSE(notice->isVisible());

    // A Turkmen deck of a module that is not flagged: no notice.
    chooseLanguage(w, QStringLiteral("tk"));
    REQUIRE(w.openModule(moduleId(w, QStringLiteral("reviewed"))));
    REQUIRE(w.currentSlide());
    CHECK(w.currentSlide()->lang == QStringLiteral("tk"));
    CHECK_FALSE(notice->isVisible());

    // Back to the flagged one, then another bundle without flags replaces it.
    REQUIRE(w.openModule(moduleId(w, QStringLiteral("flagged"))));
    CHECK(notice->isVisible());
    REQUIRE(w.openBundle(okuw::test::uiBundles().sample, false));
    CHECK_FALSE(notice->isVisible());
}
