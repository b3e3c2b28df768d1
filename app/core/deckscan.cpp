#include "deckscan.h"

#include <QRegularExpression>
#include <algorithm>
#include <md4c.h>

namespace okuw::core::deckscan {

int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

qsizetype lineStart(const QByteArray &text, qsizetype offset)
{
    const qsizetype nl = offset > 0 ? text.lastIndexOf('\n', offset - 1) : -1;
    return nl + 1;
}

namespace {

// A thematic break line per CommonMark: up to three spaces, then three or
// more of the same '-', '*' or '_', spaces allowed in between.
bool isThematicBreakLine(const QByteArray &line)
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}([-*_])([ \\t]*\\1){2,}[ \\t]*$"));
    return re.match(QString::fromUtf8(line)).hasMatch();
}

bool isAtxHeadingLine(const QByteArray &line)
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}#{1,6}([ \\t]|$)"));
    return re.match(QString::fromUtf8(line)).hasMatch();
}

int onEnterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto *s = static_cast<Scan *>(userdata);
    if (s->depth == 1 && type == MD_BLOCK_HR)
        s->breaksAfter << s->lastTextEnd;
    if (type == MD_BLOCK_H) {
        s->headings.append({int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level), -1});
        s->openHeading = int(s->headings.size()) - 1;
    }
    ++s->depth;
    return 0;
}

int onLeaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *s = static_cast<Scan *>(userdata);
    --s->depth;
    if (type != MD_BLOCK_H)
        return 0;
    const Heading h = s->headings.value(s->openHeading);
    s->openHeading = -1;
    if (h.firstText >= 0)
        s->headingDone = true;
    if (s->depth != 1 || h.firstText < 0)
        return 0;
    // A setext heading's underline is not a slide separator: move the search
    // start past it. An ATX heading (`# A`) has no underline: a `---` right
    // under it is a separator.
    const QByteArray text = QByteArray::fromRawData(s->base, s->size);
    const qsizetype lastLine = lineStart(text, qMax<qsizetype>(0, s->lastTextEnd - 1));
    qsizetype lastEnd = text.indexOf('\n', lastLine);
    if (lastEnd < 0)
        lastEnd = text.size();
    if (isAtxHeadingLine(text.mid(lastLine, lastEnd - lastLine)))
        return 0;
    qsizetype next = text.indexOf('\n', lastEnd + 1);
    if (next < 0)
        next = text.size();
    if (lastEnd < text.size())
        s->lastTextEnd = next;
    return 0;
}

int onSpan(MD_SPANTYPE, void *, void *)
{
    return 0;
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    auto *s = static_cast<Scan *>(userdata);
    const bool inBuffer = text >= s->base && text + size <= s->base + s->size;
    if (s->openHeading >= 0 && !s->headingDone &&
        (type == MD_TEXT_NORMAL || type == MD_TEXT_CODE || type == MD_TEXT_ENTITY ||
         type == MD_TEXT_SOFTBR))
        s->firstHeading +=
            type == MD_TEXT_SOFTBR ? QStringLiteral(" ") : QString::fromUtf8(text, size);
    if (!inBuffer)
        return 0;
    const qsizetype begin = text - s->base;
    if (s->openHeading >= 0 && s->headings[s->openHeading].firstText < 0)
        s->headings[s->openHeading].firstText = begin;
    s->lastTextEnd = qMax(s->lastTextEnd, begin + qsizetype(size));
    s->textRanges << std::pair{begin, begin + qsizetype(size)};
    if (type == MD_TEXT_HTML)
        s->htmlRanges << std::pair{begin, begin + qsizetype(size)};
    return 0;
}

} // namespace

Scan scanMarkdown(const QByteArray &text)
{
    Scan scan;
    scan.base = text.constData();
    scan.size = text.size();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = onEnterBlock;
    parser.leave_block = onLeaveBlock;
    parser.enter_span = onSpan;
    parser.leave_span = onSpan;
    parser.text = onText;
    md_parse(text.constData(), MD_SIZE(text.size()), &parser, &scan);
    return scan;
}

// Byte offsets [start, end) of each thematic-break line md4c found at the
// top level: the first such line at or after each break's search start.
QList<Range> separatorLines(const QByteArray &text, const Scan &scan)
{
    QList<Range> out;
    qsizetype floor = 0;
    for (qsizetype from : scan.breaksAfter) {
        qsizetype pos = qMax(from, floor);
        if (pos > 0 && text[pos - 1] != '\n') { // start at the beginning of a line
            const qsizetype nl = text.indexOf('\n', pos);
            pos = nl < 0 ? text.size() : nl + 1;
        }
        while (pos < text.size()) {
            qsizetype end = text.indexOf('\n', pos);
            if (end < 0)
                end = text.size();
            if (isThematicBreakLine(text.mid(pos, end - pos))) {
                out << Range{pos, qMin(end + 1, text.size())};
                floor = qMin(end + 1, text.size());
                break;
            }
            pos = end + 1;
        }
    }
    return out;
}

