#include "pdfpane.h"

#include "core/bundle.h"
#include "core/log.h"
#include "pdffindbar.h"
#include "pdfpageview.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QEventLoop>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaEnum>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QPdfSearchModel>
#include <QPdfSelection>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace okuw::ui {

namespace {
constexpr int kThumbHeight = 120;
} // namespace

PdfPane::PdfPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pdfView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_bar = new QToolBar(this);
    m_bar->setObjectName(QStringLiteral("pdfToolBar"));
    m_bar->setIconSize(QSize(18, 18));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pageSpin = new QSpinBox(m_bar);
    m_pageSpin->setObjectName(QStringLiteral("pdfPageSpin"));
    m_pageSpin->setRange(1, 1);
    m_pageSpin->setKeyboardTracking(false);
    m_pageTotal = new QLabel(m_bar);
    m_zoomLabel = new QLabel(m_bar);
    m_zoomLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_findBar = new PdfFindBar(this);
    m_findBar->hide();

    m_bar->addWidget(m_pageSpin);
    m_bar->addWidget(m_pageTotal);
    m_bar->addSeparator();
    m_zoomOutAct = m_bar->addAction(QString(), this, &PdfPane::zoomOut);
    m_bar->addWidget(m_zoomLabel);
    m_zoomInAct = m_bar->addAction(QString(), this, &PdfPane::zoomIn);
    m_fitWidthAct = m_bar->addAction(QString(), this, &PdfPane::fitWidth);
    m_fitPageAct = m_bar->addAction(QString(), this, &PdfPane::fitPage);
    m_fitWidthAct->setCheckable(true);
    m_fitPageAct->setCheckable(true);
    m_bar->addSeparator();
    m_copyAct = m_bar->addAction(QString(), this, &PdfPane::copyPageText);
    // Find first: on a narrow window the toolbar's tail goes into "»", and
    // Find must not be what goes.
    m_findAct = new QAction(this);
    m_findAct->setObjectName(QStringLiteral("pdfFind"));
    m_bar->insertAction(m_bar->actions().value(0), m_findAct);
    m_bar->insertSeparator(m_bar->actions().value(1));
    layout->addWidget(m_bar);

    m_prevHitAct = new QAction(this);
    m_nextHitAct = new QAction(this);
    connect(m_prevHitAct, &QAction::triggered, this, &PdfPane::previousHit);
    connect(m_nextHitAct, &QAction::triggered, this, &PdfPane::nextHit);
    m_prevHitAct->setShortcut(QKeySequence::FindPrevious);
    m_nextHitAct->setShortcut(QKeySequence::FindNext);
    m_prevHitAct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_nextHitAct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_prevHitAct);
    addAction(m_nextHitAct);

    // Ctrl+F finds in the document while the PDF has the focus.
    m_findAct->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_findAct->setShortcut(QKeySequence::Find);
    m_findAct->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAct, &QAction::triggered, this, &PdfPane::focusSearch);
    addAction(m_findAct);

    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("pdfSplitter"));
    m_side = new QTabWidget(m_split);
    m_outline = new QTreeView(m_side);
    m_outline->setObjectName(QStringLiteral("pdfOutline"));
    m_outline->setHeaderHidden(true);
    m_thumbs = new QListWidget(m_side);
    m_thumbs->setObjectName(QStringLiteral("pdfThumbnails"));
    m_thumbs->setViewMode(QListView::IconMode);
    m_thumbs->setFlow(QListView::TopToBottom);
    m_thumbs->setWrapping(false);
    m_thumbs->setMovement(QListView::Static);
    m_thumbs->setIconSize(QSize(kThumbHeight, kThumbHeight));
    // One fixed cell per page, its number under it: pages of any shape, and
    // icons arriving later, never make the numbers overlap.
    m_thumbs->setUniformItemSizes(true);
    m_thumbs->setGridSize(
        QSize(kThumbHeight + 16, kThumbHeight + m_thumbs->fontMetrics().height() + 12));
    m_side->addTab(m_outline, QString());
    m_side->addTab(m_thumbs, QString());
    m_stack = new QStackedWidget(m_split);
    m_view = new PdfPageView(m_stack);
    m_errorLabel = new QLabel(m_stack);
    m_errorLabel->setObjectName(QStringLiteral("pdfError"));
    m_errorLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setMargin(24);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_errorLabel);
    m_split->addWidget(m_side);
    m_split->addWidget(m_stack);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({220, 800});
    connect(m_split, &QSplitter::splitterMoved, this, [this] {
        m_sideMoved = true;
        m_sideCollapsed = false;
    });
    layout->addWidget(m_split, 1);
    layout->addWidget(m_findBar);

    m_bookmarks = new QPdfBookmarkModel(this);
    m_outline->setModel(m_bookmarks);
    m_searchModel = new QPdfSearchModel(this);

    connect(m_pageSpin, &QSpinBox::valueChanged, this, [this](int v) {
        if (m_view->currentPage() != v - 1)
            m_view->goToPage(v - 1);
    });
    connect(m_view, &PdfPageView::currentPageChanged, this, [this](int page) {
        const QSignalBlocker block(m_pageSpin);
        m_pageSpin->setValue(page + 1);
        if (m_thumbs->count() > page) {
            const QSignalBlocker b2(m_thumbs);
            m_thumbs->setCurrentRow(page);
        }
        updateAccessibleText();
        emit pageChanged(page);
    });
    connect(m_view, &PdfPageView::zoomChanged, this, [this](qreal z) {
        m_zoomLabel->setText(QStringLiteral("%1 %").arg(qRound(z * 100)));
        m_fitWidthAct->setChecked(m_view->fit() == PdfPageView::Fit::Width);
        m_fitPageAct->setChecked(m_view->fit() == PdfPageView::Fit::Page);
    });
    connect(m_outline, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const int page = index.data(int(QPdfBookmarkModel::Role::Page)).toInt();
        const QPointF loc = index.data(int(QPdfBookmarkModel::Role::Location)).toPointF();
        m_view->goToPage(page, loc.y() > 0 ? loc.y() : -1);
    });
    connect(m_outline, &QTreeView::clicked, m_outline, &QTreeView::activated);
    connect(m_thumbs->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &PdfPane::fillThumbnails);
    connect(m_side, &QTabWidget::currentChanged, this, &PdfPane::fillThumbnails);
    connect(m_view->tiles(), &PdfTiles::tileReady, this, [this](const PdfTileKey &key) {
        if (key.origin.isNull() && key == thumbnailKey(key.page))
            fillThumbnails();
    });
    connect(m_thumbs, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_view->currentPage())
            m_view->goToPage(row);
    });
    connect(m_findBar, &PdfFindBar::findRequested, this, [this](const QString &text) {
        if (text == m_searchText && hitCount() > 0)
            nextHit();
        else
            search(text);
    });
    connect(m_findBar->field(), &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            search({});
    });
    connect(m_findBar, &PdfFindBar::nextRequested, this, &PdfPane::nextHit);
    connect(m_findBar, &PdfFindBar::previousRequested, this, &PdfPane::previousHit);
    connect(m_findBar, &PdfFindBar::closed, this, [this] {
        search({});
        m_view->setFocus(Qt::OtherFocusReason);
    });
    retranslate();
    showError(tr("No document is open."));
}

