// SPDX-License-Identifier: GPL-3.0-or-later
#include "shiftshareview.h"

#include "analysisviewsupport.h"
#include "maplevelcontrol.h"
#include "datasets/store.h"
#include "regionselection.h"
#include "mapoptions.h"
#include "widgets/choroplethmap.h"
#include "widgets/stackedbarchart.h"
#include "widgets/waterfallchart.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace regionlens::app {

namespace {

QLabel *fieldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(u"color:#444"_s);
    return label;
}

// Okabe–Ito: national sky blue, industry mix orange, regional bluish green.
const QColor kNational(0x56, 0xb4, 0xe9);
const QColor kMix(0xe6, 0x9f, 0x00);
const QColor kRegional(0x00, 0x9e, 0x73);

} // namespace

ShiftShareView::ShiftShareView(Store &store, RegionSelection &selection, bool japanese, QWidget *parent)
    : AnalysisPage(store, selection, japanese, parent)
{
    buildUi();
    connect(&m_watcher, &QFutureWatcher<GrowthFactors>::finished, this, &ShiftShareView::computed);
    connect(&m_municipalWatcher, &QFutureWatcher<GrowthFactors>::finished, this, &ShiftShareView::municipalComputed);
    onSelectionChanged([this] { selectionChanged(); });
    reload();
}

ShiftShareView::~ShiftShareView()
{
    m_watcher.waitForFinished();
    m_municipalWatcher.waitForFinished();
}

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
    m_hint = new QLabel(this);
    m_hint->setStyleSheet(u"color:#555"_s);
    m_hint->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(fieldLabel(tr("Measure"), this));
    controls->addWidget(m_measure);
    controls->addSpacing(10);
    controls->addWidget(fieldLabel(tr("From"), this));
    controls->addWidget(m_start);
    controls->addWidget(fieldLabel(tr("to"), this));
    controls->addWidget(m_end);
    controls->addSpacing(10);
    controls->addWidget(fieldLabel(tr("Show as"), this));
    controls->addWidget(m_form);
    controls->addSpacing(10);
    controls->addWidget(fieldLabel(tr("Sort by"), this));
    controls->addWidget(m_sort);
    controls->addSpacing(14);
    controls->addWidget(m_hint, 1);

    m_stacked = new widgets::StackedBarChart(this);
    m_stacked->setMinimumWidth(380);
    connect(m_stacked, &widgets::StackedBarChart::categoryClicked, this, [this](int index) {
        const QString code = m_order.value(index);
        if (!code.isEmpty() && !code.startsWith(u"group:"))
            selection().set({code});
    });
    m_waterfall = new widgets::WaterfallChart(this);
    m_waterfall->setMinimumHeight(240);
    m_map = new widgets::ChoroplethMap(this);
    m_map->setPalette(widgets::Palette::BlueRed);
    m_map->setDivergingCentre(0.0);
    m_map->setClassification(u"quantile"_s, 6);
    m_map->setMinimumSize(320, 300);
    m_levels = new MapLevelControl(m_map, this);
    connect(m_map, &widgets::ChoroplethMap::selectionChanged, this, [this](const QStringList &codes) {
        if (m_syncing)
            return;
        if (municipal())
            selectMunicipalities(codes);
        else
            selection().set(codes);
    });
    connect(m_levels, &MapLevelControl::levelChanged, this, [this] {
        if (!municipal())
            m_municipalSelected.clear();
        recomputeMunicipal();
        refreshWaterfall();
        refreshMap();
        refreshText();
        emit contentChanged();
    });
    connect(m_levels, &MapLevelControl::filterChanged, this, [this] {
        m_municipalSelected.removeIf([this](const QString &code) { return !m_levels->shows(code); });
        refreshWaterfall();
        refreshMap();
        refreshText();
        emit contentChanged();
    });

    m_commentary = new QLabel(this);
    m_commentary->setObjectName(u"commentary"_s);
    m_commentary->setWordWrap(true);
    m_commentary->setTextFormat(Qt::RichText);
    m_commentary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_commentary->setMargin(8);
    m_commentary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_commentary);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(250);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setStyleSheet(u"QScrollArea { background: #f7f7f5; } QLabel#commentary { background: #f7f7f5; }"_s);

    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->addWidget(m_waterfall);
    middle->addWidget(m_levels->mapPanel(this));
    middle->setStretchFactor(0, 2);
    middle->setStretchFactor(1, 3);
    middle->setChildrenCollapsible(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_stacked);
    splitter->addWidget(middle);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);

    m_source = new QLabel(this);
    m_source->setObjectName(u"sourceLabel"_s);
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::RichText);
    m_source->setStyleSheet(u"color:#555"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_source);

    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        fillYears(true);
        recompute();
    });
    connect(m_start, &QComboBox::currentIndexChanged, this, &ShiftShareView::recompute);
    connect(m_end, &QComboBox::currentIndexChanged, this, &ShiftShareView::recompute);
    for (QComboBox *box : {m_sort, m_form})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            refreshStacked();
            refreshWaterfall();
            refreshMap();
            refreshText();
            emit contentChanged();
        });
}

