#include "pdfoutline.h"

#include <QRegularExpression>

namespace okuw::render {

namespace {

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

// A PDF text string: UTF-16BE with its byte-order mark, as hex.
QByteArray pdfText(const QString &text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return '<' + bytes.toHex().toUpper() + '>';
}

QByteArray ref(int object)
{
    return QByteArray::number(object) + " 0 R";
}

} // namespace

QByteArray addPdfOutline(const QByteArray &pdf, const QList<OutlineEntry> &entries, QString *error)
{
    // The last trailer: its size, root and info, and where its xref starts.
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    if (trailerAt < 0)
        return fail(error, QStringLiteral("no trailer")), QByteArray();
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt));
    static const QRegularExpression sizeRx(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression rootRx(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression infoRx(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression startRx(QStringLiteral("startxref\\s+(\\d+)"));
    const auto size = sizeRx.match(trailer), root = rootRx.match(trailer),
               info = infoRx.match(trailer), start = startRx.match(trailer);
    if (!size.hasMatch() || !root.hasMatch() || !start.hasMatch())
        return fail(error, QStringLiteral("the trailer lacks /Size, /Root or startxref")),
               QByteArray();
    // The page tree: one /Pages node whose /Kids are the pages in order.
    static const QRegularExpression pagesRx(
        QStringLiteral("(\\d+) 0 obj\\s*<<\\s*/Type\\s*/Pages\\s*/Kids\\s*\\[([^\\]]*)\\]"));
    const auto pages = pagesRx.match(QString::fromLatin1(pdf));
    if (!pages.hasMatch())
        return fail(error, QStringLiteral("no /Pages node")), QByteArray();
    QList<int> pageObjects;
    static const QRegularExpression kidRx(QStringLiteral("(\\d+)\\s+0\\s+R"));
    for (auto it = kidRx.globalMatch(pages.captured(2)); it.hasNext();)
        pageObjects << it.next().captured(1).toInt();
    if (pageObjects.isEmpty())
        return fail(error, QStringLiteral("a page tree without pages")), QByteArray();
    if (entries.isEmpty())
        return pdf;

    const int first = size.captured(1).toInt(); // the first free object number
    const int outlines = first;
    auto objectOf = [&](qsizetype i) { return first + 1 + int(i); };
    // Each entry's parent: the nearest entry before it of a lower level.
    const qsizetype n = entries.size();
    QList<qsizetype> parent(n, -1);
    for (qsizetype i = 0; i < n; ++i)
        for (qsizetype j = i - 1; j >= 0; --j)
            if (entries[j].level < entries[i].level) {
                parent[i] = j;
                break;
            }
    QList<QList<qsizetype>> children(n);
    QList<qsizetype> top;
    for (qsizetype i = 0; i < n; ++i)
        (parent[i] < 0 ? top : children[parent[i]]) << i;
    auto linkSiblings = [&](const QList<qsizetype> &siblings, qsizetype i, QByteArray &dict) {
        const qsizetype at = siblings.indexOf(i);
        if (at > 0)
            dict += "/Prev " + ref(objectOf(siblings[at - 1])) + '\n';
        if (at + 1 < siblings.size())
            dict += "/Next " + ref(objectOf(siblings[at + 1])) + '\n';
    };

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    QList<std::pair<int, qsizetype>> offsets; // object, where it starts
    auto write = [&](int object, const QByteArray &body) {
        offsets.append({object, out.size()});
        out += QByteArray::number(object) + " 0 obj\n" + body + "\nendobj\n";
    };
    write(outlines, "<<\n/Type /Outlines\n/First " + ref(objectOf(top.first())) + "\n/Last " +
                        ref(objectOf(top.last())) + "\n/Count " + QByteArray::number(top.size()) +
                        "\n>>");
    for (qsizetype i = 0; i < n; ++i) {
        const int page = pageObjects.value(entries[i].page, pageObjects.last());
        QByteArray dict = "<<\n/Title " + pdfText(entries[i].title) + "\n/Parent " +
                          ref(parent[i] < 0 ? outlines : objectOf(parent[i])) + '\n';
        linkSiblings(parent[i] < 0 ? top : children[parent[i]], i, dict);
        if (!children[i].isEmpty())
            dict += "/First " + ref(objectOf(children[i].first())) + "\n/Last " +
                    ref(objectOf(children[i].last())) + "\n/Count " +
                    QByteArray::number(children[i].size()) + '\n';
        dict += "/Dest [" + ref(page) + " /XYZ null null null]\n>>";
        write(objectOf(i), dict);
    }
    // The catalog again, under its own number, now with the outline.
    const int catalog = root.captured(1).toInt();
    write(catalog, "<<\n/Type /Catalog\n/Pages " + ref(pages.captured(1).toInt()) + "\n/Outlines " +
                       ref(outlines) + "\n/PageMode /UseOutlines\n>>");

    const qsizetype xref = out.size();
    std::sort(offsets.begin(), offsets.end());
    out += "xref\n";
    for (qsizetype i = 0; i < offsets.size();) {
        qsizetype j = i; // a run of consecutive object numbers
        while (j + 1 < offsets.size() && offsets[j + 1].first == offsets[j].first + 1)
            ++j;
        out += QByteArray::number(offsets[i].first) + ' ' + QByteArray::number(j - i + 1) + '\n';
        for (qsizetype k = i; k <= j; ++k)
            out += QByteArray::number(offsets[k].second).rightJustified(10, '0') + " 00000 n \n";
        i = j + 1;
    }
    out +=
        "trailer\n<<\n/Size " + QByteArray::number(objectOf(n)) + "\n/Root " + ref(catalog) + '\n';
    if (info.hasMatch())
        out += "/Info " + ref(info.captured(1).toInt()) + '\n';
    out += "/Prev " + start.captured(1).toLatin1() + "\n>>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    if (error)
        error->clear();
    return out;
}

} // namespace okuw::render
