// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareview.h"

#include "analysis/peercompare.h"
#include "analysis/ranking.h"
#include "catalogsource.h"
#include "comparecommentary.h"
#include "compareviewsupport.h"
#include "datasets/catalogsnapshot.h"
#include "datasets/indicatorcatalog.h"
#include "exportsupport.h"
#include "indicatorpicker.h"
#include "jobrunner.h"
#include "messagetexts.h"
#include "pageframe.h"
#include "regionselection.h"
#include "widgets/peerscatterchart.h"
#include "widgets/profilechart.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;
namespace compare = regionlens::datasets::compareadapter;
using Per = regionlens::datasets::indicatoradapter::Per;

namespace regionlens::app {

using comparesupport::NumberItem;
using comparesupport::valueText;

namespace {

QString plainName(const compare::Row &r, bool japanese)
{
    return japanese || r.nameEn.isEmpty() ? r.nameJa : r.nameEn;
}

QTableWidget *makeTable(QWidget *parent, int columns)
{
    auto *table = new QTableWidget(parent);
    table->setColumnCount(columns);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setMinimumHeight(60);
    return table;
}

QWidget *withRow(QWidget *parent, const QList<QWidget *> &row, QWidget *below, int lastStretch = 0)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *line = new QHBoxLayout;
    for (QWidget *w : row)
        line->addWidget(w, w == row.last() ? lastStretch : 0);
    if (lastStretch == 0)
        line->addStretch(1);
    layout->addLayout(line);
    layout->addWidget(below, 1);
    return box;
}

} // namespace

CompareView::CompareView(const PageContext &context, QWidget *parent) : AnalysisPage(context, parent)
{
    init();
}

CompareView::CompareView(Store &store, RegionSelection &selection, bool japanese, QWidget *parent)
    : AnalysisPage(store, selection, japanese, parent)
{
    init();
}

CompareView::~CompareView() = default;

void CompareView::init()
{
    m_runner = addRunner();
    m_axisRunner = addRunner();
    buildUi();
    retranslateUi();
    onSelectionChanged([this] { recompute(); });
    reload();
}

