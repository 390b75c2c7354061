// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

#include "analysispage.h"
#include "catalogsource.h"
#include "compareview.h"
#include "datasets/store.h"
#include "exportsupport.h"
#include "mapview.h"
#include "pageregistry.h"
#include "industryview.h"
#include "regionselection.h"
#include "settings.h"
#include "startpage.h"
#include "themes.h"
#include "widgets/chartrendering.h"

#include <QApplication>
#include <QCheckBox>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace {

// A tool button whose menu arrow has room of its own: the style draws the
// arrow of an instant-popup button inside the button, over the end of the
// text ("Export figure⌄"), and QToolButton's size hint leaves it no room.
class MenuToolButton : public QToolButton
{
public:
    using QToolButton::QToolButton;
    QSize sizeHint() const override
    {
        QSize size = QToolButton::sizeHint();
        size.rwidth() += style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, this);
        return size;
    }
    QSize minimumSizeHint() const override { return sizeHint(); }
};

} // namespace

Workspace::Workspace(datasets::Store &store, bool japanese, QWidget *parent)
    : Workspace(*CatalogSource::createBuilt(store, japanese), parent)
{
    m_catalog->setParent(this);
}

Workspace::Workspace(CatalogSource &catalog, QWidget *parent)
    : QWidget(parent), m_store(catalog.store()), m_catalog(&catalog),
      m_selection(new RegionSelection(this))
{
    // Region bar.
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 6, 8, 2);
    m_region = new QComboBox(this);
    m_region->setObjectName(u"regionPicker"_s);
    m_region->setMinimumContentsLength(16);
    // As wide as 16 characters, not as its longest item (a district's town
    // with its prefecture would widen the bar and the window).
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Type to search: the suggestions are ranked here (prefix matches first),
    // not filtered by the combo's own completer.
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->setCompleter(nullptr);
    m_region->lineEdit()->setObjectName(u"regionSearch"_s);
    retranslateSearch();
    m_suggestions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setObjectName(u"regionCompleter"_s);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    m_region->lineEdit()->setCompleter(m_completer);
    connect(m_region->lineEdit(), &QLineEdit::textEdited, this, &Workspace::suggestRegions);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) { selectRegion(index.data(Qt::UserRole).toString()); });
    // Enter without arrowing down takes the region named exactly, else the best match.
    connect(m_region->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        const QString text = m_region->lineEdit()->text().trimmed();
        for (const RegionEntry &e : std::as_const(m_entries))
            if (e.label == text) {
                selectRegion(e.code);
                return;
            }
        if (const QList<int> best = matchRegions(m_entries, text, 1); !best.isEmpty()) {
            m_completer->popup()->hide();
            selectRegion(m_entries.at(best.first()).code);
        }
    });
    // Leaving the field without a choice shows the selected region again.
    connect(m_region->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (!m_completer->popup()->isVisible())
            m_region->setEditText(m_region->itemText(m_region->currentIndex()));
    });
    fillRegionBar();
    m_aggregate = new QCheckBox(tr("Treat group as one region"), this);
    m_aggregate->setObjectName(u"aggregateGroup"_s);
    m_selectionLabel = new QLabel(this);
    m_export = new MenuToolButton(this);
    m_export->setObjectName(u"exportFigure"_s);
    m_export->setText(tr("Export figure"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(new QMenu(m_export));
    // Captions as they are when the menu opens (the map page renames its figures).
    connect(m_export->menu(), &QMenu::aboutToShow, this, &Workspace::updateExportMenu);
    auto *report = new QPushButton(tr("Region report…"), this);
    report->setObjectName(u"reportButton"_s);
    bar->addWidget(new QLabel(tr("Region:"), this));
    bar->addWidget(m_region);
    bar->addWidget(m_aggregate);
    bar->addWidget(m_selectionLabel, 1);
    bar->addWidget(m_export);
    bar->addWidget(report);

    m_nav = new QListWidget(this);
    m_nav->setObjectName(u"navigation"_s);
    m_nav->setSpacing(2);
    m_nav->setMinimumWidth(190);
    m_nav->setMaximumWidth(240);
    m_stack = new QStackedWidget(this);
    m_themeBanner = new QLabel(this);
    m_themeBanner->setObjectName(u"themeBanner"_s);
    m_themeBanner->setWordWrap(true);
    m_themeBanner->setStyleSheet(u"QLabel#themeBanner { background: #e8f1fa; border-left: 5px solid #0072b2; "
                                 "padding: 6px 10px; font-weight: bold; }"_s);
    m_themeBanner->hide();
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(4);
    centreLayout->addWidget(m_themeBanner);
    centreLayout->addWidget(m_stack, 1);
    m_guide = new QTextBrowser(this);
    m_guide->setObjectName(u"guide"_s);
    m_guide->setOpenExternalLinks(false);
    m_guide->setMinimumWidth(200);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_nav);
    splitter->addWidget(centre);
    splitter->addWidget(m_guide);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setCollapsible(1, false);
    splitter->setSizes({200, 1000, 300});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    m_start = new StartPage(this);
    addPage(u"start"_s, navigationTitle(u"start"_s), m_start);
    m_mapView = new MapView(catalog, this);
    addPage(u"map"_s, navigationTitle(u"map"_s), m_mapView);
    // The analysis pages are made when first shown or asked for (page(),
    // pages()): until then an empty placeholder holds each one's place in the
    // stack, so that a launch builds only the page it shows.
    for (const PageEntry &entry : analysisPages()) {
        m_pages.append(nullptr);
        addPage(entry.id, entry.title(), new QWidget(this));
    }

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        buildPage(m_ids.value(row));
        // Hide or show the guide before the page becomes current, so that the
        // page is laid out once at its final width: the other order resized it
        // twice per switch (narrow, then wide), and every resize replots its
        // charts and re-wraps its rich-text labels.
        m_guide->setVisible(qobject_cast<AnalysisPage *>(m_stack->widget(row)) == nullptr);
        // Only the current page's minimum size counts: a stacked widget takes
        // the largest of all its pages, which made the map page (shown with
        // the guide) wider than a 1366-pixel screen.
        for (int i = 0; i < m_stack->count(); ++i)
            m_stack->widget(i)->setSizePolicy(i == row ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                              i == row ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_stack->setCurrentIndex(row);
        updateGuide();
        updateExportMenu();
        emit statusMessage(QString());   // the previous page's message goes with it
        saveState();
    });
    connect(m_start, &StartPage::themeRequested, this, [this](const QString &id) { openTheme(id); });
    connect(m_region, &QComboBox::activated, this, [this](int index) { selectRegion(m_region->itemData(index).toString()); });
    connect(m_selection, &RegionSelection::levelChanged, this, [this] { saveState(); });
    connect(m_aggregate, &QCheckBox::toggled, m_selection, &RegionSelection::setAggregated);
    connect(report, &QPushButton::clicked, this, [this] { emit reportRequested(m_selection->primary()); });
    connect(m_selection, &RegionSelection::changed, this, &Workspace::selectionChanged);
    // The map page keeps its own selection API; link it both ways.
    connect(m_mapView, &MapView::selectionChanged, m_selection, &RegionSelection::set);
    // A municipality picked on the municipal map replaces a municipality in the shared selection (the
    // comparison follows it); prefectures selected stay (the prefecture pages keep their selection).
    connect(m_mapView, &MapView::municipalitiesPicked, this, [this](const QStringList &codes) {
        if (!codes.isEmpty() && m_selection->primary().size() == 5)
            m_selection->set(codes);
    });
    connect(m_mapView, &MapView::statusMessage, this, [this](const QString &text) {
        if (m_stack->currentWidget() == m_mapView)
            emit statusMessage(text);
    });
    connect(m_catalog, &CatalogSource::changed, this, &Workspace::catalogChanged);
    m_nav->setCurrentRow(0);
    fitNavigation();
}

