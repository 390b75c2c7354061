// SPDX-License-Identifier: GPL-3.0-or-later
#include "complexityview.h"

#include "analysis/ranking.h"
#include "analysisviewsupport.h"
#include "catalogsource.h"
#include "complexitycommentary.h"
#include "exportsupport.h"
#include "jobrunner.h"
#include "maplevelcontrol.h"
#include "messagetexts.h"
#include "pageframe.h"
#include "regionselection.h"
#include "widgets/bubblechart.h"
#include "widgets/chartrendering.h"
#include "widgets/choroplethmap.h"
#include "widgets/industryspacechart.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QSplitter>
#include <QTableWidget>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace regionlens::app {

namespace {

constexpr int kExtraEdges = 12;   // links drawn beyond the spanning tree
constexpr int kMinIndustries = 3;  // an imported indicator with fewer is not offered

ComplexityRequest request(const QString &indicator, int year, RegionLevel level,
                          const QList<RegionAggregate> &groups = {})
{
    ComplexityRequest r;
    r.indicator = indicator;
    r.year = year;
    r.level = level;
    r.groups = groups;
    return r;
}

QTableWidgetItem *numberItem(double value, int decimals)
{
    return numberCell(value, ratioText(value, decimals));
}

} // namespace

ComplexityView::ComplexityView(const PageContext &context, QWidget *parent) : MapPage(context, parent)
{
    init();
}

ComplexityView::ComplexityView(Store &store, RegionSelection &selection, bool japanese, QWidget *parent)
    : MapPage(store, selection, japanese, parent)
{
    init();
}

ComplexityView::~ComplexityView() = default;

void ComplexityView::init()
{
    m_runner = addRunner();
    m_municipalRunner = addRunner();
    buildUi();
    retranslateUi();
    onSelectionChanged([this] { selectionChanged(); });
    reload();
}

void ComplexityView::retranslateUi()
{
    m_scatter->setAxisLabels(tr("Relatedness density"), tr("Complexity (PCI)"));
    // Short headers (the table fits the chart's width), the full names as tooltips.
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Industry"), tr("Density"), tr("PCI"), tr("COG"), tr("RCA")});
    const QStringList tips{QString(), QString(), tr("Relatedness density"), tr("Complexity (PCI)"),
                           tr("Outlook gain (COG)"), QString()};
    for (int c = 0; c < tips.size(); ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(tips.at(c));
}

void ComplexityView::buildUi()
{
    m_measure = new QComboBox(this);
    m_year = new QComboBox(this);
    frame().addControl(tr("Measure"), m_measure, 0);
    frame().addControl(tr("Year"), m_year);

    m_scatter = new widgets::BubbleChart(this);
    m_scatter->setHideCrowdedLabels(true);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(6);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    addTableExportActions(m_table);
    // Columns follow their contents, also when projector mode enlarges the fonts.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_scatter);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_table->setMinimumHeight(60);

    m_space = new widgets::IndustrySpaceChart(this);

    frame().addTab(split, tr("Opportunities"));
    frame().addTab(m_space, tr("Space"));
    frame().addScaledTable(m_table);

    pageMap()->map()->setDivergingCentre(0.0);
    pageMap()->map()->setMinimumSize(360, 340);
    frame().setSidePanel(pageMap()->panel());
    const auto refreshAll = [this] {
        refreshOpportunities();
        refreshSpace();
        refreshMap();
        refreshText();
        emit contentChanged();
    };
    connect(pageMap(), &PageMap::levelChanged, this, [this, refreshAll] {
        recomputeMunicipal();
        refreshAll();
    });
    connect(pageMap(), &PageMap::filterChanged, this, refreshAll);
    connect(pageMap(), &PageMap::picked, this, [refreshAll](bool sharedChanged) {
        if (!sharedChanged)   // no RegionSelection::changed(): redraw here
            refreshAll();
    });

    frame().addFigure(u"opportunities"_s, m_scatter);
    // The table for the report and export: the bubbles' numbers named.
    frame().addFigure(PageFigure{u"opportunity_table"_s, {},
                                 [this](QPainter *p, const QRectF &r) { paintOpportunityTable(p, r); }},
                      [this] { return tr("Opportunities: %1 (table)").arg(regionName(focusCode())); });
    frame().addFigure(u"industry_space"_s, m_space);
    frame().addFigure(u"eci_map"_s, pageMap()->map());

    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        fillYears();
        recompute();
    });
    connect(m_year, &QComboBox::currentIndexChanged, this, &ComplexityView::recompute);
}

QString ComplexityView::title() const
{
    return tr("Smart specialisation");
}