void CompareView::buildUi()
{
    m_peers = new QComboBox(this);
    m_peers->addItem(tr("Similar regions"), int(compare::PeerMode::Similar));
    m_peers->addItem(tr("Same prefecture or block"), int(compare::PeerMode::Prefecture));
    m_peers->addItem(tr("List"), int(compare::PeerMode::List));
    m_list = new QLineEdit(this);
    m_list->setPlaceholderText(tr("Codes or names, comma-separated"));
    m_list->setMinimumWidth(200);
    m_list->setVisible(false);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"compareScope"_s);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_per = new QComboBox(this);
    m_per->addItem(tr("As published"), int(Per::None));
    m_per->addItem(tr("Per person"), int(Per::Capita));
    m_per->addItem(tr("Per 1,000 people"), int(Per::Thousand));
    m_per->addItem(tr("Per 100,000 people"), int(Per::HundredThousand));
    m_per->addItem(tr("Per km²"), int(Per::Km2));
    m_per->addItem(tr("Per household"), int(Per::Household));
    chooseData(m_per, int(Per::HundredThousand));
    auto *peers = new QWidget(this);   // the list's field beside its choice, only while chosen
    auto *peersRow = new QHBoxLayout(peers);
    peersRow->setContentsMargins(0, 0, 0, 0);
    peersRow->addWidget(m_peers);
    peersRow->addWidget(m_list);
    frame().addControl(tr("Peers"), peers, 0);
    frame().addControl(tr("Indicators"), m_scope);
    frame().addControl(tr("Counts"), m_per);
    m_showOnMap = new QPushButton(tr("Show on map"), this);
    frame().addControl(QString(), m_showOnMap);

    m_profile = new widgets::ProfileChart(this);
    m_table = makeTable(this, 8);
    m_table->setSortingEnabled(true);
    m_sort = new QComboBox(this);
    m_sort->addItem(tr("Highest first"), 0);
    m_sort->addItem(tr("Lowest first"), 1);
    m_sort->addItem(tr("Catalogue order"), 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(withRow(this, {new QLabel(tr("Order"), this), m_sort}, m_profile));
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    frame().addTab(split, tr("Profile"));

    // Any indicator of the catalogue with a value per region (not by industry) on either axis and in the ranking.
    const IndicatorPicker::Filter plain = [](const IndicatorInfo &info, const CatalogSnapshot &snapshot) {
        return info.kind == u"observation" && snapshot.industriesOf(info.id).contains(QString());
    };
    m_xPicker = new IndicatorPicker(IndicatorPicker::Style::Row, this);
    m_yPicker = new IndicatorPicker(IndicatorPicker::Style::Row, this);
    m_rankPicker = new IndicatorPicker(IndicatorPicker::Style::Row, this);
    for (IndicatorPicker *picker : {m_xPicker, m_yPicker, m_rankPicker})
        picker->setFilter(plain);
    m_scatter = new widgets::PeerScatterChart(this);
    auto *axes = new QWidget(this);
    auto *axesGrid = new QGridLayout(axes);
    axesGrid->setContentsMargins(0, 4, 0, 0);
    axesGrid->setVerticalSpacing(2);
    axesGrid->addWidget(new QLabel(tr("x"), this), 0, 0);
    axesGrid->addWidget(m_xPicker, 0, 1);
    axesGrid->addWidget(new QLabel(tr("y"), this), 1, 0);
    axesGrid->addWidget(m_yPicker, 1, 1);
    axesGrid->addWidget(m_scatter, 2, 0, 1, 2);
    axesGrid->setColumnStretch(1, 1);
    axesGrid->setRowStretch(2, 1);
    frame().addTab(axes, tr("Scatter"));

    m_ranking = makeTable(this, 4);
    m_ranking->setToolTip(tr("Click a region to compare it with its peers"));
    frame().addTab(withRow(this, {new QLabel(tr("Indicator"), this), m_rankPicker}, m_ranking, 1), tr("Ranking"));
    frame().addScaledTable(m_table);
    frame().addScaledTable(m_ranking);
    frame().addFigure(u"compare_profile"_s, m_profile);
    frame().addFigure(u"compare_scatter"_s, m_scatter);

    connect(m_peers, &QComboBox::currentIndexChanged, this, [this] {
        m_list->setVisible(currentData(m_peers).toInt() == int(compare::PeerMode::List));
        recompute();
    });
    connect(m_list, &QLineEdit::editingFinished, this, &CompareView::recompute);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &CompareView::recompute);
    connect(m_per, &QComboBox::currentIndexChanged, this, &CompareView::recompute);
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        refreshProfile();
        emit contentChanged();
    });
    for (IndicatorPicker *picker : {m_xPicker, m_yPicker})
        connect(picker, &IndicatorPicker::indicatorChanged, this, [this] {
            m_axesChosen = true;
            loadAxes();
            refreshScatter();
            emit contentChanged();
        });
    connect(m_rankPicker, &IndicatorPicker::indicatorChanged, this, [this] {
        m_rankChosen = true;
        loadAxes();
        refreshRanking();
    });
    // Linked selection: a dot or a ranking row selects its region everywhere.
    connect(m_scatter, &widgets::PeerScatterChart::pointClicked, this,
            [this](int i) { pickRegion(m_result.codes.value(i)); });
    connect(m_ranking, &QTableWidget::cellClicked, this, [this](int r) {
        if (const QTableWidgetItem *item = m_ranking->item(r, 1))
            pickRegion(item->data(Qt::UserRole).toString());
    });
    connect(m_showOnMap, &QPushButton::clicked, this, [this] {
        if (!comparedRegions().isEmpty())
            emit showOnMap(comparedRegions());
    });
    // A row of the profile table: its indicator in the ranking and on the scatter's y axis.
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int r) {
        const QString id = m_table->item(r, 0) ? m_table->item(r, 0)->data(Qt::UserRole).toString() : QString();
        setRankingIndicator(id);
        setScatterIndicators(m_xPicker->currentIndicator(), id);
    });
}

void CompareView::retranslateUi()
{
    // The pickers' search fields as wide as their hint (no "Japanese or Engli…").
    for (IndicatorPicker *picker : {m_xPicker, m_yPicker, m_rankPicker}) {
        QLineEdit *search = picker->searchEdit();
        search->setMinimumWidth(search->fontMetrics().horizontalAdvance(search->placeholderText()) + 36);
    }
    m_profile->setAxisLabel(tr("Percentile among the peers (50 = their median)"));
    m_profile->setEmptyText(tr("No data"));
    m_scatter->setEmptyText(tr("No data"));
    m_table->setHorizontalHeaderLabels({tr("Indicator"), tr("Year"), tr("Value"), tr("Peers' median"), tr("Unit"),
                                        tr("Percentile"), tr("Rank"), tr("n")});
    m_ranking->setHorizontalHeaderLabels({tr("Rank"), tr("Region"), tr("Value"), tr("Unit")});
}

QString CompareView::title() const
{
    return tr("Compare with peers");
}

