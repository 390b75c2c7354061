// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectionadapter.h"

#include "datasets/adapters/projectionadapterrates.h"
#include "datasets/csvreader.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
namespace an = regionlens::analysis;

namespace regionlens::datasets::projection {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const QString kSurvivalFile = u":/regionlens/starter/survival_ratios_national.csv"_s;
const QString kSurvivalSourceText =
    u"the national 5-year survival ratios of each period bundled with RegionLens (厚生労働省「第23回生命表」2020 × "
    u"the projected mortality improvement of 国立社会保障・人口問題研究所「日本の将来推計人口（令和5年推計）」死亡中位; "
    u"before 2019 the 2020→2030 improvement extrapolated backwards)"_s;

// "0-4" … "85+" → 0 … 17, "TOTAL" → kProjectionAges, else −1.
int ageIndex(const QString &code)
{
    if (code == u"TOTAL")
        return int(an::kProjectionAges);
    for (int a = 0; a < int(an::kProjectionAges); ++a)
        if (code == QLatin1StringView(an::projectionAgeLabel(a)))
            return a;
    return -1;
}

// The periods whose survival a request needs: the rate periods and the steps.
QList<int> survivalPeriods(const Request &r)
{
    QList<int> out;
    for (int k = r.ratePeriods - 1; k >= 0; --k)
        out << r.rateStart() - 5 * k;
    for (int t = r.baseYear; t < r.horizon; t += 5)
        if (!out.contains(t))
            out << t;
    return out;
}

// The census years a request needs: the rate periods' and the base.
QList<int> censusYears(const Request &r)
{
    QList<int> years;
    for (int k = r.ratePeriods - 1; k >= 0; --k)
        for (int y : {r.rateStart() - 5 * k, r.rateStart() - 5 * k + 5})
            if (!years.contains(y))
                years << y;
    if (!years.contains(r.baseYear))
        years << r.baseYear;
    std::sort(years.begin(), years.end());
    return years;
}

QString checkRequest(const Request &r)
{
    if (r.baseYear <= 0 || r.horizon <= r.baseYear || (r.horizon - r.baseYear) % 5 != 0
        || r.horizon - r.baseYear > 100)
        return u"the horizon %1 must be after the base year %2 by a multiple of 5 years, at most 100"_s.arg(r.horizon)
            .arg(r.baseYear);
    if (r.ratePeriods < 1)
        return u"at least one rate period is needed"_s;
    if (r.rateStart() + 5 > r.baseYear)
        return u"the rate period %1→%2 must end by the base year %3"_s.arg(r.rateStart())
            .arg(r.rateStart() + 5)
            .arg(r.baseYear);
    if (r.scenarios.isEmpty())
        return u"no scenario asked"_s;
    for (const QString &s : r.scenarios)
        if (!scenarioNames().contains(s))
            return u"unknown scenario '%1' (one of %2)"_s.arg(s, scenarioNames().join(u", "_s));
    if (r.needsFertility() && !(std::isfinite(r.tfrTarget) && r.tfrTarget > 0.0 && std::isfinite(r.tfrYear)))
        return u"the fertility scenario needs a positive target TFR and a target year"_s;
    if (!std::isfinite(r.migrationZeroFrom))
        return u"the zero-migration scenario needs a year"_s;
    return {};
}

// The tables of years for the regions codes (rows in that order) from rows grouped by year.
void fillTables(const QHash<int, QList<Observation>> &rowsByYear, const QHash<int, QString> &sources,
                const QStringList &codes, const QList<int> &years, std::map<int, CensusTable> *out)
{
    QHash<QString, Eigen::Index> row;
    for (qsizetype i = 0; i < codes.size(); ++i)
        row.insert(codes.at(i), Eigen::Index(i));
    const Eigen::Index n = Eigen::Index(codes.size());
    for (int y : years) {
        CensusTable t;
        t.source = sources.value(y);
        t.classes = {Eigen::MatrixXd::Constant(n, an::kProjectionAges, kNaN),
                     Eigen::MatrixXd::Constant(n, an::kProjectionAges, kNaN)};
        t.totalMale = Eigen::VectorXd::Constant(n, kNaN);
        t.totalFemale = Eigen::VectorXd::Constant(n, kNaN);
        for (const Observation &o : rowsByYear.value(y)) {
            const auto it = row.constFind(o.region);
            const int a = ageIndex(o.ageClass);
            if (it == row.constEnd() || a < 0 || !o.status.isEmpty() || (o.sex != u"male" && o.sex != u"female"))
                continue;
            const bool male = o.sex == u"male";
            if (a == int(an::kProjectionAges))
                (male ? t.totalMale : t.totalFemale)(*it) = o.value;
            else
                (male ? t.classes.male : t.classes.female)(*it, a) = o.value;
        }
        out->insert_or_assign(y, std::move(t));
    }
}

// An error when a year of years has no rows (where: " at the prefecture level" or empty).
QString missingYear(const QHash<int, QList<Observation>> &rowsByYear, const QList<int> &years, int baseYear,
                    const QString &where = {})
{
    for (int y : years)
        if (!rowsByYear.contains(y) || rowsByYear.value(y).isEmpty())
            return u"no population by sex and 5-year age%1 for %2 (needed for %3)"_s.arg(where).arg(y).arg(
                y == baseYear ? u"the base"_s : u"the rates"_s);
    return {};
}

// Inputs from rows grouped by year (the given years, by default the request's
// census years); codes = the regions projected together.
void buildTables(const QHash<int, QList<Observation>> &rowsByYear, const QHash<int, QString> &sources, Inputs *in,
                 QList<int> years = {})
{
    const Request &r = in->request;
    if (years.isEmpty())
        years = censusYears(r);
    in->error = missingYear(rowsByYear, years, r.baseYear);
    if (!in->error.isEmpty())
        return;
    QSet<QString> domain;
    for (const Observation &o : rowsByYear.value(r.baseYear))
        domain.insert(o.region);
    in->codes = QStringList(domain.begin(), domain.end());
    std::sort(in->codes.begin(), in->codes.end());
    in->asked = (r.regions.isEmpty() && r.groups.isEmpty()) || r.showAll ? in->codes : r.regions;
    QStringList members = in->asked;
    for (const RegionAggregate &g : r.groups) {
        in->asked << g.code;
        members += g.members;
    }
    for (const QString &code : std::as_const(members))
        if (!domain.contains(code)) {
            in->error = u"region %1 has no population by sex and 5-year age for the base year %2"_s.arg(code).arg(
                r.baseYear);
            return;
        }
    fillTables(rowsByYear, sources, in->codes, years, &in->census);
}

void loadSurvival(Inputs *in)
{
    if (in->request.survival != SurvivalSource::NationalLifeTable)
        return;
    const std::map<int, an::SurvivalRatios> &all = bundledSurvival();
    if (all.empty()) {
        in->error = u"the bundled survival ratios (%1) are missing"_s.arg(kSurvivalFile);
        return;
    }
    in->survivalSource = kSurvivalSourceText;
    QStringList interpolated;
    for (int start : survivalPeriods(in->request)) {
        auto it = all.lower_bound(start);
        // Between two bundled periods (a base that is not a census year, e.g. 住基 2022): linear in the start year.
        if (it != all.end() && it->first != start && it != all.begin()) {
            const auto lo = std::prev(it);
            const double w = double(start - lo->first) / double(it->first - lo->first);
            in->survival.emplace(start, an::SurvivalRatios{(1.0 - w) * lo->second.male + w * it->second.male,
                                                           (1.0 - w) * lo->second.female + w * it->second.female});
            interpolated << QString::number(start);
            continue;
        }
        if (it == all.end())
            it = std::prev(all.end());
        if (it->first != start)
            in->notes << u"survival of %1→%2 taken from the nearest period bundled, %3→%4"_s.arg(start)
                             .arg(start + 5)
                             .arg(it->first)
                             .arg(it->first + 5);
        in->survival.emplace(start, it->second);
    }
    if (!interpolated.isEmpty())
        in->notes << u"survival of the periods starting %1 interpolated linearly between the bundled 5-year periods"_s
                         .arg(interpolated.join(u", "_s));
}

// The level of the regions and group members named (all the same), else request.level; an error message or empty.
QString levelOf(const Store &store, const Request &request, RegionLevel *level)
{
    QStringList named = request.regions;
    for (const RegionAggregate &g : request.groups)
        named += g.members;
    for (const QString &code : std::as_const(named)) {
        const std::optional<Region> region = store.region(code);
        if (!region)
            return u"no region '%1'"_s.arg(code);
        if (code == named.first())
            *level = region->level;
        else if (region->level != *level)
            return u"regions %1 and %2 are of different levels: project one level at a time"_s.arg(named.first(),
                                                                                                   code);
    }
    return {};
}

// Rows of one year at one level from the first of the request's indicators that has them.
bool readYear(const Store &store, const Request &r, int year, RegionLevel level, QHash<int, QList<Observation>> *rows,
              QHash<int, QString> *sources)
{
    for (const QString &indicator : r.censusIndicators) {
        if (!store.years(indicator, level).contains(year))
            continue;
        ObservationQuery q;
        q.indicator = indicator;
        q.year = year;
        q.level = level;
        q.sex.reset();
        q.ageClass.reset();
        rows->insert(year, store.observations(q));
        sources->insert(year, indicator);
        return true;
    }
    return false;
}

bool hasAgeTable(const Store &store, const Request &r, int year, RegionLevel level)
{
    for (const QString &indicator : r.censusIndicators)
        if (store.years(indicator, level).contains(year))
            return true;
    return false;
}

// The default rate period of a base that is not a census year: the latest
// 5-year period with tables at the level (else at the prefecture level) that
// ends by the base. 0 when there is none (the request's default then names
// the missing year).
int latestRatePeriod(const Store &store, const Request &r, RegionLevel level)
{
    for (RegionLevel l : {level, RegionLevel::Prefecture})
        for (int y = (r.baseYear - 5) / 5 * 5; y >= r.baseYear - 50; y -= 5)
            if (hasAgeTable(store, r, y, l) && hasAgeTable(store, r, y + 5, l))
                return y;
    return 0;
}

// Municipalities without age tables for the rate years: the prefectures' tables
// of those years, and each municipality's prefecture (the first two digits of its code).
void loadPrefectureRates(const Store &store, Inputs *in)
{
    const Request &r = in->request;
    QList<int> years = censusYears(r);
    years.removeAll(r.baseYear);
    QHash<int, QList<Observation>> rows;
    QHash<int, QString> sources;
    for (int y : std::as_const(years))
        readYear(store, r, y, RegionLevel::Prefecture, &rows, &sources);
    in->error = missingYear(rows, years, r.baseYear, u" at the prefecture level"_s);
    if (!in->error.isEmpty())
        return;
    PrefectureRates &p = in->prefectureRates;
    QSet<QString> domain;
    for (const Observation &o : rows.value(years.first()))
        domain.insert(o.region);
    p.codes = QStringList(domain.begin(), domain.end());
    std::sort(p.codes.begin(), p.codes.end());
    fillTables(rows, sources, p.codes, years, &p.census);
    for (const QString &code : std::as_const(in->codes)) {
        const int row = int(p.codes.indexOf(code.left(2)));
        if (row < 0) {
            in->error = u"municipality %1: its prefecture %2 has no population by sex and 5-year age for the rates"_s
                            .arg(code, code.left(2));
            return;
        }
        p.row << row;
    }
    p.used = true;
}

an::AgeSexTable distributed(const CensusTable &t, std::vector<an::Warning> *warnings)
{
    return an::distributeUnknownAge(t.classes, t.totalMale, t.totalFemale, warnings);
}

void addWarnings(Result *result, const std::vector<an::Warning> &warnings)
{
    for (const an::Warning &w : warnings) {
        QString text = QString::fromStdString(w.message);
        if (w.row >= 0 && w.row < result->codes.size())
            text = u"region %1: %2"_s.arg(result->codes.at(w.row), text);
        if (!result->warnings.contains(text))
            result->warnings << text;
    }
}

} // namespace