QString ShiftShareView::title() const
{
    return tr("Growth factors (shift-share)");
}

void ShiftShareView::reload()
{
    m_regionNames = qualifiedRegionNames(store(), japanese());
    m_levels->reload(store(), m_regionNames);
    m_municipalDone.clear();
    m_municipalSelected.removeIf([this](const QString &code) { return !m_levels->shows(code); });
    const QString current = m_measure->currentData().toString();
    {
        const QSignalBlocker block(m_measure);
        m_measure->clear();
        const QList<std::pair<QString, QString>> measures = {
            {u"employees"_s, tr("Employees (従業者数)")},
            {u"establishments"_s, tr("Establishments (事業所数)")},
            {u"gdp_nominal"_s, tr("Gross prefectural product (県内総生産)")}};
        for (const auto &[id, label] : measures)
            if (store().indicator(id) && store().years(id, RegionLevel::Prefecture).size() >= 2)
                m_measure->addItem(label, id);
        m_measure->setCurrentIndex(std::max(0, m_measure->findData(current.isEmpty() ? u"employees"_s : current)));
    }
    fillYears(current != measure());
    recompute();
}

void ShiftShareView::fillYears(bool defaults)
{
    const int s = defaults ? 0 : startYear();
    const int e = defaults ? 0 : endYear();
    const QList<int> years = store().years(measure(), RegionLevel::Prefecture);
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
    return measure() == u"gdp_nominal" ? tr("FY%1").arg(year) : QString::number(year);
}

QString ShiftShareView::measure() const
{
    return m_measure->currentData().toString();
}

void ShiftShareView::setMeasure(const QString &indicator)
{
    const int index = m_measure->findData(indicator);
    if (index >= 0)
        m_measure->setCurrentIndex(index);
}

int ShiftShareView::startYear() const
{
    return m_start->currentData().toInt();
}

