// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowsview.h"

#include "analysisviewsupport.h"
#include "boundaryadapter.h"
#include "maplevelcontrol.h"
#include "exportsupport.h"
#include "flowscommentary.h"
#include "regionselection.h"
#include "topflowsmodel.h"
#include "mapoptions.h"
#include "widgets/choroplethmap.h"
#include "widgets/flowmap.h"
#include "widgets/netbarchart.h"

#include "datasets/catalog.h"

#include <QCoreApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScopedValueRollback>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace regionlens::app {

namespace {

const QString kMigration = u"migration"_s;
const QString kEstimateAge = u"population_age_sex_estimate"_s;
// SSDSE-A items as the SSDSE importer stores them: 転入者数, 転出者数.
const QString kSsdseIn = u"ssdse_a5101"_s;
const QString kSsdseOut = u"ssdse_a5102"_s;

// Inner class breaks symmetric around 0 (−c, −b, −a, 0, a, b, c) from the
// terciles and the 90th percentile of |value|, rounded to two significant
// digits, so that gains and losses of the same size get the same intensity.
QList<double> symmetricBreaks(const QHash<QString, double> &values)
{
    std::vector<double> magnitudes;
    for (double v : values)
        if (std::isfinite(v) && v != 0.0)
            magnitudes.push_back(std::abs(v));
    if (magnitudes.empty())
        return {0.0};
    std::sort(magnitudes.begin(), magnitudes.end());
    auto at = [&](double p) { return magnitudes[std::size_t(std::lround(p * double(magnitudes.size() - 1)))]; };
    auto round2 = [](double v) {
        const double scale = std::pow(10.0, std::floor(std::log10(v)) - 1.0);
        return std::max(scale, std::round(v / scale) * scale);
    };
    QList<double> positive;
    for (double p : {0.33, 0.67, 0.9}) {
        const double b = round2(at(p));
        if (positive.isEmpty() || b > positive.last())
            positive.append(b);
    }
    QList<double> out;
    for (auto it = positive.crbegin(); it != positive.crend(); ++it)
        out.append(-*it);
    out.append(0.0);
    out.append(positive);
    return out;
}

} // namespace

FlowsView::FlowsView(Store &store, RegionSelection &selection, bool japanese, QWidget *parent)
    : AnalysisPage(store, selection, japanese, parent), m_watcher(new QFutureWatcher<FlowsResult>(this)),
      m_municipalWatcher(new QFutureWatcher<MunicipalJob>(this))
{
    buildUi();
    connect(m_municipalWatcher, &QFutureWatcher<MunicipalJob>::finished, this, [this] {
        MunicipalJob job = m_municipalWatcher->result();
        if (job.net.generation != m_municipalGeneration)
            return;   // stale: a newer request is running
        m_municipal = std::move(job.net);
        m_municipalFeatures = std::move(job.features);
        m_municipalBusy = false;
        m_flowMapFeatures.clear();   // the municipal features are new
        refreshNetMap();
        refreshFlowMap();
        applySelection();
        updateTable();
        m_commentary->setHtml(commentary());
        emit contentChanged();
    });
    connect(m_watcher, &QFutureWatcher<FlowsResult>::finished, this, [this] {
        const FlowsResult r = m_watcher->result();
        if (r.generation == m_generation)
            apply(r);
    });
    onSelectionChanged([this] {
        // A municipality stays picked while its prefecture is selected.
        m_municipalSelected.removeIf(
            [this](const QString &code) { return !this->selection().codes().contains(code.left(2)); });
        applySelection();
        refresh();
    });
    reload();
}

FlowsView::~FlowsView()
{
    m_watcher->waitForFinished();
    m_municipalWatcher->waitForFinished();
}

QString FlowsView::pageId() const
{
    return u"flows"_s;
}

QString FlowsView::title() const
{
    return tr("Migration flows");
}

