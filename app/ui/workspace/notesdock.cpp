#include "notesdock.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace okuw::ui {

NotesDock::NotesDock(core::UserStore *store, QWidget *parent) : QDockWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("okuwNotesDock"));
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    m_heading = new QLabel(box);
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
        m_status->setText(tr("Editing…"));
    });
    connect(m_store, &core::UserStore::problemChanged, this, &NotesDock::updateState);
    retranslate();
    updateState();
}

NotesDock::~NotesDock()
{
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
    if (ref == m_ref && !m_dirty)
        return;
    saveNow();
    m_ref = ref;
    m_label = label;
    reload();
}

void NotesDock::reload()
{
    const auto stored =
        m_ref.isValid() ? m_store->note(m_bundleId, m_ref) : core::StoreRead<QString>{};
    m_readError = stored.error;
    m_loading = true;
    m_editor->setPlainText(stored.value);
    m_loading = false;
    m_dirty = false;
    m_debounce.stop();
    m_heading->setText(m_ref.isValid() ? m_label : tr("Open a slide or a page to take notes."));
    updateState();
}

bool NotesDock::saveNow()
{
    m_debounce.stop();
    if (!m_dirty || !m_ref.isValid() || !m_readError.isEmpty())
        return true;
    if (!m_store->setNote(m_bundleId, m_ref, m_editor->toPlainText(), m_label)) {
        // Keep m_dirty: the next change or focus loss tries again.
        m_status->setText(tr("Not saved: %1").arg(m_store->problemText()));
        return false;
    }
    m_dirty = false;
    m_status->setText(tr("Saved"));
    Q_EMIT saved(m_ref);
    return true;
}

void NotesDock::updateState()
{
    const bool writable = m_store->isWritable();
    m_editor->setReadOnly(!writable || !m_ref.isValid() || !m_readError.isEmpty());
    if (!m_readError.isEmpty())
        m_status->setText(tr("Your note here could not be read (%1). It is not shown, and "
                             "nothing is saved over it.")
                              .arg(m_readError));
    else if (!writable)
        m_status->setText(tr("Read-only: %1").arg(m_store->problemText()));
    else if (!m_dirty)
        m_status->setText(m_ref.isValid() ? tr("Saved as you type.") : QString());
}

bool NotesDock::eventFilter(QObject *watched, QEvent *event)
{
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
    m_editor->setPlaceholderText(tr("Your notes on this slide or page. Only you see them; "
                                    "they are saved on this computer."));
}

} // namespace okuw::ui
