// SPDX-License-Identifier: GPL-3.0-or-later
#include "shiftshareview.h"

#include "analysisviewsupport.h"
#include "catalogsource.h"
#include "datasets/store.h"
#include "jobrunner.h"
#include "messagetexts.h"
#include "maplevelcontrol.h"
#include "pageframe.h"
#include "pagemap.h"
#include "regionselection.h"
#include "shiftsharecommentary.h"
#include "widgets/choroplethmap.h"
#include "widgets/stackedbarchart.h"
#include "widgets/waterfallchart.h"

#include <QComboBox>
#include <QSplitter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace regionlens::app {

namespace {

// Okabe–Ito: national sky blue, industry mix orange, regional bluish green.
const QColor kNational(0x56, 0xb4, 0xe9);
const QColor kMix(0xe6, 0x9f, 0x00);
const QColor kRegional(0x00, 0x9e, 0x73);

} // namespace

ShiftShareView::ShiftShareView(const PageContext &context, QWidget *parent) : MapPage(context, parent)
{
    init();
}

ShiftShareView::ShiftShareView(Store &store, RegionSelection &selection, bool japanese, QWidget *parent)
    : MapPage(store, selection, japanese, parent)
{
    init();
}

void ShiftShareView::init()
{
    m_runner = addRunner();
    m_municipalRunner = addRunner();
    buildUi();
    onSelectionChanged([this] { selectionChanged(); });
    reload();
}

ShiftShareView::~ShiftShareView() = default;

void ShiftShareView::buildUi()
{
    m_measure = new QComboBox(this);
    m_start = new QComboBox(this);
    m_end = new QComboBox(this);
    for (QComboBox *box : {m_start, m_end})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sort = new QComboBox(this);
    m_sort->addItem(tr("Growth"), int(SortKey::Growth));
    m_sort->addItem(tr("National component"), int(SortKey::National));
    m_sort->addItem(tr("Industry mix"), int(SortKey::IndustryMix));
    m_sort->addItem(tr("Regional component"), int(SortKey::Regional));
    m_sort->addItem(tr("Prefecture code"), int(SortKey::Code));
    m_form = new QComboBox(this);
    m_form->addItem(tr("Growth rates (pt)"), int(Form::GrowthRate));
    m_form->addItem(tr("Levels"), int(Form::Levels));
    frame().addControl(tr("Measure"), m_measure, 0);
    frame().addControl(tr("From"), m_start);
    frame().addControl(tr("to"), m_end, 0);
    frame().addControl(tr("Show as"), m_form);
    frame().addControl(tr("Sort by"), m_sort);

    m_stacked = new widgets::StackedBarChart(this);
    m_stacked->setMinimumWidth(380);
    connect(m_stacked, &widgets::StackedBarChart::categoryClicked, this, [this](int index) {
        const QString code = m_order.value(index);
        if (!code.isEmpty() && !code.startsWith(u"group:"))
            selection().set({code});
    });
    m_waterfall = new widgets::WaterfallChart(this);
    m_waterfall->setMinimumHeight(180);   // with the map under it, on a 720-pixel screen
    pageMap()->map()->setDivergingCentre(0.0);
    pageMap()->map()->setClassification(u"quantile"_s, 6);
    pageMap()->map()->setMinimumSize(300, 220);
    const auto redrawMunicipal = [this] {
        refreshWaterfall();
        refreshMap();
        refreshText();
        emit contentChanged();
    };
    connect(pageMap(), &PageMap::levelChanged, this, [this, redrawMunicipal] {
        recomputeMunicipal();
        redrawMunicipal();
    });
    connect(pageMap(), &PageMap::filterChanged, this, redrawMunicipal);
    connect(pageMap(), &PageMap::picked, this, [this, redrawMunicipal](bool sharedChanged) {
        const QStringList picked = pageMap()->municipalSelection();
        if (!picked.isEmpty()) {
            const bool rate = form() == Form::GrowthRate;
            const double value = component(m_municipal, 2, m_municipal.row(picked.first()));
            emit statusMessage(tr("%1: regional component %2")
                                   .arg(regionName(picked.first()),
                                        signedText(value, rate ? 1 : 0, rate ? tr(" pt") : QString())));
        }
        if (!sharedChanged)
            redrawMunicipal();
    });

    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->addWidget(m_waterfall);
    middle->addWidget(pageMap()->panel());
    middle->setStretchFactor(0, 2);
    middle->setStretchFactor(1, 3);
    // The waterfall gets three fifths, the map what is left above its
    // minimum: on a 768- or 720-pixel screen in projector fonts the map's
    // share left the waterfall's labels no room.
    middle->setSizes({600, 400});
    middle->setChildrenCollapsible(false);
    frame().setFigureWidget(m_stacked);
    frame().setSidePanel(middle);
    frame().addFigure(u"shiftshare_bars"_s, m_stacked);
    frame().addFigure(u"shiftshare_waterfall"_s, m_waterfall);
    frame().addFigure(u"shiftshare_map"_s, pageMap()->map());

    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        fillYears(true);
        recompute();
    });
    connect(m_start, &QComboBox::currentIndexChanged, this, &ShiftShareView::recompute);
    connect(m_end, &QComboBox::currentIndexChanged, this, &ShiftShareView::recompute);
    for (QComboBox *box : {m_sort, m_form})
        connect(box, &QComboBox::currentIndexChanged, this, &ShiftShareView::redraw);
}

