#include "lint.h"

#include "core/deck.h"
#include "core/deckyaml.h"
#include "lintglossary.h"
#include "manifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>
#include <yaml-cpp/yaml.h>

namespace okuw::builder {

namespace {

struct LintText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::builder)
};

// A preferred term and the variants that must not appear in its language.
struct TermRule
{
    QString lang;
    QString prefer;
    QString reason;
    QList<QRegularExpression> avoid;
};

constexpr double kDurationTolerance = 0.05;

int lineOfNode(const YAML::Node &node)
{
    return node.Mark().is_null() ? 0 : node.Mark().line + 1;
}

QString scalar(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

// `name.<lang>.<ext>` -> lang when it is one of `languages`, else empty (a
// file for every language, like glossary.yaml).
QString languageOfFile(const QString &fileName, const QStringList &languages)
{
    const QStringList parts = fileName.split(QLatin1Char('.'));
    if (parts.size() < 3)
        return {};
    const QString lang = parts.at(parts.size() - 2);
    return languages.contains(lang) ? lang : QString();
}

// A line that holds only a label and the minutes: "Time: 5 min",
// "Время: 5 мин", "Wagt: 5 minut".
const QRegularExpression &timeLine()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*[\p{L} ]{2,20}:\s*(\d+)\s*(?:min|мин|minut)[\p{L}.]*\s*$)"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption |
            QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// A figure: a number with a per cent sign, or a year from 1900 to 2099.
const QRegularExpression &figure()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\p{L}\p{N}])(\d+(?:[.,]\d+)?\s?%|(?:19|20)\d\d)(?![\p{L}\p{N}]))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// A source named by its label: "Source:", "Sources:", "Источник:",
// "Источники:", "Çeşme:", "Çeşmeler:", in any case, at the start of a line
// (after list, quote or emphasis marks: "*Source: ...*") or after a dash
// ("... — Source: ..."). The word alone ("open sources", "a rich source")
// names no source.
const QRegularExpression &sourceNamed()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?:^[ \t>*_+•-]*|(?<![\p{L}\p{N}])[—–-][ \t]*[*_]*)(?:sources?|источники?|çeşme(?:ler)?)[*_]*[ \t]*:)"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption |
            QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

// What a slide shows, without images, links' targets and HTML comments, so
// a year in a file name is no figure.
QString visibleText(const QString &body)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\([^)]*\))"));
    static const QRegularExpression link(QStringLiteral(R"(\]\([^)]*\))"));
    static const QRegularExpression comment(QStringLiteral(R"(<!--.*?-->)"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QString text = body;
    text.remove(comment);
    text.remove(image);
    text.replace(link, QStringLiteral("]"));
    return text;
}

class Linter
{
public:
    Linter(const QString &dir, LintSummary *summary) : m_dir(dir), m_summary(summary) {}

    QList<LintProblem> run();

private:
    void add(const QString &absolutePath, int line, const QString &message)
    {
        m_problems.append({shown(absolutePath), line, message});
    }
    // As the user named the folder: "modules/01-x/slides.ru.md".
    QString shown(const QString &absolutePath) const
    {
        const QString relative = QDir(m_root).relativeFilePath(absolutePath);
        return QDir::cleanPath(QDir(m_dir).filePath(relative));
    }
    QString read(const QString &path);
    void readTerms();
    void checkTerms(const QString &path, const QString &text);
    void checkModule(const ModuleSource &module);

    QString m_dir;  // as given
    QString m_root; // canonical
    LintSummary *m_summary;
    BundleSource m_bundle;
    QList<TermRule> m_rules;
    GlossaryFormCheck m_glossary;
    QList<LintProblem> m_problems;
};

QString Linter::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        add(path, 0, LintText::tr("cannot be read: %1").arg(file.errorString()));
        return {};
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        add(path, 0, LintText::tr("is not UTF-8 text"));
        return {};
    }
    return text;
}

