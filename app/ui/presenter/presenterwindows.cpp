#include "presenterwindows.h"

#include "render/paint.h"

#include <QCloseEvent>
#include <QColor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTime>
#include <QVBoxLayout>

namespace okuw::ui {

namespace {
const char *const kOverlay = "okuwOverlay";
// The console is dark whatever the desktop's theme: the room is.
const QColor kConsoleBackground(0x16, 0x16, 0x18);
} // namespace

PresenterWindow::PresenterWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_DeleteOnClose, false);
}

bool PresenterWindow::event(QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *k = static_cast<QKeyEvent *>(event);
        if (k->key() == Qt::Key_Tab || k->key() == Qt::Key_Backtab) {
            keyPressEvent(k);
            return true;
        }
    }
    // Overlays follow the window's size; mark them with the kOverlay property.
    if (event->type() == QEvent::ChildAdded) {
        auto *w = qobject_cast<QWidget *>(static_cast<QChildEvent *>(event)->child());
        if (w && w->property(kOverlay).toBool())
            w->setGeometry(rect());
    }
    return QWidget::event(event);
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    emit keyPressed(event->key(), event->modifiers(), event->text());
    event->accept();
}

void PresenterWindow::closeEvent(QCloseEvent *event)
{
    // The window manager's close button (or Alt+F4) ends the show cleanly.
    event->ignore();
    emit closeRequested();
}

void PresenterWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    for (QObject *child : children()) {
        auto *w = qobject_cast<QWidget *>(child);
        if (w && w->property(kOverlay).toBool())
            w->setGeometry(rect());
    }
}

AudienceWindow::AudienceWindow(render::SlideRenderer *renderer, QWidget *parent)
    : PresenterWindow(parent), m_canvas(new SlideSurface(renderer, this))
{
    setWindowTitle(tr("Slide show"));
    m_canvas->setPrefetchRadius(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::black);
    setPalette(pal);
    setAutoFillBackground(true);
}

