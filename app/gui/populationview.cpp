// SPDX-License-Identifier: GPL-3.0-or-later
#include "populationview.h"

#include "analysisviewsupport.h"
#include "catalogsource.h"

#include "datasets/catalogsnapshot.h"
#include "jobrunner.h"
#include "pageframe.h"
#include "regionselection.h"
#include "widgets/netbarchart.h"
#include "widgets/pyramidchart.h"
#include "widgets/timeserieschart.h"

#include "datasets/catalog.h"
#include "datasets/store.h"

#include <QColor>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;
using namespace regionlens::datasets::population;

namespace regionlens::app {

namespace {

constexpr int kMaxSeries = 8;
constexpr int kMaxComponentRegions = 4;

// The pyramid combo's item data: "indicator|year".
QString pyramidKey(const QString &indicator, int year)
{
    return indicator + u'|' + QString::number(year);
}

QLabel *noteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    setLabelColour(label, QColor(0x55, 0x55, 0x55), QMargins(6, 2, 6, 2));
    return label;
}

// chart above note, no margins.
QWidget *withNote(QWidget *chart, QLabel *note, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(chart, 1);
    layout->addWidget(note);
    return box;
}

} // namespace

PopulationView::PopulationView(const PageContext &context, QWidget *parent) : AnalysisPage(context, parent)
{
    init();
}

PopulationView::PopulationView(Store &store, RegionSelection &selection, bool japanese, QWidget *parent)
    : AnalysisPage(store, selection, japanese, parent)
{
    init();
}

void PopulationView::init()
{
    m_runner = addRunner();
    buildUi();
    retranslateUi();
    onSelectionChanged([this] {
        syncRegionList();
        refresh();
    });
    reload();
}

PopulationView::~PopulationView() = default;

void PopulationView::retranslateUi()
{
    m_pyramid->setSexLabels(tr("Male"), tr("Female"));
}

QString PopulationView::title() const
{
    return tr("Population");
}

void PopulationView::buildUi()
{
    m_indexed = new QCheckBox(tr("Index (base year = 100)"), this);
    m_indexed->setObjectName(u"indexed"_s);
    m_baseYear = new QComboBox(this);
    m_baseYear->setEnabled(false);
    m_pyramidYear = new QComboBox(this);
    m_pyramidYear->setObjectName(u"pyramidYear"_s);
    // As wide as its usual items, not its longest (the 住基 register's name
    // is long in English and widened the page).
    m_pyramidYear->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pyramidYear->setMinimumContentsLength(18);
    m_outline = new QCheckBox(tr("Other year as outline"), this);
    m_outline->setChecked(true);
    m_percent = new QCheckBox(tr("Share of the total (%)"), this);
    frame().addControl(QString(), m_indexed, 0);
    frame().addControl(tr("Base year"), m_baseYear, 6);
    frame().addControl(tr("Pyramid"), m_pyramidYear, 16);
    frame().addControl(QString(), m_outline, 6);
    frame().addControl(QString(), m_percent, 6);
    frame().setLeadingPanel(buildRegionPanel());
    buildCharts();

    frame().addFigure(u"population_series"_s, m_series);
    frame().addFigure(u"population_pyramid"_s, m_pyramid);
    frame().addFigure(u"population_change"_s, m_change);
    frame().addFigure(u"population_components"_s, m_components);
    frame().addScaledText(m_naturalNote);
    frame().addScaledText(m_componentNote);
    frame().addScaledText(frame().sourceLabel());

    connect(m_indexed, &QCheckBox::toggled, this, [this](bool on) {
        m_baseYear->setEnabled(on);
        refresh();
    });
    connect(m_baseYear, &QComboBox::currentIndexChanged, this, &PopulationView::refresh);
    connect(m_pyramidYear, &QComboBox::currentIndexChanged, this, &PopulationView::refresh);
    connect(m_outline, &QCheckBox::toggled, this, &PopulationView::refresh);
    connect(m_percent, &QCheckBox::toggled, this, &PopulationView::refresh);
}

QWidget *PopulationView::buildRegionPanel()
{
    m_regions = new QListWidget(this);
    m_regions->setObjectName(u"regionList"_s);
    m_regions->setUniformItemSizes(true);
    auto *hint = new QLabel(tr("Tick regions to compare them. The first one ticked gets the pyramid."), this);
    hint->setWordWrap(true);
    setLabelColour(hint, QColor(0x55, 0x55, 0x55));
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_regions, 1);
    panel->setMinimumWidth(150);
    panel->setMaximumWidth(220);
    connect(m_regions, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString code = item->data(Qt::UserRole).toString();
        const bool checked = item->checkState() == Qt::Checked;
        if (checked != selection().codes().contains(code))
            selection().toggle(code);
    });
    return panel;
}

