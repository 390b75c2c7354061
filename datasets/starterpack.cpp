// SPDX-License-Identifier: GPL-3.0-or-later
#include "starterpack.h"

#include "catalog.h"
#include "csvreader.h"
#include "geojsonreader.h"
#include "iostore.h"
#include "starterssdse.h"
#include "store.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {
namespace {

const QString kPrefix = u":/regionlens/starter/"_s;

struct Table
{
    QString name;
    CsvHeader header;
    QList<QStringList> rows;
    QList<int> lines;
};

bool readTable(const QString &name, Table *table, QString *error)
{
    QFile file(kPrefix + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"the bundled starter table %1 is missing"_s.arg(name);
        return false;
    }
    CsvReader reader(QString::fromUtf8(file.readAll()));
    QStringList fields;
    if (!reader.next(&fields)) {
        *error = u"%1: empty table"_s.arg(name);
        return false;
    }
    table->name = name;
    table->header = CsvHeader(fields);
    while (reader.next(&fields)) {
        if (fields.size() != table->header.names().size()) {
            *error = u"%1, line %2: %3 fields, expected %4"_s.arg(name)
                         .arg(reader.line())
                         .arg(fields.size())
                         .arg(table->header.names().size());
            return false;
        }
        table->rows.append(fields);
        table->lines.append(reader.line());
    }
    return true;
}

// Column accessor that reports the file, line and column of a bad value.
class RowReader
{
public:
    RowReader(const Table &table, QString *error) : m_table(table), m_error(error) {}

    bool column(const QString &name, int *index)
    {
        *index = m_table.header.indexOf(name);
        if (*index < 0)
            *m_error = u"%1: no column '%2'"_s.arg(m_table.name, name);
        return *index >= 0;
    }

    bool number(int row, int column, double *value)
    {
        bool ok = false;
        *value = m_table.rows.at(row).at(column).toDouble(&ok);
        if (!ok)
            *m_error = u"%1, line %2, column '%3': '%4' is not a number"_s.arg(m_table.name)
                           .arg(m_table.lines.at(row))
                           .arg(m_table.header.names().at(column), m_table.rows.at(row).at(column));
        return ok;
    }

