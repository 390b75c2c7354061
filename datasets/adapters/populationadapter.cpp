// SPDX-License-Identifier: GPL-3.0-or-later
#include "populationadapter.h"

#include "datasets/catalog.h"

#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::datasets::population {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Σ over members, year by year; a year counts only when every member has a
// finite value (a group is not "smaller" because one member was not surveyed).
QMap<int, double> summedSeries(const Inputs &input, const RegionSpec &region)
{
    QMap<int, double> sum;
    QMap<int, int> count;
    for (const QString &member : region.members) {
        for (const SeriesPoint &p : input.census.value(member)) {
            if (!std::isfinite(p.value))
                continue;
            sum[p.year] += p.value;
            ++count[p.year];
        }
    }
    QMap<int, double> out;
    // Years where some member is missing stay in the axis as gaps.
    for (auto it = sum.cbegin(); it != sum.cend(); ++it)
        out.insert(it.key(), count.value(it.key()) == region.members.size() ? it.value() : kNaN);
    for (const QString &member : region.members)
        for (const SeriesPoint &p : input.census.value(member))
            if (!out.contains(p.year))
                out.insert(p.year, kNaN);
    return out;
}

SeriesSummary summarise(const Inputs &input, const RegionSpec &region, int baseYear)
{
    SeriesSummary s;
    s.key = region.key;
    s.label = region.label;
    const QMap<int, double> series = summedSeries(input, region);
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        s.years.append(it.key());
        s.values.append(it.value());
        if (!std::isfinite(it.value()))
            continue;
        if (!std::isfinite(s.firstValue)) {
            s.firstYear = it.key();
            s.firstValue = it.value();
        }
        if (std::isfinite(s.lastValue)) {
            s.previousYear = s.lastYear;
            s.previousValue = s.lastValue;
        }
        s.lastYear = it.key();
        s.lastValue = it.value();
        if (!std::isfinite(s.peakValue) || it.value() >= s.peakValue) {
            s.peakYear = it.key();
            s.peakValue = it.value();
        }
    }
    const double base = baseYear > 0 ? series.value(baseYear, kNaN) : s.firstValue;
    s.shown = s.values;
    if (baseYear >= 0 && input.indexed) {
        for (double &v : s.shown)
            v = std::isfinite(base) && base > 0 ? 100.0 * v / base : kNaN;
    }
    return s;
}

int ageOrder(const QString &code)
{
    return catalog::ageClassLowerBound(code);
}

// Σ over members; NaN unless every member has a finite value.
double valueSum(const QHash<QString, double> &values, const QStringList &members)
{
    double sum = 0.0;
    for (const QString &m : members) {
        const double v = values.value(m, kNaN);
        if (!std::isfinite(v))
            return kNaN;
        sum += v;
    }
    return sum;
}

// Σ over members of one item in one year; NaN unless every member has a finite value.
double memberSum(const RegionYearValues &values, const QStringList &members, int year)
{
    double sum = 0.0;
    for (const QString &m : members) {
        const double v = values.value(m).value(year, kNaN);
        if (!std::isfinite(v))
            return kNaN;
        sum += v;
    }
    return sum;
}

} // namespace

const QList<ChangeItemDefinition> &changeItemDefinitions()
{
    // SSDSE item codes as in SSDSE-A-2026 and SSDSE-E-2024 (row 1); the names
    // are the headers of those tables and of SSDSE-B-2025 (columns 19, 23, 26, 29).
    static const QList<ChangeItemDefinition> items = {
        {ChangeItem::Births, u"births"_s, u"A4101"_s, u"出生数"_s},
        {ChangeItem::Deaths, u"deaths"_s, u"A4200"_s, u"死亡数"_s},
        {ChangeItem::MovedIn, u"in_migrants"_s, u"A5101"_s, u"転入者数（日本人移動者）"_s},
        {ChangeItem::MovedOut, u"out_migrants"_s, u"A5102"_s, u"転出者数（日本人移動者）"_s},
        {ChangeItem::NaturalChange, u"natural_change"_s, QString(), QString()},
    };
    return items;
}