void CompareView::reload()
{
    setRegionNames(catalogSource().qualifiedRegionNames());
    fillScopes();
    for (IndicatorPicker *picker : {m_xPicker, m_yPicker, m_rankPicker}) {
        const QSignalBlocker block(picker);
        picker->setCatalog(catalog(), japanese());
    }
    m_runner->forgetKey();
    m_axisRunner->forgetKey();
    recompute();
}

void CompareView::fillScopes()
{
    const QString current = scope().isEmpty() && m_scope->count() == 0 ? u"theme:health_welfare"_s : scope();
    const QSignalBlocker block(m_scope);
    m_scope->clear();
    // Plain names under two headings that cannot be chosen (a short control).
    const auto heading = [this](const QString &text) {
        m_scope->addItem(text, u"-"_s);
        if (auto *model = qobject_cast<QStandardItemModel *>(m_scope->model()))
            model->item(m_scope->count() - 1)->setEnabled(false);
    };
    // A theme or category without indicators at the region's level says which level has them.
    m_scopeLevel = focusRegion().size() == 2 ? RegionLevel::Prefecture : RegionLevel::Municipality;
    const QHash<QString, ScopeCount> counts = scopeCounts();
    const auto add = [&](const QString &name, const QString &key) {
        const ScopeCount c = counts.value(key);
        if (*m_scopeLevel == RegionLevel::Prefecture && c.prefectural == 0 && c.municipal > 0)
            m_scope->addItem(tr("%1 (municipalities only)").arg(name), key);
        else if (*m_scopeLevel == RegionLevel::Municipality && c.municipal == 0 && c.prefectural > 0)
            m_scope->addItem(tr("%1 (prefectures only)").arg(name), key);
        else
            m_scope->addItem(name, key);
    };
    m_scope->addItem(tr("All indicators"), QString());
    heading(tr("Themes"));
    for (const IndicatorTheme &t : indicatorcatalog::themesIn(catalog()))
        add(japanese() ? t.nameJa : t.nameEn, u"theme:"_s + t.id);
    heading(tr("SSDSE categories"));
    for (const IndicatorCategory &c : indicatorcatalog::categoriesIn(catalog()))
        add(japanese() ? c.nameJa : c.nameEn, u"category:"_s + c.id);
    chooseData(m_scope, current);
}

QString CompareView::scope() const
{
    return currentData(m_scope).toString();
}

void CompareView::setScope(const QString &scope)
{
    chooseData(m_scope, scope);
}

void CompareView::setPeerMode(compare::PeerMode mode)
{
    chooseData(m_peers, int(mode));
}

void CompareView::setPeerList(const QString &text)
{
    m_list->setText(text);
    if (currentData(m_peers).toInt() == int(compare::PeerMode::List))
        recompute();
}

void CompareView::setPer(Per per)
{
    chooseData(m_per, int(per));
}

compare::Request CompareView::request() const
{
    compare::Request r;
    r.region = focusRegion();
    r.peers = compare::PeerMode(currentData(m_peers).toInt());
    r.per = Per(currentData(m_per).toInt());
    const QString s = scope();
    if (s.startsWith(u"theme:"))
        r.theme = s.mid(6);
    else if (s.startsWith(u"category:"))
        for (const IndicatorInfo &info : indicatorcatalog::findIndicators(catalog(), {}, {}, s.mid(9)))
            r.indicators << info.id;
    if (r.peers == compare::PeerMode::List) {
        // Codes, or names of regions of the region's level (the first by code when two share one).
        const QHash<QString, QString> &names = catalogSource().regionNames();
        QStringList codes = names.keys();
        std::sort(codes.begin(), codes.end());
        for (const QString &t : m_list->text().split(QRegularExpression(u"[,、，\\s]+"_s), Qt::SkipEmptyParts)) {
            QString code = t;
            if (!names.contains(t))
                for (const QString &c : std::as_const(codes))
                    if (c.size() == r.region.size() && names.value(c) == t) {
                        code = c;
                        break;
                    }
            r.peerList << code;
        }
    }
    return r;
}

QString CompareView::requestKey(const compare::Request &r) const
{
    return QStringList{r.region, QString::number(int(r.peers)), r.peerList.join(u','), r.theme,
                       r.indicators.join(u','), QString::number(int(r.per))}
        .join(u'|');
}

