// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareview.h"

#include "analysis/peercompare.h"
#include "analysis/ranking.h"
#include "catalogsource.h"
#include "comparecommentary.h"
#include "exportsupport.h"
#include "datasets/catalogsnapshot.h"
#include "datasets/indicatorcatalog.h"
#include "jobrunner.h"
#include "messagetexts.h"
#include "pageframe.h"
#include "regionselection.h"
#include "widgets/peerscatterchart.h"
#include "widgets/profilechart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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

namespace {

// "1,234", "12.3", "0.00191": about three significant digits, thousands separated.
QString valueText(double v)
{
    if (!std::isfinite(v))
        return u"—"_s;
    const double a = std::abs(v);
    const int decimals = a >= 100 ? (a >= 1000 ? 0 : 1) : a >= 1 ? 2 : a == 0 ? 0 : std::min(6, 2 - int(std::floor(std::log10(a))));
    return widgets::formatNumber(v, decimals);
}

// A cell that sorts by its number, not its text.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(double value, const QString &text) : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value);
        setData(RawValueRole, value);   // exports and copies write the number, not the rounded text
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        const double a = data(Qt::UserRole).toDouble(), b = other.data(Qt::UserRole).toDouble();
        return std::isfinite(a) && (!std::isfinite(b) || a < b);
    }
};

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

QWidget *withRow(QWidget *parent, const QList<QWidget *> &row, QWidget *below)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *line = new QHBoxLayout;
    for (QWidget *w : row)
        line->addWidget(w);
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

    m_x = new QComboBox(this);
    m_y = new QComboBox(this);
    for (QComboBox *box : {m_x, m_y}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
    }
    m_scatter = new widgets::PeerScatterChart(this);
    frame().addTab(withRow(this, {new QLabel(tr("x"), this), m_x, new QLabel(tr("y"), this), m_y}, m_scatter),
                   tr("Scatter"));

    m_rankBy = new QComboBox(this);
    m_rankBy->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rankBy->setMinimumContentsLength(20);
    m_ranking = makeTable(this, 4);
    frame().addTab(withRow(this, {new QLabel(tr("Indicator"), this), m_rankBy}, m_ranking), tr("Ranking"));
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
    for (QComboBox *box : {m_x, m_y})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            refreshScatter();
            emit contentChanged();
        });
    connect(m_rankBy, &QComboBox::currentIndexChanged, this, &CompareView::refreshRanking);
    // A row of the profile table: its indicator in the ranking and on the scatter's y axis.
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int r) {
        const QString id = m_table->item(r, 0) ? m_table->item(r, 0)->data(Qt::UserRole).toString() : QString();
        setRankingIndicator(id);
        setScatterIndicators(currentData(m_x).toString(), id);
    });
}

void CompareView::retranslateUi()
{
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
    m_runner->forgetKey();
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
    m_scope->addItem(tr("All indicators"), QString());
    heading(tr("Themes"));
    for (const IndicatorTheme &t : indicatorcatalog::themesIn(catalog()))
        m_scope->addItem(japanese() ? t.nameJa : t.nameEn, u"theme:"_s + t.id);
    heading(tr("SSDSE categories"));
    for (const IndicatorCategory &c : indicatorcatalog::categoriesIn(catalog()))
        m_scope->addItem(japanese() ? c.nameJa : c.nameEn, u"category:"_s + c.id);
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
    const compare::Request r = request();
    m_runner->runFor(
        requestKey(r), [r](const Store &s) { return compare::load(s, r); },
        [r](const compare::Inputs &in, const analysis::ProgressFn &progress) { return compare::compute(in, r, progress); },
        [this, r](compare::Result result) {
            m_shown = r;
            m_result = std::move(result);
            redraw();
        });
}

void CompareView::redraw()
{
    fillIndicatorChoosers();
    refreshProfile();
    refreshScatter();
    refreshRanking();
    refreshText();
    emit contentChanged();
}

const compare::Row *CompareView::row(const QString &indicator) const
{
    for (const compare::Row &r : m_result.rows)
        if (r.indicator == indicator)
            return &r;
    return nullptr;
}

QString CompareView::shortName(const QString &code) const
{
    return catalogSource().regionNames().value(code, code);
}

