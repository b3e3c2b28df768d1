// The personal-notes editor beside the view. Saves as you type (500 ms
// after the last key), and at once when the editor loses focus, when the
// slide or page changes and when the window closes.
#pragma once

#include "core/userstore.h"

#include <QDockWidget>
#include <QTimer>

class QLabel;
class QPlainTextEdit;

namespace okuw::ui {

class NotesDock : public QDockWidget
{
    Q_OBJECT
public:
    NotesDock(core::UserStore *store, QWidget *parent = nullptr);
    ~NotesDock() override;

    void setBundle(const QString &bundleId);
    // Saves what is pending for the old target, then shows the new one's note.
    void setTarget(const core::ItemRef &ref, const QString &label);
    core::ItemRef target() const { return m_ref; }
    bool saveNow();
    QPlainTextEdit *editor() const { return m_editor; }
    void reload(); // after the store changed under us (remove my data)

Q_SIGNALS:
    void saved(const core::ItemRef &ref);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();

    core::UserStore *m_store;
    QString m_bundleId;
    core::ItemRef m_ref;
    QString m_label;
    QLabel *m_heading;
    QLabel *m_status;
    QPlainTextEdit *m_editor;
    QTimer m_debounce;
    bool m_dirty = false;
    bool m_loading = false;
    // The stored note could not be read: it is not shown, and the editor
    // stays read-only so that nothing is saved over it.
    QString m_readError;
};

} // namespace okuw::ui
