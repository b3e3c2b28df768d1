// The viewer's main window: navigator, central slide/PDF view, menus,
// toolbar, status bar.
//
// Features beyond viewing (search, presenter, workspace) attach from the
// outside through the public API below: they add menu actions and docks and
// listen to what is shown. They never reach into the window's internals, so
// each lives in its own files.
#pragma once

#include "core/contentlanguage.h"
#include "core/types.h"
#include "core/userstore.h"
#include "signaturestatus.h"

#include <QMainWindow>
#include <functional>
#include <memory>

class QDockWidget;
class QMenu;
class QToolBar;

namespace okuw::core {
class Bundle;
}
namespace okuw::render {
class SlideRenderer;
}

namespace okuw::ui {

class Profile;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `profile` holds the settings and the user store; it must outlive the window.
    explicit MainWindow(Profile &profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    Profile &profile() const;
    // The application's slide renderer (worker pool and image cache), for
    // every view of slides this window and its add-ons (the presenter) make.
    render::SlideRenderer *slideRenderer() const;

    // Opens a bundle and shows where the user was in it (else its first
    // module); on failure shows a dialog (when showErrors) naming the file
    // and the reason, and keeps what was open before.
    bool openBundle(const QString &path, bool showErrors = true);
    std::shared_ptr<core::Bundle> bundle() const;
    QString lastError() const; // the last open/read error message
    // A problem said in the window itself, above the slide or page, until
    // the user closes it or a bundle opens ("could not open X: ...").
    void showProblem(const QString &text);
    QString problemText() const; // empty when none is shown

    // The open bundle's signature as the window shows it. A bundle whose
    // signature is broken is refused at open; its content is hashed again in
    // the background and the bundle is closed (bundleRefused) on a mismatch.
    SignatureStatus signatureStatus() const;
    // The key the user store files this bundle's data under (core/userdatakey.h).
    QString userDataKey() const;

    // The content language (slides, notes, documents, quiz) and what stands
    // in for it: the one rule, in core.
    const core::ContentLanguage &content() const;
    QString contentLanguage() const { return content().chosen(); }
    // As chosen in View > Content language; remembered for this bundle.
    void setContentLanguage(const QString &lang);

    // What is shown now. 0 when nothing of that kind is shown.
    qint64 currentModuleId() const;
    const core::Slide *currentSlide() const;  // nullptr when a PDF is shown
    QList<core::Slide> currentSlides() const; // the current module's deck
    qint64 currentDocumentId() const;
    int currentPage() const; // 0-based, -1 when no PDF is shown
    // The slide or PDF page shown, as the user store keys it (invalid: none).
    core::ItemRef currentItem() const;
    // How the user store keys `slide` of `deck`: its key, or for a page of a
    // rebuilt PDF deck the old key its notes and bookmark are under
    // (core::followPageKey).
    core::ItemRef slideItem(const core::Slide &slide, const QList<core::Slide> &deck) const;
    // The same for every slide of `deck` (one read of the store).
    QList<core::ItemRef> slideItems(const QList<core::Slide> &deck) const;

    // Navigation, for search results, bookmarks, the agenda and the presenter.
    bool openModule(qint64 moduleId);
    // `highlight`: words to mark on the slide and in its speaker notes until
    // another slide is shown (a search hit opened).
    bool openSlide(qint64 slideId, const QStringList &highlight = {});
    bool openSlideByKey(qint64 moduleId, const QString &slideKey);
    // Shows a PDF page (page < 0: where the user last was in it);
    // `highlight` (may be empty) is searched and its hits drawn.
    bool openDocumentPage(qint64 documentId, int page, const QString &highlight = {});
    // A slide (by its stable key) or a PDF page, as notes and bookmarks name them.
    bool openItem(const core::ItemRef &item);

    // Glossary terms and knowledge-check questions belong to a feature (the
    // workspace), which says how to show them; search hits open them here.
    // False when no feature shows them or the id is unknown.
    void setTermOpener(std::function<bool(qint64 termId)> opener);
    void setQuestionOpener(std::function<bool(qint64 moduleId, qint64 questionId)> opener);
    bool openGlossaryTerm(qint64 termId);
    bool openQuestion(qint64 moduleId, qint64 questionId);

    // Extension points.
    enum class Menu { File, Edit, View, Go, Tools, Help };
    QMenu *menu(Menu which) const;
    QToolBar *mainToolBar() const;
    void addFeatureDock(QDockWidget *dock, Qt::DockWidgetArea area);
    // A bar across the top of the window's content for something the user
    // must see (a notes file that cannot be written). Not a toolbar: no saved
    // window layout can hide it; it shows and hides with its own visibility.
    void addBanner(QWidget *banner);
    // The module's progress in the navigator's second column ("5/16 · quiz
    // 4/5"), with `details` as its tooltip; empty: the slide and document counts.
    void setModuleBadge(qint64 moduleId, const QString &badge, const QString &details = {});
    // Slides the user bookmarked: marked on their navigator row and thumbnail.
    void setBookmarkedItems(const QList<core::ItemRef> &items);

Q_SIGNALS:
    void bundleOpened(); // also after a different bundle replaced the old one
    void contentLanguageChanged(const QString &lang);
    void slideShown(const okuw::core::Slide &slide);
    void documentPageShown(qint64 documentId, int page);
    void aboutToClose(); // before the window saves state and closes
    // The background check of the open bundle's content finished and found
    // it as signed (or as built).
    void contentChecked();
    // The open bundle was closed because its content no longer matches its
    // digest; `message` names the file. The window stays usable.
    void bundleRefused(const QString &message);
    void bundleClosed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override; // LanguageChange -> retranslate

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace okuw::ui
