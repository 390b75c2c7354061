// SPDX-License-Identifier: GPL-3.0-or-later
#include "industryview.h"

#include "analysis/ranking.h"
#include "analysisviewsupport.h"
#include "catalogsource.h"
#include "datasets/store.h"
#include "industrycommentary.h"
#include "jobrunner.h"
#include "messagetexts.h"
#include "lqtablemodel.h"
#include "maplevelcontrol.h"
#include "pageframe.h"
#include "pagemap.h"
#include "regionselection.h"
#include "widgets/barchart.h"
#include "widgets/bubblechart.h"
#include "widgets/choroplethmap.h"

#include <QColor>
#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace regionlens::app {

namespace {

constexpr int kMaxCompared = 5;

} // namespace

IndustryView::IndustryView(const PageContext &context, QWidget *parent) : MapPage(context, parent)
{
    init();
}

IndustryView::IndustryView(Store &store, RegionSelection &selection, bool japanese, QWidget *parent)
    : MapPage(store, selection, japanese, parent)
{
    init();
}

void IndustryView::init()
{
    m_runner = addRunner();
    m_municipalRunner = addRunner();
    buildUi();
    retranslateUi();
    onSelectionChanged([this] { selectionChanged(); });
    reload();
}

IndustryView::~IndustryView() = default;

void IndustryView::buildUi()
{
    m_measure = new QComboBox(this);
    m_year = new QComboBox(this);
    m_industry = new QComboBox(this);
    m_industry->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_industry->setMinimumContentsLength(14);
    frame().addControl(tr("Measure"), m_measure, 0);
    frame().addControl(tr("Year"), m_year);
    frame().addControl(tr("Industry on the map"), m_industry);

    m_bars = new widgets::BarChart(this);
    m_bars->setEmphasiseAboveReference(true);
    connect(m_bars, &widgets::BarChart::categoryClicked, this, [this](int index) {
        // A bar names an industry: show it on the map.
        const QStringList codes = m_bars->property("industryCodes").toStringList();
        if (index >= 0 && index < codes.size())
            setMapIndustry(codes.at(index));
    });

    m_bubbles = new widgets::BubbleChart(this);
    m_bubbles->setQuadrantLines(1.0, 1.0);
    m_bubbles->setLogarithmic(true);
    m_concordanceNote = new QLabel(this);
    m_concordanceNote->setWordWrap(true);
    m_concordanceNote->setObjectName(u"concordanceNote"_s);
    setLabelColour(m_concordanceNote, QColor(0x44, 0x44, 0x44), QMargins(4, 4, 4, 4));
    auto *bubblePage = new QWidget(this);
    auto *bubbleLayout = new QVBoxLayout(bubblePage);
    bubbleLayout->setContentsMargins(0, 0, 0, 0);
    bubbleLayout->addWidget(m_bubbles, 1);
    bubbleLayout->addWidget(m_concordanceNote);

    m_table = new LqTableView(this);
    connect(m_table, &LqTableView::regionsPicked, this, [this](const QStringList &codes) {
        if (codes.first().size() == 5)
            selectMunicipalities(codes);
        else
            selection().set(codes);
    });

    frame().addTab(m_bars, tr("LQ ranking"));
    frame().addTab(bubblePage, tr("Earning power (稼ぐ力)"));
    // A short tab title: the three fit side by side in projector fonts; the
    // tab's tool tip says what the table holds.
    frame().addTab(m_table, tr("Table"));
    frame().addScaledTable(m_table);

    pageMap()->map()->setDivergingCentre(1.0);
    pageMap()->map()->setMinimumSize(300, 260);
    frame().setSidePanel(pageMap()->panel());
    connect(pageMap(), &PageMap::levelChanged, this, [this] {
        recomputeMunicipal();
        refreshMap();
        refreshTable();
        refreshText();
        emit contentChanged();
    });
    connect(pageMap(), &PageMap::filterChanged, this, [this] {
        refreshMap();
        refreshTable();
        refreshText();
        emit contentChanged();
    });
    connect(pageMap(), &PageMap::picked, this, [this](bool sharedChanged) {
        const QStringList picked = pageMap()->municipalSelection();
        if (!picked.isEmpty() && municipalCurrent()) {
            const int c = int(m_municipal.industries.indexOf(mapIndustry()));
            const double v = m_municipal.lq.at(m_municipal.row(picked.first()), c);
            emit statusMessage(tr("%1: LQ %2 (%3, %4 %5)")
                                   .arg(regionName(picked.first()), lqText(v), industryName(mapIndustry()),
                                        measureName(), m_year->currentText()));
        }
        if (!sharedChanged) {   // no RegionSelection::changed(): redraw here
            refreshMap();
            syncTableSelection();
            refreshText();
            emit contentChanged();
        }
    });

    frame().addFigure(u"lq_ranking"_s, m_bars);
    frame().addFigure(u"lq_map"_s, pageMap()->map());
    frame().addFigure(u"earning_power"_s, m_bubbles);

    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        fillYears();
        fillMapIndustries();
        recompute();
    });
    connect(m_year, &QComboBox::currentIndexChanged, this, &IndustryView::recompute);
    connect(m_industry, &QComboBox::currentIndexChanged, this, [this] {
        refreshMap();
        refreshText();
        emit contentChanged();
    });
}

