#include "agendadialog.h"

#include "core/i18n.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace okuw::ui {

namespace {
constexpr int kItemRole = Qt::UserRole + 1;
}

AgendaDialog::AgendaDialog(const QList<core::AgendaItem> &items,
                           const QList<core::ModuleInfo> &modules,
                           const core::ContentLanguage &content, Clock clock, QWidget *parent)
    : QDialog(parent), m_items(items)
{
    setWindowTitle(tr("Agenda"));
    const QDateTime now = clock ? clock() : QDateTime::currentDateTime();
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setAccessibleName(tr("Agenda"));
    m_tree->setHeaderLabels({tr("Time"), tr("Session")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    // Dates in the interface language, like the "Day %1" they follow.
    const QLocale locale(core::installedLanguage());

    QHash<qint64, core::ModuleInfo> byId;
    for (const core::ModuleInfo &m : modules)
        byId.insert(m.id, m);
    QTreeWidgetItem *dayItem = nullptr;
    int day = -1;
    for (int i = 0; i < items.size(); ++i) {
        const core::AgendaItem &a = items[i];
        if (a.day != day || !dayItem) {
            day = a.day;
            const QDate date = QDate::fromString(a.date, Qt::ISODate);
            QString text = tr("Day %1").arg(a.day);
            if (date.isValid())
                text += QStringLiteral(" — ") + locale.toString(date, QLocale::LongFormat);
            dayItem = new QTreeWidgetItem(m_tree, {text});
            dayItem->setFirstColumnSpanned(true);
            QFont f = dayItem->font(0);
            f.setBold(true);
            dayItem->setFont(0, f);
            dayItem->setFlags(Qt::ItemIsEnabled);
        }
        QString title = content.text(a.title);
        if (a.moduleId && byId.contains(a.moduleId)) {
            const core::ModuleInfo &m = byId[a.moduleId];
            const QString moduleTitle =
                QStringLiteral("%1. %2").arg(m.position).arg(content.text(m.title));
            title = title.isEmpty() ? moduleTitle : title + QStringLiteral(" — ") + moduleTitle;
        }
        auto *item = new QTreeWidgetItem(dayItem, {a.start + QStringLiteral("–") + a.end, title});
        item->setData(0, kItemRole, i);
        if (a.moduleId)
            item->setToolTip(1, tr("Double-click to open this module"));
        const QDate date = QDate::fromString(a.date, Qt::ISODate);
        const QTime start = QTime::fromString(a.start, QStringLiteral("HH:mm"));
        const QTime end = QTime::fromString(a.end, QStringLiteral("HH:mm"));
        if (date.isValid() && date == now.date() && start.isValid() && end.isValid() &&
            now.time() >= start && now.time() < end) {
            m_current = i;
            item->setText(1, tr("▶ Now: %1").arg(title));
            for (int col = 0; col < 2; ++col) {
                QFont f = item->font(col);
                f.setBold(true);
                item->setFont(col, f);
                item->setBackground(col, QColor(220, 237, 255));
            }
        }
    }
    m_tree->expandAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("Open module"), QDialogButtonBox::ActionRole);
    auto openCurrent = [this] {
        const QTreeWidgetItem *item = m_tree->currentItem();
        if (!item || !item->data(0, kItemRole).isValid())
            return;
        const qint64 id = m_items[item->data(0, kItemRole).toInt()].moduleId;
        if (id) {
            Q_EMIT moduleRequested(id);
            accept();
        }
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_tree, &QTreeWidget::itemActivated, this, openCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(720, 560);
}

} // namespace okuw::ui
