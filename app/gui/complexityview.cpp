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
#include "widgets/choroplethmap.h"
#include "widgets/industryspacechart.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSplitter>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace regionlens::app {

namespace {

constexpr int kExtraEdges = 12;   // links drawn beyond the spanning tree

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
    auto *item = new QTableWidgetItem(ratioText(value, decimals));
    item->setData(Qt::UserRole, value);
    item->setData(RawValueRole, value);   // the table's CSV and clipboard copy: the number, not its text
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
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
    m_table->setHorizontalHeaderLabels(
        {tr("No."), tr("Industry"), tr("Density"), tr("Complexity (PCI)"), tr("Outlook gain (COG)"), tr("RCA")});
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
    fillMeasures(m_measure, {{u"employees"_s, tr("Employees (従業者数)")}, {u"establishments"_s, tr("Establishments (事業所数)")}},
                 1);
    fillYears();
    recompute();
}

void ComplexityView::fillYears()
{
    const int current = m_year->currentData().toInt();
    const QSignalBlocker block(m_year);
    m_year->clear();
    for (int y : catalog().years(measure(), RegionLevel::Prefecture))
        m_year->addItem(QString::number(y), y);
    const int index = m_year->findData(current);
    m_year->setCurrentIndex(index >= 0 ? index : m_year->count() - 1);
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

void ComplexityView::recomputeMunicipal()
{
    if (!municipal() || year() == 0 || catalog().years(measure(), RegionLevel::Municipality).isEmpty())
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
    return !m_municipalRunner->deliveredKey().isEmpty() && m_municipalRunner->deliveredKey() == municipalKey();
}

const ComplexityFigures &ComplexityView::focusResult() const
{
    const QStringList picked = municipalSelection();
    if (municipal() && municipalCurrent() && !picked.isEmpty() && m_municipal.row(picked.first()) >= 0)
        return m_municipal;
    return m_result;
}

QString ComplexityView::focusCode() const
{
    const QStringList picked = municipalSelection();
    if (&focusResult() == &m_municipal)
        return picked.first();
    return focusRegion();
}

void ComplexityView::selectionChanged()
{
    pageMap()->followSelection();
    if (resultMissesSelection(m_result.regions))
        recompute();
    else
        redraw();
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
    return measure() == u"establishments" ? tr("establishments") : tr("employees");
}

void ComplexityView::refreshOpportunities()
{
    const ComplexityFigures &f = focusResult();
    const QString code = focusCode();
    const QList<Opportunity> list = opportunities(f, f.row(code));
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
    m_scatter->setEmptyText(tr("No data"));
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
    m_space->setEmptyText(tr("No data"));
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
    map->setSourceText(muni ? tr("ECI over the 1,741 municipalities; mean 0, sd 1") : tr("ECI over the 47 prefectures; "
                                                                                         "mean 0, sd 1"));
    pageMap()->showValues(values);
    pageMap()->levels()->setNote(muni && !municipalCurrent() ? tr("Computing the municipal complexity…") : QString());
}

QString ComplexityView::howToRead() const
{
    return complexityHowToRead();
}

QString ComplexityView::commentary() const
{
    ComplexityCommentaryInput in;
    in.context = commentaryContext();
    in.result = focusResult();
    in.focusRegion = focusCode();
    in.yearText = m_year->currentText();
    in.measureName = measureName();
    in.industryNames = m_industryNames;
    in.japanese = japanese();
    return complexityCommentary(in);
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
