#include "notesexport.h"

#include "assets.h"
#include "core/bundle.h"
#include "core/userdatakey.h"
#include "paint.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace okuw::render {

namespace {

// lupdate and the runtime agree on this context wherever NotesExportText::tr is called.
struct NotesExportText
{
    Q_DECLARE_TR_FUNCTIONS(okuw::render::NotesExport)
};

} // namespace

core::StoreRead<QList<NotesEntry>> collectNotes(const core::Bundle &bundle,
                                                const core::UserStore &store, const QString &module,
                                                const core::ContentLanguage &content)
{
    const QString bid = store.keyToRead(core::userDataKey(bundle));
    core::StoreRead<QList<NotesEntry>> out;
    QList<NotesEntry> &result = out.value;
    QHash<QString, int> byRef; // ItemRef::toString() -> index into result
    QSet<QString> knownModules;
    for (const core::ModuleInfo &m : bundle.modules()) {
        knownModules.insert(m.slug);
        if (!module.isEmpty() && m.slug != module)
            continue;
        const QString moduleTitle =
            QStringLiteral("%1. %2").arg(m.position).arg(content.text(m.title));
        QHash<QString, core::Slide> slides; // key -> slide, content language first
        QList<QString> order;
        for (const QString &l : content.order()) {
            for (const core::Slide &s : bundle.slides(m.id, l)) {
                if (!slides.contains(s.key)) {
                    slides.insert(s.key, s);
                    order.append(s.key);
                }
            }
        }
        QHash<QString, core::Document> docs;
        for (const core::Document &d : bundle.documents(m.id))
            docs.insert(core::documentKey(d), d);

        QList<NotesEntry> entries;
        auto entryFor = [&](const core::ItemRef &ref) -> NotesEntry & {
            const QString k = ref.toString();
            if (!byRef.contains(k)) {
                NotesEntry e;
                e.ref = ref;
                e.moduleTitle = moduleTitle;
                if (ref.kind == core::ItemRef::Kind::Slide && slides.contains(ref.item)) {
                    e.slide = slides[ref.item];
                    e.heading = NotesExportText::tr("Slide %1: %2")
                                    .arg(e.slide->position)
                                    .arg(e.slide->title);
                } else if (ref.kind == core::ItemRef::Kind::Page && docs.contains(ref.item)) {
                    e.heading = NotesExportText::tr("%1, page %2")
                                    .arg(docs[ref.item].title)
                                    .arg(ref.page + 1);
                    e.orphan = ref.page >= docs[ref.item].pageCount;
                } else {
                    e.orphan = true;
                    e.heading = ref.item;
                }
                byRef.insert(k, int(entries.size()));
                entries.append(e);
            }
            return entries[byRef[k]];
        };
        const auto notes = store.notes(bid, m.slug);
        const auto bookmarks = store.bookmarks(bid, m.slug);
        for (const QString &error : {notes.error, bookmarks.error}) {
            if (!error.isEmpty()) {
                out.error = error;
                return out;
            }
        }
        for (const core::NoteRecord &n : notes.value) {
            NotesEntry &e = entryFor(n.ref);
            e.note = n.text;
            if (e.orphan && !n.label.isEmpty())
                e.heading = n.label;
        }
        for (const core::BookmarkRecord &b : bookmarks.value)
            entryFor(b.ref).bookmarked = true;
        byRef.clear();
        auto rank = [&](const NotesEntry &e) {
            if (e.orphan)
                return std::make_tuple(2, 0, e.ref.item, e.ref.page);
            if (e.ref.kind == core::ItemRef::Kind::Slide)
                return std::make_tuple(0, int(order.indexOf(e.ref.item)), QString(), 0);
            return std::make_tuple(1, docs[e.ref.item].position, e.ref.item, e.ref.page);
        };
        std::stable_sort(
            entries.begin(), entries.end(),
            [&](const NotesEntry &a, const NotesEntry &b) { return rank(a) < rank(b); });
        result += entries;
    }
    // Notes on modules the bundle no longer has are kept too.
    if (module.isEmpty() || !knownModules.contains(module)) {
        const auto notes = store.notes(bid, module);
        if (!notes.ok()) {
            out.error = notes.error;
            return out;
        }
        for (const core::NoteRecord &n : notes.value) {
            if (knownModules.contains(n.ref.module))
                continue;
            NotesEntry e;
            e.ref = n.ref;
            e.moduleTitle = n.ref.module;
            e.heading = n.label.isEmpty() ? n.ref.item : n.label;
            e.note = n.text;
            e.orphan = true;
            result.append(e);
        }
    }
    return out;
}

