// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowsview.h"

#include "analysisviewsupport.h"
#include "catalogsource.h"
#include "boundaryadapter.h"
#include "exportsupport.h"
#include "flowscommentary.h"
#include "flowsregion.h"
#include "jobrunner.h"
#include "maplevelcontrol.h"
#include "pageframe.h"
#include "regionselection.h"
#include "topflowsmodel.h"
#include "widgets/choroplethmap.h"
#include "widgets/flowmap.h"
#include "widgets/netbarchart.h"

#include "analysis/classification.h"

#include "datasets/catalog.h"
#include "datasets/store.h"

#include <QColor>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QTextBrowser>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;
using namespace regionlens::datasets::flows;

namespace regionlens::app {

namespace {

const QString kMigration = u"migration"_s;

// Class breaks symmetric around 0: gains and losses of the same size get the same intensity.
QList<double> symmetricBreaks(const QHash<QString, double> &values)
{
    const std::vector<double> breaks = analysis::symmetricBreaks({values.cbegin(), values.cend()});
    return {breaks.cbegin(), breaks.cend()};
}

} // namespace

FlowsView::FlowsView(const PageContext &context, QWidget *parent)
    : MapPage(context, parent), m_runner(addRunner()), m_municipal(addRunner())
{
    init();
}

FlowsView::FlowsView(Store &store, RegionSelection &selection, bool japanese, QWidget *parent)
    : MapPage(store, selection, japanese, parent), m_runner(addRunner()), m_municipal(addRunner())
{
    init();
}

void FlowsView::init()
{
    buildUi();
    retranslateUi();
    onSelectionChanged([this] {
        pageMap()->followSelection();   // a municipality stays picked while its prefecture is selected
        applySelection();
        refresh();
    });
    reload();
}

FlowsView::~FlowsView() = default;

void FlowsView::retranslateUi()
{
    m_flowMap->setValueUnit(tr("persons"));
}

QString FlowsView::title() const
{
    return tr("Migration flows");
}

void FlowsView::buildUi()
{
    m_year = new QComboBox(this);
    m_region = new QComboBox(this);
    m_region->setObjectName(u"regionCombo"_s);
    m_region->setMinimumContentsLength(8);
    m_topN = new QSpinBox(this);
    m_topN->setRange(5, 500);
    m_topN->setSingleStep(5);
    m_topN->setValue(30);
    m_view = new QComboBox(this);
    m_view->setObjectName(u"flowView"_s);
    m_view->addItem(tr("Region's flows"), u"region"_s);
    m_view->addItem(tr("National overview"), u"national"_s);
    m_view->setToolTip(tr("The selected prefecture's in- and outflows, or the largest flows of the nation"));
    m_perThousand = new QCheckBox(tr("Net per 1,000 inhabitants"), this);
    frame().addControl(tr("Year"), m_year, 0);
    frame().addControl(tr("Region"), m_region);
    frame().addControl(QString(), m_view);   // no label: the row fits 1280 px in English
    frame().addControl(tr("Largest flows"), m_topN);
    frame().addControl(QString(), m_perThousand);

    // The two maps side by side, the table, the indices and net migration by age below.
    m_flowMap = new widgets::FlowMap(this);
    m_flowMap->setMinimumSize(300, 240);
    m_flowNote = new QLabel(this);
    m_flowNote->setObjectName(u"flowMapNote"_s);
    m_flowNote->setWordWrap(true);
    setLabelColour(m_flowNote, QColor(0x55, 0x55, 0x55), QMargins(6, 2, 6, 2));
    m_flowNote->setVisible(false);
    auto *flowPanel = new QWidget(this);
    auto *flowLayout = new QVBoxLayout(flowPanel);
    flowLayout->setContentsMargins(0, 0, 0, 0);
    flowLayout->addWidget(m_flowNote);
    flowLayout->addWidget(m_flowMap, 1);
    map()->setMinimumSize(260, 220);
    map()->setDivergingCentre(0.0);
    map()->setClassification(analysis::ClassificationMethod::UserBreaks, 8);
    auto *maps = new QSplitter(Qt::Horizontal, this);
    maps->addWidget(flowPanel);
    maps->addWidget(pageMap()->panel());
    maps->setStretchFactor(0, 3);
    maps->setStretchFactor(1, 2);
    auto *figures = new QSplitter(Qt::Vertical, this);
    figures->addWidget(maps);
    figures->addWidget(buildLowerRow());
    figures->setStretchFactor(0, 3);
    figures->setStretchFactor(1, 2);
    frame().addTab(figures, tr("Flow map"));
    frame().addTab(buildPartnerTab(), tr("Partners and regional blocks"));

    frame().addFigure(u"flow_map"_s, m_flowMap);
    frame().addFigure(u"net_migration_map"_s, map());
    frame().addFigure(u"net_migration_by_partner"_s, m_partnerChart);
    frame().addFigure(u"net_migration_by_block"_s, m_blockChart);
    frame().addFigure(u"net_migration_by_age"_s, m_ageChart);
    frame().addScaledTable(m_table);
    for (QWidget *text : {static_cast<QWidget *>(m_indices), static_cast<QWidget *>(m_ageNote),
                          static_cast<QWidget *>(frame().sourceLabel())})
        frame().addScaledText(text);
    connectControls();
}

QWidget *FlowsView::buildLowerRow()
{
    m_table = new TopFlowsTable(this);
    m_table->setMinimumWidth(280);
    // Copy and CSV: every flow of the year, not only the map's largest N
    // (the region view's table already holds all of the region's flows).
    addTableExportActions(m_table, [this]() -> std::unique_ptr<QAbstractItemModel> {
        const bool municipalArrows = flowMapMunicipal();
        if (!municipalArrows && regionView())
            return nullptr;
        QList<TopFlowsModel::Row> rows;
        for (const widgets::FlowArrow &f : m_flowMap->flows())
            rows.append({f.origin, f.destination, f.value});
        std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.value > b.value; });
        auto all = std::make_unique<TopFlowsModel>();
        all->setRows(rows, municipalArrows ? m_municipal.result().totalFlows : m_result.totalFlows, regionNames());
        return all;
    });
    connect(m_table, &TopFlowsTable::flowPicked, this, &FlowsView::flowPicked);

    // The indices: a rich-text table that scrolls when the row is low (a
    // 1366 × 768 screen) — a text browser, which lays out and scrolls rich
    // text itself (a label in a scroll area was clipped to a line or two).
    m_indices = new QTextBrowser(this);
    m_indices->setObjectName(u"indices"_s);
    m_indices->setOpenLinks(false);
    m_indices->setFrameShape(QFrame::NoFrame);
    m_indices->viewport()->setAutoFillBackground(false);
    m_ageNote = new QLabel(this);
    m_ageNote->setObjectName(u"ageNote"_s);
    m_ageNote->setWordWrap(true);
    setLabelColour(m_ageNote, QColor(0x55, 0x55, 0x55), QMargins(6, 2, 6, 2));
    auto *indicesBox = new QGroupBox(tr("Indices"), this);
    auto *boxLayout = new QVBoxLayout(indicesBox);
    boxLayout->setContentsMargins(2, 2, 2, 2);
    boxLayout->addWidget(m_indices, 1);
    indicesBox->setMinimumWidth(260);

    m_ageChart = new widgets::NetBarChart(this);
    m_ageChart->setMinimumSize(220, 160);
    m_ageChart->setValueLabels(false);
    // The note takes the age chart's place where the flows have no ages (the
    // chart is hidden then): a column of its own, not squeezed under the indices.
    auto *ageBox = new QWidget(this);
    auto *ageLayout = new QVBoxLayout(ageBox);
    ageLayout->setContentsMargins(0, 0, 0, 0);
    ageLayout->addWidget(m_ageChart, 1);
    ageLayout->addWidget(m_ageNote);
    ageLayout->addStretch(0);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_table);
    lower->addWidget(indicesBox);
    lower->addWidget(ageBox);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setStretchFactor(2, 2);
    lower->setSizes({300, 200, 200});   // the table first, whatever its rows
    return lower;
}

