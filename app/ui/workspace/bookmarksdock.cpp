#include "bookmarksdock.h"

#include <QEvent>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace okuw::ui {

namespace {
constexpr int kIndexRole = Qt::UserRole + 1;
}

BookmarksDock::BookmarksDock(QWidget *parent) : QDockWidget(parent)
{
    setObjectName(QStringLiteral("okuwBookmarksDock"));
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    m_tabs = new QTabWidget(box);
    m_bookmarks = new QListWidget(m_tabs);
    m_notes = new QListWidget(m_tabs);
    for (QListWidget *list : {m_bookmarks, m_notes}) {
        list->setWordWrap(true);
        list->setUniformItemSizes(false);
        // Entries of two lines each, told apart.
        list->setAlternatingRowColors(true);
        list->setSpacing(2);
        connect(list, &QListWidget::itemActivated, this, &BookmarksDock::activate);
        connect(list, &QListWidget::itemClicked, this, &BookmarksDock::activate);
    }
    m_tabs->addTab(m_bookmarks, QString());
    m_tabs->addTab(m_notes, QString());
    m_remove = new QPushButton(box);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_bookmarks->currentRow();
        if (row >= 0 && row < m_bookmarkEntries.size())
            Q_EMIT removeBookmark(m_bookmarkEntries[row].ref);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int index) { m_remove->setVisible(index == 0); });
    // Nothing chosen, nothing to remove.
    m_remove->setEnabled(false);
    connect(m_bookmarks, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    layout->addWidget(m_tabs);
    layout->addWidget(m_remove);
    setWidget(box);
    retranslate();
}

void BookmarksDock::setEntries(const QList<PanelEntry> &bookmarks, const QList<PanelEntry> &notes)
{
    m_bookmarkEntries = bookmarks;
    m_noteEntries = notes;
    fill(m_bookmarks, bookmarks);
    fill(m_notes, notes);
    m_remove->setEnabled(m_bookmarks->currentRow() >= 0);
    retranslate();
}

void BookmarksDock::fill(QListWidget *list, const QList<PanelEntry> &entries)
{
    list->clear();
    for (int i = 0; i < entries.size(); ++i) {
        const PanelEntry &e = entries[i];
        QString text = e.title;
        if (!e.detail.isEmpty())
            text += QLatin1Char('\n') + e.detail.left(120).simplified();
        if (e.orphan)
            text = tr("[no longer in this bundle] %1").arg(text);
        auto *item = new QListWidgetItem(text, list);
        item->setData(kIndexRole, i);
        item->setToolTip(e.detail.isEmpty() ? e.title : e.detail);
        if (e.orphan)
            item->setForeground(list->palette().color(QPalette::Disabled, QPalette::Text));
    }
}

void BookmarksDock::activate(QListWidgetItem *item)
{
    const QList<PanelEntry> &entries =
        item->listWidget() == m_bookmarks ? m_bookmarkEntries : m_noteEntries;
    const int i = item->data(kIndexRole).toInt();
    if (i >= 0 && i < entries.size() && !entries[i].orphan)
        Q_EMIT activated(entries[i].ref);
}

void BookmarksDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void BookmarksDock::retranslate()
{
    setWindowTitle(tr("Bookmarks"));
    m_tabs->setTabText(0, tr("Bookmarks (%1)").arg(m_bookmarkEntries.size()));
    m_tabs->setTabText(1, tr("All my notes (%1)").arg(m_noteEntries.size()));
    m_remove->setText(tr("Remove bookmark"));
    m_tabs->setAccessibleName(tr("Bookmarks and notes"));
    m_bookmarks->setAccessibleName(tr("Bookmarks"));
    m_notes->setAccessibleName(tr("All my notes"));
}

} // namespace okuw::ui