void Linter::readTerms()
{
    const QString path = QDir(m_root).filePath(QStringLiteral("terms.yaml"));
    if (!QFileInfo::exists(path))
        return; // no terminology kept with this content: nothing to enforce
    YAML::Node root;
    try {
        root = YAML::Load(read(path).toStdString());
    } catch (const YAML::Exception &e) {
        add(path, e.mark.line + 1,
            LintText::tr("not valid YAML: %1")
                .arg(core::yamlProblemText(QString::fromStdString(e.msg))));
        return;
    }
    if (!root.IsMap()) {
        add(path, 1, LintText::tr("expected languages mapped to lists of terms (ru: [...])"));
        return;
    }
    for (const auto &language : root) {
        const QString lang = scalar(language.first);
        if (!m_bundle.languages.contains(lang)) {
            add(path, lineOfNode(language.first),
                LintText::tr("\"%1\" is not one of the bundle's languages").arg(lang));
            continue;
        }
        if (!language.second.IsSequence()) {
            add(path, lineOfNode(language.second),
                LintText::tr("\"%1\" must be a list of {prefer, avoid, reason}").arg(lang));
            continue;
        }
        for (const auto &entry : language.second) {
            TermRule rule;
            rule.lang = lang;
            rule.prefer = scalar(entry["prefer"]);
            rule.reason = scalar(entry["reason"]);
            const int line = lineOfNode(entry);
            if (rule.prefer.isEmpty() || rule.reason.isEmpty() || !entry["avoid"] ||
                !entry["avoid"].IsSequence() || entry["avoid"].size() == 0) {
                add(path, line,
                    LintText::tr("a term needs \"prefer\", \"reason\" and a list \"avoid\""));
                continue;
            }
            for (const auto &variant : entry["avoid"]) {
                // Whole words only, any case: "способ" is not "способность".
                QRegularExpression re(QStringLiteral(R"((?<![\p{L}\p{N}])(?:%1)(?![\p{L}\p{N}]))")
                                          .arg(scalar(variant)),
                                      QRegularExpression::CaseInsensitiveOption |
                                          QRegularExpression::UseUnicodePropertiesOption);
                if (scalar(variant).isEmpty() || !re.isValid()) {
                    add(path, lineOfNode(variant),
                        LintText::tr("\"%1\" is not a valid pattern: %2")
                            .arg(scalar(variant), re.errorString()));
                    continue;
                }
                rule.avoid << re;
            }
            m_rules << rule;
        }
    }
}

void Linter::checkTerms(const QString &path, const QString &text)
{
    const QString lang = languageOfFile(QFileInfo(path).fileName(), m_bundle.languages);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const TermRule &rule : std::as_const(m_rules)) {
        // A file in one language answers to that language's rules; a file
        // for every language (glossary.yaml) to all of them.
        if (!lang.isEmpty() && rule.lang != lang)
            continue;
        for (int i = 0; i < lines.size(); ++i) {
            for (const QRegularExpression &re : rule.avoid) {
                for (auto it = re.globalMatch(lines[i]); it.hasNext();) {
                    const QRegularExpressionMatch m = it.next();
                    // «опрос» quoted alone is the word discussed, not used.
                    const QChar before =
                        m.capturedStart() > 0 ? lines[i].at(m.capturedStart() - 1) : QChar();
                    const QChar after =
                        m.capturedEnd() < lines[i].size() ? lines[i].at(m.capturedEnd()) : QChar();
                    // Straight quotes are YAML's and Markdown's syntax, so only
                    // typographic ones mark a mention.
                    if (QStringLiteral("«“").contains(before) &&
                        QStringLiteral("»”").contains(after) && !before.isNull() && !after.isNull())
                        continue;
                    add(path, i + 1,
                        LintText::tr("\"%1\": write \"%2\" (%3)")
                            .arg(m.captured(0), rule.prefer, rule.reason));
                }
            }
        }
    }
}