QString ShiftShareView::title() const
{
    return tr("Growth factors (shift-share)");
}

void ShiftShareView::reload()
{
    setRegionNames(catalogSource().qualifiedRegionNames());
    pageMap()->reload(catalogSource());
    m_municipalRunner->forgetKey();   // the data may have changed
    const QString current = m_measure->currentData().toString();
    fillMeasures(m_measure,
                 {{u"employees"_s, tr("Employees (従業者数)")},
                  {u"establishments"_s, tr("Establishments (事業所数)")},
                  {u"gdp_nominal"_s, tr("Gross prefectural product (県内総生産)")}},
                 2);
    fillYears(current != measure());
    recompute();
}

void ShiftShareView::fillYears(bool defaults)
{
    const int s = defaults ? 0 : startYear();
    const int e = defaults ? 0 : endYear();
    const QList<int> years = catalog().years(measure(), RegionLevel::Prefecture);
    const QSignalBlocker b1(m_start);
    const QSignalBlocker b2(m_end);
    m_start->clear();
    m_end->clear();
    for (int y : years) {
        m_start->addItem(yearLabel(y), y);
        m_end->addItem(yearLabel(y), y);
    }
    // Defaults: the whole span (employees 2016→2021, GDP FY2011→FY2022).
    const int si = m_start->findData(s);
    const int ei = m_end->findData(e);
    m_start->setCurrentIndex(si >= 0 ? si : 0);
    m_end->setCurrentIndex(ei >= 0 ? ei : m_end->count() - 1);
}

QString ShiftShareView::yearLabel(int year) const
{
    return shiftShareYearLabel(year, measure() == u"gdp_nominal");
}

void ShiftShareView::setYears(int start, int end)
{
    {
        const QSignalBlocker b1(m_start);
        const QSignalBlocker b2(m_end);
        if (const int i = m_start->findData(start); i >= 0)
            m_start->setCurrentIndex(i);
        if (const int i = m_end->findData(end); i >= 0)
            m_end->setCurrentIndex(i);
    }
    recompute();
}

void ShiftShareView::recompute()
{
    if (measure().isEmpty() || startYear() == 0 || endYear() == 0)
        return;
    // The store is read and the components computed on a worker.
    m_runner->run(
        [indicator = measure(), start = startYear(), end = endYear(),
         aggregates = selectionAggregates(selection())](const Store &s) {
            return loadGrowthFactors(s, indicator, start, end, aggregates);
        },
        [](const GrowthFactorInputs &inputs) { return computeGrowthFactors(inputs); },
        [this](GrowthFactors result) {
            m_result = std::move(result);
            redraw();
        });
    recomputeMunicipal();
}

QString ShiftShareView::municipalKey() const
{
    return u"%1/%2/%3"_s.arg(measure()).arg(startYear()).arg(endYear());
}

void ShiftShareView::recomputeMunicipal()
{
    // Needed for the municipal map or a selected municipality's waterfall.
    const bool needed = municipal() || regionLevelOf(focusRegion()) == RegionLevel::Municipality;
    if (!needed || !municipalMeasure() || startYear() == 0 || endYear() == 0)
        return;
    // Both years' ~35,000 observations are read and the components of the
    // 1,741 municipalities computed on a worker, through the shift-share
    // adapter at the municipal level (nation: "00" rows, else their sum).
    m_municipalRunner->runFor(
        municipalKey(),
        [indicator = measure(), start = startYear(), end = endYear()](const Store &s) {
            return loadGrowthFactors(s, indicator, start, end, {}, RegionLevel::Municipality);
        },
        [](const GrowthFactorInputs &inputs) { return computeGrowthFactors(inputs); },
        [this](GrowthFactors result) {
            m_municipal = std::move(result);
            if (!m_runner->isBusy()) {   // else the prefecture result redraws everything
                refreshWaterfall();
                refreshMap();
                refreshText();
                emit contentChanged();
            }
        });
}

