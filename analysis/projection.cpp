// SPDX-License-Identifier: GPL-3.0-or-later
#include "projection.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace regionlens::analysis {

namespace {

constexpr int kStepYears = 5;

// Rows that can be projected: a finite base table and finite rates.
std::vector<char> projectableRows(const ProjectionInput &in, WarningCollector &warnings)
{
    const Eigen::Index regions = in.base.regions();
    std::vector<char> ok(std::size_t(regions), 1);
    // The checks column by column (the tables are column-major); a row is looked at only when one fails.
    std::vector<char> fine(std::size_t(regions), 1);
    const auto check = [&](const double *values, bool nonNegative) {
        for (Eigen::Index r = 0; r < regions; ++r)
            fine[std::size_t(r)] &= char(std::isfinite(values[r]) && (!nonNegative || values[r] >= 0.0));
    };
    for (Eigen::Index c = 0; c < kProjectionAges; ++c) {
        check(in.base.male.col(c).data(), true);
        check(in.base.female.col(c).data(), true);
    }
    for (Eigen::Index c = 0; c < kMigrationClasses; ++c) {
        check(in.rates.migrationMale.col(c).data(), false);
        check(in.rates.migrationFemale.col(c).data(), false);
    }
    check(in.rates.childWomanRatio.data(), false);
    check(in.rates.maleShare0to4.data(), false);
    if (std::all_of(fine.begin(), fine.end(), [](char c) { return c != 0; }))
        return ok;
    for (Eigen::Index r = 0; r < regions; ++r) {
        if (fine[std::size_t(r)])
            continue;
        if (!in.base.male.row(r).allFinite() || !in.base.female.row(r).allFinite()) {
            ok[std::size_t(r)] = 0;
            warnings.add(WarningKind::MissingValue, Severity::Warning,
                         "the region has no age × sex table for the base year: it is not projected (NaN)", r);
        } else if (!in.rates.migrationMale.row(r).allFinite() || !in.rates.migrationFemale.row(r).allFinite()
                   || !std::isfinite(in.rates.childWomanRatio(r)) || !std::isfinite(in.rates.maleShare0to4(r))) {
            ok[std::size_t(r)] = 0;
            warnings.add(WarningKind::MissingValue, Severity::Warning,
                         "the region has no projection rates (no age table for the rate censuses): it is not "
                         "projected (NaN)",
                         r);
        } else if ((in.base.male.row(r).array() < 0.0).any() || (in.base.female.row(r).array() < 0.0).any()) {
            ok[std::size_t(r)] = 0;
            warnings.add(WarningKind::NegativeValue, Severity::Warning,
                         "the region's base population has a negative count: it is not projected (NaN)", r);
        }
    }
    return ok;
}

bool validate(const ProjectionInput &in, const ProjectionConfig &config, WarningCollector &warnings)
{
    auto error = [&](WarningKind kind, const std::string &message) {
        warnings.add(kind, Severity::Error, message);
        return false;
    };
    const Eigen::Index regions = in.base.regions();
    if (!in.base.hasShape(regions))
        return error(WarningKind::ShapeMismatch, "the base population must have 18 age classes per sex");
    if (in.rates.migrationMale.rows() != regions || in.rates.migrationFemale.rows() != regions
        || in.rates.migrationMale.cols() != kMigrationClasses || in.rates.migrationFemale.cols() != kMigrationClasses
        || in.rates.childWomanRatio.size() != regions || in.rates.maleShare0to4.size() != regions)
        return error(WarningKind::ShapeMismatch, "the rates do not match the regions of the base population");
    if (in.survival.empty())
        return error(WarningKind::InvalidInput, "no survival ratios given");
    for (const SurvivalRatios &s : in.survival) {
        if (!s.isValid())
            return error(WarningKind::InvalidInput, "survival ratios must be 18 values in [0, 1] per sex");
    }
    const int span = config.horizon - in.baseYear;
    if (span <= 0 || span % kStepYears != 0 || span > 100)
        return error(WarningKind::InvalidInput,
                     "the horizon must be after the base year by a multiple of 5 years (at most 100)");
    if (config.scenarios.empty())
        return error(WarningKind::InvalidInput, "no scenario given");
    for (const ProjectionScenario &sc : config.scenarios) {
        if (!sc.fertilityFactor.isValid() || !sc.migrationFactor.isValid())
            return error(WarningKind::InvalidInput, "scenario \"" + sc.name + "\": a user path is malformed");
        if (std::isfinite(sc.targetTfr) && (sc.targetTfr <= 0.0 || !std::isfinite(sc.targetTfrYear)))
            return error(WarningKind::InvalidInput,
                         "scenario \"" + sc.name + "\": the target TFR must be positive, with a target year");
    }
    if (in.currentTfr.size() != 0 && in.currentTfr.size() != regions)
        return error(WarningKind::ShapeMismatch, "currentTfr must have one value per region");
    return true;
}

// Factor on the child-woman ratio of each region for the step starting at t.
Eigen::ArrayXd fertilityFactors(const ProjectionScenario &sc, const ProjectionInput &in, int t,
                                const std::vector<char> &ok, WarningCollector &warnings)
{
    const Eigen::Index regions = in.base.regions();
    const double mid = t + 0.5 * kStepYears;
    Eigen::ArrayXd f = Eigen::ArrayXd::Constant(regions, sc.fertilityFactor.valueAt(mid, 1.0));
    if (!std::isfinite(sc.targetTfr))
        return f;
    const double span = sc.targetTfrYear - in.baseYear;
    const double progress = span <= 0.0 ? 1.0 : std::clamp((mid - in.baseYear) / span, 0.0, 1.0);
    for (Eigen::Index r = 0; r < regions; ++r) {
        if (!ok[std::size_t(r)])
            continue;
        const double now = in.currentTfr.size() == regions ? in.currentTfr(r) : kNaN;
        if (!(std::isfinite(now) && now > 0.0)) {
            warnings.add(WarningKind::MissingValue, Severity::Warning,
                         "scenario \"" + sc.name + "\": the region has no current TFR, so the TFR target "
                             "cannot be applied; its fertility is held",
                         r);
            continue;
        }
        f(r) *= (now + progress * (sc.targetTfr - now)) / now;
    }
    return f;
}

double migrationFactor(const ProjectionScenario &sc, int t)
{
    const double mid = t + 0.5 * kStepYears;
    double k = sc.migrationFactor.valueAt(mid, 1.0);
    if (std::isfinite(sc.zeroMigrationFrom))
        k *= std::clamp((sc.zeroMigrationFrom - t) / double(kStepYears), 0.0, 1.0);
    return k;
}

// Ages 5+ of one sex over one step; returns the number of cells set to 0.
// Net migrants M = k m P_start per cohort; with balancing, each cohort's M is
// shifted in proportion to |M| so that the projected regions sum to
// k m_aggregate Σ P_start (net migration within the set of regions cancels,
// as 社人研 adjusts its regional net migration to the national figure).
Eigen::Index ageOneSex(const Eigen::MatrixXd &p, const Eigen::VectorXd &s, const Eigen::MatrixXd &m,
                       const Eigen::RowVectorXd &aggregate, double k, Eigen::MatrixXd &out)
{
    // Column by column in two passes over the regions (the sums for the
    // balancing, then the cohort written once), with no temporaries: a
    // projection writes into fresh memory, and every extra pass over it costs
    // more than its arithmetic (bench/RESULTS.md). Rows that are not projected
    // are all zero here (see projectPopulation), so they add nothing to the
    // balancing sums.
    const Eigen::Index last = kMigrationClasses - 1;  // the 80+ cohort
    const Eigen::Index regions = p.rows();
    const bool balance = aggregate.size() == kMigrationClasses && k != 0.0;
    const double *open = p.col(kOpenAgeClass).data();
    const double sOpen = s(kOpenAgeClass);
    Eigen::Index negative = 0;
    for (Eigen::Index a = 0; a < kMigrationClasses; ++a) {
        const Eigen::Index to = a == last ? kOpenAgeClass : a + 1;
        const bool withOpen = a == last;
        const double *cohort = p.col(a).data();
        const double *rate = m.col(a).data();
        double *target = out.col(to).data();
        const double sa = s(a);
        // Net migrants M = k m P_start; with balancing, shifted by shift × |M|.
        double shift = 0.0;
        if (balance) {
            double startSum = 0.0, migrantSum = 0.0, spread = 0.0;
            for (Eigen::Index r = 0; r < regions; ++r) {
                const double start = withOpen ? cohort[r] + open[r] : cohort[r];
                const double migrants = k * rate[r] * start;
                startSum += start;
                migrantSum += migrants;
                spread += std::abs(migrants);
            }
            if (spread > 0.0)
                shift = (k * aggregate(a) * startSum - migrantSum) / spread;
        }
        Eigen::Index below = 0;
        for (Eigen::Index r = 0; r < regions; ++r) {
            const double start = withOpen ? cohort[r] + open[r] : cohort[r];
            double migrants = k * rate[r] * start;
            migrants += shift * std::abs(migrants);
            double value = withOpen ? cohort[r] * sa + open[r] * sOpen + migrants : cohort[r] * sa + migrants;
            if (value < 0.0) {
                value = 0.0;
                ++below;
            }
            target[r] = value;
        }
        negative += below;
    }
    return negative;
}

void summarise(ScenarioProjection &sp)
{
    const Eigen::Index regions = sp.population.front().regions();
    const Eigen::Index years = Eigen::Index(sp.years.size());
    for (Eigen::MatrixXd *m : {&sp.total, &sp.male, &sp.female, &sp.age0to14, &sp.age15to64, &sp.age65plus,
                               &sp.age75plus})
        m->resize(regions, years);
    // Each class column read once: the age groups per sex (0–14, 15–64, 65–74, 75+), then the
    // figures from them (the sums' order differs from summing all 18 classes only by rounding).
    Eigen::ArrayXd young(regions), working(regions), old(regions), oldest(regions);
    for (Eigen::Index j = 0; j < years; ++j) {
        const AgeSexTable &t = sp.population[std::size_t(j)];
        for (int sex = 0; sex < 2; ++sex) {
            const Eigen::MatrixXd &x = sex == 0 ? t.male : t.female;
            young = x.col(0).array() + x.col(1).array() + x.col(2).array();
            working = x.col(3).array() + x.col(4).array() + x.col(5).array() + x.col(6).array() + x.col(7).array();
            working += x.col(8).array() + x.col(9).array() + x.col(10).array() + x.col(11).array()
                       + x.col(12).array();
            old = x.col(13).array() + x.col(14).array();
            oldest = x.col(15).array() + x.col(16).array() + x.col(17).array();
            (sex == 0 ? sp.male : sp.female).col(j) = ((young + working) + (old + oldest)).matrix();
            if (sex == 0) {
                sp.age0to14.col(j) = young.matrix();
                sp.age15to64.col(j) = working.matrix();
                sp.age65plus.col(j) = (old + oldest).matrix();
                sp.age75plus.col(j) = oldest.matrix();
            } else {
                sp.age0to14.col(j) += young.matrix();
                sp.age15to64.col(j) += working.matrix();
                sp.age65plus.col(j) += (old + oldest).matrix();
                sp.age75plus.col(j) += oldest.matrix();
            }
        }
        sp.total.col(j) = sp.male.col(j) + sp.female.col(j);
    }
    // 0/0 (an empty region) stays NaN and was reported with the region.
    // The shares, the dependency ratio and the index in one pass (the same operations as one
    // Eigen expression each: x / total × 100).
    for (Eigen::MatrixXd *m : {&sp.share0to14, &sp.share15to64, &sp.share65plus, &sp.share75plus, &sp.dependencyRatio,
                               &sp.index})
        m->resize(regions, years);
    const double *total = sp.total.data();
    const double *c0 = sp.age0to14.data(), *c15 = sp.age15to64.data(), *c65 = sp.age65plus.data(),
                 *c75 = sp.age75plus.data();
    double *s0 = sp.share0to14.data(), *s15 = sp.share15to64.data(), *s65 = sp.share65plus.data(),
           *s75 = sp.share75plus.data(), *dependency = sp.dependencyRatio.data(), *index = sp.index.data();
    for (Eigen::Index j = 0; j < years; ++j) {
        for (Eigen::Index r = 0; r < regions; ++r) {
            const Eigen::Index i = j * regions + r;
            const double t = total[i];
            s0[i] = c0[i] / t * 100.0;
            s15[i] = c15[i] / t * 100.0;
            s65[i] = c65[i] / t * 100.0;
            s75[i] = c75[i] / t * 100.0;
            dependency[i] = (c0[i] + c65[i]) / c15[i] * 100.0;
            index[i] = t / total[r] * 100.0;
        }
    }
}

} // namespace

