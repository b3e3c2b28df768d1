#include "exportnotes.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace okuw::ui {

QString exportStartFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

ExportChoiceDialog::ExportChoiceDialog(const QString &moduleTitle, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export my notes"));
    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(tr("Which notes do you want to export?"), this);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    layout->addWidget(question);
    m_all = new QRadioButton(tr("&All my notes in this bundle"), this);
    m_module = new QRadioButton(this);
    if (moduleTitle.isEmpty()) {
        m_module->setText(tr("Only this module (no module is open)"));
        m_module->setEnabled(false);
    } else {
        m_module->setText(tr("Only this &module: %1").arg(moduleTitle));
    }
    m_all->setChecked(true);
    layout->addWidget(m_all);
    layout->addWidget(m_module);
    auto *hint = new QLabel(
        tr("Next you choose where to save them, as a PDF with slide pictures or as text."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addSpacing(6);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *next =
        buttons->addButton(tr("Choose where to save…"), QDialogButtonBox::AcceptRole);
    next->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_all->setFocus();
}

bool ExportChoiceDialog::onlyThisModule() const
{
    return m_module->isEnabled() && m_module->isChecked();
}

ExportedBar::ExportedBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("okuwExportedBar"));
    setFrameShape(QFrame::StyledPanel);
    // The palette's notice pair, as the other bars: follows a high-contrast theme.
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::ToolTipText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open = new QPushButton(this);
    m_folder = new QPushButton(this);
    m_close = new QPushButton(QStringLiteral("×"), this);
    m_close->setFlat(true);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_folder);
    layout->addWidget(m_close);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)); });
    connect(m_folder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void ExportedBar::showSaved(const QString &path)
{
    m_path = path;
    retranslate();
    show();
    m_open->setFocus();
}

QString ExportedBar::text() const
{
    return m_label->text();
}

void ExportedBar::retranslate()
{
    m_label->setText(tr("Your notes were saved to %1").arg(QDir::toNativeSeparators(m_path)));
    m_open->setText(tr("&Open"));
    m_open->setAccessibleName(tr("Open the exported notes"));
    m_folder->setText(tr("Show in &folder"));
    m_folder->setAccessibleName(tr("Show the folder of the exported notes"));
    m_close->setAccessibleName(tr("Close this message"));
    m_close->setToolTip(tr("Close this message"));
}

void ExportedBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace okuw::ui
