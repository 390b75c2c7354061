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

const QList<QStringList> &migrations()
{
    static const QList<QStringList> all = {kVersion1, kVersion2};
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
