// SPDX-License-Identifier: GPL-3.0-or-later
#include "populationview.h"

#include "regionselection.h"
#include "widgets/chartrendering.h"
#include "widgets/netbarchart.h"
#include "widgets/pyramidchart.h"
#include "widgets/timeserieschart.h"

#include "datasets/catalog.h"

#include <QCoreApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace regionlens::app {

namespace {

const QString kCensusAge = u"population_age_sex_census"_s;
const QString kEstimateAge = u"population_age_sex_estimate"_s;
constexpr int kMaxSeries = 8;

QString count(double v)
{
    return QLocale(QLocale::English).toString(v, 'f', 0);
}

QString signedCount(double v)
{
    return (v > 0 ? u"+"_s : QString()) + count(v);
}

constexpr double kNaN()
{
    return std::numeric_limits<double>::quiet_NaN();
}

QString percent(double v, int decimals = 1)
{
    return QLocale(QLocale::English).toString(v, 'f', decimals);
}

// "+3.9", "−6.2"; two decimals for changes under 0.1 points so that they do not read as 0.
QString signedPercent(double v)
{
    const int decimals = std::abs(v) < 0.095 ? 2 : 1;
    const QString digits = percent(std::abs(v), decimals);
    return (v > 0 ? u"+"_s : v < 0 ? u"−"_s : QString()) + digits;
}

// Room above the lines for the legend (top left, two columns), which would
// otherwise hide the first years of the lines; the chart resets its range on
// every rebuild, so this follows setSeries() and setLargeFonts().
void addLegendHeadroom(widgets::TimeSeriesChart *chart)
{
    if (chart->seriesCount() == 0)
        return;
    QCustomPlot *plot = chart->plot();
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot->legend->setWrap(2);
    const double height = plot->axisRect()->height();
    const double legend = plot->legend->minimumOuterSizeHint().height() + 12.0;
    QCPAxis *y = plot->yAxis;
    const QCPRange range = y->range();
    // The data keep the part of the axis below the legend (at least 45 %).
    const double keep = height > 0 ? std::max(0.45, 1.0 - legend / height) : 0.6;
    y->setRangeUpper(range.lower + range.size() / keep);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

// The pyramid combo's item data: "indicator|year".
QString pyramidKey(const QString &indicator, int year)
{
    return indicator + u'|' + QString::number(year);
}

} // namespace

PopulationView::PopulationView(Store &store, RegionSelection &selection, bool japanese, QWidget *parent)
    : AnalysisPage(store, selection, japanese, parent), m_watcher(new QFutureWatcher<PopulationResult>(this))
{
    buildUi();
    connect(m_watcher, &QFutureWatcher<PopulationResult>::finished, this, [this] {
        const PopulationResult r = m_watcher->result();
        if (r.generation == m_generation)
            apply(r);
    });
    connect(&selection, &RegionSelection::changed, this, [this] {
        // A page hidden behind another in a shown window catches up when shown
        // (or when asked to wait): a region change then costs only the visible page.
        if (!isVisible() && window() != this && window()->isVisible()) {
            m_stale = true;
            return;
        }
        syncRegionList();
        refresh();
    });
    reload();
}

PopulationView::~PopulationView()
{
    m_watcher->waitForFinished();
}

QString PopulationView::pageId() const
{
    return u"population"_s;
}

QString PopulationView::title() const
{
    return tr("Population");
}

void PopulationView::buildUi()
{
    // --- left: what to show ----------------------------------------------------
    auto *regionsBox = new QGroupBox(tr("Regions"), this);
    auto *regionsLayout = new QVBoxLayout(regionsBox);
    m_regions = new QListWidget(regionsBox);
    m_regions->setObjectName(u"regionList"_s);
    m_regions->setUniformItemSizes(true);
    auto *regionsHint = new QLabel(tr("Tick regions to compare them. The first one ticked gets the pyramid."),
                                   regionsBox);
    regionsHint->setWordWrap(true);
    regionsHint->setStyleSheet(u"color:#555"_s);
    regionsLayout->addWidget(regionsHint);
    regionsLayout->addWidget(m_regions, 1);

    auto *seriesBox = new QGroupBox(tr("Time series"), this);
    auto *seriesForm = new QFormLayout(seriesBox);
    m_indexed = new QCheckBox(tr("Index (base year = 100)"), seriesBox);
    m_indexed->setObjectName(u"indexed"_s);
    m_baseYear = new QComboBox(seriesBox);
    m_baseYear->setEnabled(false);
    seriesForm->addRow(m_indexed);
    seriesForm->addRow(tr("Base year"), m_baseYear);

    auto *pyramidBox = new QGroupBox(tr("Pyramid"), this);
    auto *pyramidForm = new QFormLayout(pyramidBox);
    m_pyramidYear = new QComboBox(pyramidBox);
    m_pyramidYear->setObjectName(u"pyramidYear"_s);
    m_outline = new QCheckBox(tr("Other year as outline"), pyramidBox);
    m_outline->setChecked(true);
    m_percent = new QCheckBox(tr("Share of the total (%)"), pyramidBox);
    pyramidForm->addRow(tr("Year"), m_pyramidYear);
    pyramidForm->addRow(m_outline);
    pyramidForm->addRow(m_percent);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(regionsBox, 1);
    leftLayout->addWidget(seriesBox);
    leftLayout->addWidget(pyramidBox);
    left->setMinimumWidth(200);
    left->setMaximumWidth(300);

    // --- centre: the charts --------------------------------------------------------
    m_series = new widgets::TimeSeriesChart(this);
    m_series->setMinimumSize(360, 240);
    m_pyramid = new widgets::PyramidChart(this);
    m_pyramid->setMinimumSize(300, 260);
    m_pyramid->setSexLabels(tr("Male"), tr("Female"));
    m_change = new widgets::NetBarChart(this);
    m_change->setMinimumSize(240, 200);
    m_naturalNote = new QLabel(this);
    m_naturalNote->setObjectName(u"naturalNote"_s);
    m_naturalNote->setWordWrap(true);
    m_naturalNote->setStyleSheet(u"color:#555; padding:2px 6px"_s);
    auto *changeBox = new QWidget(this);
    auto *changeLayout = new QVBoxLayout(changeBox);
    changeLayout->setContentsMargins(0, 0, 0, 0);
    changeLayout->addWidget(m_change, 1);
    changeLayout->addWidget(m_naturalNote);

    m_components = new widgets::TimeSeriesChart(this);
    m_components->setObjectName(u"componentsChart"_s);
    m_components->setMinimumSize(320, 240);
    m_componentNote = new QLabel(this);
    m_componentNote->setObjectName(u"componentNote"_s);
    m_componentNote->setWordWrap(true);
    m_componentNote->setStyleSheet(u"color:#555; padding:2px 6px"_s);
    m_componentsBox = new QWidget(this);
    auto *componentsLayout = new QVBoxLayout(m_componentsBox);
    componentsLayout->setContentsMargins(0, 0, 0, 0);
    componentsLayout->addWidget(m_components, 1);
    componentsLayout->addWidget(m_componentNote);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_series);
    top->addWidget(m_componentsBox);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_pyramid);
    bottom->addWidget(changeBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto *centre = new QSplitter(Qt::Vertical, this);
    centre->addWidget(top);
    centre->addWidget(bottom);
    centre->setStretchFactor(0, 2);
    centre->setStretchFactor(1, 3);

    // --- right: what it says -------------------------------------------------------
    m_commentary = new QTextBrowser(this);
    m_commentary->setObjectName(u"commentary"_s);
    m_commentary->setOpenLinks(false);
    auto *howBox = new QGroupBox(tr("How to read"), this);
    auto *howLayout = new QVBoxLayout(howBox);
    m_howTo = new QLabel(howBox);
    m_howTo->setWordWrap(true);
    m_howTo->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_howTo->setStyleSheet(u"color:#333"_s);
    howLayout->addWidget(m_howTo);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("What the figures say")), right));
    rightLayout->addWidget(m_commentary, 3);
    rightLayout->addWidget(howBox, 2);
    right->setMinimumWidth(260);
    right->setMaximumWidth(420);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(centre);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);

    m_source = new QLabel(this);
    m_source->setObjectName(u"sourceLabel"_s);
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::RichText);
    m_source->setStyleSheet(u"color:#444"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_source);

    connect(m_regions, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString code = item->data(Qt::UserRole).toString();
        const bool checked = item->checkState() == Qt::Checked;
        if (checked != selection().codes().contains(code))
            selection().toggle(code);
    });
    connect(m_indexed, &QCheckBox::toggled, this, [this](bool on) {
        m_baseYear->setEnabled(on);
        refresh();
    });
    connect(m_baseYear, &QComboBox::currentIndexChanged, this, &PopulationView::refresh);
    connect(m_pyramidYear, &QComboBox::currentIndexChanged, this, &PopulationView::refresh);
    connect(m_outline, &QCheckBox::toggled, this, &PopulationView::refresh);
    connect(m_percent, &QCheckBox::toggled, this, &PopulationView::refresh);
}

