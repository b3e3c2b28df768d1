// MainWindow: the open bundle's signature and the background check of its
// content (BUNDLE-FORMAT.md, "Signatures"), closing a bundle that fails it,
// and Help > Trusted Publishers.
#include "core/bundle.h"
#include "core/handoff.h"
#include "core/log.h"
#include "mainwindow.h"
#include "mainwindow_p.h"
#include "navigator.h"
#include "pdfpane.h"
#include "profile.h"
#include "slideview.h"
#include "thumbstrip.h"
#include "trustedkeysdialog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTextBrowser>

namespace okuw::ui {

void MainWindow::Private::startContentCheck()
{
    stopContentCheck();
    if (!bundle)
        return;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    cancelCheck = cancel;
    const QString path = bundle->path();
    auto *watcher = new QFutureWatcher<core::ContentCheck>(q);
    contentWatcher = watcher;
    QObject::connect(watcher, &QFutureWatcherBase::finished, q, [this, watcher, cancel] {
        core::tookHandOver();
        watcher->deleteLater();
        if (contentWatcher == watcher)
            contentWatcher = nullptr;
        if (!cancel->load())
            contentCheckFinished(watcher->result());
    });
    // Its own read-only connection on a worker: the GUI thread keeps
    // showing slides while every row and every blob is hashed.
    watcher->setFuture(core::runOnPool<core::ContentCheck>([path, cancel] {
        QElapsedTimer timer;
        timer.start();
        core::ContentCheck result =
            core::checkContentFile(path, core::DigestMode::Full, cancel.get());
        qCInfo(lcBundle) << "content check of" << path << "took" << timer.elapsed() << "ms";
        return result;
    }));
}

void MainWindow::Private::stopContentCheck()
{
    if (cancelCheck)
        cancelCheck->store(true);
    cancelCheck.reset();
    if (contentWatcher) {
        // Stops between chunks of a blob: a moment, not the rest of the file.
        contentWatcher->waitForFinished();
        contentWatcher = nullptr;
    }
}

void MainWindow::Private::contentCheckFinished(const core::ContentCheck &result)
{
    if (!bundle)
        return;
    const QString shown = QDir::toNativeSeparators(bundle->path());
    const bool signedBundle = signature.state == core::SignatureCheck::State::Signed;
    switch (result.result) {
    case core::ContentCheck::Result::Matches:
    case core::ContentCheck::Result::NotCheckable:
        signatureState.contentChecked = result.result == core::ContentCheck::Result::Matches;
        updateStatus();
        emit q->contentChecked();
        return;
    case core::ContentCheck::Result::Cancelled:
        return;
    case core::ContentCheck::Result::Changed: {
        const QString what = result.differences.mid(0, 3).join(QStringLiteral("; "));
        refuse(signedBundle ? MainWindow::tr("%1 was changed after it was signed (%2). It has "
                                             "been closed: its slides cannot be trusted.")
                                  .arg(shown, what)
                            : MainWindow::tr("%1 was changed after it was built (%2). It has "
                                             "been closed.")
                                  .arg(shown, what));
        return;
    }
    case core::ContentCheck::Result::Failed:
        refuse(MainWindow::tr("%1 cannot be checked: %2. It has been closed.")
                   .arg(shown, result.error));
        return;
    }
}

void MainWindow::Private::refuse(const QString &message)
{
    qCWarning(lcBundle) << message;
    const QString path = bundle ? bundle->path() : QString();
    closeBundle();
    lastError = message;
    if (!path.isEmpty()) {
        profile.settings().removeRecentBundle(path);
        fillRecentMenu();
    }
    emit q->bundleRefused(message);
    if (showErrors) {
        // Not modal: the window stays usable (open another bundle).
        auto *box = new QMessageBox(QMessageBox::Warning, MainWindow::tr("Bundle refused"), message,
                                    QMessageBox::Ok, q);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::Private::closeBundle()
{
    stopContentCheck();
    resumeTimer.stop();
    pdfPane->closeDocument();
    bundle.reset();
    moduleId = 0;
    documentId = 0;
    deck.clear();
    slideView->clearDeck();
    thumbs->setDeck({}, {});
    notes->clear();
    content = core::ContentLanguage();
    signature = {};
    signatureState = {};
    dataKey.clear();
    fillLanguageMenu();
    rebuildNavigator();
    stack->setCurrentWidget(welcome);
    retranslate();
    updateActions();
    emit q->bundleClosed();
}

void MainWindow::Private::updateSignature()
{
    if (!bundle)
        return;
    const bool checked = signatureState.contentChecked;
    signatureState = SignatureStatus::of(signature, profile.settings().trustedKeys());
    signatureState.contentChecked = checked;
    updateStatus();
}

void MainWindow::Private::showTrustedKeys()
{
    auto *dialog = new TrustedKeysDialog(profile.settings(), q);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &TrustedKeysDialog::keysChanged, q, [this] { updateSignature(); });
    dialog->open();
}

} // namespace okuw::ui