// The region's net per partner (in, out, net) and by 地域ブロック, side by side.
QWidget *FlowsView::buildPartnerTab()
{
    m_partnerChart = new widgets::NetBarChart(this);
    m_partnerChart->setObjectName(u"partnerChart"_s);
    m_partnerChart->setHorizontal(true);
    m_partnerChart->setMinimumSize(300, 240);
    m_blockChart = new widgets::NetBarChart(this);
    m_blockChart->setObjectName(u"blockChart"_s);
    m_blockChart->setHorizontal(true);
    m_blockChart->setMinimumSize(240, 200);
    auto *tab = new QSplitter(Qt::Horizontal, this);
    tab->addWidget(m_partnerChart);
    tab->addWidget(m_blockChart);
    tab->setStretchFactor(0, 3);
    tab->setStretchFactor(1, 2);
    return tab;
}

void FlowsView::connectControls()
{
    // Redraws what the level, the filter or municipal picks change.
    auto redraw = [this] {
        redrawMaps();
        emit contentChanged();
    };
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        refreshMunicipal();   // municipal flows are of the page's year
    });
    connect(m_region, &QComboBox::activated, this, [this](int index) {
        const QString code = m_region->itemData(index).toString();
        selection().set(code.isEmpty() ? QStringList() : QStringList{code});
    });
    connect(m_topN, &QSpinBox::valueChanged, this, [this](int n) {
        (regionView() ? m_topNRegion : m_topNNational) = n;
        m_flowMap->setTopN(n);
        refreshFlowMap();   // the zoom follows the partners shown
        updateTable();
        refreshText();
        emit contentChanged();
    });
    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        refreshFlowMap();
        updateTable();
        refreshText();
        emit contentChanged();
    });
    connect(m_perThousand, &QCheckBox::toggled, this, [this] { apply(m_result); });
    connect(m_flowMap, &widgets::ChoroplethMap::selectionChanged, this, [this](const QStringList &codes) {
        if (flowMapMunicipal())
            selectMunicipalities(codes);
        else
            selection().set(codes);
    });
    connect(pageMap(), &PageMap::levelChanged, this, [this, redraw] {
        refreshMunicipal();
        redraw();
    });
    connect(pageMap(), &PageMap::filterChanged, this, redraw);
    connect(pageMap(), &PageMap::picked, this, [this, redraw](bool sharedChanged) {
        if (const QStringList picked = municipalSelection(); !picked.isEmpty())
            emit statusMessage(m_municipal.pickedMessage(picked.first(), commentaryContext()));
        if (!sharedChanged)   // no RegionSelection::changed(): redraw here
            redraw();
    });
}

