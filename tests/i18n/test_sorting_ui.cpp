// The glossary is alphabetical in the content language by that language's
// rules (QCollator), and the agenda writes dates in the interface language.
#include "core/i18n.h"
#include "ui/workspace/agendadialog.h"
#include "ui/workspace/glossarydialog.h"

#include <QTableWidget>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace okuw;

namespace {

core::GlossaryTerm term(const QString &key, const QString &en, const QString &ru, const QString &tk)
{
    core::GlossaryTerm t;
    t.key = key;
    t.term = {{QStringLiteral("en"), en}, {QStringLiteral("ru"), ru}, {QStringLiteral("tk"), tk}};
    return t;
}

// The terms in `lang`'s column, top to bottom (the content language's
// column comes first).
QStringList column(const ui::GlossaryDialog &dialog, const QString &lang)
{
    const int col = int(dialog.columnLanguages().indexOf(lang));
    REQUIRE(col >= 0);
    QStringList out;
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        out << dialog.table()->item(row, col)->text();
    return out;
}

const QList<core::GlossaryTerm> kTerms = {
    term(QStringLiteral("victim"), QStringLiteral("victim"), QStringLiteral("жертва"),
         QStringLiteral("pidä")),
    term(QStringLiteral("hedgehog"), QStringLiteral("hedgehog"), QStringLiteral("ёж"),
         QStringLiteral("kirpi")),
    term(QStringLiteral("exploit"), QStringLiteral("exploitation"), QStringLiteral("эксплуатация"),
         QStringLiteral("ekspluatasiýa")),
    term(QStringLiteral("trafficking"), QStringLiteral("trafficking"),
         QStringLiteral("торговля людьми"), QStringLiteral("adam söwdasy")),
    term(QStringLiteral("age"), QStringLiteral("age"), QStringLiteral("возраст"),
         QStringLiteral("ýaş")),
    term(QStringLiteral("sheep"), QStringLiteral("sheep"), QStringLiteral("овца"),
         QStringLiteral("goýun")),
    term(QStringLiteral("shop"), QStringLiteral("trade"), QStringLiteral("сделка"),
         QStringLiteral("şertnama")),
    term(QStringLiteral("court"), QStringLiteral("court"), QStringLiteral("суд"),
         QStringLiteral("sud")),
    term(QStringLiteral("zero"), QStringLiteral("zero"), QStringLiteral("ноль"),
         QStringLiteral("nol")),
};

core::ContentLanguage content(const QString &lang)
{
    core::BundleInfo info;
    info.languages = {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("tk")};
    info.defaultLanguage = QStringLiteral("en");
    return core::ContentLanguage(lang, info);
}

} // namespace

TEST_CASE("the glossary sorts by the content language's alphabet", "[i18n][ui]")
{
    // Russian: ё sorts with е (after д, before ж), not after я as in Unicode.
    const ui::GlossaryDialog ru(kTerms, content(QStringLiteral("ru")));
    CHECK(column(ru, QStringLiteral("ru")) ==
          QStringList{QStringLiteral("возраст"), QStringLiteral("ёж"), QStringLiteral("жертва"),
                      QStringLiteral("ноль"), QStringLiteral("овца"), QStringLiteral("сделка"),
                      QStringLiteral("суд"), QStringLiteral("торговля людьми"),
                      QStringLiteral("эксплуатация")});

    // Turkmen: ş is a letter of its own after s (root collation would put
    // "şertnama" before "sud"); ý after y, before z.
    const ui::GlossaryDialog tk(kTerms, content(QStringLiteral("tk")));
    const QStringList tkOrder = column(tk, QStringLiteral("tk"));
    INFO(tkOrder.join(QStringLiteral(", ")).toStdString());
    CHECK(tkOrder.indexOf(QStringLiteral("adam söwdasy")) == 0);
    CHECK(tkOrder.indexOf(QStringLiteral("şertnama")) > tkOrder.indexOf(QStringLiteral("sud")));
    CHECK(tkOrder.indexOf(QStringLiteral("ýaş")) == tkOrder.size() - 1);
    CHECK(tkOrder.indexOf(QStringLiteral("goýun")) < tkOrder.indexOf(QStringLiteral("kirpi")));

    // The filter finds Turkmen and Cyrillic text.
    ui::GlossaryDialog filtered(kTerms, content(QStringLiteral("ru")));
    filtered.setFilter(QStringLiteral("ýaş"));
    int visible = 0;
    for (int row = 0; row < filtered.table()->rowCount(); ++row)
        visible += filtered.table()->isRowHidden(row) ? 0 : 1;
    CHECK(visible == 1);
    filtered.setFilter(QStringLiteral("торговл"));
    visible = 0;
    for (int row = 0; row < filtered.table()->rowCount(); ++row)
        visible += filtered.table()->isRowHidden(row) ? 0 : 1;
    CHECK(visible == 1);
}

TEST_CASE("agenda dates follow the interface language", "[i18n][ui]")
{
    core::AgendaItem item;
    item.day = 1;
    item.date = QStringLiteral("2025-03-04");
    item.start = QStringLiteral("09:30");
    item.end = QStringLiteral("10:30");
    item.title = {{QStringLiteral("en"), QStringLiteral("Opening")}};
    const QDate date(2025, 3, 4);

    core::installTranslations(QStringLiteral("ru"));
    const ui::AgendaDialog ru({item}, {}, content(QStringLiteral("en")), {});
    const QString ruDay = ru.findChild<QTreeWidget *>()->topLevelItem(0)->text(0);
    INFO(ruDay.toStdString());
    CHECK(ruDay.contains(QLocale(QStringLiteral("ru")).toString(date, QLocale::LongFormat)));
    CHECK(ruDay.contains(QStringLiteral("марта")));

    core::installTranslations(QStringLiteral("en"));
    const ui::AgendaDialog en({item}, {}, content(QStringLiteral("ru")), {});
    const QString enDay = en.findChild<QTreeWidget *>()->topLevelItem(0)->text(0);
    CHECK(enDay.contains(QStringLiteral("March")));
}
