#include "deck.h"

#include "deckscan.h"
#include "deckyaml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <optional>

namespace okuw::core {

namespace {

// lupdate and the runtime agree on this context wherever DeckText::tr is called.
struct DeckText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::core::Deck)
};

using namespace deckscan;

QString directiveText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

// A comment's directives when it holds any (Marp: a YAML mapping with at
// least one directive name), else nullopt: a speaker note.
std::optional<YamlMap> commentDirectives(const QByteArray &inner)
{
    if (inner.isEmpty() || inner == "fit")
        return std::nullopt;
    auto map = parseDirectiveYaml(QString::fromUtf8(inner));
    if (!map)
        return std::nullopt;
    for (auto it = map->values.constBegin(); it != map->values.constEnd(); ++it) {
        const QString key = it.key().startsWith(QLatin1Char('_')) ? it.key().mid(1) : it.key();
        if (directiveKind(key) != DirectiveKind::None)
            return map;
    }
    return std::nullopt;
}

// A class given as a YAML list is Marp's space-separated words.
QJsonValue normalised(const QString &key, const QJsonValue &value)
{
    if (key == QLatin1String("class") && value.isArray()) {
        QStringList words;
        for (const QJsonValue &v : value.toArray())
            words << directiveText(v);
        return words.join(QLatin1Char(' '));
    }
    if (key == QLatin1String("paginate") && value.isString()) {
        const QString v = value.toString().trimmed();
        if (v == QLatin1String("true") || v == QLatin1String("false"))
            return v == QLatin1String("true");
        return v;
    }
    return value;
}

// headingDivider: 1..6 splits before headings of that level or above; a
// list names levels.
QList<int> dividerLevels(const QJsonValue &v)
{
    QList<int> levels;
    if (v.isArray()) {
        for (const QJsonValue &x : v.toArray())
            levels << directiveText(x).toInt();
    } else {
        const int n = directiveText(v).toInt();
        for (int i = 1; i <= n && i <= 6; ++i)
            levels << i;
    }
    return levels;
}

struct FrontMatter
{
    qsizetype cut = 0; // bytes the front matter takes, fences included
};

