// SPDX-License-Identifier: GPL-3.0-or-later
// The population adapter (人口 / Population page, region report): load()
// reads from a store what one request needs, compute() turns it into the
// numbers the page shows — population series, raw or indexed, a population
// pyramid with its outline year, age-group shares, social change (net
// inter-prefectural migration) next to natural change where the store has
// it, and the components of change year by year (births − deaths, in − out)
// from SSDSE-B or from indicators named births/deaths. load() runs where the
// store may be read (a worker with Store::threadReader); compute() is pure.
// QtCore only.
#pragma once

#include "datasets/store.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace regionlens::datasets::population {

// Population by age and sex: 国勢調査 and 人口推計 (the tables a pyramid can be drawn from),
// and 住民基本台帳 (the only one with every municipality in the starter pack).
inline const QString kCensusAge = QStringLiteral("population_age_sex_census");
inline const QString kEstimateAge = QStringLiteral("population_age_sex_estimate");
inline const QString kJukiAge = QStringLiteral("population_age_sex_juki");
// In the order a page lists their years: 住基, census years, then estimate
// years (the latest estimate stays the default of a prefecture's pyramid).
QStringList pyramidIndicators();

// A region as the page shows it: one prefecture, the nation, or a group of
// prefectures treated as one (values are summed over its members).
struct RegionSpec
{
    QString key;          // region code, or "group:<id>"
    QString label;
    QStringList members;  // region codes summed
};

// The components of population change, and which stored indicators carry
// them. This table is the one place that says how they are recognised: an
// indicator with the plain id, or one imported from an SSDSE table — coded
// editions (SSDSE-A, -E) store an item as ssdse_<code lower-case>, SSDSE-B has
// no code row, so the importer names its columns <file slug>_<column> and the
// item is recognised by its Japanese header instead.
enum class ChangeItem { Births, Deaths, MovedIn, MovedOut, NaturalChange };

struct ChangeItemDefinition
{
    ChangeItem item;
    QString plainId;     // "births", "deaths", "natural_change", …
    QString ssdseCode;   // SSDSE item code, "" when SSDSE has none
    QString nameJa;      // SSDSE header (SSDSE-B has only this)
};
const QList<ChangeItemDefinition> &changeItemDefinitions();

struct ChangeIndicators
{
    QString births;
    QString deaths;
    QString movedIn;
    QString movedOut;
    QString natural;     // natural_change, used only when births/deaths are absent
    bool hasNatural() const { return (!births.isEmpty() && !deaths.isEmpty()) || !natural.isEmpty(); }
    bool hasSocial() const { return !movedIn.isEmpty() && !movedOut.isEmpty(); }
    bool isEmpty() const { return !hasNatural() && !hasSocial(); }
    QStringList used() const;   // the ids in use, births first
};
// Picks, for each item, the plain id if present, else the SSDSE indicator with
// the most prefecture-level years (prefectureYears; none = skipped), then the
// newest edition by survey name.
ChangeIndicators findChangeIndicators(const QList<IndicatorInfo> &indicators,
                                      const std::function<int(const QString &)> &prefectureYears = {});

// year → persons, per region code.
using YearValues = QMap<int, double>;
using RegionYearValues = QHash<QString, YearValues>;

// A pyramid table and year.
struct PyramidChoice
{
    QString indicator;   // kCensusAge or kEstimateAge
    int year = 0;
    bool operator==(const PyramidChoice &) const = default;
};

// What does not depend on the regions asked for: read once per store state
// and handed back through Request::change to skip reading it again.
struct ChangeInputs
{
    // Social change: all-ages flows between prefectures of the latest year;
    // population for per 1,000 (the latest total at or before that year).
    QList<Flow> flows;
    int flowYear = 0;
    QHash<QString, double> population;   // code → persons
    int populationYear = 0;
    QString populationIndicator;         // "population" or kEstimateAge
    // Natural change (births − deaths) by prefecture in the latest year at or
    // before flowYear (else the latest), when the store has it.
    QHash<QString, double> natural;
    int naturalYear = 0;
    // Components of change by year (prefectures; the nation is their sum).
    ChangeIndicators components;
    RegionYearValues births;
    RegionYearValues deaths;
    RegionYearValues movedIn;
    RegionYearValues movedOut;
    RegionYearValues naturalChange;      // only when births/deaths are absent
    // Every year of each pyramidIndicators() table but 住基, in that order: where the
    // pyramid's outline (farthestChoice) is chosen from. Not by region, so read
    // once with the rest.
    QList<PyramidChoice> pyramidChoices;
};

// The outline for a pyramid of `year`: the choice farthest from it in time
// (the first of equals, in the order given); none when nothing differs.
std::optional<PyramidChoice> farthestChoice(const QList<PyramidChoice> &available, int year);

