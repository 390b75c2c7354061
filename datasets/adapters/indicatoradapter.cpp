// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatoradapter.h"

#include "datasets/store.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace regionlens::datasets::indicatoradapter {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void readValues(const Store &store, const QString &indicator, RegionLevel level, std::optional<int> year,
                YearValues *out)
{
    ObservationQuery q;
    q.indicator = indicator;
    q.level = level;
    q.year = year;
    for (const Observation &o : store.observations(q))
        if (o.status.isEmpty() && std::isfinite(o.value))
            (*out)[o.region].insert(o.year, o.value);
}

} // namespace

std::optional<Per> perFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k.isEmpty() || k == u"none")
        return Per::None;
    if (k == u"capita" || k == u"person")
        return Per::Capita;
    if (k == u"1000" || k == u"thousand")
        return Per::Thousand;
    if (k == u"100000" || k == u"100k")
        return Per::HundredThousand;
    if (k == u"km2" || k == u"area")
        return Per::Km2;
    if (k == u"household")
        return Per::Household;
    if (k == u"share")
        return Per::Share;
    return std::nullopt;
}

QString perKey(Per per)
{
    switch (per) {
    case Per::None: return u"none"_s;
    case Per::Capita: return u"capita"_s;
    case Per::Thousand: return u"1000"_s;
    case Per::HundredThousand: return u"100000"_s;
    case Per::Km2: return u"km2"_s;
    case Per::Household: return u"household"_s;
    case Per::Share: return u"share"_s;
    }
    return {};
}

double divide(double value, double denominator, Per per)
{
    if (per == Per::None)
        return value;
    if (!std::isfinite(value) || !std::isfinite(denominator) || denominator <= 0.0)
        return kNaN;
    switch (per) {
    case Per::Capita: return value / denominator;
    case Per::Thousand: return value / denominator * 1000.0;
    case Per::HundredThousand: return value / denominator * 100000.0;
    case Per::Km2: return value / (denominator / 100.0);   // area in ha
    case Per::Household: return value / denominator;
    case Per::Share: return value / denominator * 100.0;
    case Per::None: break;
    }
    return value;
}

int nearestYear(const QList<int> &years, int year)
{
    int best = 0;
    for (int y : years)
        if (best == 0 || std::abs(y - year) < std::abs(best - year)
            || (std::abs(y - year) == std::abs(best - year) && y < best))
            best = y;
    return best;
}

QString denominatorId(Per per, const QString &parent)
{
    switch (per) {
    case Per::Capita:
    case Per::Thousand:
    case Per::HundredThousand: return QString::fromLatin1(indicatorcatalog::kPopulation);
    case Per::Km2: return QString::fromLatin1(indicatorcatalog::kArea);
    case Per::Household: return QString::fromLatin1(indicatorcatalog::kHouseholds);
    case Per::Share: return parent;
    case Per::None: break;
    }
    return {};
}

QString parentOf(const QString &indicator, const QList<IndicatorInfo> &indicators)
{
    const QString code = indicatorcatalog::entryFor(IndicatorInfo{indicator, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}})
                             .itemCode;
    if (code.isEmpty())
        return {};
    QString best, bestCode;
    for (const IndicatorInfo &info : indicators) {
        const QString other = indicatorcatalog::entryFor(info).itemCode;
        if (!other.isEmpty() && other.size() < code.size() && code.startsWith(other) && other.size() > bestCode.size()) {
            best = info.id;
            bestCode = other;
        }
    }
    return best;
}