int ShiftShareView::endYear() const
{
    return m_end->currentData().toInt();
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

void ShiftShareView::setSortKey(SortKey key)
{
    m_sort->setCurrentIndex(std::max(0, m_sort->findData(int(key))));
}

ShiftShareView::SortKey ShiftShareView::sortKey() const
{
    return SortKey(m_sort->currentData().toInt());
}

void ShiftShareView::setForm(Form form)
{
    m_form->setCurrentIndex(std::max(0, m_form->findData(int(form))));
}

ShiftShareView::Form ShiftShareView::form() const
{
    return Form(m_form->currentData().toInt());
}

bool ShiftShareView::isBusy() const
{
    return m_pending || m_again || !m_municipalRunning.isEmpty() || m_municipalAgain;
}

void ShiftShareView::recompute()
{
    if (measure().isEmpty() || startYear() == 0 || endYear() == 0)
        return;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    m_pending = true;
    // The store is read and the components computed on a worker.
    m_hint->setText(tr("Computing…"));
    m_watcher.setFuture(readAndCompute(
        store(),
        [indicator = measure(), start = startYear(), end = endYear(),
         aggregates = selectionAggregates(selection())](const Store &s) {
            return loadGrowthFactors(s, indicator, start, end, aggregates);
        },
        [](const GrowthFactorInputs &inputs) { return computeGrowthFactors(inputs); }));
    recomputeMunicipal();
}

QString ShiftShareView::municipalKey() const
{
    return u"%1/%2/%3"_s.arg(measure()).arg(startYear()).arg(endYear());
}

void ShiftShareView::recomputeMunicipal()
{
    if (!municipal() || !municipalMeasure() || startYear() == 0 || endYear() == 0)
        return;
    const QString key = municipalKey();
    if (key == m_municipalDone || key == m_municipalRunning)
        return;
    if (!m_municipalRunning.isEmpty()) {
        m_municipalAgain = true;
        return;
    }
    m_municipalAgain = false;
    m_municipalRunning = key;
    // Both years' ~35,000 observations are read and the components of the
    // 1,741 municipalities computed on a worker (nation = their sum).
    m_hint->setText(tr("Computing…"));
    m_municipalWatcher.setFuture(readAndCompute(
        store(),
        [indicator = measure(), start = startYear(), end = endYear()](const Store &s) {
            GrowthFactorInputs inputs;
            inputs.indicator = indicator;
            inputs.startYear = start;
            inputs.endYear = end;
            const QStringList columns = industryColumns(s, indicator);
            for (auto [year, table] : {std::pair{start, &inputs.start}, std::pair{end, &inputs.end}}) {
                ObservationQuery q;
                q.indicator = indicator;
                q.year = year;
                q.level = RegionLevel::Municipality;
                q.industry.reset();
                *table = toIndustryTable(s.observations(q), columns);
            }
            return inputs;
        },
        [](const GrowthFactorInputs &inputs) { return computeGrowthFactors(inputs); }));
}

void ShiftShareView::municipalComputed()
{
    const QString key = m_municipalRunning;
    m_municipalRunning.clear();
    if (m_municipalAgain) {
        m_municipalAgain = false;
        recomputeMunicipal();
        return;
    }
    if (key != municipalKey())
        return;   // stale
    m_municipal = m_municipalWatcher.result();
    m_municipalDone = key;
    if (m_pending || m_again)
        return;   // computed() redraws
    refreshWaterfall();
    refreshMap();
    refreshText();
    emit contentChanged();
}

bool ShiftShareView::municipal() const
{
    return m_levels->municipal();
}

bool ShiftShareView::municipalMeasure() const
{
    if (measure().isEmpty())
        return false;
    const QList<int> years = store().years(measure(), RegionLevel::Municipality);
    return years.contains(startYear()) && years.contains(endYear());
}

QString ShiftShareView::level() const
{
    return m_levels->level();
}

void ShiftShareView::setLevel(const QString &level)
{
    m_levels->setLevel(level);
}

void ShiftShareView::setPrefectureFilter(const QString &prefectureCode)
{
    m_levels->setPrefectureFilter(prefectureCode);
}

void ShiftShareView::selectMunicipalities(const QStringList &codes)
{
    QStringList prefectures;
    m_municipalSelected = m_levels->shownMunicipalities(codes, &prefectures);
    if (!m_municipalSelected.isEmpty()) {
        const int r = m_municipal.row(m_municipalSelected.first());
        const bool rate = form() == Form::GrowthRate;
        emit statusMessage(tr("%1: regional component %2")
                               .arg(regionName(m_municipalSelected.first()),
                                    signedText(component(m_municipal, 2, r), rate ? 1 : 0, rate ? tr(" pt") : QString())));
    }
    const QStringList before = selection().codes();
    if (!prefectures.isEmpty())
        selection().set(prefectures);
    if (selection().codes() == before) {
        refreshWaterfall();
        refreshMap();
        refreshText();
        emit contentChanged();
    }
}

void ShiftShareView::computed()
{
    m_pending = false;
    if (m_again) {
        recompute();
        return;
    }
    m_result = m_watcher.result();
    refreshStacked();
    refreshWaterfall();
    refreshMap();
    refreshText();
    emit contentChanged();
}

void ShiftShareView::selectionChanged()
{
    // A municipality stays picked while its prefecture is selected.
    m_municipalSelected.removeIf([this](const QString &code) { return !selection().codes().contains(code.left(2)); });
    const QList<RegionAggregate> wanted = selectionAggregates(selection());
    const bool have = wanted.isEmpty() || m_result.row(wanted.first().code) >= 0;
    if (!have || (wanted.isEmpty() && m_result.regions.size() > 47)) {
        recompute();
        return;
    }
    refreshStacked();
    refreshWaterfall();
    refreshMap();
    refreshText();
    emit contentChanged();
}

QString ShiftShareView::regionName(const QString &code) const
{
    if (code.startsWith(u"group:"))
        return aggregateName(store(), selection(), japanese());
    return m_regionNames.value(code, code);
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
    if (const auto info = store().indicator(measure()))
        return japanese() ? info->unitJa : info->unitEn;
    return {};
}

QString ShiftShareView::focusRegion() const
{
    const QList<RegionAggregate> agg = selectionAggregates(selection());
    if (!agg.isEmpty())
        return agg.first().code;
    return selection().isEmpty() ? u"13"_s : selection().primary();
}

double ShiftShareView::component(int which, int r) const
{
    return component(m_result, which, r);
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
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return component(which, a) > component(which, b); });
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
            comps[c].values << component(c, r);
        totals << component(3, r);
        if (selection().codes().contains(code) || code.startsWith(u"group:"))
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
    // A municipality clicked on the municipal map, else the focus region.
    const bool muni = municipal() && !m_municipalSelected.isEmpty() && m_municipalDone == municipalKey()
        && m_municipal.row(m_municipalSelected.first()) >= 0;
    const GrowthFactors &g = muni ? m_municipal : m_result;
    const QString region = muni ? m_municipalSelected.first() : focusRegion();
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
    m_waterfall->setEmptyText(tr("No data"));
    m_waterfall->setSteps(steps);
}