bool PdfPane::outlineTabEnabled() const
{
    return m_side->isTabEnabled(0);
}

bool PdfPane::hasOutline() const
{
    return m_bookmarks && m_bookmarks->rowCount() > 0;
}

QList<KeyHelpEntry> PdfPane::keyHelp()
{
    return {
        {tr("Page Down / Page Up"), tr("Next / previous page")},
        {tr("Space"), tr("Scroll down one screen")},
        {tr("Home / End"), tr("First / last page")},
        {tr("Ctrl+F"), tr("Find in the document")},
        {tr("Enter or F3 / Shift+Enter or Shift+F3"), tr("Next / previous hit")},
        {tr("Esc"), tr("Close the find bar")},
        {tr("Ctrl+C"), tr("Copy the selected text")},
    };
}

PdfPane::~PdfPane()
{
    closeDocument();
}

void PdfPane::retranslate()
{
    m_pageSpin->setToolTip(tr("Page"));
    m_pageSpin->setAccessibleName(tr("Page number"));
    m_side->setAccessibleName(tr("Outline and pages"));
    m_outline->setAccessibleName(tr("Outline"));
    m_thumbs->setAccessibleName(tr("Page thumbnails"));
    m_zoomLabel->setAccessibleName(tr("Zoom"));
    updateAccessibleText();
    m_zoomOutAct->setText(QStringLiteral("−"));
    m_zoomInAct->setText(QStringLiteral("+"));
    m_zoomInAct->setToolTip(tr("Zoom in"));
    m_fitWidthAct->setText(tr("Fit width"));
    m_fitPageAct->setText(tr("Fit page"));
    m_copyAct->setText(tr("Copy text"));
    m_copyAct->setToolTip(tr("Copy the selected text, or the whole page when nothing is selected"));
    m_prevHitAct->setText(tr("Previous hit"));
    m_nextHitAct->setText(tr("Next hit"));
    m_findAct->setText(tr("Find"));
    m_findAct->setToolTip(tr("Find in document (Ctrl+F)"));
    m_side->setTabText(0, tr("Outline"));
    m_side->setTabText(1, tr("Pages"));
    m_side->setTabToolTip(0,
                          !m_doc || hasOutline() ? QString() : tr("This document has no outline"));
    m_pageTotal->setText(tr(" of %1 ").arg(pageCount()));
    m_zoomOutAct->setToolTip(tr("Zoom out"));
    // "−" and "+" say nothing to a screen reader.
    if (QWidget *b = m_bar->widgetForAction(m_zoomOutAct))
        b->setAccessibleName(tr("Zoom out"));
    if (QWidget *b = m_bar->widgetForAction(m_zoomInAct))
        b->setAccessibleName(tr("Zoom in"));
    for (QToolButton *b : m_bar->findChildren<QToolButton *>())
        b->setToolButtonStyle(b->icon().isNull() ? Qt::ToolButtonTextOnly
                                                 : Qt::ToolButtonTextBesideIcon);
    updateHitLabel();
}

void PdfPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // On a small screen (1024x768) the outline and page list would take a
    // third of the page's width: folded away (its edge can be dragged open),
    // and back when there is room, unless the user has moved it.
    constexpr int kNarrow = 800;
    if (m_sideMoved)
        return;
    const QList<int> sizes = m_split->sizes();
    if (width() < kNarrow && !m_sideCollapsed && sizes.value(0) > 0) {
        m_sideCollapsed = true;
        m_split->setSizes({0, sizes.value(0) + sizes.value(1)});
    } else if (width() >= kNarrow && m_sideCollapsed) {
        m_sideCollapsed = false;
        m_split->setSizes({220, std::max(0, sizes.value(0) + sizes.value(1) - 220)});
    }
}

void PdfPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

core::DocumentView PdfPane::viewState() const
{
    core::DocumentView view;
    if (isLoaded()) {
        view.page = m_view->currentPage();
        view.zoom = m_view->zoom();
        view.fit = int(m_view->fit());
    }
    return view;
}

void PdfPane::closeDocument()
{
    if (isLoaded())
        emit documentClosing(m_docId, viewState());
    m_searchPage = -1;
    m_searchText.clear();
    {
        const QSignalBlocker block(m_findBar->field());
        m_findBar->field()->clear();
    }
    m_findBar->setHitText({});
    m_findBar->hide();
    m_searchModel->setDocument(nullptr);
    m_bookmarks->setDocument(nullptr);
    m_view->setDocument(nullptr);
    m_thumbs->clear();
    if (m_doc) {
        m_doc->close();
        delete m_doc;
        m_doc = nullptr;
    }
    m_device.reset(); // only after the document that reads it is gone
    m_docId = 0;
    m_bundle.reset();
}