QStringList ChangeIndicators::used() const
{
    QStringList out;
    for (const QString &id : {births, deaths, natural, movedIn, movedOut})
        if (!id.isEmpty() && !out.contains(id))
            out << id;
    return out;
}

ChangeIndicators findChangeIndicators(const QList<IndicatorInfo> &indicators,
                                      const std::function<int(const QString &)> &prefectureYears)
{
    ChangeIndicators found;
    for (const ChangeItemDefinition &d : changeItemDefinitions()) {
        QString best;
        QString bestSurvey;
        int bestYears = 0;
        for (const IndicatorInfo &info : indicators) {
            if (info.kind == u"flow")
                continue;
            if (info.id == d.plainId) {
                best = info.id;
                break;
            }
            const bool coded = !d.ssdseCode.isEmpty() && info.id == u"ssdse_"_s + d.ssdseCode.toLower();
            const bool named = !d.nameJa.isEmpty() && info.nameJa == d.nameJa
                && (info.id.startsWith(u"ssdse"_s) || info.survey.startsWith(u"SSDSE"_s));
            if (!coded && !named)
                continue;
            const int years = prefectureYears ? prefectureYears(info.id) : 1;
            if (years == 0)
                continue;   // e.g. SSDSE-A: municipalities only
            if (best.isEmpty() || years > bestYears || (years == bestYears && info.survey > bestSurvey)) {
                best = info.id;
                bestSurvey = info.survey;
                bestYears = years;
            }
        }
        switch (d.item) {
        case ChangeItem::Births: found.births = best; break;
        case ChangeItem::Deaths: found.deaths = best; break;
        case ChangeItem::MovedIn: found.movedIn = best; break;
        case ChangeItem::MovedOut: found.movedOut = best; break;
        case ChangeItem::NaturalChange: found.natural = best; break;
        }
    }
    // natural_change is a fallback for a store without births and deaths.
    if (!found.births.isEmpty() && !found.deaths.isEmpty())
        found.natural.clear();
    return found;
}

ComponentSeries computeComponents(const ChangeInputs &input, const RegionSpec &region)
{
    ComponentSeries c;
    c.key = region.key;
    c.label = region.label;
    // The nation is the sum of the 47 prefectures (SSDSE-B has no national row).
    QStringList members = region.members;
    if (members == QStringList{u"00"_s}) {
        members.clear();
        for (int i = 1; i <= 47; ++i)
            members << u"%1"_s.arg(i, 2, 10, QChar(u'0'));
    }
    c.members = int(members.size());
    const bool fromBirths = !input.components.births.isEmpty() && !input.components.deaths.isEmpty();
    QMap<int, bool> yearSet;
    for (const RegionYearValues *values : {&input.births, &input.deaths, &input.movedIn, &input.movedOut,
                                           &input.naturalChange})
        for (const QString &m : std::as_const(members))
            for (auto it = values->value(m).cbegin(); it != values->value(m).cend(); ++it)
                yearSet.insert(it.key(), true);
    for (auto it = yearSet.cbegin(); it != yearSet.cend(); ++it) {
        const int year = it.key();
        const double b = memberSum(input.births, members, year);
        const double d = memberSum(input.deaths, members, year);
        const double i = memberSum(input.movedIn, members, year);
        const double o = memberSum(input.movedOut, members, year);
        const double natural = fromBirths ? b - d : memberSum(input.naturalChange, members, year);
        const double social = i - o;
        c.years.append(year);
        c.births.append(b);
        c.deaths.append(d);
        c.in.append(i);
        c.out.append(o);
        c.natural.append(natural);
        c.social.append(social);
        if (input.components.hasNatural() && !std::isfinite(natural))
            c.naturalGaps.append(year);
        if (input.components.hasSocial() && !std::isfinite(social))
            c.socialGaps.append(year);
        const bool naturalKnown = !input.components.hasNatural() || std::isfinite(natural);
        const bool socialKnown = !input.components.hasSocial() || std::isfinite(social);
        if (naturalKnown && socialKnown && (std::isfinite(natural) || std::isfinite(social))) {
            c.latestYear = year;
            c.latestNatural = natural;
            c.latestSocial = social;
        }
    }
    return c;
}