QString notesMarkdown(const core::Bundle &bundle, const QList<NotesEntry> &entries,
                      const core::ContentLanguage &content)
{
    const QString title = content.text(bundle.info().title);
    QString md = QStringLiteral("# %1 — %2\n\n").arg(NotesExportText::tr("My notes"), title);
    if (entries.isEmpty())
        md += NotesExportText::tr("No notes or bookmarks yet.") + QLatin1Char('\n');
    QString module;
    for (const NotesEntry &e : entries) {
        if (e.moduleTitle != module) {
            module = e.moduleTitle;
            md += QStringLiteral("## %1\n\n").arg(module);
        }
        md += QStringLiteral("### %1%2\n\n")
                  .arg(e.orphan ? NotesExportText::tr("(no longer in this bundle) ") : QString(),
                       e.heading);
        if (e.bookmarked)
            md += QStringLiteral("★ %1\n\n").arg(NotesExportText::tr("Bookmarked"));
        if (!e.note.isEmpty())
            md += e.note.trimmed() + QStringLiteral("\n\n");
    }
    return md;
}

bool writeNotesPdf(const core::Bundle &bundle, const QList<NotesEntry> &entries,
                   const core::ContentLanguage &content, const QString &path, QString *error)
{
    ensureFonts();
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    const QString title = content.text(bundle.info().title);
    writer.setTitle(NotesExportText::tr("My notes — %1").arg(title));
    writer.setCreator(QStringLiteral("Okuw"));
    QPainter p;
    if (!p.begin(&writer)) {
        if (error)
            *error = NotesExportText::tr("Cannot write %1").arg(path);
        return false;
    }
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    const qreal dpi = writer.resolution();
    const qreal gap = dpi * 0.12;
    const qreal thumbW = page.width() * 0.42;
    const qreal thumbH = thumbW * 9 / 16;
    QFont body(sansFamily());
    body.setPixelSize(int(dpi * 0.13));
    QFont heading = body;
    heading.setBold(true);
    QFont big = heading;
    big.setPixelSize(int(dpi * 0.22));

    qreal y = 0;
    auto text = [&](const QString &t, const QFont &f, qreal x, qreal width, bool draw) {
        QTextDocument doc;
        doc.setDefaultFont(f);
        doc.setPlainText(t);
        doc.setTextWidth(width);
        doc.setDocumentMargin(0);
        if (draw) {
            p.save();
            p.translate(x, y);
            doc.drawContents(&p);
            p.restore();
        }
        return doc.size().height();
    };
    auto room = [&](qreal needed) {
        if (y > 0 && y + needed > page.height()) {
            writer.newPage();
            y = 0;
        }
    };
    y +=
        text(NotesExportText::tr("My notes — %1").arg(title), big, 0, page.width(), true) + gap * 2;
    if (entries.isEmpty())
        text(NotesExportText::tr("No notes or bookmarks yet."), body, 0, page.width(), true);
    QString module;
    for (const NotesEntry &e : entries) {
        if (e.moduleTitle != module) {
            module = e.moduleTitle;
            room(dpi * 0.6);
            y += gap;
            y += text(module, big, 0, page.width(), true) + gap;
        }
        const QString head =
            (e.orphan ? NotesExportText::tr("(no longer in this bundle) ") : QString()) +
            e.heading + (e.bookmarked ? QStringLiteral("  ★") : QString());
        const bool thumb = e.slide.has_value();
        const qreal textX = thumb ? thumbW + gap * 2 : 0;
        const qreal textW = page.width() - textX;
        const qreal headH = text(head, heading, textX, textW, false);
        const qreal noteH = text(e.note, body, textX, textW, false);
        room(std::max(thumb ? thumbH : 0.0, headH + gap + noteH) + gap);
        const qreal top = y;
        if (thumb) {
            const QImage img = renderSlide(*e.slide, QSize(640, 360), 1.0,
                                           bundleAssetLoader(bundle, e.slide->moduleId), Qt::white);
            const QRectF r(0, y, thumbW, thumbH);
            p.drawImage(r, img);
            p.setPen(QPen(Qt::gray, 1));
            p.drawRect(r);
        }
        y += text(head, heading, textX, textW, true) + gap / 2;
        y += text(e.note, body, textX, textW, true);
        y = std::max(y, top + (thumb ? thumbH : 0.0)) + gap * 2;
    }
    p.end();
    if (!QFileInfo(path).exists()) {
        if (error)
            *error = NotesExportText::tr("Cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace okuw::render