void FlowsView::buildUi()
{
    // --- controls ---------------------------------------------------------------
    m_year = new QComboBox(this);
    m_region = new QComboBox(this);
    m_region->setObjectName(u"regionCombo"_s);
    m_region->setMinimumContentsLength(8);
    m_topN = new QSpinBox(this);
    m_topN->setRange(5, 500);
    m_topN->setSingleStep(5);
    m_topN->setValue(30);
    m_focusOnly = new QCheckBox(tr("Only the selected region's in- and outflows"), this);
    m_focusOnly->setObjectName(u"focusOnly"_s);
    m_perThousand = new QCheckBox(tr("Net per 1,000 inhabitants"), this);
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Year"), this));
    controls->addWidget(m_year);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Region"), this));
    controls->addWidget(m_region);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Largest flows"), this));
    controls->addWidget(m_topN);
    controls->addSpacing(12);
    controls->addWidget(m_focusOnly);
    controls->addSpacing(12);
    controls->addWidget(m_perThousand);
    controls->addStretch(1);

    // --- maps -------------------------------------------------------------------
    m_flowMap = new widgets::FlowMap(this);
    m_flowMap->setMinimumSize(420, 360);
    m_flowMap->setValueUnit(tr("persons"));
    m_flowNote = new QLabel(this);
    m_flowNote->setObjectName(u"flowMapNote"_s);
    m_flowNote->setWordWrap(true);
    m_flowNote->setStyleSheet(u"color:#555; padding:2px 6px"_s);
    m_flowNote->setVisible(false);
    auto *flowPanel = new QWidget(this);
    auto *flowLayout = new QVBoxLayout(flowPanel);
    flowLayout->setContentsMargins(0, 0, 0, 0);
    flowLayout->addWidget(m_flowNote);
    flowLayout->addWidget(m_flowMap, 1);
    m_netMap = new widgets::ChoroplethMap(this);
    m_netMap->setMinimumSize(300, 300);
    m_netMap->setPalette(widgets::Palette::BlueRed);
    m_netMap->setDivergingCentre(0.0);
    m_netMap->setClassification(analysis::ClassificationMethod::UserBreaks, 8);
    m_levels = new MapLevelControl(m_netMap, this);
    auto *maps = new QSplitter(Qt::Horizontal, this);
    maps->addWidget(flowPanel);
    maps->addWidget(m_levels->mapPanel(this));
    maps->setStretchFactor(0, 3);
    maps->setStretchFactor(1, 2);

    // --- table, indices, by age -----------------------------------------------------
    m_model = new TopFlowsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(int(TopFlowsModel::Role::Sort));
    m_table = new QTableView(this);
    m_table->setObjectName(u"topFlows"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TopFlowsModel::Movers, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TopFlowsModel::Movers, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TopFlowsModel::Share, QHeaderView::ResizeToContents);
    m_table->setMinimumWidth(320);
    addTableExportActions(m_table);

    m_indices = new QLabel(this);
    m_indices->setObjectName(u"indices"_s);
    m_indices->setTextFormat(Qt::RichText);
    m_indices->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_indices->setWordWrap(true);
    auto *indicesBox = new QGroupBox(tr("Indices"), this);
    auto *indicesLayout = new QVBoxLayout(indicesBox);
    indicesLayout->addWidget(m_indices);
    indicesLayout->addStretch(1);
    indicesBox->setMinimumWidth(300);

    m_ageChart = new widgets::NetBarChart(this);
    m_ageChart->setMinimumSize(260, 180);
    m_ageChart->setValueLabels(false);
    m_ageNote = new QLabel(this);
    m_ageNote->setObjectName(u"ageNote"_s);
    m_ageNote->setWordWrap(true);
    m_ageNote->setStyleSheet(u"color:#555; padding:2px 6px"_s);
    indicesLayout->addWidget(m_ageNote);
    m_ageBox = new QWidget(this);
    auto *ageLayout = new QVBoxLayout(m_ageBox);
    ageLayout->setContentsMargins(0, 0, 0, 0);
    ageLayout->addWidget(m_ageChart, 1);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_table);
    lower->addWidget(indicesBox);
    lower->addWidget(m_ageBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setStretchFactor(2, 2);

    auto *centre = new QSplitter(Qt::Vertical, this);
    centre->addWidget(maps);
    centre->addWidget(lower);
    centre->setStretchFactor(0, 3);
    centre->setStretchFactor(1, 2);

    // --- commentary ---------------------------------------------------------------
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
    right->setMaximumWidth(400);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(centre);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);

    m_source = new QLabel(this);
    m_source->setObjectName(u"sourceLabel"_s);
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::RichText);
    m_source->setStyleSheet(u"color:#444"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_source);

    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        refreshMunicipal();   // municipal flows are of the page's year
    });
    connect(m_region, &QComboBox::activated, this, [this](int index) {
        const QString code = m_region->itemData(index).toString();
        selection().set(code.isEmpty() ? QStringList() : QStringList{code});
    });
    connect(m_topN, &QSpinBox::valueChanged, this, [this](int n) {
        m_flowMap->setTopN(n);
        updateTable();
        m_commentary->setHtml(commentary());
        emit contentChanged();
    });
    connect(m_focusOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_flowMap->setFocusOnly(on);
        updateTable();
        emit contentChanged();
    });
    connect(m_perThousand, &QCheckBox::toggled, this, [this] { apply(m_result); });
    connect(m_flowMap, &widgets::ChoroplethMap::selectionChanged, this, [this](const QStringList &codes) {
        if (flowMapMunicipal())
            selectMunicipalities(codes);
        else
            selection().set(codes);
    });
    connect(m_netMap, &widgets::ChoroplethMap::selectionChanged, this, [this](const QStringList &codes) {
        if (m_levels->municipal())
            selectMunicipalities(codes);
        else
            selection().set(codes);
    });
    connect(m_levels, &MapLevelControl::levelChanged, this, [this] {
        if (!m_levels->municipal())
            m_municipalSelected.clear();
        refreshMunicipal();
        refreshNetMap();
        refreshFlowMap();
        applySelection();
        updateTable();
        m_commentary->setHtml(commentary());
        emit contentChanged();
    });
    connect(m_levels, &MapLevelControl::filterChanged, this, [this] {
        m_municipalSelected.removeIf([this](const QString &code) { return !m_levels->shows(code); });
        refreshNetMap();
        refreshFlowMap();
        applySelection();
        updateTable();
        m_commentary->setHtml(commentary());
        emit contentChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FlowsView::tableRowSelected);
}

