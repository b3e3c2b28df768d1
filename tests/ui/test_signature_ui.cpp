// The viewer and signed bundles, on the offscreen platform with real bundles
// built by the real okuw-bundle: the three states in the status bar and in
// Help > About, trusted keys added and removed, a bundle whose signature was
// removed or does not match refused at open, and a signed bundle edited
// afterwards closed by the background check while the window stays usable;
// notes filed under the publisher's key, out of reach of a stranger's bundle
// with the same id.
#include "core/bundle.h"
#include "core/userdatakey.h"
#include "core/userstore.h"
#include "testsupport.h"
#include "ui/aboutdialog.h"
#include "ui/mainwindow.h"
#include "ui/trustedkeysdialog.h"
#include "ui/workspace/notesdock.h"
#include "ui/workspace/workspace.h"
#include "uisupport.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <catch2/catch.hpp>

using okuw::ui::MainWindow;
using okuw::ui::SignatureStatus;
using namespace okuw::test;

namespace {

struct SignedBundles
{
    QTemporaryDir dir;
    QString unsignedBundle;
    QString devSigned;     // signed with the development key Okuw trusts by default
    QString unknownSigned; // signed with a key of its own
    QString unknownPublic;
    QString fingerprint; // of the unknown key

    SignedBundles()
    {
        const QString src = dir.filePath(QStringLiteral("src"));
        writeSampleSource(src);
        unsignedBundle = build(src, QStringLiteral("unsigned.okuw"), {});
        devSigned = build(src, QStringLiteral("dev.okuw"),
                          sourceDir() + QStringLiteral("/resources/keys/okuw-development.secret"));
        const QString base = dir.filePath(QStringLiteral("stranger"));
        const ProcessResult keygen = runTool(
            {QStringLiteral("keygen"), QStringLiteral("Stranger"), QStringLiteral("-o"), base});
        REQUIRE(keygen.exitCode == 0);
        fingerprint = keygen.out.section(QStringLiteral("fingerprint "), 1).trimmed();
        unknownPublic = base + QStringLiteral(".public");
        unknownSigned =
            build(src, QStringLiteral("stranger.okuw"), base + QStringLiteral(".secret"));
    }

    QString build(const QString &src, const QString &name, const QString &key)
    {
        const QString out = dir.filePath(name);
        QStringList args = {QStringLiteral("build"), src, QStringLiteral("-o"), out};
        if (!key.isEmpty())
            args << QStringLiteral("--sign") << key;
        const ProcessResult r = runTool(args);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        return out;
    }

    // A copy changed with the sqlite3 shell.
    QString tampered(const QString &from, const QString &name, const QString &sql)
    {
        const QString to = dir.filePath(name);
        QFile::remove(to);
        REQUIRE(QFile::copy(from, to));
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {to, sql});
        REQUIRE(p.waitForFinished(60000));
        REQUIRE(p.exitCode() == 0);
        return to;
    }
};

SignedBundles &bundles()
{
    static SignedBundles b;
    return b;
}

QString statusText(MainWindow &w)
{
    auto *label = w.findChild<QLabel *>(QStringLiteral("statusSignature"));
    REQUIRE(label);
    return label->text();
}

// Opens `path` and waits for the background check of its content.
void openChecked(MainWindow &w, const QString &path)
{
    QSignalSpy checked(&w, &MainWindow::contentChecked);
    REQUIRE(w.openBundle(path, false));
    REQUIRE((checked.size() > 0 || checked.wait(30000)));
    CHECK(w.signatureStatus().contentChecked);
}

QString aboutSignature(MainWindow &w)
{
    QAction *about = w.findChild<QAction *>(QStringLiteral("about"));
    REQUIRE(about);
    about->trigger();
    auto *dialog = w.findChild<okuw::ui::AboutDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("signature"));
    REQUIRE(label);
    CHECK(label->isVisible());
    const QString text = label->text();
    static int shot = 0;
    dialog->grab().save(binaryDir() + QStringLiteral("/shot-signature-about-%1.png").arg(++shot));
    dialog->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return text;
}

} // namespace

