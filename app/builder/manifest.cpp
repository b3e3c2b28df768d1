#include "manifest.h"

#include "core/deckyaml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <yaml-cpp/yaml.h>

namespace okuw::builder {

namespace {

// lupdate and the runtime agree on this context wherever ManifestText::tr is called.
struct ManifestText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::builder)
};

int lineOf(const YAML::Node &node)
{
    return node.Mark().is_null() ? 0 : node.Mark().line + 1;
}

QString str(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

// Loads a YAML file; a parse error becomes one SourceError with its line.
bool loadYaml(const QString &path, YAML::Node *root, Errors *errors)
{
    QFile file(path);
    if (!file.exists()) {
        errors->append({path, 0, ManifestText::tr("the file is missing")});
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append({path, 0, ManifestText::tr("cannot be read: %1").arg(file.errorString())});
        return false;
    }
    try {
        *root = YAML::Load(file.readAll().toStdString());
    } catch (const YAML::Exception &e) {
        errors->append({path, e.mark.line + 1,
                        ManifestText::tr("not valid YAML: %1")
                            .arg(core::yamlProblemText(QString::fromStdString(e.msg)))});
        return false;
    }
    if (!root->IsMap()) {
        errors->append({path, 1, ManifestText::tr("expected a YAML mapping (key: value lines)")});
        return false;
    }
    return true;
}

core::LocalizedText localized(const YAML::Node &node, const QString &file, const char *what,
                              Errors *errors)
{
    core::LocalizedText out;
    if (!node)
        return out;
    if (!node.IsMap()) {
        errors->append(
            {file, lineOf(node),
             QCoreApplication::translate(
                 "okuw::builder", "\"%1\" must map each language to a text (en: ..., ru: ...)")
                 .arg(QString::fromLatin1(what))});
        return out;
    }
    for (const auto &item : node)
        out.insert(str(item.first), str(item.second).trimmed());
    return out;
}

QMap<QString, QString> languagePaths(const YAML::Node &node, const QString &dir,
                                     const QString &file, const char *what, Errors *errors)
{
    QMap<QString, QString> out;
    if (!node)
        return out;
    if (!node.IsMap()) {
        errors->append({file, lineOf(node),
                        ManifestText::tr("\"%1\" must map languages to files")
                            .arg(QString::fromLatin1(what))});
        return out;
    }
    for (const auto &item : node) {
        const QString path =
            resolveInside(dir, str(item.second), file, lineOf(item.second), errors);
        if (!path.isEmpty())
            out.insert(str(item.first), path);
    }
    return out;
}

bool validLanguage(const QString &lang)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,3}$"));
    return re.match(lang).hasMatch();
}

} // namespace

QString SourceError::text() const
{
    const QString shown = QDir::toNativeSeparators(file);
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(shown).arg(line).arg(message)
                    : QStringLiteral("%1: %2").arg(shown, message);
}

QString resolveInside(const QString &dir, const QString &relative, const QString &file, int line,
                      Errors *errors)
{
    if (relative.isEmpty()) {
        errors->append({file, line, ManifestText::tr("a file name is empty")});
        return {};
    }
    if (QDir::isAbsolutePath(relative)) {
        errors->append({file, line,
                        ManifestText::tr("\"%1\" is an absolute path; name files relative to "
                                         "the module folder")
                            .arg(relative)});
        return {};
    }
    const QString base = QFileInfo(dir).canonicalFilePath();
    const QString joined = QDir::cleanPath(QDir(base).filePath(relative));
    // Checked on the cleaned path and, when it exists, on the real one too,
    // so neither "../" nor a symbolic link can reach outside the folder.
    const QString real =
        QFileInfo(joined).exists() ? QFileInfo(joined).canonicalFilePath() : joined;
    for (const QString &candidate : {joined, real}) {
        if (!candidate.startsWith(base + QLatin1Char('/'))) {
            errors->append({file, line,
                            ManifestText::tr("\"%1\" is outside the source folder").arg(relative)});
            return {};
        }
    }
    if (!QFileInfo(real).isFile()) {
        errors->append({file, line, ManifestText::tr("\"%1\" does not exist").arg(relative)});
        return {};
    }
    return real;
}

