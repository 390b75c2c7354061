// SPDX-License-Identifier: GPL-3.0-or-later
#include "industryview.h"

#include "analysisviewsupport.h"
#include "datasets/concordance.h"
#include "datasets/store.h"
#include "exportsupport.h"
#include "lqtablemodel.h"
#include "maplevelcontrol.h"
#include "regionselection.h"
#include "mapoptions.h"
#include "widgets/barchart.h"
#include "widgets/bubblechart.h"
#include "widgets/choroplethmap.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace regionlens::app {

namespace {

constexpr int kMaxCompared = 5;

// Two decimals, three where two would round a quotient next to 1 to "1.00".
QString lqText(double v)
{
    return ratioText(v, std::isfinite(v) && v != 1.0 && std::abs(v - 1.0) < 0.005 ? 3 : 2);
}

QLabel *fieldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(u"color:#444"_s);
    return label;
}

} // namespace

IndustryView::IndustryView(Store &store, RegionSelection &selection, bool japanese, QWidget *parent)
    : AnalysisPage(store, selection, japanese, parent)
{
    buildUi();
    connect(&m_watcher, &QFutureWatcher<IndustryStructure>::finished, this, &IndustryView::computed);
    connect(&m_municipalWatcher, &QFutureWatcher<IndustryStructure>::finished, this,
            &IndustryView::municipalComputed);
    onSelectionChanged([this] { selectionChanged(); });
    reload();
}

IndustryView::~IndustryView()
{
    m_watcher.waitForFinished();
    m_municipalWatcher.waitForFinished();
}

void IndustryView::buildUi()
{
    m_measure = new QComboBox(this);
    m_year = new QComboBox(this);
    m_industry = new QComboBox(this);
    m_industry->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_industry->setMinimumContentsLength(14);
    m_hint = new QLabel(this);
    m_hint->setStyleSheet(u"color:#555"_s);
    m_hint->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(fieldLabel(tr("Measure"), this));
    controls->addWidget(m_measure);
    controls->addSpacing(10);
    controls->addWidget(fieldLabel(tr("Year"), this));
    controls->addWidget(m_year);
    controls->addSpacing(10);
    controls->addWidget(fieldLabel(tr("Industry on the map"), this));
    controls->addWidget(m_industry);
    controls->addSpacing(14);
    controls->addWidget(m_hint, 1);

    m_bars = new widgets::BarChart(this);
    m_bars->setReferenceLine(1.0, tr("LQ = 1 (national share)"));
    m_bars->setEmphasiseAboveReference(true);
    m_bars->setValueAxisLabel(tr("Location quotient (LQ)"));

    m_bubbles = new widgets::BubbleChart(this);
    m_bubbles->setQuadrantLines(1.0, 1.0);
    m_bubbles->setLogarithmic(true);
    m_bubbles->setAxisLabels(tr("Value-added LQ (specialisation)"),
                             tr("Labour productivity relative to the nation"));
    m_bubbles->setQuadrantLabels({tr("specialised and productive"), tr("productive, not specialised"),
                                  tr("neither"), tr("specialised, less productive")});
    m_concordanceNote = new QLabel(this);
    m_concordanceNote->setWordWrap(true);
    m_concordanceNote->setObjectName(u"concordanceNote"_s);
    m_concordanceNote->setStyleSheet(u"color:#444; padding:4px"_s);
    auto *bubblePage = new QWidget(this);
    auto *bubbleLayout = new QVBoxLayout(bubblePage);
    bubbleLayout->setContentsMargins(0, 0, 0, 0);
    bubbleLayout->addWidget(m_bubbles, 1);
    bubbleLayout->addWidget(m_concordanceNote);

    m_model = new LqTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(int(LqTableModel::Role::Sort));
    m_table = new QTableView(this);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->horizontalHeader()->setDefaultSectionSize(72);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    addTableExportActions(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_syncing)
            return;
        QStringList codes;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
            const QString code = index.data(int(LqTableModel::Role::RegionCode)).toString();
            if (!code.startsWith(u"group:"))
                codes << code;
        }
        if (codes.isEmpty())
            return;
        if (codes.first().size() == 5)
            selectMunicipalities(codes);
        else
            selection().set(codes);
    });

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_bars, tr("LQ ranking"));
    m_tabs->addTab(bubblePage, tr("Earning power (稼ぐ力)"));
    m_tabs->addTab(m_table, tr("Table: region × industry"));

    m_map = new widgets::ChoroplethMap(this);
    m_map->setPalette(widgets::Palette::BlueRed);
    m_map->setDivergingCentre(1.0);
    m_map->setMinimumSize(360, 340);
    m_levels = new MapLevelControl(m_map, this);
    connect(m_map, &widgets::ChoroplethMap::selectionChanged, this, [this](const QStringList &codes) {
        if (m_syncing)
            return;
        if (municipal())
            selectMunicipalities(codes);
        else
            selection().set(codes);
    });
    connect(m_levels, &MapLevelControl::levelChanged, this, &IndustryView::levelChanged);
    connect(m_levels, &MapLevelControl::filterChanged, this, [this] {
        m_municipalSelected.removeIf([this](const QString &code) { return !m_levels->shows(code); });
        refreshMap();
        refreshTable();
        refreshText();
        emit contentChanged();
    });
    connect(m_bars, &widgets::BarChart::categoryClicked, this, [this](int index) {
        // A bar names an industry: show it on the map.
        const QStringList codes = m_bars->property("industryCodes").toStringList();
        if (index >= 0 && index < codes.size())
            setMapIndustry(codes.at(index));
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

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_levels->mapPanel(this));
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
        fillYears();
        fillMapIndustries();
        recompute();
    });
    connect(m_year, &QComboBox::currentIndexChanged, this, &IndustryView::recompute);
    connect(m_industry, &QComboBox::currentIndexChanged, this, [this] {
        refreshMap();
        refreshText();
        emit contentChanged();
    });
}