TEST_CASE("the window and About say who signed the bundle, or that nobody did", "[ui][signature]")
{
    resetProfile();
    MainWindow w(profile());
    w.resize(1280, 800);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    openChecked(w, bundles().devSigned);
    CHECK(w.signatureStatus().kind == SignatureStatus::Kind::Trusted);
    CHECK(statusText(w) == QStringLiteral("Signed by Okuw development key (not a publisher)"));
    w.grab().save(binaryDir() + QStringLiteral("/shot-signature-status.png"));
    CHECK(aboutSignature(w).contains(QStringLiteral("Signed by Okuw development key")));

    openChecked(w, bundles().unknownSigned);
    CHECK(w.signatureStatus().kind == SignatureStatus::Kind::Unknown);
    const QString unknown = QStringLiteral("Signed by an unknown publisher (key fingerprint %1)")
                                .arg(bundles().fingerprint);
    CHECK(statusText(w) == unknown);
    CHECK(aboutSignature(w).contains(unknown));

    openChecked(w, bundles().unsignedBundle);
    CHECK(w.signatureStatus().kind == SignatureStatus::Kind::NotSigned);
    CHECK(statusText(w) == QStringLiteral("Not signed"));
    CHECK(aboutSignature(w).contains(QStringLiteral("Not signed")));
}

TEST_CASE("trusted publishers: a key file added, the development key removed", "[ui][signature]")
{
    resetProfile();
    MainWindow w(profile());
    w.show();
    openChecked(w, bundles().unknownSigned);
    REQUIRE(w.signatureStatus().kind == SignatureStatus::Kind::Unknown);

    QAction *trusted = w.findChild<QAction *>(QStringLiteral("trustedKeys"));
    REQUIRE(trusted);
    trusted->trigger();
    auto *dialog = w.findChild<okuw::ui::TrustedKeysDialog *>();
    REQUIRE(dialog);
    REQUIRE(dialog->list()->count() == 1); // the development key, shipped with Okuw
    CHECK(dialog->list()->item(0)->text().contains(QStringLiteral("Okuw development key")));

    // Not a public key: refused with the file named, nothing added.
    const QString secret = bundles().unknownPublic;
    QString wrong = secret;
    wrong.replace(QStringLiteral(".public"), QStringLiteral(".secret"));
    CHECK_FALSE(dialog->addKeyFile(wrong));
    CHECK(dialog->message().contains(QDir::toNativeSeparators(wrong)));
    CHECK(dialog->list()->count() == 1);

    REQUIRE(dialog->addKeyFile(bundles().unknownPublic));
    CHECK(dialog->list()->count() == 2);
    CHECK(w.signatureStatus().kind == SignatureStatus::Kind::Trusted);
    CHECK(statusText(w) == QStringLiteral("Signed by Stranger"));
    dialog->grab().save(binaryDir() + QStringLiteral("/shot-signature-trusted-keys.png"));

    // Removing the development key: the bundle Okuw ships with is now unknown.
    dialog->list()->setCurrentRow(0);
    dialog->removeSelected();
    CHECK(dialog->list()->count() == 1);
    openChecked(w, bundles().devSigned);
    CHECK(w.signatureStatus().kind == SignatureStatus::Kind::Unknown);
    // Kept in the settings: a new window sees the same list.
    MainWindow again(profile());
    CHECK(profile().settings().trustedKeys().size() == 1);
    dialog->close();
}

TEST_CASE("a signed bundle edited afterwards is closed by the background check and the window "
          "stays usable",
          "[ui][signature][bad]")
{
    resetProfile();
    MainWindow w(profile());
    w.show();
    const QString edited =
        bundles().tampered(bundles().devSigned, QStringLiteral("edited.okuw"),
                           QStringLiteral("UPDATE slides SET body = 'Consent matters' "
                                          "WHERE position = 1"));
    okuw::ui::installWorkspace(&w);
    QSignalSpy refused(&w, &MainWindow::bundleRefused);
    // The signature over the stored digest holds, so it opens at once...
    REQUIRE(w.openBundle(edited, false));
    // A note typed before the check answers is kept, under that bundle's key.
    const QString key = w.userDataKey();
    REQUIRE_FALSE(key.isEmpty());
    auto *notes = w.findChild<okuw::ui::NotesDock *>();
    REQUIRE(notes);
    REQUIRE(notes->editor()->isEnabled());
    notes->editor()->setFocus();
    QTest::keyClicks(notes->editor(), QStringLiteral("typed before the check"));
    // ...and the content, hashed again in the background, does not.
    REQUIRE((refused.size() > 0 || refused.wait(30000)));
    const auto kept = profile().store().notes(key);
    REQUIRE(kept.value.size() == 1);
    CHECK(kept.value.first().text == QStringLiteral("typed before the check"));
    CHECK(w.userDataKey().isEmpty());
    const QString message = refused.first().first().toString();
    CHECK(message.contains(QDir::toNativeSeparators(edited)));
    CHECK(message.contains(QStringLiteral("changed after it was signed")));
    CHECK(message.contains(QStringLiteral("slides:")));
    CHECK_FALSE(w.bundle());
    CHECK(w.lastError() == message);
    CHECK(statusText(w).isEmpty());
    CHECK_FALSE(
        profile().settings().recentBundles().contains(QFileInfo(edited).absoluteFilePath()));

    // Still usable: another bundle opens and shows a slide.
    openChecked(w, bundles().devSigned);
    CHECK(w.currentSlide());
}