void CompareView::fillIndicatorChoosers()
{
    // The result's indicators; the choices kept where still offered, else the first two.
    const QString x = currentData(m_x).toString(), y = currentData(m_y).toString(), k = currentData(m_rankBy).toString();
    for (QComboBox *box : {m_x, m_y, m_rankBy}) {
        const QSignalBlocker block(box);
        box->clear();
        for (const compare::Row &r : std::as_const(m_result.rows))
            box->addItem(indicatorLabel(r, japanese()), r.indicator);
    }
    const auto restore = [](QComboBox *box, const QString &id, int fallback) {
        const QSignalBlocker block(box);
        const int i = box->findData(id);
        box->setCurrentIndex(i >= 0 ? i : std::min(fallback, box->count() - 1));
    };
    restore(m_x, x, 0);
    restore(m_y, y, 1);
    restore(m_rankBy, k, 0);
}

void CompareView::setScatterIndicators(const QString &x, const QString &y)
{
    {
        const QSignalBlocker bx(m_x), by(m_y);
        chooseData(m_x, x);
        chooseData(m_y, y);
    }
    refreshScatter();
    emit contentChanged();
}

void CompareView::setRankingIndicator(const QString &indicator)
{
    chooseData(m_rankBy, indicator);
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

void CompareView::refreshScatter()
{
    const compare::Row *x = row(currentData(m_x).toString());
    const compare::Row *y = row(currentData(m_y).toString());
    const widgets::AnalysisChart::Batch batch(m_scatter);
    const bool ja = japanese();
    QList<widgets::ScatterPoint> points;
    analysis::LinearFit fit;
    if (x && y) {
        for (qsizetype i = 0; i < m_result.codes.size(); ++i) {
            const QString &code = m_result.codes.at(i);
            const auto role = code == m_result.region       ? widgets::ScatterPoint::Focus
                              : m_result.peers.contains(code) ? widgets::ScatterPoint::Peer
                                                              : widgets::ScatterPoint::Other;
            const double vx = x->all.value(i, std::nan("")), vy = y->all.value(i, std::nan(""));
            points << widgets::ScatterPoint{shortName(code), vx, vy, role,
                                            u"%1\nx: %2\ny: %3"_s.arg(regionName(code), valueText(vx), valueText(vy))};
        }
        fit = analysis::linearFit(x->all, y->all);
    }
    const bool muni = m_result.level == RegionLevel::Municipality;
    m_scatter->setTitle(x && y ? tr("%1 and %2").arg(indicatorLabel(*x, ja), indicatorLabel(*y, ja)) : tr("Scatter"));
    m_scatter->setAxisLabels(x ? indicatorLabel(*x, ja) : QString(), y ? indicatorLabel(*y, ja) : QString());
    m_scatter->setLegendLabels(muni ? tr("Other municipalities") : tr("Other prefectures"), tr("Peers"),
                               regionName(m_result.region));
    m_scatter->setFitLine(fit.slope, fit.intercept,
                          std::isfinite(fit.r) ? tr("Least-squares line; r = %1 (n = %2)")
                                                     .arg(QString::number(fit.r, 'f', 2))
                                                     .arg(fit.n)
                                               : QString());
    m_scatter->setPoints(points);
    m_scatter->setFootnote(tr("Every region of the level with both values; names of the peers where there is room."));
}

void CompareView::refreshRanking()
{
    const compare::Row *r = row(currentData(m_rankBy).toString());
    m_ranking->setRowCount(0);
    if (!r)
        return;
    QStringList codes{m_result.region};
    codes += m_result.peers;
    std::vector<double> values;
    for (const QString &c : std::as_const(codes))
        values.push_back(m_result.valueOf(*r, c));
    std::vector<int> order = analysis::descendingOrder(values);
    for (int i = 0; i < int(values.size()); ++i)   // missing values last
        if (!std::isfinite(values[size_t(i)]))
            order.push_back(i);
    m_ranking->setRowCount(int(order.size()));
    const QString unit = japanese() ? r->unitJa : r->unitEn;
    for (int k = 0; k < int(order.size()); ++k) {
        const int i = order[size_t(k)];
        const analysis::Rank rank = analysis::rankAmong(values, values[size_t(i)]);
        QList<QTableWidgetItem *> cells{new NumberItem(rank.rank, rank.rank > 0 ? QString::number(rank.rank) : u"—"_s),
                                        new QTableWidgetItem(regionName(codes.at(i))),
                                        new NumberItem(values[size_t(i)], valueText(values[size_t(i)])),
                                        new QTableWidgetItem(unit)};
        for (int c = 0; c < cells.size(); ++c) {
            if (i == 0) {   // the region itself
                QFont f = cells[c]->font();
                f.setBold(true);
                cells[c]->setFont(f);
            }
            m_ranking->setItem(k, c, cells[c]);
        }
    }
}

} // namespace regionlens::app