void CompareView::recompute()
{
    if (m_scopeLevel != (focusRegion().size() == 2 ? RegionLevel::Prefecture : RegionLevel::Municipality))
        fillScopes();   // the level notes of the scopes
    const compare::Request r = request();
    m_runner->runFor(
        requestKey(r), [r](const Store &s) { return compare::load(s, r); },
        [r](const compare::Inputs &in, const analysis::ProgressFn &progress) { return compare::compute(in, r, progress); },
        [this, r](compare::Result result) {
            m_shown = r;
            m_result = std::move(result);
            syncPickers();
            loadAxes();
            redraw();
        });
}

void CompareView::redraw()
{
    // Municipalities are drawn on the map only once their boundaries are imported (N03).
    const bool drawable = !comparedRegions().isEmpty()
                          && (m_result.level != RegionLevel::Municipality
                              || catalog().hasBoundaries(RegionLevel::Municipality));
    m_showOnMap->setEnabled(drawable);
    m_showOnMap->setToolTip(drawable || comparedRegions().isEmpty()
                                ? tr("Mark the region and its peers on the map page")
                                : tr("The map draws municipalities once their boundaries are imported (File → Import data…, "
                                     "国土数値情報 N03)"));
    refreshProfile();
    refreshScatter();
    refreshRanking();
    refreshText();
    emit contentChanged();
}

QList<const compare::Row *> CompareView::sortedRows() const
{
    QList<const compare::Row *> rows;
    for (const compare::Row &r : m_result.rows)
        rows << &r;
    const int order = currentData(m_sort).toInt();
    if (order != 2)
        std::stable_sort(rows.begin(), rows.end(), [order](const compare::Row *a, const compare::Row *b) {
            const double pa = a->percentile, pb = b->percentile;   // missing last either way
            return std::isfinite(pa) && (!std::isfinite(pb) || (order == 0 ? pa > pb : pa < pb));
        });
    return rows;
}

void CompareView::refreshProfile()
{
    const QList<const compare::Row *> rows = sortedRows();
    const bool ja = japanese();
    QList<const compare::Row *> drawn;
    for (const compare::Row *r : rows)
        if (std::isfinite(r->percentile))
            drawn << r;
    QList<widgets::ProfileRow> chartRows;
    for (const compare::Row *r : std::as_const(drawn)) {
        const QString unit = ja ? r->unitJa : r->unitEn;
        chartRows << widgets::ProfileRow{plainName(*r, ja), r->percentile,
                                         tr("%1 (%2)\nValue: %3 %4\nPeers' median: %5 %4\nPercentile: %6, rank %7 of %8")
                                             .arg(indicatorLabel(*r, ja))
                                             .arg(r->year)
                                             .arg(valueText(r->value), unit, valueText(r->peerMedian))
                                             .arg(std::lround(r->percentile))
                                             .arg(r->rank)
                                             .arg(r->n)};
    }
    const widgets::AnalysisChart::Batch batch(m_profile);
    m_profile->setTitle(tr("%1 against %2 (%3)")
                            .arg(regionName(m_result.region),
                                 peersDescription(m_shown.peers, m_result.level == RegionLevel::Municipality,
                                                  int(m_result.peers.size()), regionName(m_result.region.left(2))),
                                 scopeName()));
    m_profile->setEmptyText(emptyScopeText().isEmpty() ? tr("No data") : emptyScopeText());
    m_profile->setRows(chartRows);
    const QString hover = tr("Hover for the numbers.");
    m_profile->setNotes(perText().isEmpty() ? hover : perText() + u' ' + hover,
                        tr("Drawn: the first %1 and the last %2 of the %3 indicators in this order; every indicator "
                           "in the table."));

    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const compare::Row &r = *rows.at(i);
        auto *name = new QTableWidgetItem(plainName(r, ja));
        name->setData(Qt::UserRole, r.indicator);
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, new NumberItem(r.year, QString::number(r.year)));
        m_table->setItem(i, 2, new NumberItem(r.value, valueText(r.value)));
        m_table->setItem(i, 3, new NumberItem(r.peerMedian, valueText(r.peerMedian)));
        m_table->setItem(i, 4, new QTableWidgetItem(ja ? r.unitJa : r.unitEn));
        auto *pct = new NumberItem(r.percentile, std::isfinite(r.percentile) ? QString::number(std::lround(r.percentile))
                                                                            : u"—"_s);
        pct->setForeground(widgets::ProfileChart::dotColour(r.percentile).darker(120));
        m_table->setItem(i, 5, pct);
        m_table->setItem(i, 6, new NumberItem(r.rank, r.rank > 0 ? QString::number(r.rank) : u"—"_s));
        m_table->setItem(i, 7, new NumberItem(r.n, QString::number(r.n)));
    }
}

} // namespace regionlens::app
