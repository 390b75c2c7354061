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
#include <QSqlQuery>

#include <algorithm>
#include <deque>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {
namespace {

const QString kPrefix = u":/regionlens/starter/"_s;

// A bundled table read from its UTF-8 bytes: each field is a view into them
// (no QString per field; the writers take UTF-8 anyway).
struct Table
{
    QString name;
    QByteArray data;
    CsvHeader header;
    qsizetype columns = 0;
    std::vector<QByteArrayView> cells;   // row-major
    std::vector<int> lines;              // the line of each row
    std::deque<QByteArray> rewritten;    // fields the tokenizer unquoted into its own buffer

    qsizetype rows() const { return qsizetype(lines.size()); }
    QByteArrayView at(qsizetype row, qsizetype column) const { return cells[size_t(row * columns + column)]; }
    QString text(qsizetype row, qsizetype column) const { return QString::fromUtf8(at(row, column)); }
};

bool readTable(const QString &name, Table *table, QString *error)
{
    QFile file(kPrefix + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"the bundled starter table %1 is missing"_s.arg(name);
        return false;
    }
    table->name = name;
    table->data = file.readAll();
    const char *begin = table->data.constData();
    const char *end = begin + table->data.size();
    CsvTokenizer<char> tokens(begin, table->data.size());
    std::vector<std::string_view> fields;
    if (!tokens.next(&fields)) {
        *error = u"%1: empty table"_s.arg(name);
        return false;
    }
    QStringList names;
    for (const std::string_view f : fields)
        names.append(QString::fromUtf8(f.data(), qsizetype(f.size())));
    table->header = CsvHeader(names);
    table->columns = names.size();
    const auto lineCount = std::count(begin, end, '\n');
    table->cells.reserve(size_t(lineCount * table->columns));
    table->lines.reserve(size_t(lineCount));
    while (tokens.next(&fields)) {
        if (qsizetype(fields.size()) != table->columns) {
            *error = u"%1, line %2: %3 fields, expected %4"_s.arg(name)
                         .arg(tokens.line())
                         .arg(fields.size())
                         .arg(table->columns);
            return false;
        }
        for (const std::string_view f : fields) {
            if (f.empty() || (f.data() >= begin && f.data() + f.size() <= end))
                table->cells.emplace_back(f.data(), qsizetype(f.size()));
            else   // a view into the tokenizer's buffer, valid until its next record
                table->cells.emplace_back(table->rewritten.emplace_back(f.data(), qsizetype(f.size())));
        }
        table->lines.push_back(tokens.line());
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

    bool number(qsizetype row, int column, double *value)
    {
        bool ok = false;
        *value = m_table.at(row, column).toDouble(&ok);
        if (!ok)
            *m_error = u"%1, line %2, column '%3': '%4' is not a number"_s.arg(m_table.name)
                           .arg(m_table.lines[size_t(row)])
                           .arg(m_table.header.names().at(column), m_table.text(row, column));
        return ok;
    }

    bool integer(qsizetype row, int column, int *value)
    {
        bool ok = false;
        *value = m_table.at(row, column).toInt(&ok);
        if (!ok)
            *m_error = u"%1, line %2, column '%3': '%4' is not a year"_s.arg(m_table.name)
                           .arg(m_table.lines[size_t(row)])
                           .arg(m_table.header.names().at(column), m_table.text(row, column));
        return ok;
    }

private:
    const Table &m_table;
    QString *m_error;
};

// A text mapped once per distinct value (age class labels, activity names), in UTF-8.
class Mapped
{
public:
    explicit Mapped(QString (*map)(const QString &)) : m_map(map) {}

    QByteArrayView operator()(QByteArrayView text)
    {
        const QByteArray key = QByteArray::fromRawData(text.data(), text.size());
        auto it = m_cache.constFind(key);
        if (it == m_cache.cend())
            it = m_cache.insert(QByteArray(text.data(), text.size()), m_map(QString::fromUtf8(text)).toUtf8());
        return *it;   // QHash moves its values' handles, never their bytes
    }

private:
    QString (*m_map)(const QString &);
    QHash<QByteArray, QByteArray> m_cache;
};

const QByteArray kTotal = "total";

// A row of region's plain value: sex total, not by industry or age.
Utf8Row plainRow(QByteArrayView region)
{
    Utf8Row row;
    row.region = region;
    row.sex = kTotal;
    return row;
}

// Rows on their way to one writer, handed over in chunks: the writer stores
// each chunk in key order with a few statements.
template<typename Writer>
class Rows
{
public:
    explicit Rows(Writer &writer) : m_writer(writer) { m_rows.reserve(kChunk); }

    bool add(const Utf8Row &row, QString *error)
    {
        m_rows.push_back(row);
        return m_rows.size() < kChunk || flush(error);
    }
    bool flush(QString *error)
    {
        const bool ok = m_writer.writeRows(m_rows.data(), qsizetype(m_rows.size()), error);
        m_rows.clear();
        return ok;
    }

private:
    static constexpr size_t kChunk = 16384;
    Writer &m_writer;
    std::vector<Utf8Row> m_rows;
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
    Rows out(w);
    for (qsizetype i = 0; i < t.rows(); ++i) {
        Utf8Row o = plainRow(t.at(i, cRegion));
        o.sex = t.at(i, cSex);
        o.status = t.at(i, cStatus);
        if (!r.integer(i, cYear, &o.year))
            return false;
        if (o.status.isEmpty() && !r.number(i, cValue, &o.value))
            return false;
        if (!out.add(o, error))
            return false;
    }
    if (!out.flush(error))
        return false;
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
    // One writer, each row naming its indicator (series ids in the order of the rows).
    static const QByteArray census = "population_age_sex_census", estimate = "population_age_sex_estimate",
                            kokusei = u"国勢調査"_s.toUtf8();
    ObservationWriter w(store, QString::fromLatin1(census));
    Rows out(w);
    Mapped ageClass(catalog::normalizeAgeClass);
    for (qsizetype i = 0; i < t.rows(); ++i) {
        Utf8Row o = plainRow(t.at(i, cRegion));
        o.sex = t.at(i, cSex);
        o.ageClass = ageClass(t.at(i, cAge));
        if (o.ageClass.isEmpty()) {
            *error = u"%1, line %2, column 'age_class': unknown age class '%3'"_s.arg(t.name)
                         .arg(t.lines[size_t(i)])
                         .arg(t.text(i, cAge));
            return false;
        }
        if (!r.integer(i, cYear, &o.year) || !r.number(i, cValue, &o.value))
            return false;
        o.indicator = t.at(i, cSurvey) == kokusei ? census : estimate;
        if (!out.add(o, error))
            return false;
    }
    if (!out.flush(error))
        return false;
    *count += w.written();
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
    Rows out(w);
    Mapped ageClass(catalog::normalizeAgeClass);
    for (qsizetype i = 0; i < t.rows(); ++i) {
        Utf8Row o = plainRow(t.at(i, cRegion));
        o.sex = t.at(i, cSex);
        o.ageClass = ageClass(t.at(i, cAge));
        if (!r.integer(i, cYear, &o.year) || !r.number(i, cValue, &o.value) || !out.add(o, error))
            return false;
    }
    if (!out.flush(error))
        return false;
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
    Rows out(w);
    Mapped activity(catalog::activityCode);
    for (qsizetype i = 0; i < t.rows(); ++i) {
        Utf8Row o = plainRow(t.at(i, cRegion));
        o.other = activity(t.at(i, cActivity));
        if (o.other.isEmpty()) {
            *error = u"%1, line %2, column 'activity': unknown activity '%3'"_s.arg(t.name)
                         .arg(t.lines[size_t(i)])
                         .arg(t.text(i, cActivity));
            return false;
        }
        if (!r.integer(i, cYear, &o.year) || !r.number(i, cValue, &o.value) || !out.add(o, error))
            return false;
    }
    if (!out.flush(error))
        return false;
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
    // One writer, each row naming its indicator (series ids in the order of the rows).
    static const QByteArray employees = "employees", establishments = "establishments";
    ObservationWriter w(store, QString::fromLatin1(employees));
    Rows out(w);
    for (qsizetype i = 0; i < t.rows(); ++i) {
        Utf8Row o = plainRow(t.at(i, cRegion));
        o.other = t.at(i, cIndustry);
        if (!r.integer(i, cYear, &o.year) || !r.number(i, cValue, &o.value))
            return false;
        const QByteArrayView measure = t.at(i, cMeasure);
        if (measure == employees) {
            o.indicator = employees;
        } else if (measure == establishments) {
            o.indicator = establishments;
        } else {
            *error = u"%1, line %2, column 'measure': unknown measure '%3'"_s.arg(file)
                         .arg(t.lines[size_t(i)])
                         .arg(t.text(i, cMeasure));
            return false;
        }
        if (!out.add(o, error))
            return false;
        if (progress && (i & 8191) == 0 && !progress(from + (to - from) * double(i) / double(t.rows()))) {
            *error = u"cancelled"_s;
            return false;
        }
    }
    if (!out.flush(error))
        return false;
    *count += w.written();
    return true;
}

// A table of one value per region and year (region column, year, value) into an indicator.
bool loadRegionYearValues(const Store &store, const Table &t, const QString &regionColumn,
                          const QString &indicator, QString *error, qint64 *count)
{
    RowReader r(t, error);
    int cRegion, cYear, cValue;
    if (!r.column(regionColumn, &cRegion) || !r.column(u"year"_s, &cYear) || !r.column(u"value"_s, &cValue))
        return false;
    ObservationWriter w(store, indicator);
    Rows out(w);
    for (qsizetype i = 0; i < t.rows(); ++i) {
        Utf8Row o = plainRow(t.at(i, cRegion));
        if (!r.integer(i, cYear, &o.year) || !r.number(i, cValue, &o.value) || !out.add(o, error))
            return false;
    }
    if (!out.flush(error))
        return false;
    *count += w.written();
    return true;
}

bool loadRegionYearValues(const Store &store, const QString &file, const QString &regionColumn,
                          const QString &indicator, QString *error, qint64 *count)
{
    Table t;
    return readTable(file, &t, error) && loadRegionYearValues(store, t, regionColumn, indicator, error, count);
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
    Rows out(w);
    for (qsizetype i = 0; i < t.rows(); ++i) {
        Utf8Row f = plainRow(t.at(i, cOrigin));
        f.other = t.at(i, cDest);
        if (!r.integer(i, cYear, &f.year) || !r.number(i, cValue, &f.value) || !out.add(f, error))
            return false;
    }
    if (!out.flush(error))
        return false;
    *count += w.written();
    return true;
}

// Municipalities named in the starter tables (population_municipality.csv,
// *t), as regions under their prefecture.
bool collectMunicipalities(const Table &t, QList<Region> *out, QString *error)
{
    const int c = t.header.indexOf(u"municipality_code"_s);
    QSet<QString> seen;
    for (qsizetype i = 0; i < t.rows(); ++i) {
        const QString code = t.text(i, c);
        if (seen.contains(code))
            continue;
        seen.insert(code);
        if (code.size() != 5 || code.left(2).toInt() < 1 || code.left(2).toInt() > 47) {
            *error = u"%1, line %2: '%3' is not a municipality code"_s.arg(t.name).arg(t.lines[size_t(i)]).arg(code);
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
    for (qsizetype i = 0; i < names.rows(); ++i)
        byCode.insert(names.text(i, nc), names.text(i, nn));
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

// While the starter pack fills a store: a rollback journal instead of the
// WAL, so that the ~17 MB are written once, to the file, rather than to the
// WAL and then again (read back) at the checkpoint. The journal holds the
// pages the store had before (a new store's schema: a few pages), so a
// cancel, an error or a crash still rolls back to the store as it was, and
// synchronous stays as Store::open set it. The WAL is restored afterwards
// (Store::open sets it on every open too). A store with other connections
// cannot leave WAL mode: then nothing changes.
class FillingJournal
{
public:
    explicit FillingJournal(const Store &store) : m_db(store.database())
    {
        QSqlQuery q(m_db);
        m_switched = q.exec(u"PRAGMA journal_mode = DELETE"_s) && q.next()
                     && q.value(0).toString().compare(u"delete"_s, Qt::CaseInsensitive) == 0;
    }
    ~FillingJournal()
    {
        if (!m_switched)
            return;
        QSqlQuery q(m_db);
        q.exec(u"PRAGMA journal_mode = WAL"_s);
    }
    FillingJournal(const FillingJournal &) = delete;
    FillingJournal &operator=(const FillingJournal &) = delete;

private:
    QSqlDatabase m_db;
    bool m_switched = false;
};

} // namespace

bool loadStarterPack(Store &store, QString *error, StarterPackSummary *summary,
                     const std::function<bool(double)> &progress)
{
    StarterPackSummary s;
    const FillingJournal journal(store);
    const bool ok = store.transaction([&](QString *err) {
        QList<Region> regions{catalog::nation()};
        regions += catalog::prefectures();
        // Read once: the municipalities and their populations.
        Table population;
        if (!readTable(u"population_municipality.csv"_s, &population, err))
            return false;
        QList<Region> municipalities;
        if (!collectMunicipalities(population, &municipalities, err))
            return false;
        s.municipalities = int(municipalities.size());
        regions += municipalities;
        if (!store.writeRegions(regions, err)
            || !store.writeRegionGroups(catalog::blocks() + catalog::presets(), err)
            || !store.writeIndustries(catalog::industries(), err))
            return false;
        if (!store.writeIndicators(catalog::starterIndicators(), err))
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
            || !loadRegionYearValues(store, population, u"municipality_code"_s, u"population"_s, err,
                                     &s.observations)
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