    bool integer(int row, int column, int *value)
    {
        bool ok = false;
        *value = m_table.rows.at(row).at(column).toInt(&ok);
        if (!ok)
            *m_error = u"%1, line %2, column '%3': '%4' is not a year"_s.arg(m_table.name)
                           .arg(m_table.lines.at(row))
                           .arg(m_table.header.names().at(column), m_table.rows.at(row).at(column));
        return ok;
    }

private:
    const Table &m_table;
    QString *m_error;
};

bool loadPopulationCensus(const Store &store, QString *error, qint64 *count)
{
    Table t;
    if (!readTable(u"population_census_prefecture.csv"_s, &t, error))
        return false;
    RowReader r(t, error);
    int cRegion, cYear, cSex, cValue, cStatus;
    if (!r.column(u"region_code"_s, &cRegion) || !r.column(u"year"_s, &cYear) || !r.column(u"sex"_s, &cSex)
        || !r.column(u"value"_s, &cValue) || !r.column(u"status"_s, &cStatus))
        return false;
    ObservationWriter w(store, u"population"_s);
    for (int i = 0; i < t.rows.size(); ++i) {
        const QStringList &row = t.rows.at(i);
        Observation o;
        o.region = row.at(cRegion);
        o.sex = row.at(cSex);
        o.status = row.at(cStatus);
        if (!r.integer(i, cYear, &o.year))
            return false;
        if (o.status.isEmpty() && !r.number(i, cValue, &o.value))
            return false;
        if (!w.write(o, error))
            return false;
    }
    *count += w.written();
    return true;
}

bool loadPopulationAgeSex(const Store &store, QString *error, qint64 *count)
{
    Table t;
    if (!readTable(u"population_age_sex_prefecture.csv"_s, &t, error))
        return false;
    RowReader r(t, error);
    int cRegion, cYear, cAge, cSex, cValue, cSurvey;
    if (!r.column(u"region_code"_s, &cRegion) || !r.column(u"year"_s, &cYear) || !r.column(u"age_class"_s, &cAge)
        || !r.column(u"sex"_s, &cSex) || !r.column(u"value"_s, &cValue) || !r.column(u"survey"_s, &cSurvey))
        return false;
    ObservationWriter census(store, u"population_age_sex_census"_s);
    ObservationWriter estimate(store, u"population_age_sex_estimate"_s);
    for (int i = 0; i < t.rows.size(); ++i) {
        const QStringList &row = t.rows.at(i);
        Observation o;
        o.region = row.at(cRegion);
        o.sex = row.at(cSex);
        o.ageClass = catalog::normalizeAgeClass(row.at(cAge));
        if (o.ageClass.isEmpty()) {
            *error = u"%1, line %2, column 'age_class': unknown age class '%3'"_s.arg(t.name)
                         .arg(t.lines.at(i))
                         .arg(row.at(cAge));
            return false;
        }
        if (!r.integer(i, cYear, &o.year) || !r.number(i, cValue, &o.value))
            return false;
        ObservationWriter &w = row.at(cSurvey) == u"国勢調査" ? census : estimate;
        if (!w.write(o, error))
            return false;
    }
    *count += census.written() + estimate.written();
    return true;
}

// A table by region, sex and 5-year age in the layout of `regionlens-cli project
// --input` (region_code,year,sex,age_class,population) into one indicator: the
// earlier censuses and the 住民基本台帳 2022 base of the population projection.
bool loadAgeSexTable(const Store &store, const QString &file, const QString &indicator, QString *error,
                     qint64 *count)
{
    Table t;
    if (!readTable(file, &t, error))
        return false;
    RowReader r(t, error);
    int cRegion, cYear, cSex, cAge, cValue;
    if (!r.column(u"region_code"_s, &cRegion) || !r.column(u"year"_s, &cYear) || !r.column(u"sex"_s, &cSex)
        || !r.column(u"age_class"_s, &cAge) || !r.column(u"population"_s, &cValue))
        return false;
    ObservationWriter w(store, indicator);
    for (int i = 0; i < t.rows.size(); ++i) {
        const QStringList &row = t.rows.at(i);
        Observation o;
        o.region = row.at(cRegion);
        o.sex = row.at(cSex);
        o.ageClass = catalog::normalizeAgeClass(row.at(cAge));
        if (!r.integer(i, cYear, &o.year) || !r.number(i, cValue, &o.value) || !w.write(o, error))
            return false;
    }
    *count += w.written();
    return true;
}

bool loadGdp(const Store &store, QString *error, qint64 *count)
{
    Table t;
    if (!readTable(u"gdp_by_activity_prefecture.csv"_s, &t, error))
        return false;
    RowReader r(t, error);
    int cRegion, cYear, cActivity, cValue;
    if (!r.column(u"region_code"_s, &cRegion) || !r.column(u"fiscal_year"_s, &cYear)
        || !r.column(u"activity"_s, &cActivity) || !r.column(u"value_million_yen"_s, &cValue))
        return false;
    ObservationWriter w(store, u"gdp_nominal"_s);
    for (int i = 0; i < t.rows.size(); ++i) {
        const QStringList &row = t.rows.at(i);
        Observation o;
        o.region = row.at(cRegion);
        o.industry = catalog::activityCode(row.at(cActivity));
        if (o.industry.isEmpty()) {
            *error = u"%1, line %2, column 'activity': unknown activity '%3'"_s.arg(t.name)
                         .arg(t.lines.at(i))
                         .arg(row.at(cActivity));
            return false;
        }
        if (!r.integer(i, cYear, &o.year) || !r.number(i, cValue, &o.value) || !w.write(o, error))
            return false;
    }
    *count += w.written();
    return true;
}

bool loadEstablishments(const Store &store, const QString &file, const QString &regionColumn, QString *error,
                        qint64 *count, const std::function<bool(double)> &progress, double from, double to)
{
    Table t;
    if (!readTable(file, &t, error))
        return false;
    RowReader r(t, error);
    int cRegion, cYear, cIndustry, cMeasure, cValue;
    if (!r.column(regionColumn, &cRegion) || !r.column(u"year"_s, &cYear)
        || !r.column(u"industry_code"_s, &cIndustry) || !r.column(u"measure"_s, &cMeasure)
        || !r.column(u"value"_s, &cValue))
        return false;
    ObservationWriter employees(store, u"employees"_s);
    ObservationWriter establishments(store, u"establishments"_s);
    for (int i = 0; i < t.rows.size(); ++i) {
        const QStringList &row = t.rows.at(i);
        Observation o;
        o.region = row.at(cRegion);
        o.industry = row.at(cIndustry);
        if (!r.integer(i, cYear, &o.year) || !r.number(i, cValue, &o.value))
            return false;
        const QString &measure = row.at(cMeasure);
        ObservationWriter *w = measure == u"employees" ? &employees
                               : measure == u"establishments" ? &establishments
                                                               : nullptr;
        if (!w) {
            *error = u"%1, line %2, column 'measure': unknown measure '%3'"_s.arg(file).arg(t.lines.at(i)).arg(measure);
            return false;
        }
        if (!w->write(o, error))
            return false;
        if (progress && (i & 8191) == 0 && !progress(from + (to - from) * double(i) / double(t.rows.size()))) {
            *error = u"cancelled"_s;
            return false;
        }
    }
    *count += employees.written() + establishments.written();
    return true;
}

// A table of one value per region and year (region column, year, value) into an indicator.
bool loadRegionYearValues(const Store &store, const QString &file, const QString &regionColumn,
                          const QString &indicator, QString *error, qint64 *count)
{
    Table t;
    if (!readTable(file, &t, error))
        return false;
    RowReader r(t, error);
    int cRegion, cYear, cValue;
    if (!r.column(regionColumn, &cRegion) || !r.column(u"year"_s, &cYear) || !r.column(u"value"_s, &cValue))
        return false;
    ObservationWriter w(store, indicator);
    for (int i = 0; i < t.rows.size(); ++i) {
        Observation o;
        o.region = t.rows.at(i).at(cRegion);
        if (!r.integer(i, cYear, &o.year) || !r.number(i, cValue, &o.value) || !w.write(o, error))
            return false;
    }
    *count += w.written();
    return true;
}

bool loadMigration(const Store &store, QString *error, qint64 *count)
{
    Table t;
    if (!readTable(u"migration_od_prefecture.csv"_s, &t, error))
        return false;
    RowReader r(t, error);
    int cOrigin, cDest, cYear, cValue;
    if (!r.column(u"origin_code"_s, &cOrigin) || !r.column(u"destination_code"_s, &cDest)
        || !r.column(u"year"_s, &cYear) || !r.column(u"value"_s, &cValue))
        return false;
    FlowWriter w(store, u"migration"_s);
    for (int i = 0; i < t.rows.size(); ++i) {
        Flow f;
        f.origin = t.rows.at(i).at(cOrigin);
        f.destination = t.rows.at(i).at(cDest);
        if (!r.integer(i, cYear, &f.year) || !r.number(i, cValue, &f.value) || !w.write(f, error))
            return false;
    }
    *count += w.written();
    return true;
}

// Municipalities named in the starter tables, as regions under their prefecture.
bool collectMunicipalities(QList<Region> *out, QString *error)
{
    Table t;
    if (!readTable(u"population_municipality.csv"_s, &t, error))
        return false;
    const int c = t.header.indexOf(u"municipality_code"_s);
    QSet<QString> seen;
    for (int i = 0; i < t.rows.size(); ++i) {
        const QString code = t.rows.at(i).at(c);
        if (seen.contains(code))
            continue;
        seen.insert(code);
        if (code.size() != 5 || code.left(2).toInt() < 1 || code.left(2).toInt() > 47) {
            *error = u"%1, line %2: '%3' is not a municipality code"_s.arg(t.name).arg(t.lines.at(i)).arg(code);
            return false;
        }
        out->append(Region{code, RegionLevel::Municipality, QString(), QString(), code.left(2), QString()});
    }
    // Their Japanese names (municipality_names.csv, see SOURCES.md): the
    // region bar finds them by name, pages and the report name them.
    Table names;
    if (!readTable(u"municipality_names.csv"_s, &names, error))
        return false;
    const int nc = names.header.indexOf(u"municipality_code"_s);
    const int nn = names.header.indexOf(u"name_ja"_s);
    QHash<QString, QString> byCode;
    for (const QStringList &row : std::as_const(names.rows))
        byCode.insert(row.value(nc), row.value(nn));
    for (Region &r : *out)
        if (r.level == RegionLevel::Municipality)
            r.nameJa = byCode.value(r.code);
    return true;
}

// The input-output tables of the pack (io_2015_12sector*.csv, see SOURCES.md).
bool loadIoTables(Store &store, QString *error, int *count)
{
    QList<iostore::TableRecord> records;
    iowide::Problem problem;
    if (!iostore::readTwelveSectorTidy(kPrefix + u"io_2015_12sector.csv"_s,
                                       kPrefix + u"io_2015_12sector_sources.csv"_s, &records, &problem)) {
        *error = problem.text();
        return false;
    }
    for (const iostore::TableRecord &r : std::as_const(records))
        if (!iostore::writeTable(store, r, error))
            return false;
    *count = int(records.size());
    return true;
}

bool loadBoundaries(Store &store, QString *error, int *count)
{
    QFile file(u":/regionlens/boundaries/prefectures_ne10m.geojson"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"the bundled prefecture boundaries are missing"_s;
        return false;
    }
    const GeoJsonResult result = readGeoJson(file.readAll(), u"code"_s, u"name_ja"_s);
    if (!result.ok()) {
        *error = u"prefectures_ne10m.geojson: %1"_s.arg(result.error);
        return false;
    }
    *count = int(result.features.size());
    return store.writeBoundaries(RegionLevel::Prefecture, u"Natural Earth 1:10m admin-1 (public domain)"_s,
                                 result.features, error);
}

} // namespace

