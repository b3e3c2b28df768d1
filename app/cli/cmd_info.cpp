// `okuw-bundle info`: what a bundle holds. The --json keys are a stable
// interface (README: "okuw-bundle info --json"); add keys, never rename.
#include "commands.h"
#include "core/bundle.h"
#include "core/contentlanguage.h"
#include "core/schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace okuw::cli {

namespace {

QJsonObject localized(const core::LocalizedText &text)
{
    QJsonObject o;
    for (auto it = text.cbegin(); it != text.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject counts(const QMap<QString, int> &perLanguage)
{
    QJsonObject o;
    for (auto it = perLanguage.cbegin(); it != perLanguage.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject describe(const core::Bundle &bundle, QString *error)
{
    const core::BundleInfo &info = bundle.info();
    QJsonObject root;
    root.insert(QStringLiteral("path"), info.path);
    root.insert(QStringLiteral("format_version"), info.formatVersion);
    root.insert(QStringLiteral("format"), core::formatVersionText(info.formatVersion));
    root.insert(QStringLiteral("id"), info.id);
    root.insert(QStringLiteral("version"), info.version);
    root.insert(QStringLiteral("title"), localized(info.title));
    root.insert(QStringLiteral("publisher"), localized(info.publisher));
    root.insert(QStringLiteral("languages"), QJsonArray::fromStringList(info.languages));
    root.insert(QStringLiteral("default_language"), info.defaultLanguage);
    root.insert(QStringLiteral("build_time"), info.buildTime.toString(Qt::ISODate));
    root.insert(QStringLiteral("content_hash"), info.contentHash);

    QJsonArray modules;
    for (const core::ModuleInfo &m : bundle.modules(error)) {
        QJsonObject mo;
        mo.insert(QStringLiteral("slug"), m.slug);
        mo.insert(QStringLiteral("position"), m.position);
        mo.insert(QStringLiteral("duration_minutes"), m.durationMinutes);
        mo.insert(QStringLiteral("title"), localized(m.title));
        mo.insert(QStringLiteral("summary"), localized(m.summary));
        mo.insert(QStringLiteral("unreviewed_translation"),
                  QJsonArray::fromStringList(m.unreviewedLanguages));
        mo.insert(QStringLiteral("slides"), counts(m.slideCount));
        mo.insert(QStringLiteral("slides_with_notes"), counts(m.slidesWithNotes));
        mo.insert(QStringLiteral("questions"), counts(m.questionCount));
        QJsonArray documents;
        for (const core::Document &d : bundle.documents(m.id, {}, error)) {
            QJsonObject dobj;
            dobj.insert(QStringLiteral("id"), d.id);
            dobj.insert(QStringLiteral("lang"), d.lang);
            dobj.insert(QStringLiteral("kind"), d.kind);
            dobj.insert(QStringLiteral("title"), d.title);
            dobj.insert(QStringLiteral("pages"), d.pageCount);
            dobj.insert(QStringLiteral("size"), d.size);
            dobj.insert(QStringLiteral("sha256"), d.sha256);
            documents.append(dobj);
        }
        mo.insert(QStringLiteral("documents"), documents);
        modules.append(mo);
    }
    root.insert(QStringLiteral("modules"), modules);

    const QList<core::GlossaryTerm> glossary = bundle.glossary(error);
    QJsonObject perLang;
    QJsonObject review;
    for (const core::GlossaryTerm &t : glossary) {
        for (auto it = t.term.cbegin(); it != t.term.cend(); ++it) {
            if (!it.value().isEmpty())
                perLang.insert(it.key(), perLang.value(it.key()).toInt() + 1);
        }
        for (const QString &lang : t.needsReview)
            review.insert(lang, review.value(lang).toInt() + 1);
    }
    root.insert(QStringLiteral("glossary"),
                QJsonObject{{QStringLiteral("terms"), int(glossary.size())},
                            {QStringLiteral("languages"), perLang},
                            {QStringLiteral("needs_review"), review}});

    QJsonArray agenda;
    for (const core::AgendaItem &a : bundle.agenda(error)) {
        agenda.append(QJsonObject{
            {QStringLiteral("day"), a.day},
            {QStringLiteral("date"), a.date},
            {QStringLiteral("start"), a.start},
            {QStringLiteral("end"), a.end},
            {QStringLiteral("module"), a.moduleSlug.isEmpty() ? QJsonValue() : a.moduleSlug},
            {QStringLiteral("title"), localized(a.title)}});
    }
    root.insert(QStringLiteral("agenda"), agenda);
    root.insert(QStringLiteral("assets"), int(bundle.assets(error).size()));
    return root;
}

// The text is read from the same object --json prints, so both say the same;
// titles in the language a reader of the bundle's default language sees.
void printText(const QJsonObject &root, const core::ContentLanguage &content)
{
    auto pick = [&](const QJsonObject &o) {
        core::LocalizedText text;
        for (auto it = o.begin(); it != o.end(); ++it)
            text.insert(it.key(), it.value().toString());
        return content.text(text);
    };
    QTextStream &s = out();
    s << CliText::tr("Title:      %1").arg(pick(root[QStringLiteral("title")].toObject())) << "\n";
    s << CliText::tr("Id:         %1").arg(root[QStringLiteral("id")].toString()) << "\n";
    s << CliText::tr("Version:    %1").arg(root[QStringLiteral("version")].toString()) << "\n";
    QStringList langs;
    for (const QJsonValue &v : root[QStringLiteral("languages")].toArray())
        langs << v.toString();
    s << CliText::tr("Languages:  %1 (default %2)")
             .arg(langs.join(QStringLiteral(", ")),
                  root[QStringLiteral("default_language")].toString())
      << "\n";
    s << CliText::tr("Format:     %1").arg(root[QStringLiteral("format")].toString()) << "\n";
    s << CliText::tr("Built:      %1").arg(root[QStringLiteral("build_time")].toString()) << "\n";
    s << CliText::tr("Content:    sha256 %1").arg(root[QStringLiteral("content_hash")].toString())
      << "\n\n";
    for (const QJsonValue &mv : root[QStringLiteral("modules")].toArray()) {
        const QJsonObject m = mv.toObject();
        s << QStringLiteral("%1. %2 [%3]")
                 .arg(m[QStringLiteral("position")].toInt())
                 .arg(pick(m[QStringLiteral("title")].toObject()),
                      m[QStringLiteral("slug")].toString())
          << "\n";
        const QJsonObject slides = m[QStringLiteral("slides")].toObject();
        const QJsonObject notes = m[QStringLiteral("slides_with_notes")].toObject();
        const QJsonObject questions = m[QStringLiteral("questions")].toObject();
        for (auto it = slides.begin(); it != slides.end(); ++it) {
            s << "   "
              << CliText::tr("%1: %2, %3 with notes, %4")
                     .arg(it.key(), CliText::tr("%n slide(s)", nullptr, it.value().toInt()))
                     .arg(notes.value(it.key()).toInt())
                     .arg(CliText::tr("%n question(s)", nullptr, questions.value(it.key()).toInt()))
              << "\n";
        }
        for (const QJsonValue &dv : m[QStringLiteral("documents")].toArray()) {
            const QJsonObject d = dv.toObject();
            s << "   "
              << CliText::tr("document (%1): %2, %3")
                     .arg(d[QStringLiteral("lang")].toString(),
                          d[QStringLiteral("title")].toString(),
                          CliText::tr("%n page(s)", nullptr, d[QStringLiteral("pages")].toInt()))
              << "\n";
        }
    }
    const QJsonObject glossary = root[QStringLiteral("glossary")].toObject();
    s << "\n"
      << CliText::tr("Glossary:   %1")
             .arg(CliText::tr("%n term(s)", nullptr, glossary[QStringLiteral("terms")].toInt()))
      << "\n";
    s << CliText::tr("Agenda:     %1")
             .arg(CliText::tr("%n session(s)", nullptr,
                              int(root[QStringLiteral("agenda")].toArray().size())))
      << "\n";
}

} // namespace

int runInfo(const Invocation &cmd)
{
    const QString path = cmd.argument(0);
    QString error;
    const auto bundle = core::Bundle::open(path, &error);
    if (!bundle) {
        err() << error << "\n";
        return 1;
    }
    const QJsonObject root = describe(*bundle, &error);
    if (!error.isEmpty()) {
        err() << error << "\n";
        return 1;
    }
    if (cmd.isSet("json"))
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    else
        printText(root, core::ContentLanguage(bundle->info().defaultLanguage, bundle->info()));
    return 0;
}

} // namespace okuw::cli