void PopulationView::reload()
{
    // Descriptions, once per reload(): sources and survey names are asked for on every result.
    m_infos.clear();
    for (const IndicatorInfo &info : store().indicators())
        m_infos.insert(info.id, info);
    m_names.clear();
    m_names.insert(u"00"_s, japanese() ? catalog::nation().nameJa : catalog::nation().nameEn);
    for (const Region &r : store().regions(RegionLevel::Prefecture)) {
        const QString name = japanese() ? r.nameJa : r.nameEn;
        m_names.insert(r.code, name.isEmpty() ? r.nameJa : name);
    }
    fillRegionList();
    {
        const QSignalBlocker block(m_baseYear);
        const int current = m_baseYear->currentData().toInt();
        m_baseYear->clear();
        for (int y : store().years(u"population"_s, RegionLevel::Prefecture))
            m_baseYear->addItem(QString::number(y), y);
        m_baseYear->setCurrentIndex(std::max(0, m_baseYear->findData(current)));
    }
    fillPyramidYears();
    readComponents();
    readStatic();
    m_stale = false;
    refresh();
}

std::optional<IndicatorInfo> PopulationView::indicatorInfo(const QString &id) const
{
    const auto it = m_infos.constFind(id);
    return it == m_infos.constEnd() ? std::nullopt : std::optional<IndicatorInfo>(*it);
}