bool YearPath::isValid() const
{
    if (years.size() != values.size())
        return false;
    for (std::size_t i = 0; i < years.size(); ++i) {
        if (!std::isfinite(years[i]) || !std::isfinite(values[i]) || (i > 0 && years[i] <= years[i - 1]))
            return false;
    }
    return true;
}

double YearPath::valueAt(double year, double defaultValue) const
{
    if (years.empty())
        return defaultValue;
    if (year <= years.front())
        return values.front();
    if (year >= years.back())
        return values.back();
    const auto it = std::upper_bound(years.begin(), years.end(), year);
    const std::size_t i = std::size_t(it - years.begin());
    const double w = (year - years[i - 1]) / (years[i] - years[i - 1]);
    return values[i - 1] + w * (values[i] - values[i - 1]);
}

std::vector<ProjectionScenario> standardScenarios(double tfrTarget, double tfrYear, double migrationZeroFrom)
{
    ProjectionScenario baseline;
    ProjectionScenario fertility;
    fertility.name = "fertility";
    fertility.targetTfr = tfrTarget;
    fertility.targetTfrYear = tfrYear;
    ProjectionScenario zero;
    zero.name = "zero-migration";
    zero.zeroMigrationFrom = migrationZeroFrom;
    ProjectionScenario both = fertility;
    both.name = "fertility+zero-migration";
    both.zeroMigrationFrom = migrationZeroFrom;
    return {baseline, fertility, zero, both};
}