void ComplexityView::reload()
{
    setRegionNames(catalogSource().qualifiedRegionNames());
    m_industryNames = catalogSource().industryNames();
    pageMap()->reload(catalogSource());
    m_municipalRunner->forgetKey();
    fillMeasureChooser();
    fillYears();
    recompute();
}

void ComplexityView::fillMeasureChooser()
{
    // The census measures, then every imported indicator broken down by
    // enough industries (a finer table: the method needs many industries).
    QList<std::pair<QString, QString>> measures{{u"employees"_s, tr("Employees (従業者数)")},
                                                {u"establishments"_s, tr("Establishments (事業所数)")}};
    QStringList bundled;
    for (const IndicatorInfo &info : catalog::starterIndicators())
        bundled << info.id;
    for (const IndicatorInfo &info : catalog().indicators()) {
        if (bundled.contains(info.id) || info.kind == u"flow"
            || industryColumns(catalog(), info.id).size() < kMinIndustries)
            continue;
        const QString name = japanese() ? info.nameJa : info.nameEn;
        measures.append({info.id, name.isEmpty() ? info.id : name});
    }
    fillMeasures(m_measure, measures, 0);
}

void ComplexityView::fillYears()
{
    // The years of either level: an imported table may be municipal only.
    QList<int> years = catalog().years(measure(), RegionLevel::Prefecture);
    for (int y : catalog().years(measure(), RegionLevel::Municipality))
        if (!years.contains(y))
            years.append(y);
    std::sort(years.begin(), years.end());
    fillYearChooser(m_year, years);
}

bool ComplexityView::levelMeasure(RegionLevel level) const
{
    return !measure().isEmpty() && catalog().years(measure(), level).contains(year());
}

void ComplexityView::recompute()
{
    if (measure().isEmpty() || year() == 0)
        return;
    m_runner->run(
        [r = request(measure(), year(), RegionLevel::Prefecture, selectionAggregates(selection()))](const Store &s) {
            return load(s, r);
        },
        [](const ComplexityInputs &in, const analysis::ProgressFn &progress) { return compute(in, progress); },
        [this](ComplexityFigures result) {
            m_result = std::move(result);
            redraw();
        });
    recomputeMunicipal();
}

QString ComplexityView::municipalKey() const
{
    return u"%1/%2"_s.arg(measure()).arg(year());
}

bool ComplexityView::needsMunicipal() const
{
    return municipal() || regionLevelOf(focusCode()) == RegionLevel::Municipality;
}

void ComplexityView::recomputeMunicipal()
{
    // The 1,741 municipalities' figures: for the municipal map, and for a
    // selected municipality at either map level.
    if (!needsMunicipal() || !levelMeasure(RegionLevel::Municipality))
        return;
    m_municipalRunner->runFor(
        municipalKey(),
        [r = request(measure(), year(), RegionLevel::Municipality)](const Store &s) { return load(s, r); },
        [](const ComplexityInputs &in, const analysis::ProgressFn &progress) { return compute(in, progress); },
        [this](ComplexityFigures result) {
            m_municipal = std::move(result);
            if (!m_runner->isBusy())
                redraw();
        });
}

bool ComplexityView::municipalCurrent() const
{
    return m_municipalRunner->hasDelivered(municipalKey());
}

const ComplexityFigures &ComplexityView::focusResult() const
{
    // The figures of the focus's level: a municipality's from the municipal
    // result (none while it is computing).
    static const ComplexityFigures none;
    if (regionLevelOf(focusCode()) != RegionLevel::Municipality)
        return m_result;
    return municipalCurrent() ? m_municipal : none;
}

QString ComplexityView::focusCode() const
{
    // The selected region (a municipality typed, clicked or picked, a
    // prefecture or a group); at municipal level a picked municipality first.
    const QString focus = focusRegion();
    const QStringList picked = municipalSelection();
    if (municipal() && !picked.isEmpty() && regionLevelOf(focus) != RegionLevel::Municipality
        && !focus.startsWith(u"group:"))
        return picked.first();
    return focus;
}

QList<Opportunity> ComplexityView::focusOpportunities() const
{
    const ComplexityFigures &f = focusResult();
    return opportunities(f, f.row(focusCode()));
}

QString ComplexityView::emptyText() const
{
    const bool muni = regionLevelOf(focusCode()) == RegionLevel::Municipality;
    if (muni && !levelMeasure(RegionLevel::Municipality))
        return tr("%1 %2 has no municipal data: choose employees or establishments for a municipality")
            .arg(m_measure->currentText(), m_year->currentText());
    if (muni && !municipalCurrent())
        return tr("Computing the municipal complexity…");
    if (!muni && !levelMeasure(RegionLevel::Prefecture))
        return tr("%1 %2 has municipal data only: select a municipality").arg(m_measure->currentText(),
                                                                              m_year->currentText());
    return tr("No data");
}

