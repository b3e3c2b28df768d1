#include "searchpanel.h"

#include "core/bundle.h"
#include "core/handoff.h"
#include "core/i18n.h"
#include "mainwindow.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace okuw::ui {

namespace {

constexpr int kHitRole = Qt::UserRole + 1;  // index into SearchPanel::hits()
constexpr int kHtmlRole = Qt::UserRole + 2; // rich text of a hit row
constexpr int kDebounceMs = 150;
constexpr int kLimit = 100;
// Stands for the colour of a hit's place ("Slide 3 —") in its rich text: the
// delegate puts in a colour from the palette, which differs on a selected row.
const QString kMutedColour = QStringLiteral("okuw-muted");

QColor mixed(const QColor &a, const QColor &b, double ofA)
{
    return QColor::fromRgbF(float(a.redF() * ofA + b.redF() * (1 - ofA)),
                            float(a.greenF() * ofA + b.greenF() * (1 - ofA)),
                            float(a.blueF() * ofA + b.blueF() * (1 - ofA)));
}

// The place's colour: the text's colour softened towards the background; on
// a selected row the highlighted text's itself (the title stands out by
// being bold), as readable as any selected text.
QString mutedColour(const QStyleOptionViewItem &opt)
{
    const QPalette &p = opt.palette;
    const QColor colour = opt.state & QStyle::State_Selected
                              ? p.color(QPalette::HighlightedText)
                              : mixed(p.color(QPalette::Text), p.color(QPalette::Base), 0.65);
    return colour.name();
}

// The matched words: bold on a soft yellow, readable in light and dark themes.
QString markedHtml(const QString &marked)
{
    QString html = marked.toHtmlEscaped();
    html.replace(core::kMatchBegin,
                 QStringLiteral("<span style=\"background-color:#ffe27a; color:#000; "
                                "font-weight:600\">"));
    html.replace(core::kMatchEnd, QStringLiteral("</span>"));
    return html;
}

// Draws a hit as two lines of rich text: place and title, then the snippet.
class HitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QString html = index.data(kHtmlRole).toString();
        if (html.isEmpty())
            return QStyledItemDelegate::paint(painter, option, index);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setHtml(QString(html).replace(kMutedColour, mutedColour(opt)));
        doc.setTextWidth(opt.rect.width());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.palette.setColor(QPalette::Text, opt.state & QStyle::State_Selected
                                                 ? opt.palette.color(QPalette::HighlightedText)
                                                 : opt.palette.color(QPalette::Text));
        painter->save();
        painter->translate(opt.rect.topLeft());
        painter->setClipRect(opt.rect.translated(-opt.rect.topLeft()));
        doc.documentLayout()->draw(painter, ctx);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString html = index.data(kHtmlRole).toString();
        if (html.isEmpty())
            return QStyledItemDelegate::sizeHint(option, index);
        QTextDocument doc;
        doc.setDefaultFont(option.font);
        doc.setHtml(html);
        doc.setTextWidth(std::max(120, option.rect.width() > 0 ? option.rect.width() : 280));
        return {int(doc.idealWidth()), int(doc.size().height()) + 2};
    }
};

} // namespace