void FlowsView::reload()
{
    m_names.clear();
    for (const Region &r : store().regions(RegionLevel::Prefecture)) {
        const QString name = japanese() ? r.nameJa : r.nameEn;
        m_names.insert(r.code, name.isEmpty() ? r.nameJa : name);
    }
    m_prefectureFeatures = toMapFeatures(store().boundaries(RegionLevel::Prefecture), m_names);
    m_municipalFeatures.clear();
    m_municipal = MunicipalNetResult();
    m_flowMapFeatures.clear();
    m_flowMap->setNeutralBase();
    m_flowMap->setTopN(m_topN->value());
    m_qualifiedNames = qualifiedRegionNames(store(), japanese());
    m_texts = FlowsCommentary(m_names, m_qualifiedNames, japanese());
    m_levels->reload(store(), m_qualifiedNames);
    refreshFlowMap();
    m_municipalSelected.removeIf([this](const QString &code) { return !m_levels->shows(code); });
    {
        const QSignalBlocker block(m_region);
        m_region->clear();
        m_region->addItem(tr("Japan (all prefectures)"), QString());
        QStringList codes = m_names.keys();
        std::sort(codes.begin(), codes.end());
        for (const QString &code : std::as_const(codes))
            m_region->addItem(m_names.value(code), code);
    }
    {
        const QSignalBlocker block(m_year);
        const int current = m_year->currentData().toInt();
        m_year->clear();
        for (int y : store().years(kMigration))
            m_year->addItem(QString::number(y), y);
        const int index = m_year->findData(current);
        m_year->setCurrentIndex(index >= 0 ? index : m_year->count() - 1);
    }
    applySelection();
    refresh();
    refreshMunicipal();
}