bool readBundleManifest(const QString &path, BundleSource *out, Errors *errors)
{
    YAML::Node root;
    if (!loadYaml(path, &root, errors))
        return false;
    const qsizetype before = errors->size();
    out->id = str(root["id"]);
    out->version = str(root["version"]);
    out->defaultLanguage = str(root["default_language"]);
    if (out->id.isEmpty())
        errors->append(
            {path, 1, ManifestText::tr("\"id\" is missing: give the bundle a stable id (a UUID)")});
    if (out->version.isEmpty())
        errors->append({path, 1, ManifestText::tr("\"version\" is missing")});
    if (const YAML::Node langs = root["languages"]; langs && langs.IsSequence()) {
        for (const auto &lang : langs) {
            if (!validLanguage(str(lang)))
                errors->append({path, lineOf(lang),
                                ManifestText::tr("\"%1\" is not a language code like en, "
                                                 "ru or tk")
                                    .arg(str(lang))});
            out->languages << str(lang);
        }
    } else {
        errors->append({path, lineOf(root),
                        ManifestText::tr("\"languages\" must list the content languages, "
                                         "e.g. [en, ru, tk]")});
    }
    if (!out->languages.contains(out->defaultLanguage))
        errors->append({path, lineOf(root["default_language"]),
                        ManifestText::tr("\"default_language\" must be one of \"languages\"")});
    out->title = localized(root["title"], path, "title", errors);
    out->description = localized(root["description"], path, "description", errors);
    out->publisher = localized(root["publisher"], path, "publisher", errors);
    if (out->title.isEmpty())
        errors->append({path, 1, ManifestText::tr("\"title\" is missing")});
    return errors->size() == before;
}

bool readModuleManifest(const QString &path, ModuleSource *out, Errors *errors)
{
    YAML::Node root;
    out->manifest = path;
    out->dir = QFileInfo(path).absolutePath();
    if (!loadYaml(path, &root, errors))
        return false;
    const qsizetype before = errors->size();
    out->slug = str(root["slug"]);
    static const QRegularExpression slugRe(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!slugRe.match(out->slug).hasMatch())
        errors->append(
            {path, lineOf(root["slug"]) ? lineOf(root["slug"]) : 1,
             ManifestText::tr("\"slug\" must be lower-case letters, digits and dashes")});
    bool ok = true;
    out->order = str(root["order"]).toInt(&ok);
    if (!ok)
        errors->append({path, lineOf(root["order"]) ? lineOf(root["order"]) : 1,
                        ManifestText::tr("\"order\" must be a whole number")});
    out->duration = root["duration"] ? str(root["duration"]).toInt(&ok) : 0;
    if (!ok || out->duration < 0)
        errors->append(
            {path, lineOf(root["duration"]), ManifestText::tr("\"duration\" must be minutes")});
    out->title = localized(root["title"], path, "title", errors);
    out->summary = localized(root["summary"], path, "summary", errors);
    if (out->title.isEmpty())
        errors->append({path, 1, ManifestText::tr("\"title\" is missing")});
    out->decks = languagePaths(root["decks"], out->dir, path, "decks", errors);
    out->quizzes = languagePaths(root["quiz"], out->dir, path, "quiz", errors);
    if (!root["decks"])
        errors->append(
            {path, 1, ManifestText::tr("\"decks\" is missing: name a slide deck per language")});
    if (const YAML::Node langs = root["unreviewed_translation"]; langs) {
        out->unreviewedLine = lineOf(langs);
        if (!langs.IsSequence()) {
            errors->append({path, lineOf(langs),
                            ManifestText::tr("\"unreviewed_translation\" must list languages, "
                                             "e.g. [tk]")});
        } else {
            for (const auto &lang : langs) {
                if (!validLanguage(str(lang)))
                    errors->append({path, lineOf(lang),
                                    ManifestText::tr("\"%1\" is not a language code like en, "
                                                     "ru or tk")
                                        .arg(str(lang))});
                else if (!out->unreviewedTranslation.contains(str(lang)))
                    out->unreviewedTranslation << str(lang);
            }
        }
    }
    if (const YAML::Node docs = root["documents"]; docs) {
        if (!docs.IsSequence()) {
            errors->append({path, lineOf(docs), ManifestText::tr("\"documents\" must be a list")});
        } else {
            for (const auto &doc : docs) {
                DocumentSource d;
                d.line = lineOf(doc);
                d.lang = str(doc["lang"]);
                d.title = str(doc["title"]);
                d.handout = bool(doc["handout"]);
                const QString rel = d.handout ? str(doc["handout"]) : str(doc["file"]);
                if (d.lang.isEmpty() || d.title.isEmpty())
                    errors->append({path, d.line,
                                    ManifestText::tr("a document needs \"lang\" and \"title\"")});
                d.path = resolveInside(out->dir, rel, path, d.line, errors);
                if (!d.path.isEmpty())
                    out->documents << d;
            }
        }
    }
    return errors->size() == before;
}