QString IndustryView::title() const
{
    return tr("Industry structure");
}

void IndustryView::reload()
{
    m_regionNames = qualifiedRegionNames(store(), japanese());
    m_industryNames = industryDisplayNames(store(), japanese());
    m_levels->reload(store(), m_regionNames);
    m_municipalKey.clear();   // the data may have changed
    m_municipalSelected.removeIf([this](const QString &code) { return !m_levels->shows(code); });
    const QString current = m_measure->currentData().toString();
    {
        const QSignalBlocker block(m_measure);
        m_measure->clear();
        const QList<std::pair<QString, QString>> measures = {
            {u"employees"_s, tr("Employees (従業者数)")},
            {u"establishments"_s, tr("Establishments (事業所数)")},
            {u"gdp_nominal"_s, tr("Value added (県内総生産)")}};
        for (const auto &[id, label] : measures)
            if (store().indicator(id) && !store().years(id, RegionLevel::Prefecture).isEmpty())
                m_measure->addItem(label, id);
        m_measure->setCurrentIndex(std::max(0, m_measure->findData(current.isEmpty() ? u"employees"_s : current)));
    }
    fillYears();
    fillMapIndustries();
    recompute();
}

void IndustryView::fillYears()
{
    const int current = m_year->currentData().toInt();
    const QSignalBlocker block(m_year);
    m_year->clear();
    for (int y : store().years(measure(), RegionLevel::Prefecture))
        m_year->addItem(measure() == u"gdp_nominal" ? tr("FY%1").arg(y) : QString::number(y), y);
    const int index = m_year->findData(current);
    m_year->setCurrentIndex(index >= 0 ? index : m_year->count() - 1);
}

void IndustryView::fillMapIndustries()
{
    const QString current = m_industry->currentData().toString();
    const QSignalBlocker block(m_industry);
    m_industry->clear();
    for (const QString &code : industryColumns(store(), measure()))
        m_industry->addItem(industryName(code), code);
    // Manufacturing by default: the industry most regions are compared on.
    int index = m_industry->findData(current);
    if (index < 0)
        index = m_industry->findData(measure() == u"gdp_nominal" ? u"S03"_s : u"E"_s);
    m_industry->setCurrentIndex(std::max(0, index));
}

QString IndustryView::measure() const
{
    return m_measure->currentData().toString();
}

void IndustryView::setMeasure(const QString &indicator)
{
    const int index = m_measure->findData(indicator);
    if (index >= 0)
        m_measure->setCurrentIndex(index);
}