QString survivalSourceKey(SurvivalSource source)
{
    return source == SurvivalSource::NationalLifeTable ? u"life-table"_s : u"cohort-change"_s;
}

bool parseSurvivalSource(const QString &key, SurvivalSource *source)
{
    for (SurvivalSource s : {SurvivalSource::NationalLifeTable, SurvivalSource::NationalCohortChange})
        if (key == survivalSourceKey(s)) {
            *source = s;
            return true;
        }
    return false;
}

const QStringList &scenarioNames()
{
    static const QStringList names = [] {
        QStringList out;
        for (const an::ProjectionScenario &s : an::standardScenarios())
            out << QString::fromStdString(s.name);
        return out;
    }();
    return names;
}

bool Request::needsFertility() const
{
    return scenarios.contains(u"fertility"_s) || scenarios.contains(u"fertility+zero-migration"_s);
}

const std::map<int, an::SurvivalRatios> &bundledSurvival()
{
    static const std::map<int, an::SurvivalRatios> table = [] {
        std::map<int, an::SurvivalRatios> out;
        QFile file(kSurvivalFile);
        if (!file.open(QIODevice::ReadOnly))
            return out;
        CsvReader reader(QString::fromUtf8(file.readAll()));
        QStringList f;
        reader.next(&f);  // period_start,sex,age_class,survival_ratio
        while (reader.next(&f)) {
            const int a = f.size() == 4 ? ageIndex(f.at(2)) : -1;
            if (a < 0 || a >= int(an::kProjectionAges))
                return std::map<int, an::SurvivalRatios>{};
            an::SurvivalRatios &s = out[f.at(0).toInt()];
            if (s.male.size() == 0) {
                s.male = Eigen::VectorXd::Constant(an::kProjectionAges, kNaN);
                s.female = Eigen::VectorXd::Constant(an::kProjectionAges, kNaN);
            }
            (f.at(1) == u"male" ? s.male : s.female)(a) = f.at(3).toDouble();
        }
        for (const auto &[year, s] : out)
            if (!s.isValid())
                return std::map<int, an::SurvivalRatios>{};
        return out;
    }();
    return table;
}