bool FlowsView::setYear(int year)
{
    const int index = m_year->findData(year);
    if (index < 0)
        return false;
    m_year->setCurrentIndex(index);
    return true;
}

int FlowsView::year() const
{
    return m_year->currentData().toInt();
}

void FlowsView::setTopN(int n)
{
    m_topN->setValue(n);
}

void FlowsView::setFocusOnly(bool on)
{
    m_focusOnly->setChecked(on);
}

void FlowsView::setPerThousand(bool on)
{
    m_perThousand->setChecked(on);
}

QString FlowsView::regionName(const QString &code) const
{
    return m_names.value(code, code);
}

void FlowsView::applySelection()
{
    const QStringList codes = selection().codes();
    applyFlowMapSelection();
    m_netMap->setSelectedCodes(m_levels->municipal() ? m_municipalSelected : codes);
    const QString focus = m_names.contains(selection().primary()) ? selection().primary() : QString();
    const QSignalBlocker block(m_region);
    m_region->setCurrentIndex(std::max(0, m_region->findData(focus)));
}

FlowsInput FlowsView::readInput(const Store &store, FlowsInput in)
{
    if (in.year == 0)
        return in;
    for (const Flow &f : store.flows(kMigration, in.year)) {
        if (f.sex != u"total" || f.origin.size() != 2 || f.destination.size() != 2)
            continue;   // municipal flows (five-digit codes) are for the municipal net map
        if (f.ageClass.isEmpty() || f.ageClass == u"TOTAL")
            in.flows.append(f);
        else
            in.ageFlows.append(f);
    }
    // Population at risk: the most recent total at or before the flows' year.
    int bestYear = 0;
    for (const QString &indicator : {u"population"_s, kEstimateAge}) {
        for (int y : store.years(indicator, RegionLevel::Prefecture))
            if (y <= in.year && y > bestYear) {
                bestYear = y;
                in.populationIndicator = indicator;
            }
    }
    if (bestYear > 0) {
        ObservationQuery q;
        q.indicator = in.populationIndicator;
        q.year = bestYear;
        q.level = RegionLevel::Prefecture;
        if (in.populationIndicator == kEstimateAge)
            q.ageClass = u"TOTAL"_s;
        in.population = store.values(q);
        in.populationYear = bestYear;
    }
    return in;
}

void FlowsView::refresh()
{
    ++m_generation;
    m_busy = true;
    FlowsInput request;
    request.generation = m_generation;
    request.year = year();
    request.regions = m_names.keys();
    std::sort(request.regions.begin(), request.regions.end());
    request.focus = m_names.contains(selection().primary()) ? selection().primary() : QString();
    // ~2,200 flows and the populations read, the rates computed, on a worker.
    m_watcher->setFuture(readAndCompute(
        store(), [request = std::move(request)](const Store &s) { return readInput(s, request); },
        [](const FlowsInput &input) { return computeFlows(input); }));
}

void FlowsView::apply(const FlowsResult &r)
{
    m_result = r;
    m_busy = false;

    const QString focus = r.focus;
    const QString source = store().indicator(kMigration)
        ? tr("Source: %1").arg(japanese() ? store().indicator(kMigration)->sourceJa : store().indicator(kMigration)->sourceEn)
        : QString();
    m_flowMap->setSourceText(source);
    m_migrationSource = source;

    refreshFlowMap();
    refreshNetMap();

    // Net by age.
    widgets::NetBarData ages;
    if (r.hasAges && !focus.isEmpty()) {
        for (qsizetype i = 0; i < r.ageClasses.size(); ++i) {
            ages.categories.append(catalog::ageClassLabel(r.ageClasses.at(i), japanese()));
            ages.values.append(r.focusNetByAge.value(i, std::nan("")));
        }
    }
    m_ageChart->setTitle(focus.isEmpty() ? tr("Net migration by age") : tr("Net migration by age, %1").arg(regionName(focus)));
    m_ageChart->setUnit(tr("persons"));
    m_ageChart->setEmptyText(!r.hasAges ? tr("No age breakdown in the data") : tr("Select a prefecture"));
    m_ageChart->setData(ages);
    m_ageNote->setText(r.hasAges ? QString()
                                 : tr("Net migration by age: not available, the flows in the store have no age "
                                      "classes."));
    m_ageNote->setVisible(!r.hasAges);
    m_ageBox->setVisible(r.hasAges);

    m_indices->setText(m_texts.indices(m_result));
    updateTable();
    QStringList parts;
    for (const QString &s : sources())
        parts << s.toHtmlEscaped();
    m_source->setText(tr("<b>Source:</b> %1").arg(parts.join(u"; "_s)));
    m_commentary->setHtml(commentary());
    m_howTo->setText(howToRead());
    emit contentChanged();
}