void IndustryView::retranslateUi()
{
    m_bars->setReferenceLine(1.0, tr("LQ = 1 (national share)"));
    m_bars->setValueAxisLabel(tr("Location quotient (LQ)"));
    m_bubbles->setAxisLabels(tr("Value-added LQ (specialisation)"), tr("Labour productivity relative to the nation"));
    m_bubbles->setQuadrantLabels({tr("specialised and productive"), tr("productive, not specialised"), tr("neither"),
                                  tr("specialised, less productive")});
}

QString IndustryView::title() const
{
    return tr("Industry structure");
}

void IndustryView::reload()
{
    setRegionNames(catalogSource().qualifiedRegionNames());
    m_industryNames = catalogSource().industryNames();
    pageMap()->reload(catalogSource());
    m_municipalRunner->forgetKey();   // the data may have changed
    fillMeasures(m_measure,
                 {{u"employees"_s, tr("Employees (従業者数)")},
                  {u"establishments"_s, tr("Establishments (事業所数)")},
                  {u"gdp_nominal"_s, tr("Value added (県内総生産)")}},
                 1);
    fillYears();
    fillMapIndustries();
    recompute();
}

void IndustryView::fillYears()
{
    const bool fiscal = measure() == u"gdp_nominal";
    fillYearChooser(m_year, catalog().years(measure(), RegionLevel::Prefecture),
                    [this, fiscal](int y) { return fiscal ? tr("FY%1").arg(y) : QString::number(y); });
}

void IndustryView::fillMapIndustries()
{
    const QString current = m_industry->currentData().toString();
    const QSignalBlocker block(m_industry);
    m_industry->clear();
    for (const QString &code : industryColumns(catalog(), measure()))
        m_industry->addItem(industryName(code), code);
    // Manufacturing by default: the industry most regions are compared on.
    int index = m_industry->findData(current);
    if (index < 0)
        index = m_industry->findData(measure() == u"gdp_nominal" ? u"S03"_s : u"E"_s);
    m_industry->setCurrentIndex(std::max(0, index));
}

QTabWidget *IndustryView::tabs() const
{
    return frame().tabs();
}

QTableView *IndustryView::tableView() const
{
    return m_table;
}

LqTableModel *IndustryView::tableModel() const
{
    return m_table->lqModel();
}

void IndustryView::recompute()
{
    if (measure().isEmpty() || year() == 0)
        return;
    // The store is read and the matrices computed on a worker.
    m_runner->run(
        [indicator = measure(), year = year(), aggregates = selectionAggregates(selection())](const Store &s) {
            return loadIndustryStructure(s, indicator, year, aggregates);
        },
        [](const IndustryStructureInputs &inputs) { return computeIndustryStructure(inputs); },
        [this](IndustryStructure result) {
            m_result = std::move(result);
            redraw();
        });
    recomputeMunicipal();
}