int IndustryView::year() const
{
    return m_year->currentData().toInt();
}

void IndustryView::setYear(int year)
{
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

QString IndustryView::mapIndustry() const
{
    return m_industry->currentData().toString();
}

void IndustryView::setMapIndustry(const QString &code)
{
    const int index = m_industry->findData(code);
    if (index >= 0)
        m_industry->setCurrentIndex(index);
}

bool IndustryView::isBusy() const
{
    return m_pending || m_again || !m_municipalRunning.isEmpty() || m_municipalAgain;
}

void IndustryView::recompute()
{
    if (measure().isEmpty() || year() == 0)
        return;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    m_pending = true;
    // The store is read and the matrices computed on a worker.
    m_hint->setText(tr("Computing…"));
    m_watcher.setFuture(readAndCompute(
        store(),
        [indicator = measure(), year = year(), aggregates = selectionAggregates(selection())](const Store &s) {
            return loadIndustryStructure(s, indicator, year, aggregates);
        },
        [](const IndustryStructureInputs &inputs) { return computeIndustryStructure(inputs); }));
    recomputeMunicipal();
}

void IndustryView::recomputeMunicipal()
{
    if (!municipal() || !municipalMeasure() || year() == 0)
        return;
    const QString key = u"%1/%2"_s.arg(measure()).arg(year());
    if (key == m_municipalKey || key == m_municipalRunning)
        return;
    if (!m_municipalRunning.isEmpty()) {
        m_municipalAgain = true;   // the running result is stale: computed again when it ends
        return;
    }
    m_municipalAgain = false;
    m_municipalRunning = key;
    // The ~35,000 observations are read and the 1,741 × 18 quotients
    // computed on a worker. Nation = the sum of the municipalities.
    m_hint->setText(tr("Computing…"));
    m_municipalWatcher.setFuture(readAndCompute(
        store(),
        [indicator = measure(), year = year()](const Store &s) {
            IndustryStructureInputs inputs;
            inputs.indicator = indicator;
            inputs.year = year;
            ObservationQuery q;
            q.indicator = indicator;
            q.year = year;
            q.level = RegionLevel::Municipality;
            q.industry.reset();
            inputs.table = toIndustryTable(s.observations(q), industryColumns(s, indicator));
            return inputs;
        },
        [](const IndustryStructureInputs &inputs) { return computeIndustryStructure(inputs); }));
}

void IndustryView::municipalComputed()
{
    const QString key = m_municipalRunning;
    m_municipalRunning.clear();
    if (m_municipalAgain) {
        m_municipalAgain = false;
        recomputeMunicipal();
        return;
    }
    if (key != u"%1/%2"_s.arg(measure()).arg(year()))
        return;   // stale (the measure or year changed meanwhile)
    m_municipal = m_municipalWatcher.result();
    m_municipalKey = key;
    if (m_pending || m_again)
        return;   // computed() redraws everything
    refreshMap();
    refreshTable();
    refreshText();
    emit contentChanged();
}

bool IndustryView::municipalCurrent() const
{
    return !m_municipalKey.isEmpty() && m_municipalKey == u"%1/%2"_s.arg(measure()).arg(year());
}

bool IndustryView::municipal() const
{
    return m_levels->municipal();
}

bool IndustryView::municipalMeasure() const
{
    return !measure().isEmpty() && !store().years(measure(), RegionLevel::Municipality).isEmpty();
}

QString IndustryView::level() const
{
    return m_levels->level();
}

void IndustryView::setLevel(const QString &level)
{
    m_levels->setLevel(level);
}

void IndustryView::setPrefectureFilter(const QString &prefectureCode)
{
    m_levels->setPrefectureFilter(prefectureCode);
}

void IndustryView::levelChanged()
{
    if (!municipal())
        m_municipalSelected.clear();
    recomputeMunicipal();
    refreshMap();
    refreshTable();
    refreshText();
    emit contentChanged();
}

void IndustryView::selectMunicipalities(const QStringList &codes)
{
    QStringList prefectures;
    m_municipalSelected = m_levels->shownMunicipalities(codes, &prefectures);
    if (!m_municipalSelected.isEmpty() && municipalCurrent()) {
        const int c = int(m_municipal.industries.indexOf(mapIndustry()));
        const double v = m_municipal.lq.at(m_municipal.row(m_municipalSelected.first()), c);
        emit statusMessage(tr("%1: LQ %2 (%3, %4 %5)")
                               .arg(regionName(m_municipalSelected.first()), lqText(v), industryName(mapIndustry()),
                                    measureName(), m_year->currentText()));
    }
    // The prefectures follow in the shared selection (bars, bubbles, other pages).
    const QStringList before = selection().codes();
    if (!prefectures.isEmpty())
        selection().set(prefectures);
    if (selection().codes() == before) {   // no changed(): redraw here
        refreshMap();
        syncTableSelection();
        refreshText();
        emit contentChanged();
    }
}

void IndustryView::computed()
{
    m_pending = false;
    if (m_again) {
        recompute();
        return;
    }
    m_result = m_watcher.result();
    refreshBars();
    refreshBubbles();
    refreshMap();
    refreshTable();
    refreshText();
    emit contentChanged();
}

void IndustryView::selectionChanged()
{
    // A municipality stays picked while its prefecture is selected.
    m_municipalSelected.removeIf([this](const QString &code) { return !selection().codes().contains(code.left(2)); });
    // A combined group needs its own row; everything else is a redraw.
    const QList<RegionAggregate> wanted = selectionAggregates(selection());
    const bool have = wanted.isEmpty() || m_result.row(wanted.first().code) >= 0;
    if (!have || (wanted.isEmpty() && m_result.regions.size() > 47)) {
        recompute();
        return;
    }
    refreshBars();
    refreshBubbles();
    refreshMap();
    syncTableSelection();
    refreshText();
    emit contentChanged();
}

QString IndustryView::regionName(const QString &code) const
{
    if (code.startsWith(u"group:"))
        return aggregateName(store(), selection(), japanese());
    return m_regionNames.value(code, code);
}

QString IndustryView::industryName(const QString &code) const
{
    return shortIndustryName(code, japanese(), m_industryNames.value(code));
}

QString IndustryView::measureName() const
{
    if (measure() == u"employees")
        return tr("employees");
    if (measure() == u"establishments")
        return tr("establishments");
    return tr("value added");
}

QString IndustryView::focusRegion() const
{
    const QList<RegionAggregate> agg = selectionAggregates(selection());
    if (!agg.isEmpty())
        return agg.first().code;
    return selection().isEmpty() ? u"13"_s : selection().primary();
}

QStringList IndustryView::chartRegions() const
{
    if (!selectionAggregates(selection()).isEmpty() || selection().codes().size() <= 1)
        return {focusRegion()};
    QStringList codes;
    for (const QString &c : selection().codes())
        if (m_result.row(c) >= 0 && codes.size() < kMaxCompared)
            codes << c;
    return codes.isEmpty() ? QStringList{focusRegion()} : codes;
}

void IndustryView::refreshBars()
{
    const widgets::AnalysisChart::Batch batch(m_bars);   // one redraw for the setters below
    const QStringList regions = chartRegions();
    const int first = m_result.row(regions.value(0));
    QList<int> order;
    for (int c = 0; c < m_result.industries.size(); ++c)
        if (std::isfinite(m_result.lq.at(first, c)))
            order.append(c);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return m_result.lq.at(first, a) > m_result.lq.at(first, b); });
    QStringList categories, codes;
    for (int c : order) {
        categories << industryName(m_result.industries.at(c));
        codes << m_result.industries.at(c);
    }
    QList<widgets::BarSeries> series;
    for (const QString &region : regions) {
        const int r = m_result.row(region);
        widgets::BarSeries s;
        s.label = regionName(region);
        for (int c : order)
            s.values << m_result.lq.at(r, c);
        series << s;
    }
    m_bars->setProperty("industryCodes", codes);
    const QString yearText = m_year->currentText();
    if (regions.size() == 1)
        m_bars->setTitle(tr("Location quotients of %1, %2 (%3)").arg(regionName(regions.first()), measureName(), yearText));
    else
        m_bars->setTitle(tr("Location quotients compared, %1 (%2)").arg(measureName(), yearText));
    m_bars->setEmptyText(tr("No data"));
    m_bars->setData(first >= 0 ? categories : QStringList(), first >= 0 ? series : QList<widgets::BarSeries>());
    m_bars->setFootnote(tr("Sorted by the LQ of %1. Bars in blue: LQ ≥ 1.").arg(regionName(regions.first())));
}