SearchPanel::SearchPanel(MainWindow *window, QWidget *parent)
    : QWidget(parent), m_window(window), m_edit(new QLineEdit(this)), m_scope(new QComboBox(this)),
      m_lang(new QComboBox(this)), m_status(new QLabel(this)), m_tree(new QTreeWidget(this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_edit->setObjectName(QStringLiteral("searchQuery"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_tree->setObjectName(QStringLiteral("searchResults"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setItemDelegate(new HitDelegate(m_tree));
    m_tree->installEventFilter(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *options = new QHBoxLayout;
    options->addWidget(m_scope, 1);
    options->addWidget(m_lang, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_edit);
    layout->addLayout(options);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::runQuery);
    connect(m_edit, &QLineEdit::textChanged, this, &SearchPanel::schedule);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        // Enter before the debounce fired: run now, open when it answers.
        if (m_debounce->isActive()) {
            m_debounce->stop();
            runQuery();
            connect(this, &SearchPanel::resultsShown, this, &SearchPanel::openFirstHit,
                    Qt::SingleShotConnection);
            return;
        }
        openFirstHit();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, &SearchPanel::runQuery);
    connect(m_lang, &QComboBox::currentIndexChanged, this, &SearchPanel::runQuery);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant i = item->data(0, kHitRole);
        if (i.isValid() && i.toInt() < m_hits.size())
            openHit(m_hits.at(i.toInt()));
    });
    connect(m_tree, &QTreeWidget::itemClicked, m_tree, &QTreeWidget::itemActivated);
    connect(window, &MainWindow::bundleOpened, this, [this] {
        m_hits.clear();
        m_tree->clear();
        retranslate(); // the content language is known only now
        runQuery();
    });
    // A bundle closed by the window (changed after it was signed): its hits
    // point into it and go too.
    connect(window, &MainWindow::bundleClosed, this, [this] {
        m_hits.clear();
        m_tree->clear();
    });
    connect(window, &MainWindow::contentLanguageChanged, this, [this] {
        retranslate();
        runQuery();
    });
    auto moduleMaybeChanged = [this] {
        if (m_scope->currentIndex() == 0 && m_window->currentModuleId() != m_scopedModule &&
            !m_edit->text().trimmed().isEmpty())
            runQuery();
    };
    connect(window, &MainWindow::slideShown, this, moduleMaybeChanged);
    connect(window, &MainWindow::documentPageShown, this, moduleMaybeChanged);
    m_scope->addItems({QString(), QString()});
    m_lang->addItems({QString(), QString()});
    m_scope->setCurrentIndex(1);
    retranslate();
}

SearchPanel::~SearchPanel() = default;

void SearchPanel::setSearchFunction(SearchFunction search)
{
    m_search = std::move(search);
}

QString SearchPanel::statusText() const
{
    return m_status->text();
}

void SearchPanel::retranslate()
{
    m_edit->setPlaceholderText(tr("Search slides, notes, documents… (Ctrl+K)"));
    m_edit->setAccessibleName(tr("Search the bundle"));
    m_tree->setAccessibleName(tr("Search results"));
    m_scope->setAccessibleName(tr("Where to search"));
    m_lang->setAccessibleName(tr("Languages to search"));
    m_scope->setItemText(0, tr("This module"));
    m_scope->setItemText(1, tr("Whole bundle"));
    const QString lang = m_window->contentLanguage();
    m_lang->setItemText(0,
                        lang.isEmpty() ? tr("Content language") : core::nativeLanguageName(lang));
    m_lang->setItemText(1, tr("All languages"));
    // The dock and the menu action are made by installSearch, once.
    if (auto *dock = qobject_cast<QDockWidget *>(parentWidget()))
        dock->setWindowTitle(tr("Search"));
    if (auto *action = m_window->findChild<QAction *>(QStringLiteral("searchBundle")))
        action->setText(tr("&Search the Bundle…"));
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The status line and the group headers ("Slides", "Documents") too,
        // keeping the hit that was current.
        const QTreeWidgetItem *current = m_tree->currentItem();
        const QVariant hit = current ? current->data(0, kHitRole) : QVariant();
        showHits(m_hits, m_error, false);
        if (hit.isValid()) {
            for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
                if ((*it)->data(0, kHitRole) == hit)
                    m_tree->setCurrentItem(*it);
        }
    }
    QWidget::changeEvent(event);
}

void SearchPanel::focusQuery()
{
    if (auto *dock = qobject_cast<QDockWidget *>(parentWidget())) {
        dock->show();
        dock->raise();
        // Docked under the speaker notes the list shows a hit or two: make
        // room for a screenful of hits, and lines of about 60 characters.
        if (!dock->isFloating()) {
            if (dock->height() < m_window->height() / 2)
                m_window->resizeDocks({dock}, {m_window->height() * 3 / 5}, Qt::Vertical);
            // Lines of about 60 characters, but never more than a third of
            // the window: the slide or page stays the larger part.
            const int width =
                std::min(fontMetrics().averageCharWidth() * 60, m_window->width() / 3);
            if (dock->width() < width)
                m_window->resizeDocks({dock}, {width}, Qt::Horizontal);
        }
    }
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchPanel::schedule()
{
    m_debounce->start();
}

void SearchPanel::runQuery()
{
    const quint64 request = ++m_request;
    const std::shared_ptr<core::Bundle> bundle = m_window->bundle();
    core::SearchQuery query;
    query.text = m_edit->text();
    query.lang = m_lang->currentIndex() == 0 ? m_window->contentLanguage() : QString();
    m_scopedModule = m_window->currentModuleId();
    query.moduleId = m_scope->currentIndex() == 0 ? m_scopedModule : 0;
    query.prefixLastWord = true;
    query.limit = kLimit;
    if (!bundle || query.text.trimmed().isEmpty()) {
        m_otherLanguages = false;
        m_total = 0;
        showHits({}, QString());
        return;
    }
    // Nothing in the content language: the same words in the others (a
    // bilingual participant types a Russian word in an English session).
    struct Answer
    {
        QList<core::SearchHit> hits;
        QString error;
        bool otherLanguages = false;
        int total = 0; // matches in all, when more than the hits shown
    };
    auto *watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, request] {
        core::tookHandOver();
        watcher->deleteLater();
        if (request != m_request) {
            // A newer query is under way: this answer is stale.
            emit staleAnswerDropped();
            return;
        }
        const Answer answer = watcher->result();
        m_otherLanguages = answer.otherLanguages;
        m_total = answer.total;
        showHits(answer.hits, answer.error);
    });
    const SearchFunction search = m_search ? m_search : SearchFunction(&core::search);
    watcher->setFuture(core::runOnPool<Answer>([bundle, query, search]() mutable {
        Answer answer;
        answer.hits = search(*bundle, query, &answer.error);
        if (answer.hits.isEmpty() && answer.error.isEmpty() && !query.lang.isEmpty()) {
            core::SearchQuery everywhere = query;
            everywhere.lang.clear();
            answer.hits = search(*bundle, everywhere, &answer.error);
            answer.otherLanguages = !answer.hits.isEmpty();
            if (answer.otherLanguages)
                query = everywhere;
        }
        if (answer.error.isEmpty() && answer.hits.size() >= query.limit)
            answer.total = core::searchCount(*bundle, query);
        return answer;
    }));
}

