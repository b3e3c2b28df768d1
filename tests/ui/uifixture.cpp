#include "uifixture.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace okuw::test {

namespace {

// A handout long enough for several pages, with one word only in section 9.
QByteArray longHandout()
{
    QByteArray md = "# Gamma handout\n\n";
    for (int s = 1; s <= 12; ++s) {
        md += "## Section " + QByteArray::number(s) + "\n\n";
        for (int p = 0; p < 6; ++p)
            md += "Investigators record the indicators of trafficking in persons, the means "
                  "used and the purpose of exploitation, and check every statement against "
                  "documents, witnesses and financial records before they charge anyone. ";
        if (s == 9)
            md += "The quokkaword appears here and only here. ";
        md += "\n\n";
    }
    return md;
}

void addGamma(const QString &dir)
{
    writeFile(dir + "/gamma/module.yaml", R"(slug: gamma
order: 3
title: {en: "Gamma module", ru: "Модуль гамма", tk: "Gamma moduly"}
decks: {en: slides.en.md}
documents:
  - {lang: en, title: "Gamma long handout", handout: handout.en.md}
  - {lang: en, title: "Gamma reference", file: reference.pdf}
)");
    writeFile(dir + "/gamma/slides.en.md", "# Gamma\n\nOne slide.\n");
    writeFile(dir + "/gamma/handout.en.md", longHandout());
    // A PDF as Qt writes it: no outline.
    QPdfWriter writer(dir + "/gamma/reference.pdf");
    QPainter painter(&writer);
    painter.drawText(QPointF(200, 200), QStringLiteral("Reference page"));
    painter.end();
}

UiBundles build()
{
    static QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    UiBundles b;
    b.root = scratch.path();

    const QString src = b.root + "/src";
    writeSampleSource(src);
    addGamma(src);
    b.sample = b.root + "/sample.okuw";
    const ProcessResult r = runTool({"build", src, "-o", b.sample});
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    const QString src2 = b.root + "/src2";
    writeSampleSource(src2);
    QByteArray yaml = readFile(src2 + "/bundle.yaml");
    yaml.replace("11111111-2222-4333-8444-555555555555", "99999999-2222-4333-8444-555555555555");
    yaml.replace("Sample bundle", "Other bundle");
    writeFile(src2 + "/bundle.yaml", yaml);
    b.other = b.root + "/other.okuw";
    const ProcessResult r2 = runTool({"build", src2, "-o", b.other});
    INFO(r2.out.toStdString() << r2.err.toStdString());
    REQUIRE(r2.exitCode == 0);
    return b;
}

} // namespace

const UiBundles &uiBundles()
{
    static const UiBundles bundles = build();
    return bundles;
}

int popplerPageWith(const QString &pdfPath, const QString &word, int pageCount)
{
    for (int page = 0; page < pageCount; ++page) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {"-f", QString::number(page + 1), "-l", QString::number(page + 1), pdfPath, "-"});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return -2;
        if (QString::fromUtf8(p.readAllStandardOutput()).contains(word))
            return page;
    }
    return -1;
}

} // namespace okuw::test
