#include "trustedkeysdialog.h"

#include "core/signature.h"
#include "settings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace okuw::ui {

TrustedKeysDialog::TrustedKeysDialog(Settings &settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("trustedKeysDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("trustedKeys"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_add->setObjectName(QStringLiteral("addKey"));
    m_remove = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(QStringLiteral("removeKey"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Add a Publisher Key"), QString(),
                                         tr("Okuw public keys (*.public);;All files (*)"));
        if (!path.isEmpty())
            addKeyFile(path);
    });
    connect(m_remove, &QPushButton::clicked, this, &TrustedKeysDialog::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 360); // a fingerprint line fits whole
    retranslate();
    fill();
}

QString TrustedKeysDialog::message() const
{
    return m_message->text();
}

void TrustedKeysDialog::fill()
{
    m_list->clear();
    for (const core::PublicKey &key : m_settings.trustedKeys()) {
        auto *item = new QListWidgetItem(
            tr("%1 — key fingerprint %2").arg(key.publisher, key.fingerprint()), m_list);
        item->setData(Qt::UserRole, key.key);
    }
    m_remove->setEnabled(m_list->currentRow() >= 0);
}

bool TrustedKeysDialog::addKeyFile(const QString &path)
{
    core::PublicKey key;
    QString why;
    const bool ok = core::readPublicKeyFile(path, &key, &why);
    QList<core::PublicKey> keys = m_settings.trustedKeys();
    if (ok) {
        const bool known = std::any_of(keys.cbegin(), keys.cend(),
                                       [&](const core::PublicKey &k) { return k.key == key.key; });
        if (known) {
            why = tr("%1 is trusted already.").arg(key.publisher);
        } else {
            keys << key;
            m_settings.setTrustedKeys(keys);
            why = tr("Added %1 (key fingerprint %2).").arg(key.publisher, key.fingerprint());
            fill();
            emit keysChanged();
        }
    }
    m_message->setText(why);
    m_message->show();
    return ok;
}

void TrustedKeysDialog::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QByteArray chosen = item->data(Qt::UserRole).toByteArray();
    QList<core::PublicKey> keys = m_settings.trustedKeys();
    keys.removeIf([&](const core::PublicKey &k) { return k.key == chosen; });
    m_settings.setTrustedKeys(keys);
    m_message->hide();
    fill();
    emit keysChanged();
}

void TrustedKeysDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QDialog::changeEvent(event);
}

void TrustedKeysDialog::retranslate()
{
    setWindowTitle(tr("Trusted Publishers"));
    m_intro->setText(tr("A bundle signed with one of these keys shows \"Signed by\" its "
                        "publisher. Add the public key file (.public) your training team gave "
                        "you; remove a key you no longer trust."));
    m_add->setText(tr("&Add Key File…"));
    m_remove->setText(tr("&Remove"));
}

} // namespace okuw::ui
