#include "bookmarksdock.h"

#include <QEvent>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace okuw::ui {

namespace {
constexpr int kIndexRole = Qt::UserRole + 1;
}

EntryList::EntryList(QWidget *parent) : QObject(parent), m_list(new QListWidget(parent))
{
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    // Entries of two lines each, told apart.
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(2);
    auto activate = [this](QListWidgetItem *item) {
        const int i = item->data(kIndexRole).toInt();
        if (i >= 0 && i < m_entries.size() && !m_entries[i].orphan)
            Q_EMIT activated(m_entries[i].ref);
    };
    connect(m_list, &QListWidget::itemActivated, this, activate);
    connect(m_list, &QListWidget::itemClicked, this, activate);
}

void EntryList::setEntries(const QList<PanelEntry> &entries)
{
    m_entries = entries;
    m_list->clear();
    for (int i = 0; i < entries.size(); ++i) {
        const PanelEntry &e = entries[i];
        QString text = e.title;
        if (!e.detail.isEmpty())
            text += QLatin1Char('\n') + e.detail.left(120).simplified();
        if (e.orphan)
            text = BookmarksDock::tr("[no longer in this bundle] %1").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kIndexRole, i);
        item->setToolTip(e.detail.isEmpty() ? e.title : e.detail);
        if (e.orphan)
            item->setForeground(m_list->palette().color(QPalette::Disabled, QPalette::Text));
    }
}

BookmarksDock::BookmarksDock(QWidget *parent) : QDockWidget(parent)
{
    setObjectName(QStringLiteral("okuwBookmarksDock"));
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    m_bookmarks = new EntryList(box);
    connect(m_bookmarks, &EntryList::activated, this, &BookmarksDock::activated);
    m_remove = new QPushButton(box);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = bookmarkList()->currentRow();
        if (row >= 0 && row < m_bookmarks->entries().size())
            Q_EMIT removeBookmark(m_bookmarks->entries()[row].ref);
    });
    // Nothing chosen, nothing to remove.
    m_remove->setEnabled(false);
    connect(bookmarkList(), &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    layout->addWidget(bookmarkList());
    layout->addWidget(m_remove);
    setWidget(box);
    retranslate();
}

QListWidget *BookmarksDock::bookmarkList() const
{
    return m_bookmarks->widget();
}

void BookmarksDock::setEntries(const QList<PanelEntry> &bookmarks)
{
    m_bookmarks->setEntries(bookmarks);
    m_remove->setEnabled(bookmarkList()->currentRow() >= 0);
    retranslate();
}

void BookmarksDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void BookmarksDock::retranslate()
{
    setWindowTitle(tr("Bookmarks (%1)").arg(m_bookmarks->entries().size()));
    toggleViewAction()->setText(tr("Bookmarks"));
    m_remove->setText(tr("Remove bookmark"));
    bookmarkList()->setAccessibleName(tr("Bookmarks"));
}

AllNotesDock::AllNotesDock(QWidget *parent) : QDockWidget(parent)
{
    setObjectName(QStringLiteral("okuwAllNotesDock"));
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    m_notes = new EntryList(box);
    connect(m_notes, &EntryList::activated, this, &AllNotesDock::activated);
    layout->addWidget(noteList());
    setWidget(box);
    retranslate();
}

QListWidget *AllNotesDock::noteList() const
{
    return m_notes->widget();
}

void AllNotesDock::setEntries(const QList<PanelEntry> &notes)
{
    m_notes->setEntries(notes);
    retranslate();
}

void AllNotesDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void AllNotesDock::retranslate()
{
    setWindowTitle(BookmarksDock::tr("All my notes (%1)").arg(m_notes->entries().size()));
    toggleViewAction()->setText(BookmarksDock::tr("All my notes"));
    noteList()->setAccessibleName(BookmarksDock::tr("All my notes"));
}

} // namespace okuw::ui