void IndustryView::refreshBubbles()
{
    const widgets::AnalysisChart::Batch batch(m_bubbles);
    const QString region = focusRegion();
    const int r = m_result.row(region);
    QList<widgets::Bubble> bubbles;
    for (int c = 0; c < m_result.activities.size(); ++c) {
        widgets::Bubble b;
        b.label = industryName(m_result.activities.at(c));
        b.x = m_result.valueAddedLq.at(r, c);
        b.y = m_result.relativeProductivity.at(r, c);
        b.size = m_result.employees.at(r, c);
        bubbles << b;
    }
    m_bubbles->setTitle(tr("Earning power (稼ぐ力) of %1").arg(regionName(region)));
    m_bubbles->setEmptyText(tr("No data"));
    m_bubbles->setBubbles(bubbles);
    m_bubbles->setFootnote(tr("Value added FY%1 (県民経済計算), employees %2 (経済センサス). Bubble area ∝ employees. "
                              "Logarithmic axes; dashed lines at 1.0 = national level.")
                               .arg(m_result.valueAddedYear)
                               .arg(m_result.employeesYear));
    m_concordanceNote->setText(
        tr("<b>Concordance used:</b> value added (県民経済計算, %1 economic activities) and employees "
           "(経済センサス, JSIC divisions) are in different classifications. The JSIC divisions are summed into the "
           "activities following the Cabinet Office's correspondence table (県民経済計算標準方式, 2008SNA); "
           "K, O, Q and R are assigned whole to their main activity, and 公務 is left out because the census "
           "counts private establishments only.")
            .arg(m_result.activities.size()));
}