bool loadStarterPack(Store &store, QString *error, StarterPackSummary *summary,
                     const std::function<bool(double)> &progress)
{
    StarterPackSummary s;
    const bool ok = store.transaction([&](QString *err) {
        QList<Region> regions{catalog::nation()};
        regions += catalog::prefectures();
        QList<Region> municipalities;
        if (!collectMunicipalities(&municipalities, err))
            return false;
        s.municipalities = int(municipalities.size());
        regions += municipalities;
        if (!store.writeRegions(regions, err)
            || !store.writeRegionGroups(catalog::blocks() + catalog::presets(), err)
            || !store.writeIndustries(catalog::industries(), err))
            return false;
        for (const IndicatorInfo &info : catalog::starterIndicators())
            if (!store.writeIndicator(info, err))
                return false;
        if (progress && !progress(0.05))
            return false;
        if (!loadPopulationCensus(store, err, &s.observations) || !loadPopulationAgeSex(store, err, &s.observations)
            || !loadAgeSexTable(store, u"population_age_sex_census_prefecture.csv"_s,
                                u"population_age_sex_census_earlier"_s, err, &s.observations)
            || !loadAgeSexTable(store, u"population_age_sex_juki_2022.csv"_s, u"population_age_sex_juki"_s, err,
                                &s.observations)
            || !loadRegionYearValues(store, u"tfr_prefecture.csv"_s, u"region_code"_s, u"total_fertility_rate"_s, err,
                                     &s.observations)
            || !loadRegionYearValues(store, u"population_municipality.csv"_s, u"municipality_code"_s,
                                     u"population"_s, err, &s.observations)
            || !loadGdp(store, err, &s.observations)
            || !loadEstablishments(store, u"establishments_employees_prefecture.csv"_s, u"region_code"_s, err,
                                   &s.observations, progress, 0.1, 0.15))
            return false;
        if (!loadEstablishments(store, u"establishments_employees_municipality.csv"_s, u"municipality_code"_s,
                                err, &s.observations, progress, 0.15, 0.55))
            return false;
        if (!loadSsdseStarter(store, err, &s.observations, progress, 0.55, 0.9))
            return false;
        if (!loadMigration(store, err, &s.flows) || !loadBoundaries(store, err, &s.boundaries)
            || !loadIoTables(store, err, &s.ioTables))
            return false;
        if (progress && !progress(1.0))
            return false;
        return true;
    });
    if (!ok) {
        *error = store.errorString();
        return false;
    }
    if (summary)
        *summary = s;
    return true;
}