QString IndustryView::municipalKey() const
{
    return u"%1/%2"_s.arg(measure()).arg(year());
}

bool IndustryView::needsMunicipal() const
{
    if (municipal())
        return true;
    for (const QString &code : chartRegions())
        if (regionLevelOf(code) == RegionLevel::Municipality)
            return true;
    return false;
}

void IndustryView::recomputeMunicipal()
{
    if (!needsMunicipal() || !municipalMeasure() || year() == 0)
        return;
    // The ~35,000 observations are read and the 1,741 × 18 quotients
    // computed on a worker, through the LQ adapter at the municipal level
    // (the level of the codes shown). Nation = the "00" rows when the data
    // has them, else the sum of the municipalities (the starter pack).
    m_municipalRunner->runFor(
        municipalKey(),
        [indicator = measure(), year = year()](const Store &s) {
            return loadIndustryStructure(s, indicator, year, {}, RegionLevel::Municipality);
        },
        [](const IndustryStructureInputs &inputs) { return computeIndustryStructure(inputs); },
        [this](IndustryStructure result) {
            m_municipal = std::move(result);
            if (!m_runner->isBusy())   // else the prefecture result redraws everything
                redraw();
        });
}

bool IndustryView::municipalCurrent() const
{
    return m_municipalRunner->hasDelivered(municipalKey());
}

bool IndustryView::municipalMeasure() const
{
    return !measure().isEmpty() && !catalog().years(measure(), RegionLevel::Municipality).isEmpty();
}

void IndustryView::selectionChanged()
{
    // A combined group needs its own row; a municipality the municipal
    // quotients; everything else is a redraw.
    if (resultMissesSelection(m_result.regions))
        recompute();
    else {
        recomputeMunicipal();
        redraw();
    }
}

const IndustryStructure &IndustryView::resultFor(const QString &region) const
{
    static const IndustryStructure none;
    if (regionLevelOf(region) != RegionLevel::Municipality)
        return m_result;
    return municipalCurrent() ? m_municipal : none;
}

void IndustryView::redraw()
{
    refreshBars();
    refreshBubbles();
    refreshMap();
    refreshTable();
    refreshText();
    emit contentChanged();
}

QString IndustryView::industryName(const QString &code) const
{
    return shortIndustryName(code, japanese(), m_industryNames.value(code));
}

QString IndustryView::measureName() const
{
    if (measure() == u"employees")
        return tr("employees");
    if (measure() == u"establishments")
        return tr("establishments");
    return tr("value added");
}

QStringList IndustryView::chartRegions() const
{
    if (!selectionAggregates(selection()).isEmpty() || selection().codes().size() <= 1)
        return {focusRegion()};
    QStringList codes;
    for (const QString &c : selection().codes())
        if ((m_result.row(c) >= 0 || regionLevelOf(c) == RegionLevel::Municipality) && codes.size() < kMaxCompared)
            codes << c;
    return codes.isEmpty() ? QStringList{focusRegion()} : codes;
}

