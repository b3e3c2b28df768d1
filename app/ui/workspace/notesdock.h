// The personal-notes editor beside the view. Saves as you type (500 ms
// after the last key), and at once when the editor loses focus, when the
// slide or page changes and when the window closes. Text that could not be
// saved (a full disk) is never dropped: it stays here, shown again when its
// slide is, tried again at every save, and written to a rescue file when
// the window closes with it still unsaved.
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
    // Saves the text being edited and retries earlier unsaved ones; false
    // when anything is still unsaved.
    bool saveNow();
    int unsavedCount() const { return int(m_unsaved.size()); }
    // For the window's close: what could still not be saved goes to a
    // Markdown file in `folder` (or, failing that, Documents or the temporary
    // folder). Returns its path, or empty when nothing was unsaved or it
    // could not be written anywhere (`*failed` set).
    QString rescueUnsaved(const QString &folder, bool *failed = nullptr);
    QPlainTextEdit *editor() const { return m_editor; }
    void reload(); // after the store changed under us (remove my data)

Q_SIGNALS:
    void saved(const core::ItemRef &ref);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showHeading();
    void updateState();
    void setStatus(const QString &text);
    void fitStatus();
    bool retryUnsaved();
    void keepUnsaved(const core::ItemRef &ref, const QString &text, const QString &label);

    struct Unsaved
    {
        core::ItemRef ref;
        QString text;
        QString label;
    };

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
    // Keyed by ItemRef::toString(): notes the store refused, oldest first.
    QList<Unsaved> m_unsaved;
};

} // namespace okuw::ui
