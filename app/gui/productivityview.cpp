// SPDX-License-Identifier: GPL-3.0-or-later
#include "productivityview.h"

#include "analysisviewsupport.h"
#include "catalogsource.h"
#include "growthcommentary.h"
#include "jobrunner.h"
#include "messagetexts.h"
#include "pageframe.h"
#include "regionselection.h"
#include "widgets/barchart.h"
#include "widgets/netbarchart.h"
#include "widgets/timeserieschart.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSplitter>
#include <QTableWidget>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace regionlens::app {

namespace {

const QString kGdp = u"gdp_nominal"_s;

QTableWidgetItem *numberItem(double value, int decimals, bool sign = false)
{
    const QString text = !std::isfinite(value) ? u"–"_s
                         : sign               ? signedText(value, decimals, QString())
                                              : widgets::formatNumber(value, decimals);
    return numberCell(value, text);
}

} // namespace

ProductivityView::ProductivityView(const PageContext &context, QWidget *parent) : AnalysisPage(context, parent)
{
    init();
}

ProductivityView::ProductivityView(Store &store, RegionSelection &selection, bool japanese, QWidget *parent)
    : AnalysisPage(store, selection, japanese, parent)
{
    init();
}

ProductivityView::~ProductivityView() = default;

void ProductivityView::init()
{
    m_runner = addRunner();
    buildUi();
    retranslateUi();
    onSelectionChanged([this] { recompute(); });
    reload();
}

void ProductivityView::retranslateUi()
{
    m_trend->setAxisLabels(tr("Fiscal year"), tr("Gross product"));
    m_trend->setUnit(okuYenUnit());
    m_composition->setValueAxisLabel(tr("Share of the activities (%)"));
    m_contribution->setUnit(tr("Contribution to growth (pt)"));
    m_perWorker->setValueAxisLabel(tr("GDP per worker (¥10,000)"));
    m_table->setHorizontalHeaderLabels({tr("Activity"), tr("Start (¥100m)"), tr("End (¥100m)"), tr("Share (%)"),
                                        tr("Growth (%)"), tr("Contribution (pt)"), tr("Employees"),
                                        tr("Per worker (¥10,000)"), tr("All prefectures")});
}

void ProductivityView::buildUi()
{
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    frame().addControl(tr("From"), m_from, 0);
    frame().addControl(tr("To"), m_to);

    m_trend = new widgets::TimeSeriesChart(this);
    m_composition = new widgets::BarChart(this);
    m_composition->setDecimals(1);
    m_contribution = new widgets::NetBarChart(this);
    m_contribution->setHorizontal(true);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_composition);
    split->addWidget(m_contribution);

    m_perWorker = new widgets::BarChart(this);
    m_perWorker->setDecimals(0);
    m_table = new QTableWidget(this);
    m_table->setColumnCount(9);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    frame().addTab(m_trend, tr("GDP trend"));
    frame().addTab(split, tr("Composition and growth"));
    frame().addTab(m_perWorker, tr("GDP per worker"));
    frame().addTab(m_table, tr("Table"));
    frame().addScaledTable(m_table);
    frame().addFigure(u"gdp_trend"_s, m_trend);
    frame().addFigure(u"gdp_composition"_s, m_composition);
    frame().addFigure(u"gdp_contribution"_s, m_contribution);
    frame().addFigure(u"gdp_per_worker"_s, m_perWorker);

    connect(m_from, &QComboBox::currentIndexChanged, this, &ProductivityView::recompute);
    connect(m_to, &QComboBox::currentIndexChanged, this, &ProductivityView::recompute);
}

QString ProductivityView::title() const
{
    return tr("Productivity and economy");
}

void ProductivityView::reload()
{
    setRegionNames(catalogSource().qualifiedRegionNames());
    m_activityNames = catalogSource().industryNames();
    m_runner->forgetKey();
    fillYears();
    recompute();
}

void ProductivityView::setYears(int from, int to)
{
    chooseData(m_from, from);
    chooseData(m_to, to);
}

void ProductivityView::fillYears()
{
    const QList<int> years = catalog().years(kGdp, RegionLevel::Prefecture);
    for (QComboBox *box : {m_from, m_to}) {
        const int current = box->currentData().toInt();
        const QSignalBlocker block(box);
        box->clear();
        for (int y : years)
            box->addItem(QString::number(y), y);
        const int index = box->findData(current);
        // By default the last five fiscal years.
        box->setCurrentIndex(index >= 0 ? index : box == m_from ? std::max(0, box->count() - 6) : box->count() - 1);
    }
}

void ProductivityView::recompute()
{
    if (startYear() == 0 || endYear() == 0 || startYear() >= endYear()) {
        m_result = {};
        redraw();
        return;
    }
    ProductivityRequest r;
    r.region = focusRegion();
    r.groups = selectionAggregates(selection());
    r.startYear = startYear();
    r.endYear = endYear();
    QStringList members;
    for (const RegionAggregate &g : r.groups)
        members << g.members;
    const QString key =
        u"%1/%2/%3/%4"_s.arg(r.region, members.join(u',')).arg(r.startYear).arg(r.endYear);
    m_runner->runFor(
        key, [r](const Store &s) { return load(s, r); },
        [](const ProductivityInputs &in, const analysis::ProgressFn &progress) { return compute(in, progress); },
        [this](Productivity result) {
            m_result = std::move(result);
            redraw();
        });
}

QString ProductivityView::activityName(const QString &code) const
{
    return shortIndustryName(code, japanese(), m_activityNames.value(code));
}

