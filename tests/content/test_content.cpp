// The default bundle, as `okuw-bundle info --json` and the reader see it:
// what the bundle promises a participant in Ashgabat.
#include "core/bundle.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <catch2/catch.hpp>

using namespace okuw::test;

namespace {

QJsonObject defaultInfo()
{
    const ProcessResult r =
        runTool({QStringLiteral("info"), QStringLiteral("--json"), defaultBundle()});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

const QStringList kModules = {QStringLiteral("international-instruments"),
                              QStringLiteral("intelligence-evidence"),
                              QStringLiteral("investigation-techniques"),
                              QStringLiteral("victim-identification"),
                              QStringLiteral("human-rights-gender"),
                              QStringLiteral("psychological-profile"),
                              QStringLiteral("special-needs"),
                              QStringLiteral("cooperation-interpol"),
                              QStringLiteral("case-practice-belgium")};

} // namespace

TEST_CASE("the default bundle validates", "[content]")
{
    const ProcessResult r = runTool({QStringLiteral("validate"), defaultBundle()});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
}

TEST_CASE("nine modules in order, each complete in English and Russian, and in Turkmen where it "
          "has a deck",
          "[content]")
{
    const QJsonObject info = defaultInfo();
    const QJsonArray modules = info[QStringLiteral("modules")].toArray();
    REQUIRE(modules.size() == 9);
    QStringList withTurkmenDeck;
    for (int i = 0; i < modules.size(); ++i) {
        const QJsonObject m = modules[i].toObject();
        const QString slug = m[QStringLiteral("slug")].toString();
        INFO(slug.toStdString());
        CHECK(slug == kModules[i]);
        CHECK(m[QStringLiteral("position")].toInt() == i + 1);
        CHECK(m[QStringLiteral("duration_minutes")].toInt() > 0);
        for (const QString &lang :
             {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("tk")}) {
            CHECK_FALSE(m[QStringLiteral("title")].toObject()[lang].toString().isEmpty());
            CHECK_FALSE(m[QStringLiteral("summary")].toObject()[lang].toString().isEmpty());
        }
        // Turkmen where a module has a Turkmen deck: held to the same checks,
        // with as many slides as the English deck.
        QStringList languages{QStringLiteral("en"), QStringLiteral("ru")};
        if (m[QStringLiteral("slides")].toObject().contains(QStringLiteral("tk"))) {
            languages << QStringLiteral("tk");
            withTurkmenDeck << slug;
        }
        for (const QString &lang : std::as_const(languages)) {
            INFO(lang.toStdString());
            const int slides = m[QStringLiteral("slides")].toObject()[lang].toInt();
            CHECK(slides >= 10);
            CHECK(slides <= 16);
            CHECK(slides == m[QStringLiteral("slides")].toObject()[QStringLiteral("en")].toInt());
            CHECK(m[QStringLiteral("slides_with_notes")].toObject()[lang].toInt() == slides);
            CHECK(m[QStringLiteral("questions")].toObject()[lang].toInt() >= 6);
            int documents = 0;
            for (const QJsonValue &d : m[QStringLiteral("documents")].toArray()) {
                if (d.toObject()[QStringLiteral("lang")].toString() == lang &&
                    d.toObject()[QStringLiteral("pages")].toInt() > 0)
                    ++documents;
            }
            CHECK(documents >= 1);
        }
    }
    // The Turkmen decks the bundle promises (modules 1 and 4) are there, so
    // the Turkmen checks above ran.
    CHECK(withTurkmenDeck == QStringList{QStringLiteral("international-instruments"),
                                         QStringLiteral("victim-identification")});
}

TEST_CASE("glossary and agenda", "[content]")
{
    const QJsonObject info = defaultInfo();
    const QJsonObject glossary = info[QStringLiteral("glossary")].toObject();
    const int terms = glossary[QStringLiteral("terms")].toInt();
    CHECK(terms >= 60);
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("tk")})
        CHECK(glossary[QStringLiteral("languages")].toObject()[lang].toInt() == terms);

    QSet<QString> slugs(kModules.begin(), kModules.end());
    QSet<QString> scheduled;
    const QJsonArray agenda = info[QStringLiteral("agenda")].toArray();
    REQUIRE_FALSE(agenda.isEmpty());
    QSet<int> days;
    for (const QJsonValue &v : agenda) {
        const QJsonObject a = v.toObject();
        days.insert(a[QStringLiteral("day")].toInt());
        if (!a[QStringLiteral("module")].isNull()) {
            const QString slug = a[QStringLiteral("module")].toString();
            CHECK(slugs.contains(slug));
            scheduled.insert(slug);
        }
        CHECK(a[QStringLiteral("start")].toString() < a[QStringLiteral("end")].toString());
    }
    CHECK(days.size() == 2);
    CHECK(scheduled == slugs); // every module has its session
}

TEST_CASE("every slide's notes help the trainer, and every image is in the bundle", "[content]")
{
    QString error;
    const auto bundle = okuw::core::Bundle::open(defaultBundle(), &error);
    REQUIRE(bundle);
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(\s*<?([^)\s>]+))"));
    static const QRegularExpression remote(QStringLiteral(R"((https?:|ftp:|//)[^\s)]*)"));
    static const QRegularExpression minutes(QStringLiteral(R"(\d+\s*(min|мин))"));
    int images = 0;
    int turkmenSlides = 0;
    for (const auto &m : bundle->modules()) {
        for (const QString &lang :
             {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("tk")}) {
            const auto slides = bundle->slides(m.id, lang);
            if (lang == QLatin1String("tk"))
                turkmenSlides += int(slides.size());
            for (const auto &slide : slides) {
                INFO(m.slug.toStdString()
                     << " " << lang.toStdString() << " slide " << slide.position);
                CHECK(minutes.match(slide.notes).hasMatch()); // minutes to spend
                CHECK_FALSE(remote.match(slide.body).hasMatch());
                CHECK_FALSE(slide.directives.value(QStringLiteral("backgroundImage"))
                                .toString()
                                .contains(QStringLiteral("http")));
                for (auto it = image.globalMatch(slide.body); it.hasNext();) {
                    const QString path = it.next().captured(1);
                    INFO(path.toStdString());
                    CHECK(bundle->findAsset(m.id, path));
                    ++images;
                }
            }
        }
    }
    CHECK(images >= 4);         // the diagrams, in each deck language
    CHECK(turkmenSlides >= 20); // the Turkmen decks' notes were checked too
}