bool ShiftShareView::municipalMeasure() const
{
    if (measure().isEmpty())
        return false;
    const QList<int> years = catalog().years(measure(), RegionLevel::Municipality);
    return years.contains(startYear()) && years.contains(endYear());
}

bool ShiftShareView::municipalCurrent() const
{
    return !m_municipalRunner->deliveredKey().isEmpty() && m_municipalRunner->deliveredKey() == municipalKey();
}

void ShiftShareView::selectionChanged()
{
    // A combined group needs its own row; a municipality the municipal
    // components; everything else is a redraw.
    if (resultMissesSelection(m_result.regions))
        recompute();
    else {
        recomputeMunicipal();
        redraw();
    }
}

void ShiftShareView::redraw()
{
    refreshStacked();
    refreshWaterfall();
    refreshMap();
    refreshText();
    emit contentChanged();
}

QString ShiftShareView::measureName() const
{
    if (measure() == u"employees")
        return tr("employees");
    if (measure() == u"establishments")
        return tr("establishments");
    return tr("gross prefectural product");
}

QString ShiftShareView::unit() const
{
    if (form() == Form::GrowthRate)
        return tr("percentage points");
    if (const auto info = catalog().indicator(measure()))
        return japanese() ? info->unitJa : info->unitEn;
    return {};
}

double ShiftShareView::component(const GrowthFactors &g, int which, int r) const
{
    if (r < 0 || r >= g.regions.size() || g.growthRate.isEmpty())
        return std::nan("");
    if (form() == Form::GrowthRate) {
        switch (which) {
        case 0: return 100.0 * g.nationalGrowthRate;
        case 1: return 100.0 * g.industryFactor.at(r);
        case 2: return 100.0 * g.regionalFactor.at(r);
        default: return 100.0 * g.growthRate.at(r);
        }
    }
    switch (which) {
    case 0: return g.nationalShare.at(r);
    case 1: return g.industryMix.at(r);
    case 2: return g.regionalShift.at(r);
    default: return g.actualChange.at(r);
    }
}

void ShiftShareView::refreshStacked()
{
    const widgets::AnalysisChart::Batch batch(m_stacked);   // one redraw for the setters below
    QList<int> rows;
    for (int r = 0; r < m_result.regions.size() && !m_result.growthRate.isEmpty(); ++r)
        rows << r;
    const SortKey key = sortKey();
    const int which = key == SortKey::Growth ? 3 : key == SortKey::National ? 0 : key == SortKey::IndustryMix ? 1 : 2;
    if (key != SortKey::Code)
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return component(m_result, which, a) > component(m_result, which, b); });
    // A combined group goes first, where it is seen.
    std::stable_partition(rows.begin(), rows.end(), [&](int r) { return m_result.regions.at(r).startsWith(u"group:"); });
    m_order.clear();
    QStringList categories;
    QList<widgets::StackComponent> comps(3);
    comps[0].label = tr("National (全国成長要因)");
    comps[0].colour = kNational;
    comps[1].label = tr("Industry mix (産業構造要因)");
    comps[1].colour = kMix;
    comps[2].label = tr("Regional (地域特殊要因)");
    comps[2].colour = kRegional;
    QVector<double> totals;
    QList<int> highlighted;
    for (int r : rows) {
        const QString code = m_result.regions.at(r);
        m_order << code;
        categories << regionName(code);
        for (int c = 0; c < 3; ++c)
            comps[c].values << component(m_result, c, r);
        totals << component(m_result, 3, r);
        // A selected municipality marks its prefecture.
        if (selection().prefectures().contains(code) || code.startsWith(u"group:"))
            highlighted << int(m_order.size()) - 1;
    }
    m_stacked->setTitle(tr("Growth components, %1 → %2").arg(yearLabel(m_result.startYear),
                                                              yearLabel(m_result.endYear)));
    m_stacked->setValueAxisLabel(unit());
    m_stacked->setDecimals(form() == Form::GrowthRate ? 1 : 0);
    m_stacked->setHighlighted(highlighted);
    m_stacked->setTotals(totals, form() == Form::GrowthRate ? tr("Growth rate (成長率)") : tr("Actual change"));
    m_stacked->setData(categories, comps);
    m_stacked->setFootnote(tr("◆ = actual %1; the three components add up to it. Sorted by %2.")
                               .arg(form() == Form::GrowthRate ? tr("growth rate") : tr("change"),
                                    m_sort->currentText().toLower()));
}