TEST_CASE("a bundle whose signature was removed is refused at open", "[ui][signature][bad]")
{
    resetProfile();
    MainWindow w(profile());
    w.show();
    openChecked(w, bundles().unsignedBundle);
    const QString stripped =
        bundles().tampered(bundles().devSigned, QStringLiteral("stripped.okuw"),
                           QStringLiteral("DELETE FROM signature"));
    CHECK_FALSE(w.openBundle(stripped, false));
    CHECK(w.lastError().contains(QDir::toNativeSeparators(stripped)));
    CHECK(w.lastError().contains(QStringLiteral("signature was removed")));
    // What was open stays open.
    REQUIRE(w.bundle());
    CHECK(w.bundle()->path() == QFileInfo(bundles().unsignedBundle).absoluteFilePath());
    CHECK(statusText(w) == QStringLiteral("Not signed"));
}

TEST_CASE("a bundle whose signature does not match is refused at open and the window stays "
          "usable",
          "[ui][signature][bad]")
{
    resetProfile();
    MainWindow w(profile());
    w.resize(1280, 800);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    openChecked(w, bundles().unsignedBundle);
    const QString shownBefore = QFileInfo(bundles().unsignedBundle).absoluteFilePath();

    // The stranger's public key, put in place of the development key.
    QProcess p;
    p.start(QStringLiteral("sqlite3"),
            {bundles().unknownSigned, QStringLiteral("SELECT public_key FROM signature")});
    REQUIRE(p.waitForFinished(60000));
    const QString strangerKey = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    REQUIRE(strangerKey.size() == 44); // base64 of 32 bytes
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("renamed.okuw"), QStringLiteral("UPDATE signature SET publisher = 'X'")},
        {QStringLiteral("other-key.okuw"),
         QStringLiteral("UPDATE signature SET public_key = '%1'").arg(strangerKey)},
    };
    for (const auto &[name, sql] : cases) {
        INFO(sql.toStdString());
        const QString bad = bundles().tampered(bundles().devSigned, name, sql);
        QSignalSpy opened(&w, &MainWindow::bundleOpened);
        CHECK_FALSE(w.openBundle(bad, false));
        CHECK(opened.isEmpty());
        const QString error = w.lastError();
        CHECK(error.contains(QDir::toNativeSeparators(bad)));
        CHECK(error.contains(QStringLiteral("the signature does not match")));
        CHECK(error.contains(QStringLiteral("It was not opened")));
        // Said in the window as well, and what was open stays open.
        CHECK(w.problemText().contains(QDir::toNativeSeparators(bad)));
        REQUIRE(w.bundle());
        CHECK(w.bundle()->path() == shownBefore);
        CHECK(statusText(w) == QStringLiteral("Not signed"));
        CHECK_FALSE(
            profile().settings().recentBundles().contains(QFileInfo(bad).absoluteFilePath()));
    }
    w.grab().save(binaryDir() + QStringLiteral("/shot-signature-mismatch.png"));

    // Still usable: the genuine bundle opens, is checked, and shows a slide.
    openChecked(w, bundles().devSigned);
    CHECK(w.signatureStatus().kind == SignatureStatus::Kind::Trusted);
    CHECK(w.currentSlide());
    CHECK(w.problemText().isEmpty());
}

