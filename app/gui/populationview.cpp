// SPDX-License-Identifier: GPL-3.0-or-later
#include "populationview.h"

#include "analysisviewsupport.h"
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
using namespace regionlens::datasets::population;

namespace regionlens::app {

namespace {

constexpr int kMaxSeries = 8;

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
    : AnalysisPage(store, selection, japanese, parent), m_watcher(new QFutureWatcher<PopulationJob>(this))
{
    buildUi();
    connect(m_watcher, &QFutureWatcher<PopulationJob>::finished, this, [this] {
        const PopulationJob job = m_watcher->result();
        if (job.generation == m_generation)
            apply(job.result);
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
    QHash<QString, IndicatorInfo> infos;
    for (const IndicatorInfo &info : store().indicators())
        infos.insert(info.id, info);
    m_texts = PopulationCommentary(infos, japanese());
    m_changeInputs.reset();   // the store changed: read the flows and the components again
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
    m_stale = false;
    refresh();
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
    for (const QString &indicator : pyramidIndicators()) {
        for (int year : store().years(indicator))
            m_pyramidYear->addItem(tr("%1 (%2)").arg(year).arg(m_texts.surveyName(indicator)), pyramidKey(indicator, year));
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

void PopulationView::refresh()
{
    ++m_generation;
    m_busy = true;
    population::Request request;
    request.regions = selectedSpecs();
    request.indexed = m_indexed->isChecked();
    request.baseYear = request.indexed ? m_baseYear->currentData().toInt() : 0;
    request.percent = m_percent->isChecked();
    const QStringList key = m_pyramidYear->currentData().toString().split(u'|');
    if (key.size() == 2)
        request.pyramid = {key.at(0), key.at(1).toInt()};
    request.outline = m_outline->isChecked();
    request.change = m_changeInputs;
    // The census series, the pyramid rows (and once per reload() the flows
    // and the components of change) read, and the summaries computed, on a worker.
    m_watcher->setFuture(readAndCompute(
        store(), [request = std::move(request)](const Store &s) { return population::load(s, request); },
        [generation = m_generation](const population::Inputs &inputs) {
            return PopulationJob{generation, population::compute(inputs)};
        }));
}

void PopulationView::apply(const population::Result &r)
{
    m_result = r;
    m_changeInputs = r.changeInputs;
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
    m_componentNote->setText(m_texts.componentsNote(r));

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
    return PopulationCommentary::howToRead();
}

QString PopulationView::commentary() const
{
    return m_texts.commentary(m_result);
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
    return m_texts.sources(m_result.components);
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
