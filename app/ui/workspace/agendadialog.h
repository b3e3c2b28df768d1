// The workshop agenda: both days with times and sessions; a session opens
// its module. During the workshop the session running now is marked.
#pragma once

#include "core/contentlanguage.h"
#include "core/types.h"

#include <QDateTime>
#include <QDialog>
#include <functional>

class QTreeWidget;

namespace okuw::ui {

class AgendaDialog : public QDialog
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    AgendaDialog(const QList<core::AgendaItem> &items, const QList<core::ModuleInfo> &modules,
                 const core::ContentLanguage &content, Clock clock = {}, QWidget *parent = nullptr);

    // The index into items of the session running at clock(), or -1.
    int currentSession() const { return m_current; }
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void moduleRequested(qint64 moduleId);

private:
    QList<core::AgendaItem> m_items;
    QTreeWidget *m_tree;
    int m_current = -1;
};

} // namespace okuw::ui
