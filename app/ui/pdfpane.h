// A reference PDF from the bundle: page view, page number, zoom and fit,
// outline and page thumbnails, find with every hit highlighted, copy.
#pragma once

#include "core/userstore.h"
#include "keyhelp.h"
#include "pdftiles.h"

#include <QWidget>
#include <memory>
#include <optional>

class QIODevice;
class QLabel;
class QLineEdit;
class QListWidget;
class QPdfBookmarkModel;
class QPdfDocument;
class QPdfSearchModel;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QToolBar;
class QTreeView;
class QAction;

namespace okuw::core {
class Bundle;
}

namespace okuw::ui {

class PdfFindBar;
class PdfPageView;

class PdfPane : public QWidget
{
    Q_OBJECT
public:
    explicit PdfPane(QWidget *parent = nullptr);

    // The keys of the page view and the find bar, for Help (translated).
    static QList<KeyHelpEntry> keyHelp();

    // The open PDF has an outline; without one the Outline tab is greyed out.
    bool hasOutline() const;
    bool outlineTabEnabled() const;
    ~PdfPane() override;

    // Opens a document of `bundle` at `page`; page < 0: the page of
    // `remembered`, else the first. `remembered` also restores the zoom.
    // On failure the pane shows the reason (and *error gets it).
    bool openDocument(const std::shared_ptr<core::Bundle> &bundle, qint64 documentId, int page = -1,
                      QString *error = nullptr,
                      const std::optional<core::DocumentView> &remembered = std::nullopt);
    // Emits documentClosing() first when a document was shown.
    void closeDocument();
    // The page, zoom and fit shown now.
    core::DocumentView viewState() const;

    qint64 documentId() const { return m_docId; }
    bool isLoaded() const;
    int currentPage() const;
    int pageCount() const;
    QString errorText() const;
    void setPage(int page);

    void search(const QString &text); // every hit is drawn; the first after the page is shown
    bool searchDone() const { return m_searchPage < 0; }
    int hitCount() const;
    int currentHit() const;
    int hitPage(int hit) const;
    void nextHit();
    void previousHit();
    void focusSearch(); // shows the find bar, the cursor in its field
    PdfFindBar *findBar() const { return m_findBar; }

    void zoomIn();
    void zoomOut();
    void fitWidth();
    void fitPage();
    void copyPageText(); // the whole current page, to the clipboard
    QString pageText(int page) const;

    PdfPageView *pageView() const { return m_view; }
    QSplitter *splitter() const { return m_split; }

signals:
    void pageChanged(int page);
    // Before a shown document goes (another opens, or the pane closes it):
    // how it was shown, for whoever remembers such things.
    void documentClosing(qint64 documentId, const okuw::core::DocumentView &view);
    void searchFinished(int hits);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override; // the side panel gives way when narrow

private:
    void retranslate();
    void updateAccessibleText(); // the page's number and text on the page view
    void showError(const QString &message);
    void documentReady(int page);
    void searchStep();
    void updateHitLabel();
    void fillThumbnails();
    PdfTileKey thumbnailKey(int page) const;

    std::unique_ptr<QIODevice> m_device; // must outlive the loaded document
    QPdfDocument *m_doc = nullptr;
    QPdfBookmarkModel *m_bookmarks = nullptr;
    QPdfSearchModel *m_searchModel = nullptr;
    std::weak_ptr<core::Bundle> m_bundle; // to reuse the document when asked for it again
    qint64 m_docId = 0;
    QString m_error;

    QToolBar *m_bar = nullptr;
    QSpinBox *m_pageSpin = nullptr;
    QLabel *m_pageTotal = nullptr;
    QLabel *m_zoomLabel = nullptr;
    PdfFindBar *m_findBar = nullptr;
    QAction *m_zoomInAct = nullptr, *m_zoomOutAct = nullptr, *m_fitWidthAct = nullptr,
            *m_fitPageAct = nullptr, *m_copyAct = nullptr, *m_prevHitAct = nullptr,
            *m_nextHitAct = nullptr, *m_findAct = nullptr;
    QSplitter *m_split = nullptr;
    bool m_sideMoved = false;     // the user dragged the side panel's edge
    bool m_sideCollapsed = false; // the pane folded it away for being narrow
    QTabWidget *m_side = nullptr;
    QTreeView *m_outline = nullptr;
    QListWidget *m_thumbs = nullptr;
    QStackedWidget *m_stack = nullptr;
    PdfPageView *m_view = nullptr;
    QLabel *m_errorLabel = nullptr;

    QString m_searchText;
    int m_searchPage = -1; // next page to search; -1 when done
};

} // namespace okuw::ui