TEST_CASE("About says when the build time is not covered by the signature", "[ui][signature]")
{
    resetProfile();
    MainWindow w(profile());
    w.show();
    auto builtRow = [&] {
        QAction *about = w.findChild<QAction *>(QStringLiteral("about"));
        REQUIRE(about);
        about->trigger();
        auto *dialog = w.findChild<okuw::ui::AboutDialog *>();
        REQUIRE(dialog);
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("bundle"));
        REQUIRE(label);
        const QString text = label->text();
        dialog->grab().save(binaryDir() + QStringLiteral("/shot-signature-about-built.png"));
        dialog->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return text;
    };
    const QString note = QStringLiteral("(not covered by the signature)");

    // Signed under digest version 2: the build time is signed, nothing said.
    openChecked(w, bundles().devSigned);
    CHECK_FALSE(builtRow().contains(note));

    // Signed by an older okuw-bundle, under version 1 (tests/cli/data).
    const QString old = bundles().dir.filePath(QStringLiteral("digest-v1.okuw"));
    QProcess p;
    p.start(QStringLiteral("sqlite3"),
            {old, QStringLiteral(".read '%1'")
                      .arg(sourceDir() + QStringLiteral("/tests/cli/data/signed-digest-v1.sql"))});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    openChecked(w, old);
    REQUIRE(w.signatureStatus().kind == SignatureStatus::Kind::Trusted);
    CHECK(builtRow().contains(note));
}

TEST_CASE("notes follow the publisher's key and a stranger's bundle with the same id cannot reach "
          "them",
          "[ui][signature][userdata]")
{
    using okuw::core::ItemRef;
    resetProfile();
    MainWindow w(profile());
    w.show();
    okuw::core::UserStore &store = profile().store();
    const ItemRef ref = ItemRef::forSlide(QStringLiteral("m"), QStringLiteral("k"));

    // All three bundles are built from one source: the same id.
    openChecked(w, bundles().unsignedBundle);
    const QString id = w.bundle()->info().id;
    REQUIRE_FALSE(id.isEmpty());
    CHECK(w.userDataKey() == id);
    REQUIRE(store.setNote(w.userDataKey(), ref, QStringLiteral("written before signing")));

    // The command line reads the signed bundle's notes where they lie, even
    // before the viewer has carried them forward.
    {
        QString error;
        const auto signedBundle = okuw::core::Bundle::open(bundles().devSigned, &error);
        REQUIRE(signedBundle);
        CHECK(store.keyToRead(okuw::core::userDataKey(*signedBundle)) == id);
    }

    // The same bundle, signed: a key of its own, and the note came along.
    openChecked(w, bundles().devSigned);
    const QString signedKey = w.userDataKey();
    CHECK(signedKey.startsWith(id + QStringLiteral("@ed25519:")));
    CHECK(store.note(signedKey, ref).value == QStringLiteral("written before signing"));
    REQUIRE(store.setNote(signedKey, ref, QStringLiteral("written on the signed bundle")));

    // A stranger's bundle claiming the same id, signed with another key:
    // what was written on the signed bundle is out of its reach.
    openChecked(w, bundles().unknownSigned);
    const QString strangerKey = w.userDataKey();
    CHECK(strangerKey.startsWith(id + QStringLiteral("@ed25519:")));
    CHECK(strangerKey != signedKey);
    CHECK(store.note(strangerKey, ref).value != QStringLiteral("written on the signed bundle"));
    for (const auto &n : store.notes(strangerKey).value)
        CHECK(n.text != QStringLiteral("written on the signed bundle"));
    // ... and its "Remove my data for this bundle" does not remove it.
    REQUIRE(store.removeBundleData(okuw::core::userDataKey(*w.bundle())));
    CHECK(store.note(strangerKey, ref).value.isEmpty());

    openChecked(w, bundles().devSigned);
    CHECK(w.userDataKey() == signedKey);
    CHECK(store.note(signedKey, ref).value == QStringLiteral("written on the signed bundle"));

    // Removing the signed bundle's data removes it for good: nothing is
    // carried forward again at the next open.
    REQUIRE(store.setNote(id, ref, QStringLiteral("an unsigned copy's note")));
    REQUIRE(store.removeBundleData(okuw::core::userDataKey(*w.bundle())));
    openChecked(w, bundles().unsignedBundle);
    openChecked(w, bundles().devSigned);
    CHECK(store.note(w.userDataKey(), ref).value.isEmpty());
    CHECK(store.notes(w.userDataKey()).value.isEmpty());
}