void PopulationView::readComponents()
{
    m_componentIds = findChangeIndicators(m_infos.values(), [this](const QString &id) {
        return int(store().years(id, RegionLevel::Prefecture).size());
    });
    auto read = [this](const QString &id) {
        RegionYearValues out;
        if (id.isEmpty())
            return out;
        ObservationQuery q;
        q.indicator = id;
        q.level = RegionLevel::Prefecture;
        for (const Observation &o : store().observations(q))
            if (std::isfinite(o.value))   // a footnoted value ("-", "…") is a gap, not a zero
                out[o.region].insert(o.year, o.value);
        return out;
    };
    m_births = read(m_componentIds.births);
    m_deaths = read(m_componentIds.deaths);
    m_movedIn = read(m_componentIds.movedIn);
    m_movedOut = read(m_componentIds.movedOut);
    m_naturalChange = read(m_componentIds.natural);
}

void PopulationView::readStatic()
{
    m_flows.clear();
    m_flowYear = 0;
    m_population.clear();
    m_populationYear = 0;
    m_natural.clear();
    m_naturalYear = 0;
    // Social change: the latest year of inter-prefectural flows (all ages, both sexes).
    const QList<int> flowYears = store().years(u"migration"_s);
    if (!flowYears.isEmpty()) {
        m_flowYear = flowYears.last();
        for (const Flow &f : store().flows(u"migration"_s, m_flowYear))
            if (f.sex == u"total" && (f.ageClass.isEmpty() || f.ageClass == u"TOTAL"))
                m_flows.append(f);
        // Population for per 1,000: the most recent total at or before that year.
        int bestYear = 0;
        QString bestIndicator;
        for (const QString &indicator : {u"population"_s, kEstimateAge}) {
            for (int y : store().years(indicator, RegionLevel::Prefecture))
                if (y <= m_flowYear && y > bestYear) {
                    bestYear = y;
                    bestIndicator = indicator;
                }
        }
        if (bestYear > 0) {
            ObservationQuery q;
            q.indicator = bestIndicator;
            q.year = bestYear;
            q.level = RegionLevel::Prefecture;
            if (bestIndicator == kEstimateAge)
                q.ageClass = u"TOTAL"_s;
            m_population = store().values(q);
            m_populationYear = bestYear;
        }
    }
    if (m_componentIds.hasNatural()) {
        const bool fromBirths = !m_componentIds.births.isEmpty();
        const RegionYearValues &source = fromBirths ? m_births : m_naturalChange;
        QList<int> years;
        for (const YearValues &v : source)
            for (auto it = v.cbegin(); it != v.cend(); ++it)
                if (!years.contains(it.key()))
                    years.append(it.key());
        std::sort(years.begin(), years.end());
        int y = 0;
        for (int candidate : std::as_const(years))
            if (m_flowYear == 0 || candidate <= m_flowYear)
                y = candidate;
        if (y == 0 && !years.isEmpty())
            y = years.last();
        for (auto it = source.cbegin(); it != source.cend(); ++it) {
            const double first = it.value().value(y, std::numeric_limits<double>::quiet_NaN());
            const double deaths = fromBirths ? m_deaths.value(it.key()).value(y, std::numeric_limits<double>::quiet_NaN())
                                             : 0.0;
            if (std::isfinite(first) && std::isfinite(deaths))
                m_natural.insert(it.key(), first - deaths);
        }
        m_naturalYear = y;
    }
}