bool FlowsView::flowMapMunicipal() const
{
    return m_levels->municipal() && !m_municipalBusy && m_municipal.source == MunicipalNetInput::Source::Flows
        && !m_municipal.flows.isEmpty() && !m_municipalFeatures.isEmpty();
}

QString FlowsView::flowMapNote() const
{
    return m_flowNote->text();
}

// Prefecture arrows from the page's result, or at municipal level, when the
// store has flows between municipalities, the municipal arrows: all, or with
// a prefecture filter those with either end in it (the map shows that
// prefecture's municipalities and the partners at the other ends).
void FlowsView::refreshFlowMap()
{
    QList<widgets::FlowArrow> arrows;
    if (!flowMapMunicipal()) {
        if (m_flowMapFeatures != u"p") {
            m_flowMap->setFeatures(m_prefectureFeatures);
            m_flowMap->setRegionNames(m_names);
            m_flowMapFeatures = u"p"_s;
        }
        const FlowsResult &r = m_result;
        arrows.reserve(r.flows.size());
        for (const FlowRecord &f : r.flows)
            arrows.append({f.origin, f.destination, f.value});
        m_flowMap->setFlows(arrows);
        m_flowMap->setTitle(r.focus.isEmpty()
                                ? tr("Largest migration flows between prefectures, %1").arg(r.year)
                                : tr("Migration flows of %1, %2").arg(regionName(r.focus)).arg(r.year));
        QString note;
        if (m_levels->municipal())
            note = m_municipalBusy
                ? tr("Reading municipal migration…")
                : tr("The flow map shows prefectures: import moves between municipalities (an origin–destination "
                     "table with five-digit municipality codes) to draw arrows between municipalities. SSDSE-A "
                     "counts only movers in and out.");
        m_flowNote->setText(note);
        m_flowNote->setVisible(!note.isEmpty());
        return;
    }
    const QString filter = m_levels->prefectureFilter();
    QSet<QString> ends;
    for (const FlowRecord &f : std::as_const(m_municipal.flows))
        if (filter.isEmpty() || f.origin.startsWith(filter) || f.destination.startsWith(filter)) {
            arrows.append({f.origin, f.destination, f.value});
            ends << f.origin << f.destination;
        }
    if (m_flowMapFeatures != u"m"_s + filter) {
        QList<widgets::MapFeature> shown;
        for (const widgets::MapFeature &f : std::as_const(m_municipalFeatures))
            if (filter.isEmpty() || f.code.startsWith(filter) || ends.contains(f.code))
                shown.append(f);
        m_flowMap->setFeatures(shown);
        m_flowMap->setRegionNames(m_qualifiedNames);
        m_flowMapFeatures = u"m"_s + filter;
    }
    m_flowMap->setFlows(arrows);
    const QString focus = m_municipalSelected.value(0);
    QString title = focus.isEmpty()
        ? tr("Largest migration flows between municipalities, %1").arg(m_municipal.year)
        : tr("Migration flows of %1, %2").arg(m_qualifiedNames.value(focus, focus)).arg(m_municipal.year);
    if (focus.isEmpty() && !filter.isEmpty())
        title += tr(", to or from %1").arg(m_levels->prefectureFilterName());
    m_flowMap->setTitle(title);
    m_flowNote->clear();
    m_flowNote->setVisible(false);
}

