// The reading view: a SlideSurface that the keys, the mouse wheel and the
// side buttons of a mouse move through the deck.
#pragma once

#include "keyhelp.h"
#include "slidesurface.h"

namespace okuw::ui {

class SlideView : public SlideSurface
{
    Q_OBJECT
public:
    explicit SlideView(render::SlideRenderer *renderer, QWidget *parent = nullptr);

    // The keys keyPressEvent handles, for Help (translated).
    static QList<KeyHelpEntry> keyHelp();

    int currentIndex() const { return shownIndex(); }
    const core::Slide *currentSlide() const { return shownSlide(); }

    // Shows `index` (clamped to the deck) and emits currentChanged when it
    // differs from the slide shown.
    bool setCurrentIndex(int index);
    void next() { setCurrentIndex(currentIndex() + 1); }
    void previous() { setCurrentIndex(currentIndex() - 1); }
    void first() { setCurrentIndex(0); }
    void last() { setCurrentIndex(count() - 1); }
    // The accessible name and description from the slide shown (its title
    // and text), for screen readers; called on every slide change.
    void updateAccessibleText();

signals:
    void currentChanged(int index);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void updateLetterbox();
    void retranslate();
};

} // namespace okuw::ui