// The four charts in two tabs, so that each has the room to be read on a
// 1280 × 720 screen in projector fonts: the census series beside the pyramid,
// and the natural and social change by year beside the latest net migration
// (each with its note under it, never over it).
void PopulationView::buildCharts()
{
    m_series = new widgets::TimeSeriesChart(this);
    m_series->setMinimumSize(260, 220);
    m_pyramid = new widgets::PyramidChart(this);
    m_pyramid->setMinimumSize(260, 240);
    m_change = new widgets::NetBarChart(this);
    m_change->setMinimumSize(200, 180);
    m_naturalNote = noteLabel(u"naturalNote"_s, this);
    m_components = new widgets::TimeSeriesChart(this);
    m_components->setObjectName(u"componentsChart"_s);
    m_components->setMinimumSize(260, 200);
    m_componentNote = noteLabel(u"componentNote"_s, this);
    m_componentsBox = withNote(m_components, m_componentNote, this);

    auto *structure = new QSplitter(Qt::Horizontal, this);
    structure->addWidget(m_series);
    structure->addWidget(m_pyramid);
    structure->setStretchFactor(0, 1);
    structure->setStretchFactor(1, 1);
    structure->setChildrenCollapsible(false);
    auto *change = new QSplitter(Qt::Horizontal, this);
    change->addWidget(m_componentsBox);
    change->addWidget(withNote(m_change, m_naturalNote, this));
    change->setStretchFactor(0, 3);
    change->setStretchFactor(1, 2);
    change->setChildrenCollapsible(false);
    frame().addTab(structure, tr("Population and age structure"));
    frame().addTab(change, tr("Natural and social change"));
}

void PopulationView::reload()
{
    // Descriptions, once per reload(): sources and survey names are asked for on every result.
    QHash<QString, IndicatorInfo> infos;
    for (const IndicatorInfo &info : catalog().indicators())
        infos.insert(info.id, info);
    m_texts = PopulationCommentary(infos, japanese());
    m_changeInputs.reset();   // the store changed: read the flows and the components again
    QHash<QString, QString> names;
    names.insert(u"00"_s, japanese() ? catalog::nation().nameJa : catalog::nation().nameEn);
    for (const Region &r : catalog().regions(RegionLevel::Prefecture)) {
        const QString name = japanese() ? r.nameJa : r.nameEn;
        names.insert(r.code, name.isEmpty() ? r.nameJa : name);
    }
    // Municipalities (selected in the region bar or on a map) by their names too.
    const QHash<QString, QString> &qualified = catalogSource().qualifiedRegionNames();
    for (auto it = qualified.cbegin(); it != qualified.cend(); ++it)
        if (it.key().size() == 5)
            names.insert(it.key(), it.value());
    setRegionNames(names);
    fillRegionList();
    {
        const QSignalBlocker block(m_baseYear);
        const int current = m_baseYear->currentData().toInt();
        m_baseYear->clear();
        for (int y : catalog().years(u"population"_s, RegionLevel::Prefecture))
            m_baseYear->addItem(QString::number(y), y);
        m_baseYear->setCurrentIndex(std::max(0, m_baseYear->findData(current)));
    }
    fillPyramidYears();
    refresh();
}

