// SPDX-License-Identifier: GPL-3.0-or-later
#include "growthview.h"

#include "analysisviewsupport.h"
#include "catalogsource.h"
#include "growthcommentary.h"
#include "jobrunner.h"
#include "messagetexts.h"
#include "pageframe.h"
#include "regionselection.h"
#include "widgets/bubblechart.h"
#include "widgets/netbarchart.h"
#include "widgets/stackedbarchart.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace regionlens::app {

namespace {

QTableWidgetItem *numberItem(double value, int decimals, bool sign = false)
{
    const QString text = !std::isfinite(value) ? u"–"_s
                         : sign               ? (decimals == 0 ? signedCount(value) : signedText(value, decimals, QString()))
                                              : widgets::formatNumber(value, decimals);
    return numberCell(value, text);
}

} // namespace

GrowthView::GrowthView(const PageContext &context, QWidget *parent) : AnalysisPage(context, parent)
{
    init();
}

GrowthView::GrowthView(Store &store, RegionSelection &selection, bool japanese, QWidget *parent)
    : AnalysisPage(store, selection, japanese, parent)
{
    init();
}

GrowthView::~GrowthView() = default;

void GrowthView::init()
{
    m_runner = addRunner();
    buildUi();
    retranslateUi();
    onSelectionChanged([this] {
        fillYears();
        recompute();
    });
    reload();
}

void GrowthView::retranslateUi()
{
    m_quadrant->setAxisLabels(tr("Location quotient (end year)"), tr("Change (%)"));
    m_quadrant->setQuadrantLabels(
        {tr("Strong and growing"), tr("Growing, not specialised"), tr("Neither"), tr("Strong but shrinking")});
    m_components->setValueAxisLabel(tr("Change"));
    m_contribution->setUnit(tr("Change"));
    m_table->setHorizontalHeaderLabels({tr("Industry"), tr("Start"), tr("End"), tr("Change"), tr("%"),
                                        tr("Contribution (pt)"), tr("National share"), tr("Industry mix"),
                                        tr("Regional shift"), tr("LQ")});
}

void GrowthView::buildUi()
{
    m_measure = new QComboBox(this);
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    frame().addControl(tr("Measure"), m_measure, 0);
    frame().addControl(tr("From"), m_from);
    frame().addControl(tr("To"), m_to);

    m_contribution = new widgets::NetBarChart(this);
    m_contribution->setHorizontal(true);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(10);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_components = new widgets::StackedBarChart(this);
    m_components->setDecimals(0);
    m_quadrant = new widgets::BubbleChart(this);
    m_quadrant->setHideCrowdedLabels(true);

    frame().addTab(m_contribution, tr("Change by industry"));
    frame().addTab(m_components, tr("Shift-share by industry"));
    frame().addTab(m_quadrant, tr("LQ × growth"));
    frame().addTab(m_table, tr("Table"));
    frame().addScaledTable(m_table);
    frame().addFigure(u"growth_contribution"_s, m_contribution);
    frame().addFigure(u"growth_components"_s, m_components);
    frame().addFigure(u"growth_quadrant"_s, m_quadrant);

    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        fillYears();
        recompute();
    });
    connect(m_from, &QComboBox::currentIndexChanged, this, &GrowthView::recompute);
    connect(m_to, &QComboBox::currentIndexChanged, this, &GrowthView::recompute);
}

QString GrowthView::title() const
{
    return tr("Strong and growing");
}

void GrowthView::reload()
{
    setRegionNames(catalogSource().qualifiedRegionNames());
    m_industryNames = catalogSource().industryNames();
    m_runner->forgetKey();
    fillMeasures(m_measure, {{u"employees"_s, tr("Employees (従業者数)")}, {u"establishments"_s, tr("Establishments (事業所数)")}},
                 2);
    fillYears();
    recompute();
}

void GrowthView::setYears(int from, int to)
{
    chooseData(m_from, from);
    chooseData(m_to, to);
}

void GrowthView::fillYears()
{
    const RegionLevel level = growthLevel(focusRegion(), selectionAggregates(selection()));
    const QList<int> years = catalog().years(measure(), level);
    for (QComboBox *box : {m_from, m_to}) {
        const int current = box->currentData().toInt();
        const QSignalBlocker block(box);
        box->clear();
        for (int y : years)
            box->addItem(QString::number(y), y);
        const int index = box->findData(current);
        box->setCurrentIndex(index >= 0 ? index : box == m_from ? 0 : box->count() - 1);
    }
    if (m_from->count() > 1 && startYear() >= endYear()) {
        const QSignalBlocker block(m_from);
        m_from->setCurrentIndex(0);
        m_to->setCurrentIndex(m_to->count() - 1);
    }
}

void GrowthView::recompute()
{
    if (measure().isEmpty() || startYear() == 0 || endYear() == 0 || startYear() >= endYear()) {
        m_result = {};
        redraw();
        return;
    }
    GrowthRequest r;
    r.indicator = measure();
    r.region = focusRegion();
    r.groups = selectionAggregates(selection());
    r.level = growthLevel(r.region, r.groups);
    r.startYear = startYear();
    r.endYear = endYear();
    QStringList members;
    for (const RegionAggregate &g : r.groups)
        members << g.members;
    const QString key = u"%1/%2/%3/%4/%5"_s.arg(r.indicator, r.region, members.join(u','))
                            .arg(r.startYear)
                            .arg(r.endYear);
    m_runner->runFor(
        key, [r](const Store &s) { return load(s, r); },
        [](const GrowthInputs &in, const analysis::ProgressFn &progress) { return compute(in, progress); },
        [this](IndustryGrowth result) {
            m_result = std::move(result);
            redraw();
        });
}