QString ProductivityView::rowName() const
{
    return m_result.row.isEmpty() ? regionName(focusRegion()) : regionName(m_result.row);
}

void ProductivityView::redraw()
{
    const Productivity &p = m_result;
    const QString name = rowName();
    const bool ja = japanese();
    {
        widgets::Series s{name, {}, {}};
        for (int i = 0; i < p.years.size(); ++i) {
            s.x << p.years.at(i);
            s.y << units::okuYen(p.gdp.at(i));
        }
        const widgets::AnalysisChart::Batch batch(m_trend);
        m_trend->setTitle(tr("%1: gross product (nominal)").arg(name));
        m_trend->setSeries(p.found() ? QList<widgets::Series>{s} : QList<widgets::Series>{});
        m_trend->setFootnote(p.found() ? tr("FY%1 %2; %3 since FY%4").arg(p.endYear).arg(yenText(p.gdpEnd, ja))
                                              .arg(signedText(p.growthPercent, 1, percentSuffix()))
                                              .arg(p.startYear)
                                        : QString());
    }
    QStringList names;
    widgets::BarSeries share{tr("Share (%)"), {}};
    widgets::NetBarData contribution;
    for (const ActivityEconomy &a : p.activities) {
        names << activityName(a.activity);
        share.values << a.share;
        contribution.values << a.contribution;
    }
    contribution.categories = names;
    if (!p.activities.isEmpty()) {
        contribution.categories << tr("Taxes less subsidies on products");
        contribution.values << p.taxesContribution;
    }
    {
        const widgets::AnalysisChart::Batch batch(m_composition);
        m_composition->setTitle(tr("%1: composition, FY%2").arg(name).arg(p.endYear));
        m_composition->setEmptyText(tr("No data"));
        m_composition->setData(names, {share});
    }
    {
        const widgets::AnalysisChart::Batch batch(m_contribution);
        m_contribution->setTitle(tr("Contributions to growth, FY%1–%2 (pt)").arg(p.startYear).arg(p.endYear));
        m_contribution->setEmptyText(tr("No data"));
        m_contribution->setData(contribution);
    }
    {
        QStringList categories{tr("All activities (excl. public administration)")};
        widgets::BarSeries own{name, {}}, nation{tr("All prefectures"), {}};
        const PerWorkerYear *w = p.latestPerWorker();
        own.values << (w ? units::manYen(w->perWorker) : std::nan(""));
        nation.values << (w ? units::manYen(w->nationPerWorker) : std::nan(""));
        for (const ActivityEconomy &a : p.activities) {
            if (!std::isfinite(a.perWorker))
                continue;
            categories << activityName(a.activity);
            own.values << units::manYen(a.perWorker);
            nation.values << units::manYen(a.nationPerWorker);
        }
        const widgets::AnalysisChart::Batch batch(m_perWorker);
        m_perWorker->setTitle(w ? tr("%1: GDP per worker, FY%2 / census %3").arg(name).arg(w->gdpYear).arg(w->censusYear)
                                : tr("%1: GDP per worker").arg(name));
        m_perWorker->setEmptyText(tr("No data"));
        m_perWorker->setData(w ? categories : QStringList(), w ? QList<widgets::BarSeries>{own, nation}
                                                              : QList<widgets::BarSeries>{});
        m_perWorker->setFootnote(w && w->rank > 0 ? tr("Rank %1 of %2 prefectures (all activities)")
                                                        .arg(w->rank)
                                                        .arg(w->rankOf)
                                                  : QString());
    }
    refreshTable();
    refreshText();
    emit contentChanged();
}

void ProductivityView::refreshTable()
{
    const Productivity &p = m_result;
    m_table->setRowCount(int(p.activities.size()));
    for (int k = 0; k < p.activities.size(); ++k) {
        const ActivityEconomy &a = p.activities.at(k);
        m_table->setItem(k, 0, new QTableWidgetItem(activityName(a.activity)));
        m_table->setItem(k, 1, numberItem(units::okuYen(a.gdpStart), 0));
        m_table->setItem(k, 2, numberItem(units::okuYen(a.gdpEnd), 0));
        m_table->setItem(k, 3, numberItem(a.share, 1));
        m_table->setItem(k, 4, numberItem(a.growthPercent, 1, true));
        m_table->setItem(k, 5, numberItem(a.contribution, 2, true));
        m_table->setItem(k, 6, numberItem(a.employees, 0));
        m_table->setItem(k, 7, numberItem(units::manYen(a.perWorker), 0));
        m_table->setItem(k, 8, numberItem(units::manYen(a.nationPerWorker), 0));
    }
}

QString ProductivityView::howToRead() const
{
    return productivityHowToRead();
}

QString ProductivityView::commentary() const
{
    ProductivityCommentaryInput in;
    in.result = m_result;
    in.regionName = regionName(focusRegion());
    in.rowName = rowName();
    in.activityNames = m_activityNames;
    in.japanese = japanese();
    return productivityCommentary(in);
}

QString ProductivityView::idleHint() const
{
    return selection().isEmpty() ? tr("Select a prefecture, a municipality (shown with its prefecture) or a group.")
                                 : QString();
}

QStringList ProductivityView::sources() const
{
    QStringList out;
    if (const QString s = sourceOf(kGdp); !s.isEmpty())
        out << s;
    if (const QString s = sourceOf(u"employees"_s); !s.isEmpty())
        out << s;
    if (const auto info = catalog().indicator(kGdp))
        out << tr("Licence: %1").arg(licenceLabel(info->licence));
    return out;
}

} // namespace regionlens::app
