// `okuw-bundle search`: the bundle's full-text search from the command line,
// ranked as the viewer ranks it. The --json keys are a stable interface.
#include "commands.h"
#include "core/bundle.h"
#include "core/search.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace okuw::cli {

namespace {

QString place(const core::SearchHit &h)
{
    switch (h.kind) {
    case core::SearchHitKind::Slide:
        return CliText::tr("slide %1").arg(h.slidePosition);
    case core::SearchHitKind::Note:
        return CliText::tr("notes of slide %1").arg(h.slidePosition);
    case core::SearchHitKind::Pdf:
        return CliText::tr("PDF page %1").arg(h.page + 1);
    case core::SearchHitKind::Glossary:
        return CliText::tr("glossary");
    case core::SearchHitKind::Question:
        return CliText::tr("knowledge check");
    }
    return {};
}

QJsonObject toJson(const core::SearchHit &h)
{
    QJsonObject o{{QStringLiteral("kind"), core::searchHitKindName(h.kind)},
                  {QStringLiteral("lang"), h.lang},
                  {QStringLiteral("module"),
                   h.moduleSlug.isEmpty() ? QJsonValue() : QJsonValue(h.moduleSlug)},
                  {QStringLiteral("title"), h.title},
                  {QStringLiteral("snippet"), core::markedToPlain(h.snippet)},
                  {QStringLiteral("snippet_marked"), h.snippet},
                  {QStringLiteral("score"), h.score}};
    if (h.slideId) {
        o.insert(QStringLiteral("slide_id"), h.slideId);
        o.insert(QStringLiteral("slide_position"), h.slidePosition);
        o.insert(QStringLiteral("slide_key"), h.slideKey);
    }
    if (h.documentId) {
        o.insert(QStringLiteral("document_id"), h.documentId);
        o.insert(QStringLiteral("page"), h.page + 1); // 1-based, as people count
    }
    if (h.termId)
        o.insert(QStringLiteral("term_id"), h.termId);
    if (h.questionId)
        o.insert(QStringLiteral("question_id"), h.questionId);
    return o;
}

} // namespace

int runSearch(const Invocation &cmd)
{
    const QString path = cmd.argument(0);
    const QString text = cmd.argument(1);
    const QString lang = cmd.value("lang");
    const QString slug = cmd.value("module");
    int limit = 20;
    if (cmd.isSet("limit")) {
        bool ok = false;
        limit = cmd.value("limit").toInt(&ok);
        if (!ok || limit < 1)
            return cmd.usageError(CliText::tr("--limit needs a whole number of 1 or more, not "
                                              "\"%1\"")
                                      .arg(cmd.value("limit")));
    }

    QString error;
    const auto bundle = core::Bundle::open(path, &error);
    if (!bundle) {
        err() << error << "\n";
        return 1;
    }
    core::SearchQuery query;
    query.text = text;
    query.lang = lang;
    query.limit = limit;
    if (!slug.isEmpty()) {
        const auto module = bundle->moduleBySlug(slug, &error);
        if (!module) {
            err() << (error.isEmpty()
                          ? CliText::tr("%1: no module has the slug \"%2\"").arg(path, slug)
                          : error)
                  << "\n";
            return 1;
        }
        query.moduleId = module->id;
    }
    const QList<core::SearchHit> hits = core::search(*bundle, query, &error);
    if (!error.isEmpty()) {
        err() << QStringLiteral("%1: %2").arg(path, error) << "\n";
        return 1;
    }
    if (cmd.isSet("json")) {
        QJsonArray array;
        for (const core::SearchHit &h : hits)
            array.append(toJson(h));
        const QJsonObject root{{QStringLiteral("query"), text}, {QStringLiteral("hits"), array}};
        out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (hits.isEmpty()) {
        out() << CliText::tr("No matches.") << "\n";
        return 0;
    }
    int rank = 0;
    for (const core::SearchHit &h : hits) {
        const QString module = h.moduleSlug.isEmpty() ? CliText::tr("(bundle)") : h.moduleSlug;
        out() << QStringLiteral("%1. [%2] %3 · %4 · %5")
                     .arg(++rank)
                     .arg(h.lang, module, place(h),
                          core::markedToPlain(h.titleMarked, QStringLiteral("["),
                                              QStringLiteral("]")))
              << "\n";
        const QString snippet =
            core::markedToPlain(h.snippet, QStringLiteral("["), QStringLiteral("]"));
        if (!snippet.isEmpty())
            out() << "   " << snippet << "\n";
    }
    return 0;
}

} // namespace okuw::cli
