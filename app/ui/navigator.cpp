#include "navigator.h"

#include "core/bundle.h"
#include "core/userstore.h"

#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QStyle>
#include <cmath>

namespace okuw::ui {

Navigator::Navigator(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("navigator"));
    setColumnCount(2);
    setUniformRowHeights(true);
    // "7. Exploita…of persons" says more than "7. Exploita…"; the tooltip has it all.
    setTextElideMode(Qt::ElideMiddle);
    setAllColumnsShowFocus(true);
    setExpandsOnDoubleClick(true);
    // No header row: "Module | Progress" says little, and the progress
    // column, as wide as "3/16" rather than as its heading, leaves the
    // titles more room (each row's tooltip says what the numbers are).
    setHeaderHidden(true);
    setIndentation(14); // the titles' room, not the tree's
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    retranslate();

    // A click or Enter opens the item; moving with the arrow keys opens it too,
    // so the keyboard alone is enough to browse.
    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emitFor(item); });
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!m_quiet && item)
            emitFor(item);
    });
}

void Navigator::retranslate()
{
    setHeaderLabels({tr("Module"), tr("Progress")});
    header()->resizeSections(QHeaderView::ResizeToContents);
    for (QTreeWidgetItem *item : std::as_const(m_modules))
        updateModuleText(item);
}

void Navigator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void Navigator::clearAll()
{
    m_quiet = true;
    clear();
    m_modules.clear();
    m_slides.clear();
    m_documents.clear();
    m_titles.clear();
    m_quiet = false;
}

bool Navigator::populate(const std::shared_ptr<core::Bundle> &bundle,
                         const core::ContentLanguage &content, QString *error)
{
    clearAll();
    if (!bundle)
        return true;
    m_quiet = true;
    QString err;
    const QList<core::ModuleInfo> modules = bundle->modules(&err);
    const QIcon moduleIcon = style()->standardIcon(QStyle::SP_DirIcon);
    const QIcon slideIcon = style()->standardIcon(QStyle::SP_FileIcon);
    const QIcon docIcon = style()->standardIcon(QStyle::SP_FileDialogDetailedView);
    for (const core::ModuleInfo &m : modules) {
        auto *item = new QTreeWidgetItem(this);
        item->setData(0, KindRole, int(Kind::Module));
        item->setData(0, IdRole, m.id);
        item->setData(0, ModuleRole, m.id);
        item->setIcon(0, moduleIcon);
        m_titles.insert(m.id, QStringLiteral("%1. %2").arg(m.position).arg(content.text(m.title)));
        item->setData(0, Qt::UserRole + 9, content.text(m.summary));
        m_modules.insert(m.id, item);

        const QList<core::Slide> slides = bundle->slides(m.id, content.deckLanguage(m), &err);
        for (const core::Slide &s : slides) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, QStringLiteral("%1. %2")
                                  .arg(s.position)
                                  .arg(s.title.isEmpty() ? tr("(untitled)") : s.title));
            child->setToolTip(0, child->text(0));
            child->setIcon(0, slideIcon);
            child->setData(0, KindRole, int(Kind::Slide));
            child->setData(0, IdRole, s.id);
            child->setData(0, ModuleRole, m.id);
            child->setData(0, RefRole, core::ItemRef::forSlide(m.slug, s.key).toString());
            m_slides.insert(s.id, child);
        }
        const QList<core::Document> docs =
            bundle->documents(m.id, content.documentLanguage(m), &err);
        for (const core::Document &doc : docs) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, doc.title.isEmpty() ? doc.fileName : doc.title);
            child->setToolTip(
                0, tr("%1 (%2, %n page(s))", nullptr, doc.pageCount).arg(child->text(0), doc.lang));
            child->setText(1, tr("PDF"));
            child->setIcon(0, docIcon);
            child->setData(0, KindRole, int(Kind::Document));
            child->setData(0, IdRole, doc.id);
            child->setData(0, ModuleRole, m.id);
            m_documents.insert(doc.id, child);
        }
        item->setData(1, Qt::UserRole, QPoint(int(slides.size()), int(docs.size())));
        // Which content languages the module has (slides or documents), so a
        // participant sees before opening it whether it exists in theirs.
        QStringList langs;
        for (const auto *counts : {&m.slideCount, &m.documentCount})
            for (auto it = counts->cbegin(); it != counts->cend(); ++it)
                if (it.value() > 0 && !langs.contains(it.key()))
                    langs << it.key();
        item->setData(1, Qt::UserRole + 1, langs.join(QStringLiteral(" · ")));
        updateModuleText(item);
    }
    m_quiet = false;
    if (error)
        *error = err;
    return err.isEmpty();
}