// Prefectures, the groups, then the municipalities (from the snapshot); the
// current entry stays where it still exists.
void Workspace::fillRegionBar()
{
    const QString current = m_region->currentData().toString();
    const QSignalBlocker block(m_region);
    m_region->clear();
    m_region->addItem(tr("Japan (no selection)"), QString());
    m_entries = regionEntries(m_catalog->snapshot(), m_catalog->japanese());
    QString previous;
    for (const RegionEntry &e : std::as_const(m_entries)) {
        // A separator before the groups and before the municipalities.
        const QString kind = e.code.startsWith(u"group:") ? u"g"_s : e.code.size() == 5 ? u"m"_s : u"p"_s;
        if (!previous.isEmpty() && kind != previous)
            m_region->insertSeparator(m_region->count());
        previous = kind;
        m_region->addItem(e.label, e.code);
    }
    m_region->setCurrentIndex(std::max(0, m_region->findData(current)));
}

void Workspace::suggestRegions(const QString &text)
{
    m_suggestions->clear();
    for (int i : matchRegions(m_entries, text)) {
        auto *item = new QStandardItem(m_entries.at(i).label);
        item->setData(m_entries.at(i).code, Qt::UserRole);
        m_suggestions->appendRow(item);
    }
    if (m_suggestions->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(QString());
    m_completer->complete();   // no row highlighted: that would replace the text being typed
}

QLineEdit *Workspace::regionSearch() const
{
    return m_region->lineEdit();
}

QStringList Workspace::regionSuggestions() const
{
    QStringList out;
    for (int r = 0; r < m_suggestions->rowCount(); ++r)
        out << m_suggestions->item(r)->text();
    return out;
}

void Workspace::retranslateSearch()
{
    m_region->lineEdit()->setPlaceholderText(tr("Type a prefecture, municipality or group"));
    m_region->setToolTip(tr("Type part of a name (豊田, Aichi, 名古屋圏) or a code, then choose with ↓ and Enter"));
}

void Workspace::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateSearch();
        for (int i = 0; i < m_nav->count(); ++i)
            m_nav->item(i)->setText(navigationTitle(m_nav->item(i)->data(Qt::UserRole).toString()));
        fitNavigation();
        updateGuide();
    }
}