bool PdfPane::isLoaded() const
{
    return m_doc && m_doc->status() == QPdfDocument::Status::Ready && m_doc->pageCount() > 0;
}

int PdfPane::currentPage() const
{
    return isLoaded() ? m_view->currentPage() : -1;
}
int PdfPane::pageCount() const
{
    return isLoaded() ? m_doc->pageCount() : 0;
}
QString PdfPane::errorText() const
{
    return m_error;
}

void PdfPane::showError(const QString &message)
{
    qCWarning(lcRender) << message;
    m_error = message;
    m_errorLabel->setText(message);
    m_stack->setCurrentWidget(m_errorLabel);
    m_bar->setEnabled(false);
}

bool PdfPane::openDocument(const std::shared_ptr<core::Bundle> &bundle, qint64 documentId, int page,
                           QString *error, const std::optional<core::DocumentView> &remembered)
{
    if (bundle && bundle == m_bundle.lock() && documentId == m_docId && isLoaded()) {
        if (page >= 0)
            setPage(page);
        return true;
    }
    closeDocument();
    m_error.clear();
    m_bundle = bundle;
    m_docId = documentId;
    QString err;
    const std::optional<core::Document> info =
        bundle ? bundle->document(documentId, &err) : std::nullopt;
    if (info)
        m_device = bundle->openDocument(documentId, &err);
    const QString name = info ? (info->title.isEmpty() ? info->fileName : info->title)
                              : tr("document %1").arg(documentId);
    if (!m_device) {
        if (err.isEmpty())
            err = tr("The bundle has no document %1.").arg(documentId);
        showError(tr("Cannot open “%1”:\n%2").arg(name, err));
        if (error)
            *error = m_error;
        return false;
    }
    m_doc = new QPdfDocument(this);
    m_doc->load(m_device.get());
    // A device that is not a file may still be loading; wait for it briefly
    // (the bytes are local, so this ends fast or fails).
    if (m_doc->status() == QPdfDocument::Status::Loading) {
        QEventLoop loop;
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        connect(m_doc, &QPdfDocument::statusChanged, &loop, [&loop](QPdfDocument::Status s) {
            if (s != QPdfDocument::Status::Loading)
                loop.quit();
        });
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!isLoaded()) {
        const QString fileName = info ? info->fileName : QString();
        showError(
            tr("Cannot show “%1” (%2): the PDF is damaged or not a PDF (%3).")
                .arg(name, fileName,
                     QString::fromLatin1(QMetaEnum::fromType<QPdfDocument::Error>().valueToKey(
                         int(m_doc->error())))));
        if (error)
            *error = m_error;
        delete m_doc;
        m_doc = nullptr;
        m_device.reset();
        return false;
    }
    const auto fit =
        remembered ? PdfPageView::Fit(std::clamp(remembered->fit, 0, 2)) : PdfPageView::Fit::Width;
    m_view->setDocument(m_doc);
    if (fit == PdfPageView::Fit::None)
        m_view->setZoom(remembered->zoom);
    else
        m_view->setFit(fit);
    documentReady(page >= 0 ? page : remembered ? remembered->page : 0);
    return true;
}

void PdfPane::documentReady(int page)
{
    m_stack->setCurrentWidget(m_view);
    m_bar->setEnabled(true);
    m_bookmarks->setDocument(m_doc);
    m_outline->expandToDepth(0);
    // A PDF without an outline: the tab is greyed out, Pages shown.
    m_side->setTabEnabled(0, hasOutline());
    m_side->setCurrentIndex(hasOutline() ? 0 : 1);
    retranslate();
    m_searchModel->setDocument(m_doc);
    {
        const QSignalBlocker block(m_pageSpin);
        m_pageSpin->setRange(1, m_doc->pageCount());
    }
    m_pageTotal->setText(tr(" of %1 ").arg(m_doc->pageCount()));
    m_zoomLabel->setText(QStringLiteral("%1 %").arg(qRound(m_view->zoom() * 100)));
    m_fitWidthAct->setChecked(m_view->fit() == PdfPageView::Fit::Width);
    m_fitPageAct->setChecked(m_view->fit() == PdfPageView::Fit::Page);
    m_thumbs->clear();
    for (int i = 0; i < m_doc->pageCount(); ++i)
        m_thumbs->addItem(new QListWidgetItem(QString::number(i + 1), m_thumbs));
    QTimer::singleShot(0, this, &PdfPane::fillThumbnails);
    setPage(std::clamp(page, 0, m_doc->pageCount() - 1));
    updateAccessibleText();
    const QSignalBlocker block(m_pageSpin);
    m_pageSpin->setValue(m_view->currentPage() + 1);
    updateHitLabel();
}