void applyLevelDefaults(const Store &store, Request *request, bool baseGiven, bool horizonGiven)
{
    RegionLevel level = request->level;
    if (!levelOf(store, *request, &level).isEmpty())
        return;   // load() names the problem
    if (level == RegionLevel::Municipality && !baseGiven) {
        int latest = 0;
        for (const QString &indicator : std::as_const(request->censusIndicators))
            for (int y : store.years(indicator, level))
                latest = std::max(latest, y);
        if (latest > 0)
            request->baseYear = latest;
    }
    // A horizon that the base cannot reach in 5-year steps (2045 from 2022): 30 years, as 2015 → 2045.
    if (!horizonGiven && (request->horizon <= request->baseYear || (request->horizon - request->baseYear) % 5 != 0))
        request->horizon = request->baseYear + 30;
}

Inputs load(const Store &store, const Request &request)
{
    Inputs in;
    in.request = request;
    in.error = checkRequest(request);
    if (!in.error.isEmpty())
        return in;
    RegionLevel level = request.level;
    in.error = levelOf(store, request, &level);
    if (!in.error.isEmpty())
        return in;
    Request &r = in.request;
    if (r.ratesFrom == 0 && r.baseYear % 5 != 0) {
        if (const int y = latestRatePeriod(store, r, level); y > 0) {
            r.ratesFrom = y;
            in.notes << u"the base %1 is not a census year: rates from the latest census period with age tables "
                        u"that ends by it, %2→%3"_s.arg(r.baseYear).arg(y).arg(y + 5);
        }
    }
    // Municipalities without age tables for the rate years take their prefectures' rates.
    QList<int> years = censusYears(r);
    bool ownRates = true;
    for (int y : std::as_const(years))
        if (level == RegionLevel::Municipality && y != r.baseYear && !hasAgeTable(store, r, y, level))
            ownRates = false;
    if (!ownRates)
        years = {r.baseYear};
    QHash<int, QList<Observation>> rows;
    QHash<int, QString> sources;
    for (int y : std::as_const(years))
        readYear(store, r, y, level, &rows, &sources);
    buildTables(rows, sources, &in, years);
    if (!in.error.isEmpty())
        return in;
    if (!ownRates) {
        loadPrefectureRates(store, &in);
        if (!in.error.isEmpty())
            return in;
    }
    loadSurvival(&in);
    if (request.needsFertility())
        loadFertility(store, &in);
    return in;
}

