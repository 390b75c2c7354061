// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectionview.h"

#include "analysisviewsupport.h"
#include "catalogsource.h"
#include "datasets/catalogsnapshot.h"
#include "datasets/store.h"
#include "jobrunner.h"
#include "maplevelcontrol.h"
#include "pageframe.h"
#include "projectioncommentary.h"
#include "panescrollarea.h"
#include "projectionfigures.h"
#include "projectionpanel.h"
#include "regionselection.h"
#include "widgets/choroplethmap.h"
#include "widgets/pyramidchart.h"
#include "widgets/timeserieschart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;
using namespace regionlens::app::projectionfigures;
namespace projection = regionlens::datasets::projection;

namespace regionlens::app {

namespace {

constexpr int kPastFrom = 1970;   // the first census on the chart of the total

// The result has the region's or the group's row.
bool holds(const projection::Result &r, const QString &code)
{
    return r.row(code) >= 0
        || std::any_of(r.groups.cbegin(), r.groups.cend(), [&](const RegionAggregate &g) { return g.code == code; });
}

} // namespace

ProjectionView::ProjectionView(const PageContext &context, QWidget *parent) : MapPage(context, parent)
{
    init();
}

ProjectionView::ProjectionView(Store &store, RegionSelection &selection, bool japanese, QWidget *parent)
    : MapPage(store, selection, japanese, parent)
{
    init();
}

ProjectionView::~ProjectionView() = default;

void ProjectionView::init()
{
    m_slots[0].runner = addRunner();
    m_slots[1].runner = addRunner();
    m_textTimer = new QTimer(this);
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(120);
    connect(m_textTimer, &QTimer::timeout, this, &ProjectionView::flushText);
    buildUi();
    retranslateUi();
    onSelectionChanged([this] { selectionChanged(); });
    reload();
}

void ProjectionView::retranslateUi()
{
    m_pyramid->setSexLabels(tr("Male"), tr("Female"));
    m_pyramid->setUnit(tr("persons"));
}

QString ProjectionView::title() const
{
    return tr("Population projection");
}

void ProjectionView::buildUi()
{
    m_mapScenario = new QComboBox(this);
    m_mapScenario->setObjectName(u"mapScenario"_s);
    m_mapScenario->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mapScenario->setMinimumContentsLength(22);
    m_year = new QSlider(Qt::Horizontal, this);
    m_year->setObjectName(u"yearSlider"_s);
    m_year->setPageStep(1);
    m_year->setMinimumWidth(120);
    m_yearLabel = new QLabel(this);
    m_yearLabel->setMinimumWidth(m_yearLabel->fontMetrics().horizontalAdvance(u"0000"_s) * 3 / 2);   // projector fonts too
    frame().addControl(tr("Scenario shown"), m_mapScenario, 0);
    frame().addControl(tr("Year"), m_year);
    frame().addControl(QString(), m_yearLabel, 4);
    frame().addScaledText(m_yearLabel);

    m_total = new widgets::TimeSeriesChart(this);
    m_total->setMinimumSize(300, 200);
    m_ageing = new widgets::TimeSeriesChart(this);
    m_ageing->setMinimumSize(300, 160);
    m_pyramid = new widgets::PyramidChart(this);
    m_pyramid->setMinimumSize(300, 220);
    m_ages = new widgets::TimeSeriesChart(this);
    m_ages->setMinimumSize(300, 160);
    // Each pair scrolls when the tab is lower than their readable heights
    // (projector fonts raise them: setLargeFonts()).
    frame().addTab(new PaneScrollArea(stacked(m_total, m_ageing, 3, 2, this), this), tr("Population and ageing"));
    frame().addTab(new PaneScrollArea(stacked(m_pyramid, m_ages, 3, 2, this), this), tr("Age structure"));
    widgets::ChoroplethMap *map = pageMap()->map();
    map->setDivergingCentre(100.0);
    map->setClassification(u"quantile"_s, 6);
    map->setMinimumSize(300, 260);
    m_mapTab = frame().addTab(pageMap()->panel(), tr("Map"));
    frame().setSidePanel(buildScenarioPanel());

    frame().addFigure(u"projection_total"_s, m_total);
    frame().addFigure(u"projection_ageing"_s, m_ageing);
    frame().addFigure(u"projection_pyramid"_s, m_pyramid);
    frame().addFigure(u"projection_ages"_s, m_ages);
    frame().addFigure(u"projection_map"_s, map);

    connect(m_mapScenario, &QComboBox::currentIndexChanged, this, &ProjectionView::redraw);
    connect(m_year, &QSlider::valueChanged, this, [this] {
        m_chosenYear = year();
        redrawYear();
    });
    connect(pageMap(), &PageMap::levelChanged, this, [this] {
        frame().tabs()->setCurrentIndex(m_mapTab);   // where the level chooser is
        recomputeMunicipal();
        redraw();
    });
    connect(pageMap(), &PageMap::filterChanged, this, &ProjectionView::showMap);
    connect(pageMap(), &PageMap::picked, this, [this](bool sharedChanged) {
        recomputeMunicipal();
        if (!sharedChanged)
            redraw();
    });
}

QWidget *ProjectionView::buildScenarioPanel()
{
    auto *panel = new ProjectionScenarioPanel(this);
    m_show = panel->shown;
    m_tfr = panel->tfr;
    m_tfrYear = panel->tfrYear;
    m_zeroFrom = panel->zeroFrom;
    m_horizon = panel->horizon;
    for (QCheckBox *check : std::as_const(m_show)) {
        m_mapScenario->addItem(check->objectName(), check->objectName());   // texts set by redraw()
        connect(check, &QCheckBox::toggled, this, &ProjectionView::redraw);
    }
    for (QWidget *text : std::initializer_list<QWidget *>{panel->note, m_tfr, m_tfrYear, m_zeroFrom})
        frame().addScaledText(text);
    connect(m_tfr, &QDoubleSpinBox::valueChanged, this, &ProjectionView::recomputeScenarios);
    connect(m_tfrYear, &QSpinBox::valueChanged, this, &ProjectionView::recomputeScenarios);
    connect(m_zeroFrom, &QSpinBox::valueChanged, this, &ProjectionView::recomputeScenarios);
    connect(m_horizon, &QComboBox::currentIndexChanged, this, [this] {
        m_chosenYear = 0;
        recompute();
        if (municipal())
            start(1, true);
    });
    return panel;
}

void ProjectionView::reload()
{
    setRegionNames(catalogSource().qualifiedRegionNames());
    pageMap()->reload(catalogSource());
    for (Slot &slot : m_slots)
        slot.page = {};   // the data may have changed: read again
    recompute();
    recomputeMunicipal();
}

projection::Request ProjectionView::request() const
{
    projection::Request r;
    r.horizon = horizon();
    r.scenarios = projection::scenarioNames();   // all four: showing one more is a redraw
    r.tfrTarget = m_tfr->value();
    r.tfrYear = m_tfrYear->value();
    r.migrationZeroFrom = m_zeroFrom->value();
    r.groups = selectionAggregates(selection());
    if (r.groups.isEmpty())
        r.regions = {focusRegion()};
    return r;
}

projection::Request ProjectionView::municipalRequest() const
{
    projection::Request r = request();
    r.groups.clear();
    // The municipality picked, else any: every municipality with an age table is projected together.
    const QList<Region> all = catalog().regions(RegionLevel::Municipality);
    const QString picked = pickedMunicipality();
    r.regions = {!picked.isEmpty() ? picked : all.isEmpty() ? QString() : all.first().code};
    return r;
}

void ProjectionView::recompute()
{
    start(0, true);
}

void ProjectionView::recomputeScenarios()
{
    start(0, false);
    if (municipal())
        start(1, false);
}

void ProjectionView::recomputeMunicipal()
{
    // Every municipality with an age table is projected at once: read once per level change and data.
    if (municipal() && !m_slots[1].page.inputs && !m_slots[1].loading)
        start(1, true);
}

void ProjectionView::start(int which, bool reread)
{
    Slot &slot = m_slots[which];
    const bool municipalLevel = which == 1;
    const projection::Request r = municipalLevel ? municipalRequest() : request();
    if (r.regions.value(0).isEmpty() && r.groups.isEmpty())
        return;
    auto spare = std::make_shared<projection::Result>(std::move(slot.spare));
    auto deliver = [this, which](ProjectionPageResult page) {
        Slot &s = m_slots[which];
        s.spare = std::move(s.page.result);
        s.page = std::move(page);
        s.loading = false;
        if (which == 0 || municipal())
            redraw();
    };
    if (reread || slot.loading || !slot.page.inputs || slot.horizon != r.horizon) {
        // Age tables, survival, TFR and the censuses read on a worker, then projected there.
        slot.loading = true;
        slot.horizon = r.horizon;
        // The level of the region projected (a municipality selected in the
        // region bar has its municipal base), or the municipal map's.
        const RegionLevel level = municipalLevel || regionLevelOf(r.regions.value(0)) == RegionLevel::Municipality
                                      ? RegionLevel::Municipality
                                      : RegionLevel::Prefecture;
        slot.runner->run(
            [r, level](const Store &store) {
                projection::Request request = r;
                if (level == RegionLevel::Municipality) {
                    // The municipal base (住基 2022 in the starter pack); the horizon nearest the page's.
                    projection::applyLevelDefaults(store, &request, false, false);
                    request.horizon = request.baseYear + 5 * std::max(1, int(std::lround((r.horizon - request.baseYear) / 5.0)));
                }
                ProjectionPageResult in;
                in.inputs = std::make_shared<const projection::Inputs>(projection::load(store, request));
                in.census = readCensus(store, level, r.groups);
                return in;
            },
            [spare](const ProjectionPageResult &in, const analysis::ProgressFn &progress) {
                ProjectionPageResult out = in;
                out.result = projection::compute(*in.inputs, progress, std::move(*spare));
                return out;
            },
            deliver);
        return;
    }
    // A scenario change: the inputs already read, the new targets, the previous buffers.
    slot.runner->runCompute(
        [inputs = slot.page.inputs, census = slot.page.census, r, spare](const analysis::ProgressFn &progress) {
            projection::Inputs in = *inputs;
            in.request.tfrTarget = r.tfrTarget;
            in.request.tfrYear = r.tfrYear;
            in.request.migrationZeroFrom = r.migrationZeroFrom;
            ProjectionPageResult out;
            out.result = projection::compute(in, progress, std::move(*spare));
            out.inputs = std::make_shared<const projection::Inputs>(std::move(in));
            out.census = census;
            return out;
        },
        deliver);
}

void ProjectionView::selectionChanged()
{
    pageMap()->followSelection();
    if (!holds(m_slots[0].page.result, focusRegion()))
        recompute();
    else
        redraw();
}

QString ProjectionView::pickedMunicipality() const
{
    const QStringList picked = municipalSelection();
    return municipal() && !picked.isEmpty() ? picked.first() : QString();
}

bool ProjectionView::municipalShown() const
{
    const QString picked = pickedMunicipality();
    return !picked.isEmpty() && m_slots[1].page.result.row(picked) >= 0;
}

QString ProjectionView::shownRegion() const
{
    return municipalShown() ? pickedMunicipality() : focusRegion();
}

const ProjectionPageResult &ProjectionView::shown() const
{
    return m_slots[municipalShown() ? 1 : 0].page;
}

projection::RegionSeries ProjectionView::series(const QString &scenario) const
{
    return shown().result.series(shownRegion(), scenario);
}

QStringList ProjectionView::shownScenarios() const
{
    QStringList out;
    for (QCheckBox *check : m_show)
        if (check->isChecked())
            out << check->objectName();
    return out;
}

void ProjectionView::setScenarioShown(const QString &scenario, bool shown)
{
    for (QCheckBox *check : std::as_const(m_show))
        if (check->objectName() == scenario)
            check->setChecked(shown);
}

void ProjectionView::setTfrTarget(double tfr, int year)
{
    const bool yearChanges = m_tfrYear->value() != year;
    {
        const QSignalBlocker block(m_tfr);
        m_tfr->setValue(tfr);
    }
    m_tfrYear->setValue(year);   // recomputes once, with both
    if (!yearChanges)
        recomputeScenarios();
}

void ProjectionView::setMigrationZeroFrom(int year)
{
    m_zeroFrom->setValue(year);
}

void ProjectionView::setYear(int year)
{
    const QVector<int> years = series(mapScenario()).years;
    if (const int i = int(years.indexOf(year)); i >= 0)
        m_year->setValue(i);   // sets m_chosenYear
}

int ProjectionView::year() const
{
    return series(mapScenario()).years.value(m_year->value());
}

QString ProjectionView::label(const QString &scenario) const
{
    return projectionScenarioLabel(scenario, m_tfr->value(), m_tfrYear->value(), m_zeroFrom->value());
}

void ProjectionView::redraw()
{
    // Labels follow the targets (set only when they change: a new text lays the panel out again).
    for (int i = 0; i < m_show.size(); ++i) {
        const QString text = label(m_show.at(i)->objectName());
        if (m_show.at(i)->text() != text) {
            m_show.at(i)->setText(text);
            m_mapScenario->setItemText(i, text);
        }
    }
    {
        // The slider spans the projected years; the chosen year stays (default: the horizon).
        const QVector<int> years = series(mapScenario()).years;
        const QSignalBlocker block(m_year);
        m_year->setRange(0, std::max(0, int(years.size()) - 1));
        const int i = int(years.indexOf(m_chosenYear));
        m_year->setValue(i >= 0 ? i : m_year->maximum());
    }
    showTotal();
    showAges();
    redrawYear();
}

void ProjectionView::redrawYear()
{
    if (const QString text = QString::number(year()); text != m_yearLabel->text())
        m_yearLabel->setText(text);
    showPyramid();
    showMap();
    // The words follow in an event of their own once the changes pause: laying out the rich text of the
    // commentary costs more than the charts, and a spin box held down would lay it out at every step.
    m_textTimer->start();
}

void ProjectionView::flushText()
{
    m_textTimer->stop();
    refreshText();
    emit contentChanged();
}

void ProjectionView::setLargeFonts(bool on)
{
    // Legend entries and check boxes as tall as the projector font's text (descenders were cut).
    for (widgets::TimeSeriesChart *chart : {m_total, m_ageing, m_ages})
        chart->plot()->legend->setIconSize(32, on ? 28 : 18);
    // Heights at which title, axes, a legend of four or five rows and the
    // plot all fit in projector fonts (the ageing chart's ticks ran together
    // in 208 px at 1280 × 720): the tab scrolls instead.
    m_total->setMinimumSize(300, on ? 340 : 200);
    m_ageing->setMinimumSize(300, on ? 300 : 160);
    m_pyramid->setMinimumSize(300, on ? 320 : 220);
    m_ages->setMinimumSize(300, on ? 300 : 160);
    MapPage::setLargeFonts(on);
    for (QCheckBox *check : std::as_const(m_show))
        check->setMinimumHeight(on ? check->fontMetrics().height() + 6 : 0);
}

void ProjectionView::waitForIdle()
{
    MapPage::waitForIdle();
    if (m_textTimer->isActive())
        flushText();
}

void ProjectionView::showTotal()
{
    const QString region = shownRegion();
    QList<widgets::Series> lines{censusLine(tr("Census"), shown().census.value(region), kPastFrom)};
    lines.removeIf([](const widgets::Series &line) { return line.x.isEmpty(); });
    QList<widgets::Series> ageing;
    for (int k = 0; k < m_show.size(); ++k) {
        const projection::RegionSeries s = series(m_show.at(k)->objectName());
        if (m_show.at(k)->isChecked() && s.valid) {
            lines << scenarioLine(m_show.at(k)->text(), s, s.total, k);
            ageing << scenarioLine(m_show.at(k)->text(), s, s.share65plus, k);
        }
    }
    const widgets::AnalysisChart::Batch batch(m_total);
    m_total->setTitle(tr("%1: population, censuses and projection").arg(regionName(region)));
    m_total->setAxisLabels(tr("Year"), tr("Population"));
    m_total->setUnit(tr("persons"));
    m_total->setSeries(lines);
    const widgets::AnalysisChart::Batch batch2(m_ageing);
    m_ageing->setTitle(tr("Share aged 65 and over (高齢化率)"));
    m_ageing->setAxisLabels(tr("Year"), tr("Share"));
    m_ageing->setUnit(u"%"_s);   // per cent of a share: the same in both languages (tr("%") was translated 増減率（%）, a change rate)
    m_ageing->setSeries(ageing);
}

void ProjectionView::showAges()
{
    const widgets::AnalysisChart::Batch batch(m_ages);
    m_ages->setTitle(tr("Age groups: %1").arg(label(mapScenario())));
    m_ages->setAxisLabels(tr("Year"), tr("Population"));
    m_ages->setUnit(tr("persons"));
    m_ages->setSeries(ageGroupLines(series(mapScenario()), {tr("0–14"), tr("15–64"), tr("65 and over")}));
}

void ProjectionView::showPyramid()
{
    const projection::RegionSeries s = series(mapScenario());
    const int j = m_year->value();
    const widgets::AnalysisChart::Batch batch(m_pyramid);
    m_pyramid->setTitle(s.valid ? tr("%1: population by age and sex, %2 (%3)")
                                      .arg(regionName(shownRegion()))
                                      .arg(s.years.value(j))
                                      .arg(label(mapScenario()))
                                : tr("Population by age and sex"));
    m_pyramid->setEmptyText(tr("No projection for %1.").arg(regionName(shownRegion())));
    m_pyramid->setPyramid(pyramid(s, j, japanese()));
    m_pyramid->setOutline(j > 0 ? pyramid(s, 0, japanese()) : widgets::PyramidData());
}

int ProjectionView::mapYear() const
{
    // The projected year of the map's result nearest the chosen one (municipalities: 2022, 2027, …).
    const projection::Result &r = m_slots[municipal() ? 1 : 0].page.result;
    int best = 0;
    for (int y : r.projection.scenarios.empty() ? std::vector<int>() : r.projection.scenarios.front().years)
        if (best == 0 || std::abs(y - year()) < std::abs(best - year()))
            best = y;
    return best;
}

void ProjectionView::showMap()
{
    const bool muni = municipal();
    const Slot &slot = m_slots[muni ? 1 : 0];
    const projection::Result &r = slot.page.result;
    const int y = mapYear();
    const int base = r.projection.scenarios.empty() ? 0 : r.projection.scenarios.front().years.front();
    widgets::ChoroplethMap *map = pageMap()->map();
    map->setTitle(tr("Population index %1 (%2 = 100)").arg(y).arg(base) + pageMap()->titleSuffix());
    map->setUnit(tr("index"));
    map->setSourceText(tr("%1; below 100 = fewer people").arg(label(mapScenario())));
    pageMap()->showValues(r.error.isEmpty() ? r.indexByRegion(mapScenario(), y) : QHash<QString, double>());
    if (muni && !r.error.isEmpty())
        pageMap()->levels()->setNote(tr("No municipal projection (%1).").arg(r.error));
    else if (muni && (slot.loading || !slot.page.inputs))
        pageMap()->levels()->setNote(tr("Projecting the municipalities…"));
    else
        pageMap()->levels()->setNote(QString());
}

QString ProjectionView::commentary() const
{
    ProjectionCommentaryInput in;
    const ProjectionPageResult &page = shown();
    in.regionCode = shownRegion();
    in.regionName = regionName(in.regionCode);
    in.noSelection = selection().isEmpty() && !municipalShown();
    in.error = page.result.error;
    for (const QString &name : shownScenarios())
        in.series << series(name);
    in.tfrTarget = m_tfr->value();
    in.tfrYear = m_tfrYear->value();
    in.migrationZeroFrom = m_zeroFrom->value();
    if (page.inputs) {
        in.ratesFrom = page.inputs->request.rateStart();
        const int row = int(page.inputs->codes.indexOf(in.regionCode));
        if (row >= 0 && row < page.inputs->tfr.size()) {
            in.currentTfr = page.inputs->tfr(row);
            in.currentTfrYear = page.inputs->tfrYear;
        }
    }
    in.census = page.census.value(in.regionCode);
    if (page.inputs && page.inputs->error.isEmpty())
        in.regionsProjected = int(page.inputs->codes.size());
    in.prefectureRates = page.inputs && page.inputs->prefectureRates.used;
    in.mapYear = mapYear();
    in.mapScenario = mapScenario();
    in.mapIndex = m_slots[municipal() ? 1 : 0].page.result.indexByRegion(in.mapScenario, in.mapYear);
    in.names = regionNames();
    return projectionCommentary(in);
}

QString ProjectionView::howToRead() const
{
    return projectionHowToRead();
}

QString ProjectionView::idleHint() const
{
    return selection().isEmpty() ? tr("Select a region or a group; the scenario panel recomputes at once.")
                                 : QString();
}

QStringList ProjectionView::sources() const
{
    QStringList out;
    for (const QString &id : {projection::kCensusAge, projection::kCensusAgeEarlier, u"population"_s,
                              projection::kFertility})
        if (const QString s = sourceOf(id); !s.isEmpty() && !out.contains(s))
            out << s;
    out << tr("Survival: life table 2020 × IPSS 2023");
    return out;
}

} // namespace regionlens::app