void ShiftShareView::refreshMap()
{
    const bool muni = municipal();
    static const GrowthFactors none;
    const bool current = !m_municipalDone.isEmpty() && m_municipalDone == municipalKey();
    const GrowthFactors &g = !muni ? m_result : current ? m_municipal : none;
    QHash<QString, double> values;
    for (int r = 0; r < g.regions.size(); ++r)
        if (!g.regions.at(r).startsWith(u"group:"))
            values.insert(g.regions.at(r), component(g, 2, r));
    values = m_levels->restrict(values);
    QString title = tr("Regional component (地域特殊要因), %1 → %2").arg(yearLabel(startYear()), yearLabel(endYear()));
    if (muni)
        title += m_levels->prefectureFilter().isEmpty()
            ? tr(", municipalities")
            : tr(", %1 municipalities").arg(m_levels->prefectureFilterName());
    m_map->setTitle(title);
    m_map->setUnit(form() == Form::GrowthRate ? tr("pt") : unit());
    m_map->setValues(values);
    m_map->setSourceText(muni ? tr("Diverging colours centred on 0; national = sum of all municipalities")
                              : tr("Diverging colours centred on 0"));
    if (muni && !municipalMeasure())
        m_levels->setNote(tr("%1 is published for prefectures only (or not for both years): choose employees or "
                             "establishments 2016 → 2021 to map municipalities.")
                              .arg(m_measure->currentText()));
    else if (muni && !current)
        m_levels->setNote(tr("Computing the municipal components…"));
    else
        m_levels->setNote(QString());
    m_syncing = true;
    m_map->setSelectedCodes(muni ? m_municipalSelected : selection().codes());
    m_syncing = false;
}

QString ShiftShareView::howToRead() const
{
    return tr("Shift-share analysis splits a region's growth between two years into three parts that add up "
              "exactly to the actual growth rate (成長率 = 全国成長要因 + 産業構造要因 + 地域特殊要因). The national "
              "component is the growth every region would have had if it grew like Japan as a whole. The industry "
              "mix is positive when the region's industries are ones that grew faster than average nationally. The "
              "regional component is what remains: positive when the region's industries grew faster than the same "
              "industries nationally, a sign of regional competitiveness. In the bars each prefecture's three parts "
              "are stacked, the diamond marks the actual growth; the waterfall shows the selected region step by "
              "step; the map colours the regional component, red above 0 and blue below.");
}

