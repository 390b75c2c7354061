// SPDX-License-Identifier: GPL-3.0-or-later
#include "concordance.h"

#include <QHash>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace regionlens::datasets::concordance {

const QList<ConcordanceEntry> &jsicToActivity()
{
    static const QList<ConcordanceEntry> entries = {
        {u"A"_s, u"S01"_s, {}},
        {u"B"_s, u"S01"_s, {}},
        {u"C"_s, u"S02"_s, {}},
        {u"D"_s, u"S05"_s, {}},
        {u"E"_s, u"S03"_s, {}},
        {u"F"_s, u"S04"_s, u"waste management (JSIC 88) is in division R"_s},
        {u"G"_s, u"S09"_s, {}},
        {u"H"_s, u"S07"_s, {}},
        {u"I"_s, u"S06"_s, {}},
        {u"J"_s, u"S10"_s, {}},
        {u"K"_s, u"S11"_s, u"goods rental and leasing (JSIC 70) belongs to business support services"_s},
        {u"L"_s, u"S12"_s, {}},
        {u"M"_s, u"S08"_s, {}},
        {u"N"_s, u"S16"_s, {}},
        {u"O"_s, u"S14"_s, u"other education and learning support (JSIC 82) partly other services"_s},
        {u"P"_s, u"S15"_s, {}},
        {u"Q"_s, u"S16"_s, u"post offices belong to transport and postal services, co-operatives to several activities"_s},
        {u"R"_s, u"S12"_s, u"waste management (88) belongs to S04, vehicle and machine repair (89, 90) to other services"_s},
    };
    return entries;
}

QString activityOf(const QString &jsic)
{
    for (const ConcordanceEntry &e : jsicToActivity())
        if (e.jsic == jsic)
            return e.activity;
    return {};
}

QStringList comparableActivities()
{
    return {u"S01"_s, u"S02"_s, u"S03"_s, u"S04"_s, u"S05"_s, u"S06"_s, u"S07"_s, u"S08"_s,
            u"S09"_s, u"S10"_s, u"S11"_s, u"S12"_s, u"S14"_s, u"S15"_s, u"S16"_s};
}

IndustryTable jsicToActivities(const IndustryTable &in, const QStringList &activities, int *usedColumns)
{
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    IndustryTable out;
    out.regions = in.regions;
    out.industries = activities;
    const Eigen::Index nr = in.values.rows();
    const Eigen::Index nc = activities.size();
    out.values = Eigen::MatrixXd::Zero(nr, nc);
    out.nation = Eigen::RowVectorXd::Zero(nc);
    QHash<QString, int> column;
    for (int j = 0; j < activities.size(); ++j)
        column.insert(activities.at(j), j);
    int used = 0;
    for (int c = 0; c < in.industries.size(); ++c) {
        const auto it = column.constFind(activityOf(in.industries.at(c)));
        if (it == column.constEnd())
            continue;
        ++used;
        out.values.col(*it) += in.values.col(c);   // NaN propagates
        if (in.hasNation)
            out.nation(*it) += in.nation(c);
    }
    out.totals = out.values.rowwise().sum();
    out.hasTotals = nr > 0 && !out.totals.array().isNaN().any();
    out.hasNation = in.hasNation;
    if (!in.hasNation)
        out.nation = Eigen::RowVectorXd::Constant(nc, kNaN);
    out.nationTotal = in.hasNation ? out.nation.sum() : kNaN;
    out.missingCells = int(out.values.array().isNaN().count());
    if (usedColumns)
        *usedColumns = used;
    return out;
}

} // namespace regionlens::datasets::concordance