QTreeWidgetItem *SearchPanel::groupItem(QTreeWidgetItem *parent, const QString &key,
                                        const QString &text)
{
    const int count = parent ? parent->childCount() : m_tree->topLevelItemCount();
    for (int i = 0; i < count; ++i) {
        QTreeWidgetItem *item = parent ? parent->child(i) : m_tree->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == key)
            return item;
    }
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setData(0, Qt::UserRole, key);
    item->setText(0, text);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

void SearchPanel::showHits(const QList<core::SearchHit> &hits, const QString &error, bool announce)
{
    m_hits = hits;
    m_error = error;
    m_tree->clear();
    const QString text = m_edit->text().trimmed();
    if (!error.isEmpty())
        m_status->setText(error);
    else if (text.isEmpty())
        m_status->setText(m_window->bundle() ? QString() : tr("No bundle is open."));
    else if (hits.isEmpty())
        m_status->setText(tr("No matches for “%1”.").arg(text));
    else if (m_otherLanguages)
        m_status->setText(
            tr("No matches in %1; %n match(es) in other languages:", nullptr, int(hits.size()))
                .arg(core::nativeLanguageName(m_window->contentLanguage())));
    else
        m_status->setText(
            m_total > hits.size()
                ? tr("%n matches; the best %1 are shown", nullptr, m_total).arg(hits.size())
                : tr("%n match(es)", nullptr, int(hits.size())));
    m_status->setVisible(!m_status->text().isEmpty());

    const QString lang = m_window->contentLanguage();
    const std::shared_ptr<core::Bundle> bundle = m_window->bundle();
    QHash<qint64, QString> moduleTitles;
    if (bundle) {
        for (const core::ModuleInfo &m : bundle->modules())
            moduleTitles.insert(
                m.id,
                QStringLiteral("%1. %2").arg(m.position).arg(m_window->content().text(m.title)));
    }
    // Groups appear in the order of their best hit, so the ranking shows.
    for (int i = 0; i < hits.size(); ++i) {
        const core::SearchHit &h = hits.at(i);
        QTreeWidgetItem *module =
            h.moduleId ? groupItem(nullptr, QString::number(h.moduleId),
                                   moduleTitles.value(h.moduleId, h.moduleSlug))
                       : groupItem(nullptr, QStringLiteral("glossary"), tr("Glossary"));
        QString kindName, place;
        switch (h.kind) {
        case core::SearchHitKind::Slide:
            kindName = tr("Slides");
            place = tr("Slide %1").arg(h.slidePosition);
            break;
        case core::SearchHitKind::Note:
            kindName = tr("Speaker notes");
            place = tr("Notes, slide %1").arg(h.slidePosition);
            break;
        case core::SearchHitKind::Pdf:
            kindName = tr("Documents");
            place = tr("Page %1").arg(h.page + 1);
            break;
        case core::SearchHitKind::Glossary:
            kindName = tr("Terms");
            break;
        case core::SearchHitKind::Question:
            kindName = tr("Knowledge check");
            place = tr("Question");
            break;
        }
        QTreeWidgetItem *group =
            h.moduleId ? groupItem(module, core::searchHitKindName(h.kind), kindName) : module;
        auto *item = new QTreeWidgetItem(group);
        item->setData(0, kHitRole, i);
        const QString langTag = m_lang->currentIndex() == 1 || m_otherLanguages
                                    ? h.lang.toUpper() + QStringLiteral(" · ")
                                    : QString();
        QString html = QStringLiteral("<div><span style=\"color:%1\">%2%3</span>%4<b>%5</b></div>")
                           .arg(kMutedColour, langTag.toHtmlEscaped(), place.toHtmlEscaped(),
                                place.isEmpty() ? QString() : QStringLiteral(" — "),
                                markedHtml(h.titleMarked));
        if (!h.snippet.isEmpty() && h.snippet != h.titleMarked)
            html += QStringLiteral("<div style=\"margin-left:6px\">%1</div>")
                        .arg(markedHtml(h.snippet));
        item->setData(0, kHtmlRole, html);
        item->setToolTip(0, core::markedToPlain(h.snippet));
        item->setText(0, h.title); // for accessibility and keyboard search
    }
    m_tree->expandAll();
    if (announce)
        Q_EMIT resultsShown(int(hits.size()));
}

