// The content-language rule (core/contentlanguage.h), checked against the
// rule as its header states it; every expected list below is written out by
// hand from that statement, not taken from the code.
#include "core/contentlanguage.h"

#include <catch2/catch.hpp>

using okuw::core::BundleInfo;
using okuw::core::ContentLanguage;
using okuw::core::LocalizedText;
using okuw::core::ModuleInfo;

namespace {

BundleInfo bundleWith(const QStringList &languages, const QString &defaultLanguage)
{
    BundleInfo info;
    info.languages = languages;
    info.defaultLanguage = defaultLanguage;
    return info;
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

TEST_CASE("what stands in for each language of a trilingual bundle", "[contentlanguage]")
{
    const BundleInfo all = bundleWith({s("en"), s("ru"), s("tk")}, s("en"));

    // Turkmen readers read Russian before English.
    CHECK(ContentLanguage(s("tk"), all).fallbacks() == QStringList{s("ru"), s("en")});
    // Russian and English readers fall back to each other, then the rest.
    CHECK(ContentLanguage(s("ru"), all).fallbacks() == QStringList{s("en"), s("tk")});
    CHECK(ContentLanguage(s("en"), all).fallbacks() == QStringList{s("ru"), s("tk")});

    const ContentLanguage tk(s("tk"), all);
    CHECK(tk.chosen() == s("tk"));
    CHECK(tk.order() == QStringList{s("tk"), s("ru"), s("en")});
}

TEST_CASE("the bundle's default language comes before its other languages", "[contentlanguage]")
{
    // A bundle in Russian and Turkmen whose default is Turkmen.
    const BundleInfo ruTk = bundleWith({s("ru"), s("tk")}, s("tk"));
    CHECK(ContentLanguage(s("en"), ruTk).order() == QStringList{s("en"), s("ru"), s("tk")});
    CHECK(ContentLanguage(s("ru"), ruTk).order() == QStringList{s("ru"), s("en"), s("tk")});
    CHECK(ContentLanguage(s("tk"), ruTk).order() == QStringList{s("tk"), s("ru"), s("en")});

    // After Russian: the default, then the bundle's other languages in its order.
    const BundleInfo four = bundleWith({s("ru"), s("kk"), s("uz")}, s("uz"));
    CHECK(ContentLanguage(s("en"), four).order() ==
          QStringList{s("en"), s("ru"), s("uz"), s("kk")});
}

TEST_CASE("fallbacks never hold the chosen language, a duplicate or an empty code",
          "[contentlanguage]")
{
    const BundleInfo odd = bundleWith({QString(), s("ru"), s("ru"), s("tk")}, QString());
    CHECK(ContentLanguage(s("ru"), odd).fallbacks() == QStringList{s("en"), s("tk")});
    CHECK(ContentLanguage(s("tk"), odd).fallbacks() == QStringList{s("ru"), s("en")});
}

TEST_CASE("the language a bundle opens in", "[contentlanguage]")
{
    const BundleInfo enRu = bundleWith({s("en"), s("ru")}, s("en"));
    // The remembered choice wins when the bundle has it.
    CHECK(ContentLanguage::initial(enRu, s("ru"), s("en")) == s("ru"));
    // Else the interface language, when the bundle has it.
    CHECK(ContentLanguage::initial(enRu, s("tk"), s("ru")) == s("ru"));
    CHECK(ContentLanguage::initial(enRu, QString(), s("ru")) == s("ru"));
    // Else the bundle's default.
    CHECK(ContentLanguage::initial(enRu, s("tk"), s("tk")) == s("en"));
    CHECK(ContentLanguage::initial(enRu, QString(), QString()) == s("en"));
    // Else the bundle's first language.
    const BundleInfo noDefault = bundleWith({s("tk"), s("ru")}, QString());
    CHECK(ContentLanguage::initial(noDefault, s("en"), s("en")) == s("tk"));
}

TEST_CASE("which language's deck, documents and quiz a reader gets", "[contentlanguage]")
{
    const BundleInfo all = bundleWith({s("en"), s("ru"), s("tk")}, s("en"));
    const ContentLanguage tk(s("tk"), all);
    const ContentLanguage en(s("en"), all);

    // The first language of the order with something in it.
    CHECK(tk.pick({{s("en"), 3}, {s("ru"), 2}}) == s("ru"));
    CHECK(tk.pick({{s("en"), 3}, {s("ru"), 0}, {s("tk"), 0}}) == s("en"));
    CHECK(tk.pick({{s("en"), 3}, {s("ru"), 2}, {s("tk"), 1}}) == s("tk"));
    CHECK(en.pick({{s("ru"), 4}, {s("tk"), 4}}) == s("ru"));
    // Else any language with something in it.
    CHECK(tk.pick({{s("de"), 2}}) == s("de"));
    // Else the chosen language.
    CHECK(tk.pick({}) == s("tk"));
    CHECK(tk.pick({{s("ru"), 0}}) == s("tk"));

    ModuleInfo module;
    module.slideCount = {{s("ru"), 5}, {s("en"), 5}};
    module.documentCount = {{s("en"), 1}};
    module.questionCount = {{s("tk"), 4}, {s("en"), 4}};
    CHECK(tk.deckLanguage(module) == s("ru"));
    CHECK(tk.documentLanguage(module) == s("en"));
    CHECK(tk.quizLanguage(module) == s("tk"));
    CHECK(en.deckLanguage(module) == s("en"));
    CHECK(en.quizLanguage(module) == s("en"));
}

TEST_CASE("which text a reader sees", "[contentlanguage]")
{
    const BundleInfo all = bundleWith({s("en"), s("ru"), s("tk")}, s("en"));
    const ContentLanguage tk(s("tk"), all);

    CHECK(tk.text(LocalizedText{{s("en"), s("Title")}, {s("ru"), s("Заголовок")}}) ==
          s("Заголовок"));
    CHECK(tk.text(LocalizedText{{s("en"), s("Title")}, {s("tk"), s("Sözbaşy")}}) == s("Sözbaşy"));
    // An empty text is no text.
    CHECK(tk.text(LocalizedText{
              {s("en"), s("Title")}, {s("ru"), QString()}, {s("tk"), QString()}}) == s("Title"));
    // Else any text, else none.
    CHECK(tk.text(LocalizedText{{s("de"), s("Titel")}}) == s("Titel"));
    CHECK(tk.text(LocalizedText{}).isEmpty());
}