void ShiftShareView::refreshWaterfall()
{
    const widgets::AnalysisChart::Batch batch(m_waterfall);
    // The focus region from the result of its level: a municipality (typed,
    // clicked or picked) from the municipal components.
    const QString region = focusRegion();
    const bool muni = regionLevelOf(region) == RegionLevel::Municipality;
    static const GrowthFactors none;
    const GrowthFactors &g = !muni ? m_result : municipalCurrent() ? m_municipal : none;
    const int r = g.row(region);
    QList<widgets::WaterfallStep> steps;
    if (r >= 0) {
        steps << widgets::WaterfallStep{tr("National\n全国成長要因"), component(g, 0, r)}
              << widgets::WaterfallStep{tr("Industry mix\n産業構造要因"), component(g, 1, r)}
              << widgets::WaterfallStep{tr("Regional\n地域特殊要因"), component(g, 2, r)}
              << widgets::WaterfallStep{form() == Form::GrowthRate ? tr("Growth rate\n成長率") : tr("Change\n増減"),
                                        component(g, 3, r), true, true};
    }
    const bool rate = form() == Form::GrowthRate;
    m_waterfall->setTitle(tr("%1: %2 → %3").arg(regionName(region), yearLabel(m_result.startYear),
                                                yearLabel(m_result.endYear)));
    m_waterfall->setValueAxisLabel(unit());
    m_waterfall->setDecimals(rate ? 2 : 0);
    m_waterfall->setValueSuffix(rate ? tr(" pt") : QString());
    m_waterfall->setEmptyText(!muni || (municipalMeasure() && municipalCurrent())
                                  ? tr("No data")
                              : municipalMeasure()
                                  ? tr("Computing the municipal components…")
                                  : tr("%1 is published for prefectures only: choose employees or establishments "
                                       "2016 → 2021 for a municipality")
                                        .arg(m_measure->currentText()));
    m_waterfall->setSteps(steps);
}

void ShiftShareView::refreshMap()
{
    const bool muni = municipal();
    static const GrowthFactors none;
    const GrowthFactors &g = !muni ? m_result : municipalCurrent() ? m_municipal : none;
    QHash<QString, double> values;
    for (int r = 0; r < g.regions.size(); ++r)
        if (!g.regions.at(r).startsWith(u"group:"))
            values.insert(g.regions.at(r), component(g, 2, r));
    widgets::ChoroplethMap *map = pageMap()->map();
    map->setTitle(tr("Regional component (地域特殊要因), %1 → %2").arg(yearLabel(startYear()), yearLabel(endYear()))
                  + pageMap()->titleSuffix());
    map->setUnit(form() == Form::GrowthRate ? tr("pt") : unit());
    pageMap()->showValues(values);
    map->setSourceText(muni ? tr("Diverging colours centred on 0; national = sum of all municipalities")
                            : tr("Diverging colours centred on 0"));
    if (muni && !municipalMeasure())
        pageMap()->levels()->setNote(tr("%1 is published for prefectures only (or not for both years): choose employees "
                                    "or establishments 2016 → 2021 to map municipalities.")
                                     .arg(m_measure->currentText()));
    else if (muni && !municipalCurrent())
        pageMap()->levels()->setNote(tr("Computing the municipal components…"));
    else
        pageMap()->levels()->setNote(QString());
}

QString ShiftShareView::howToRead() const
{
    return shiftShareHowToRead();
}

QString ShiftShareView::commentary() const
{
    ShiftShareCommentaryInput in;
    in.context = commentaryContext();
    in.result = m_result;
    if (!selectionAggregates(selection()).isEmpty() || selection().codes().size() <= 1)
        in.regions << focusRegion();
    else
        in.regions = selection().codes().mid(0, 5);
    in.measureName = measureName();
    in.measureLabel = m_measure->currentText();
    in.fiscalYears = measure() == u"gdp_nominal";
    in.municipalMeasure = municipalMeasure();
    in.municipalCurrent = municipalCurrent();
    in.municipalResult = m_municipal;
    return shiftShareCommentary(in);
}

QString ShiftShareView::idleHint() const
{
    return selection().isEmpty() ? tr("Select a region on the map or click a bar; Ctrl+click on the map "
                                      "compares regions.")
                                 : QString();
}

QStringList ShiftShareView::sources() const
{
    QStringList out;
    if (const auto info = catalog().indicator(measure())) {
        out << sourceOf(measure());
        out << tr("Licence: %1").arg(licenceLabel(info->licence));
    }
    if (measure() == u"gdp_nominal")
        out << tr("Nominal values; sum of the 16 activities (import duties not included)");
    return out;
}

} // namespace regionlens::app