QString Workspace::navigationTitle(const QString &id) const
{
    if (id == u"start")
        return tr("Analysis themes");
    if (id == u"map")
        return tr("Map and time series");
    const PageEntry *entry = findAnalysisPage(id);
    return entry ? entry->title() : id;
}

void Workspace::catalogChanged()
{
    fillRegionBar();
    for (AnalysisPage *p : std::as_const(m_pages))
        if (p)
            p->reload();
    selectionChanged();   // the picker, the "Selected:" names (a language switch renames them) and the guide
}

void Workspace::addPage(const QString &id, const QString &title, QWidget *widget)
{
    m_ids.append(id);
    m_stack->addWidget(widget);
    auto *item = new QListWidgetItem(title, m_nav);
    item->setData(Qt::UserRole, id);
    item->setSizeHint(QSize(0, 34));
}

AnalysisPage *Workspace::page(const QString &id) const
{
    return const_cast<Workspace *>(this)->buildPage(id);
}

QList<AnalysisPage *> Workspace::pages() const
{
    for (const PageEntry &entry : analysisPages())
        page(entry.id);
    return m_pages;
}

AnalysisPage *Workspace::builtPage(const QString &id) const
{
    const qsizetype i = m_ids.indexOf(id) - kFixedPages;
    return i >= 0 && i < m_pages.size() ? m_pages.at(i) : nullptr;
}