// HTML comments that md4c saw as raw HTML (so not inside code), in order.
QList<Comment> htmlComments(const QByteArray &text, const Scan &scan, QList<DeckProblem> *problems,
                            int lineOffset)
{
    QList<Comment> out;
    qsizetype pos = 0;
    while ((pos = text.indexOf("<!--", pos)) >= 0) {
        const bool isHtml =
            std::any_of(scan.htmlRanges.cbegin(), scan.htmlRanges.cend(),
                        [pos](const Range &r) { return pos >= r.first && pos < r.second; });
        if (!isHtml) {
            pos += 4;
            continue;
        }
        const qsizetype close = text.indexOf("-->", pos + 4);
        if (close < 0) {
            if (problems)
                problems->append({lineOffset + lineAt(text, pos) - 1,
                                  QStringLiteral("an HTML comment is opened with <!-- but never "
                                                 "closed with -->")});
            break;
        }
        const QByteArray raw = text.mid(pos + 4, close - pos - 4);
        qsizetype lead = 0;
        while (lead < raw.size() && QChar::isSpace(uchar(raw[lead])))
            ++lead;
        out << Comment{pos, close + 3, raw.trimmed(), int(raw.left(lead).count('\n'))};
        pos = close + 3;
    }
    return out;
}

// `<style>` and `<style scoped>` elements md4c saw as raw HTML: taken out
// of `text` (blanked, so offsets and lines stay) and returned.
QList<StyleBlock> takeStyles(QByteArray &text, const Scan &scan)
{
    static const QRegularExpression open(QStringLiteral("^<style(\\s+scoped)?\\s*>"),
                                         QRegularExpression::CaseInsensitiveOption);
    QList<StyleBlock> out;
    for (const Range &r : scan.htmlRanges) {
        if (r.first >= text.size() || text.mid(r.first, 6).toLower() != "<style")
            continue;
        const auto m = open.match(QString::fromUtf8(text.mid(r.first, 40)));
        if (!m.hasMatch())
            continue;
        const qsizetype cssStart = r.first + m.capturedLength(0);
        qsizetype close = text.indexOf("</style>", cssStart);
        if (close < 0)
            close = text.size();
        const qsizetype end = qMin(text.size(), close + 8);
        StyleBlock b;
        b.scoped = !m.captured(1).isEmpty();
        const QByteArray css = text.mid(cssStart, close - cssStart);
        b.line = lineAt(text, cssStart) + (css.startsWith('\n') ? 1 : 0);
        b.css = QString::fromUtf8(css).trimmed();
        out << b;
        for (qsizetype i = r.first; i < end; ++i)
            if (text[i] != '\n')
                text[i] = ' ';
    }
    return out;
}

QString normalisedLabel(const QString &label)
{
    return label.toCaseFolded().simplified();
}

QList<LinkDefinition> linkDefinitions(const QByteArray &text, const Scan &scan)
{
    // One line: label, destination, optional title (CommonMark's forms).
    static const QRegularExpression def(QStringLiteral(
        R"(^ {0,3}\[((?:[^\[\]\\]|\\.){1,999})\]:[ \t]*(<[^<>\n]*>|\S+)(?:[ \t]+("[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$)"));
    QList<LinkDefinition> out;
    QSet<QString> seen;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const qsizetype begin = pos;
        pos = end + 1;
        const QByteArray line = text.mid(begin, end - begin);
        if (!line.contains("]:"))
            continue;
        const auto m = def.match(QString::fromUtf8(line));
        if (!m.hasMatch())
            continue;
        // md4c reports no text for a definition; a line in code, in a
        // paragraph or in HTML has text.
        const bool isText =
            std::any_of(scan.textRanges.cbegin(), scan.textRanges.cend(),
                        [&](const Range &r) { return r.first < end && r.second > begin; });
        const QString label = normalisedLabel(m.captured(1));
        if (isText || label.isEmpty() || seen.contains(label))
            continue;
        seen.insert(label);
        out << LinkDefinition{label, begin, end, m.captured(0).trimmed()};
    }
    return out;
}

QSet<QString> referencedLabels(const QString &markdown)
{
    static const QRegularExpression ref(QStringLiteral(R"(\[((?:[^\[\]\\]|\\.){1,999})\])"));
    QSet<QString> out;
    for (auto it = ref.globalMatch(markdown); it.hasNext();)
        out.insert(normalisedLabel(it.next().captured(1)));
    return out;
}

} // namespace okuw::core::deckscan