ConsoleWindow::ConsoleWindow(render::SlideRenderer *renderer, QWidget *parent)
    : PresenterWindow(parent), m_current(new SlideSurface(renderer)),
      m_next(new SlideSurface(renderer)), m_notes(new QTextBrowser), m_title(new QLabel),
      m_number(new QLabel), m_jump(new QLabel), m_elapsed(new QLabel), m_remaining(new QLabel),
      m_clock(new QLabel), m_banner(new QLabel)
{
    setWindowTitle(tr("Presenter console"));
    setStyleSheet(
        QStringLiteral(
            "okuw--ui--ConsoleWindow, QWidget { background: %1; color: #e8e8e8; }"
            "QLabel#caption { color: #9a9aa0; }"
            "QLabel#moduleTitle { font-size: 18pt; font-weight: bold; }"
            "QLabel#big { font-size: 26pt; font-weight: bold; }"
            "QLabel#banner { background: #7a1f1f; color: white; padding: 4px 10px; font-weight: "
            "bold; }"
            "QLabel#jump { background: #ffaa28; color: black; padding: 2px 8px; font-weight: bold; "
            "}"
            "QTextBrowser { border: 1px solid #333; background: #1e1e21; }"
            "QPushButton { background: #2a2a2e; border: 1px solid #444; padding: 4px 10px; }"
            "QPushButton:hover { background: #3a3a40; }")
            .arg(kConsoleBackground.name()));

    m_current->setPrefetchRadius(1);
    m_next->setPrefetchRadius(1);
    // The slides sit on the console's own background, not in black bars
    // (the audience's full-screen show keeps black).
    m_current->setLetterbox(kConsoleBackground);
    m_next->setLetterbox(kConsoleBackground);
    m_next->setEmptyText(tr("End of the slide show"));
    m_notes->setFocusPolicy(Qt::NoFocus);
    m_notes->setOpenLinks(false);
    m_notes->setPlaceholderText(tr("No speaker notes for this slide."));

    m_number->setObjectName(QStringLiteral("big"));
    m_elapsed->setObjectName(QStringLiteral("big"));
    m_remaining->setObjectName(QStringLiteral("big"));
    m_clock->setObjectName(QStringLiteral("big"));
    m_banner->setObjectName(QStringLiteral("banner"));
    m_jump->setObjectName(QStringLiteral("jump"));
    m_banner->hide();
    m_jump->hide();

    const auto caption = [](const QString &text) {
        auto *l = new QLabel(text);
        l->setObjectName(QStringLiteral("caption"));
        return l;
    };

    // Top: slide number, elapsed, remaining, clock; each with its caption.
    auto *top = new QGridLayout;
    // However long the slide's title, it is cut at the console's edge.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setObjectName(QStringLiteral("moduleTitle"));
    top->addWidget(m_title, 0, 0, 1, 4);
    top->addWidget(caption(tr("Slide")), 1, 0);
    top->addWidget(caption(tr("Elapsed")), 1, 1);
    top->addWidget(caption(tr("Remaining")), 1, 2);
    top->addWidget(caption(tr("Clock")), 1, 3);
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number);
    numberRow->addWidget(m_jump);
    numberRow->addStretch();
    top->addLayout(numberRow, 2, 0);
    top->addWidget(m_elapsed, 2, 1);
    top->addWidget(m_remaining, 2, 2);
    top->addWidget(m_clock, 2, 3);
    for (int c = 0; c < 4; ++c)
        top->setColumnStretch(c, 1);

    m_pause = button(tr("Pause"), tr("Pause or resume the timer (T)"));
    QPushButton *reset = button(tr("Reset"), tr("Reset the timer to zero (R)"));
    QPushButton *smaller = button(tr("Notes A−"), tr("Smaller notes (-)"));
    QPushButton *bigger = button(tr("Notes A+"), tr("Bigger notes (+)"));
    m_swap = button(tr("Swap screens"), tr("Swap the console and the audience screen (S)"));
    QPushButton *overview = button(tr("All slides"), tr("Overview of all slides (Tab, G)"));
    QPushButton *help = button(tr("Keys"), tr("The keys of the slide show (?)"));
    QPushButton *end = button(tr("End show"), tr("End the slide show (Esc)"));
    connect(m_pause, &QPushButton::clicked, this, &ConsoleWindow::timerToggleClicked);
    connect(reset, &QPushButton::clicked, this, &ConsoleWindow::timerResetClicked);
    connect(smaller, &QPushButton::clicked, this, &ConsoleWindow::notesSmallerClicked);
    connect(bigger, &QPushButton::clicked, this, &ConsoleWindow::notesBiggerClicked);
    connect(m_swap, &QPushButton::clicked, this, &ConsoleWindow::swapClicked);
    connect(overview, &QPushButton::clicked, this, &ConsoleWindow::overviewClicked);
    connect(help, &QPushButton::clicked, this, &ConsoleWindow::helpClicked);
    connect(end, &QPushButton::clicked, this, &ConsoleWindow::endClicked);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_pause, reset})
        buttons->addWidget(b);
    buttons->addSpacing(16);
    for (QPushButton *b : {smaller, bigger})
        buttons->addWidget(b);
    buttons->addStretch();
    for (QPushButton *b : {overview, m_swap, help, end})
        buttons->addWidget(b);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_banner);
    leftLayout->addWidget(m_current, 1);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(caption(tr("Next")));
    rightLayout->addWidget(m_next, 2);
    rightLayout->addWidget(caption(tr("Notes")));
    rightLayout->addWidget(m_notes, 3);

    auto *split = m_split = new QSplitter(Qt::Horizontal);
    split->setFocusPolicy(Qt::NoFocus);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    setNotesPointSize(16);
    resize(1280, 720);
}