struct Request
{
    QList<RegionSpec> regions;   // at least one; the first gets the pyramid
    bool indexed = false;        // index the series to baseYear = 100
    int baseYear = 0;            // 0 = each series' first year (also when a series lacks baseYear)
    PyramidChoice pyramid;       // empty indicator = no pyramid
    bool outline = true;         // the other year (farthestChoice) as the pyramid's outline
    bool percent = false;        // the pyramid in % of the population of known age
    // The selection-independent inputs of an earlier load of the same store
    // (Result::change); null = read them.
    std::shared_ptr<const ChangeInputs> change;
};

struct Inputs
{
    // Time series.
    QList<RegionSpec> regions;
    QHash<QString, QList<SeriesPoint>> census;   // member code → population series
    bool indexed = false;
    int baseYear = 0;
    // Pyramid of one region: rows of the chosen indicator and of the outline's.
    RegionSpec pyramidRegion;
    QString pyramidIndicator;
    int pyramidYear = 0;
    QString outlineIndicator;   // empty = no outline
    int outlineYear = 0;
    QList<Observation> pyramidRows;   // sex male/female, every age class
    QList<Observation> outlineRows;
    bool percent = false;
    std::shared_ptr<const ChangeInputs> change;   // never null after load()
};

struct SeriesSummary
{
    QString key;
    QString label;
    QVector<double> years;
    QVector<double> values;   // persons (NaN = not surveyed)
    QVector<double> shown;    // values, or indexed to baseYear = 100
    int firstYear = 0;
    double firstValue = std::numeric_limits<double>::quiet_NaN();
    int lastYear = 0;
    double lastValue = std::numeric_limits<double>::quiet_NaN();
    int previousYear = 0;     // the survey before lastYear
    double previousValue = std::numeric_limits<double>::quiet_NaN();
    int peakYear = 0;
    double peakValue = std::numeric_limits<double>::quiet_NaN();
};

struct PyramidSummary
{
    bool valid = false;
    QString label;            // region label
    QString indicator;
    int year = 0;
    QStringList ageCodes;     // "0-4" … "85+", youngest first
    QVector<double> male;     // persons
    QVector<double> female;
    double knownTotal = 0.0;  // Σ classes, both sexes (unknown age excluded)
    double maleTotal = 0.0;
    double femaleTotal = 0.0;
    double shareUnder15 = std::numeric_limits<double>::quiet_NaN();   // % of knownTotal
    double share15to64 = std::numeric_limits<double>::quiet_NaN();
    double share65plus = std::numeric_limits<double>::quiet_NaN();
    QString largestClass;
    double largestValue = 0.0;
};

struct ChangeSummary
{
    QString key;
    QString label;
    double in = std::numeric_limits<double>::quiet_NaN();
    double out = std::numeric_limits<double>::quiet_NaN();
    double net = std::numeric_limits<double>::quiet_NaN();          // social change
    double perThousand = std::numeric_limits<double>::quiet_NaN();
    double natural = std::numeric_limits<double>::quiet_NaN();      // NaN = not in the store
};

// Natural and social change of one region spec, year by year. A year is NaN
// for a component when some member lacks one of its items in that year.
struct ComponentSeries
{
    QString key;
    QString label;
    int members = 0;          // prefectures summed (47 for the nation)
    QVector<double> years;    // every year any item has for any member
    QVector<double> natural;  // births − deaths (or natural_change)
    QVector<double> social;   // in − out
    QVector<double> births;
    QVector<double> deaths;
    QVector<double> in;
    QVector<double> out;
    QList<int> naturalGaps;   // years shown as gaps, and why
    QList<int> socialGaps;
    int latestYear = 0;       // latest year where both components are known
    double latestNatural = std::numeric_limits<double>::quiet_NaN();
    double latestSocial = std::numeric_limits<double>::quiet_NaN();
};

struct Result
{
    QList<SeriesSummary> series;
    bool indexed = false;
    int baseYear = 0;
    PyramidSummary pyramid;
    PyramidSummary outline;
    bool percent = false;
    QList<ChangeSummary> change;
    int flowYear = 0;
    int populationYear = 0;
    QString populationIndicator;
    bool hasNatural = false;
    int naturalYear = 0;
    ChangeIndicators components;
    QList<ComponentSeries> componentSeries;
    QStringList notes;        // English, for the log
    // The selection-independent inputs used (for the next Request::change).
    std::shared_ptr<const ChangeInputs> changeInputs;
};

// The selection-independent inputs: flows of the latest year, populations,
// components of change (a dozen queries).
ChangeInputs loadChangeInputs(const Store &store);
// Everything one request needs (change inputs only when request.change is null).
Inputs load(const Store &store, const Request &request);
// Pure computation; safe to run in a worker thread.
Result compute(const Inputs &inputs);

// Components of change for one region spec ("00" = Σ of the 47 prefectures).
ComponentSeries computeComponents(const ChangeInputs &inputs, const RegionSpec &region);
// Pyramid of the rows (summed over members) for one indicator and year.
PyramidSummary computePyramid(const QList<Observation> &rows, const RegionSpec &region, const QString &indicator,
                              int year);

} // namespace regionlens::datasets::population