void IndustryView::refreshMap()
{
    const bool muni = municipal();
    static const IndustryStructure none;
    const IndustryStructure &result = !muni ? m_result : municipalCurrent() ? m_municipal : none;
    const int c = int(result.industries.indexOf(mapIndustry()));
    QHash<QString, double> values;
    for (int r = 0; r < result.regions.size(); ++r)
        if (!result.regions.at(r).startsWith(u"group:"))
            values.insert(result.regions.at(r), result.lq.at(r, c));
    values = m_levels->restrict(values);
    // Breaks symmetric-ish around 1.0 that read well at one decimal, only
    // those inside the data's range (no empty classes at the ends).
    double lo = 1e300, hi = -1e300;
    for (double v : std::as_const(values))
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    QList<double> inner;
    for (double b : {0.25, 0.5, 0.8, 1.0, 1.2, 1.5, 2.0, 4.0})
        if ((b > lo && b < hi) || b == 1.0)
            inner << b;
    QString title = tr("LQ of %1 (%2, %3)").arg(m_industry->currentText(), measureName(), m_year->currentText());
    if (muni)
        title += m_levels->prefectureFilter().isEmpty()
            ? tr(", municipalities")
            : tr(", %1 municipalities").arg(m_levels->prefectureFilterName());
    m_map->setTitle(title);
    m_map->setUnit(tr("LQ"));
    m_map->setClassification(u"user"_s, int(inner.size()) + 1);
    m_map->setUserBreaks(inner);
    m_map->setValues(values);
    m_map->setSourceText(muni ? tr("Diverging colours centred on LQ = 1.0; shares compared with all of Japan")
                              : tr("Diverging colours centred on LQ = 1.0"));
    if (muni && !municipalMeasure())
        m_levels->setNote(tr("Value added (県民経済計算) is published for prefectures only: choose employees or "
                             "establishments to map municipalities, or the prefecture level."));
    else if (muni && !municipalCurrent())
        m_levels->setNote(tr("Computing the municipal quotients…"));
    else
        m_levels->setNote(QString());
    const QSignalBlocker block(m_map);
    m_map->setSelectedCodes(muni ? m_municipalSelected : selection().codes());
}

