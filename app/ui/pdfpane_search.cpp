// PdfPane's search inside the open PDF (the find bar): a few pages per turn
// of the event loop, then the hit nearest the page being read.
#include "pdffindbar.h"
#include "pdfpageview.h"
#include "pdfpane.h"

#include <QAction>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfLink>
#include <QPdfSearchModel>
#include <QTimer>

namespace okuw::ui {

namespace {
constexpr int kSearchPagesPerStep = 8;
} // namespace

void PdfPane::search(const QString &text)
{
    m_searchText = text;
    m_view->setHits({});
    if (m_findBar->field()->text() != text) {
        const QSignalBlocker block(m_findBar->field());
        m_findBar->field()->setText(text);
    }
    if (!text.isEmpty())
        m_findBar->show(); // a search from outside (a hit opened) shows its count too
    if (!isLoaded() || text.trimmed().isEmpty()) {
        m_searchPage = -1;
        updateHitLabel();
        return;
    }
    m_searchModel->setSearchString(text);
    m_searchPage = 0;
    updateHitLabel();
    searchStep();
}

void PdfPane::searchStep()
{
    if (m_searchPage < 0 || !isLoaded())
        return;
    // QPdfSearchModel searches a page when asked for its results; a few pages
    // per turn of the event loop keep the window responsive.
    QList<PdfHit> hits = m_view->hits();
    const int end = std::min(m_doc->pageCount(), m_searchPage + kSearchPagesPerStep);
    for (; m_searchPage < end; ++m_searchPage) {
        for (const QPdfLink &link : m_searchModel->resultsOnPage(m_searchPage))
            hits.append({m_searchPage, link.rectangles()});
    }
    const int previousCurrent = m_view->currentHit();
    m_view->setHits(hits);
    if (m_searchPage >= m_doc->pageCount()) {
        m_searchPage = -1;
        // The first hit on or after the page being read.
        int first = hits.isEmpty() ? -1 : 0;
        for (int i = 0; i < hits.size(); ++i)
            if (hits[i].page >= m_view->currentPage()) {
                first = i;
                break;
            }
        if (first >= 0)
            m_view->setCurrentHit(first);
        updateHitLabel();
        emit searchFinished(int(hits.size()));
        return;
    }
    if (previousCurrent >= 0)
        m_view->setCurrentHit(previousCurrent);
    updateHitLabel();
    QTimer::singleShot(0, this, &PdfPane::searchStep);
}

int PdfPane::hitCount() const
{
    return int(m_view->hits().size());
}
int PdfPane::currentHit() const
{
    return m_view->currentHit();
}
int PdfPane::hitPage(int hit) const
{
    return m_view->hits().value(hit).page;
}

void PdfPane::nextHit()
{
    if (hitCount() == 0)
        return;
    m_view->setCurrentHit((m_view->currentHit() + 1) % hitCount());
    updateHitLabel();
}

void PdfPane::previousHit()
{
    if (hitCount() == 0)
        return;
    m_view->setCurrentHit((m_view->currentHit() - 1 + hitCount()) % hitCount());
    updateHitLabel();
}

void PdfPane::updateHitLabel()
{
    if (m_searchText.trimmed().isEmpty())
        m_findBar->setHitText({});
    else if (!searchDone())
        m_findBar->setHitText(tr("Searching… %1").arg(hitCount()));
    else if (hitCount() == 0)
        m_findBar->setHitText(tr("Not found"));
    else
        m_findBar->setHitText(tr("%1 of %2").arg(currentHit() + 1).arg(hitCount()));
    m_prevHitAct->setEnabled(hitCount() > 0);
    m_nextHitAct->setEnabled(hitCount() > 0);
    m_findBar->setHitsEnabled(hitCount() > 0);
}

void PdfPane::focusSearch()
{
    if (isLoaded())
        m_findBar->open();
}

} // namespace okuw::ui
