#include "deck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <md4c.h>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace okuw::core {

namespace {

// Directives Okuw implements. Global ones apply to the whole deck wherever
// they are written; local ones carry on to the following slides unless
// written with a leading '_'.
const QSet<QString> kGlobalDirectives = {QStringLiteral("theme"),       QStringLiteral("size"),
                                         QStringLiteral("marp"),        QStringLiteral("title"),
                                         QStringLiteral("description"), QStringLiteral("author"),
                                         QStringLiteral("lang")};
const QSet<QString> kLocalDirectives = {QStringLiteral("paginate"),
                                        QStringLiteral("header"),
                                        QStringLiteral("footer"),
                                        QStringLiteral("class"),
                                        QStringLiteral("backgroundColor"),
                                        QStringLiteral("backgroundImage"),
                                        QStringLiteral("color")};
// Marp directives Okuw does not implement: accepted, and listed on the slide
// as unsupported so the author sees them, never silently dropped.
const QSet<QString> kUnsupportedDirectives = {QStringLiteral("style"),
                                              QStringLiteral("headingDivider"),
                                              QStringLiteral("math"),
                                              QStringLiteral("image"),
                                              QStringLiteral("keywords"),
                                              QStringLiteral("url"),
                                              QStringLiteral("backgroundPosition"),
                                              QStringLiteral("backgroundRepeat"),
                                              QStringLiteral("backgroundSize")};
const QString kIdDirective = QStringLiteral("id");

bool isKnownDirective(QString key)
{
    if (key.startsWith(QLatin1Char('_')))
        key.remove(0, 1);
    return key == kIdDirective || kGlobalDirectives.contains(key) ||
           kLocalDirectives.contains(key) || kUnsupportedDirectives.contains(key);
}

QJsonValue yamlToJson(const YAML::Node &node)
{
    if (node.IsScalar()) {
        const QString s = QString::fromStdString(node.Scalar());
        if (node.Tag() != "!") { // unquoted: true/false are booleans
            if (s == QLatin1String("true"))
                return true;
            if (s == QLatin1String("false"))
                return false;
        }
        return s;
    }
    if (node.IsSequence()) {
        QJsonArray array;
        for (const auto &item : node)
            array.append(yamlToJson(item));
        return array;
    }
    if (node.IsMap()) {
        QJsonObject object;
        for (const auto &item : node)
            object.insert(QString::fromStdString(item.first.as<std::string>()),
                          yamlToJson(item.second));
        return object;
    }
    return QJsonValue();
}

// A YAML mapping, or nullopt when `text` is not one (a plain note).
std::optional<QJsonObject> parseYamlMap(const QByteArray &text, QString *error = nullptr)
{
    try {
        const YAML::Node node = YAML::Load(text.toStdString());
        if (node.IsNull())
            return QJsonObject();
        if (!node.IsMap())
            return std::nullopt;
        return yamlToJson(node).toObject();
    } catch (const YAML::Exception &e) {
        if (error)
            *error =
                QString::fromStdString(e.msg) + QStringLiteral(" (line %1)").arg(e.mark.line + 1);
        return std::nullopt;
    }
}

int lineAt(const QByteArray &text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

// A thematic break line per CommonMark: up to three spaces, then three or
// more of the same '-', '*' or '_', spaces allowed in between.
bool isThematicBreakLine(const QByteArray &line)
{
    static const QRegularExpression re(QStringLiteral("^ {0,3}([-*_])( *\\1){2,} *$"));
    return re.match(QString::fromUtf8(line)).hasMatch();
}

// What md4c tells about one pass over a buffer, with byte offsets into it.
struct Scan
{
    const char *base = nullptr;
    qsizetype size = 0;
    int depth = 0;
    qsizetype lastTextEnd = 0;
    bool lastBlockWasHeading = false;
    QList<qsizetype> breaksAfter; // for each top-level thematic break: search start
    QList<std::pair<qsizetype, qsizetype>> htmlRanges; // raw HTML text
    bool inHeading = false;
    bool headingDone = false;
    QString firstHeading;
};

int onEnterBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *s = static_cast<Scan *>(userdata);
    if (s->depth == 1) {
        if (type == MD_BLOCK_HR) {
            qsizetype from = s->lastTextEnd;
            s->breaksAfter << from;
        }
        if (type == MD_BLOCK_H && !s->headingDone)
            s->inHeading = true;
    }
    ++s->depth;
    return 0;
}

int onLeaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    auto *s = static_cast<Scan *>(userdata);
    --s->depth;
    if (s->depth == 1) {
        s->lastBlockWasHeading = type == MD_BLOCK_H;
        if (type == MD_BLOCK_H && s->inHeading) {
            s->inHeading = false;
            s->headingDone = true;
        }
        // A setext heading's underline is not a slide separator: move the
        // search start past it.
        if (type == MD_BLOCK_H) {
            const qsizetype lineEnd =
                QByteArray::fromRawData(s->base, s->size).indexOf('\n', s->lastTextEnd);
            if (lineEnd >= 0) {
                qsizetype next =
                    QByteArray::fromRawData(s->base, s->size).indexOf('\n', lineEnd + 1);
                if (next < 0)
                    next = s->size;
                const QByteArray line =
                    QByteArray(s->base + lineEnd + 1, next - lineEnd - 1).trimmed();
                static const QRegularExpression underline(QStringLiteral("^(=+|-+)$"));
                if (!line.isEmpty() && underline.match(QString::fromUtf8(line)).hasMatch())
                    s->lastTextEnd = next;
            }
        }
    }
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
    if (s->inHeading && (type == MD_TEXT_NORMAL || type == MD_TEXT_CODE || type == MD_TEXT_ENTITY ||
                         type == MD_TEXT_SOFTBR))
        s->firstHeading +=
            type == MD_TEXT_SOFTBR ? QStringLiteral(" ") : QString::fromUtf8(text, size);
    if (!inBuffer)
        return 0;
    const qsizetype begin = text - s->base;
    s->lastTextEnd = qMax(s->lastTextEnd, begin + qsizetype(size));
    if (type == MD_TEXT_HTML)
        s->htmlRanges << std::pair{begin, begin + qsizetype(size)};
    return 0;
}

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
QList<std::pair<qsizetype, qsizetype>> separatorLines(const QByteArray &text, const Scan &scan)
{
    QList<std::pair<qsizetype, qsizetype>> out;
    qsizetype floor = 0;
    for (qsizetype from : scan.breaksAfter) {
        qsizetype pos = qMax(from, floor);
        // Start at the beginning of a line.
        if (pos > 0 && text[pos - 1] != '\n') {
            const qsizetype nl = text.indexOf('\n', pos);
            pos = nl < 0 ? text.size() : nl + 1;
        }
        while (pos < text.size()) {
            qsizetype end = text.indexOf('\n', pos);
            if (end < 0)
                end = text.size();
            if (isThematicBreakLine(text.mid(pos, end - pos))) {
                out << std::pair{pos, qMin(end + 1, text.size())};
                floor = qMin(end + 1, text.size());
                break;
            }
            pos = end + 1;
        }
    }
    return out;
}