void FlowsView::applyFlowMapSelection()
{
    const QSignalBlocker block(m_flowMap);
    if (flowMapMunicipal()) {
        m_flowMap->setSelectedCodes(m_municipalSelected);
        m_flowMap->setFocusRegion(m_municipalSelected.value(0));
        return;
    }
    m_flowMap->setSelectedCodes(selection().codes());
    m_flowMap->setFocusRegion(m_names.contains(selection().primary()) ? selection().primary() : QString());
}

void FlowsView::refreshNetMap()
{
    if (!m_levels->municipal()) {
        const FlowsResult &r = m_result;
        const bool perThousand = m_perThousand->isChecked() && !r.netPerThousand.isEmpty();
        const QHash<QString, double> &netValues = perThousand ? r.netPerThousand : r.net;
        m_netMap->setUserBreaks(symmetricBreaks(netValues));
        m_netMap->setValues(netValues);
        m_netMap->setUnit(perThousand ? tr("per 1,000") : tr("persons"));
        m_netMap->setTitle(perThousand ? tr("Net migration per 1,000 inhabitants, %1").arg(r.year)
                                       : tr("Net migration, %1").arg(r.year));
        m_netMap->setSourceText(m_migrationSource);
        m_levels->setNote(QString());
        return;
    }
    const MunicipalNetResult &m = m_municipal;
    const bool perThousand = m_perThousand->isChecked() && !m.netPerThousand.isEmpty();
    const QHash<QString, double> values = m_levels->restrict(perThousand ? m.netPerThousand : m.net);
    m_netMap->setUserBreaks(symmetricBreaks(values));
    m_netMap->setValues(values);
    m_netMap->setUnit(perThousand ? tr("per 1,000") : tr("persons"));
    QString title = perThousand ? tr("Net migration per 1,000 inhabitants, %1").arg(m.year)
                                : tr("Net migration (in − out), %1").arg(m.year);
    title += m_levels->prefectureFilter().isEmpty() ? tr(", municipalities")
                                                    : tr(", %1 municipalities").arg(m_levels->prefectureFilterName());
    m_netMap->setTitle(title);
    m_netMap->setSourceText(municipalSourceText());
    if (m_municipalBusy)
        m_levels->setNote(tr("Reading municipal migration…"));
    else if (m.source == MunicipalNetInput::Source::None)
        m_levels->setNote(tr("No municipal migration in the store: import flows between five-digit municipality "
                             "codes, or SSDSE-A (its items A5101 転入者数 and A5102 転出者数)."));
    else if (m.source == MunicipalNetInput::Source::InOut)
        m_levels->setNote(tr("In − out from SSDSE-A: moves between municipalities of the same prefecture count "
                             "too, unlike the flows between prefectures."));
    else
        m_levels->setNote(QString());
    const QSignalBlocker block(m_netMap);
    m_netMap->setSelectedCodes(m_municipalSelected);
}

QString FlowsView::municipalSourceText() const
{
    const MunicipalNetResult &m = m_municipal;
    QString id = m.source == MunicipalNetInput::Source::InOut ? m.inIndicator
        : m.source == MunicipalNetInput::Source::Flows        ? kMigration
                                                              : QString();
    if (const std::optional<IndicatorInfo> info = store().indicator(id))
        return tr("Source: %1").arg(japanese() || info->sourceEn.isEmpty() ? info->sourceJa : info->sourceEn);
    return {};
}