Eigen::Index ScenarioProjection::yearColumn(int year) const
{
    const auto it = std::find(years.begin(), years.end(), year);
    return it == years.end() ? -1 : Eigen::Index(it - years.begin());
}

const ScenarioProjection *ProjectionResult::scenario(const std::string &name) const
{
    for (const ScenarioProjection &s : scenarios) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

ProjectionResult projectPopulation(const ProjectionInput &input, const ProjectionConfig &config,
                                   const ProgressFn &progress)
{
    ProjectionResult result;
    projectPopulation(input, config, &result, progress);
    return result;
}

void projectPopulation(const ProjectionInput &input, const ProjectionConfig &config, ProjectionResult *out,
                       const ProgressFn &progress)
{
    ProjectionResult &result = *out;
    // The previous scenarios' buffers, reused below; everything else starts afresh.
    std::vector<ScenarioProjection> previous = std::move(result.scenarios);
    result = ProjectionResult{};
    WarningCollector warnings;
    if (!validate(input, config, warnings)) {
        result.warnings = warnings.take();
        return;
    }
    const Eigen::Index regions = input.base.regions();
    const int steps = (config.horizon - input.baseYear) / kStepYears;
    result.projected = projectableRows(input, warnings);
    Eigen::Array<bool, Eigen::Dynamic, 1> ok(regions);
    for (Eigen::Index r = 0; r < regions; ++r)
        ok(r) = result.projected[std::size_t(r)] != 0;

    // Rows that are not projected are computed as zeros (so that they add
    // nothing to the balancing and control sums) and set to NaN in the output.
    // (Copies only then: when every row is projected, the input is used as it is.)
    const bool allProjected = ok.all();
    AgeSexTable startCopy;
    ProjectionRates ratesCopy;
    if (!allProjected) {
        startCopy = input.base;
        ratesCopy = input.rates;
    }
    for (Eigen::Index r = 0; r < regions && !allProjected; ++r) {
        if (!ok(r)) {
            startCopy.male.row(r).setZero();
            startCopy.female.row(r).setZero();
            ratesCopy.migrationMale.row(r).setZero();
            ratesCopy.migrationFemale.row(r).setZero();
            ratesCopy.childWomanRatio(r) = 0.0;
            ratesCopy.maleShare0to4(r) = 0.0;
        }
    }
    const AgeSexTable &start = allProjected ? input.base : startCopy;
    const ProjectionRates &rates = allProjected ? input.rates : ratesCopy;
    auto markNotProjected = [&](AgeSexTable &t) {
        for (Eigen::Index r = 0; r < regions; ++r) {
            if (!ok(r)) {
                t.male.row(r).setConstant(kNaN);
                t.female.row(r).setConstant(kNaN);
            }
        }
    };

    // Balancing needs the aggregate rates; without them the regions are not balanced.
    Eigen::RowVectorXd aggregateMale, aggregateFemale;
    if (config.balanceMigration) {
        if (input.rates.aggregateMigrationMale.size() == kMigrationClasses
            && input.rates.aggregateMigrationFemale.size() == kMigrationClasses
            && input.rates.aggregateMigrationMale.allFinite() && input.rates.aggregateMigrationFemale.allFinite()) {
            aggregateMale = input.rates.aggregateMigrationMale;
            aggregateFemale = input.rates.aggregateMigrationFemale;
        } else {
            warnings.add(WarningKind::Substituted, Severity::Warning,
                         "no aggregate net migration rates (estimateRates gives them): net migration is not "
                         "balanced over the regions");
        }
    }

    ProgressThrottle throttle(progress, Eigen::Index(config.scenarios.size()) * steps);
    Eigen::Index done = 0;
    Eigen::Index clamped = 0;
    for (const ProjectionScenario &sc : config.scenarios) {
        ScenarioProjection sp;
        if (result.scenarios.size() < previous.size())
            sp = std::move(previous[result.scenarios.size()]);
        sp.name = sc.name;
        sp.years.assign(1, input.baseYear);
        // Eigen keeps a matrix's storage when it is assigned or resized to its own shape.
        sp.population.resize(std::size_t(steps) + 1);
        sp.population.front().male = start.male;
        sp.population.front().female = start.female;
        for (int k = 0; k < steps; ++k) {
            const int t = input.baseYear + kStepYears * k;
            const SurvivalRatios &s = input.survival[std::min<std::size_t>(std::size_t(k), input.survival.size() - 1)];
            const double km = migrationFactor(sc, t);
            const AgeSexTable &p = sp.population[std::size_t(k)];
            AgeSexTable &next = sp.population[std::size_t(k) + 1];
            next.male.resize(regions, kProjectionAges);
            next.female.resize(regions, kProjectionAges);
            clamped += ageOneSex(p.male, s.male, rates.migrationMale, aggregateMale, km, next.male);
            clamped += ageOneSex(p.female, s.female, rates.migrationFemale, aggregateFemale, km, next.female);

            // 0–4 from the child-woman ratio and the women 15–49 at t+5.
            const Eigen::ArrayXd f = fertilityFactors(sc, input, t, result.projected, warnings);
            const Eigen::ArrayXd women =
                next.female.middleCols(kFirstMotherClass, kLastMotherClass - kFirstMotherClass + 1).rowwise().sum();
            const Eigen::ArrayXd children = rates.childWomanRatio.array() * f * women;
            next.male.col(0) = (children * rates.maleShare0to4.array()).matrix();
            next.female.col(0) = (children * (1.0 - rates.maleShare0to4.array())).matrix();

            const auto control = config.nationalTotal.find(t + kStepYears);
            if (control != config.nationalTotal.end()) {
                const Eigen::ArrayXd rowTotals =
                    next.male.rowwise().sum().array() + next.female.rowwise().sum().array();
                const double sum = rowTotals.sum();
                if (sum > 0.0 && std::isfinite(control->second) && control->second >= 0.0) {
                    next.male *= control->second / sum;
                    next.female *= control->second / sum;
                } else {
                    warnings.add(WarningKind::InvalidInput, Severity::Warning,
                                 "national control total unusable (not a non-negative number, or no projected "
                                 "population): that year is not scaled",
                                 -1, t + kStepYears);
                }
            }
            sp.years.push_back(t + kStepYears);
            if (!throttle.tick(++done)) {
                result.cancelled = true;
                result.scenarios.clear();
                result.warnings = warnings.take();
                return;
            }
        }
        if (!std::all_of(result.projected.begin(), result.projected.end(), [](char c) { return c != 0; })) {
            for (AgeSexTable &t : sp.population)
                markNotProjected(t);
        }
        summarise(sp);
        result.scenarios.push_back(std::move(sp));
    }
    warnings.add(WarningKind::NegativeValue, Severity::Warning,
                 "net out-migration exceeded a cohort's survivors: the cell is set to 0 (never a negative "
                 "population)",
                 -1, -1, clamped);
    result.warnings = warnings.take();
}

} // namespace regionlens::analysis