struct Comment
{
    qsizetype begin;
    qsizetype end; // past "-->"
    QByteArray inner;
};

// HTML comments that md4c saw as raw HTML (so not inside code), in order.
QList<Comment> htmlComments(const QByteArray &text, const Scan &scan, QList<DeckProblem> *problems,
                            int lineOffset)
{
    QList<Comment> out;
    qsizetype pos = 0;
    while ((pos = text.indexOf("<!--", pos)) >= 0) {
        bool isHtml = false;
        for (const auto &[b, e] : scan.htmlRanges) {
            if (pos >= b && pos < e) {
                isHtml = true;
                break;
            }
        }
        if (!isHtml) {
            pos += 4;
            continue;
        }
        const qsizetype close = text.indexOf("-->", pos + 4);
        if (close < 0) {
            problems->append({lineOffset + lineAt(text, pos) - 1,
                              QStringLiteral("an HTML comment is opened with <!-- but never "
                                             "closed with -->")});
            break;
        }
        out << Comment{pos, close + 3, text.mid(pos + 4, close - pos - 4).trimmed()};
        pos = close + 3;
    }
    return out;
}

QString directiveText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}

} // namespace

QString slugify(const QString &text)
{
    QString out;
    bool dash = false;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber()) {
            if (dash && !out.isEmpty())
                out += QLatin1Char('-');
            out += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    return out.left(80);
}