// Makes the analysis page id in its placeholder's place (once); nullptr when
// id is not an analysis page.
AnalysisPage *Workspace::buildPage(const QString &id)
{
    const qsizetype i = m_ids.indexOf(id) - kFixedPages;
    const PageEntry *entry = findAnalysisPage(id);
    if (i < 0 || i >= m_pages.size() || !entry)
        return nullptr;
    if (m_pages.at(i))
        return m_pages.at(i);
    const PageContext context{m_store, *m_selection, *m_catalog, m_catalog->japanese()};
    AnalysisPage *page = entry->create(context, this);
    m_pages[i] = page;
    if (auto *compare = qobject_cast<CompareView *>(page))
        connect(compare, &CompareView::showOnMap, this, &Workspace::showOnMap);
    QWidget *placeholder = m_stack->widget(int(i + kFixedPages));
    const QSignalBlocker block(m_stack);   // the current page stays current
    const bool current = m_stack->currentWidget() == placeholder;
    m_stack->insertWidget(int(i + kFixedPages), page);
    page->setSizePolicy(placeholder->sizePolicy());
    if (current)
        m_stack->setCurrentWidget(page);
    m_stack->removeWidget(placeholder);
    placeholder->deleteLater();
    if (m_largeFonts)
        page->setLargeFonts(true);
    // The navigation shows the page's own title (the registry's, asked again:
    // a title is a text asked for often, which the language switch's log of
    // translations counts on to tell it from a tab of the same translation).
    m_nav->item(int(i + kFixedPages))->setText(page->title());
    // Status messages are the current page's: a hidden page's are dropped.
    connect(page, &AnalysisPage::statusMessage, this, [this, page](const QString &text) {
        if (page == currentAnalysisPage())
            emit statusMessage(text);
    });
    connect(page, &AnalysisPage::contentChanged, this, [this, page] {
        if (page == currentAnalysisPage()) {
            updateGuide();
            updateExportMenu();
        }
    });
    if (m_restored)
        restoreIndustry();
    return page;
}

AnalysisPage *Workspace::currentAnalysisPage() const
{
    return qobject_cast<AnalysisPage *>(m_stack->currentWidget());
}

void Workspace::showPage(const QString &id)
{
    const int index = int(m_ids.indexOf(id));
    if (index >= 0)
        m_nav->setCurrentRow(index);
}

QString Workspace::currentPageId() const
{
    return m_ids.value(m_stack->currentIndex());
}

QWidget *Workspace::currentPage() const
{
    return m_stack->currentWidget();
}

void Workspace::openTheme(const QString &themeId, const QString &region)
{
    const Theme t = theme(themeId);
    if (t.id.isEmpty())
        return;
    m_theme = t.id;
    if (!region.isEmpty())
        selectRegion(region);
    showPage(t.pageId);
    updateGuide();
}

void Workspace::showOnMap(const QStringList &codes)
{
    // The comparison's level (municipalities: zoomed to their prefecture when they share one), then the
    // region and its peers selected on the map.
    if (codes.isEmpty())
        return;
    const QString first = codes.first();
    if (first.size() == 5) {
        m_mapView->setLevel(u"municipality"_s);
        if (m_mapView->level() != u"municipality")
            return;   // no municipal boundaries: nothing to mark (the compare page says so)
        const bool onePrefecture =
            std::all_of(codes.cbegin(), codes.cend(), [&](const QString &c) { return c.left(2) == first.left(2); });
        m_mapView->setPrefectureFilter(onePrefecture ? first.left(2) : QString());
    } else {
        m_mapView->setLevel(u"prefecture"_s);
    }
    showPage(u"map"_s);
    m_mapView->selectRegions(codes);
}

void Workspace::selectRegion(const QString &region)
{
    // A municipality outside the maps' prefecture filter: the maps follow it.
    if (region.size() == 5 && !region.startsWith(u"group:") && !m_selection->prefectureFilter().isEmpty()
        && !region.startsWith(m_selection->prefectureFilter()))
        m_selection->setPrefectureFilter(region.left(2));
    if (region.startsWith(u"group:")) {
        const QString id = region.mid(6);
        for (const datasets::RegionGroup &g : m_catalog->snapshot().regionGroups()) {
            if (g.id == id) {
                m_selection->setGroup(g.id, g.members);
                return;
            }
        }
        return;
    }
    m_selection->set(region.split(u',', Qt::SkipEmptyParts));
}

