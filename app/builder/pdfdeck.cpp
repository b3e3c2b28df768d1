#include "pdfdeck.h"

#include "core/markdowntext.h"
#include "core/pagekey.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QPdfDocument>
#include <QRegularExpression>
#include <QStringDecoder>

namespace okuw::builder {

namespace {

// lupdate and the runtime agree on this context wherever DeckText::tr is called.
struct DeckText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::builder::PdfDeck)
};

} // namespace

bool readPdfPages(const QString &path, QList<PdfPageFacts> *pages, QString *why,
                  const std::function<void(int, int)> &progress)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        *why = DeckText::tr("cannot be read: %1").arg(probe.errorString());
        return false;
    }
    if (!probe.read(1024).contains("%PDF-")) {
        *why = DeckText::tr("is not a PDF (it does not begin with %PDF-)");
        return false;
    }
    probe.close();
    QPdfDocument pdf;
    const QPdfDocument::Error error = pdf.load(path);
    if (error == QPdfDocument::Error::IncorrectPassword) {
        *why = DeckText::tr("is encrypted with a password; export it again without one");
        return false;
    }
    if (error != QPdfDocument::Error::None) {
        *why = DeckText::tr("is not a PDF that can be read (%1)")
                   .arg(QString::fromLatin1(
                       QMetaEnum::fromType<QPdfDocument::Error>().valueToKey(int(error))));
        return false;
    }
    const int count = pdf.pageCount();
    if (count < 1) {
        *why = DeckText::tr("has no pages");
        return false;
    }
    pages->clear();
    pages->reserve(count);
    for (int page = 0; page < count; ++page) {
        PdfPageFacts facts;
        facts.text = pdf.getAllText(page).text();
        facts.size = pdf.pagePointSize(page);
        if (facts.size.width() < 1 || facts.size.height() < 1)
            facts.size = QSizeF(960, 540);
        pages->append(facts);
        if (progress && ((page + 1) % 50 == 0 || page + 1 == count))
            progress(page + 1, count);
    }
    return true;
}

QString pdfSlideKey(int page, const QString &text)
{
    return core::pdfPageKey(page, text);
}

QString pdfSlideTitle(int page, const QString &text)
{
    for (const QString &line : text.split(QRegularExpression(QStringLiteral("[\r\n\u2028]")))) {
        const QString t = line.simplified();
        if (!t.isEmpty())
            return t.left(200);
    }
    return DeckText::tr("Page %1").arg(page);
}

QString notesFileFor(const QString &pdfPath)
{
    const QFileInfo fi(pdfPath);
    const QString base = fi.absolutePath() + QLatin1Char('/') + fi.completeBaseName();
    for (const QString &candidate :
         {base + QStringLiteral(".notes.md"), base + QStringLiteral(".pdfpc")}) {
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

QList<std::pair<QString, QString>> splitMarkdownNotes(const QString &markdown, QList<int> *lines)
{
    QList<std::pair<QString, QString>> sections;
    QStringList current;
    bool inFence = false;
    const QStringList all = markdown.split(QLatin1Char('\n'));
    auto close = [&] {
        if (!sections.isEmpty())
            sections.last().second = current.join(QLatin1Char('\n')).trimmed();
        current.clear();
    };
    for (int i = 0; i < all.size(); ++i) {
        QString line = all[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.startsWith(QLatin1String("```")) || line.startsWith(QLatin1String("~~~")))
            inFence = !inFence;
        if (!inFence && (line == QLatin1String("#") || line.startsWith(QLatin1String("# ")))) {
            close();
            sections.append({line.mid(2).trimmed(), QString()});
            if (lines)
                lines->append(i + 1);
            continue;
        }
        current << line;
    }
    close();
    return sections;
}

DeckNotes readDeckNotes(const QString &path, int pageCount)
{
    DeckNotes out;
    out.file = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.errors << QStringLiteral("%1:0: %2")
                          .arg(path, DeckText::tr("cannot be read: %1").arg(file.errorString()));
        return out;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        out.errors
            << QStringLiteral("%1:0: %2").arg(path, DeckText::tr("the file is not UTF-8 text"));
        return out;
    }
    if (path.endsWith(QLatin1String(".pdfpc"), Qt::CaseInsensitive)) {
        // pdfpc 4.5 and later: {"pages": [{"idx": 0, "label": "1", "note": "..."}]}
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (!doc.isObject()) {
            out.errors << QStringLiteral("%1:0: %2")
                              .arg(path, DeckText::tr("is not pdfpc's JSON notes file: %1")
                                             .arg(error.errorString()));
            return out;
        }
        QStringList extra;
        for (const QJsonValue &v : doc.object().value(QStringLiteral("pages")).toArray()) {
            const QJsonObject page = v.toObject();
            const int idx = page.contains(QStringLiteral("idx"))
                                ? page.value(QStringLiteral("idx")).toInt(-1)
                                : page.value(QStringLiteral("label")).toString().toInt() - 1;
            const QString note = page.value(QStringLiteral("note")).toString().trimmed();
            if (idx < 0 || note.isEmpty())
                continue;
            if (idx >= pageCount) {
                extra << QString::number(idx + 1);
                continue;
            }
            while (out.notes.size() <= idx)
                out.notes << QString();
            // pdfpc's notes are plain text; the notes file's are Markdown.
            out.notes[idx] = core::plainTextToMarkdown(note);
        }
        if (!extra.isEmpty())
            out.warnings << QStringLiteral("%1:0: %2")
                                .arg(path,
                                     DeckText::tr(
                                         "notes for pages the PDF does not have (it has %1): %2")
                                         .arg(pageCount)
                                         .arg(extra.join(QStringLiteral(", "))));
        return out;
    }
    QList<int> lines;
    const auto sections = splitMarkdownNotes(text, &lines);
    for (int i = 0; i < sections.size(); ++i) {
        if (i < pageCount) {
            out.notes << sections[i].second;
            continue;
        }
        const QString name = sections[i].first.isEmpty() ? QStringLiteral("#") : sections[i].first;
        out.warnings << QStringLiteral("%1:%2: %3")
                            .arg(path)
                            .arg(lines.value(i))
                            .arg(DeckText::tr("section %1 “%2” has no page: the PDF has %3 "
                                              "pages; its notes are left out")
                                     .arg(i + 1)
                                     .arg(name)
                                     .arg(pageCount));
    }
    return out;
}

} // namespace okuw::builder
