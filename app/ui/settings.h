// The viewer's UI preferences, typed: window layout, interface language and
// the recent bundles. Everything about the user's *content* (notes, where
// they were, PDF pages and zoom, the content language per bundle) lives in
// core::UserStore instead; this file holds only how the program looks.
//
// Backed by an INI file whose place core::UserPaths decides, so a portable
// copy keeps it beside the program and tests keep it in a scratch folder.
#pragma once

#include "core/signature.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

class QSettings;

namespace okuw::ui {

class Settings
{
public:
    explicit Settings(const QString &file);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QString fileName() const;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const; // docks and toolbars
    void setWindowState(const QByteArray &state);
    // Splitter positions by name ("main", "pdf").
    QByteArray splitterState(const QString &name) const;
    void setSplitterState(const QString &name, const QByteArray &state);

    // "en", "ru" or "tk"; empty until the user chooses (then the system's
    // language applies).
    QString interfaceLanguage() const;
    void setInterfaceLanguage(const QString &lang);

    // Most recent first, absolute paths, at most kMaxRecent.
    static constexpr int kMaxRecent = 8;
    QStringList recentBundles() const;
    void addRecentBundle(const QString &path);
    void removeRecentBundle(const QString &path);
    void clearRecentBundles();

    // The publisher keys whose signatures the viewer names as trusted. Until
    // the user changes the list it holds the keys that ship with Okuw
    // (builtInTrustedKeys: the development key of the default bundle).
    QList<core::PublicKey> trustedKeys() const;
    void setTrustedKeys(const QList<core::PublicKey> &keys);
    static QList<core::PublicKey> builtInTrustedKeys();

    // Forgets every preference and writes the file empty (remove my data).
    void clear();
    void sync();

private:
    std::unique_ptr<QSettings> m_s;
};

} // namespace okuw::ui
