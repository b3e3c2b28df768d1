// The bookmarks panel and the "All my notes" panel (a tab beside "My
// notes") of the open bundle, one click to jump back. Notes whose slide is
// gone are listed as orphaned.
#pragma once

#include "core/userstore.h"

#include <QDockWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace okuw::ui {

struct PanelEntry
{
    core::ItemRef ref;
    QString title;  // "2. Module — slide 4: Title"
    QString detail; // the note text, for the tooltip
    bool orphan = false;
};

// A list of entries; activating one emits `activated` (not for orphans).
class EntryList : public QObject
{
    Q_OBJECT
public:
    explicit EntryList(QWidget *parent);
    QListWidget *widget() const { return m_list; }
    void setEntries(const QList<PanelEntry> &entries);
    const QList<PanelEntry> &entries() const { return m_entries; }

Q_SIGNALS:
    void activated(const okuw::core::ItemRef &ref);

private:
    QListWidget *m_list;
    QList<PanelEntry> m_entries;
};

class BookmarksDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit BookmarksDock(QWidget *parent = nullptr);

    void setEntries(const QList<PanelEntry> &bookmarks);
    QListWidget *bookmarkList() const;
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void activated(const okuw::core::ItemRef &ref);
    void removeBookmark(const okuw::core::ItemRef &ref);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    EntryList *m_bookmarks;
    QPushButton *m_remove;
};

// Every note of the bundle; tabbed with "My notes" by the workspace.
class AllNotesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit AllNotesDock(QWidget *parent = nullptr);
    void setEntries(const QList<PanelEntry> &notes);
    QListWidget *noteList() const;

Q_SIGNALS:
    void activated(const okuw::core::ItemRef &ref);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    EntryList *m_notes;
};

} // namespace okuw::ui
