// The navigator: the bundle's modules in order, each with its slides and
// reference documents in the content language.
#pragma once

#include "core/contentlanguage.h"
#include "core/types.h"

#include <QHash>
#include <QSet>
#include <QTreeWidget>
#include <memory>

namespace okuw::core {
class Bundle;
}

namespace okuw::ui {

class Navigator : public QTreeWidget
{
    Q_OBJECT
public:
    enum class Kind { None, Module, Slide, Document };
    enum Role { KindRole = Qt::UserRole + 1, IdRole, ModuleRole, RefRole };

    explicit Navigator(QWidget *parent = nullptr);

    // Fills the tree; `content` chooses titles, decks and documents.
    // Returns false and sets *error when the bundle could not be read.
    bool populate(const std::shared_ptr<core::Bundle> &bundle, const core::ContentLanguage &content,
                  QString *error = nullptr);
    void clearAll();
    static QIcon bookmarkIcon();

    // The module's progress, shown in the second column instead of its
    // counts; `details` joins the column's tooltip.
    void setBadge(qint64 moduleId, const QString &badge, const QString &details = {});
    // Slide rows whose ItemRef::toString() is in `refs` show a bookmark mark.
    void setBookmarked(const QSet<QString> &refs);

    // Marks what is shown without emitting activated().
    void selectModule(qint64 moduleId);
    void selectSlide(qint64 moduleId, qint64 slideId);
    void selectDocument(qint64 moduleId, qint64 documentId);

    QTreeWidgetItem *moduleItem(qint64 moduleId) const;
    QTreeWidgetItem *slideItem(qint64 slideId) const;
    QTreeWidgetItem *documentItem(qint64 documentId) const;

signals:
    void moduleActivated(qint64 moduleId);
    void slideActivated(qint64 moduleId, qint64 slideId);
    void documentActivated(qint64 moduleId, qint64 documentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void emitFor(QTreeWidgetItem *item);
    void updateModuleText(QTreeWidgetItem *item);
    void retranslate();
    void selectQuietly(QTreeWidgetItem *item);

    QHash<qint64, QTreeWidgetItem *> m_modules;
    QHash<qint64, QTreeWidgetItem *> m_slides;
    QHash<qint64, QTreeWidgetItem *> m_documents;
    QHash<qint64, QString> m_badges;
    QHash<qint64, QString> m_badgeDetails;
    QHash<qint64, QString> m_titles;
    bool m_quiet = false;
};

} // namespace okuw::ui