void describe(Per per, const IndicatorInfo &info, const IndicatorInfo &d, QString *fJa, QString *fEn, QString *uJa,
              QString *uEn)
{
    const QString vJa = info.nameJa, vEn = info.nameEn;
    switch (per) {
    case Per::None:
        *fJa = vJa;
        *fEn = vEn;
        *uJa = info.unitJa;
        *uEn = info.unitEn;
        return;
    case Per::Capita:
        *fJa = u"%1 ÷ %2"_s.arg(vJa, d.nameJa);
        *fEn = u"%1 ÷ %2"_s.arg(vEn, d.nameEn.toLower());
        *uJa = info.unitJa + u"/人"_s;
        *uEn = info.unitEn + u" per person"_s;
        return;
    case Per::Thousand:
        *fJa = u"%1 ÷ %2 × 1,000"_s.arg(vJa, d.nameJa);
        *fEn = u"%1 ÷ %2 × 1,000"_s.arg(vEn, d.nameEn.toLower());
        *uJa = info.unitJa + u"/人口千人"_s;
        *uEn = info.unitEn + u" per 1,000 population"_s;
        return;
    case Per::HundredThousand:
        *fJa = u"%1 ÷ %2 × 100,000"_s.arg(vJa, d.nameJa);
        *fEn = u"%1 ÷ %2 × 100,000"_s.arg(vEn, d.nameEn.toLower());
        *uJa = info.unitJa + u"/人口10万人"_s;
        *uEn = info.unitEn + u" per 100,000 population"_s;
        return;
    case Per::Km2:
        *fJa = u"%1 ÷ (%2[ha] ÷ 100)"_s.arg(vJa, d.nameJa);
        *fEn = u"%1 ÷ (%2 [ha] ÷ 100)"_s.arg(vEn, d.nameEn.toLower());
        *uJa = info.unitJa + u"/km²"_s;
        *uEn = info.unitEn + u" per km²"_s;
        return;
    case Per::Household:
        *fJa = u"%1 ÷ %2"_s.arg(vJa, d.nameJa);
        *fEn = u"%1 ÷ %2"_s.arg(vEn, d.nameEn.toLower());
        *uJa = info.unitJa + u"/世帯"_s;
        *uEn = info.unitEn + u" per household"_s;
        return;
    case Per::Share:
        *fJa = u"%1 ÷ %2 × 100"_s.arg(vJa, d.nameJa);
        *fEn = u"%1 ÷ %2 × 100"_s.arg(vEn, d.nameEn.toLower());
        *uJa = u"%"_s;
        *uEn = u"%"_s;
        return;
    }
}

Inputs load(const Store &store, const Request &request)
{
    Inputs in;
    const std::optional<IndicatorInfo> info = store.indicator(request.indicator);
    if (!info) {
        in.error = u"the store has no indicator '%1'"_s.arg(request.indicator);
        return in;
    }
    in.info = *info;
    in.entry = indicatorcatalog::entryFor(*info);
    in.years = store.years(request.indicator, request.level);
    if (in.years.isEmpty()) {
        in.error = u"indicator '%1' has no values at the %2 level"_s.arg(request.indicator,
                                                                         regionLevelKey(request.level));
        return in;
    }
    for (const Region &r : store.regions(request.level))
        in.regions << r.code;
    const int year = request.year.value_or(in.years.last());
    if (!in.years.contains(year)) {
        in.error = u"indicator '%1' has no data for %2 at the %3 level"_s.arg(request.indicator).arg(year).arg(
            regionLevelKey(request.level));
        return in;
    }
    readValues(store, request.indicator, request.level, year, &in.values);
    if (request.change != Change::None) {
        int from = request.fromYear.value_or(0);
        if (!request.fromYear)
            for (int y : in.years)
                if (y < year)
                    from = y;
        if (from == 0 || !in.years.contains(from)) {
            in.error = from == 0 ? u"indicator '%1' has no year before %2 to compare with"_s.arg(request.indicator)
                                       .arg(year)
                                 : u"indicator '%1' has no data for %2 at the %3 level"_s.arg(request.indicator)
                                       .arg(from)
                                       .arg(regionLevelKey(request.level));
            return in;
        }
        readValues(store, request.indicator, request.level, from, &in.values);
    }
    if (request.per == Per::None)
        return in;
    if (!in.entry.additive) {
        in.error = u"'%1' (%2) is a rate, an average or a price, not a count or an amount: it is not divided by "
                   u"population, area or households"_s.arg(in.info.nameEn, in.info.unitEn);
        return in;
    }
    QString parent = request.parent;
    if (request.per == Per::Share && parent.isEmpty())
        parent = parentOf(request.indicator, store.indicators());
    const QString denominator = denominatorId(request.per, parent);
    const std::optional<IndicatorInfo> dInfo = denominator.isEmpty() ? std::nullopt : store.indicator(denominator);
    if (!dInfo) {
        in.error = request.per == Per::Share
                       ? u"no parent item for '%1': give one (--parent ID)"_s.arg(request.indicator)
                       : u"the store has no '%1', the denominator of --per %2"_s.arg(denominator, perKey(request.per));
        return in;
    }
    in.denominatorInfo = *dInfo;
    readValues(store, denominator, request.level, std::nullopt, &in.denominator);
    return in;
}