void Navigator::updateModuleText(QTreeWidgetItem *item)
{
    const qint64 id = item->data(0, IdRole).toLongLong();
    const QString badge = m_badges.value(id);
    item->setText(0, m_titles.value(id));
    // The whole title, however narrow the column, then the summary.
    const QString summary = item->data(0, Qt::UserRole + 9).toString();
    item->setToolTip(0, summary.isEmpty() ? m_titles.value(id)
                                          : m_titles.value(id) + QStringLiteral("\n\n") + summary);
    const QPoint counts = item->data(1, Qt::UserRole).toPoint();
    item->setText(1, badge.isEmpty() ? QString::number(counts.x()) : badge);
    const QString langs = item->data(1, Qt::UserRole + 1).toString();
    QString tip = tr("%n slide(s)", nullptr, counts.x()) + QStringLiteral(", ") +
                  tr("%n document(s)", nullptr, counts.y());
    if (!m_badgeDetails.value(id).isEmpty())
        tip += QLatin1Char('\n') + m_badgeDetails.value(id);
    if (!langs.isEmpty())
        tip += QLatin1Char('\n') + tr("Languages: %1").arg(langs);
    item->setToolTip(1, tip);
    item->setData(1, Qt::AccessibleTextRole, tip);
}

void Navigator::setBadge(qint64 moduleId, const QString &badge, const QString &details)
{
    m_badges.insert(moduleId, badge);
    m_badgeDetails.insert(moduleId, details);
    if (QTreeWidgetItem *item = m_modules.value(moduleId))
        updateModuleText(item);
}

void Navigator::setBookmarked(const QSet<QString> &refs)
{
    const QIcon plain = style()->standardIcon(QStyle::SP_FileIcon);
    for (QTreeWidgetItem *item : std::as_const(m_slides)) {
        const bool marked = refs.contains(item->data(0, RefRole).toString());
        item->setIcon(0, marked ? bookmarkIcon() : plain);
        item->setText(1, marked ? QStringLiteral("★") : QString());
        item->setData(1, Qt::AccessibleTextRole, marked ? tr("Bookmarked") : QString());
        item->setToolTip(1, marked ? tr("Bookmarked") : QString());
    }
}

QIcon Navigator::bookmarkIcon()
{
    // A star in the highlight colour, drawn once.
    static const QIcon icon = [] {
        QPixmap pm(32, 32);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        QPolygonF star;
        for (int i = 0; i < 10; ++i) {
            const double r = i % 2 ? 6.5 : 15.0;
            const double a = M_PI / 2 + i * M_PI / 5;
            star << QPointF(16 + r * std::cos(a), 17 - r * std::sin(a));
        }
        p.setPen(QPen(QColor(0x8a, 0x5a, 0x00), 1.5));
        p.setBrush(QColor(0xf2, 0xb7, 0x05));
        p.drawPolygon(star);
        return QIcon(pm);
    }();
    return icon;
}

void Navigator::emitFor(QTreeWidgetItem *item)
{
    const auto kind = Kind(item->data(0, KindRole).toInt());
    const qint64 id = item->data(0, IdRole).toLongLong();
    const qint64 module = item->data(0, ModuleRole).toLongLong();
    switch (kind) {
    case Kind::Module:
        emit moduleActivated(id);
        break;
    case Kind::Slide:
        emit slideActivated(module, id);
        break;
    case Kind::Document:
        emit documentActivated(module, id);
        break;
    case Kind::None:
        break;
    }
}

void Navigator::selectQuietly(QTreeWidgetItem *item)
{
    if (!item)
        return;
    m_quiet = true;
    if (item->parent())
        item->parent()->setExpanded(true);
    setCurrentItem(item);
    scrollToItem(item);
    m_quiet = false;
}

void Navigator::selectModule(qint64 moduleId)
{
    selectQuietly(m_modules.value(moduleId));
}

void Navigator::selectSlide(qint64 moduleId, qint64 slideId)
{
    QTreeWidgetItem *item = m_slides.value(slideId);
    selectQuietly(item ? item : m_modules.value(moduleId));
}

void Navigator::selectDocument(qint64 moduleId, qint64 documentId)
{
    QTreeWidgetItem *item = m_documents.value(documentId);
    selectQuietly(item ? item : m_modules.value(moduleId));
}

QTreeWidgetItem *Navigator::moduleItem(qint64 moduleId) const
{
    return m_modules.value(moduleId);
}
QTreeWidgetItem *Navigator::slideItem(qint64 slideId) const
{
    return m_slides.value(slideId);
}
QTreeWidgetItem *Navigator::documentItem(qint64 documentId) const
{
    return m_documents.value(documentId);
}

} // namespace okuw::ui