Deck parseDeck(const QString &markdown)
{
    Deck deck;
    QByteArray text = markdown.toUtf8();
    text.replace("\r\n", "\n");
    int bodyLine = 1;

    // YAML front matter: a first line of "---", up to the next "---" line.
    if (text.startsWith("---\n")) {
        const QRegularExpression closing(QStringLiteral("^(---|\\.\\.\\.)[ \\t]*$"),
                                         QRegularExpression::MultilineOption);
        const QString asText = QString::fromUtf8(text);
        const auto match = closing.match(asText, 4);
        if (!match.hasMatch()) {
            deck.problems << DeckProblem{1, QStringLiteral("the front matter starting on line 1 "
                                                           "is never closed with ---")};
        } else {
            const QByteArray yaml = asText.mid(4, match.capturedStart() - 4).toUtf8();
            QString error;
            const auto map = parseYamlMap(yaml, &error);
            if (!map) {
                deck.problems << DeckProblem{
                    1, error.isEmpty()
                           ? QStringLiteral("the front matter is not a YAML mapping")
                           : QStringLiteral("the front matter is not valid YAML: ") + error};
            } else {
                deck.frontMatter = *map;
            }
            const qsizetype endByte = asText.left(match.capturedEnd()).toUtf8().size();
            const qsizetype next = text.indexOf('\n', endByte);
            const qsizetype cut = next < 0 ? text.size() : next + 1;
            bodyLine = lineAt(text, cut);
            text = text.mid(cut);
        }
    }

    const Scan scan = scanMarkdown(text);
    QList<std::pair<qsizetype, qsizetype>> segments; // [begin, end) of each slide
    qsizetype start = 0;
    for (const auto &[b, e] : separatorLines(text, scan)) {
        segments << std::pair{start, b};
        start = e;
    }
    segments << std::pair{start, text.size()};

    // Directive state, Marp's way: global values from anywhere, local ones
    // from the front matter on, each slide inheriting what came before.
    QJsonObject global;
    QJsonObject local;
    QStringList unsupportedGlobal;
    for (auto it = deck.frontMatter.constBegin(); it != deck.frontMatter.constEnd(); ++it) {
        if (kGlobalDirectives.contains(it.key()))
            global.insert(it.key(), it.value());
        else if (kLocalDirectives.contains(it.key()))
            local.insert(it.key(), it.value());
        else
            unsupportedGlobal << it.key() + QStringLiteral(": ") + directiveText(it.value());
    }

    QSet<QString> usedKeys;
    QList<QJsonObject> scopedPerSlide;
    QList<QJsonObject> localPerSlide;
    QList<QStringList> unsupportedPerSlide;
    for (int index = 0; index < segments.size(); ++index) {
        const auto [begin, end] = segments[index];
        const QByteArray source = text.mid(begin, end - begin);
        // Errors point at the slide's first line with text, not the blank
        // line after a separator.
        qsizetype firstText = begin;
        while (firstText < end && (text[firstText] == '\n' || text[firstText] == ' '))
            ++firstText;
        const int firstLine = bodyLine + lineAt(text, qMin(firstText, end)) - 1;
        const Scan slideScan = scanMarkdown(source);

        DeckSlide slide;
        slide.line = firstLine;
        QJsonObject scoped;
        QStringList unsupported;
        QStringList notes;
        QByteArray body;
        qsizetype copied = 0;
        const int segmentLine = bodyLine + lineAt(text, begin) - 1;
        for (const Comment &c : htmlComments(source, slideScan, &deck.problems, segmentLine)) {
            std::optional<QJsonObject> map;
            if (c.inner != "fit")
                map = parseYamlMap(c.inner);
            bool isDirective = map && !map->isEmpty();
            if (isDirective) {
                for (auto it = map->constBegin(); it != map->constEnd(); ++it)
                    isDirective = isDirective && isKnownDirective(it.key());
            }
            if (c.inner == "fit") {
                continue; // kept in the body for the renderer
            }
            body += source.mid(copied, c.begin - copied);
            copied = c.end;
            if (!isDirective) {
                if (!c.inner.isEmpty())
                    notes << QString::fromUtf8(c.inner);
                continue;
            }
            for (auto it = map->constBegin(); it != map->constEnd(); ++it) {
                const bool once = it.key().startsWith(QLatin1Char('_'));
                const QString key = once ? it.key().mid(1) : it.key();
                if (key == kIdDirective)
                    slide.key = directiveText(it.value()).trimmed();
                else if (kGlobalDirectives.contains(key))
                    global.insert(key, it.value());
                else if (kUnsupportedDirectives.contains(key))
                    unsupported << key + QStringLiteral(": ") + directiveText(it.value());
                else if (once)
                    scoped.insert(key, it.value());
                else
                    local.insert(key, it.value());
            }
        }
        body += source.mid(copied);
        // Lines left empty by a removed comment go too, then outer blank lines.
        QStringList lines = QString::fromUtf8(body).split(QLatin1Char('\n'));
        QString cleaned;
        for (const QString &line : lines)
            cleaned += line + QLatin1Char('\n');
        slide.body = cleaned.trimmed();
        slide.notes = notes.join(QStringLiteral("\n\n"));
        slide.title = slideScan.firstHeading.trimmed();

        if (slide.key.isEmpty())
            slide.key = slugify(slide.title);
        if (slide.key.isEmpty())
            slide.key = QStringLiteral("slide-%1").arg(index + 1);
        QString unique = slide.key;
        for (int n = 2; usedKeys.contains(unique); ++n)
            unique = slide.key + QStringLiteral("-%1").arg(n);
        slide.key = unique;
        usedKeys.insert(unique);

        scopedPerSlide << scoped;
        localPerSlide << local;
        unsupportedPerSlide << unsupported;
        deck.slides << slide;
    }

    // Global directives count wherever they were written, so effective values
    // are put together only once every slide has been read.
    for (int i = 0; i < deck.slides.size(); ++i) {
        QJsonObject d = localPerSlide[i];
        for (auto it = scopedPerSlide[i].constBegin(); it != scopedPerSlide[i].constEnd(); ++it)
            d.insert(it.key(), it.value());
        for (auto it = global.constBegin(); it != global.constEnd(); ++it)
            d.insert(it.key(), it.value());
        if (!d.contains(QStringLiteral("size")))
            d.insert(QStringLiteral("size"), QStringLiteral("16:9"));
        d.insert(QStringLiteral("page"), i + 1);
        d.insert(QStringLiteral("total"), int(deck.slides.size()));
        const QStringList unsupported = unsupportedGlobal + unsupportedPerSlide[i];
        if (!unsupported.isEmpty())
            d.insert(QStringLiteral("unsupported"), QJsonArray::fromStringList(unsupported));
        deck.slides[i].directives = d;
    }
    const QString size = global.value(QStringLiteral("size")).toString(QStringLiteral("16:9"));
    if (size != QLatin1String("16:9") && size != QLatin1String("4:3"))
        deck.problems << DeckProblem{1, QStringLiteral("size \"%1\" is not supported; use 16:9 "
                                                       "or 4:3")
                                            .arg(size)};
    if (deck.slides.size() == 1 && deck.slides.first().body.isEmpty())
        deck.problems << DeckProblem{bodyLine, QStringLiteral("the deck has no slides")};
    return deck;
}

} // namespace okuw::core
