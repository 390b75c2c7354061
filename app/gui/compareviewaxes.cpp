// SPDX-License-Identifier: GPL-3.0-or-later
// The 自治体比較 page's scatter plot and ranking (compareview.h): any indicator
// of the catalogue on either axis and in the ranking (IndicatorPicker), the
// rows of those outside the result read by the compare adapter on a second
// runner, and the linked selection (a dot or a ranking row selects its region).
#include "compareview.h"

#include "analysis/peercompare.h"
#include "analysis/ranking.h"
#include "catalogsource.h"
#include "comparecommentary.h"
#include "compareviewsupport.h"
#include "indicatorpicker.h"
#include "jobrunner.h"
#include "regionselection.h"
#include "widgets/peerscatterchart.h"

#include <QSignalBlocker>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;
namespace compare = regionlens::datasets::compareadapter;

namespace regionlens::app {

using comparesupport::NumberItem;
using comparesupport::valueText;

const compare::Row *CompareView::row(const QString &indicator) const
{
    for (const compare::Row &r : m_result.rows)
        if (r.indicator == indicator)
            return &r;
    // Read for the scatter or the ranking, for the same regions and peers.
    if (m_axes.region == m_result.region && m_axes.peers == m_result.peers && m_axes.codes == m_result.codes)
        for (const compare::Row &r : m_axes.rows)
            if (r.indicator == indicator)
                return &r;
    return nullptr;
}

QString CompareView::shortName(const QString &code) const
{
    return catalogSource().regionNames().value(code, code);
}

QStringList CompareView::comparedRegions() const
{
    if (!m_result.error.isEmpty() || m_result.region.isEmpty())
        return {};
    return QStringList{m_result.region} + m_result.peers;
}

void CompareView::pickRegion(const QString &code)
{
    if (!code.isEmpty() && code != m_result.region)
        selection().set({code});
}

void CompareView::syncPickers()
{
    // The result's level; until the user chooses, the theme's first two indicators (the first in the ranking).
    if (m_pickerLevel != m_result.level) {
        m_pickerLevel = m_result.level;
        for (IndicatorPicker *picker : {m_xPicker, m_yPicker, m_rankPicker}) {
            const QSignalBlocker block(picker);
            picker->setLevel(m_result.level);
        }
    }
    const auto choose = [](IndicatorPicker *picker, const QString &id) {
        const QSignalBlocker block(picker);
        picker->setCurrentIndicator(id);
    };
    if (!m_axesChosen && !m_result.rows.isEmpty()) {
        choose(m_xPicker, m_result.rows.at(0).indicator);
        choose(m_yPicker, m_result.rows.at(std::min<qsizetype>(1, m_result.rows.size() - 1)).indicator);
    }
    if (!m_rankChosen && !m_result.rows.isEmpty())
        choose(m_rankPicker, m_result.rows.at(0).indicator);
}

void CompareView::loadAxes()
{
    if (!m_result.error.isEmpty() || m_result.region.isEmpty())
        return;
    QStringList missing;
    for (const IndicatorPicker *picker : {m_xPicker, m_yPicker, m_rankPicker}) {
        const QString id = picker->currentIndicator();
        bool inResult = false;
        for (const compare::Row &r : std::as_const(m_result.rows))
            inResult = inResult || r.indicator == id;
        if (!id.isEmpty() && !inResult && !missing.contains(id))
            missing << id;
    }
    if (missing.isEmpty())
        return;
    std::sort(missing.begin(), missing.end());
    compare::Request r = m_shown;
    r.theme.clear();
    r.indicators = missing;
    m_axisRunner->runFor(
        requestKey(r), [r](const Store &s) { return compare::load(s, r); },
        [r](const compare::Inputs &in, const analysis::ProgressFn &progress) { return compare::compute(in, r, progress); },
        [this](compare::Result result) {
            m_axes = std::move(result);
            refreshScatter();
            refreshRanking();
            emit contentChanged();
        });
}

void CompareView::setScatterIndicators(const QString &x, const QString &y)
{
    {
        const QSignalBlocker bx(m_xPicker), by(m_yPicker);
        m_xPicker->setCurrentIndicator(x);
        m_yPicker->setCurrentIndicator(y);
    }
    m_axesChosen = true;
    loadAxes();
    refreshScatter();
    emit contentChanged();
}

void CompareView::setRankingIndicator(const QString &indicator)
{
    {
        const QSignalBlocker block(m_rankPicker);
        m_rankPicker->setCurrentIndicator(indicator);
    }
    m_rankChosen = true;
    loadAxes();
    refreshRanking();
}

void CompareView::refreshScatter()
{
    const compare::Row *x = row(m_xPicker->currentIndicator());
    const compare::Row *y = row(m_yPicker->currentIndicator());
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
    m_scatter->setFootnote(tr("Every region of the level with both values; names of the peers where there is room. "
                              "Click a dot to compare that region."));
}

void CompareView::refreshRanking()
{
    const compare::Row *r = row(m_rankPicker->currentIndicator());
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
        cells[1]->setData(Qt::UserRole, codes.at(i));   // a click compares that region
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
