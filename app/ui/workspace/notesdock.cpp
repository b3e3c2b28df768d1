#include "notesdock.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace okuw::ui {

NotesDock::NotesDock(core::UserStore *store, QWidget *parent) : QDockWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("okuwNotesDock"));
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    m_heading = new QLabel(box);
    m_heading->setObjectName(QStringLiteral("notesHeading"));
    m_heading->setWordWrap(true);
    // A title from the bundle may be one long word: it is cut at the dock's
    // edge rather than widening the dock and the window.
    m_heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_editor = new QPlainTextEdit(box);
    m_editor->installEventFilter(this);
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("notesStatus"));
    m_status->setWordWrap(true);
    m_status->installEventFilter(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_status);
    setWidget(box);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(500);
    connect(&m_debounce, &QTimer::timeout, this, &NotesDock::saveNow);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_dirty = true;
        m_debounce.start();
        setStatus(tr("Editing…"));
    });
    connect(m_store, &core::UserStore::problemChanged, this, &NotesDock::updateState);
    retranslate();
    updateState();
}

NotesDock::~NotesDock()
{
    // The last save, told to no one: whoever listens (the workspace's
    // panels) may be half torn down with the window.
    blockSignals(true);
    saveNow();
}

void NotesDock::setBundle(const QString &bundleId)
{
    saveNow();
    m_bundleId = bundleId;
    m_ref = {};
    reload();
}

void NotesDock::setTarget(const core::ItemRef &ref, const QString &label)
{
    if (ref == m_ref && !m_dirty) {
        // The same note: only its label may have changed (the interface
        // language was switched).
        m_label = label;
        showHeading();
        return;
    }
    saveNow();
    m_ref = ref;
    m_label = label;
    reload();
}

void NotesDock::reload()
{
    const auto pending =
        std::find_if(m_unsaved.cbegin(), m_unsaved.cend(),
                     [this](const Unsaved &u) { return u.ref == m_ref && m_ref.isValid(); });
    const auto stored = m_ref.isValid() && pending == m_unsaved.cend()
                            ? m_store->note(m_bundleId, m_ref)
                            : core::StoreRead<QString>{};
    m_readError = stored.error;
    m_loading = true;
    // What was typed here and not saved wins over what the store holds.
    m_editor->setPlainText(pending != m_unsaved.cend() ? pending->text : stored.value);
    m_loading = false;
    m_dirty = pending != m_unsaved.cend();
    m_debounce.stop();
    showHeading();
    updateState();
    if (m_dirty)
        setStatus(tr("Not saved yet: your text is kept here and saved when the notes file can be "
                     "written again (see the bar above)."));
}

void NotesDock::keepUnsaved(const core::ItemRef &ref, const QString &text, const QString &label)
{
    for (Unsaved &u : m_unsaved) {
        if (u.ref == ref) {
            u.text = text;
            u.label = label;
            return;
        }
    }
    m_unsaved.append({ref, text, label});
}

bool NotesDock::retryUnsaved()
{
    for (auto it = m_unsaved.begin(); it != m_unsaved.end();) {
        if (it->ref == m_ref && m_dirty) {
            ++it; // the editor holds a newer text; saveNow() saves that
            continue;
        }
        if (!m_store->setNote(m_bundleId, it->ref, it->text, it->label))
            return false;
        const core::ItemRef ref = it->ref;
        it = m_unsaved.erase(it);
        Q_EMIT saved(ref);
    }
    return true;
}

bool NotesDock::saveNow()
{
    m_debounce.stop();
    const bool earlier = m_unsaved.isEmpty() || retryUnsaved();
    if (!m_dirty || !m_ref.isValid() || !m_readError.isEmpty())
        return earlier;
    const QString text = m_editor->toPlainText();
    if (!m_store->setNote(m_bundleId, m_ref, text, m_label)) {
        // Kept, here and for when this slide is shown again; the next save
        // of any note tries again.
        keepUnsaved(m_ref, text, m_label);
        setStatus(tr("Not saved: your text is kept here and saved when the notes file can be "
                     "written again (see the bar above)."));
        return false;
    }
    m_unsaved.erase(std::remove_if(m_unsaved.begin(), m_unsaved.end(),
                                   [this](const Unsaved &u) { return u.ref == m_ref; }),
                    m_unsaved.end());
    m_dirty = false;
    setStatus(earlier ? tr("Saved") : tr("Saved. Other notes are not saved yet."));
    Q_EMIT saved(m_ref);
    return earlier;
}

QString NotesDock::rescueUnsaved(const QString &folder, bool *failed)
{
    if (failed)
        *failed = false;
    saveNow();
    if (m_unsaved.isEmpty())
        return {};
    QString text = tr("# Notes Okuw could not save\n\nBundle: %1\n").arg(m_bundleId);
    for (const Unsaved &u : std::as_const(m_unsaved))
        text += QStringLiteral("\n## %1\n\n%2\n")
                    .arg(u.label.isEmpty() ? u.ref.toString() : u.label, u.text);
    const QString name =
        QStringLiteral("okuw-unsaved-notes-%1.md")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QStringList places{folder,
                             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                             QDir::tempPath()};
    for (const QString &place : places) {
        if (place.isEmpty() || !QDir().mkpath(place))
            continue;
        QSaveFile file(QDir(place).filePath(name));
        if (file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit())
            return file.fileName();
    }
    if (failed)
        *failed = true;
    return {};
}

void NotesDock::showHeading()
{
    m_heading->setText(m_ref.isValid() ? m_label : tr("Open a slide or a page to take notes."));
}

void NotesDock::updateState()
{
    const bool writable = m_store->isWritable();
    m_editor->setReadOnly(!writable || !m_ref.isValid() || !m_readError.isEmpty());
    if (!m_readError.isEmpty())
        setStatus(tr("Your note here could not be read (%1). It is not shown, and "
                     "nothing is saved over it.")
                      .arg(m_readError));
    else if (!writable)
        setStatus(tr("Read-only: %1").arg(m_store->problemText()));
    else if (!m_dirty && m_unsaved.isEmpty())
        setStatus(m_ref.isValid() ? tr("Saved as you type.") : QString());
    else if (!m_dirty)
        setStatus(tr("Some notes are not saved yet (see the bar above); they are kept and saved "
                     "when the notes file can be written again."));
}

void NotesDock::setStatus(const QString &text)
{
    m_status->setText(text);
    fitStatus();
}

void NotesDock::fitStatus()
{
    // A dock's layout does not ask a word-wrapped label for its height at
    // the width it has: without this, a long status is cut to two lines.
    const int width = m_status->width() > 0 ? m_status->width() : m_editor->width();
    m_status->setMinimumHeight(m_status->heightForWidth(width));
}

bool NotesDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_status && event->type() == QEvent::Resize)
        fitStatus();
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        saveNow();
    return QDockWidget::eventFilter(watched, event);
}

void NotesDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void NotesDock::retranslate()
{
    setWindowTitle(tr("My notes"));
    m_editor->setAccessibleName(tr("My note on this slide or page"));
    m_editor->setPlaceholderText(tr("Your notes on this slide or page. Only you see them; "
                                    "they are saved on this computer."));
    showHeading();
    if (!m_dirty)
        updateState();
}

} // namespace okuw::ui