FrontMatter readFrontMatter(const QByteArray &text, Deck &deck)
{
    // markdown-it-front-matter: an opening line of three or more '-', and a
    // closing line of at least as many.
    static const QRegularExpression opening(QStringLiteral("^(-{3,})[ \\t]*(\\n|$)"));
    const QString asText = QString::fromUtf8(text);
    const auto open = opening.match(asText);
    if (!open.hasMatch())
        return {};
    const QRegularExpression closing(QStringLiteral("^-{%1,}[ \\t]*$").arg(open.captured(1).size()),
                                     QRegularExpression::MultilineOption);
    const auto close = closing.match(asText, open.capturedEnd());
    // Never closed: markdown-it-front-matter reads the rest of the deck as
    // front matter, so Marp shows one empty slide; so does Okuw.
    const qsizetype yamlEnd = close.hasMatch() ? close.capturedStart() : asText.size();
    if (!close.hasMatch())
        deck.warnings << DeckProblem{1, QStringLiteral("the front matter starting on line 1 is "
                                                       "never closed with ---: Marp reads the "
                                                       "whole deck as front matter, and so "
                                                       "does Okuw")};
    const QString yaml = asText.mid(open.capturedEnd(), yamlEnd - open.capturedEnd());
    QString error;
    int errorLine = -1;
    const auto map = parseDirectiveYaml(yaml, &error, &errorLine);
    if (!map) {
        deck.warnings << DeckProblem{
            errorLine >= 0 ? 2 + errorLine : 1,
            DeckText::tr("the front matter is not valid YAML (%1): Marp ignores all of it, "
                         "and so does Okuw")
                .arg(error)};
    } else {
        deck.frontMatter = map->values;
        for (auto it = map->values.constBegin(); it != map->values.constEnd(); ++it) {
            int line = 2 + map->lines.value(it.key());
            if (it.value().isString() && it.value().toString().contains(QLatin1Char('\n')))
                ++line; // a block (`style: |`) starts on the next line
            QString key = it.key();
            if (key.startsWith(QLatin1Char('_')))
                key.remove(0, 1);
            deck.written << DeckDirective{line, key, normalised(key, it.value())};
        }
    }
    if (!close.hasMatch())
        return {text.size()};
    const qsizetype endByte = asText.left(close.capturedEnd()).toUtf8().size();
    const qsizetype next = text.indexOf('\n', endByte);
    return {next < 0 ? text.size() : next + 1};
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
    const FrontMatter fm = readFrontMatter(text, deck);
    const int bodyLine = lineAt(text, fm.cut);
    text = text.mid(fm.cut);

    // Directive state, Marp's way: global values from anywhere, local ones
    // from the front matter on, each slide inheriting what came before.
    QJsonObject global;
    QJsonObject local;
    QJsonObject firstScoped; // `_key` in the front matter: the first slide only
    for (auto it = deck.frontMatter.constBegin(); it != deck.frontMatter.constEnd(); ++it) {
        const bool once = it.key().startsWith(QLatin1Char('_'));
        const QString key = once ? it.key().mid(1) : it.key();
        switch (directiveKind(key)) {
        case DirectiveKind::Global:
            global.insert(key, it.value());
            break;
        case DirectiveKind::Local:
            (once ? firstScoped : local).insert(key, normalised(key, it.value()));
            break;
        default:
            break;
        }
    }

    // Every comment of the deck, to know the global directives (headingDivider
    // decides where slides begin) and which comments are directives.
    const Scan scan = scanMarkdown(text);
    QList<Range> directiveComments;
    for (const Comment &c : htmlComments(text, scan, nullptr, 0)) {
        if (const auto map = commentDirectives(c.inner)) {
            directiveComments << Range{c.begin, c.end};
            for (auto it = map->values.constBegin(); it != map->values.constEnd(); ++it)
                if (directiveKind(it.key()) == DirectiveKind::Global)
                    global.insert(it.key(), it.value());
        }
    }

    QList<Range> cuts = separatorLines(text, scan);
    const QList<int> divider = dividerLevels(global.value(QStringLiteral("headingDivider")));
    if (!divider.isEmpty()) {
        // Marp puts a separator before each such heading unless nothing but
        // directive comments comes before it in the deck.
        for (const Heading &h : scan.headings) {
            if (h.firstText < 0 || !divider.contains(h.level))
                continue;
            const qsizetype at = lineStart(text, h.firstText);
            QByteArray before = text.left(at);
            for (auto it = directiveComments.crbegin(); it != directiveComments.crend(); ++it)
                if (it->second <= at)
                    before.remove(it->first, it->second - it->first);
            if (!before.trimmed().isEmpty())
                cuts << Range{at, at};
        }
        std::sort(cuts.begin(), cuts.end());
    }
    QList<Range> segments; // [begin, end) of each slide
    qsizetype start = 0;
    for (const auto &[b, e] : std::as_const(cuts)) {
        segments << Range{start, qMax(start, b)};
        start = qMax(start, e);
    }
    segments << Range{start, text.size()};

    // Reference-style links and images (`![alt][logo]`): a definition
    // serves the whole deck, so a slide gets those it uses from elsewhere.
    const QList<LinkDefinition> definitions = linkDefinitions(text, scan);

    QString deckCss; // `<style>` elements: Marp applies them to every slide
    QSet<QString> usedKeys;
    QList<QJsonObject> scopedPerSlide;
    QList<QJsonObject> localPerSlide;
    for (int index = 0; index < segments.size(); ++index) {
        const auto [begin, end] = segments[index];
        QByteArray source = text.mid(begin, end - begin);
        // Errors point at the slide's first line with text, not the blank
        // line after a separator.
        qsizetype firstText = begin;
        while (firstText < end && (text[firstText] == '\n' || text[firstText] == ' '))
            ++firstText;
        const Scan slideScan = scanMarkdown(source);
        const int segmentLine = bodyLine + lineAt(text, begin) - 1;
        QString scopedCss;
        for (const StyleBlock &style : takeStyles(source, slideScan)) {
            if (style.css.isEmpty())
                continue;
            deck.written << DeckDirective{segmentLine + style.line - 1, QStringLiteral("style"),
                                          style.css};
            if (style.scoped)
                scopedCss += style.css + QLatin1Char('\n');
            else
                deckCss += style.css + QLatin1Char('\n');
        }

        DeckSlide slide;
        slide.line = bodyLine + lineAt(text, qMin(firstText, end)) - 1;
        QJsonObject scoped = index == 0 ? firstScoped : QJsonObject();
        QStringList notes;
        if (!scopedCss.isEmpty())
            scoped.insert(QStringLiteral("styleScoped"), scopedCss.trimmed());
        QByteArray body;
        qsizetype copied = 0;
        for (const Comment &c : htmlComments(source, slideScan, &deck.problems, segmentLine)) {
            if (c.inner == "fit")
                continue; // kept in the body for the renderer
            body += source.mid(copied, c.begin - copied);
            copied = c.end;
            const auto map = commentDirectives(c.inner);
            if (!map) {
                if (!c.inner.isEmpty())
                    notes << QString::fromUtf8(c.inner);
                continue;
            }
            const int commentLine = segmentLine + lineAt(source, c.begin) - 1 + c.innerLine;
            for (auto it = map->values.constBegin(); it != map->values.constEnd(); ++it) {
                const bool once = it.key().startsWith(QLatin1Char('_'));
                const QString key = once ? it.key().mid(1) : it.key();
                const int line = commentLine + map->lines.value(it.key());
                const DirectiveKind kind = directiveKind(key);
                if (kind != DirectiveKind::None)
                    deck.written << DeckDirective{line, key, normalised(key, it.value())};
                else
                    deck.warnings << DeckProblem{
                        line, QStringLiteral("\"%1\" is not a Marp directive; it is ignored")
                                  .arg(it.key())};
                if (kind == DirectiveKind::Id)
                    slide.key = directiveText(it.value()).trimmed();
                else if (kind == DirectiveKind::Local)
                    (once ? scoped : local).insert(key, normalised(key, it.value()));
            }
        }
        body += source.mid(copied);
        slide.body = QString::fromUtf8(body).trimmed();
        if (!definitions.isEmpty()) {
            const QSet<QString> used = referencedLabels(slide.body);
            QString more;
            for (const LinkDefinition &d : definitions)
                if (used.contains(d.label) && (d.begin < begin || d.end > end))
                    more += QLatin1Char('\n') + d.line;
            if (!more.isEmpty())
                slide.body += QLatin1Char('\n') + more;
        }
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
        deck.slides << slide;
    }

    if (!deckCss.isEmpty()) {
        const QString fromDirective = directiveText(global.value(QStringLiteral("style")));
        global.insert(QStringLiteral("style"),
                      (fromDirective.isEmpty() ? QString() : fromDirective + QLatin1Char('\n')) +
                          deckCss.trimmed());
    }
    for (const DeckDirective &d : std::as_const(deck.written))
        if (directiveKind(d.key) == DirectiveKind::Unsupported)
            deck.warnings << DeckProblem{
                d.line, QStringLiteral("Okuw does not apply the directive \"%1\"; it is ignored")
                            .arg(d.key)};

    // Global directives count wherever they were written, so effective values
    // are put together only once every slide has been read. Page numbers as
    // Marp counts them: `skip` neither shows nor counts a page, `hold` shows
    // the last number again (the first page held is 1), `false` counts a
    // page it does not show.
    int counter = 0;
    for (int i = 0; i < deck.slides.size(); ++i) {
        QJsonObject d = localPerSlide[i];
        for (auto it = scopedPerSlide[i].constBegin(); it != scopedPerSlide[i].constEnd(); ++it)
            d.insert(it.key(), it.value());
        for (auto it = global.constBegin(); it != global.constEnd(); ++it)
            d.insert(it.key(), it.value());
        if (!d.contains(QStringLiteral("size")))
            d.insert(QStringLiteral("size"), QStringLiteral("16:9"));
        const QJsonValue paginate = d.value(QStringLiteral("paginate"));
        const QString p = paginate.isString() ? paginate.toString() : QString();
        int page = 0;
        if (p == QLatin1String("skip")) {
        } else if (p == QLatin1String("hold")) {
            counter = qMax(counter, 1);
            page = counter;
        } else {
            ++counter;
            page = paginate.toBool() ? counter : 0;
        }
        d.insert(QStringLiteral("page"), page);
        deck.slides[i].directives = d;
    }
    for (DeckSlide &s : deck.slides)
        s.directives.insert(QStringLiteral("total"), counter);
    const QString size = global.value(QStringLiteral("size")).toString(QStringLiteral("16:9"));
    if (size != QLatin1String("16:9") && size != QLatin1String("4:3"))
        deck.warnings << DeckProblem{
            1, QStringLiteral("size \"%1\" is not supported; 16:9 is used (Okuw knows 16:9 and "
                              "4:3)")
                   .arg(size)};
    if (deck.slides.size() == 1 && deck.slides.first().body.isEmpty() &&
        deck.slides.first().notes.isEmpty())
        deck.warnings << DeckProblem{bodyLine, QStringLiteral("the deck is empty: one empty "
                                                              "slide is shown")};
    return deck;
}

} // namespace okuw::core
