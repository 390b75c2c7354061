// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectionrates.h"

#include <array>
#include <cmath>
#include <string>

namespace regionlens::analysis {

namespace {

constexpr std::array<const char *, kProjectionAges> kAgeLabels = {
    "0-4",   "5-9",   "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44",
    "45-49", "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85+"};

bool rowFinite(const Eigen::MatrixXd &m, Eigen::Index r)
{
    return m.row(r).allFinite();
}

// Survival ratios from one sex's ₅L (see survivalFromLifeTable).
Eigen::VectorXd ratiosFromL(const Eigen::VectorXd &L)
{
    if (L.size() < kProjectionAges + 1 || !L.allFinite() || (L.array() <= 0.0).any())
        return {};
    Eigen::VectorXd s(kProjectionAges);
    for (Eigen::Index a = 0; a < kOpenAgeClass; ++a)
        s(a) = L(a + 1) / L(a);
    const double t85 = L.tail(L.size() - kOpenAgeClass).sum();
    const double t90 = t85 - L(kOpenAgeClass);
    s(kOpenAgeClass) = t90 / t85;
    return s.cwiseMin(1.0);
}

Eigen::VectorXd ratiosFromCohorts(const Eigen::RowVectorXd &p0, const Eigen::RowVectorXd &p1)
{
    if (p0.size() != kProjectionAges || p1.size() != kProjectionAges)
        return {};
    Eigen::VectorXd s(kProjectionAges);
    for (Eigen::Index a = 0; a < kOpenAgeClass - 1; ++a)
        s(a) = p0(a) > 0.0 ? p1(a + 1) / p0(a) : 1.0;
    // 80+ → 85+: one ratio for both the entry into and the stay in the open class.
    const double old = p0(kOpenAgeClass - 1) + p0(kOpenAgeClass);
    s(kOpenAgeClass - 1) = s(kOpenAgeClass) = old > 0.0 ? p1(kOpenAgeClass) / old : 1.0;
    return s.cwiseMin(1.0).cwiseMax(0.0);
}

} // namespace

const char *projectionAgeLabel(Eigen::Index ageClass)
{
    return ageClass >= 0 && ageClass < kProjectionAges ? kAgeLabels[std::size_t(ageClass)] : "";
}

bool AgeSexTable::hasShape(Eigen::Index regionCount) const
{
    return male.rows() == regionCount && female.rows() == regionCount && male.cols() == kProjectionAges
        && female.cols() == kProjectionAges;
}

AgeSexTable AgeSexTable::zero(Eigen::Index regionCount)
{
    return {Eigen::MatrixXd::Zero(regionCount, kProjectionAges),
            Eigen::MatrixXd::Zero(regionCount, kProjectionAges)};
}

bool SurvivalRatios::isValid() const
{
    auto ok = [](const Eigen::VectorXd &v) {
        return v.size() == kProjectionAges && v.allFinite() && (v.array() >= 0.0).all()
            && (v.array() <= 1.0).all();
    };
    return ok(male) && ok(female);
}

AgeSexTable distributeUnknownAge(const AgeSexTable &classes, const Eigen::VectorXd &totalMale,
                                 const Eigen::VectorXd &totalFemale, std::vector<Warning> *warnings)
{
    WarningCollector collector;
    AgeSexTable out = classes;
    auto distribute = [&](Eigen::MatrixXd &m, const Eigen::VectorXd &total, const char *sex) {
        if (total.size() != m.rows())
            return;
        for (Eigen::Index r = 0; r < m.rows(); ++r) {
            if (!std::isfinite(total(r)) || !rowFinite(m, r))
                continue;
            const double known = m.row(r).sum();
            if (total(r) < known - 0.5) {
                collector.add(WarningKind::InvalidInput, Severity::Warning,
                              std::string("the ") + sex + " total is below the sum of the age classes; "
                                  "年齢不詳 not distributed for that row", r);
            } else if (known > 0.0) {
                m.row(r) *= total(r) / known;
            } else if (total(r) > 0.0) {
                collector.add(WarningKind::ZeroTotal, Severity::Warning,
                              std::string("no ") + sex + " population of known age; 年齢不詳 cannot be distributed",
                              r);
            }
        }
    };
    distribute(out.male, totalMale, "male");
    distribute(out.female, totalFemale, "female");
    if (warnings) {
        for (Warning &w : collector.take())
            warnings->push_back(std::move(w));
    }
    return out;
}

SurvivalRatios survivalFromLifeTable(const Eigen::VectorXd &fiveYearLMale,
                                     const Eigen::VectorXd &fiveYearLFemale)
{
    SurvivalRatios s{ratiosFromL(fiveYearLMale), ratiosFromL(fiveYearLFemale)};
    if (s.male.size() == 0 || s.female.size() == 0)
        return {};
    return s;
}

Eigen::VectorXd fiveYearLFromQx(const Eigen::VectorXd &qx)
{
    const Eigen::Index ages = qx.size();
    if (ages < 5)
        return {};
    Eigen::VectorXd l(ages + 1);
    l(0) = 1.0;
    for (Eigen::Index x = 0; x < ages; ++x)
        l(x + 1) = l(x) * (1.0 - std::clamp(qx(x), 0.0, 1.0));
    Eigen::VectorXd L(ages);
    for (Eigen::Index x = 0; x < ages; ++x)
        L(x) = 0.5 * (l(x) + l(x + 1));
    L(0) = l(1) + 0.1 * (l(0) - l(1));
    L(ages - 1) += 0.5 * l(ages);  // close the table: those left live half a year more
    const Eigen::Index groups = (ages + 4) / 5;
    Eigen::VectorXd out = Eigen::VectorXd::Zero(groups);
    for (Eigen::Index x = 0; x < ages; ++x)
        out(x / 5) += L(x);
    return out;
}

SurvivalRatios survivalFromCohortChange(const Eigen::RowVectorXd &nationStartMale,
                                        const Eigen::RowVectorXd &nationEndMale,
                                        const Eigen::RowVectorXd &nationStartFemale,
                                        const Eigen::RowVectorXd &nationEndFemale)
{
    SurvivalRatios s{ratiosFromCohorts(nationStartMale, nationEndMale),
                     ratiosFromCohorts(nationStartFemale, nationEndFemale)};
    if (s.male.size() == 0 || s.female.size() == 0)
        return {};
    return s;
}

RateEstimationResult estimateRates(const std::vector<RatePeriod> &periods)
{
    RateEstimationResult result;
    WarningCollector warnings;
    if (periods.empty()) {
        warnings.add(WarningKind::InvalidInput, Severity::Error,
                     "no census period given: the rates need two censuses 5 years apart");
        result.warnings = warnings.take();
        return result;
    }
    const Eigen::Index regions = periods.front().start.regions();
    for (const RatePeriod &p : periods) {
        if (!p.start.hasShape(regions) || !p.end.hasShape(regions)) {
            warnings.add(WarningKind::ShapeMismatch, Severity::Error,
                         "the census tables of the rate periods do not all have the same regions and 18 age classes");
            result.warnings = warnings.take();
            return result;
        }
        if (!p.survival.isValid()) {
            warnings.add(WarningKind::InvalidInput, Severity::Error,
                         "survival ratios must be 18 values in [0, 1] per sex");
            result.warnings = warnings.take();
            return result;
        }
    }

    ProjectionRates &rates = result.rates;
    rates.migrationMale = Eigen::MatrixXd::Zero(regions, kMigrationClasses);
    rates.migrationFemale = Eigen::MatrixXd::Zero(regions, kMigrationClasses);
    rates.childWomanRatio = Eigen::VectorXd::Constant(regions, kNaN);
    rates.maleShare0to4 = Eigen::VectorXd::Constant(regions, kNaN);

    // Regions with a missing table in any period are not estimated.
    std::vector<char> usable(std::size_t(regions), 1);
    for (Eigen::Index r = 0; r < regions; ++r) {
        for (const RatePeriod &p : periods) {
            if (!rowFinite(p.start.male, r) || !rowFinite(p.start.female, r) || !rowFinite(p.end.male, r)
                || !rowFinite(p.end.female, r))
                usable[std::size_t(r)] = 0;
        }
        if (!usable[std::size_t(r)]) {
            warnings.add(WarningKind::MissingValue, Severity::Warning,
                         "no age × sex table for one of the rate censuses: the region cannot be projected", r);
            rates.migrationMale.row(r).setConstant(kNaN);
            rates.migrationFemale.row(r).setConstant(kNaN);
        }
    }

    // Net migration: m_a = (P_{a+1}(t+5) − P_a(t) s_a) / P_a(t), averaged over
    // the periods that have a non-empty cohort.
    auto migration = [&](Eigen::MatrixXd &out, Eigen::RowVectorXd &aggregate, auto table, auto ratios) {
        Eigen::MatrixXd sum = Eigen::MatrixXd::Zero(regions, kMigrationClasses);
        Eigen::MatrixXi count = Eigen::MatrixXi::Zero(regions, kMigrationClasses);
        aggregate = Eigen::RowVectorXd::Zero(kMigrationClasses);
        Eigen::RowVectorXi aggregateCount = Eigen::RowVectorXi::Zero(kMigrationClasses);
        for (const RatePeriod &p : periods) {
            const Eigen::MatrixXd &p0 = table(p.start);
            const Eigen::MatrixXd &p1 = table(p.end);
            const Eigen::VectorXd &s = ratios(p.survival);
            for (Eigen::Index a = 0; a < kMigrationClasses; ++a) {
                double allStart = 0.0;
                double allMigrants = 0.0;
                for (Eigen::Index r = 0; r < regions; ++r) {
                    if (!usable[std::size_t(r)])
                        continue;
                    double start = p0(r, a);
                    double survivors = p0(r, a) * s(a);
                    if (a == kMigrationClasses - 1) {
                        start += p0(r, kOpenAgeClass);
                        survivors += p0(r, kOpenAgeClass) * s(kOpenAgeClass);
                    }
                    allStart += start;
                    allMigrants += p1(r, a + 1) - survivors;
                    if (start > 0.0) {
                        sum(r, a) += (p1(r, a + 1) - survivors) / start;
                        ++count(r, a);
                    }
                }
                if (allStart > 0.0) {
                    aggregate(a) += allMigrants / allStart;
                    ++aggregateCount(a);
                }
            }
        }
        for (Eigen::Index a = 0; a < kMigrationClasses; ++a)
            aggregate(a) = aggregateCount(a) > 0 ? aggregate(a) / aggregateCount(a) : 0.0;
        Eigen::Index empty = 0;
        Eigen::Index firstEmpty = -1;
        for (Eigen::Index a = 0; a < kMigrationClasses; ++a) {
            for (Eigen::Index r = 0; r < regions; ++r) {
                if (!usable[std::size_t(r)])
                    continue;
                if (count(r, a) > 0) {
                    out(r, a) = sum(r, a) / count(r, a);
                } else {
                    out(r, a) = 0.0;
                    if (firstEmpty < 0)
                        firstEmpty = r;
                    ++empty;
                }
            }
        }
        warnings.add(WarningKind::Substituted, Severity::Info,
                     "a cohort was empty at the start of every rate period: its net migration rate is set to 0",
                     firstEmpty, -1, empty);
    };
    migration(rates.migrationMale, rates.aggregateMigrationMale, [](const AgeSexTable &t) -> const Eigen::MatrixXd & { return t.male; },
              [](const SurvivalRatios &s) -> const Eigen::VectorXd & { return s.male; });
    migration(rates.migrationFemale, rates.aggregateMigrationFemale, [](const AgeSexTable &t) -> const Eigen::MatrixXd & { return t.female; },
              [](const SurvivalRatios &s) -> const Eigen::VectorXd & { return s.female; });

    // 子ども女性比 and the 0–4 sex split from the most recent census.
    const AgeSexTable &latest = periods.back().end;
    for (Eigen::Index r = 0; r < regions; ++r) {
        if (!usable[std::size_t(r)])
            continue;
        const double women = latest.female.row(r).segment(kFirstMotherClass,
                                                          kLastMotherClass - kFirstMotherClass + 1).sum();
        const double children = latest.male(r, 0) + latest.female(r, 0);
        if (women <= 0.0 || children <= 0.0) {
            warnings.add(WarningKind::ZeroTotal, Severity::Warning,
                         "no women aged 15–49 or no children 0–4 in the latest census: the child-woman ratio is "
                         "undefined and the region cannot be projected",
                         r);
            rates.migrationMale.row(r).setConstant(kNaN);
            rates.migrationFemale.row(r).setConstant(kNaN);
            continue;
        }
        rates.childWomanRatio(r) = children / women;
        rates.maleShare0to4(r) = latest.male(r, 0) / children;
    }
    result.warnings = warnings.take();
    return result;
}

} // namespace regionlens::analysis