MunicipalNetInput FlowsView::readMunicipalInput(const Store &store, int generation, int year)
{
    MunicipalNetInput in;
    in.generation = generation;
    // (a) Flows between municipalities of the page's year (an imported municipal OD table).
    if (year > 0)
        for (const Flow &f : store.flows(kMigration, year))
            if (f.sex == u"total" && (f.ageClass.isEmpty() || f.ageClass == u"TOTAL") && f.origin.size() == 5
                && f.destination.size() == 5)
                in.flows.append(f);
    if (!in.flows.isEmpty()) {
        in.source = MunicipalNetInput::Source::Flows;
        in.year = year;
        in.boundaries = store.boundaries(RegionLevel::Municipality);   // for the flow map
    } else if (store.indicator(kSsdseIn) && store.indicator(kSsdseOut)) {
        // (b) SSDSE-A's movers in and out: the latest year that has both.
        const QList<int> inYears = store.years(kSsdseIn, RegionLevel::Municipality);
        const QList<int> outYears = store.years(kSsdseOut, RegionLevel::Municipality);
        for (int y : inYears)
            if (outYears.contains(y))
                in.year = std::max(in.year, y);
        if (in.year > 0) {
            in.source = MunicipalNetInput::Source::InOut;
            in.inIndicator = kSsdseIn;
            in.outIndicator = kSsdseOut;
            ObservationQuery q;
            q.year = in.year;
            q.level = RegionLevel::Municipality;
            q.indicator = kSsdseIn;
            in.in = store.values(q);
            q.indicator = kSsdseOut;
            in.out = store.values(q);
        }
    }
    if (in.source == MunicipalNetInput::Source::None)
        return in;
    // Population at risk: the latest municipal count at or before that year.
    for (int y : store.years(u"population"_s, RegionLevel::Municipality))
        if (y <= in.year && y > in.populationYear)
            in.populationYear = y;
    if (in.populationYear > 0) {
        ObservationQuery q;
        q.indicator = u"population"_s;
        q.year = in.populationYear;
        q.level = RegionLevel::Municipality;
        in.population = store.values(q);
    }
    return in;
}

void FlowsView::refreshMunicipal()
{
    if (!m_levels->municipal())
        return;
    ++m_municipalGeneration;
    m_municipalBusy = true;
    // The municipal flows or SSDSE-A's movers and the populations (~5,000
    // values) read, the net rates computed, on a worker.
    m_municipalWatcher->setFuture(readAndCompute(
        store(),
        [generation = m_municipalGeneration, year = year()](const Store &s) {
            return readMunicipalInput(s, generation, year);
        },
        [names = m_qualifiedNames](const MunicipalNetInput &input) {
            return MunicipalJob{computeMunicipalNet(input), toMapFeatures(input.boundaries, names)};
        }));
}

QString FlowsView::level() const
{
    return m_levels->level();
}

void FlowsView::setLevel(const QString &level)
{
    m_levels->setLevel(level);
}

void FlowsView::setPrefectureFilter(const QString &prefectureCode)
{
    m_levels->setPrefectureFilter(prefectureCode);
}

void FlowsView::selectMunicipalities(const QStringList &codes)
{
    QStringList prefectures;
    m_municipalSelected = m_levels->shownMunicipalities(codes, &prefectures);
    if (!m_municipalSelected.isEmpty()) {
        const QString code = m_municipalSelected.first();
        emit statusMessage(m_municipal.net.contains(code)
                               ? tr("%1: net migration %2 (%3)")
                                     .arg(m_qualifiedNames.value(code, code), FlowsCommentary::signedCount(m_municipal.net.value(code)))
                                     .arg(m_municipal.year)
                               : tr("%1: no migration data").arg(m_qualifiedNames.value(code, code)));
    }
    const QStringList before = selection().codes();
    if (!prefectures.isEmpty())
        selection().set(prefectures);   // the flow map follows the prefecture
    if (selection().codes() == before) {
        refreshNetMap();
        refreshFlowMap();
        applyFlowMapSelection();
        updateTable();
        m_commentary->setHtml(commentary());
        emit contentChanged();
    }
}