void Workspace::selectionChanged()
{
    const QStringList codes = m_selection->codes();
    if (m_mapView->selectedRegions() != codes)
        m_mapView->selectRegions(codes);
    // Keep the picker in step: a single region, a group, or a hand-made set.
    int index = -1;
    if (!m_selection->groupId().isEmpty())
        index = m_region->findData(u"group:"_s + m_selection->groupId());
    else if (codes.size() <= 1)
        index = m_region->findData(codes.value(0));
    if (index >= 0)
        m_region->setCurrentIndex(index);
    QStringList names;
    for (const QString &code : codes)
        names << m_catalog->regionNames().value(code, code);
    m_selectionLabel->setText(codes.size() > 1 ? tr("Selected: %1").arg(names.join(u"、"_s)) : QString());
    updateGuide();
    saveState();
}

void Workspace::restoreState()
{
    m_persist = false;   // nothing written while the saved state is applied
    // Only what was stored: a first start keeps the defaults (main.cpp
    // selects 東京都 then).
    m_selection->setLevel(settings::lastLevel.value());
    m_selection->setPrefectureFilter(settings::lastPrefectureFilter.value());
    if (settings::lastRegion.isSet())
        selectRegion(settings::lastRegion.value());
    // The industry page takes the last map industry now or when it is made (buildPage()).
    m_restored = true;
    restoreIndustry();
    if (settings::lastPage.isSet())
        showPage(settings::lastPage.value());
    m_persist = true;
}

// The last session's map industry on the industry page, once it is made;
// from then on each change is remembered.
void Workspace::restoreIndustry()
{
    auto *industry = qobject_cast<IndustryView *>(builtPage(u"industry"_s));
    if (!industry || std::exchange(m_industryRestored, true))
        return;
    if (!settings::lastIndustry.value().isEmpty())
        industry->setMapIndustry(settings::lastIndustry.value());
    connect(industry, &AnalysisPage::contentChanged, this, [this] { saveState(); });
}

void Workspace::saveState() const
{
    if (!m_persist)
        return;
    const QString region = m_selection->groupId().isEmpty() ? m_selection->codes().join(u',')
                                                            : u"group:"_s + m_selection->groupId();
    settings::lastRegion.setValue(region);
    settings::lastLevel.setValue(m_selection->level());
    settings::lastPrefectureFilter.setValue(m_selection->prefectureFilter());
    settings::lastPage.setValue(currentPageId());
    if (auto *industry = qobject_cast<IndustryView *>(builtPage(u"industry"_s)))
        if (!industry->mapIndustry().isEmpty())
            settings::lastIndustry.setValue(industry->mapIndustry());
}

QString Workspace::guideHtml() const
{
    if (m_guideStale) {
        m_guide->setHtml(buildGuideHtml());
        m_guideStale = false;
    }
    return m_guide->toHtml();
}

void Workspace::updateGuide()
{
    const Theme t = theme(m_theme);
    const bool themed = !t.id.isEmpty() && t.pageId == currentPageId();
    const QString banner = themed ? tr("Theme: %1").arg(t.question) : QString();
    if (m_themeBanner->text() != banner)
        m_themeBanner->setText(banner);
    m_themeBanner->setVisible(themed);
    // Analysis pages carry their own commentary panel; the guide serves the
    // others. While it is hidden it is only marked stale: laying out its HTML
    // on every page switch and region change took a few ms of the GUI thread.
    const bool hidden = currentAnalysisPage() != nullptr;
    m_guide->setVisible(!hidden);
    m_guideStale = hidden;
    if (!hidden)
        m_guide->setHtml(buildGuideHtml());
}