void PopulationView::fillRegionList()
{
    const QSignalBlocker block(m_regions);
    m_regions->clear();
    QStringList codes = m_names.keys();
    std::sort(codes.begin(), codes.end());
    for (const QString &code : std::as_const(codes)) {
        auto *item = new QListWidgetItem(m_names.value(code), m_regions);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    syncRegionList();
}

void PopulationView::syncRegionList()
{
    const QSignalBlocker block(m_regions);
    const QStringList codes = selection().codes();
    for (int i = 0; i < m_regions->count(); ++i) {
        QListWidgetItem *item = m_regions->item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void PopulationView::fillPyramidYears()
{
    const QSignalBlocker block(m_pyramidYear);
    const QString current = m_pyramidYear->currentData().toString();
    m_pyramidYear->clear();
    for (const QString &indicator : {kCensusAge, kEstimateAge}) {
        for (int year : store().years(indicator))
            m_pyramidYear->addItem(tr("%1 (%2)").arg(year).arg(surveyName(indicator)), pyramidKey(indicator, year));
    }
    // Default: the most recent.
    const int index = m_pyramidYear->findData(current);
    m_pyramidYear->setCurrentIndex(index >= 0 ? index : m_pyramidYear->count() - 1);
}

bool PopulationView::setPyramidYear(const QString &indicator, int year)
{
    const int index = m_pyramidYear->findData(pyramidKey(indicator, year));
    if (index < 0)
        return false;
    m_pyramidYear->setCurrentIndex(index);
    return true;
}

void PopulationView::setIndexed(bool on)
{
    m_indexed->setChecked(on);
}

bool PopulationView::indexed() const
{
    return m_indexed->isChecked();
}

void PopulationView::setOutlineVisible(bool on)
{
    m_outline->setChecked(on);
}

void PopulationView::setPercent(bool on)
{
    m_percent->setChecked(on);
}

QString PopulationView::regionName(const QString &code) const
{
    return m_names.value(code, code);
}

QString PopulationView::surveyName(const QString &indicator) const
{
    // The survey's own name, as the catalogue gives it (国勢調査, 人口推計).
    if (const std::optional<IndicatorInfo> info = indicatorInfo(indicator); info && !info->survey.isEmpty())
        return japanese() || info->sourceEn.isEmpty() ? info->survey : info->sourceEn.section(u", "_s, -1);
    return indicator;
}

QString PopulationView::sourceOf(const QString &indicator) const
{
    const std::optional<IndicatorInfo> info = indicatorInfo(indicator);
    if (!info)
        return {};
    return japanese() || info->sourceEn.isEmpty() ? info->sourceJa : info->sourceEn;
}

QString PopulationView::ageLabel(const QString &code) const
{
    return catalog::ageClassLabel(code, japanese());
}

QList<RegionSpec> PopulationView::selectedSpecs() const
{
    const QStringList codes = selection().codes();
    if (codes.isEmpty())
        return {RegionSpec{u"00"_s, regionName(u"00"_s), {u"00"_s}}};
    if (selection().aggregated() && codes.size() > 1) {
        QString label = tr("%n selected regions", nullptr, int(codes.size()));
        for (const RegionGroup &g : store().regionGroups())
            if (g.id == selection().groupId())
                label = japanese() ? g.nameJa : g.nameEn;
        return {RegionSpec{u"group:"_s + selection().groupId(), label, codes}};
    }
    QList<RegionSpec> specs;
    for (const QString &code : codes.mid(0, kMaxSeries))
        specs.append(RegionSpec{code, regionName(code), {code}});
    return specs;
}

PopulationInput PopulationView::readInput() const
{
    PopulationInput in;
    in.generation = m_generation;
    in.regions = selectedSpecs();
    for (const RegionSpec &spec : std::as_const(in.regions))
        for (const QString &m : spec.members)
            if (!in.census.contains(m))
                in.census.insert(m, store().series(u"population"_s, m));
    in.indexed = m_indexed->isChecked();
    in.baseYear = in.indexed ? m_baseYear->currentData().toInt() : 0;

    // Pyramid of the first region, and the other year as its outline.
    in.pyramidRegion = in.regions.first();
    in.percent = m_percent->isChecked();
    auto readRows = [&](const QString &indicator, int year) {
        QList<Observation> rows;
        for (const QString &m : std::as_const(in.pyramidRegion.members)) {
            ObservationQuery q;
            q.indicator = indicator;
            q.year = year;
            q.region = m;
            q.sex.reset();
            q.ageClass.reset();
            rows += store().observations(q);
        }
        return rows;
    };
    const QStringList key = m_pyramidYear->currentData().toString().split(u'|');
    if (key.size() == 2) {
        in.pyramidIndicator = key.at(0);
        in.pyramidYear = key.at(1).toInt();
        in.pyramidRows = readRows(in.pyramidIndicator, in.pyramidYear);
        if (m_outline->isChecked()) {
            // The other year: the farthest in time from the one shown.
            int best = -1;
            int bestDistance = 0;
            for (int i = 0; i < m_pyramidYear->count(); ++i) {
                const QStringList k = m_pyramidYear->itemData(i).toString().split(u'|');
                const int distance = k.size() == 2 ? std::abs(k.at(1).toInt() - in.pyramidYear) : 0;
                if (distance > bestDistance) {
                    best = i;
                    bestDistance = distance;
                }
            }
            if (best >= 0) {
                const QStringList k = m_pyramidYear->itemData(best).toString().split(u'|');
                in.outlineIndicator = k.at(0);
                in.outlineYear = k.at(1).toInt();
                in.outlineRows = readRows(in.outlineIndicator, in.outlineYear);
            }
        }
    }

    // Read once per reload(): they do not depend on the selection.
    in.flows = m_flows;
    in.flowYear = m_flowYear;
    in.population = m_population;
    in.populationYear = m_populationYear;
    // Components of change by year (read once in reload()); and, for the bar
    // chart, natural change in the latest year at or before the flows' year.
    in.components = m_componentIds;
    in.births = m_births;
    in.deaths = m_deaths;
    in.movedIn = m_movedIn;
    in.movedOut = m_movedOut;
    in.naturalChange = m_naturalChange;
    in.natural = m_natural;
    in.naturalYear = m_naturalYear;
    return in;
}

void PopulationView::refresh()
{
    ++m_generation;
    m_busy = true;
    const PopulationInput input = readInput();   // fast: a few indexed queries
    m_watcher->setFuture(QtConcurrent::run([input] { return computePopulation(input); }));
}

void PopulationView::apply(const PopulationResult &r)
{
    m_result = r;
    m_busy = false;

    // Time series.
    QList<widgets::Series> series;
    for (const SeriesSummary &s : r.series) {
        widgets::Series out;
        out.label = s.label;
        out.x = s.years;
        out.y = s.shown;
        if (!out.x.isEmpty())
            series.append(out);
    }
    m_series->setTitle(r.indexed ? tr("Population, index (%1 = 100)").arg(r.baseYear) : tr("Population (census)"));
    m_series->setAxisLabels(tr("Census year"), r.indexed ? tr("Index") : tr("Population"));
    m_series->setUnit(r.indexed ? QString() : tr("persons"));
    m_series->setSeries(series);

    // Pyramid and outline.
    auto toData = [&](const PyramidSummary &p) {
        widgets::PyramidData d;
        if (!p.valid)
            return d;
        d.label = QString::number(p.year);
        for (const QString &age : p.ageCodes)
            d.ageLabels.append(ageLabel(age));
        d.male = p.male;
        d.female = p.female;
        if (r.percent) {
            for (double &v : d.male)
                v = 100.0 * v / p.knownTotal;
            for (double &v : d.female)
                v = 100.0 * v / p.knownTotal;
        }
        return d;
    };
    m_pyramid->setPercent(r.percent);
    m_pyramid->setUnit(r.percent ? tr("% of the population of known age") : tr("persons"));
    m_pyramid->setEmptyText(tr("No population by age and sex for %1 in %2.").arg(r.pyramid.label).arg(r.pyramid.year));
    m_pyramid->setPyramid(toData(r.pyramid));
    m_pyramid->setOutline(toData(r.outline));
    m_pyramid->setTitle(r.pyramid.valid ? tr("%1: population by age and sex, %2 (%3)")
                                              .arg(r.pyramid.label)
                                              .arg(r.pyramid.year)
                                              .arg(surveyName(r.pyramid.indicator))
                                        : tr("Population by age and sex"));

    // Social (and natural) change of the flows' year. Natural change joins the
    // bars only when it is of the same year; otherwise the chart by year shows it.
    const bool naturalBars = r.hasNatural && r.naturalYear == r.flowYear;
    widgets::NetBarData change;
    for (const ChangeSummary &c : r.change) {
        if (!std::isfinite(c.net))
            continue;
        change.categories.append(naturalBars ? tr("%1 social").arg(c.label) : c.label);
        change.values.append(c.net);
        if (naturalBars) {
            change.categories.append(tr("%1 natural").arg(c.label));
            change.values.append(c.natural);
        }
    }
    m_change->setTitle(r.flowYear > 0 ? (naturalBars ? tr("Social and natural change, %1").arg(r.flowYear)
                                                     : tr("Social change %1: net migration").arg(r.flowYear))
                                      : tr("Social change"));
    m_change->setUnit(tr("persons"));
    m_change->setEmptyText(r.flowYear > 0 ? tr("Select prefectures to see their net migration.")
                                          : tr("No migration data in the store."));
    m_change->setData(change);
    if (naturalBars)
        m_naturalNote->setText(tr("Natural change = births − deaths, %1.").arg(r.naturalYear));
    else if (r.components.hasNatural())
        m_naturalNote->setText(tr("Inter-prefectural migration in %1 (住民基本台帳人口移動報告). Natural change is "
                                  "in the chart by year above.")
                                   .arg(r.flowYear));
    else
        m_naturalNote->setText(
            tr("Natural change (births − deaths) is not in the store, so only social change is shown."));

    // Natural vs social change by year: two lines per region.
    constexpr int kMaxComponentRegions = 4;
    QList<widgets::Series> components;
    for (const ComponentSeries &c : r.componentSeries.mid(0, kMaxComponentRegions)) {
        if (r.components.hasNatural())
            components.append({tr("%1 natural").arg(c.label), c.years, c.natural});
        if (r.components.hasSocial())
            components.append({tr("%1 social").arg(c.label), c.years, c.social});
    }
    m_componentsBox->setVisible(!r.components.isEmpty());
    m_components->setTitle(tr("Natural and social change by year"));
    m_components->setAxisLabels(tr("Year"), tr("Change"));
    m_components->setUnit(tr("persons"));
    m_components->setSeries(components);
    addLegendHeadroom(m_components);
    m_componentNote->setText(componentsNote());

    // Sources.
    QStringList parts;
    for (const QString &s : sources())
        parts << s.toHtmlEscaped();
    m_source->setText(tr("<b>Source:</b> %1").arg(parts.join(u"; "_s)));
    m_commentary->setHtml(commentary());
    m_howTo->setText(howToRead());
    emit contentChanged();
}

QString PopulationView::howToRead() const
{
    return tr("The line chart shows the census population of each selected region (1 October, every five years). "
              "With “Index”, every line is divided by its value in the base year and multiplied by 100: lines start "
              "at 100 and show growth rather than size, so a small prefecture can be compared with Tokyo. "
              "The pyramid shows men to the left and women to the right by 5-year age class, youngest at the "
              "bottom. A wide base means many children; a base narrower than the middle means births have fallen; "
              "a heavy top means an ageing population. The black outline is the other year: where a bar reaches "
              "past it, that age class has grown. Social change is the number of people who moved in from other "
              "prefectures minus those who moved out; natural change is births minus deaths. Where the store has births, "
              "deaths and movers by year (e.g. SSDSE-B), the chart beside the population shows both per year: a line "
              "below zero is a loss, and the line farther from zero is the one that drives population change.");
}

QString PopulationView::commentary() const
{
    const PopulationResult &r = m_result;
    QString html;
    // Population: size and change, region by region.
    for (const SeriesSummary &s : r.series) {
        if (!std::isfinite(s.lastValue))
            continue;
        QString p = tr("<b>%1</b> had %2 inhabitants in the %3 census")
                        .arg(s.label.toHtmlEscaped(), count(s.lastValue))
                        .arg(s.lastYear);
        if (std::isfinite(s.previousValue) && s.previousValue > 0)
            p += tr(", %1% compared with %2 (%3)")
                     .arg(signedPercent(100.0 * (s.lastValue / s.previousValue - 1.0)))
                     .arg(s.previousYear)
                     .arg(count(s.previousValue));
        if (std::isfinite(s.firstValue) && s.firstYear != s.previousYear && s.firstValue > 0)
            p += tr(" and %1% since %2").arg(signedPercent(100.0 * (s.lastValue / s.firstValue - 1.0))).arg(s.firstYear);
        p += tr(".", "end of a sentence");
        if (s.peakYear != s.lastYear && std::isfinite(s.peakValue))
            p += tr(" Its peak was %1 in %2.").arg(count(s.peakValue)).arg(s.peakYear);
        else if (s.years.size() > 1)
            p += tr(" That is the highest in the series.");
        html += u"<p>"_s + p + u"</p>"_s;
    }
    if (r.series.size() > 1) {
        // Which selected region grew most since the previous census.
        const SeriesSummary *best = nullptr;
        const SeriesSummary *worst = nullptr;
        auto growth = [](const SeriesSummary &s) { return s.lastValue / s.previousValue - 1.0; };
        for (const SeriesSummary &s : r.series) {
            if (!std::isfinite(s.lastValue) || !(s.previousValue > 0))
                continue;
            if (!best || growth(s) > growth(*best))
                best = &s;
            if (!worst || growth(s) < growth(*worst))
                worst = &s;
        }
        if (best && worst && best != worst)
            html += u"<p>"_s
                + tr("Since the previous census, %1 grew fastest of the selected regions (%2%) and %3 least (%4%).")
                      .arg(best->label.toHtmlEscaped(), signedPercent(100.0 * growth(*best)),
                           worst->label.toHtmlEscaped(), signedPercent(100.0 * growth(*worst)))
                + u"</p>"_s;
    }

    // Age structure.
    const PyramidSummary &p = r.pyramid;
    if (p.valid) {
        QString text = tr("In %1 (%2), people aged 65 and over made up %3% of %4's population of known age "
                          "(15–64: %5%, under 15: %6%).")
                           .arg(p.year)
                           .arg(surveyName(p.indicator).toHtmlEscaped())
                           .arg(percent(p.share65plus))
                           .arg(p.label.toHtmlEscaped())
                           .arg(percent(p.share15to64))
                           .arg(percent(p.shareUnder15));
        const PyramidSummary &o = r.outline;
        if (o.valid)
            text += tr(" In %1 (%2) the share aged 65 and over was %3%, so it changed by %4 points.")
                        .arg(o.year)
                        .arg(surveyName(o.indicator).toHtmlEscaped())
                        .arg(percent(o.share65plus))
                        .arg(signedPercent(p.share65plus - o.share65plus));
        text += tr(" The largest 5-year class is %1 (%2 people).").arg(ageLabel(p.largestClass), count(p.largestValue));
        html += u"<p>"_s + text + u"</p>"_s;
    } else if (!p.indicator.isEmpty()) {
        html += u"<p>"_s
            + tr("The store has no population by age and sex for %1 in %2.").arg(p.label.toHtmlEscaped()).arg(p.year)
            + u"</p>"_s;
    }

    // Social and natural change.
    for (const ChangeSummary &c : r.change) {
        if (!std::isfinite(c.net))
            continue;
        QString text = c.net >= 0
            ? tr("Social change: in %1, %2 gained %3 people net from other prefectures (in %4, out %5)")
                  .arg(r.flowYear)
                  .arg(c.label.toHtmlEscaped(), count(c.net), count(c.in), count(c.out))
            : tr("Social change: in %1, %2 lost %3 people net to other prefectures (in %4, out %5)")
                  .arg(r.flowYear)
                  .arg(c.label.toHtmlEscaped(), count(-c.net), count(c.in), count(c.out));
        if (std::isfinite(c.perThousand))
            text += tr(", %1 per 1,000 inhabitants (population %2)")
                        .arg((c.perThousand < 0 ? u"−"_s : QString())
                             + QLocale(QLocale::English).toString(std::abs(c.perThousand), 'f', 1))
                        .arg(r.populationYear);
        text += tr(".", "end of a sentence");
        if (r.hasNatural && std::isfinite(c.natural))
            text += tr(" Natural change in %1: %2.").arg(r.naturalYear).arg(signedCount(c.natural));
        html += u"<p>"_s + text + u"</p>"_s;
    }
    if (r.flowYear == 0)
        html += u"<p>"_s + tr("The store has no migration flows, so social change cannot be shown.") + u"</p>"_s;
    html += componentsCommentary();
    if (!r.hasNatural)
        html += u"<p style='color:#555'>"_s
            + tr("Natural change (births minus deaths) is not in the store, so population change cannot be split "
                 "into its natural and social parts here.")
            + u"</p>"_s;
    return html;
}

QString PopulationView::indicatorName(const QString &id) const
{
    const std::optional<IndicatorInfo> info = indicatorInfo(id);
    if (!info)
        return id;
    // Imported indicators carry the file's header as nameJa and the id as nameEn.
    return !japanese() && !info->nameEn.isEmpty() && info->nameEn != id ? info->nameEn : info->nameJa;
}

QString PopulationView::componentsNote() const
{
    const PopulationResult &r = m_result;
    const ChangeIndicators &ids = r.components;
    if (ids.isEmpty())
        return {};
    QStringList parts;
    if (!ids.births.isEmpty())
        parts << tr("Natural change (自然増減) = %1 − %2.").arg(indicatorName(ids.births), indicatorName(ids.deaths));
    else if (!ids.natural.isEmpty())
        parts << tr("Natural change (自然増減) = %1.").arg(indicatorName(ids.natural));
    else
        parts << tr("Births and deaths are not in the store, so natural change is not shown.");
    if (ids.hasSocial())
        parts << tr("Social change (社会増減) = %1 − %2: people moving in from and out to other prefectures; "
                    "moves within a prefecture are not counted.")
                     .arg(indicatorName(ids.movedIn), indicatorName(ids.movedOut));
    else
        parts << tr("Movers in and out are not in the store, so social change by year is not shown.");
    bool summed = false;
    for (const ComponentSeries &c : r.componentSeries)
        summed = summed || c.members > 1;
    if (summed && ids.hasSocial())
        parts << tr("Groups and Japan are sums over their prefectures: their in and out then include moves between "
                    "member prefectures, which cancel in the social change (for Japan as a whole it is zero).");
    if (r.componentSeries.size() > 4)
        parts << tr("The first 4 regions are shown.");
    return parts.join(u' ');
}

QString PopulationView::componentsCommentary() const
{
    const PopulationResult &r = m_result;
    if (r.components.isEmpty())
        return {};
    QString html;
    const QString source = surveyName(r.components.used().value(0)).toHtmlEscaped();
    for (const ComponentSeries &c : r.componentSeries) {
        const QString label = c.label.toHtmlEscaped();
        if (c.latestYear == 0) {
            html += u"<p>"_s + tr("%1 has no births, deaths or movers in %2.").arg(label, source) + u"</p>"_s;
            continue;
        }
        const qsizetype i = c.years.indexOf(double(c.latestYear));
        QStringList said;
        if (std::isfinite(c.latestNatural))
            said << (std::isfinite(c.births.value(i, kNaN()))
                         ? tr("natural change %1 (births %2, deaths %3)")
                               .arg(signedCount(c.latestNatural), count(c.births.at(i)), count(c.deaths.at(i)))
                         : tr("natural change %1").arg(signedCount(c.latestNatural)));
        if (std::isfinite(c.latestSocial))
            said << tr("social change %1 (in %2, out %3)")
                        .arg(signedCount(c.latestSocial), count(c.in.at(i)), count(c.out.at(i)));
        QString text = tr("<b>%1</b>, %2 (%3): %4.").arg(label).arg(c.latestYear).arg(source, said.join(tr("; ")));
        if (std::isfinite(c.latestNatural) && std::isfinite(c.latestSocial)) {
            const double sum = c.latestNatural + c.latestSocial;
            text += std::abs(c.latestNatural) >= std::abs(c.latestSocial)
                ? tr(" Natural change is the larger of the two; together %1.").arg(signedCount(sum))
                : tr(" Social change is the larger of the two; together %1.").arg(signedCount(sum));
            // Sign counts over the years both are known.
            int years = 0;
            int naturalLoss = 0;
            int socialGain = 0;
            for (qsizetype k = 0; k < c.years.size(); ++k) {
                if (!std::isfinite(c.natural.at(k)) || !std::isfinite(c.social.at(k)))
                    continue;
                ++years;
                naturalLoss += c.natural.at(k) < 0 ? 1 : 0;
                socialGain += c.social.at(k) > 0 ? 1 : 0;
            }
            if (years > 1)
                text += tr(" In %1 of %2 years from %3 to %4 natural change was negative; in %5 social change was "
                           "positive.")
                            .arg(naturalLoss)
                            .arg(years)
                            .arg(int(c.years.first()))
                            .arg(c.latestYear)
                            .arg(socialGain);
        }
        auto yearList = [](const QList<int> &years) {
            QStringList out;
            for (int y : years)
                out << QString::number(y);
            return out.join(u", "_s);
        };
        if (!c.naturalGaps.isEmpty())
            text += tr(" No births or deaths for %1 in %2 (gaps in the chart).").arg(label, yearList(c.naturalGaps));
        if (!c.socialGaps.isEmpty())
            text += tr(" No movers in or out for %1 in %2 (gaps in the chart).").arg(label, yearList(c.socialGaps));
        html += u"<p>"_s + text + u"</p>"_s;
    }
    return html;
}

QList<PageFigure> PopulationView::figures() const
{
    QList<PageFigure> out;
    out.append({u"population_series"_s, m_series->title(), [this](QPainter *painter, const QRectF &target) {
                    widgets::renderPlot(m_series->plot(), painter, target);
                }});
    out.append({u"population_pyramid"_s, m_pyramid->title(), [this](QPainter *painter, const QRectF &target) {
                    m_pyramid->render(painter, target);
                }});
    out.append({u"population_change"_s, m_change->title(), [this](QPainter *painter, const QRectF &target) {
                    m_change->render(painter, target);
                }});
    if (!m_result.componentSeries.isEmpty())
        out.append({u"population_components"_s, m_components->title(), [this](QPainter *painter, const QRectF &target) {
                        widgets::renderPlot(m_components->plot(), painter, target);
                    }});
    return out;
}

QStringList PopulationView::sources() const
{
    QStringList out;
    for (const QString &id : {u"population"_s, kCensusAge, kEstimateAge, u"migration"_s}) {
        const QString s = sourceOf(id);
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    }
    // The components of change, with the items used.
    QHash<QString, QStringList> items;
    QStringList order;
    for (const QString &id : m_componentIds.used()) {
        const QString s = sourceOf(id);
        if (s.isEmpty())
            continue;
        if (!items.contains(s))
            order << s;
        items[s] << indicatorName(id);
    }
    for (const QString &s : std::as_const(order)) {
        const QString entry = tr("%1 (%2)").arg(s, items.value(s).join(u", "_s));
        if (!out.contains(entry))
            out << entry;
    }
    return out;
}

void PopulationView::setLargeFonts(bool on)
{
    m_large = on;
    m_series->setLargeFonts(on);
    m_pyramid->setLargeFonts(on);
    m_change->setLargeFonts(on);
    m_components->setLargeFonts(on);
    addLegendHeadroom(m_components);
    QFont f = font();
    f.setPointSizeF(on ? 13.0 : QFont().pointSizeF());
    for (QWidget *w : {static_cast<QWidget *>(m_commentary), static_cast<QWidget *>(m_howTo),
                       static_cast<QWidget *>(m_naturalNote), static_cast<QWidget *>(m_componentNote),
                       static_cast<QWidget *>(m_source)})
        w->setFont(f);
}

void PopulationView::showEvent(QShowEvent *event)
{
    AnalysisPage::showEvent(event);
    catchUp();
}

void PopulationView::catchUp()
{
    if (!m_stale)
        return;
    m_stale = false;
    syncRegionList();
    refresh();
}

void PopulationView::waitForIdle()
{
    catchUp();
    drainWatcher(*m_watcher, [this] { return m_busy; });
}

} // namespace regionlens::app