bool openOrCreateStore(Store &store, const QString &path, QString *error)
{
    if (!store.open(path)) {
        *error = store.errorString();
        return false;
    }
    if (store.isEmpty() && !loadStarterPack(store, error)) {
        *error = u"cannot load the starter pack into %1: %2"_s.arg(path, *error);
        return false;
    }
    return true;
}

ReadOpen openStoreForReading(Store &store, const QString &path, bool createIfMissing, QString *error, QString *note)
{
    if (note)
        note->clear();
    const bool exists = QFileInfo::exists(path);
    if (!exists && !createIfMissing) {
        *error = u"the store %1 does not exist"_s.arg(path);
        return ReadOpen::Missing;
    }
    if (exists) {
        if (!store.openReadOnly(path)) {
            *error = store.errorString();
            return ReadOpen::Failed;
        }
        const int version = store.schemaVersion();
        if (version == Store::kSchemaVersion && !store.isEmpty())
            return ReadOpen::Opened;
        store.close();
        if (note)
            *note = version != Store::kSchemaVersion
                        ? u"the store %1 had schema version %2: migrated it to version %3 (a read-only "
                          u"connection cannot migrate), then reopened it read-only"_s.arg(path)
                              .arg(version)
                              .arg(Store::kSchemaVersion)
                        : u"the store %1 held no data: loaded the starter pack into it, then reopened it "
                          u"read-only"_s.arg(path);
    }
    if (!openOrCreateStore(store, path, error))
        return ReadOpen::Failed;
    store.close();
    if (!store.openReadOnly(path)) {
        *error = store.errorString();
        return ReadOpen::Failed;
    }
    return ReadOpen::Opened;
}

} // namespace regionlens::datasets