QString ShiftShareView::commentary() const
{
    if (m_result.growthRate.isEmpty())
        return tr("<p>No data for these years.</p>");
    const QString span = tr("%1→%2").arg(yearLabel(m_result.startYear), yearLabel(m_result.endYear));
    QString html;
    html += tr("<p>Nationally, %1 changed by %2 from %3 (sum of the 47 prefectures).</p>")
                .arg(measureName(), signedText(100.0 * m_result.nationalGrowthRate, 1, tr(" %")), span);
    if (selection().isEmpty())
        html += tr("<p><i>No region selected: showing %1. Click a prefecture on the map or a bar.</i></p>")
                    .arg(regionName(u"13"_s).toHtmlEscaped());
    QStringList regions;
    if (!selectionAggregates(selection()).isEmpty() || selection().codes().size() <= 1)
        regions << focusRegion();
    else
        regions = selection().codes().mid(0, 5);
    const QString names[3] = {tr("the national component"), tr("the industry mix"), tr("the regional component")};
    for (const QString &region : regions) {
        const int r = m_result.row(region);
        if (r < 0)
            continue;
        const double g = 100.0 * m_result.growthRate.at(r);
        const double parts[3] = {100.0 * m_result.nationalGrowthRate, 100.0 * m_result.industryFactor.at(r),
                                 100.0 * m_result.regionalFactor.at(r)};
        int dominant = 0;
        for (int k = 1; k < 3; ++k)
            if (std::abs(parts[k]) > std::abs(parts[dominant]))
                dominant = k;
        html += u"<h3>%1</h3>"_s.arg(regionName(region).toHtmlEscaped());
        html += tr("<p>Growth %1 was %2: national %3, industry mix %4, regional %5; %6 dominates.</p>")
                    .arg(span, signedText(g, 1, tr(" %")), signedText(parts[0], 1, tr(" pt")),
                         signedText(parts[1], 1, tr(" pt")), signedText(parts[2], 1, tr(" pt")), names[dominant]);
        if (!region.startsWith(u"group:")) {
            int rank = 1, count = 0;
            for (int p = 0; p < m_result.regions.size(); ++p) {
                if (m_result.regions.at(p).startsWith(u"group:") || !std::isfinite(m_result.regionalFactor.at(p)))
                    continue;
                ++count;
                if (m_result.regionalFactor.at(p) > m_result.regionalFactor.at(r))
                    ++rank;
            }
            html += tr("<p>Its regional component ranks %1 of %2 prefectures.</p>").arg(rank).arg(count);
        }
    }
    if (municipal())
        html += municipalText();
    // The extremes of the regional component.
    QList<int> rows;
    for (int p = 0; p < m_result.regions.size(); ++p)
        if (!m_result.regions.at(p).startsWith(u"group:") && std::isfinite(m_result.regionalFactor.at(p)))
            rows << p;
    std::stable_sort(rows.begin(), rows.end(),
                     [&](int a, int b) { return m_result.regionalFactor.at(a) > m_result.regionalFactor.at(b); });
    auto list = [&](const QList<int> &which) {
        QStringList items;
        for (int p : which)
            items << u"%1 (%2)"_s.arg(regionName(m_result.regions.at(p)),
                                      signedText(100.0 * m_result.regionalFactor.at(p), 1, tr(" pt")));
        return items.join(tr(", ")).toHtmlEscaped();
    };
    if (rows.size() >= 6) {
        html += tr("<p>Largest regional components: %1. Smallest: %2.</p>")
                    .arg(list(rows.mid(0, 3)), list({rows.at(rows.size() - 1), rows.at(rows.size() - 2),
                                                     rows.at(rows.size() - 3)}));
    }
    return html;
}