void IndustryView::refreshTable()
{
    QStringList codes, names, industries;
    ValueGrid lq;
    if (municipal() && municipalMeasure() && municipalCurrent()) {
        // The municipalities the map shows (all, or the filter's prefecture).
        QList<int> rows;
        for (int r = 0; r < m_municipal.regions.size(); ++r)
            if (m_levels->shows(m_municipal.regions.at(r)))
                rows << r;
        lq = ValueGrid(int(rows.size()), m_municipal.lq.cols);
        for (int i = 0; i < rows.size(); ++i) {
            codes << m_municipal.regions.at(rows.at(i));
            for (int c = 0; c < lq.cols; ++c)
                lq(i, c) = m_municipal.lq.at(rows.at(i), c);
        }
        for (const QString &code : m_municipal.industries)
            industries << industryName(code);
    } else {
        codes = m_result.regions;
        lq = m_result.lq;
        for (const QString &code : m_result.industries)
            industries << industryName(code);
    }
    for (const QString &code : std::as_const(codes))
        names << regionName(code);
    m_model->setTable(codes, names, industries, lq);
    m_table->resizeColumnToContents(0);
    m_tabs->setTabText(2, municipal() && municipalMeasure() ? tr("Table: municipality × industry")
                                                            : tr("Table: region × industry"));
    syncTableSelection();
}

void IndustryView::syncTableSelection()
{
    m_syncing = true;
    QItemSelection rows;
    const QStringList codes = municipal() && municipalMeasure() ? m_municipalSelected : selection().codes();
    for (const QString &code : codes) {
        const int r = m_model->rowOf(code);
        if (r < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(r, 0));
        rows.select(index, index.siblingAtColumn(m_proxy->columnCount() - 1));
    }
    m_table->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
}

QString IndustryView::howToRead() const
{
    return tr("The location quotient (LQ, 特化係数) compares an industry's share in the region with its share in "
              "Japan: LQ > 1 means the industry's share in the region exceeds the national share, so the region is "
              "specialised in it; LQ < 1 means it is under-represented. The ranking shows every industry of the "
              "selected region, the dashed line marks LQ = 1. The map colours all prefectures by the LQ of one "
              "industry: red above 1, blue below. In the earning-power chart (稼ぐ力) each bubble is an economic "
              "activity: to the right it earns a larger share of the region's value added than nationally, higher "
              "up each worker produces more value added than the national average of that activity, and the "
              "bubble's area shows how many people it employs. Bubbles top right are the region's strengths. Once "
              "municipal boundaries are imported, the map's level chooser shows the LQ of employees or "
              "establishments for every municipality (compared with all of Japan), optionally for one prefecture.");
}