QString Workspace::buildGuideHtml() const
{
    QString html;
    const QString id = currentPageId();
    const Theme t = theme(m_theme);
    if (!t.id.isEmpty() && t.pageId == id)
        html += u"<h2>%1</h2>"_s.arg(t.question.toHtmlEscaped());
    if (AnalysisPage *page = currentAnalysisPage()) {
        html += u"<h3>%1</h3>"_s.arg(tr("What the figures say").toHtmlEscaped());
        html += page->commentary();
        html += u"<h3>%1</h3><p>%2</p>"_s.arg(tr("How to read this page").toHtmlEscaped(),
                                              page->howToRead().toHtmlEscaped());
        const QStringList sources = page->sources();
        if (!sources.isEmpty()) {
            html += u"<h3>%1</h3><ul>"_s.arg(tr("Sources (出典)").toHtmlEscaped());
            for (const QString &s : sources)
                html += u"<li>%1</li>"_s.arg(s.toHtmlEscaped());
            html += u"</ul>"_s;
        }
    } else if (id == u"map") {
        html += u"<h3>%1</h3><p>%2</p>"_s.arg(tr("How to read this page").toHtmlEscaped(),
                                              tr("Each prefecture is coloured by its class; the legend gives the "
                                                 "class bounds and how many regions fall in each. Click a region "
                                                 "for its figures and time series, Ctrl+click to compare several.")
                                                  .toHtmlEscaped());
    } else {
        html += u"<h3>%1</h3><p>%2</p>"_s.arg(tr("Getting started").toHtmlEscaped(),
                                              tr("Pick a region in the bar above, then a question on this "
                                                 "page. Every view follows the region you select there, on a map "
                                                 "or in a table; Ctrl+click on a map compares several regions.")
                                                  .toHtmlEscaped());
    }
    return html;
}

void Workspace::updateExportMenu()
{
    QMenu *menu = m_export->menu();
    menu->clear();
    delete menu->findChild<QMenu *>(u"copyFigure"_s, Qt::FindDirectChildrenOnly);   // clear() keeps submenus
    AnalysisPage *page = currentAnalysisPage();
    const bool onMap = m_stack->currentWidget() == m_mapView;
    m_export->setEnabled(page || onMap);
    if (!page && !onMap)
        return;
    const QList<PageFigure> figures = page ? page->figures() : m_mapView->figures();
    for (const PageFigure &figure : figures) {
        menu->addAction(figure.caption, this, [this, figure, onMap] {
            if (onMap)
                m_mapView->waitForIdle();   // the values being read are part of the figure
            exportFigureInteractive(this, figure);
        });
    }
    if (figures.isEmpty())
        return;
    menu->addSeparator();
    QMenu *copy = menu->addMenu(tr("Copy to clipboard"));
    copy->setObjectName(u"copyFigure"_s);
    for (const PageFigure &figure : figures) {
        copy->addAction(figure.caption, this, [this, figure, onMap] {
            if (onMap)
                m_mapView->waitForIdle();
            copyFigureToClipboard(figure);
        });
    }
}

void Workspace::reload()
{
    m_catalog->rebuild();
}

void Workspace::setLargeFonts(bool on)
{
    m_largeFonts = on;
    for (AnalysisPage *p : std::as_const(m_pages))
        if (p)
            p->setLargeFonts(on);
    QFont f = m_guide->font();
    f.setPointSizeF(QApplication::font().pointSizeF() * (on ? widgets::kLargeFontScale : 1.0));
    m_guide->setFont(f);
    fitNavigation();
}

// The navigation shows every page title whole, in either font size: on one
// line up to 200 px or 9 em, wrapped onto more lines beyond (projector fonts
// on a 1280-pixel screen leave no room for a wider list).
void Workspace::fitNavigation()
{
    const QFontMetrics metrics(m_nav->font());
    int widest = 0;
    for (int i = 0; i < m_nav->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_nav->item(i)->text()));
    const int text = std::min(widest, std::max(200, 9 * metrics.height()));
    m_nav->setWordWrap(true);
    m_nav->setTextElideMode(Qt::ElideNone);
    for (int i = 0; i < m_nav->count(); ++i) {
        const QRect lines = metrics.boundingRect(QRect(0, 0, text, 1000), Qt::TextWordWrap, m_nav->item(i)->text());
        m_nav->item(i)->setSizeHint(QSize(0, std::max(34, lines.height() + 14)));
    }
    const int width = text + 2 * m_nav->frameWidth() + 28;
    m_nav->setMinimumWidth(std::max(150, width));
    m_nav->setMaximumWidth(std::max(200, width));
}

} // namespace regionlens::app
