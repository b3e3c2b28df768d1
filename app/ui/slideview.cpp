#include "slideview.h"

#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTextDocument>

namespace okuw::ui {

SlideView::SlideView(render::SlideRenderer *renderer, QWidget *parent)
    : SlideSurface(renderer, parent)
{
    setObjectName(QStringLiteral("slideView"));
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(160, 90);
    setPrefetchRadius(2);
    updateLetterbox();
    connect(this, &SlideSurface::wheelTurned, this,
            [this](int steps) { setCurrentIndex(currentIndex() + steps); });
    retranslate();
}

bool SlideView::setCurrentIndex(int index)
{
    if (count() == 0)
        return false;
    index = std::clamp(index, 0, count() - 1);
    if (index == currentIndex()) {
        updateAccessibleText(); // a new deck shown at the same index
        return true;
    }
    showSlide(index);
    updateAccessibleText();
    emit currentChanged(index);
    return true;
}

void SlideView::updateAccessibleText()
{
    // The slide is painted pixels: a screen reader gets its words from here,
    // the name ("Slide 3 of 16: Title") and the text as the slide reads.
    const core::Slide *slide = currentSlide();
    if (!slide) {
        setAccessibleName(tr("Slide view"));
        setAccessibleDescription(QString());
        return;
    }
    setAccessibleName(
        tr("Slide %1 of %2: %3").arg(currentIndex() + 1).arg(count()).arg(slide->title));
    QTextDocument doc;
    doc.setMarkdown(slide->body);
    QString text = doc.toPlainText();
    text.remove(QChar::ObjectReplacementCharacter); // images
    setAccessibleDescription(text.trimmed());
}

void SlideView::updateLetterbox()
{
    // Around the slide: a quiet colour of the desktop's theme, not black
    // bars (the full-screen slide show keeps black).
    setLetterbox(palette().color(QPalette::Mid));
}

void SlideView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        updateLetterbox();
    SlideSurface::changeEvent(event);
}

void SlideView::retranslate()
{
    setEmptyText(tr("Choose a module or a slide in the navigator."));
    updateAccessibleText();
}

QList<KeyHelpEntry> SlideView::keyHelp()
{
    return {
        {tr("Right, Down, Page Down, Space, Enter"), tr("Next slide")},
        {tr("Left, Up, Page Up, Backspace"), tr("Previous slide")},
        {tr("Home / End"), tr("First / last slide")},
    };
}

void SlideView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        first();
        break;
    case Qt::Key_End:
        last();
        break;
    default:
        SlideSurface::keyPressEvent(event);
        return;
    }
    event->accept();
}

void SlideView::mousePressEvent(QMouseEvent *event)
{
    // A click only focuses: participants click into the slide before using
    // the keys, and an accidental advance would lose their place.
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::ForwardButton)
        next();
    else if (event->button() == Qt::BackButton)
        previous();
    event->accept();
}

} // namespace okuw::ui
