// The bookmarks panel: bookmarks and notes of the open bundle, one click
// to jump back. Notes whose slide is gone are listed as orphaned.
#pragma once

#include "core/userstore.h"

#include <QDockWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;

namespace okuw::ui {

struct PanelEntry
{
    core::ItemRef ref;
    QString title;  // "2. Module — slide 4: Title"
    QString detail; // the note text, for the tooltip
    bool orphan = false;
};

class BookmarksDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit BookmarksDock(QWidget *parent = nullptr);

    void setEntries(const QList<PanelEntry> &bookmarks, const QList<PanelEntry> &notes);
    QListWidget *bookmarkList() const { return m_bookmarks; }
    QListWidget *noteList() const { return m_notes; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void activated(const okuw::core::ItemRef &ref);
    void removeBookmark(const okuw::core::ItemRef &ref);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill(QListWidget *list, const QList<PanelEntry> &entries);
    void activate(QListWidgetItem *item);

    QTabWidget *m_tabs;
    QListWidget *m_bookmarks;
    QListWidget *m_notes;
    QPushButton *m_remove;
    QList<PanelEntry> m_bookmarkEntries;
    QList<PanelEntry> m_noteEntries;
};

} // namespace okuw::ui