void ComplexityView::selectionChanged()
{
    // A combined group needs its own row; a municipality the municipal
    // figures; everything else is a redraw.
    pageMap()->followSelection();
    if (resultMissesSelection(m_result.regions))
        recompute();
    else {
        recomputeMunicipal();
        redraw();
    }
}

void ComplexityView::redraw()
{
    refreshOpportunities();
    refreshSpace();
    refreshMap();
    refreshText();
    emit contentChanged();
}

QString ComplexityView::industryName(const QString &code) const
{
    return shortIndustryName(code, japanese(), m_industryNames.value(code));
}

QString ComplexityView::measureName() const
{
    if (measure() == u"employees")
        return tr("employees");
    if (measure() == u"establishments")
        return tr("establishments");
    return m_measure->currentText();   // an imported indicator: its name
}

void ComplexityView::refreshOpportunities()
{
    const ComplexityFigures &f = focusResult();
    const QString code = focusCode();
    const QList<Opportunity> list = focusOpportunities();
    const widgets::AnalysisChart::Batch batch(m_scatter);
    QList<widgets::Bubble> bubbles;
    double densitySum = 0.0;
    // Bubbles numbered by their row in the table (names would crowd where densities are close).
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Opportunity &o = list.at(i);
        bubbles << widgets::Bubble{QString::number(i + 1), o.density, o.pci, f.industryTotals.value(o.industry)};
        densitySum += o.density;
    }
    m_scatter->setQuadrantLines(list.isEmpty() ? std::nan("") : densitySum / double(list.size()), 0.0);
    m_scatter->setTitle(tr("Opportunities: %1").arg(regionName(code)));
    m_scatter->setEmptyText(emptyText());
    m_scatter->setBubbles(bubbles);
    m_scatter->setFootnote(tr("No. = row of the table"));

    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const Opportunity &o = list.at(i);
        m_table->setItem(i, 0, numberItem(i + 1, 0));
        m_table->setItem(i, 1, new QTableWidgetItem(industryName(f.industries.at(o.industry))));
        m_table->setItem(i, 2, numberItem(o.density, 3));
        m_table->setItem(i, 3, numberItem(o.pci, 2));
        m_table->setItem(i, 4, numberItem(o.cog, 2));
        m_table->setItem(i, 5, numberItem(o.rca, 2));
    }
}

void ComplexityView::refreshSpace()
{
    const ComplexityFigures &f = focusResult();
    const QString code = focusCode();
    const int r = f.row(code);
    // Nodes on the circle by complexity (PCI descending), edges re-indexed.
    QList<int> order;
    for (int c = 0; c < f.industries.size(); ++c)
        order << c;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const double pa = f.pci.value(a), pb = f.pci.value(b);
        return std::isfinite(pa) && (!std::isfinite(pb) || pa > pb);
    });
    QList<int> at(f.industries.size());
    QList<widgets::IndustrySpaceNode> nodes;
    for (int i = 0; i < order.size(); ++i) {
        const int c = order.at(i);
        at[c] = i;
        nodes << widgets::IndustrySpaceNode{industryName(f.industries.at(c)), f.industryTotals.value(c), f.rca.at(r, c)};
    }
    QList<widgets::IndustrySpaceEdge> edges;
    for (const analysis::ProximityEdge &e : industrySpace(f, kExtraEdges))
        edges << widgets::IndustrySpaceEdge{at.value(int(e.a)), at.value(int(e.b)), e.proximity, e.spanning};
    const widgets::AnalysisChart::Batch batch(m_space);
    m_space->setTitle(tr("Industry space: %1").arg(regionName(code)));
    m_space->setEmptyText(emptyText());
    m_space->setNetwork(r >= 0 ? nodes : QList<widgets::IndustrySpaceNode>(), edges);
    m_space->setFootnote(tr("Blue: RCA ≥ 1. Solid: spanning tree"));
}