bool SearchPanel::openHit(const core::SearchHit &hit)
{
    switch (hit.kind) {
    case core::SearchHitKind::Slide:
    case core::SearchHitKind::Note:
        // The words as they stand on this slide (any inflection the stemmer
        // matched), marked on the slide and in its notes.
        return m_window->openSlide(hit.slideId, core::markedWords(hit.titleMarked) +
                                                    core::markedWords(hit.snippet));
    case core::SearchHitKind::Pdf: {
        // The word as it stands on the page: the PDF view finds it literally.
        const QString word = core::markedWords(hit.snippet).value(0);
        return m_window->openDocumentPage(hit.documentId, hit.page,
                                          word.isEmpty() ? m_edit->text().trimmed() : word);
    }
    case core::SearchHitKind::Question:
        // The knowledge check at that question; without one, its module.
        return m_window->openQuestion(hit.moduleId, hit.questionId) ||
               m_window->openModule(hit.moduleId);
    case core::SearchHitKind::Glossary:
        if (m_window->openGlossaryTerm(hit.termId))
            return true;
        m_status->setText(
            QStringLiteral("%1 — %2").arg(hit.title, core::markedToPlain(hit.snippet)));
        m_status->show();
        return true;
    }
    return false;
}

bool SearchPanel::openFirstHit()
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    if (current && current->data(0, kHitRole).isValid()) {
        const int i = current->data(0, kHitRole).toInt();
        if (i < m_hits.size())
            return openHit(m_hits.at(i));
    }
    return !m_hits.isEmpty() && openHit(m_hits.first());
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_edit && key->key() == Qt::Key_Down && m_tree->topLevelItemCount() > 0) {
        // Down from the field walks into the hits.
        QTreeWidgetItem *item = m_tree->topLevelItem(0);
        while (item && !item->data(0, kHitRole).isValid() && item->childCount() > 0)
            item = item->child(0);
        m_tree->setCurrentItem(item);
        m_tree->setFocus();
        return true;
    }
    if (key->key() == Qt::Key_Escape) {
        m_edit->clear();
        m_edit->setFocus();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QDockWidget *installSearch(MainWindow *window)
{
    auto *dock = new QDockWidget(SearchPanel::tr("Search"), window);
    dock->setObjectName(QStringLiteral("searchDock"));
    auto *panel = new SearchPanel(window, dock);
    dock->setWidget(panel);
    window->addFeatureDock(dock, Qt::RightDockWidgetArea);

    auto *searchAction = new QAction(SearchPanel::tr("&Search the Bundle…"), window);
    searchAction->setObjectName(QStringLiteral("searchBundle"));
    searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QObject::connect(searchAction, &QAction::triggered, panel, &SearchPanel::focusQuery);
    if (QMenu *edit = window->menu(MainWindow::Menu::Edit))
        edit->addAction(searchAction);
    else
        window->addAction(searchAction);

    // Ctrl+F opens search too, except while a PDF has the focus: there the
    // PDF view's own Ctrl+F finds in the page, and two live shortcuts on one
    // key would make Qt trigger neither.
    auto *findAction = new QAction(window);
    findAction->setObjectName(QStringLiteral("searchBundleFind"));
    findAction->setShortcut(QKeySequence::Find);
    QObject::connect(findAction, &QAction::triggered, panel, &SearchPanel::focusQuery);
    window->addAction(findAction);
    // Focus moves while the window is being destroyed too; by then it is no
    // longer a MainWindow, which qobject_cast (unlike a plain call) tells.
    QObject *windowObject = window;
    auto update = [windowObject, findAction] {
        const auto *w = qobject_cast<const MainWindow *>(windowObject);
        if (!w)
            return;
        const QWidget *focus = QApplication::focusWidget();
        const bool inDocument = w->currentDocumentId() != 0 && w->centralWidget() && focus &&
                                w->centralWidget()->isAncestorOf(focus);
        findAction->setEnabled(!inDocument);
    };
    QObject::connect(qApp, &QApplication::focusChanged, findAction, update);
    QObject::connect(window, &MainWindow::documentPageShown, findAction, update);
    QObject::connect(window, &MainWindow::slideShown, findAction, update);
    update();
    return dock;
}

} // namespace okuw::ui