void FlowsView::updateTable()
{
    const QScopedValueRollback<bool> guard(m_updatingTable, true);
    QList<TopFlowsModel::Row> rows;
    for (const widgets::FlowArrow &f : m_flowMap->visibleFlows())
        rows.append({f.origin, f.destination, f.value});
    const bool municipal = flowMapMunicipal();
    m_model->setRows(rows, municipal ? m_municipal.totalFlows : m_result.totalFlows,
                     municipal ? m_qualifiedNames : m_names);
    // Keep the row of the highlighted pair selected across rebuilds.
    const QStringList codes = municipal ? m_municipalSelected : selection().codes();
    if (codes.size() == 2) {
        for (const auto &[o, d] : {std::pair{codes.at(0), codes.at(1)}, std::pair{codes.at(1), codes.at(0)}}) {
            const int row = m_model->rowOf(o, d);
            if (row >= 0) {
                m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
                m_flowMap->setHighlightedFlow(o, d);
                return;
            }
        }
    }
    m_flowMap->setHighlightedFlow(QString(), QString());
}

void FlowsView::tableRowSelected()
{
    if (m_updatingTable)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QModelIndex index = rows.first();
    const QString origin = index.data(int(TopFlowsModel::Role::OriginCode)).toString();
    const QString destination = index.data(int(TopFlowsModel::Role::DestinationCode)).toString();
    m_flowMap->setHighlightedFlow(origin, destination);
    // Both regions of the flow; the focus region, when it is one of them, stays first.
    QStringList codes{origin, destination};
    const bool municipal = flowMapMunicipal();
    const QString focus = municipal ? m_municipalSelected.value(0) : selection().primary();
    if (codes.contains(focus)) {
        codes.removeAll(focus);
        codes.prepend(focus);
    }
    if (municipal)
        selectMunicipalities(codes);
    else
        selection().set(codes);
}

QString FlowsView::howToRead() const
{
    return FlowsCommentary::howToRead();
}

QString FlowsView::commentary() const
{
    if (!m_levels->municipal())
        return m_texts.commentary(m_result);
    const MunicipalScope scope{m_municipalBusy, m_levels->prefectureFilter(), m_levels->prefectureFilterName(),
                               m_municipalSelected};
    return m_texts.commentary(m_result, &m_municipal, scope);
}

QList<PageFigure> FlowsView::figures() const
{
    QList<PageFigure> out;
    out.append({u"flow_map"_s, m_flowMap->title(),
                [this](QPainter *painter, const QRectF &target) { m_flowMap->render(painter, target); }});
    out.append({u"net_migration_map"_s, m_netMap->title(),
                [this](QPainter *painter, const QRectF &target) { m_netMap->render(painter, target); }});
    if (m_result.hasAges)
        out.append({u"net_migration_by_age"_s, m_ageChart->title(),
                    [this](QPainter *painter, const QRectF &target) { m_ageChart->render(painter, target); }});
    return out;
}

QStringList FlowsView::sources() const
{
    QStringList out;
    QStringList ids{kMigration};
    if (!m_result.populationIndicator.isEmpty())
        ids << m_result.populationIndicator;
    for (const QString &id : ids)
        if (const std::optional<IndicatorInfo> info = store().indicator(id)) {
            const QString s = japanese() || info->sourceEn.isEmpty() ? info->sourceJa : info->sourceEn;
            if (!out.contains(s))
                out << s;
        }
    return out;
}

void FlowsView::setLargeFonts(bool on)
{
    m_flowMap->setLargeFonts(on);
    m_ageChart->setLargeFonts(on);
    QFont f = font();
    f.setPointSizeF(on ? 13.0 : QFont().pointSizeF());
    for (QWidget *w : {static_cast<QWidget *>(m_commentary), static_cast<QWidget *>(m_howTo),
                       static_cast<QWidget *>(m_indices), static_cast<QWidget *>(m_table),
                       static_cast<QWidget *>(m_ageNote), static_cast<QWidget *>(m_source)})
        w->setFont(f);
    m_netMap->setFont(f);
    m_flowMap->setFont(f);
}

void FlowsView::waitForIdle()
{
    catchUpSelection();
    for (int guard = 0; isBusy() && guard < 100; ++guard) {
        drainWatcher(*m_watcher, [this] { return m_busy; });
        drainWatcher(*m_municipalWatcher, [this] { return m_municipalBusy; });
    }
}

} // namespace regionlens::app