PyramidSummary computePyramid(const QList<Observation> &rows, const RegionSpec &region,
                              const QString &indicator, int year)
{
    PyramidSummary p;
    p.label = region.label;
    p.indicator = indicator;
    p.year = year;
    // (age, sex) → Σ over members, and how many members contributed.
    QHash<QString, double> male;
    QHash<QString, double> female;
    QHash<QString, int> maleCount;
    QHash<QString, int> femaleCount;
    QStringList ages;
    for (const Observation &o : rows) {
        if (o.year != year || !region.members.contains(o.region) || ageOrder(o.ageClass) < 0
            || !std::isfinite(o.value))
            continue;
        if (o.sex == u"male") {
            male[o.ageClass] += o.value;
            ++maleCount[o.ageClass];
        } else if (o.sex == u"female") {
            female[o.ageClass] += o.value;
            ++femaleCount[o.ageClass];
        } else {
            continue;
        }
        if (!ages.contains(o.ageClass))
            ages.append(o.ageClass);
    }
    std::sort(ages.begin(), ages.end(), [](const QString &a, const QString &b) { return ageOrder(a) < ageOrder(b); });
    const qsizetype members = region.members.size();
    for (const QString &age : std::as_const(ages)) {
        const double m = maleCount.value(age) == members ? male.value(age) : kNaN;
        const double f = femaleCount.value(age) == members ? female.value(age) : kNaN;
        p.ageCodes.append(age);
        p.male.append(m);
        p.female.append(f);
    }
    double under15 = 0.0;
    double working = 0.0;
    double older = 0.0;
    bool complete = !p.ageCodes.isEmpty();
    for (qsizetype i = 0; i < p.ageCodes.size(); ++i) {
        const double m = p.male.at(i);
        const double f = p.female.at(i);
        if (!std::isfinite(m) || !std::isfinite(f)) {
            complete = false;
            continue;
        }
        p.maleTotal += m;
        p.femaleTotal += f;
        const double both = m + f;
        const int lo = ageOrder(p.ageCodes.at(i));
        (lo < 15 ? under15 : lo < 65 ? working : older) += both;
        if (both > p.largestValue) {
            p.largestValue = both;
            p.largestClass = p.ageCodes.at(i);
        }
    }
    p.knownTotal = p.maleTotal + p.femaleTotal;
    p.valid = complete && p.knownTotal > 0;
    if (p.valid) {
        p.shareUnder15 = 100.0 * under15 / p.knownTotal;
        p.share15to64 = 100.0 * working / p.knownTotal;
        p.share65plus = 100.0 * older / p.knownTotal;
    }
    return p;
}

QStringList pyramidIndicators()
{
    return {kJukiAge, kCensusAge, kEstimateAge};
}

std::optional<PyramidChoice> farthestChoice(const QList<PyramidChoice> &available, int year)
{
    std::optional<PyramidChoice> best;
    int bestDistance = 0;
    for (const PyramidChoice &c : available) {
        const int distance = std::abs(c.year - year);
        if (distance > bestDistance) {
            best = c;
            bestDistance = distance;
        }
    }
    return best;
}