void IndustryView::refreshBars()
{
    const widgets::AnalysisChart::Batch batch(m_bars);   // one redraw for the setters below
    const QStringList regions = chartRegions();
    // Each region's row from the result of its level (prefectures, or the
    // municipalities): LQs of both compare with the nation.
    const IndustryStructure &firstResult = resultFor(regions.value(0));
    const int first = firstResult.row(regions.value(0));
    QList<int> order;
    for (int c = 0; first >= 0 && c < firstResult.industries.size(); ++c)
        if (std::isfinite(firstResult.lq.at(first, c)))
            order.append(c);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return firstResult.lq.at(first, a) > firstResult.lq.at(first, b); });
    QStringList categories, codes;
    for (int c : order) {
        categories << industryName(firstResult.industries.at(c));
        codes << firstResult.industries.at(c);
    }
    QList<widgets::BarSeries> series;
    for (const QString &region : regions) {
        const IndustryStructure &result = resultFor(region);
        const int r = result.row(region);
        widgets::BarSeries s;
        s.label = regionName(region);
        for (const QString &code : std::as_const(codes)) {
            const int c = result.column(code);
            s.values << (r >= 0 && c >= 0 ? result.lq.at(r, c) : std::nan(""));
        }
        series << s;
    }
    m_bars->setProperty("industryCodes", codes);
    const QString yearText = m_year->currentText();
    if (regions.size() == 1)
        m_bars->setTitle(tr("Location quotients of %1, %2 (%3)").arg(regionName(regions.first()), measureName(), yearText));
    else
        m_bars->setTitle(tr("Location quotients compared, %1 (%2)").arg(measureName(), yearText));
    const bool waiting = regionLevelOf(regions.value(0)) == RegionLevel::Municipality;
    m_bars->setEmptyText(!waiting                ? tr("No data")
                         : !municipalMeasure()   ? tr("%1 is published for prefectures only: choose employees or "
                                                      "establishments for a municipality").arg(measureName())
                         : municipalCurrent()    ? tr("No data")
                                                 : tr("Computing the municipal quotients…"));
    m_bars->setData(first >= 0 ? categories : QStringList(), first >= 0 ? series : QList<widgets::BarSeries>());
    m_bars->setFootnote(regions.size() == 1
                            ? tr("Sorted by the LQ of %1. Bars in blue: LQ ≥ 1.").arg(regionName(regions.first()))
                            : tr("Sorted by the LQ of %1; one colour per region, the dashed line at LQ = 1.")
                                  .arg(regionName(regions.first())));
}

void IndustryView::refreshBubbles()
{
    const widgets::AnalysisChart::Batch batch(m_bubbles);
    // A municipality's 稼ぐ力 is its prefecture's (value added by prefecture only).
    const QString region = earningPowerRegion(focusRegion());
    const int r = m_result.row(region);
    QList<widgets::Bubble> bubbles;
    for (int c = 0; c < m_result.activities.size(); ++c) {
        widgets::Bubble b;
        b.label = industryName(m_result.activities.at(c));
        b.x = m_result.valueAddedLq.at(r, c);
        b.y = m_result.relativeProductivity.at(r, c);
        b.size = m_result.employees.at(r, c);
        bubbles << b;
    }
    if (region == focusRegion())
        m_bubbles->setTitle(tr("Earning power (稼ぐ力) of %1").arg(regionName(region)));
    else
        m_bubbles->setTitle(tr("Earning power (稼ぐ力) of %1, the prefecture of %2 (value added by prefecture only)")
                                .arg(regionName(region), regionName(focusRegion())));
    m_bubbles->setEmptyText(tr("No data"));
    m_bubbles->setBubbles(bubbles);
    m_bubbles->setFootnote(tr("Value added FY%1 (県民経済計算), employees %2 (経済センサス). Bubble area ∝ employees. "
                              "Logarithmic axes; dashed lines at 1.0 = national level.")
                               .arg(m_result.valueAddedYear)
                               .arg(m_result.employeesYear));
    m_concordanceNote->setText(industryConcordanceNote(int(m_result.activities.size())));
}

