// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace regionlens::datasets::schema {
namespace {

// Version 1: the first layout.
const QStringList kVersion1 = {
    u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
    u"CREATE TABLE regions ("
    "  code TEXT PRIMARY KEY,"
    "  level TEXT NOT NULL CHECK (level IN ('nation','prefecture','municipality')),"
    "  name_ja TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '',"
    "  parent TEXT, block TEXT)"_s,
    u"CREATE INDEX regions_level ON regions(level, code)"_s,
    u"CREATE TABLE region_groups (id TEXT PRIMARY KEY, name_ja TEXT NOT NULL, name_en TEXT NOT NULL,"
    "  kind TEXT NOT NULL)"_s,
    u"CREATE TABLE region_group_members (group_id TEXT NOT NULL REFERENCES region_groups(id) ON DELETE CASCADE,"
    "  region_code TEXT NOT NULL REFERENCES regions(code), PRIMARY KEY (group_id, region_code)) WITHOUT ROWID"_s,
    u"CREATE TABLE industries (code TEXT PRIMARY KEY, classification TEXT NOT NULL,"
    "  name_ja TEXT NOT NULL, name_en TEXT NOT NULL, sort_order INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE TABLE industry_members (aggregate TEXT NOT NULL REFERENCES industries(code) ON DELETE CASCADE,"
    "  member TEXT NOT NULL, PRIMARY KEY (aggregate, member)) WITHOUT ROWID"_s,
    u"CREATE TABLE indicators (id TEXT PRIMARY KEY, name_ja TEXT NOT NULL, name_en TEXT NOT NULL,"
    "  unit_ja TEXT NOT NULL DEFAULT '', unit_en TEXT NOT NULL DEFAULT '',"
    "  source_ja TEXT NOT NULL DEFAULT '', source_en TEXT NOT NULL DEFAULT '',"
    "  licence TEXT NOT NULL DEFAULT '', survey TEXT NOT NULL DEFAULT '',"
    "  kind TEXT NOT NULL DEFAULT 'observation' CHECK (kind IN ('observation','flow')))"_s,
    u"CREATE TABLE observations ("
    "  indicator TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,"
    "  region TEXT NOT NULL REFERENCES regions(code),"
    "  industry TEXT NOT NULL DEFAULT '', year INTEGER NOT NULL,"
    "  sex TEXT NOT NULL DEFAULT 'total', age_class TEXT NOT NULL DEFAULT '',"
    "  value REAL, status TEXT NOT NULL DEFAULT '',"
    "  PRIMARY KEY (indicator, year, industry, sex, age_class, region)) WITHOUT ROWID"_s,
    u"CREATE INDEX observations_region ON observations(indicator, region, industry, sex, age_class, year)"_s,
    u"CREATE TABLE flows ("
    "  indicator TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,"
    "  origin TEXT NOT NULL REFERENCES regions(code), destination TEXT NOT NULL REFERENCES regions(code),"
    "  year INTEGER NOT NULL, sex TEXT NOT NULL DEFAULT 'total', age_class TEXT NOT NULL DEFAULT '',"
    "  value REAL, status TEXT NOT NULL DEFAULT '',"
    "  PRIMARY KEY (indicator, year, sex, age_class, origin, destination)) WITHOUT ROWID"_s,
    u"CREATE TABLE boundaries (region_code TEXT NOT NULL REFERENCES regions(code),"
    "  level TEXT NOT NULL, source TEXT NOT NULL, geometry BLOB NOT NULL,"
    "  centroid_lon REAL, centroid_lat REAL, PRIMARY KEY (level, region_code))"_s,
};

// Version 2: notes on indicators and an import log.
const QStringList kVersion2 = {
    u"ALTER TABLE indicators ADD COLUMN note_ja TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE indicators ADD COLUMN note_en TEXT NOT NULL DEFAULT ''"_s,
    u"CREATE TABLE imports (id INTEGER PRIMARY KEY, file TEXT NOT NULL, format TEXT NOT NULL,"
    "  indicator TEXT NOT NULL DEFAULT '', stored INTEGER NOT NULL, skipped INTEGER NOT NULL,"
    "  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')))"_s,
};

// Version 3: compact observations. The four text columns that name a series
// (indicator, industry, sex, age class) move to `series`; each value row holds
// the series id, the year and the region code, in primary-key order
// (series, year, region), and there is no secondary index: 1 M rows insert in
// about a third of the time (bench/RESULTS.md). A view named `observations`
// keeps the old columns for reading and for plain INSERTs. Regions are checked
// by ObservationWriter and the insert trigger rather than by a foreign key on
// every row; the triggers on regions keep codes in use from being deleted or
// renamed, as the foreign key did.
// (CROSS JOIN: read the old table once and look each row's series up; the
// other way round reads the whole indicator once per series.)
const QStringList kVersion3 = {
    u"CREATE TABLE series (id INTEGER PRIMARY KEY,"
    "  indicator TEXT NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,"
    "  industry TEXT NOT NULL DEFAULT '', sex TEXT NOT NULL DEFAULT 'total', age_class TEXT NOT NULL DEFAULT '',"
    "  UNIQUE (indicator, industry, sex, age_class))"_s,
    u"CREATE TABLE series_values ("
    "  series INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE,"
    "  year INTEGER NOT NULL, region TEXT NOT NULL, value REAL, status TEXT NOT NULL DEFAULT '',"
    "  PRIMARY KEY (series, year, region)) WITHOUT ROWID"_s,
    u"INSERT INTO series(indicator, industry, sex, age_class) "
    "SELECT DISTINCT indicator, industry, sex, age_class FROM observations ORDER BY 1, 2, 3, 4"_s,
    u"INSERT INTO series_values(series, year, region, value, status) "
    "SELECT s.id, o.year, o.region, o.value, o.status FROM observations o CROSS JOIN series s "
    "ON s.indicator = o.indicator AND s.industry = o.industry AND s.sex = o.sex AND s.age_class = o.age_class "
    "ORDER BY s.id, o.year, o.region"_s,
    u"DROP TABLE observations"_s,
    u"CREATE VIEW observations AS SELECT s.indicator AS indicator, v.region AS region, s.industry AS industry,"
    "  v.year AS year, s.sex AS sex, s.age_class AS age_class, v.value AS value, v.status AS status "
    "FROM series_values v JOIN series s ON s.id = v.series"_s,
    u"CREATE TRIGGER observations_insert INSTEAD OF INSERT ON observations BEGIN"
    "  SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed')"
    "    WHERE NOT EXISTS (SELECT 1 FROM regions WHERE code = NEW.region);"
    "  INSERT OR IGNORE INTO series(indicator, industry, sex, age_class)"
    "    VALUES (NEW.indicator, COALESCE(NEW.industry, ''), COALESCE(NEW.sex, 'total'), COALESCE(NEW.age_class, ''));"
    "  INSERT OR REPLACE INTO series_values(series, year, region, value, status)"
    "    SELECT id, NEW.year, NEW.region, NEW.value, COALESCE(NEW.status, '') FROM series"
    "    WHERE indicator = NEW.indicator AND industry = COALESCE(NEW.industry, '')"
    "      AND sex = COALESCE(NEW.sex, 'total') AND age_class = COALESCE(NEW.age_class, '');"
    "END"_s,
    u"CREATE TRIGGER regions_delete_in_use BEFORE DELETE ON regions"
    "  WHEN EXISTS (SELECT 1 FROM series_values WHERE region = OLD.code) BEGIN"
    "  SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed');"
    "END"_s,
    u"CREATE TRIGGER regions_rename_in_use BEFORE UPDATE OF code ON regions"
    "  WHEN NEW.code IS NOT OLD.code AND EXISTS (SELECT 1 FROM series_values WHERE region = OLD.code) BEGIN"
    "  SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed');"
    "END"_s,
};

// Version 4: input–output tables (industry × industry data per region, issue
// 10). One row per table (region, year, official or estimated, with its unit,
// source and licence); its row and column items in order with their role
// (sector, final demand, imports, output, value added, employees) and kind
// (民間消費支出, 雇用者所得 …); the non-zero cells by item position.
const QStringList kVersion4 = {
    u"CREATE TABLE io_tables (id INTEGER PRIMARY KEY,"
    "  region TEXT NOT NULL REFERENCES regions(code), year INTEGER NOT NULL,"
    "  kind TEXT NOT NULL DEFAULT 'official' CHECK (kind IN ('official','estimated')),"
    "  unit TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '', licence TEXT NOT NULL DEFAULT '',"
    "  note TEXT NOT NULL DEFAULT '', UNIQUE (region, year, kind))"_s,
    u"CREATE TABLE io_items (io_table INTEGER NOT NULL REFERENCES io_tables(id) ON DELETE CASCADE,"
    "  axis TEXT NOT NULL CHECK (axis IN ('row','column')), position INTEGER NOT NULL,"
    "  name TEXT NOT NULL,"
    "  role TEXT NOT NULL CHECK (role IN ('sector','final_demand','imports','output','value_added','employees')),"
    "  kind TEXT NOT NULL DEFAULT '', PRIMARY KEY (io_table, axis, position)) WITHOUT ROWID"_s,
    u"CREATE TABLE io_cells (io_table INTEGER NOT NULL REFERENCES io_tables(id) ON DELETE CASCADE,"
    "  row INTEGER NOT NULL, col INTEGER NOT NULL, value REAL NOT NULL,"
    "  PRIMARY KEY (io_table, row, col)) WITHOUT ROWID"_s,
};

const QList<QStringList> &migrations()
{
    static const QList<QStringList> all = {kVersion1, kVersion2, kVersion3, kVersion4};
    return all;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = u"%1 (while running: %2)"_s.arg(q.lastError().text(), sql.left(80));
        return false;
    }
    return true;
}

} // namespace

int currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool migrate(QSqlDatabase &db, int targetVersion, QString *error)
{
    const int latest = int(migrations().size());
    if (targetVersion < 1 || targetVersion > latest) {
        *error = u"unknown schema version %1 (this build knows 1–%2)"_s.arg(targetVersion).arg(latest);
        return false;
    }
    int version = currentVersion(db);
    if (version > latest) {
        *error = u"the store has schema version %1, newer than this build (%2); update RegionLens"_s
                     .arg(version)
                     .arg(latest);
        return false;
    }
    while (version < targetVersion) {
        const int next = version + 1;
        if (!exec(db, u"BEGIN IMMEDIATE"_s, error))
            return false;
        bool ok = true;
        for (const QString &sql : migrations().at(next - 1)) {
            if (!exec(db, sql, error)) {
                ok = false;
                break;
            }
        }
        if (ok)
            ok = exec(db,
                      u"INSERT INTO meta(key, value) VALUES ('schema_version', '%1') "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s.arg(next),
                      error);
        if (!ok || !exec(db, u"COMMIT"_s, error)) {
            QString ignored;
            exec(db, u"ROLLBACK"_s, &ignored);
            *error = u"migration to schema version %1 failed: %2"_s.arg(next).arg(*error);
            return false;
        }
        version = next;
    }
    return true;
}

} // namespace regionlens::datasets::schema