QString IndustryView::commentary() const
{
    if (m_result.regions.isEmpty())
        return tr("<p>No data for this measure and year.</p>");
    QString html;
    if (selection().isEmpty())
        html += tr("<p><i>No region selected: showing %1. Click a prefecture on the map or a row of the table.</i></p>")
                    .arg(regionName(u"13"_s).toHtmlEscaped());
    const QString yearText = m_year->currentText();
    for (const QString &region : chartRegions()) {
        const int r = m_result.row(region);
        QList<int> above;
        for (int c = 0; c < m_result.industries.size(); ++c)
            if (m_result.lq.at(r, c) > 1.0)
                above << c;
        std::stable_sort(above.begin(), above.end(),
                         [&](int a, int b) { return m_result.lq.at(r, a) > m_result.lq.at(r, b); });
        QStringList items;
        for (int c : above)
            items << u"%1 (%2)"_s.arg(industryName(m_result.industries.at(c)), lqText(m_result.lq.at(r, c)));
        html += u"<h3>%1</h3>"_s.arg(regionName(region).toHtmlEscaped());
        if (items.isEmpty())
            html += tr("<p>In %1, no industry of %2 has LQ > 1 (%3).</p>")
                        .arg(yearText, regionName(region).toHtmlEscaped(), measureName());
        else
            html += tr("<p>In %1, %2's industries with LQ > 1 (%3): %4.</p>")
                        .arg(yearText, regionName(region).toHtmlEscaped(), measureName(),
                             items.join(tr(", ")).toHtmlEscaped());
        // The map's industry: rank among the 47 prefectures.
        const int mc = int(m_result.industries.indexOf(mapIndustry()));
        const double own = m_result.lq.at(r, mc);
        if (mc >= 0 && std::isfinite(own)) {
            int rank = 1, count = 0;
            for (int p = 0; p < m_result.regions.size(); ++p) {
                if (m_result.regions.at(p).startsWith(u"group:"))
                    continue;
                const double v = m_result.lq.at(p, mc);
                if (!std::isfinite(v))
                    continue;
                ++count;
                if (v > own)
                    ++rank;
            }
            if (region.startsWith(u"group:"))
                html += tr("<p>%1: LQ %2.</p>").arg(industryName(mapIndustry()).toHtmlEscaped(), lqText(own));
            else
                html += tr("<p>%1: LQ %2, rank %3 of %4 prefectures.</p>")
                            .arg(industryName(mapIndustry()).toHtmlEscaped(), lqText(own))
                            .arg(rank)
                            .arg(count);
        }
    }
    if (municipal())
        html += municipalText();
    // 稼ぐ力 of the focus region.
    const int r = m_result.row(focusRegion());
    QStringList strong;
    QList<int> order;
    for (int c = 0; c < m_result.activities.size(); ++c)
        if (m_result.valueAddedLq.at(r, c) > 1.0 && m_result.relativeProductivity.at(r, c) > 1.0)
            order << c;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return m_result.valueAddedLq.at(r, a) > m_result.valueAddedLq.at(r, b);
    });
    for (int c : order)
        strong << tr("%1 (LQ %2, productivity %3)")
                      .arg(industryName(m_result.activities.at(c)), lqText(m_result.valueAddedLq.at(r, c)),
                           lqText(m_result.relativeProductivity.at(r, c)));
    if (!m_result.activities.isEmpty()) {
        if (strong.isEmpty())
            html += tr("<p><b>Earning power</b> (value added FY%1, employees %2): no activity of %3 has both a "
                       "value-added LQ and a relative productivity above 1.</p>")
                        .arg(m_result.valueAddedYear)
                        .arg(m_result.employeesYear)
                        .arg(regionName(focusRegion()).toHtmlEscaped());
        else
            html += tr("<p><b>Earning power</b> (value added FY%1, employees %2): activities of %3 with both a "
                       "value-added LQ and a relative productivity above 1: %4.</p>")
                        .arg(m_result.valueAddedYear)
                        .arg(m_result.employeesYear)
                        .arg(regionName(focusRegion()).toHtmlEscaped(), strong.join(tr(", ")).toHtmlEscaped());
    }
    return html;
}

QString IndustryView::municipalText() const
{
    QString html = u"<h3>%1</h3>"_s.arg(tr("Municipalities"));
    if (!municipalMeasure())
        return html + tr("<p>Value added (県民経済計算) is published for prefectures only, so the municipal map is "
                         "empty for this measure. Employees and establishments (経済センサス) are available for all "
                         "municipalities.</p>");
    const int c = int(m_municipal.industries.indexOf(mapIndustry()));
    if (!municipalCurrent() || c < 0)
        return html + tr("<p>Computing the municipal quotients…</p>");
    // Ranks among the municipalities on the map (the filter's prefecture or all).
    QList<int> shown;
    for (int r = 0; r < m_municipal.regions.size(); ++r)
        if (m_levels->shows(m_municipal.regions.at(r)) && std::isfinite(m_municipal.lq.at(r, c)))
            shown << r;
    std::stable_sort(shown.begin(), shown.end(),
                     [&](int a, int b) { return m_municipal.lq.at(a, c) > m_municipal.lq.at(b, c); });
    const int above = int(std::count_if(shown.begin(), shown.end(), [&](int r) { return m_municipal.lq.at(r, c) > 1.0; }));
    const QString where = m_levels->prefectureFilter().isEmpty() ? tr("Japan") : m_levels->prefectureFilterName();
    html += tr("<p>%1, %2 %3: %4 of %5 municipalities of %6 have LQ > 1 (shares compared with all of Japan).</p>")
                .arg(industryName(mapIndustry()).toHtmlEscaped(), measureName(), m_year->currentText())
                .arg(above)
                .arg(shown.size())
                .arg(where.toHtmlEscaped());
    QStringList top;
    for (int i = 0; i < std::min<qsizetype>(3, shown.size()); ++i)
        top << u"%1 (%2)"_s.arg(regionName(m_municipal.regions.at(shown.at(i))), lqText(m_municipal.lq.at(shown.at(i), c)));
    if (!top.isEmpty())
        html += tr("<p>Highest: %1.</p>").arg(top.join(tr(", ")).toHtmlEscaped());
    for (const QString &code : m_municipalSelected) {
        const int r = m_municipal.row(code);
        const qsizetype rank = shown.indexOf(r);
        if (r < 0)
            continue;
        const double v = m_municipal.lq.at(r, c);
        if (!std::isfinite(v) || rank < 0) {
            html += tr("<p><b>%1</b>: no LQ (no %2 recorded).</p>").arg(regionName(code).toHtmlEscaped(), measureName());
            continue;
        }
        html += tr("<p><b>%1</b>: LQ %2, rank %3 of %4 municipalities of %5.</p>")
                    .arg(regionName(code).toHtmlEscaped(), lqText(v))
                    .arg(rank + 1)
                    .arg(shown.size())
                    .arg(where.toHtmlEscaped());
    }
    if (m_municipalSelected.isEmpty())
        html += tr("<p><i>Click a municipality on the map or a row of the table to see its quotient; its "
                   "prefecture becomes the selected region.</i></p>");
    return html;
}