void IndustryView::refreshMap()
{
    const bool muni = municipal();
    static const IndustryStructure none;
    const IndustryStructure &result = !muni ? m_result : municipalCurrent() ? m_municipal : none;
    const int c = int(result.industries.indexOf(mapIndustry()));
    QHash<QString, double> values;
    for (int r = 0; r < result.regions.size(); ++r)
        if (!result.regions.at(r).startsWith(u"group:") && pageMap()->levels()->shows(result.regions.at(r)))
            values.insert(result.regions.at(r), result.lq.at(r, c));
    const std::vector<double> finite(values.cbegin(), values.cend());
    const std::vector<double> breaks = analysis::lqClassBreaks(finite);
    const QList<double> inner(breaks.cbegin(), breaks.cend());
    widgets::ChoroplethMap *map = pageMap()->map();
    map->setTitle(tr("LQ of %1 (%2, %3)").arg(m_industry->currentText(), measureName(), m_year->currentText())
                  + pageMap()->titleSuffix());
    map->setUnit(tr("LQ"));
    map->setClassification(u"user"_s, int(inner.size()) + 1);
    map->setUserBreaks(inner);
    map->setSourceText(muni ? tr("Diverging colours centred on LQ = 1.0; shares compared with all of Japan")
                            : tr("Diverging colours centred on LQ = 1.0"));
    pageMap()->showValues(values);
    if (muni && !municipalMeasure())
        pageMap()->levels()->setNote(tr("Value added (県民経済計算) is published for prefectures only: choose employees "
                                    "or establishments to map municipalities, or the prefecture level."));
    else if (muni && !municipalCurrent())
        pageMap()->levels()->setNote(tr("Computing the municipal quotients…"));
    else
        pageMap()->levels()->setNote(QString());
}

void IndustryView::refreshTable()
{
    const bool muni = municipal() && municipalMeasure();
    QStringList codes, names, industries;
    ValueGrid lq;
    if (muni && municipalCurrent()) {
        // The municipalities the map shows (all, or the filter's prefecture).
        QList<int> rows;
        for (int r = 0; r < m_municipal.regions.size(); ++r)
            if (pageMap()->levels()->shows(m_municipal.regions.at(r)))
                rows << r;
        lq = ValueGrid(int(rows.size()), m_municipal.lq.cols);
        for (int i = 0; i < rows.size(); ++i) {
            codes << m_municipal.regions.at(rows.at(i));
            for (int c = 0; c < lq.cols; ++c)
                lq(i, c) = m_municipal.lq.at(rows.at(i), c);
        }
        for (const QString &code : m_municipal.industries)
            industries << industryName(code);
    } else {
        codes = m_result.regions;
        lq = m_result.lq;
        for (const QString &code : m_result.industries)
            industries << industryName(code);
    }
    for (const QString &code : std::as_const(codes))
        names << regionName(code);
    m_table->lqModel()->setTable(codes, names, industries, lq);
    m_table->resizeColumnToContents(0);
    tabs()->setTabToolTip(2, muni ? tr("Table: municipality × industry") : tr("Table: region × industry"));
    syncTableSelection();
}

void IndustryView::syncTableSelection()
{
    m_table->selectCodes(municipal() && municipalMeasure() ? municipalSelection() : selection().codes());
}

QString IndustryView::howToRead() const
{
    return industryHowToRead();
}

QString IndustryView::commentary() const
{
    IndustryCommentaryInput in;
    in.context = commentaryContext();
    in.result = m_result;
    in.regions = chartRegions();
    in.focusRegion = focusRegion();
    in.yearText = m_year->currentText();
    in.measureName = measureName();
    in.mapIndustry = mapIndustry();
    in.industryNames = m_industryNames;
    in.japanese = japanese();
    in.municipalMeasure = municipalMeasure();
    in.municipalCurrent = municipalCurrent();
    in.municipalResult = m_municipal;
    return industryCommentary(in);
}

QString IndustryView::idleHint() const
{
    return selection().isEmpty() ? tr("Select a region on the map, in the table or from a group; "
                                      "Ctrl+click compares regions.")
                                 : QString();
}

QStringList IndustryView::sources() const
{
    QStringList out;
    QStringList ids{measure()};
    if (!ids.contains(u"gdp_nominal"_s))
        ids << u"gdp_nominal"_s;
    if (!ids.contains(u"employees"_s))
        ids << u"employees"_s;
    for (const QString &id : ids)
        if (const QString s = sourceOf(id); !s.isEmpty() && !out.contains(s))
            out << s;
    if (const auto info = catalog().indicator(measure()))
        out << tr("Licence: %1").arg(licenceLabel(info->licence));
    out << tr("Concordance JSIC → prefectural accounts activities: Cabinet Office, Standard Method of Prefectural Accounts (2008 SNA)");
    return out;
}

} // namespace regionlens::app