void Linter::checkModule(const ModuleSource &module)
{
    QMap<QString, QList<core::DeckSlide>> decks;
    for (auto it = module.decks.cbegin(); it != module.decks.cend(); ++it) {
        // A PDF, PowerPoint or Impress deck has no Markdown to check.
        if (!it.value().endsWith(QLatin1String(".md"), Qt::CaseInsensitive))
            continue;
        const core::Deck deck = core::parseDeck(read(it.value()));
        for (const core::DeckProblem &p : deck.problems)
            add(it.value(), p.line, p.message);
        decks.insert(it.key(), deck.slides);
    }
    if (decks.isEmpty())
        return;
    const QString base =
        decks.contains(m_bundle.defaultLanguage) ? m_bundle.defaultLanguage : decks.firstKey();
    QStringList baseKeys;
    for (const core::DeckSlide &s : decks.value(base))
        baseKeys << s.key;

    QString manifestText = read(module.manifest);
    static const QRegularExpression durationRe(QStringLiteral(R"(^duration\s*:)"),
                                               QRegularExpression::MultilineOption);
    const QRegularExpressionMatch durationAt = durationRe.match(manifestText);
    const int durationLine =
        durationAt.hasMatch()
            ? int(manifestText.left(durationAt.capturedStart()).count(QLatin1Char('\n'))) + 1
            : 1;

    for (auto it = decks.cbegin(); it != decks.cend(); ++it) {
        const QString &lang = it.key();
        const QString path = module.decks.value(lang);
        const QList<core::DeckSlide> &slides = it.value();

        // The same slides, in the same order, in every language: notes and
        // bookmarks follow a slide across languages by its id.
        if (lang != base) {
            QStringList keys;
            for (const core::DeckSlide &s : slides)
                keys << s.key;
            for (const core::DeckSlide &s : slides) {
                if (!baseKeys.contains(s.key))
                    add(path, s.line,
                        LintText::tr("slide id \"%1\" is not in the %2 deck (%3)")
                            .arg(s.key, base, QFileInfo(module.decks.value(base)).fileName()));
            }
            for (const QString &key : std::as_const(baseKeys)) {
                if (!keys.contains(key))
                    add(path, 0,
                        LintText::tr("slide id \"%1\" of the %2 deck is missing here")
                            .arg(key, base));
            }
            if (QSet<QString>(keys.cbegin(), keys.cend()) ==
                    QSet<QString>(baseKeys.cbegin(), baseKeys.cend()) &&
                keys != baseKeys) {
                for (int i = 0; i < keys.size(); ++i) {
                    if (keys[i] != baseKeys.value(i)) {
                        add(path, slides[i].line,
                            LintText::tr("slide \"%1\" is slide %2 here but slide %3 in the %4 "
                                         "deck")
                                .arg(keys[i])
                                .arg(i + 1)
                                .arg(baseKeys.indexOf(keys[i]) + 1)
                                .arg(base));
                        break;
                    }
                }
            }
        }

        int minutes = 0;
        for (const core::DeckSlide &s : slides) {
            if (s.notes.trimmed().isEmpty()) {
                add(path, s.line, LintText::tr("slide \"%1\" has no speaker notes").arg(s.key));
            } else if (const QRegularExpressionMatch m = timeLine().match(s.notes); m.hasMatch()) {
                minutes += m.captured(1).toInt();
            } else {
                add(path, s.line,
                    LintText::tr("the notes of slide \"%1\" give no time: end them with a line "
                                 "like \"Time: 5 min\"")
                        .arg(s.key));
            }

            const QString shownText = visibleText(s.body);
            if (const QRegularExpressionMatch m = figure().match(shownText);
                m.hasMatch() && !sourceNamed().match(shownText).hasMatch() &&
                !sourceNamed().match(s.notes).hasMatch())
                add(path, s.line,
                    LintText::tr("slide \"%1\" shows the figure \"%2\" but names no source, on "
                                 "the slide or in its notes (\"Source: ...\")")
                        .arg(s.key, m.captured(1)));
        }
        if (module.duration > 0 &&
            std::abs(minutes - module.duration) > module.duration * kDurationTolerance)
            add(module.manifest, durationLine,
                LintText::tr("the notes of %1 add up to %2 min, but \"duration\" is %3 min "
                             "(5% either way is allowed)")
                    .arg(QFileInfo(path).fileName())
                    .arg(minutes)
                    .arg(module.duration));

        m_problems << m_glossary.check(shown(path), lang, slides);
    }
}

QList<LintProblem> Linter::run()
{
    m_root = QFileInfo(m_dir).canonicalFilePath();
    const QString bundlePath = QDir(m_root).filePath(QStringLiteral("bundle.yaml"));
    Errors errors;
    if (m_root.isEmpty() || !readBundleManifest(bundlePath, &m_bundle, &errors)) {
        for (const SourceError &e : std::as_const(errors))
            add(e.file, e.line, e.message);
        if (errors.isEmpty())
            m_problems.append({m_dir, 0, LintText::tr("not a content source folder")});
        return m_problems;
    }
    readTerms();
    if (const QString glossary = QDir(m_root).filePath(QStringLiteral("glossary.yaml"));
        QFileInfo::exists(glossary))
        m_glossary.read(read(glossary), m_summary ? &m_summary->reviewFlagged : nullptr);

    // Terminology in every text a person reads: decks, handouts, quizzes,
    // manifests, glossary, agenda and the labels of SVG diagrams.
    QStringList files;
    QDirIterator it(m_root,
                    {QStringLiteral("*.md"), QStringLiteral("*.yaml"), QStringLiteral("*.yml"),
                     QStringLiteral("*.svg")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    for (const QString &file : std::as_const(files)) {
        if (QFileInfo(file).fileName() == QLatin1String("terms.yaml") &&
            QFileInfo(file).absolutePath() == m_root)
            continue;
        checkTerms(file, read(file));
        if (m_summary)
            ++m_summary->filesChecked;
    }

    QStringList manifests;
    for (const QString &file : std::as_const(files)) {
        if (QFileInfo(file).fileName() == QLatin1String("module.yaml"))
            manifests << file;
    }
    for (const QString &manifest : std::as_const(manifests)) {
        ModuleSource module;
        Errors moduleErrors;
        readModuleManifest(manifest, &module, &moduleErrors);
        for (const SourceError &e : std::as_const(moduleErrors))
            add(e.file, e.line, e.message);
        checkModule(module);
    }

    std::stable_sort(m_problems.begin(), m_problems.end(),
                     [](const LintProblem &a, const LintProblem &b) {
                         return a.file != b.file ? a.file < b.file : a.line < b.line;
                     });
    return m_problems;
}

} // namespace

QString LintProblem::text() const
{
    const QString path = QDir::toNativeSeparators(file);
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(path, message);
}

QList<LintProblem> lintSource(const QString &sourceDir, LintSummary *summary)
{
    LintSummary local;
    Linter linter(sourceDir, summary ? summary : &local);
    return linter.run();
}

} // namespace okuw::builder
