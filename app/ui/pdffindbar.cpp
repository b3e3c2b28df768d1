#include "pdffindbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

namespace okuw::ui {

PdfFindBar::PdfFindBar(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_field(new QLineEdit(this)),
      m_prev(new QToolButton(this)), m_next(new QToolButton(this)), m_hits(new QLabel(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("pdfFindBar"));
    m_field->setObjectName(QStringLiteral("pdfSearchField"));
    m_field->setClearButtonEnabled(true);
    m_field->setMinimumWidth(fontMetrics().averageCharWidth() * 12);
    m_field->installEventFilter(this);
    m_label->setBuddy(m_field);
    m_hits->setObjectName(QStringLiteral("pdfHitLabel"));
    // The count is never cut: the field gives way first.
    m_hits->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    m_prev->setObjectName(QStringLiteral("pdfPreviousHit"));
    m_next->setObjectName(QStringLiteral("pdfNextHit"));
    m_close->setObjectName(QStringLiteral("pdfCloseFind"));
    m_prev->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    for (QToolButton *b : {m_prev, m_next, m_close})
        b->setAutoRaise(true);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 3, 6, 3);
    row->addWidget(m_label);
    row->addWidget(m_field, 1);
    row->addWidget(m_prev);
    row->addWidget(m_next);
    row->addWidget(m_hits);
    row->addWidget(m_close);
    setTabOrder(m_field, m_prev);
    setTabOrder(m_prev, m_next);
    setTabOrder(m_next, m_close);

    connect(m_field, &QLineEdit::returnPressed, this,
            [this] { emit findRequested(m_field->text()); });
    connect(m_prev, &QToolButton::clicked, this, &PdfFindBar::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &PdfFindBar::nextRequested);
    connect(m_close, &QToolButton::clicked, this, &PdfFindBar::close);
    setHitsEnabled(false);
    retranslate();
}

void PdfFindBar::retranslate()
{
    m_label->setText(tr("&Find:"));
    m_field->setPlaceholderText(tr("Find in document"));
    m_field->setAccessibleName(tr("Find in document"));
    m_prev->setToolTip(tr("Previous hit (Shift+F3)"));
    m_prev->setAccessibleName(tr("Previous hit"));
    m_next->setToolTip(tr("Next hit (F3)"));
    m_next->setAccessibleName(tr("Next hit"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_close->setAccessibleName(tr("Close the find bar"));
    m_hits->setAccessibleName(tr("Hits"));
}

void PdfFindBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool PdfFindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return && key->modifiers() & Qt::ShiftModifier) {
            emit previousRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PdfFindBar::open()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void PdfFindBar::close()
{
    hide();
    emit closed();
}

void PdfFindBar::setHitText(const QString &text)
{
    m_hits->setText(text);
    m_hits->setAccessibleDescription(text);
}

void PdfFindBar::setHitsEnabled(bool enabled)
{
    m_prev->setEnabled(enabled);
    m_next->setEnabled(enabled);
}

} // namespace okuw::ui