Inputs load(const QList<Observation> &rows, const Request &request, const QString &label)
{
    Inputs in;
    in.request = request;
    in.error = checkRequest(request);
    if (!in.error.isEmpty())
        return in;
    QHash<int, QList<Observation>> byYear;
    QHash<int, QString> sources;
    for (const Observation &o : rows) {
        byYear[o.year].append(o);
        sources.insert(o.year, label);
    }
    buildTables(byYear, sources, &in);
    if (!in.error.isEmpty())
        return in;
    loadSurvival(&in);
    return in;
}

void loadFertility(const Store &store, Inputs *in)
{
    const QString &id = in->request.fertilityIndicator;
    in->tfr = Eigen::VectorXd::Constant(in->codes.size(), kNaN);
    const QList<int> years = store.years(id);
    if (years.isEmpty())
        return;
    // The base year, else the nearest (the later of two equally near).
    int best = years.first();
    for (int y : years)
        if (std::abs(y - in->request.baseYear) <= std::abs(best - in->request.baseYear))
            best = y;
    ObservationQuery q;
    q.indicator = id;
    q.year = best;
    const QHash<QString, double> values = store.values(q);
    // Municipalities projected with their prefecture's rates take its TFR (no municipal TFR is bundled).
    const bool byPrefecture = in->prefectureRates.used;
    for (qsizetype i = 0; i < in->codes.size(); ++i)
        in->tfr(i) = values.value(byPrefecture ? in->codes.at(i).left(2) : in->codes.at(i), kNaN);
    if (byPrefecture)
        in->notes << u"fertility scenarios: each municipality starts from its prefecture's TFR"_s;
    in->tfrYear = best;
    const std::optional<IndicatorInfo> info = store.indicator(id);
    in->tfrSource = info && !info->sourceEn.isEmpty() ? u"%1 (%2)"_s.arg(id, info->sourceEn) : id;
}

