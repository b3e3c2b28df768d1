// Handout and deck PDFs open in QPdfDocument with the right text; PNG export.
#include "render/export.h"
#include "render/handout.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace okuw;
using namespace okuw::render;

namespace {
QString allText(QPdfDocument &doc)
{
    QString text;
    for (int i = 0; i < doc.pageCount(); ++i)
        text += doc.getAllText(i).text() + QLatin1Char('\n');
    return text;
}
} // namespace

TEST_CASE("a handout PDF opens and holds Cyrillic and Turkmen text", "[pdf]")
{
    QString md =
        QStringLiteral("# Палермский протокол\n\nТорговля людьми — тяжкое преступление.\n\n"
                       "Adam söwdasy: çäňöşüýž.\n\n"
                       "| Статья | Суть |\n|---|---|\n| 3 | Определение |\n\n"
                       "![remote](https://example.org/x.png)\n\n");
    for (int i = 0; i < 60; ++i)
        md += QStringLiteral("Абзац %1. Следователь фиксирует показания потерпевшего.\n\n").arg(i);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("handout.pdf"));
    int calls = 0;
    QString error;
    REQUIRE(writeHandoutPdf(
        md, QStringLiteral("Протокол"), path,
        [&calls](const QString &) {
            ++calls;
            return QByteArray();
        },
        &error));
    CHECK(error.isEmpty());
    CHECK(calls == 0); // the only image is remote

    QPdfDocument doc;
    REQUIRE(doc.load(path) == QPdfDocument::Error::None);
    CHECK(doc.pageCount() >= 2);
    CHECK(doc.metaData(QPdfDocument::MetaDataField::Title).toString() ==
          QStringLiteral("Протокол"));
    const QString text = allText(doc);
    CHECK(text.contains(QStringLiteral("Палермский протокол")));
    CHECK(text.contains(QStringLiteral("çäňöşüýž")));
    CHECK(text.contains(QStringLiteral("Определение")));
    CHECK(text.contains(QStringLiteral("Абзац 59")));
}

TEST_CASE("a handout PDF has an outline from its headings, each at its page", "[pdf]")
{
    // Three sections long enough to spread over several pages, one nested.
    QString md = QStringLiteral("# Палермский протокол\n\n");
    const QStringList headings = {QStringLiteral("Статья 3 «Определения»"),
                                  QStringLiteral("Article 5: criminalization"),
                                  QStringLiteral("Adam söwdasy: çäňöşüýž")};
    for (const QString &h : headings) {
        md += QStringLiteral("## %1\n\n").arg(h);
        for (int i = 0; i < 30; ++i)
            md += QStringLiteral("Paragraph %1 of %2, long enough to fill a line of text on the "
                                 "page.\n\n")
                      .arg(i)
                      .arg(h);
    }
    md += QStringLiteral("### Sub-point\n\nThe end.\n");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outlined.pdf"));
    QString error;
    REQUIRE(writeHandoutPdf(md, QStringLiteral("Протокол"), path, {}, &error));

    QPdfDocument doc;
    REQUIRE(doc.load(path) == QPdfDocument::Error::None);
    REQUIRE(doc.pageCount() >= 3);
    QPdfBookmarkModel model;
    model.setDocument(&doc);
    REQUIRE(model.rowCount() == 1); // the title, with the sections under it
    const QModelIndex top = model.index(0, 0);
    CHECK(top.data(int(QPdfBookmarkModel::Role::Title)).toString() ==
          QStringLiteral("Палермский протокол"));
    REQUIRE(model.rowCount(top) == 3);
    QList<int> pages;
    for (int i = 0; i < 3; ++i) {
        const QModelIndex entry = model.index(i, 0, top);
        CHECK(entry.data(int(QPdfBookmarkModel::Role::Title)).toString() == headings[i]);
        const int page = entry.data(int(QPdfBookmarkModel::Role::Page)).toInt();
        // The heading stands on the page its entry opens.
        CHECK(doc.getAllText(page).text().simplified().contains(headings[i]));
        pages << page;
    }
    CHECK(pages.last() > pages.first());
    REQUIRE(model.rowCount(model.index(2, 0, top)) == 1); // "Sub-point" under the last
    // Everything Qt wrote is still there, unchanged: the outline is an
    // incremental update appended to it.
    CHECK(allText(doc).contains(QStringLiteral("The end.")));
    CHECK(doc.metaData(QPdfDocument::MetaDataField::Title).toString() ==
          QStringLiteral("Протокол"));
}

TEST_CASE("a handout PDF can go to a QIODevice, a closed one is refused", "[pdf]")
{
    QByteArray bytes;
    QBuffer buf(&bytes);
    REQUIRE(buf.open(QIODevice::WriteOnly));
    REQUIRE(writeHandoutPdf(QStringLiteral("Hello"), QStringLiteral("Title"), &buf, {}));
    buf.close();
    CHECK(bytes.startsWith("%PDF-"));

    QBuffer closed;
    QString error;
    CHECK_FALSE(writeHandoutPdf(QStringLiteral("x"), QString(), &closed, {}, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(writeHandoutPdf(QStringLiteral("x"), QString(),
                                QStringLiteral("/nonexistent-dir/x.pdf"), {}, &error));
    CHECK(error.contains(QLatin1String("/nonexistent-dir/x.pdf")));
}

TEST_CASE("export writes one 1920x1080 PNG per slide and a notes PDF", "[pdf][export]")
{
    QList<core::Slide> slides;
    for (int i = 0; i < 3; ++i) {
        core::Slide s;
        s.id = i + 1;
        s.title = QStringLiteral("Slaýd %1").arg(i + 1);
        s.body = QStringLiteral("# Slaýd %1\n\n- Şaýat\n- Свидетель").arg(i + 1);
        s.notes = QStringLiteral("Заметка докладчика %1").arg(i + 1);
        slides.append(s);
    }
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("png"));
    QString error;
    REQUIRE(exportSlidesPng(slides, out, {}, &error));
    const QStringList files =
        QDir(out).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    REQUIRE(files == QStringList{QStringLiteral("slide-001.png"), QStringLiteral("slide-002.png"),
                                 QStringLiteral("slide-003.png")});
    for (const QString &f : files)
        CHECK(QImage(QDir(out).filePath(f)).size() == QSize(1920, 1080));

    const QString pdf = dir.filePath(QStringLiteral("deck.pdf"));
    REQUIRE(exportDeckPdf(slides, pdf, {}, &error));
    QPdfDocument doc;
    REQUIRE(doc.load(pdf) == QPdfDocument::Error::None);
    CHECK(doc.pageCount() == 3);
    CHECK(doc.getAllText(1).text().contains(QStringLiteral("Заметка докладчика 2")));
    CHECK(doc.getAllText(2).text().contains(QStringLiteral("Slaýd 3")));

    CHECK_FALSE(exportDeckPdf(slides, QStringLiteral("/nonexistent-dir/d.pdf"), {}, &error));
    CHECK(error.contains(QLatin1String("/nonexistent-dir/d.pdf")));
}