void FlowsView::reload()
{
    m_inputs.reset();   // the store changed: read the flows and populations again
    setRegionNames(catalogSource().qualifiedRegionNames());   // prefectures and municipalities
    m_prefectures.clear();
    for (const Region &r : catalog().regions(RegionLevel::Prefecture))
        m_prefectures << r.code;
    std::sort(m_prefectures.begin(), m_prefectures.end());
    m_prefectureFeatures = catalogSource().mapFeatures(RegionLevel::Prefecture);
    m_municipal.clear();
    m_flowMapFeatures.clear();
    m_flowMap->setTopN(m_topN->value());
    pageMap()->reload(catalogSource());
    refreshFlowMap();
    {
        const QSignalBlocker block(m_region);
        m_region->clear();
        m_region->addItem(tr("Japan (all prefectures)"), QString());
        for (const QString &code : std::as_const(m_prefectures))
            m_region->addItem(regionName(code), code);
    }
    {
        const QSignalBlocker block(m_year);
        const int current = m_year->currentData().toInt();
        m_year->clear();
        for (int y : catalog().years(kMigration))
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
    m_view->setCurrentIndex(on ? 0 : 1);
}

bool FlowsView::regionView() const
{
    return m_view->currentIndex() == 0 && !m_result.focusFlows.isEmpty() && !m_result.focus.isEmpty()
        && m_result.focus == focus();
}

void FlowsView::setPerThousand(bool on)
{
    m_perThousand->setChecked(on);
}

QString FlowsView::focus() const
{
    const QString primary = selection().primary();
    if (m_prefectures.contains(primary))
        return primary;
    // A municipality: the migration table is prefectural, so its prefecture.
    return primary.size() == 5 && m_prefectures.contains(primary.left(2)) ? primary.left(2) : QString();
}

QString FlowsView::selectedMunicipality() const
{
    const QString primary = selection().primary();
    return primary.size() == 5 && !flowMapMunicipal() ? primary : QString();
}

QString FlowsView::municipalityNote() const
{
    const QString code = selectedMunicipality();
    return code.isEmpty() ? QString()
                          : m_municipal.municipalityNote(code, focus(), m_result.otherLevelFlows > 0,
                                                         commentaryContext());
}

void FlowsView::refresh()
{
    Request request;
    request.year = year();
    request.regions = m_prefectures;
    request.focus = focus();
    // A new focus (a region change) recomputes from the flows and
    // populations already read: they depend only on the year and the regions.
    if (m_inputs && m_inputsYear == request.year) {
        m_runner->runCompute(
            [inputs = m_inputs, focus = request.focus](const analysis::ProgressFn &progress) {
                Inputs in = *inputs;
                in.focus = focus;
                return compute(in, progress);
            },
            [this](Result result) { apply(result); });
        return;
    }
    // ~2,200 flows and the populations read, the rates computed, on a worker.
    using Loaded = std::shared_ptr<const Inputs>;
    m_runner->run([request](const Store &store) { return std::make_shared<const Inputs>(load(store, request)); },
                  [](const Loaded &inputs, const analysis::ProgressFn &progress) {
                      return std::make_pair(compute(*inputs, progress), inputs);
                  },
                  [this, year = request.year](std::pair<Result, Loaded> done) {
                      m_inputs = std::move(done.second);
                      m_inputsYear = year;
                      apply(done.first);
                  });
}

void FlowsView::refreshMunicipal()
{
    if (municipal())
        m_municipal.start(year(), regionNames(), [this] {
            m_flowMapFeatures.clear();   // the municipal features are new
            redrawMaps();
            emit contentChanged();
        });
}

void FlowsView::apply(const Result &r)
{
    m_result = r;
    m_flowMap->setSourceText(sourceText(kMigration));
    refreshFlowMap();
    refreshNetMap();
    showAges();
    showPartners();
    m_indices->setHtml(FlowsCommentary(japanese()).indices(m_result, commentaryContext()));
    updateTable();
    refreshText();
    emit contentChanged();
}

void FlowsView::redrawMaps()
{
    refreshNetMap();
    refreshFlowMap();
    applySelection();
    updateTable();
    refreshText();
}

void FlowsView::showAges()
{
    const Result &r = m_result;
    widgets::NetBarData ages;
    if (r.hasAges && !r.focus.isEmpty()) {
        for (qsizetype i = 0; i < r.ageClasses.size(); ++i) {
            ages.categories.append(catalog::ageClassLabel(r.ageClasses.at(i), japanese()));
            ages.values.append(r.focusNetByAge.value(i, std::nan("")));
        }
    }
    m_ageChart->setTitle(r.focus.isEmpty() ? tr("Net migration by age")
                                           : tr("Net migration by age, %1").arg(regionName(r.focus)));
    m_ageChart->setUnit(tr("persons"));
    m_ageChart->setEmptyText(!r.hasAges ? tr("No age breakdown in the data") : tr("Select a prefecture"));
    m_ageChart->setData(ages);
    m_ageNote->setText(r.hasAges ? QString()
                                 : tr("Net migration by age: not available, the flows in the store have no age "
                                      "classes."));
    m_ageNote->setVisible(!r.hasAges);
    m_ageChart->setVisible(r.hasAges);
}

void FlowsView::showPartners()
{
    const RegionFlows &f = m_result.focusFlows;
    const QString name = f.isEmpty() ? QString() : regionName(f.region);
    {
        const widgets::AnalysisChart::Batch batch(m_partnerChart);
        m_partnerChart->setTitle(f.isEmpty() ? tr("Net migration by partner")
                                             : tr("%1: net migration with the %2 largest partners, %3")
                                                   .arg(name)
                                                   .arg(std::min<qsizetype>(FlowsRegionFigures::kPartnerBars,
                                                                            f.partners.size()))
                                                   .arg(f.year));
        m_partnerChart->setUnit(tr("persons (out ← 0 → in)"));
        m_partnerChart->setEmptyText(tr("Select a prefecture"));
        m_partnerChart->setData(f.isEmpty() ? widgets::NetBarData() : FlowsRegionFigures::partnerBars(f, regionNames()));
    }
    const widgets::AnalysisChart::Batch batch(m_blockChart);
    m_blockChart->setTitle(f.isEmpty() ? tr("Net migration by regional block")
                                       : tr("%1: net migration by regional block, %2").arg(name).arg(f.year));
    m_blockChart->setUnit(tr("persons"));
    m_blockChart->setEmptyText(tr("Select a prefecture"));
    m_blockChart->setFootnote(f.isEmpty() ? QString() : tr("%1 itself is left out of its own block.").arg(name));
    m_blockChart->setData(f.isEmpty() ? widgets::NetBarData() : FlowsRegionFigures::blockBars(f, japanese()));
}

bool FlowsView::flowMapMunicipal() const
{
    return municipal() && m_municipal.hasArrows();
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
    if (!flowMapMunicipal()) {
        QList<widgets::FlowArrow> arrows;
        arrows.reserve(m_result.flows.size());
        for (const FlowRecord &f : m_result.flows)
            arrows.append({f.origin, f.destination, f.value});
        m_flowMap->setFlows(arrows);
        // The region view: the region's own arrows, the map zoomed to it and
        // the partners they reach; the national overview: all of Japan.
        const bool own = regionView();
        if (const int n = own ? m_topNRegion : m_topNNational; m_topN->value() != n) {
            const QSignalBlocker block(m_topN);
            m_topN->setValue(n);
        }
        m_flowMap->setTopN(m_topN->value());
        m_flowMap->setFocusRegion(focus());
        m_flowMap->setFocusOnly(own);
        QStringList zoom;
        if (own) {
            zoom << m_result.focus;
            for (const widgets::FlowArrow &f : m_flowMap->visibleFlows())
                zoom << (f.origin == m_result.focus ? f.destination : f.origin);
        }
        QList<widgets::MapFeature> features = m_prefectureFeatures;
        if (own && !municipal()) {   // at municipal level the arrow map stays on all 47
            // Partners from 北海道 to 九州 (東京都's): Japan as a whole, with its insets.
            const QList<widgets::MapFeature> around = widgets::FlowMap::featuresAround(features, zoom);
            if (around.size() < features.size() * 3 / 4)
                features = around;
        }
        zoom.clear();
        for (const widgets::MapFeature &f : std::as_const(features))
            zoom << f.code;
        if (const QString key = u"p"_s + zoom.join(u','); m_flowMapFeatures != key) {
            m_flowMap->setFeatures(features);
            m_flowMap->setNeutralBase();   // every region in one light class
            m_flowMap->setRegionNames(regionNames());
            m_flowMapFeatures = key;
        }
        m_flowMap->setTitle(own ? tr("Migration to and from %1, %2").arg(regionName(m_result.focus)).arg(m_result.year)
                                : tr("Largest migration flows between prefectures, %1").arg(m_result.year));
        QString note = municipalityNote();
        if (note.isEmpty() && municipal())
            note = m_municipal.prefectureArrowsNote();
        m_flowNote->setText(note);
        m_flowNote->setVisible(!note.isEmpty());
        return;
    }
    const QString filter = mapLevels()->prefectureFilter();
    const QList<widgets::FlowArrow> arrows = m_municipal.arrows(filter);
    m_flowMap->setFocusOnly(m_view->currentIndex() == 0);   // a picked municipality's own flows
    if (m_flowMapFeatures != u"m"_s + filter) {
        m_flowMap->setFeatures(m_municipal.features(filter, arrows));
        m_flowMap->setRegionNames(regionNames());
        m_flowMapFeatures = u"m"_s + filter;
    }
    m_flowMap->setFlows(arrows);
    m_flowMap->setTitle(m_municipal.flowMapTitle(municipalSelection().value(0), commentaryContext()));
    m_flowNote->clear();
    m_flowNote->setVisible(false);
}

void FlowsView::refreshNetMap()
{
    const bool perThousand = m_perThousand->isChecked();
    QHash<QString, double> values;
    if (!municipal()) {
        const bool rates = perThousand && !m_result.netPerThousand.isEmpty();
        values = rates ? m_result.netPerThousand : m_result.net;
        map()->setUnit(rates ? tr("per 1,000") : tr("persons"));
        map()->setTitle(rates ? tr("Net migration per 1,000 inhabitants, %1").arg(m_result.year)
                              : tr("Net migration, %1").arg(m_result.year));
        map()->setSourceText(sourceText(kMigration));
        mapLevels()->setNote(QString());
    } else {
        values = mapLevels()->restrict(m_municipal.netValues(perThousand));
        const bool rates = perThousand && !m_municipal.result().netPerThousand.isEmpty();
        map()->setUnit(rates ? tr("per 1,000") : tr("persons"));
        map()->setTitle(m_municipal.netMapTitle(perThousand, pageMap()->titleSuffix()));
        map()->setSourceText(sourceText(m_municipal.sourceIndicator()));
        mapLevels()->setNote(m_municipal.levelNote());
    }
    map()->setUserBreaks(symmetricBreaks(values));
    pageMap()->showValues(values);
}

void FlowsView::applySelection()
{
    {
        const QSignalBlocker block(m_flowMap);
        const bool municipalArrows = flowMapMunicipal();
        m_flowMap->setSelectedCodes(municipalArrows ? municipalSelection() : selection().codes());
        m_flowMap->setFocusRegion(municipalArrows ? municipalSelection().value(0) : focus());
    }
    pageMap()->markSelection();
    const QSignalBlocker block(m_region);
    m_region->setCurrentIndex(std::max(0, m_region->findData(focus())));
}

void FlowsView::updateTable()
{
    QList<TopFlowsModel::Row> rows;
    for (const widgets::FlowArrow &f : m_flowMap->visibleFlows())
        rows.append({f.origin, f.destination, f.value});
    const bool municipalArrows = flowMapMunicipal();
    // The region view lists every flow of the region, each with its share of
    // the region's own in- or out-moves; otherwise the map's flows with their
    // share of all movers.
    const bool own = !municipalArrows && regionView();
    if (own)
        rows = FlowsRegionFigures::tableRows(m_result.focusFlows);
    tableModel()->setShareTitle(own ? tr("% of its in/out") : QString(),
                                own ? tr("Share of the region's own in-moves (a flow into it) or out-moves (a flow "
                                         "out of it)")
                                    : QString());
    // The row of the highlighted pair stays selected across rebuilds.
    const auto [origin, destination] =
        m_table->showFlows(rows, municipalArrows ? m_municipal.result().totalFlows : m_result.totalFlows,
                           regionNames(), municipalArrows ? municipalSelection() : selection().codes());
    m_flowMap->setHighlightedFlow(origin, destination);
}

void FlowsView::flowPicked(const QString &origin, const QString &destination)
{
    m_flowMap->setHighlightedFlow(origin, destination);
    // Both regions of the flow; the focus region, when it is one of them, stays first.
    QStringList codes{origin, destination};
    const bool municipalArrows = flowMapMunicipal();
    const QString first = municipalArrows ? municipalSelection().value(0) : selection().primary();
    if (codes.contains(first)) {
        codes.removeAll(first);
        codes.prepend(first);
    }
    if (municipalArrows)
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
    const QString note = municipalityNote();
    return (note.isEmpty() ? QString() : u"<p>"_s + note.toHtmlEscaped() + u"</p>"_s)
        + FlowsCommentary(japanese()).commentary(m_result, commentaryContext(), &m_municipal.result(),
                                                 m_municipal.isBusy());
}

QList<PageFigure> FlowsView::figures() const
{
    QList<PageFigure> out = AnalysisPage::figures();
    if (!m_result.hasAges)
        out.removeIf([](const PageFigure &f) { return f.id == u"net_migration_by_age"; });
    if (!regionView())   // the region's charts: with a selected prefecture, in the region view
        out.removeIf([](const PageFigure &f) { return f.id.startsWith(u"net_migration_by_"); });
    return out;
}

QString FlowsView::sourceText(const QString &indicator) const
{
    const QString source = sourceOf(indicator);
    return source.isEmpty() ? QString() : tr("Source: %1").arg(source);
}

QStringList FlowsView::sources() const
{
    QStringList out;
    for (const QString &id : {kMigration, m_result.populationIndicator})
        if (const QString s = sourceOf(id); !s.isEmpty() && !out.contains(s))
            out << s;
    return out;
}

} // namespace regionlens::app