Result compute(const Inputs &in, const Request &request)
{
    Result r;
    r.indicator = in.info.id;
    if (!in.error.isEmpty()) {
        r.error = in.error;
        return r;
    }
    r.year = request.year.value_or(in.years.isEmpty() ? 0 : in.years.last());
    describe(request.per, in.info, in.denominatorInfo, &r.formulaJa, &r.formulaEn, &r.unitJa, &r.unitEn);
    // The denominator's years at the level (any region).
    QList<int> dYears;
    for (const QMap<int, double> &m : in.denominator)
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            if (!dYears.contains(it.key()))
                dYears.append(it.key());
    std::sort(dYears.begin(), dYears.end());
    const auto measure = [&](const QString &region, int year, double *raw, double *den, int *dYear) {
        *raw = in.values.value(region).value(year, kNaN);
        *den = kNaN;
        *dYear = 0;
        if (request.per == Per::None)
            return *raw;
        *dYear = nearestYear(dYears, year);
        *den = in.denominator.value(region).value(*dYear, kNaN);
        return divide(*raw, *den, request.per);
    };
    int from = 0;
    if (request.change != Change::None) {
        from = request.fromYear.value_or(0);
        if (!request.fromYear)
            for (int y : in.years)
                if (y < r.year)
                    from = y;
        r.fromYear = from;
        if (request.change == Change::Growth) {
            r.formulaJa = u"(%1[%2] ÷ %1[%3] − 1) × 100"_s.arg(r.formulaJa).arg(r.year).arg(from);
            r.formulaEn = u"(%1[%2] ÷ %1[%3] − 1) × 100"_s.arg(r.formulaEn).arg(r.year).arg(from);
            r.unitJa = u"%"_s;
            r.unitEn = u"%"_s;
        } else {
            r.formulaJa = u"%1[%2] − %1[%3]"_s.arg(r.formulaJa).arg(r.year).arg(from);
            r.formulaEn = u"%1[%2] − %1[%3]"_s.arg(r.formulaEn).arg(r.year).arg(from);
        }
    }
    for (const QString &region : in.regions) {
        Value v;
        v.region = region;
        double value = measure(region, r.year, &v.raw, &v.denominator, &v.denominatorYear);
        if (request.change != Change::None) {
            double raw0 = 0, den0 = 0;
            int dYear0 = 0;
            const double before = measure(region, from, &raw0, &den0, &dYear0);
            value = !std::isfinite(value) || !std::isfinite(before) ? kNaN
                    : request.change == Change::Difference        ? value - before
                    : before > 0.0                                 ? (value / before - 1.0) * 100.0
                                                                   : kNaN;
        }
        if (!std::isfinite(value))
            continue;
        v.value = value;
        r.values.append(v);
    }
    r.conventions << u"measure: %1 (%2)"_s.arg(r.formulaEn, r.unitEn);
    if (request.per != Per::None)
        r.conventions << u"denominator: %1 (%2) at the year nearest the value's year (equal distance: the earlier), "
                         u"years %3"_s.arg(in.denominatorInfo.id, in.denominatorInfo.nameEn)
                             .arg([&] {
                                 QStringList s;
                                 for (int y : dYears)
                                     s << QString::number(y);
                                 return s.join(u'/');
                             }());
    if (request.change != Change::None)
        r.conventions << u"%1 from %2 to %3"_s.arg(request.change == Change::Growth ? u"growth rate"_s : u"change"_s)
                             .arg(from)
                             .arg(r.year);
    r.conventions << u"missing values and non-positive denominators give no row (never 0)"_s;
    return r;
}

} // namespace regionlens::datasets::indicatoradapter
