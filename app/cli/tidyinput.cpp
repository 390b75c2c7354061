// SPDX-License-Identifier: GPL-3.0-or-later
#include "tidyinput.h"

#include "tidysheet.h"

#include <QSet>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using regionlens::datasets::Flow;
using regionlens::datasets::Observation;
using regionlens::datasets::ObservationColumns;

namespace regionlens::cli::tidyinput {

using namespace detail;

bool readObservations(const QString &path, const QString &measure, bool requireIndustry, ObservationFile *out,
                      QString *error)
{
    error->clear();
    *out = {};
    Sheet sheet;
    if (!sheet.open(path, u"region_code,industry_code,year,measure,value"_s, error))
        return false;
    const int cRegion = sheet.require({u"region_code"_s, u"municipality_code"_s, u"pref_code"_s}, error);
    const int cIndustry = requireIndustry ? sheet.require({u"industry_code"_s}, error)
                                          : sheet.optional({u"industry_code"_s});
    const int cYear = sheet.require({u"year"_s, u"fiscal_year"_s}, error);
    const int cMeasure = sheet.require({u"measure"_s}, error);
    const int cValue = sheet.require({u"value"_s}, error);
    const int cUnit = sheet.optional({u"unit"_s});
    const int cSex = sheet.optional({u"sex"_s});
    const int cAge = sheet.optional({u"age_class"_s});
    if (!error->isEmpty())
        return false;

    Dictionary regions, industries, measures;
    Memo regionMemo, industryMemo, yearMemo, measureMemo, totalSexMemo, totalAgeMemo;
    sheet.attach(regionMemo, industryMemo, yearMemo, measureMemo, totalSexMemo, totalAgeMemo);
    std::vector<char> wanted;   // per measure: kept
    const qint32 noIndustry = industries.intern(QString());
    FirstLines<4> firstLine;    // region, industry, year, measure → line
    ObservationColumns &rows = out->rows;
    QString status;
    while (sheet.next(error)) {
        const qint32 region = sheet.regionIndex(cRegion, regionMemo, regions, error);
        if (region < 0)
            return false;
        const qint32 year = sheet.yearValue(cYear, yearMemo, error);
        if (year < 0)
            return false;
        const qint32 m = sheet.textIndex(cMeasure, measureMemo, measures, error);
        double value = 0;
        if (m < 0 || !sheet.number(cValue, &value, &status, error))
            return false;
        const qint32 industry =
            cIndustry >= 0 ? sheet.textIndex(cIndustry, industryMemo, industries, error) : noIndustry;
        if (industry < 0)
            return false;
        if (size_t(m) >= wanted.size())
            wanted.push_back(measure.isEmpty() || measures.values.at(m) == measure);
        if (!wanted[size_t(m)])
            continue;
        if (!derived(sheet, cSex, totalSexMemo, [](const QString &sex) { return qint32(isTotalSex(sex)); })
            || !derived(sheet, cAge, totalAgeMemo, [](const QString &text) {
                   const QString age = normalizedAge(text);
                   return qint32(age.isEmpty() || age == u"TOTAL");
               }))
            continue;
        if (const int first = firstLine.insert({quint32(region), quint32(industry), quint32(year), quint32(m)},
                                               sheet.line())) {
            *error = u"%1:%2: a second row for region %3, industry %4, year %5, measure %6 (first on line %7)"_s
                         .arg(path)
                         .arg(sheet.line())
                         .arg(regions.values.at(region),
                              industry == noIndustry ? u"-"_s : industries.values.at(industry))
                         .arg(year)
                         .arg(measures.values.at(m))
                         .arg(first);
            return false;
        }
        if (out->unit.isEmpty() && cUnit >= 0 && !trimAscii(sheet.raw(cUnit)).empty())
            out->unit = sheet.field(cUnit);
        if (!status.isEmpty())
            rows.statuses.emplace_back(rows.size(), status);
        rows.region.push_back(region);
        rows.industry.push_back(industry);
        rows.year.push_back(year);
        rows.value.push_back(value);
    }
    if (!error->isEmpty())
        return false;
    out->measures = measures.values;
    if (out->measures.isEmpty()) {
        *error = u"%1:2: the file has a header but no data rows"_s.arg(path);
        return false;
    }
    if (measure.isEmpty() && out->measures.size() > 1) {
        *error = u"%1:1: column \"%2\": the file has several measures (%3); choose one with --measure"_s.arg(
            path, sheet.columnName(cMeasure), out->measures.join(u", "_s));
        return false;
    }
    if (!measure.isEmpty() && !measures.index.contains(measure)) {
        *error = u"%1:1: column \"%2\": no row has measure \"%3\" (the file has: %4)"_s.arg(
            path, sheet.columnName(cMeasure), measure, out->measures.join(u", "_s));
        return false;
    }
    compact(rows.region, regions.values, &rows.regions);
    compact(rows.industry, industries.values, &rows.industries);
    return true;
}

bool readFlows(const QString &path, QList<Flow> *out, QString *error)
{
    error->clear();
    out->clear();
    Sheet sheet;
    if (!sheet.open(path, u"origin_code,destination_code,year,value"_s, error))
        return false;
    const int cOrigin = sheet.require({u"origin_code"_s}, error);
    const int cDest = sheet.require({u"destination_code"_s}, error);
    const int cYear = sheet.require({u"year"_s}, error);
    const int cValue = sheet.require({u"value"_s}, error);
    const int cSex = sheet.optional({u"sex"_s});
    const int cAge = sheet.optional({u"age_class"_s});
    if (!error->isEmpty())
        return false;
    Dictionary regions, sexes, ages;
    Memo originMemo, destinationMemo, yearMemo, sexMemo, ageMemo;
    sheet.attach(originMemo, destinationMemo, yearMemo, sexMemo, ageMemo);
    FirstLines<5> firstLine;   // origin, destination, year, sex, age class → line
    while (sheet.next(error)) {
        Flow f;
        const qint32 origin = sheet.regionIndex(cOrigin, originMemo, regions, error);
        const qint32 destination = origin < 0 ? -1 : sheet.regionIndex(cDest, destinationMemo, regions, error);
        const qint32 year = destination < 0 ? -1 : sheet.yearValue(cYear, yearMemo, error);
        if (year < 0 || !sheet.number(cValue, &f.value, &f.status, error))
            return false;
        const qint32 sex =
            derived(sheet, cSex, sexMemo, [&](const QString &text) { return sexes.intern(normalizedSex(text)); });
        const qint32 age =
            derived(sheet, cAge, ageMemo, [&](const QString &text) { return ages.intern(normalizedAge(text)); });
        f.origin = regions.values.at(origin);
        f.destination = regions.values.at(destination);
        f.year = year;
        f.sex = sexes.values.at(sex);
        f.ageClass = ages.values.at(age);
        if (const int first = firstLine.insert(
                {quint32(origin), quint32(destination), quint32(year), quint32(sex), quint32(age)}, sheet.line())) {
            *error = u"%1:%2: a second row for flow %3 → %4, year %5 (first on line %6)"_s.arg(path)
                         .arg(sheet.line())
                         .arg(f.origin, f.destination)
                         .arg(f.year)
                         .arg(first);
            return false;
        }
        out->append(f);
    }
    if (!error->isEmpty())
        return false;
    if (out->isEmpty()) {
        *error = u"%1:2: the file has a header but no data rows"_s.arg(path);
        return false;
    }
    return true;
}

bool readDistances(const QString &path, DistanceTable *out, QString *error)
{
    error->clear();
    out->clear();
    Sheet sheet;
    if (!sheet.open(path, u"origin_code,destination_code,distance"_s, error))
        return false;
    const int cOrigin = sheet.require({u"origin_code"_s}, error);
    const int cDest = sheet.require({u"destination_code"_s}, error);
    const int cDistance = sheet.require({u"distance"_s, u"distance_km"_s, u"value"_s}, error);
    if (!error->isEmpty())
        return false;
    QString status;
    DistanceTable given;
    while (sheet.next(error)) {
        QString o, d;
        double km = 0;
        if (!sheet.regionCode(cOrigin, &o, error) || !sheet.regionCode(cDest, &d, error)
            || !sheet.number(cDistance, &km, &status, error))
            return false;
        if (std::isfinite(km) && km < 0) {
            *error = sheet.problem(cDistance, u"a distance cannot be negative (%1)"_s.arg(sheet.field(cDistance)));
            return false;
        }
        given[o][d] = km;
    }
    if (!error->isEmpty())
        return false;
    *out = given;
    for (auto o = given.constBegin(); o != given.constEnd(); ++o)
        for (auto d = o->constBegin(); d != o->constEnd(); ++d)
            if (!given.value(d.key()).contains(o.key()))
                (*out)[d.key()][o.key()] = d.value();
    return true;
}

bool readAgeTable(const QString &path, QList<Observation> *out, QString *error)
{
    static const QStringList kAges = [] {
        QStringList ages{u"TOTAL"_s};
        for (int a = 0; a < 17; ++a)
            ages << u"%1-%2"_s.arg(5 * a).arg(5 * a + 4);
        return ages << u"85+"_s;
    }();
    Sheet sheet;
    if (!sheet.open(path, u"region_code,year,sex,age_class,population"_s, error))
        return false;
    error->clear();
    const int cRegion = sheet.require({u"region_code"_s}, error);
    const int cYear = sheet.require({u"year"_s}, error);
    const int cSex = sheet.require({u"sex"_s}, error);
    const int cAge = sheet.require({u"age_class"_s}, error);
    const int cValue = sheet.require({u"population"_s, u"value"_s}, error);
    if (!error->isEmpty())
        return false;
    QSet<QString> seen;
    while (sheet.next(error)) {
        Observation o;
        if (!sheet.regionCode(cRegion, &o.region, error) || !sheet.year(cYear, &o.year, error)
            || !sheet.number(cValue, &o.value, &o.status, error))
            return false;
        o.sex = sheet.field(cSex).toLower();
        if (o.sex != u"male" && o.sex != u"female" && o.sex != u"total") {
            *error = sheet.problem(cSex, u"\"%1\" is not male, female or total"_s.arg(sheet.field(cSex)));
            return false;
        }
        o.ageClass = datasets::catalog::normalizeAgeClass(sheet.field(cAge));
        if (!kAges.contains(o.ageClass)) {
            *error = sheet.problem(cAge, u"\"%1\" is not an age class of the projection (0-4 … 80-84, 85+, "
                                         u"TOTAL)"_s.arg(sheet.field(cAge)));
            return false;
        }
        if (o.value < 0) {
            *error = sheet.problem(cValue, u"a population cannot be negative"_s);
            return false;
        }
        const QString key = o.region + u'|' + QString::number(o.year) + u'|' + o.sex + u'|' + o.ageClass;
        if (seen.contains(key)) {
            *error = sheet.problem(cAge, u"a second row for region %1, %2, %3, %4"_s.arg(o.region).arg(o.year).arg(
                                             o.sex, o.ageClass));
            return false;
        }
        seen.insert(key);
        out->append(o);
    }
    return error->isEmpty();
}

} // namespace regionlens::cli::tidyinput