RegionSeries Result::series(const QString &code, const QString &scenario) const
{
    RegionSeries out;
    out.code = code;
    out.scenario = scenario;
    out.members = {code};
    for (const RegionAggregate &g : groups)
        if (g.code == code)
            out.members = g.members;
    const an::ScenarioProjection *s = projection.scenario(scenario.toStdString());
    QList<Eigen::Index> rows;
    for (const QString &m : std::as_const(out.members)) {
        const int r = row(m);
        if (!s || r < 0 || !projection.projected.at(std::size_t(r)))
            return out;
        rows << r;
    }
    const int years = int(s->years.size());
    for (int j = 0; j < years; ++j) {
        const an::AgeSexTable &t = s->population.at(std::size_t(j));
        QVector<double> male(an::kProjectionAges, 0.0), female(an::kProjectionAges, 0.0);
        for (Eigen::Index r : std::as_const(rows))
            for (Eigen::Index a = 0; a < an::kProjectionAges; ++a) {
                male[a] += t.male(r, a);
                female[a] += t.female(r, a);
            }
        auto sum = [&](int first, int count) {
            double v = 0.0;
            for (int a = first; a < first + count; ++a)
                v += male[a] + female[a];
            return v;
        };
        double total = 0.0;
        for (int a = 0; a < int(an::kProjectionAges); ++a)
            total += male[a] + female[a];
        out.years << s->years.at(std::size_t(j));
        out.male << male;
        out.female << female;
        out.total << total;
        out.age0to14 << sum(0, 3);
        out.age15to64 << sum(3, 10);
        out.age65plus << sum(13, 5);
        out.age75plus << sum(15, 3);
        out.share0to14 << out.age0to14.last() / total * 100.0;
        out.share15to64 << out.age15to64.last() / total * 100.0;
        out.share65plus << out.age65plus.last() / total * 100.0;
        out.share75plus << out.age75plus.last() / total * 100.0;
        out.dependencyRatio << (out.age0to14.last() + out.age65plus.last()) / out.age15to64.last() * 100.0;
        out.index << total / out.total.first() * 100.0;
    }
    out.valid = true;
    return out;
}

