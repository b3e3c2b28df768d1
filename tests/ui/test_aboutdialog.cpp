// Help > About on a real bundle: the version, the bundle's title, version,
// publisher and build time, the data folder with a button that opens it,
// and the licences (its languages: tests/i18n/test_about_ui.cpp).
#include "core/bundle.h"
#include "core/i18n.h"
#include "render/highlight.h"
#include "testsupport.h"
#include "ui/aboutdialog.h"
#include "ui/mainwindow.h"
#include "uifixture.h"
#include "uisupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using okuw::ui::AboutDialog;
using okuw::ui::MainWindow;

namespace {

// Help > About as a person opens it; the dialog it shows.
AboutDialog *openAbout(MainWindow &w)
{
    QAction *about = w.findChild<QAction *>(QStringLiteral("about"));
    REQUIRE(about);
    about->trigger();
    AboutDialog *dialog = w.findChild<AboutDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    return dialog;
}

QString labelText(QWidget *dialog, const char *name)
{
    auto *label = dialog->findChild<QLabel *>(QLatin1String(name));
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("About shows the version, the bundle, the data folder and the licences", "[ui][about]")
{
    okuw::test::resetProfile();
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    MainWindow w(okuw::test::profile());
    w.show();
    REQUIRE(w.openBundle(okuw::test::uiBundles().sample, false));
    const okuw::core::BundleInfo &info = w.bundle()->info();
    AboutDialog *dialog = openAbout(w);

    CHECK(labelText(dialog, "title").contains(QStringLiteral("Okuw 9.8.7")));
    const QString bundle = labelText(dialog, "bundle");
    CHECK(bundle.contains(w.content().text(info.title).toHtmlEscaped()));
    CHECK(bundle.contains(info.version.toHtmlEscaped()));
    CHECK(bundle.contains(w.content().text(info.publisher).toHtmlEscaped()));
    CHECK(bundle.contains(QLocale(okuw::core::installedLanguage())
                              .toString(info.buildTime.toUTC().date(), QLocale::LongFormat)));
    CHECK(bundle.contains(QStringLiteral("UTC")));
    // The sample bundle is not signed, and says so (tests/ui/test_signature_ui.cpp
    // has the signed ones).
    auto *signature = dialog->findChild<QLabel *>(QStringLiteral("signature"));
    REQUIRE(signature);
    CHECK(signature->isVisible());
    CHECK(signature->text().contains(QStringLiteral("Not signed")));

    const QString dataDir = okuw::test::profile().paths().dataDir;
    CHECK(dialog->dataFolder() == dataDir);
    CHECK(labelText(dialog, "data").contains(QDir::toNativeSeparators(dataDir).toHtmlEscaped()));
    CHECK(dialog->openFolderButton()->isEnabled());
    const AboutDialog::Command open = AboutDialog::fileManagerCommand(dataDir);
    CHECK(open.arguments.contains(dataDir));
    CHECK_FALSE(open.program.isEmpty());

    auto *licences = dialog->findChild<QTextBrowser *>(QStringLiteral("licences"));
    REQUIRE(licences);
    const QString text = licences->toPlainText();
    // The summary above the full texts names every library the programs
    // link (third-party.txt below it names them too, so it is checked alone).
    const qsizetype fullTexts = text.indexOf(QStringLiteral("The full texts follow"));
    REQUIRE(fullTexts > 0);
    const QString summary = text.left(fullTexts);
    for (const char *expected :
         {"MIT", "CC BY 4.0", "DejaVu", "Bitstream", "Arev", "LGPL", "SQLite", "MD4C", "yaml-cpp",
          "libstemmer", "libsodium (ISC)", "libzip (BSD 3-clause)"}) {
        INFO(expected);
        CHECK(summary.contains(QLatin1String(expected)));
    }
    // Linked with GNU Source-highlight (the Debian build is), the summary
    // says so and what the GPL means for the program; a build without it
    // does not claim it.
    CHECK(summary.contains(QStringLiteral("GNU Source-highlight")) ==
          okuw::render::haveSourceHighlight());
    CHECK(summary.contains(QStringLiteral("GNU General Public License version 3 or later")) ==
          okuw::render::haveSourceHighlight());
    // The full texts: Okuw's MIT licence and the third-party notices, GPL included.
    CHECK(text.contains(QStringLiteral("Permission is hereby granted")));
    CHECK(text.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK_FALSE(licences->openLinks());
    dialog->close();
}

TEST_CASE("About with no bundle open says so", "[ui][about]")
{
    okuw::test::resetProfile();
    MainWindow w(okuw::test::profile());
    w.show();
    AboutDialog *dialog = openAbout(w);
    CHECK(labelText(dialog, "bundle").contains(QStringLiteral("No bundle is open.")));
    dialog->close();
}