ChangeInputs loadChangeInputs(const Store &store)
{
    ChangeInputs in;
    // Components of change by year: every prefecture, every year.
    in.components = findChangeIndicators(store.indicators(), [&store](const QString &id) {
        return int(store.years(id, RegionLevel::Prefecture).size());
    });
    auto read = [&store](const QString &id) {
        RegionYearValues out;
        if (id.isEmpty())
            return out;
        ObservationQuery q;
        q.indicator = id;
        q.level = RegionLevel::Prefecture;
        for (const Observation &o : store.observations(q))
            if (std::isfinite(o.value))   // a footnoted value ("-", "…") is a gap, not a zero
                out[o.region].insert(o.year, o.value);
        return out;
    };
    in.births = read(in.components.births);
    in.deaths = read(in.components.deaths);
    in.movedIn = read(in.components.movedIn);
    in.movedOut = read(in.components.movedOut);
    in.naturalChange = read(in.components.natural);

    // Social change: the latest year of inter-prefectural flows (all ages, both sexes).
    const QList<int> flowYears = store.years(u"migration"_s);
    if (!flowYears.isEmpty()) {
        in.flowYear = flowYears.last();
        for (const Flow &f : store.flows(u"migration"_s, in.flowYear))
            if (f.sex == u"total" && (f.ageClass.isEmpty() || f.ageClass == u"TOTAL"))
                in.flows.append(f);
        // Population for per 1,000: the most recent total at or before that year.
        for (const QString &indicator : {u"population"_s, kEstimateAge}) {
            for (int y : store.years(indicator, RegionLevel::Prefecture))
                if (y <= in.flowYear && y > in.populationYear) {
                    in.populationYear = y;
                    in.populationIndicator = indicator;
                }
        }
        if (in.populationYear > 0) {
            ObservationQuery q;
            q.indicator = in.populationIndicator;
            q.year = in.populationYear;
            q.level = RegionLevel::Prefecture;
            if (in.populationIndicator == kEstimateAge)
                q.ageClass = u"TOTAL"_s;
            in.population = store.values(q);
        }
    }

    // The outline compares surveys (census, estimate): 住基, a register, is
    // the pyramid of municipalities only.
    for (const QString &indicator : pyramidIndicators())
        if (indicator != kJukiAge)
            for (int year : store.years(indicator))
                in.pyramidChoices.append({indicator, year});

    // Natural change of one year for the bars: the latest at or before the flows' year.
    if (in.components.hasNatural()) {
        const bool fromBirths = !in.components.births.isEmpty();
        const RegionYearValues &source = fromBirths ? in.births : in.naturalChange;
        QList<int> years;
        for (const YearValues &v : source)
            for (auto it = v.cbegin(); it != v.cend(); ++it)
                if (!years.contains(it.key()))
                    years.append(it.key());
        std::sort(years.begin(), years.end());
        int y = 0;
        for (int candidate : std::as_const(years))
            if (in.flowYear == 0 || candidate <= in.flowYear)
                y = candidate;
        if (y == 0 && !years.isEmpty())
            y = years.last();
        for (auto it = source.cbegin(); it != source.cend(); ++it) {
            const double first = it.value().value(y, kNaN);
            const double deaths = fromBirths ? in.deaths.value(it.key()).value(y, kNaN) : 0.0;
            if (std::isfinite(first) && std::isfinite(deaths))
                in.natural.insert(it.key(), first - deaths);
        }
        in.naturalYear = y;
    }
    return in;
}

