// The find bar under a PDF (as Okular has it): a field, previous/next and the
// hit count, on a row of its own so that it is never pushed into a toolbar's
// overflow menu, whatever the window's width or the interface language.
// Ctrl+F shows it; Escape or its close button hides it and clears the hits.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace okuw::ui {

class PdfFindBar : public QWidget
{
    Q_OBJECT
public:
    explicit PdfFindBar(QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QLabel *hitLabel() const { return m_hits; }
    // Shows the bar and puts the cursor in the field, its text selected.
    void open();
    void setHitText(const QString &text);
    void setHitsEnabled(bool enabled);

signals:
    void findRequested(const QString &text); // Enter in the field
    void nextRequested();
    void previousRequested();
    void closed(); // hidden by Escape or the close button

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void close();

    QLabel *m_label;
    QLineEdit *m_field;
    QToolButton *m_prev;
    QToolButton *m_next;
    QLabel *m_hits;
    QToolButton *m_close;
};

} // namespace okuw::ui
