// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixadapter.h"

#include <QHash>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

IndustryTable toIndustryTable(const QList<Observation> &rows, const QStringList &industryOrder,
                              const QStringList &skipIndustries)
{
    IndustryTable table;
    QHash<QString, int> regionIndex;
    QHash<QString, int> industryIndex;
    for (const QString &code : industryOrder) {
        if (code == u"TOTAL" || skipIndustries.contains(code) || industryIndex.contains(code))
            continue;
        industryIndex.insert(code, int(table.industries.size()));
        table.industries.append(code);
    }
    const bool fixedIndustries = !industryOrder.isEmpty();
    for (const Observation &o : rows) {
        if (o.region != u"00" && !regionIndex.contains(o.region)) {
            regionIndex.insert(o.region, int(table.regions.size()));
            table.regions.append(o.region);
        }
        if (!fixedIndustries && o.industry != u"TOTAL" && !skipIndustries.contains(o.industry)
            && !industryIndex.contains(o.industry)) {
            industryIndex.insert(o.industry, int(table.industries.size()));
            table.industries.append(o.industry);
        }
    }
    const Eigen::Index nr = table.regions.size();
    const Eigen::Index nc = table.industries.size();
    table.values = Eigen::MatrixXd::Constant(nr, nc, kNaN);
    table.totals = Eigen::VectorXd::Constant(nr, kNaN);
    table.nation = Eigen::RowVectorXd::Constant(nc, kNaN);
    for (const Observation &o : rows) {
        const double v = o.status.isEmpty() ? o.value : kNaN;
        if (o.region == u"00") {
            table.hasNation = true;
            if (o.industry == u"TOTAL")
                table.nationTotal = v;
            else if (const auto it = industryIndex.constFind(o.industry); it != industryIndex.constEnd())
                table.nation(*it) = v;
            continue;
        }
        const int r = regionIndex.value(o.region);
        if (o.industry == u"TOTAL")
            table.totals(r) = v;
        else if (const auto it = industryIndex.constFind(o.industry); it != industryIndex.constEnd())
            table.values(r, *it) = v;
    }
    table.missingCells = int(table.values.array().isNaN().count());
    table.hasTotals = nr > 0 && !table.totals.array().isNaN().any();
    return table;
}

OdMatrix toOdMatrix(const QList<Flow> &flows, const QStringList &regionOrder)
{
    OdMatrix od;
    QHash<QString, int> index;
    for (const QString &code : regionOrder)
        if (!index.contains(code)) {
            index.insert(code, int(od.regions.size()));
            od.regions.append(code);
        }
    if (regionOrder.isEmpty()) {
        for (const Flow &f : flows)
            for (const QString &code : {f.origin, f.destination})
                if (!index.contains(code)) {
                    index.insert(code, int(od.regions.size()));
                    od.regions.append(code);
                }
    }
    const Eigen::Index n = od.regions.size();
    od.values = Eigen::MatrixXd::Zero(n, n);
    for (const Flow &f : flows) {
        const auto o = index.constFind(f.origin);
        const auto d = index.constFind(f.destination);
        if (o == index.constEnd() || d == index.constEnd())
            continue;
        if (!f.status.isEmpty() || std::isnan(f.value)) {
            ++od.suppressedCells;
            continue;
        }
        od.values(*o, *d) += f.value;
    }
    return od;
}

} // namespace regionlens::datasets
