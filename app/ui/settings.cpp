#include "settings.h"

#include "core/log.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace okuw::ui {

namespace {
// Key names live here and nowhere else.
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter_%1");
const QString kLanguage = QStringLiteral("ui/language");
const QString kRecent = QStringLiteral("recentBundles");
// One entry per key: "<base64 key> <publisher>".
const QString kTrustedKeys = QStringLiteral("trust/keys");
} // namespace

Settings::Settings(const QString &file)
    : m_s(std::make_unique<QSettings>(file, QSettings::IniFormat))
{
    if (m_s->status() != QSettings::NoError)
        qCWarning(lcStore) << "the settings file" << file << "cannot be read; defaults apply";
}

Settings::~Settings()
{
    m_s->sync();
}

QString Settings::fileName() const
{
    return m_s->fileName();
}

QByteArray Settings::windowGeometry() const
{
    return m_s->value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_s->setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_s->value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_s->setValue(kState, state);
}

QByteArray Settings::splitterState(const QString &name) const
{
    return m_s->value(kSplitter.arg(name)).toByteArray();
}

void Settings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_s->setValue(kSplitter.arg(name), state);
}

QString Settings::interfaceLanguage() const
{
    return m_s->value(kLanguage).toString();
}

void Settings::setInterfaceLanguage(const QString &lang)
{
    m_s->setValue(kLanguage, lang);
}

QStringList Settings::recentBundles() const
{
    return m_s->value(kRecent).toStringList();
}

void Settings::addRecentBundle(const QString &path)
{
    QStringList recent = recentBundles();
    const QString abs = QFileInfo(path).absoluteFilePath();
    recent.removeAll(abs);
    recent.prepend(abs);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_s->setValue(kRecent, recent);
}

void Settings::removeRecentBundle(const QString &path)
{
    QStringList recent = recentBundles();
    if (recent.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        m_s->setValue(kRecent, recent);
}

void Settings::clearRecentBundles()
{
    m_s->remove(kRecent);
}

QList<core::PublicKey> Settings::builtInTrustedKeys()
{
    QList<core::PublicKey> keys;
    const QDir dir(QStringLiteral(":/okuw/keys"));
    for (const QString &name : dir.entryList({QStringLiteral("*.public")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        core::PublicKey key;
        QString why;
        if (file.open(QIODevice::ReadOnly) && core::parsePublicKey(file.readAll(), &key, &why))
            keys << key;
        else
            qCWarning(lcStore) << "the built-in key" << name << "cannot be read:" << why;
    }
    return keys;
}

QList<core::PublicKey> Settings::trustedKeys() const
{
    if (!m_s->contains(kTrustedKeys))
        return builtInTrustedKeys();
    QList<core::PublicKey> keys;
    for (const QString &entry : m_s->value(kTrustedKeys).toStringList()) {
        const QByteArray key =
            QByteArray::fromBase64(entry.section(QLatin1Char(' '), 0, 0).toLatin1());
        if (key.size() == 32)
            keys.append({key, entry.section(QLatin1Char(' '), 1)});
    }
    return keys;
}

void Settings::setTrustedKeys(const QList<core::PublicKey> &keys)
{
    QStringList entries;
    for (const core::PublicKey &key : keys)
        entries << QString::fromLatin1(key.key.toBase64()) + QLatin1Char(' ') + key.publisher;
    // An empty list is kept as such: the built-in keys do not come back.
    m_s->setValue(kTrustedKeys, entries);
}

void Settings::clear()
{
    m_s->clear();
    m_s->sync();
}

void Settings::sync()
{
    m_s->sync();
}

} // namespace okuw::ui