Inputs load(const Store &store, const Request &request)
{
    Inputs in;
    in.regions = request.regions;
    for (const RegionSpec &spec : std::as_const(in.regions))
        for (const QString &m : spec.members)
            if (!in.census.contains(m))
                in.census.insert(m, store.series(u"population"_s, m));
    in.indexed = request.indexed;
    in.baseYear = request.indexed ? request.baseYear : 0;
    in.percent = request.percent;
    in.change = request.change ? request.change : std::make_shared<const ChangeInputs>(loadChangeInputs(store));
    if (in.regions.isEmpty())
        return in;

    // Pyramid of the first region, and the other year as its outline.
    in.pyramidRegion = in.regions.first();
    auto readRows = [&](const QString &indicator, int year) {
        QList<Observation> rows;
        for (const QString &m : std::as_const(in.pyramidRegion.members)) {
            ObservationQuery q;
            q.indicator = indicator;
            q.year = year;
            q.region = m;
            q.sex.reset();
            q.ageClass.reset();
            rows += store.observations(q);
        }
        return rows;
    };
    if (request.pyramid.indicator.isEmpty())
        return in;
    in.pyramidIndicator = request.pyramid.indicator;
    in.pyramidYear = request.pyramid.year;
    in.pyramidRows = readRows(in.pyramidIndicator, in.pyramidYear);
    if (request.outline) {
        if (const std::optional<PyramidChoice> other = farthestChoice(in.change->pyramidChoices, in.pyramidYear)) {
            in.outlineIndicator = other->indicator;
            in.outlineYear = other->year;
            in.outlineRows = readRows(in.outlineIndicator, in.outlineYear);
        }
    }
    return in;
}

Result compute(const Inputs &input)
{
    static const ChangeInputs kNoChange;
    const ChangeInputs &change = input.change ? *input.change : kNoChange;
    Result r;
    r.indexed = input.indexed;
    r.percent = input.percent;
    r.flowYear = change.flowYear;
    r.populationYear = change.populationYear;
    r.populationIndicator = change.populationIndicator;
    r.hasNatural = !change.natural.isEmpty();
    r.naturalYear = change.naturalYear;
    r.changeInputs = input.change;

    // A base year that some series lacks falls back to each series' first year.
    const int base = input.indexed ? input.baseYear : 0;
    r.baseYear = base;
    for (const RegionSpec &region : input.regions) {
        SeriesSummary s = summarise(input, region, base);
        if (input.indexed && base > 0
            && std::all_of(s.shown.cbegin(), s.shown.cend(), [](double v) { return !std::isfinite(v); })) {
            r.notes << u"%1 has no value in %2; indexed to its first year"_s.arg(region.label).arg(base);
            s = summarise(input, region, 0);
        }
        if (input.indexed && base == 0)
            r.baseYear = s.firstYear;
        r.series.append(s);
    }

    if (!input.pyramidIndicator.isEmpty())
        r.pyramid = computePyramid(input.pyramidRows, input.pyramidRegion, input.pyramidIndicator, input.pyramidYear);
    if (!input.outlineIndicator.isEmpty())
        r.outline = computePyramid(input.outlineRows, input.pyramidRegion, input.outlineIndicator, input.outlineYear);

    // Social change from the flows: in, out, net per region spec.
    if (!change.flows.isEmpty()) {
        for (const RegionSpec &region : input.regions) {
            ChangeSummary c;
            c.key = region.key;
            c.label = region.label;
            const bool nation = region.members.contains(u"00"_s);
            double in = 0.0;
            double out = 0.0;
            bool inFlows = false;   // a municipality is not in prefecture flows: NaN, not 0
            for (const Flow &f : change.flows) {
                if (!std::isfinite(f.value) || f.origin == f.destination)
                    continue;
                const bool fromInside = region.members.contains(f.origin);
                const bool toInside = region.members.contains(f.destination);
                inFlows = inFlows || fromInside || toInside;
                if (toInside && !fromInside)   // flows inside a group are not migration across its border
                    in += f.value;
                if (fromInside && !toInside)
                    out += f.value;
            }
            if (!nation && inFlows) {
                c.in = in;
                c.out = out;
                c.net = in - out;
                const double population = valueSum(change.population, region.members);
                if (std::isfinite(population) && population > 0)
                    c.perThousand = 1000.0 * c.net / population;
            }
            if (r.hasNatural)
                c.natural = valueSum(change.natural, region.members);
            r.change.append(c);
        }
    }

    r.components = change.components;
    if (!change.components.isEmpty())
        for (const RegionSpec &region : input.regions)
            r.componentSeries.append(computeComponents(change, region));
    return r;
}

} // namespace regionlens::datasets::population