void ConsoleWindow::resizeEvent(QResizeEvent *event)
{
    PresenterWindow::resizeEvent(event);
    // The current slide gets three fifths, whatever the size hints say.
    if (!m_split)
        return;
    const int w = m_split->width();
    m_split->setSizes({w * 3 / 5, w - w * 3 / 5});
}

QPushButton *ConsoleWindow::button(const QString &text, const QString &tip)
{
    auto *b = new QPushButton(text);
    b->setToolTip(tip);
    b->setFocusPolicy(Qt::NoFocus); // keys stay with the show
    return b;
}

void ConsoleWindow::setSlides(const QList<core::Slide> &slides, const render::AssetLoader &loader,
                              const QString &title)
{
    m_slides = slides;
    m_title->setText(title);
    m_current->setDeck(slides, loader);
    m_next->setDeck(slides, loader);
}

void ConsoleWindow::showState(const PresenterState &state)
{
    const int cur = state.current();
    m_current->showSlide(cur);
    m_next->showSlide(state.next());
    m_number->setText(tr("%1 / %2").arg(cur + 1).arg(state.count()));
    if (cur >= 0 && cur < m_slides.size()) {
        // The author's line breaks stay (Markdown would join the lines).
        const QString notes = render::notesMarkdown(m_slides[cur].notes.trimmed());
        if (notes != m_shownNotes) {
            m_shownNotes = notes;
            m_notes->setMarkdown(notes);
        }
    }
    m_jump->setVisible(!state.jumpBuffer().isEmpty());
    m_jump->setText(tr("Go to %1 ↵").arg(state.jumpBuffer()));
    switch (state.blank()) {
    case Blank::Black:
        m_banner->setText(tr("The audience sees a black screen. Any key shows the slide again."));
        break;
    case Blank::White:
        m_banner->setText(tr("The audience sees a white screen. Any key shows the slide again."));
        break;
    case Blank::None:
        break;
    }
    m_banner->setVisible(state.blank() != Blank::None);
}

void ConsoleWindow::showTimes(qint64 elapsedMs, bool running, int durationMinutes, Pace pace)
{
    m_elapsed->setText(running ? formatDuration(elapsedMs)
                               : tr("%1 (paused)").arg(formatDuration(elapsedMs)));
    m_pause->setText(running ? tr("Pause") : tr("Resume"));
    if (durationMinutes <= 0) {
        m_remaining->setText(tr("no plan"));
        m_remaining->setStyleSheet({});
        m_remaining->setToolTip(tr("The module gives no duration."));
    } else {
        m_remaining->setText(formatDuration(remainingMs(elapsedMs, durationMinutes)));
        QString colour;
        QString tip;
        switch (pace) {
        case Pace::OnTime:
        case Pace::None:
            colour = QStringLiteral("#4cd964");
            tip = tr("On time (%1 min planned)").arg(durationMinutes);
            break;
        case Pace::Behind:
            colour = QStringLiteral("#ffaa28");
            tip = tr("Behind: more time used than slides shown (%1 min planned)")
                      .arg(durationMinutes);
            break;
        case Pace::OverTime:
            colour = QStringLiteral("#ff4d4d");
            tip = tr("Over time (%1 min planned)").arg(durationMinutes);
            break;
        }
        m_remaining->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
        m_remaining->setToolTip(tip);
    }
    m_clock->setText(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
}

void ConsoleWindow::setNotesPointSize(int points)
{
    QFont f = m_notes->font();
    f.setPointSize(points);
    m_notes->setFont(f);
    m_notes->document()->setDefaultFont(f);
}

void ConsoleWindow::setSwapEnabled(bool enabled)
{
    m_swap->setEnabled(enabled);
}

QString ConsoleWindow::numberText() const
{
    return m_number->text();
}

QString ConsoleWindow::elapsedText() const
{
    return m_elapsed->text();
}

QString ConsoleWindow::remainingText() const
{
    return m_remaining->text();
}

QString ConsoleWindow::notesText() const
{
    return m_notes->toPlainText();
}

} // namespace okuw::ui
