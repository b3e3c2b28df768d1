// MainWindow: what the user's data (notes, bookmarks, seen marks, the
// resume point) is kept under for a slide or page, and opening such an item
// again. A page of a rebuilt PDF deck that moved or was reworded keeps what
// was kept under its old key (core::followPageKey).
#include "core/bundle.h"
#include "core/pagekey.h"
#include "mainwindow.h"
#include "mainwindow_p.h"
#include "profile.h"

namespace okuw::ui {

namespace {

// Keys of a module's slides that have user data: notes, a bookmark, a seen
// mark, or the resume point.
QStringList storedSlideKeys(const core::UserStore &store, const QString &bundleId,
                            const QString &module)
{
    QStringList keys;
    for (const core::NoteRecord &n : store.notes(bundleId, module).value)
        keys << n.ref.item;
    for (const core::BookmarkRecord &b : store.bookmarks(bundleId, module).value)
        keys << b.ref.item;
    // Seen marks are ItemRef::toString() values: "slide|<module>|<key>|0".
    const QString prefix = core::ItemRef::forSlide(module, {}).toString().chopped(2);
    for (const QString &seen : store.seen(bundleId, module).value) {
        if (seen.startsWith(prefix) && seen.endsWith(QLatin1String("|0")))
            keys << seen.mid(prefix.size(), seen.size() - prefix.size() - 2);
    }
    if (const auto resume = store.resume(bundleId);
        resume.value && resume.value->ref.module == module &&
        resume.value->ref.kind == core::ItemRef::Kind::Slide)
        keys << resume.value->ref.item;
    return keys;
}

} // namespace

core::ItemRef MainWindow::currentItem() const
{
    if (!d->bundle)
        return {};
    if (const core::Slide *s = currentSlide())
        return slideItem(*s, d->deck);
    if (currentDocumentId() != 0 && currentPage() >= 0) {
        if (const auto doc = d->bundle->document(d->documentId))
            return core::ItemRef::forPage(d->moduleSlug(doc->moduleId), core::documentKey(*doc),
                                          currentPage());
    }
    return {};
}

core::ItemRef MainWindow::slideItem(const core::Slide &slide, const QList<core::Slide> &deck) const
{
    const QString module = d->moduleSlug(slide.moduleId);
    if (!slide.isPdfPage() || !d->bundle)
        return core::ItemRef::forSlide(module, slide.key);
    QStringList deckKeys;
    for (const core::Slide &s : deck)
        deckKeys << s.key;
    const QStringList stored = storedSlideKeys(d->profile.store(), d->dataKey, module);
    return core::ItemRef::forSlide(module, core::followPageKey(slide.key, deckKeys, stored));
}

QList<core::ItemRef> MainWindow::slideItems(const QList<core::Slide> &deck) const
{
    QList<core::ItemRef> out;
    if (deck.isEmpty())
        return out;
    // A deck is one module's, in one language.
    const QString module = d->moduleSlug(deck.first().moduleId);
    QStringList deckKeys;
    bool pdf = false;
    for (const core::Slide &s : deck) {
        deckKeys << s.key;
        pdf = pdf || s.isPdfPage();
    }
    const QStringList keys =
        pdf && d->bundle ? core::followPageKeys(
                               deckKeys, storedSlideKeys(d->profile.store(), d->dataKey, module))
                         : deckKeys;
    for (int i = 0; i < deck.size(); ++i)
        out << core::ItemRef::forSlide(module, deck[i].isPdfPage() ? keys[i] : deck[i].key);
    return out;
}

bool MainWindow::openItem(const core::ItemRef &item)
{
    if (!d->bundle || !item.isValid())
        return false;
    const auto module = d->bundle->moduleBySlug(item.module);
    if (!module)
        return false;
    if (item.kind == core::ItemRef::Kind::Slide) {
        // The slide whose data is kept under the key: for a PDF deck rebuilt
        // with pages inserted, the page that moved, wherever it is now.
        const QList<core::Slide> slides =
            d->bundle->slides(module->id, d->content.deckLanguage(*module));
        const QList<core::ItemRef> items = slideItems(slides);
        for (int i = 0; i < items.size(); ++i) {
            if (items[i].item == item.item)
                return d->showModule(module->id, i, slides[i].key);
        }
        return openSlideByKey(module->id, item.item);
    }
    for (const core::Document &doc : d->bundle->documents(module->id)) {
        if (core::documentKey(doc) == item.item)
            return openDocumentPage(doc.id, std::clamp(item.page, 0, doc.pageCount - 1));
    }
    return false;
}

} // namespace okuw::ui