void ComplexityView::refreshMap()
{
    const bool muni = municipal();
    static const ComplexityFigures none;
    const ComplexityFigures &f = !muni ? m_result : municipalCurrent() ? m_municipal : none;
    QHash<QString, double> values;
    for (int r = 0; r < f.regions.size() && r < f.eci.size(); ++r)
        if (!f.regions.at(r).startsWith(u"group:") && pageMap()->levels()->shows(f.regions.at(r)))
            values.insert(f.regions.at(r), f.eci.at(r));
    const std::vector<double> finite(values.cbegin(), values.cend());
    const std::vector<double> candidates{-2.0, -1.0, -0.5, 0.5, 1.0, 2.0};
    const std::vector<double> breaks = analysis::breaksInRange(finite, candidates, 0.0);
    widgets::ChoroplethMap *map = pageMap()->map();
    map->setTitle(tr("ECI (%1, %2)").arg(measureName(), m_year->currentText()) + pageMap()->titleSuffix());
    map->setUnit(tr("ECI"));
    map->setClassification(u"user"_s, int(breaks.size()) + 1);
    map->setUserBreaks(QList<double>(breaks.cbegin(), breaks.cend()));
    // Over the regions of the level that have data (all 1,741 or 47 with the census; an imported table's own).
    int regions = 0;
    for (int r = 0; r < f.regions.size() && r < f.eci.size(); ++r)
        regions += !f.regions.at(r).startsWith(u"group:") && std::isfinite(f.eci.at(r)) ? 1 : 0;
    const QString count = QLocale(QLocale::English).toString(regions);
    map->setSourceText(regions == 0 ? QString()
                       : muni       ? tr("ECI over %1 municipalities; mean 0, sd 1").arg(count)
                                    : tr("ECI over %1 prefectures; mean 0, sd 1").arg(count));
    pageMap()->showValues(values);
    const bool levelData = levelMeasure(muni ? RegionLevel::Municipality : RegionLevel::Prefecture);
    pageMap()->levels()->setNote(!levelData ? tr("%1 %2 has no data at this level.").arg(m_measure->currentText(),
                                                                                      m_year->currentText())
                                 : muni && !municipalCurrent() ? tr("Computing the municipal complexity…")
                                                               : QString());
}

bool ComplexityView::inReport() const
{
    return focusResult().row(focusCode()) >= 0;
}

QString ComplexityView::opportunityTableHtml(int maxRows) const
{
    QStringList headers;
    for (int c = 0; c < m_table->columnCount(); ++c)
        headers << (m_table->horizontalHeaderItem(c) ? m_table->horizontalHeaderItem(c)->text() : QString());
    return complexityOpportunityTable(commentaryInput(), headers, maxRows, emptyText());
}

void ComplexityView::paintOpportunityTable(QPainter *painter, const QRectF &target) const
{
    // The table fills the target (the report's figure box, an export): every
    // row at the largest font that fits, or, when even the smallest is too
    // large, as many rows as fit at that size.
    QTextDocument doc;
    doc.setDocumentMargin(0);
    // The charts' families (VL PGothic first: a PDF's text keeps every character), no ligatures ("fi").
    QFont font = widgets::chartFont(this->font());
    font.setStyleStrategy(QFont::PreferNoShaping);
    const auto layout = [&](int pixels, int rows) {
        font.setPixelSize(pixels);
        doc.setDefaultFont(font);
        doc.setHtml(opportunityTableHtml(rows));
        doc.setTextWidth(target.width());
        return doc.size().height();
    };
    const int all = int(focusOpportunities().size());
    const int smallest = std::max(9, int(std::lround(target.width() / 900.0 * 12.0)));
    int rows = all;
    int pixels = smallest;
    if (layout(smallest, all) <= target.height()) {
        int low = smallest, high = std::max(smallest, int(target.height() / 4.0));
        while (low < high) {   // the largest size whose table fits
            const int mid = (low + high + 1) / 2;
            if (layout(mid, all) <= target.height())
                low = mid;
            else
                high = mid - 1;
        }
        pixels = low;
    } else {
        while (rows > 1 && layout(smallest, rows - 1) > target.height())
            --rows;
        rows = std::max(1, rows - 1);
    }
    layout(pixels, rows);
    painter->save();
    painter->fillRect(target, Qt::white);
    painter->translate(target.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(QPointF(0, 0), target.size());
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QString ComplexityView::howToRead() const
{
    return complexityHowToRead();
}

ComplexityCommentaryInput ComplexityView::commentaryInput() const
{
    ComplexityCommentaryInput in;
    in.context = commentaryContext();
    in.result = focusResult();
    in.focusRegion = focusCode();
    in.yearText = m_year->currentText();
    in.measureName = measureName();
    in.industryNames = m_industryNames;
    in.japanese = japanese();
    return in;
}

QString ComplexityView::commentary() const
{
    return complexityCommentary(commentaryInput());
}

QString ComplexityView::idleHint() const
{
    return selection().isEmpty() ? tr("Select a region on the map; at the municipal level, pick a municipality.")
                                 : QString();
}

QStringList ComplexityView::sources() const
{
    QStringList out;
    if (const QString s = sourceOf(measure()); !s.isEmpty())
        out << s;
    if (const auto info = catalog().indicator(measure()))
        out << tr("Licence: %1").arg(licenceLabel(info->licence));
    out << tr("Method: Hidalgo & Hausmann (2009), as the Growth Lab's ecomplexity");
    return out;
}

} // namespace regionlens::app