QString ShiftShareView::municipalText() const
{
    QString html = u"<h3>%1</h3>"_s.arg(tr("Municipalities"));
    if (!municipalMeasure())
        return html + tr("<p>%1 is not available for municipalities in both years, so the municipal map is empty. "
                         "Employees and establishments (経済センサス 2016, 2021) are.</p>")
                          .arg(m_measure->currentText().toHtmlEscaped());
    const GrowthFactors &g = m_municipal;
    if (m_municipalDone != municipalKey())
        return html + tr("<p>Computing the municipal components…</p>");
    if (g.growthRate.isEmpty())
        return html + tr("<p>No municipal data for these years.</p>");
    const QString span = tr("%1→%2").arg(yearLabel(g.startYear), yearLabel(g.endYear));
    QList<int> shown;
    for (int r = 0; r < g.regions.size(); ++r)
        if (m_levels->shows(g.regions.at(r)) && std::isfinite(g.regionalFactor.at(r)))
            shown << r;
    std::stable_sort(shown.begin(), shown.end(), [&](int a, int b) { return g.regionalFactor.at(a) > g.regionalFactor.at(b); });
    const int positive = int(std::count_if(shown.begin(), shown.end(), [&](int r) { return g.regionalFactor.at(r) > 0; }));
    const QString where = m_levels->prefectureFilter().isEmpty() ? tr("Japan") : m_levels->prefectureFilterName();
    html += tr("<p>Summed over all %1 municipalities, %2 changed by %3 from %4. %5 of the %6 municipalities of %7 "
               "with a growth rate have a positive regional component.</p>")
                .arg(g.regions.size())
                .arg(measureName(), signedText(100.0 * g.nationalGrowthRate, 1, tr(" %")), span)
                .arg(positive)
                .arg(shown.size())
                .arg(where.toHtmlEscaped());
    QStringList undefined;
    for (int r = 0; r < g.regions.size(); ++r)
        if (m_levels->shows(g.regions.at(r)) && !std::isfinite(g.growthRate.at(r)))
            undefined << regionName(g.regions.at(r));
    if (!undefined.isEmpty())
        html += tr("<p>No growth rate (no %1 in %2, left blank on the map): %3.</p>")
                    .arg(measureName(), yearLabel(g.startYear), undefined.join(tr(", ")).toHtmlEscaped());
    for (const QString &code : m_municipalSelected) {
        const int r = g.row(code);
        if (r < 0)
            continue;
        html += tr("<p><b>%1</b>: growth %2 was %3 = national %4 + industry mix %5 + regional %6; its regional "
                   "component ranks %7 of %8 municipalities of %9.</p>")
                    .arg(regionName(code).toHtmlEscaped(), span, signedText(100.0 * g.growthRate.at(r), 1, tr(" %")),
                         signedText(100.0 * g.nationalGrowthRate, 1, tr(" pt")),
                         signedText(100.0 * g.industryFactor.at(r), 1, tr(" pt")),
                         signedText(100.0 * g.regionalFactor.at(r), 1, tr(" pt")))
                    .arg(shown.indexOf(r) + 1)
                    .arg(shown.size())
                    .arg(where.toHtmlEscaped());
    }
    if (m_municipalSelected.isEmpty())
        html += tr("<p><i>Click a municipality on the map: the waterfall shows its components and its prefecture "
                   "becomes the selected region.</i></p>");
    return html;
}

void ShiftShareView::refreshText()
{
    m_commentary->setText(u"<h2>%1</h2>"_s.arg(tr("What the figures say")) + commentary()
                          + u"<h2>%1</h2><p style='color:#444'>%2</p>"_s.arg(tr("How to read"), howToRead().toHtmlEscaped()));
    m_hint->setText(selection().isEmpty() ? tr("Select a region on the map or click a bar; Ctrl+click on the map "
                                               "compares regions.")
                                          : QString());
    QStringList parts;
    for (const QString &s : sources())
        parts << s.toHtmlEscaped();
    m_source->setText(tr("<b>Source:</b> %1").arg(parts.join(u" / "_s)));
}

QStringList ShiftShareView::sources() const
{
    QStringList out;
    if (const auto info = store().indicator(measure())) {
        out << (japanese() ? info->sourceJa : info->sourceEn);
        out << tr("Licence: %1").arg(info->licence);
    }
    if (measure() == u"gdp_nominal")
        out << tr("Nominal values; sum of the 16 activities (import duties not included)");
    return out;
}

QList<PageFigure> ShiftShareView::figures() const
{
    QList<PageFigure> out;
    out.append({u"shiftshare_bars"_s, m_stacked->title(),
                [this](QPainter *p, const QRectF &r) { m_stacked->render(p, r); }});
    out.append({u"shiftshare_waterfall"_s, m_waterfall->title(),
                [this](QPainter *p, const QRectF &r) { m_waterfall->render(p, r); }});
    out.append({u"shiftshare_map"_s, m_map->title(), [this](QPainter *p, const QRectF &r) { m_map->render(p, r); }});
    return out;
}

void ShiftShareView::setLargeFonts(bool on)
{
    m_stacked->setLargeFonts(on);
    m_waterfall->setLargeFonts(on);
    QFont f = font();
    f.setPointSizeF(on ? 13 : 9.5);
    m_commentary->setFont(f);
}

void ShiftShareView::waitForIdle()
{
    catchUpSelection();
    for (int guard = 0; isBusy() && guard < 100; ++guard) {
        drainWatcher(m_watcher, [this] { return m_pending || m_again; });
        drainWatcher(m_municipalWatcher, [this] { return !m_municipalRunning.isEmpty() || m_municipalAgain; });
    }
}

} // namespace regionlens::app