QList<core::Question> readQuiz(const QString &path, const QString &lang, Errors *errors)
{
    QList<core::Question> out;
    YAML::Node root;
    if (!loadYaml(path, &root, errors))
        return out;
    const YAML::Node list = root["questions"];
    if (!list || !list.IsSequence()) {
        errors->append({path, 1, ManifestText::tr("\"questions\" must be a list")});
        return out;
    }
    for (const auto &node : list) {
        core::Question q;
        const int line = lineOf(node);
        q.lang = lang;
        q.position = int(out.size()) + 1;
        q.key = str(node["id"]);
        q.prompt = str(node["prompt"]).trimmed();
        q.explanation = str(node["explanation"]).trimmed();
        const QString kind =
            str(node["kind"]).isEmpty() ? QStringLiteral("single") : str(node["kind"]);
        if (kind != QLatin1String("single") && kind != QLatin1String("multiple"))
            errors->append({path, line, ManifestText::tr("\"kind\" must be single or multiple")});
        q.multiple = kind == QLatin1String("multiple");
        if (q.key.isEmpty() || q.prompt.isEmpty())
            errors->append(
                {path, line, ManifestText::tr("a question needs \"id\" and \"prompt\"")});
        const YAML::Node choices = node["choices"];
        if (!choices || !choices.IsSequence() || choices.size() < 2) {
            errors->append(
                {path, line, ManifestText::tr("a question needs at least two \"choices\"")});
            continue;
        }
        for (const auto &choice : choices) {
            q.choices << str(choice["text"]).trimmed();
            if (str(choice["correct"]) == QLatin1String("true"))
                q.correct << int(q.choices.size()) - 1;
        }
        if (q.correct.isEmpty())
            errors->append(
                {path, line, ManifestText::tr("question \"%1\" has no right answer").arg(q.key)});
        if (!q.multiple && q.correct.size() > 1)
            errors->append({path, line,
                            ManifestText::tr("question \"%1\" is single choice but has %2 right "
                                             "answers")
                                .arg(q.key)
                                .arg(q.correct.size())});
        out << q;
    }
    return out;
}

QList<core::GlossaryTerm> readGlossary(const QString &path, Errors *errors)
{
    QList<core::GlossaryTerm> out;
    YAML::Node root;
    if (!loadYaml(path, &root, errors))
        return out;
    const YAML::Node list = root["terms"];
    if (!list || !list.IsSequence()) {
        errors->append({path, 1, ManifestText::tr("\"terms\" must be a list")});
        return out;
    }
    for (const auto &node : list) {
        core::GlossaryTerm t;
        t.key = str(node["id"]);
        if (t.key.isEmpty())
            errors->append({path, lineOf(node), ManifestText::tr("a term needs an \"id\"")});
        for (const auto &item : node) {
            const QString lang = str(item.first);
            if (lang == QLatin1String("id"))
                continue;
            if (!item.second.IsMap()) {
                errors->append(
                    {path, lineOf(item.second),
                     ManifestText::tr("\"%1\" must hold {term: ..., definition: ...}").arg(lang)});
                continue;
            }
            t.term.insert(lang, str(item.second["term"]).trimmed());
            t.definition.insert(lang, str(item.second["definition"]).trimmed());
            if (item.second["review"])
                t.needsReview << lang;
        }
        out << t;
    }
    return out;
}

QList<AgendaSource> readAgenda(const QString &path, Errors *errors)
{
    QList<AgendaSource> out;
    YAML::Node root;
    if (!loadYaml(path, &root, errors))
        return out;
    const YAML::Node days = root["days"];
    if (!days || !days.IsSequence()) {
        errors->append({path, 1, ManifestText::tr("\"days\" must be a list")});
        return out;
    }
    static const QRegularExpression timeRe(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    for (const auto &day : days) {
        const int number = str(day["day"]).toInt();
        const QString date = str(day["date"]);
        for (const auto &session : day["sessions"]) {
            AgendaSource s;
            s.file = path;
            s.line = lineOf(session);
            s.item.day = number;
            s.item.date = date;
            s.item.start = str(session["start"]);
            s.item.end = str(session["end"]);
            s.moduleSlug = str(session["module"]);
            s.item.title = localized(session["title"], path, "title", errors);
            if (!timeRe.match(s.item.start).hasMatch() || !timeRe.match(s.item.end).hasMatch())
                errors->append(
                    {path, s.line,
                     ManifestText::tr("\"start\" and \"end\" must be times like 09:30")});
            if (s.moduleSlug.isEmpty() && s.item.title.isEmpty())
                errors->append({path, s.line,
                                ManifestText::tr("a session needs a \"module\" or a \"title\"")});
            out << s;
        }
    }
    return out;
}

} // namespace okuw::builder
