// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectionadapterrates.h"

#include <cmath>
#include <limits>

namespace an = regionlens::analysis;

namespace regionlens::datasets::projection::detail {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

void childRatios(const an::AgeSexTable &t, Eigen::ArrayXd *cwr, Eigen::ArrayXd *maleShare)
{
    const Eigen::ArrayXd children = t.male.col(0).array() + t.female.col(0).array();
    const Eigen::ArrayXd women =
        t.female.middleCols(an::kFirstMotherClass, an::kLastMotherClass - an::kFirstMotherClass + 1)
            .rowwise()
            .sum()
            .array();
    *cwr = (women > 0.0).select(children / women, kNaN);
    *maleShare = (children > 0.0).select(t.male.col(0).array() / children, kNaN);
}

void childRatiosFromBase(const an::AgeSexTable &base, an::ProjectionRates *rates)
{
    Eigen::ArrayXd cwr, share;
    childRatios(base, &cwr, &share);
    for (Eigen::Index i = 0; i < cwr.size(); ++i) {
        if (std::isfinite(cwr(i)) && std::isfinite(share(i))) {
            rates->childWomanRatio(i) = cwr(i);
            rates->maleShare0to4(i) = share(i);
        }
    }
}

an::ProjectionRates municipalRates(const an::ProjectionRates &prefecture, const an::AgeSexTable &base,
                                   const QVector<int> &rows, int *fallbacks)
{
    const Eigen::Index n = Eigen::Index(rows.size());
    const Eigen::Index prefectures = prefecture.regions();
    an::ProjectionRates out;
    out.migrationMale.resize(n, an::kMigrationClasses);
    out.migrationFemale.resize(n, an::kMigrationClasses);
    out.childWomanRatio.resize(n);
    out.maleShare0to4.resize(n);
    out.aggregateMigrationMale = prefecture.aggregateMigrationMale;
    out.aggregateMigrationFemale = prefecture.aggregateMigrationFemale;
    Eigen::ArrayXd cwr, share;
    childRatios(base, &cwr, &share);
    Eigen::ArrayXd boys = Eigen::ArrayXd::Zero(prefectures), children = boys, women = boys;
    for (Eigen::Index i = 0; i < n; ++i) {
        if (!base.male.row(i).allFinite() || !base.female.row(i).allFinite())
            continue;
        const int p = rows.at(i);
        boys(p) += base.male(i, 0);
        children(p) += base.male(i, 0) + base.female(i, 0);
        women(p) += base.female.row(i)
                        .segment(an::kFirstMotherClass, an::kLastMotherClass - an::kFirstMotherClass + 1)
                        .sum();
    }
    *fallbacks = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        const int p = rows.at(i);
        out.migrationMale.row(i) = prefecture.migrationMale.row(p);
        out.migrationFemale.row(i) = prefecture.migrationFemale.row(p);
        out.maleShare0to4(i) = children(p) > 0.0 ? boys(p) / children(p) : prefecture.maleShare0to4(p);
        if (std::isfinite(cwr(i))) {
            out.childWomanRatio(i) = cwr(i);
        } else {
            out.childWomanRatio(i) = women(p) > 0.0 ? children(p) / women(p) : prefecture.childWomanRatio(p);
            ++*fallbacks;
        }
    }
    return out;
}

} // namespace regionlens::datasets::projection::detail
