// SPDX-License-Identifier: GPL-3.0-or-later
#include "circulationview.h"

#include "analysisviewsupport.h"
#include "catalogsource.h"
#include "circulationcommentary.h"
#include "datasets/store.h"
#include "jobrunner.h"
#include "pageframe.h"
#include "regionselection.h"
#include "widgets/barchart.h"
#include "widgets/circulationdiagram.h"

#include <QComboBox>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
namespace io = regionlens::datasets::inputoutput;

namespace regionlens::app {

namespace {

// A job's outcome: the result, or why the region has no table.
struct Outcome
{
    io::Result result;
    QString problem;
};

} // namespace

CirculationView::CirculationView(const PageContext &context, QWidget *parent) : AnalysisPage(context, parent)
{
    init();
}

CirculationView::CirculationView(datasets::Store &store, RegionSelection &selection, bool japanese, QWidget *parent)
    : AnalysisPage(store, selection, japanese, parent)
{
    init();
}

CirculationView::~CirculationView() = default;

void CirculationView::init()
{
    m_runner = addRunner();
    buildUi();
    onSelectionChanged([this] { recompute(); });
    reload();
}

void CirculationView::retranslateUi()
{
    m_table->setItemText(0, tr("Official where available, else estimated"));
    m_table->setItemText(1, tr("Estimated (FLQ, δ = %1)").arg(analysis::kDefaultFlqDelta));
}

void CirculationView::buildUi()
{
    m_table = new QComboBox(this);
    m_table->addItem(QString(), int(TableChoice::OfficialWhereAvailable));
    m_table->addItem(QString(), int(TableChoice::Estimated));
    retranslateUi();
    m_table->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    frame().addControl(tr("Table"), m_table, 0);
    connect(m_table, &QComboBox::currentIndexChanged, this, &CirculationView::recompute);

    m_diagram = new widgets::CirculationDiagram(this);
    m_netExports = new widgets::BarChart(this);
    m_netExports->setReferenceLine(0.0, QString());
    m_netExports->setEmphasiseAboveReference(true);
    m_selfSufficiency = new widgets::BarChart(this);
    frame().addTab(m_diagram, tr("Circulation"));
    frame().addTab(m_netExports, tr("Earning from outside"));
    frame().addTab(m_selfSufficiency, tr("Self-sufficiency"));
    frame().addFigure(u"circulation_diagram"_s, m_diagram);
    frame().addFigure(u"circulation_net_exports"_s, m_netExports);
    frame().addFigure(u"circulation_self_sufficiency"_s, m_selfSufficiency);
}

QString CirculationView::title() const
{
    return tr("Regional economic circulation");
}

void CirculationView::reload()
{
    setRegionNames(catalogSource().qualifiedRegionNames());
    m_runner->forgetKey();   // the tables may have changed
    recompute();
}

void CirculationView::recompute()
{
    io::Request request;
    request.region = focusRegion();
    const QList<datasets::RegionAggregate> groups = selectionAggregates(selection());
    if (request.region.startsWith(u"group:") && !groups.isEmpty())
        request.members = groups.first().members;
    const bool estimated = tableChoice() == TableChoice::Estimated;
    request.table = estimated ? datasets::iostore::TableKind::Estimated : datasets::iostore::TableKind::Official;
    const QString key = u"%1/%2/%3"_s.arg(request.region, request.members.join(u','), QString::number(int(estimated)));
    // The table is read and the circulation computed on a worker (~1 ms).
    m_runner->runFor(
        key,
        [request, estimated](const datasets::Store &store) {
            return estimated ? io::load(store, request) : io::loadOfficialOrEstimated(store, request);
        },
        [](const io::Inputs &inputs, const analysis::ProgressFn &progress) {
            Outcome out;
            out.problem = inputs.problem;
            if (out.problem.isEmpty())
                out.result = io::compute(inputs, progress);
            return out;
        },
        [this, region = request.region](Outcome outcome) {
            m_shown = region;
            m_problem = outcome.problem;
            m_hasResult = m_problem.isEmpty();
            m_result = std::move(outcome.result);
            redraw();
        });
}

void CirculationView::redraw()
{
    refreshDiagram();
    refreshBars();
    refreshText();
    emit contentChanged();
}

QString CirculationView::regionLabel() const
{
    return regionName(m_shown.isEmpty() ? focusRegion() : m_shown);
}

QString CirculationView::tableLabel() const
{
    return m_hasResult ? circulationTableLabel(m_result) : QString();
}

QString CirculationView::attribution(bool withUrls) const
{
    if (!m_hasResult || m_result.tableSource.isEmpty())
        return {};
    QString source = m_result.tableSource;
    if (!withUrls) {   // the source line: publisher「title」; the figure's footnote has it all
        source.remove(QRegularExpression(u"\\s*\\(https?://[^)]*\\)"_s));
        source = source.section(u" を "_s, 0, 0);   // "… を S. Fukui, … が12部門に統合したもの" (iostore)
    }
    const QString licence = m_result.tableLicence.isEmpty() ? QString() : u" ("_s + m_result.tableLicence + u')';
    if (m_result.estimated)
        return tr("National table: %1%2").arg(source, licence);
    // The source line says "Source:" itself; the figure's footnote needs it.
    return withUrls ? tr("Source (出典): %1%2").arg(source, licence) : source + licence;
}

void CirculationView::refreshDiagram()
{
    widgets::CirculationDiagramData d;
    const io::Circulation &c = m_result.circulation;
    const CirculationUnit unit = circulationUnit(m_result.tableUnit, japanese());
    const auto scaled = [&](double v) { return v / unit.divisor; };
    d.unit = unit.unit;
    d.decimals = unit.decimals;
    d.percentSuffix = percentSuffix();
    d.rateLabel = tr("Circulation rate (地域経済循環率)");
    d.rateNote = tr("place-of-work basis");
    d.flowsHeading = tr("Across the region's boundary");
    d.emptyText = !m_problem.isEmpty() ? tr("No input–output table: %1").arg(m_problem)
                  : m_hasResult        ? tr("The table lacks value added or final demand: no circulation")
                                       : tr("Computing…");
    if (m_hasResult && std::isfinite(c.production)) {
        d.circulationRate = c.circulationRate;
        // 生産: the three largest industries and the rest.
        widgets::CirculationStage &p = d.stages[0];
        p.name = tr("Production (生産, value added)");
        p.total = scaled(c.production);
        QList<int> order;
        for (int i = 0; i < c.grossValueAdded.size(); ++i)
            order << i;
        std::stable_sort(order.begin(), order.end(),
                         [&](int a, int b) { return c.grossValueAdded.at(a) > c.grossValueAdded.at(b); });
        double rest = c.production;
        for (int i : order.mid(0, 3)) {
            p.items.append({m_result.sectors.value(i), scaled(c.grossValueAdded.at(i))});
            rest -= c.grossValueAdded.at(i);
        }
        p.items.append({tr("Other industries"), scaled(rest)});
        p.flowsHeading = tr("Earning from outside (純移輸出)");
        for (int i : sectorsByNetExports(m_result).mid(0, 2))
            if (c.netExportsBySector.at(i) > 0)
                p.flows.append({widgets::CirculationFlow::Kind::Inflow, m_result.sectors.value(i),
                                scaled(c.netExportsBySector.at(i))});
        // 分配.
        widgets::CirculationStage &i = d.stages[1];
        i.name = tr("Distribution (分配, income)");
        i.total = scaled(c.distribution);
        i.items = {{tr("Compensation of employees"), scaled(c.compensation)}, {tr("Other income"), scaled(c.otherIncome)}};
        if (std::isfinite(c.incomeInflow))
            i.flows.append({c.incomeInflow >= 0 ? widgets::CirculationFlow::Kind::Inflow
                                                : widgets::CirculationFlow::Kind::Outflow,
                            tr("Income from outside (net)"), scaled(std::abs(c.incomeInflow))});
        else
            i.flows.append({widgets::CirculationFlow::Kind::Note,
                            tr("Place-of-work basis: commuters' wages and property income crossing the boundary "
                               "are not in the table"), 0.0});
        // 支出.
        widgets::CirculationStage &e = d.stages[2];
        e.name = tr("Expenditure (支出)");
        e.total = scaled(c.expenditure);
        e.items = {{tr("Household consumption"), scaled(c.householdConsumption)},
                   {tr("Government consumption"), scaled(c.governmentConsumption)},
                   {tr("Investment"), scaled(c.investment)}};
        if (std::abs(c.otherDemand) > 0)
            e.items.append({tr("Other final demand"), scaled(c.otherDemand)});
        e.items.append({tr("Trade balance (域際収支)"), scaled(c.netExports)});
        e.flows = {{widgets::CirculationFlow::Kind::Inflow, tr("Exports (移輸出)"), scaled(c.exports)},
                   {widgets::CirculationFlow::Kind::Outflow, tr("Imports (移輸入)"), scaled(c.imports)}};
    }
    m_diagram->setData(d);
    m_diagram->setTitle(m_hasResult ? tr("Regional economic circulation: %1 (%2)").arg(regionLabel(), tableLabel())
                                    : tr("Regional economic circulation: %1").arg(regionLabel()));
    QString footnote = m_hasResult ? tr("Input–output table, place-of-work basis; %1. %2").arg(unit.unit, attribution(true))
                                   : QString();
    if (m_hasResult && m_result.estimated)
        footnote += u' ' + tr("Estimated with employees %1 (経済センサス‐活動調査) and population %2 (国勢調査).")
                               .arg(m_result.employeesYear)
                               .arg(m_result.populationYear);
    m_diagram->setFootnote(footnote);
}

void CirculationView::refreshBars()
{
    const CirculationUnit unit = circulationUnit(m_result.tableUnit, japanese());
    const io::Circulation &c = m_result.circulation;
    QStringList netCategories, selfCategories;
    widgets::BarSeries net{tr("Net exports"), {}};
    widgets::BarSeries self{tr("Self-sufficiency"), {}};
    if (m_hasResult) {
        for (int i : sectorsByNetExports(m_result)) {
            netCategories << m_result.sectors.value(i);
            net.values << c.netExportsBySector.at(i) / unit.divisor;
        }
        QList<int> order;
        for (int i = 0; i < m_result.selfSufficiency.size(); ++i)
            if (std::isfinite(m_result.selfSufficiency.at(i)) && i < m_result.output.size() && m_result.output.at(i) > 0)
                order << i;
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return m_result.selfSufficiency.at(a) > m_result.selfSufficiency.at(b);
        });
        for (int i : order) {
            selfCategories << m_result.sectors.value(i);
            self.values << 100.0 * m_result.selfSufficiency.at(i);
        }
    }
    const QString note = m_hasResult ? tr("%1, %2").arg(regionLabel(), tableLabel()) : QString();
    {
        const widgets::AnalysisChart::Batch batch(m_netExports);
        m_netExports->setTitle(tr("Net exports by industry (純移輸出): %1").arg(regionLabel()));
        m_netExports->setValueAxisLabel(unit.unit);
        m_netExports->setDecimals(unit.decimals);
        m_netExports->setEmptyText(tr("No input–output table"));
        m_netExports->setFootnote(tr("Right of 0: the industry sells more outside the region than the region buys "
                                     "from outside (earns money from outside). %1").arg(note));
        m_netExports->setData(netCategories, {net});
    }
    const widgets::AnalysisChart::Batch batch(m_selfSufficiency);
    m_selfSufficiency->setTitle(tr("Self-sufficiency by industry (自給率): %1").arg(regionLabel()));
    m_selfSufficiency->setValueAxisLabel(tr("% of the region's demand met by its own output"));
    m_selfSufficiency->setDecimals(1);
    m_selfSufficiency->setEmptyText(tr("No input–output table"));
    m_selfSufficiency->setFootnote(note);
    m_selfSufficiency->setData(selfCategories, {self});
}

QString CirculationView::howToRead() const
{
    return circulationHowToRead();
}

QString CirculationView::commentary() const
{
    CirculationCommentaryInput in;
    in.regionName = regionLabel();
    in.japanese = japanese();
    in.hasResult = m_hasResult;
    in.problem = m_problem;
    in.result = m_result;
    return circulationCommentary(in);
}

QString CirculationView::idleHint() const
{
    return selection().isEmpty() ? tr("Showing 東京都: select a region (a prefecture, a municipality or a group).")
                                 : QString();
}

QStringList CirculationView::sources() const
{
    QStringList out;
    if (!m_hasResult)
        return out;
    out << attribution(false);
    return out;
}

} // namespace regionlens::app