void PopulationView::fillRegionList()
{
    const QSignalBlocker block(m_regions);
    m_regions->clear();
    QStringList codes = regionNames().keys();
    codes.removeIf([](const QString &code) { return code.size() == 5; });   // the list: Japan and prefectures
    std::sort(codes.begin(), codes.end());
    for (const QString &code : std::as_const(codes)) {
        auto *item = new QListWidgetItem(regionName(code), m_regions);
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
    for (const QString &indicator : pyramidIndicators())
        for (int year : catalog().years(indicator))
            m_pyramidYear->addItem(tr("%1 (%2)").arg(year).arg(m_texts.surveyName(indicator)),
                                   pyramidKey(indicator, year));
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

QList<RegionSpec> PopulationView::selectedSpecs() const
{
    const QStringList codes = selection().codes();
    if (codes.isEmpty())
        return {RegionSpec{u"00"_s, regionName(u"00"_s), {u"00"_s}}};
    if (selection().aggregated() && codes.size() > 1) {
        QString label = tr("%n selected regions", nullptr, int(codes.size()));
        for (const RegionGroup &g : catalog().regionGroups())
            if (g.id == selection().groupId())
                label = japanese() ? g.nameJa : g.nameEn;
        return {RegionSpec{u"group:"_s + selection().groupId(), label, codes}};
    }
    QList<RegionSpec> specs;
    for (const QString &code : codes.mid(0, kMaxSeries))
        specs.append(RegionSpec{code, regionName(code), {code}});
    return specs;
}

void PopulationView::refresh()
{
    Request request;
    request.regions = selectedSpecs();
    request.indexed = m_indexed->isChecked();
    request.baseYear = request.indexed ? m_baseYear->currentData().toInt() : 0;
    request.percent = m_percent->isChecked();
    const QStringList key = m_pyramidYear->currentData().toString().split(u'|');
    if (key.size() == 2)
        request.pyramid = {key.at(0), key.at(1).toInt()};
    // A municipality's pyramid: the chosen table when it has municipalities,
    // else the latest one that has (住基 2022 in the starter pack).
    if (!request.regions.isEmpty() && regionLevelOf(request.regions.first().key) == RegionLevel::Municipality
        && !catalog().years(request.pyramid.indicator, RegionLevel::Municipality).contains(request.pyramid.year)) {
        PyramidChoice latest;
        for (const QString &indicator : pyramidIndicators())
            for (int year : catalog().years(indicator, RegionLevel::Municipality))
                if (year > latest.year)
                    latest = {indicator, year};
        if (latest.year > 0) {
            request.pyramid = latest;
            const QSignalBlocker block(m_pyramidYear);   // the chooser says what is drawn
            m_pyramidYear->setCurrentIndex(std::max(0, m_pyramidYear->findData(pyramidKey(latest.indicator, latest.year))));
        }
    }
    request.outline = m_outline->isChecked();
    request.change = m_changeInputs;
    // The census series, the pyramid rows (and once per reload() the flows
    // and the components of change) read, and the summaries computed, on a worker.
    m_runner->run([request = std::move(request)](const Store &store) { return load(store, request); },
                  [](const Inputs &inputs) { return compute(inputs); },
                  [this](Result result) { apply(result); });
}

void PopulationView::apply(const Result &r)
{
    m_result = r;
    m_changeInputs = r.changeInputs;
    showSeries(r);
    showPyramid(r);
    showChange(r);
    showComponents(r);
    refreshText();
    emit contentChanged();
}

void PopulationView::showSeries(const Result &r)
{
    QList<widgets::Series> series;
    for (const SeriesSummary &s : r.series)
        if (!s.years.isEmpty())
            series.append({s.label, s.years, s.shown});
    m_series->setTitle(r.indexed ? tr("Population, index (%1 = 100)").arg(r.baseYear) : tr("Population (census)"));
    m_series->setAxisLabels(tr("Census year"), r.indexed ? tr("Index") : tr("Population"));
    m_series->setUnit(r.indexed ? QString() : tr("persons"));
    m_series->setSeries(series);
}

void PopulationView::showPyramid(const Result &r)
{
    // The pyramid and its outline, in persons or in % of the population of known age.
    auto toData = [&](const PyramidSummary &p) {
        widgets::PyramidData d;
        if (!p.valid)
            return d;
        d.label = QString::number(p.year);
        for (const QString &age : p.ageCodes)
            d.ageLabels.append(m_texts.ageLabel(age));
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
                                              .arg(m_texts.surveyName(r.pyramid.indicator))
                                        : tr("Population by age and sex"));
}

void PopulationView::showChange(const Result &r)
{
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
    const bool municipalOnly = !r.change.isEmpty() && std::all_of(r.change.cbegin(), r.change.cend(), [](const ChangeSummary &c) {
        return c.key.size() == 5;
    });
    m_change->setEmptyText(r.flowYear == 0  ? tr("No migration data in the store.")
                           : municipalOnly  ? tr("The migration flows in the store are between prefectures: no "
                                                 "municipal figure.")
                                            : tr("Select prefectures to see their net migration."));
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
}

void PopulationView::showComponents(const Result &r)
{
    // Natural vs social change by year: two lines per region.
    QList<widgets::Series> components;
    for (const ComponentSeries &c : r.componentSeries.mid(0, kMaxComponentRegions)) {
        if (r.components.hasNatural())
            components.append({tr("%1 natural").arg(c.label), c.years, c.natural});
        if (r.components.hasSocial())
            components.append({tr("%1 social").arg(c.label), c.years, c.social});
    }
    m_componentsBox->setVisible(!r.components.isEmpty());
    // Without a year to draw (a municipality without SSDSE components) the
    // note says why; the empty axes are left out (on screen and in the report).
    m_components->setVisible(std::any_of(components.cbegin(), components.cend(),
                                         [](const widgets::Series &s) { return !s.x.isEmpty(); }));
    m_components->setTitle(tr("Natural and social change by year"));
    m_components->setAxisLabels(tr("Year"), tr("Change"));
    m_components->setUnit(tr("persons"));
    m_components->setSeries(components);
    m_componentNote->setText(m_texts.componentsNote(r));
}

QString PopulationView::howToRead() const
{
    return PopulationCommentary::howToRead();
}

QString PopulationView::commentary() const
{
    return m_texts.commentary(m_result);
}

QStringList PopulationView::sources() const
{
    return m_texts.sources(m_result.components);
}

QList<PageFigure> PopulationView::figures() const
{
    QList<PageFigure> out = AnalysisPage::figures();
    if (m_result.componentSeries.isEmpty())
        out.removeIf([](const PageFigure &f) { return f.id == u"population_components"; });
    return out;
}

} // namespace regionlens::app