QString GrowthView::industryName(const QString &code) const
{
    return shortIndustryName(code, japanese(), m_industryNames.value(code));
}

QString GrowthView::measureName() const
{
    return measure() == u"establishments" ? tr("Establishments") : tr("Employees");
}

QList<int> GrowthView::drawnRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_result.rows.size(); ++i)
        if (std::isfinite(m_result.rows.at(i).change))
            rows << i;
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return m_result.rows.at(a).contribution > m_result.rows.at(b).contribution;
    });
    return rows;
}

void GrowthView::redraw()
{
    const IndustryGrowth &g = m_result;
    const QString name = regionName(g.found ? g.region : focusRegion());
    const QString years = tr("%1–%2").arg(g.startYear).arg(g.endYear);
    const QList<int> rows = drawnRows();
    QStringList categories;
    for (int i : rows)
        categories << industryName(g.rows.at(i).industry);
    {
        widgets::NetBarData data;
        data.categories = categories;
        for (int i : rows)
            data.values << g.rows.at(i).change;   // in proportion to the contribution (÷ the start total)
        const widgets::AnalysisChart::Batch batch(m_contribution);
        m_contribution->setTitle(tr("%1: change of %2 by industry, %3").arg(name, measureName(), years));
        m_contribution->setEmptyText(tr("No data"));
        m_contribution->setData(data);
        m_contribution->setFootnote(g.found ? tr("Total %1 (%2 → %3); contribution (pt) = change ÷ %2 × 100")
                                                  .arg(signedText(g.percent, 1, percentSuffix()), widgets::formatNumber(g.start, 0),
                                                       widgets::formatNumber(g.end, 0))
                                            : QString());
    }
    {
        QList<widgets::StackComponent> parts(3);
        parts[0].label = tr("National share");
        parts[1].label = tr("Industry mix");
        parts[2].label = tr("Regional shift");
        QVector<double> totals;
        for (int i : rows) {
            const IndustryGrowthRow &r = g.rows.at(i);
            parts[0].values << r.nationalShare;
            parts[1].values << r.industryMix;
            parts[2].values << r.regionalShift;
            totals << r.change;
        }
        const widgets::AnalysisChart::Batch batch(m_components);
        m_components->setTitle(tr("%1: shift-share by industry, %2, %3").arg(name, measureName(), years));
        m_components->setData(categories, parts);
        m_components->setTotals(totals, tr("Actual change"));
    }
    {
        QList<widgets::Bubble> bubbles;
        for (int i : rows) {
            const IndustryGrowthRow &r = g.rows.at(i);
            bubbles << widgets::Bubble{industryName(r.industry), r.lq, r.percent, r.end};
        }
        const widgets::AnalysisChart::Batch batch(m_quadrant);
        m_quadrant->setTitle(tr("%1: specialisation × growth, %2, %3").arg(name, measureName(), years));
        m_quadrant->setEmptyText(tr("No data"));
        m_quadrant->setQuadrantLines(1.0, 0.0);
        m_quadrant->setBubbles(bubbles);
        m_quadrant->setFootnote(tr("Bubble area = %1 in %2").arg(measureName()).arg(g.endYear));
    }
    refreshTable();
    refreshText();
    emit contentChanged();
}

void GrowthView::refreshTable()
{
    const IndustryGrowth &g = m_result;
    const QList<int> rows = drawnRows();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(rows.size()));
    for (int k = 0; k < rows.size(); ++k) {
        const IndustryGrowthRow &r = g.rows.at(rows.at(k));
        m_table->setItem(k, 0, new QTableWidgetItem(industryName(r.industry)));
        m_table->setItem(k, 1, numberItem(r.start, 0));
        m_table->setItem(k, 2, numberItem(r.end, 0));
        m_table->setItem(k, 3, numberItem(r.change, 0, true));
        m_table->setItem(k, 4, numberItem(r.percent, 1, true));
        m_table->setItem(k, 5, numberItem(r.contribution, 2, true));
        m_table->setItem(k, 6, numberItem(r.nationalShare, 0, true));
        m_table->setItem(k, 7, numberItem(r.industryMix, 0, true));
        m_table->setItem(k, 8, numberItem(r.regionalShift, 0, true));
        m_table->setItem(k, 9, numberItem(r.lq, 2));
    }
    m_table->setSortingEnabled(true);
}

QString GrowthView::howToRead() const
{
    return growthHowToRead();
}

QString GrowthView::commentary() const
{
    GrowthCommentaryInput in;
    in.result = m_result;
    in.regionName = regionName(m_result.found ? m_result.region : focusRegion());
    in.measureName = measureName();
    in.industryNames = m_industryNames;
    in.japanese = japanese();
    return growthCommentary(in);
}

QString GrowthView::idleHint() const
{
    if (m_from->count() < 2)
        return tr("The measure needs two years at this level.");
    return selection().isEmpty() ? tr("Select a region: a prefecture, a municipality or a group.") : QString();
}

QStringList GrowthView::sources() const
{
    QStringList out;
    if (const QString s = sourceOf(measure()); !s.isEmpty())
        out << s;
    if (const auto info = catalog().indicator(measure()))
        out << tr("Licence: %1").arg(licenceLabel(info->licence));
    out << tr("Method: shift-share per industry (Dunn)");
    return out;
}

} // namespace regionlens::app