void IndustryView::refreshText()
{
    m_commentary->setText(u"<h2>%1</h2>"_s.arg(tr("What the figures say")) + commentary()
                          + u"<h2>%1</h2><p style='color:#444'>%2</p>"_s.arg(tr("How to read"), howToRead().toHtmlEscaped()));
    m_hint->setText(selection().isEmpty() ? tr("Select a region on the map, in the table or from a group; "
                                               "Ctrl+click compares regions.")
                                          : QString());
    QStringList parts;
    for (const QString &s : sources())
        parts << s.toHtmlEscaped();
    m_source->setText(tr("<b>Source:</b> %1").arg(parts.join(u" / "_s)));
}

QStringList IndustryView::sources() const
{
    QStringList out;
    QStringList ids{measure()};
    if (!ids.contains(u"gdp_nominal"_s))
        ids << u"gdp_nominal"_s;
    if (!ids.contains(u"employees"_s))
        ids << u"employees"_s;
    for (const QString &id : ids) {
        if (const auto info = store().indicator(id)) {
            const QString s = japanese() ? info->sourceJa : info->sourceEn;
            if (!out.contains(s))
                out << s;
        }
    }
    if (const auto info = store().indicator(measure()))
        out << tr("Licence: %1").arg(info->licence);
    out << tr("Concordance JSIC → 県民経済計算 activities: Cabinet Office, 県民経済計算標準方式 (2008SNA)");
    return out;
}

QList<PageFigure> IndustryView::figures() const
{
    QList<PageFigure> out;
    out.append({u"lq_ranking"_s, m_bars->title(),
                [this](QPainter *p, const QRectF &r) { m_bars->render(p, r); }});
    out.append({u"lq_map"_s, m_map->title(), [this](QPainter *p, const QRectF &r) { m_map->render(p, r); }});
    out.append({u"earning_power"_s, m_bubbles->title(),
                [this](QPainter *p, const QRectF &r) { m_bubbles->render(p, r); }});
    return out;
}

void IndustryView::setLargeFonts(bool on)
{
    m_large = on;
    m_bars->setLargeFonts(on);
    m_bubbles->setLargeFonts(on);
    QFont f = font();
    f.setPointSizeF(on ? 13 : 9.5);
    m_commentary->setFont(f);
    m_table->setFont(f);
    m_table->verticalHeader()->setDefaultSectionSize(on ? 30 : 22);
}

void IndustryView::waitForIdle()
{
    catchUpSelection();
    for (int guard = 0; isBusy() && guard < 100; ++guard) {
        drainWatcher(m_watcher, [this] { return m_pending || m_again; });
        drainWatcher(m_municipalWatcher, [this] { return !m_municipalRunning.isEmpty() || m_municipalAgain; });
    }
}

} // namespace regionlens::app