QList<TidyRow> Result::tidyRows() const
{
    QList<TidyRow> out;
    for (const an::ScenarioProjection &s : projection.scenarios) {
        const QString scenario = QString::fromStdString(s.name);
        for (const QString &code : asked) {
            const RegionSeries series = this->series(code, scenario);
            if (!series.valid)
                continue;
            for (int j = 0; j < series.years.size(); ++j) {
                for (const QString &sex : {u"total"_s, u"male"_s, u"female"_s}) {
                    double sum = 0.0;
                    for (int a = 0; a < int(an::kProjectionAges); ++a) {
                        const double v = sex == u"male"     ? series.male[j][a]
                                         : sex == u"female" ? series.female[j][a]
                                                            : series.male[j][a] + series.female[j][a];
                        sum += v;
                        out.append({code, series.years[j], sex, QString::fromLatin1(an::projectionAgeLabel(a)), v,
                                    scenario});
                    }
                    out.append({code, series.years[j], sex, u"TOTAL"_s, sum, scenario});
                }
            }
        }
    }
    return out;
}

QHash<QString, double> Result::indexByRegion(const QString &scenario, int year) const
{
    QHash<QString, double> out;
    const an::ScenarioProjection *s = projection.scenario(scenario.toStdString());
    const Eigen::Index column = s ? s->yearColumn(year) : -1;
    if (column < 0)
        return out;
    out.reserve(codes.size());
    for (qsizetype i = 0; i < codes.size(); ++i)
        if (projection.projected.at(std::size_t(i)))
            out.insert(codes.at(i), s->index(Eigen::Index(i), column));
    return out;
}

Result compute(const Inputs &in, const an::ProgressFn &progress)
{
    return compute(in, progress, Result{});
}