PdfTileKey PdfPane::thumbnailKey(int page) const
{
    const qreal dpr = devicePixelRatioF();
    const QSizeF pts = m_view->pointSize(page);
    const int h = qRound(kThumbHeight * dpr);
    const int w =
        std::clamp(qRound(h * pts.width() / std::max<qreal>(1, pts.height())), 8, PdfTiles::kTile);
    return {page, QSize(w, std::min(h, int(PdfTiles::kTile))), QPoint(0, 0)};
}

void PdfPane::fillThumbnails()
{
    // Asked of the page view's tile renderer for the rows in view only: a
    // long document costs what the list shows, and the window never waits.
    if (!isLoaded() || !m_thumbs->isVisible())
        return;
    const QModelIndex first = m_thumbs->indexAt(QPoint(4, 4));
    const QModelIndex last = m_thumbs->indexAt(QPoint(4, m_thumbs->viewport()->height() - 4));
    const int from = first.isValid() ? first.row() : 0;
    const int to = last.isValid() ? last.row() : std::min(from + 8, m_thumbs->count() - 1);
    QList<PdfTileKey> wanted;
    for (int row = from; row <= to; ++row) {
        const PdfTileKey key = thumbnailKey(row);
        if (QListWidgetItem *it = m_thumbs->item(row); it && it->icon().isNull()) {
            QImage img = m_view->tiles()->cached(key);
            if (img.isNull()) {
                wanted.append(key);
            } else {
                img.setDevicePixelRatio(devicePixelRatioF());
                it->setIcon(QIcon(QPixmap::fromImage(img)));
            }
        }
    }
    if (!wanted.isEmpty())
        m_view->tiles()->want(wanted);
}

void PdfPane::updateAccessibleText()
{
    // A page is painted pixels: its text, for screen readers.
    if (!isLoaded()) {
        m_view->setAccessibleName(tr("Document page"));
        m_view->setAccessibleDescription(QString());
        return;
    }
    const int page = m_view->currentPage();
    m_view->setAccessibleName(tr("Page %1 of %2").arg(page + 1).arg(pageCount()));
    m_view->setAccessibleDescription(pageText(page));
}

void PdfPane::setPage(int page)
{
    if (isLoaded())
        m_view->goToPage(page);
}

void PdfPane::zoomIn()
{
    m_view->zoomIn();
}
void PdfPane::zoomOut()
{
    m_view->zoomOut();
}
void PdfPane::fitWidth()
{
    m_view->setFit(PdfPageView::Fit::Width);
    m_fitWidthAct->setChecked(true);
    m_fitPageAct->setChecked(false);
}

void PdfPane::fitPage()
{
    m_view->setFit(PdfPageView::Fit::Page);
    m_fitWidthAct->setChecked(false);
    m_fitPageAct->setChecked(true);
}

QString PdfPane::pageText(int page) const
{
    return isLoaded() ? m_doc->getAllText(page).text() : QString();
}

void PdfPane::copyPageText()
{
    if (!m_view->selectedText().isEmpty())
        QApplication::clipboard()->setText(m_view->selectedText());
    else if (isLoaded())
        QApplication::clipboard()->setText(pageText(m_view->currentPage()));
}

} // namespace okuw::ui
