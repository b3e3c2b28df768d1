#include "reviewnotice.h"

#include "core/bundle.h"
#include "languagemenu.h"
#include "mainwindow.h"

#include <QStatusBar>

namespace okuw::ui {

ReviewNotice::ReviewNotice(MainWindow *window) : QLabel(window), m_window(window)
{
    setObjectName(QStringLiteral("reviewNotice"));
    // Amber, like a caution sign, so it is seen at a glance but does not
    // compete with the slide; the text stays dark for contrast.
    setStyleSheet(QStringLiteral("QLabel#reviewNotice { background: #fff3cd; color: #5c4400; "
                                 "border: 1px solid #e0b84c; border-radius: 3px; "
                                 "padding: 1px 6px; }"));
    setTextFormat(Qt::PlainText);
    hide();

    connect(window, &MainWindow::bundleOpened, this, [this] {
        reloadModules();
        showFor(0, {});
    });
    connect(window, &MainWindow::slideShown, this,
            [this](const core::Slide &slide) { showFor(slide.moduleId, slide.lang); });
    connect(window, &MainWindow::documentPageShown, this, [this](qint64 documentId, int) {
        const auto bundle = m_window->bundle();
        const auto document = bundle ? bundle->document(documentId) : std::nullopt;
        if (document)
            showFor(document->moduleId, document->lang);
        else
            showFor(0, {});
    });
    onLanguageChange(window, this, [this] { retranslate(); });
    reloadModules();
}

void ReviewNotice::reloadModules()
{
    m_unreviewed.clear();
    if (const auto bundle = m_window->bundle()) {
        for (const core::ModuleInfo &m : bundle->modules()) {
            if (!m.unreviewedLanguages.isEmpty())
                m_unreviewed.insert(m.id, m.unreviewedLanguages);
        }
    }
}

void ReviewNotice::showFor(qint64 moduleId, const QString &lang)
{
    m_lang = !lang.isEmpty() && m_unreviewed.value(moduleId).contains(lang) ? lang : QString();
    retranslate();
    setVisible(!m_lang.isEmpty());
}

void ReviewNotice::retranslate()
{
    // One whole sentence per language: the name of a language declines
    // differently in Russian and Turkmen, so it cannot be a %1.
    if (m_lang == QLatin1String("tk"))
        setText(tr("Translation not yet reviewed by a Turkmen-speaking lawyer"));
    else if (m_lang == QLatin1String("ru"))
        setText(tr("Translation not yet reviewed by a Russian-speaking lawyer"));
    else if (m_lang == QLatin1String("en"))
        setText(tr("Text not yet reviewed by an English-speaking lawyer"));
    else if (!m_lang.isEmpty())
        setText(tr("Translation not yet reviewed by a lawyer who speaks this language"));
    else
        clear();
    setToolTip(m_lang.isEmpty()
                   ? QString()
                   : tr("The authors mark this translation as not yet checked by a lawyer. "
                        "Before you rely on its legal wording, compare it with the English "
                        "or Russian version (View > Content language)."));
}

void installReviewNotice(MainWindow *window)
{
    window->statusBar()->addPermanentWidget(new ReviewNotice(window));
}

} // namespace okuw::ui