Result compute(const Inputs &in, const an::ProgressFn &progress, Result &&previous)
{
    Result result;
    result.projection = std::move(previous.projection);   // buffers for projectPopulation to reuse
    result.codes = in.codes;
    result.asked = in.asked;
    result.groups = in.request.groups;
    result.notes = in.notes;
    if (!in.error.isEmpty()) {
        result.error = in.error;
        result.projection = {};
        return result;
    }
    const Request &r = in.request;
    std::vector<an::Warning> warnings;
    std::map<int, an::AgeSexTable> tables;
    for (const auto &[year, t] : in.census)
        tables.emplace(year, distributed(t, &warnings));
    // Municipalities with their prefectures' rates: the rate years are prefecture tables (their warnings name
    // the prefecture).
    const bool byPrefecture = in.prefectureRates.used;
    std::vector<an::Warning> prefectureWarnings;
    std::map<int, an::AgeSexTable> prefectureTables;
    for (const auto &[year, t] : in.prefectureRates.census)
        prefectureTables.emplace(year, distributed(t, &prefectureWarnings));
    const std::map<int, an::AgeSexTable> &rateTables = byPrefecture ? prefectureTables : tables;

    // Survival per period: bundled, or the nation's (Σ regions) cohort change of the last rate period, held.
    std::map<int, an::SurvivalRatios> survival = in.survival;
    if (r.survival == SurvivalSource::NationalCohortChange) {
        const an::AgeSexTable &a = rateTables.at(r.rateStart());
        const an::AgeSexTable &b = rateTables.at(r.rateStart() + 5);
        const an::SurvivalRatios s = an::survivalFromCohortChange(
            a.male.colwise().sum(), b.male.colwise().sum(), a.female.colwise().sum(), b.female.colwise().sum());
        for (int start : survivalPeriods(r))
            survival[start] = s;
    }
    std::vector<an::RatePeriod> periods;
    for (int k = r.ratePeriods - 1; k >= 0; --k) {
        const int start = r.rateStart() - 5 * k;
        periods.push_back({rateTables.at(start), rateTables.at(start + 5), survival.at(start)});
    }
    an::RateEstimationResult rates = an::estimateRates(periods);
    std::vector<an::Warning> &rateWarnings = byPrefecture ? prefectureWarnings : warnings;
    rateWarnings.insert(rateWarnings.end(), rates.warnings.begin(), rates.warnings.end());

    an::ProjectionInput input;
    input.baseYear = r.baseYear;
    input.base = tables.at(r.baseYear);
    int ownRatioFallbacks = 0;
    if (byPrefecture)
        input.rates = detail::municipalRates(rates.rates, input.base, in.prefectureRates.row, &ownRatioFallbacks);
    else
        input.rates = std::move(rates.rates);
    const bool ratiosFromBase = !byPrefecture && r.baseYear > r.rateStart() + 5;
    if (ratiosFromBase)
        detail::childRatiosFromBase(input.base, &input.rates);
    for (int t = r.baseYear; t < r.horizon; t += 5)
        input.survival.push_back(survival.at(t));
    input.currentTfr = in.tfr;
    an::ProjectionConfig config;
    config.horizon = r.horizon;
    config.balanceMigration = r.balanceMigration;
    config.scenarios.clear();
    const std::vector<an::ProjectionScenario> standard =
        an::standardScenarios(r.tfrTarget, r.tfrYear, r.migrationZeroFrom);
    for (const QString &name : r.scenarios)
        for (const an::ProjectionScenario &s : standard)
            if (s.name == name.toStdString())
                config.scenarios.push_back(s);
    an::projectPopulation(input, config, &result.projection, progress);
    warnings.insert(warnings.end(), result.projection.warnings.begin(), result.projection.warnings.end());
    addWarnings(&result, warnings);
    for (const an::Warning &w : prefectureWarnings) {
        QString text = QString::fromStdString(w.message);
        if (w.row >= 0 && w.row < in.prefectureRates.codes.size())
            text = u"prefecture %1 (rates): %2"_s.arg(in.prefectureRates.codes.at(w.row), text);
        if (!result.warnings.contains(text))
            result.warnings << text;
    }
    if (result.projection.scenarios.empty() && !result.projection.cancelled) {
        result.error = result.warnings.isEmpty() ? u"the projection failed"_s : result.warnings.join(u"; "_s);
        return result;
    }

    // The conventions used.
    QStringList sources;
    for (const auto &[year, t] : in.census)
        sources << u"%1 (%2)"_s.arg(year).arg(t.source);
    for (const auto &[year, t] : in.prefectureRates.census)
        sources << u"%1 (%2, prefectures, for the rates)"_s.arg(year).arg(t.source);
    result.notes << u"cohort-component projection by sex and 5-year age (0-4 … 80-84, 85+ open) from %1 to %2 in "
                    u"5-year steps; census age tables %3"_s.arg(r.baseYear)
                        .arg(r.horizon)
                        .arg(sources.join(u", "_s));
    result.notes << u"年齢不詳 (unknown age, inside the census 総数) distributed over the age classes in proportion, "
                    u"per region and sex, in every census used; the output's TOTAL is the sum of the classes"_s;
    if (r.survival == SurvivalSource::NationalLifeTable)
        result.notes << u"survival: %1"_s.arg(in.survivalSource);
    else
        result.notes << u"survival: the nation's cohort change %1→%2 (the sum of the %3 regions; an approximation "
                        u"that includes international migration and census coverage), held for every step"_s
                            .arg(r.rateStart())
                            .arg(r.rateStart() + 5)
                            .arg(in.codes.size());
    const QString ratePeriod = r.ratePeriods == 1 ? u"%1→%2"_s.arg(r.rateStart()).arg(r.rateStart() + 5)
                                                  : u"%1 periods ending %2→%3, averaged"_s.arg(r.ratePeriods)
                                                        .arg(r.rateStart())
                                                        .arg(r.rateStart() + 5);
    if (byPrefecture)
        result.notes << u"municipalities with their prefecture's rates (no municipal age tables for %1): net "
                        u"migration rates of the prefecture (cohort change beyond survival in %2), held; each "
                        u"municipality's own child-woman ratio (0-4 ÷ women 15-49) of the %3 base%4, and the "
                        u"prefecture's 0-4 sex split (the sum of its municipalities' base), held"_s
                            .arg(r.rateStart())
                            .arg(ratePeriod)
                            .arg(r.baseYear)
                            .arg(ownRatioFallbacks > 0 ? u" (the prefecture's for %1 without women 15-49)"_s.arg(
                                                             ownRatioFallbacks)
                                                       : QString());
    else if (ratiosFromBase)
        result.notes << u"net migration rates: cohort change beyond survival in %1, held; child-woman ratio (0-4 ÷ "
                        u"women 15-49) and 0-4 sex split of the %2 base (later than the rate census), held"_s
                            .arg(ratePeriod)
                            .arg(r.baseYear);
    else
        result.notes << u"net migration rates: cohort change beyond survival in %1, held; child-woman ratio (0-4 ÷ "
                        u"women 15-49) and 0-4 sex split of the %2 census, held"_s.arg(ratePeriod)
                            .arg(r.rateStart() + 5);
    const auto juki = in.census.find(r.baseYear);
    if (juki != in.census.end() && juki->second.source == kJukiAge)
        result.notes << u"base: 住民基本台帳 (registered Japanese and foreign residents) on 1 January %1, not a "
                        u"census; the years are 1 January %1, %2, … in 5-year steps, not census years (1 October): "
                        u"住基 counts about 0.4 % more people than the census (1 January 2021 126,654,244 vs the "
                        u"2020 census 126,146,099); 総数 above the sum of the classes (foreign residents' ages not "
                        u"published) distributed like 年齢不詳"_s.arg(r.baseYear)
                            .arg(r.baseYear + 5);
    const QStringList &rateCodes = byPrefecture ? in.prefectureRates.codes : in.codes;
    if (r.ratePeriods == 1 && r.rateStart() == 2010 && rateCodes.contains(u"07"_s))
        result.notes << u"the rate period 2010→2015 carries the 2011 disaster (福島県 07); averaging two periods "
                        u"damps it"_s;
    result.notes << u"all %1 regions with age tables projected together%2; the figures of a region do not depend on "
                    u"which regions are shown"_s
                        .arg(in.codes.size())
                        .arg(r.balanceMigration ? u", net migration balanced over them"_s : QString());
    for (const RegionAggregate &g : r.groups)
        result.notes << u"%1: the sum of the projections of %2"_s.arg(g.code, g.members.join(u", "_s));
    if (r.needsFertility())
        result.notes << u"fertility: each region's TFR of %1 (%2) moving linearly to %3 by %4, the child-woman ratio "
                        u"scaled in proportion"_s.arg(in.tfrYear)
                            .arg(in.tfrSource.isEmpty() ? u"none"_s : in.tfrSource)
                            .arg(r.tfrTarget)
                            .arg(r.tfrYear);
    if (r.scenarios.contains(u"zero-migration"_s) || r.scenarios.contains(u"fertility+zero-migration"_s))
        result.notes << u"zero migration: net migration 0 from %1 (a step that straddles it keeps the part before)"_s
                            .arg(r.migrationZeroFrom);
    return result;
}

} // namespace regionlens::datasets::projection
