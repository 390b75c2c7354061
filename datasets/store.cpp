// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "schema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSet>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

#include <cmath>
#include <limits>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace regionlens::datasets {
namespace {

QAtomicInteger<quint64> g_connectionCounter;

// Qt SQL binds a null QString as SQL NULL; text columns here are NOT NULL.
QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

double readValue(const QVariant &v)
{
    return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
}

IndicatorInfo indicatorFromQuery(const QSqlQuery &q)
{
    IndicatorInfo info;
    info.id = q.value(0).toString();
    info.nameJa = q.value(1).toString();
    info.nameEn = q.value(2).toString();
    info.unitJa = q.value(3).toString();
    info.unitEn = q.value(4).toString();
    info.sourceJa = q.value(5).toString();
    info.sourceEn = q.value(6).toString();
    info.licence = q.value(7).toString();
    info.survey = q.value(8).toString();
    info.kind = q.value(9).toString();
    info.noteJa = q.value(10).toString();
    info.noteEn = q.value(11).toString();
    return info;
}

bool inMemory(const QString &path)
{
    return path.isEmpty() || path == u":memory:" || (path.startsWith(u"file:") && path.contains(u"memory"));
}

// Identifies the file behind path, so that a reader notices a store deleted
// and created again under the same name.
QString fileIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        return u"%1:%2"_s.arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
#endif
    return QString();
}

// The read-only connection of one thread (Store::threadReader).
struct ThreadReader
{
    std::unique_ptr<Store> store;
    QString path;
    QString identity;
    bool closesWithThread = false;
};

thread_local ThreadReader t_reader;

const QString kIndicatorColumns =
    u"id, name_ja, name_en, unit_ja, unit_en, source_ja, source_en, licence, survey, kind, note_ja, note_en"_s;

} // namespace

Store::Store()
    : m_connection(u"regionlens-store-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Store::~Store()
{
    close();
}

QString Store::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(u"regionlens.sqlite"_s);
}

bool Store::fail(const QString &message) const
{
    m_error = message;
    return false;
}

bool Store::open(const QString &path, int targetVersion)
{
    close();
    m_error.clear();
    m_path = path;
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return fail(u"cannot create the folder %1"_s.arg(info.absolutePath()));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = u"cannot open the store %1: %2"_s.arg(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA journal_mode = WAL"_s,
                                          u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA busy_timeout = 5000"_s}) {
                if (!q.exec(pragma)) {
                    error = u"%1 is not a usable RegionLens store: %2"_s.arg(path, q.lastError().text());
                    break;
                }
            }
            // A file that is not SQLite fails here with a clear message.
            if (error.isEmpty() && !q.exec(u"SELECT count(*) FROM sqlite_master"_s))
                error = u"%1 is not a RegionLens store: %2"_s.arg(path, q.lastError().text());
            q.finish();   // an active read of sqlite_master would lock the schema (DROP TABLE in a migration)
            QString migrateError;
            if (error.isEmpty() && !schema::migrate(db, targetVersion, &migrateError))
                error = u"%1: %2"_s.arg(path, migrateError);
        }
    }
    if (!error.isEmpty()) {
        close();
        return fail(error);
    }
    return true;
}

bool Store::readableFromOtherThreads() const
{
    return isOpen() && !inMemory(m_path);
}

bool Store::openReadOnly(const QString &path)
{
    close();
    m_error.clear();
    m_path = path;
    if (inMemory(path))
        return fail(u"a store in memory cannot be shared with another connection"_s);
    if (!QFileInfo::exists(path))
        return fail(u"the store %1 does not exist"_s.arg(path));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open()) {
            error = u"cannot open the store %1: %2"_s.arg(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s))
                error = u"%1 is not a RegionLens store: %2"_s.arg(path, q.lastError().text());
        }
    }
    if (!error.isEmpty()) {
        close();
        return fail(error);
    }
    return true;
}

const Store &Store::threadReader(const QString &path)
{
    ThreadReader &reader = t_reader;
    const QString identity = fileIdentity(path);
    if (!reader.store || reader.path != path || reader.identity != identity || !reader.store->isOpen()) {
        reader.store.reset();   // closes the previous connection first
        reader.store = std::make_unique<Store>();
        reader.path = path;
        reader.identity = identity;
        reader.store->openReadOnly(path);
    }
    // Closed while the thread is still a Qt thread (a thread_local destructor
    // runs after Qt has let go of it); for a thread Qt did not start, the
    // thread_local destructor closes it.
    if (!reader.closesWithThread) {
        reader.closesWithThread = true;
        QThread *thread = QThread::currentThread();
        QObject::connect(thread, &QThread::finished, thread, [] { t_reader.store.reset(); }, Qt::DirectConnection);
    }
    return *reader.store;
}

void Store::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int Store::schemaVersion() const
{
    return schema::currentVersion(database());
}

bool Store::transaction(const std::function<bool(QString *error)> &work)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return fail(u"cannot start a transaction: %1"_s.arg(q.lastError().text()));
    QString error;
    bool ok = false;
    try {
        ok = work(&error);
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what());
        ok = false;
    }
    if (ok && !q.exec(u"COMMIT"_s)) {
        error = u"commit failed: %1"_s.arg(q.lastError().text());
        ok = false;
    }
    if (!ok) {
        QSqlQuery rollback(db);
        rollback.exec(u"ROLLBACK"_s);
        return fail(error.isEmpty() ? u"the write was cancelled"_s : error);
    }
    return true;
}

bool Store::bulkWrite(const QString &table, qint64 newRows, const std::function<bool(QString *error)> &work,
                      QString *error)
{
    // Below this, index maintenance costs less than a rebuild.
    constexpr qint64 kMinRows = 20000;
    QStringList indexes;
    bool hasIndexes = false;
    if (newRows >= kMinRows) {
        QSqlQuery q(database());
        q.prepare(u"SELECT 1 FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"_s);
        q.addBindValue(table);
        hasIndexes = q.exec() && q.next();
    }
    if (hasIndexes) {
        QSqlQuery q(database());
        // Counting stops at newRows: the cost stays proportional to the write.
        q.prepare(u"SELECT count(*) FROM (SELECT 1 FROM \"%1\" LIMIT ?)"_s.arg(table));
        q.addBindValue(newRows);
        if (!q.exec() || !q.next()) {
            *error = u"cannot count the rows of %1: %2"_s.arg(table, q.lastError().text());
            return false;
        }
        if (q.value(0).toLongLong() < newRows) {
            q.prepare(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
                      "ORDER BY name"_s);
            q.addBindValue(table);
            if (!q.exec()) {
                *error = u"cannot list the indexes of %1: %2"_s.arg(table, q.lastError().text());
                return false;
            }
            QStringList names;
            while (q.next()) {
                names << q.value(0).toString();
                indexes << q.value(1).toString();
            }
            for (const QString &name : names) {
                if (!q.exec(u"DROP INDEX \"%1\""_s.arg(name))) {
                    *error = u"cannot drop index %1: %2"_s.arg(name, q.lastError().text());
                    return false;
                }
            }
        }
    }
    if (!work(error))
        return false;
    QSqlQuery q(database());
    for (const QString &sql : indexes) {
        if (!q.exec(sql)) {
            *error = u"cannot rebuild an index of %1: %2"_s.arg(table, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool Store::writeRegions(const QList<Region> &regions, QString *error)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO regions(code, level, name_ja, name_en, parent, block) VALUES (?,?,?,?,?,?) "
              "ON CONFLICT(code) DO UPDATE SET level = excluded.level, "
              "name_ja = CASE WHEN excluded.name_ja <> '' THEN excluded.name_ja ELSE name_ja END, "
              "name_en = CASE WHEN excluded.name_en <> '' THEN excluded.name_en ELSE name_en END, "
              "parent = excluded.parent, block = COALESCE(excluded.block, block)"_s);
    for (const Region &r : regions) {
        q.bindValue(0, r.code);
        q.bindValue(1, regionLevelKey(r.level));
        q.bindValue(2, nonNull(r.nameJa));
        q.bindValue(3, nonNull(r.nameEn));
        q.bindValue(4, r.parent.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.parent));
        q.bindValue(5, r.block.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.block));
        if (!q.exec()) {
            *error = u"cannot store region %1: %2"_s.arg(r.code, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool Store::writeRegionGroups(const QList<RegionGroup> &groups, QString *error)
{
    QSqlQuery q(database());
    QSqlQuery member(database());
    QSqlQuery clear(database());
    q.prepare(u"INSERT INTO region_groups(id, name_ja, name_en, kind) VALUES (?,?,?,?) "
              "ON CONFLICT(id) DO UPDATE SET name_ja = excluded.name_ja, name_en = excluded.name_en, "
              "kind = excluded.kind"_s);
    clear.prepare(u"DELETE FROM region_group_members WHERE group_id = ?"_s);
    member.prepare(u"INSERT INTO region_group_members(group_id, region_code) VALUES (?,?)"_s);
    for (const RegionGroup &g : groups) {
        q.addBindValue(g.id);
        q.addBindValue(g.nameJa);
        q.addBindValue(g.nameEn);
        q.addBindValue(g.kind);
        clear.addBindValue(g.id);
        if (!q.exec() || !clear.exec()) {
            *error = u"cannot store region group %1: %2"_s.arg(g.id, q.lastError().text());
            return false;
        }
        for (const QString &code : g.members) {
            member.addBindValue(g.id);
            member.addBindValue(code);
            if (!member.exec()) {
                *error = u"cannot store member %1 of group %2: %3"_s.arg(code, g.id, member.lastError().text());
                return false;
            }
        }
    }
    return true;
}

bool Store::writeIndustries(const QList<Industry> &industries, QString *error)
{
    QSqlQuery q(database());
    QSqlQuery member(database());
    q.prepare(u"INSERT INTO industries(code, classification, name_ja, name_en, sort_order) VALUES (?,?,?,?,?) "
              "ON CONFLICT(code) DO UPDATE SET classification = excluded.classification, "
              "name_ja = excluded.name_ja, name_en = excluded.name_en, sort_order = excluded.sort_order"_s);
    member.prepare(u"INSERT OR IGNORE INTO industry_members(aggregate, member) VALUES (?,?)"_s);
    for (const Industry &i : industries) {
        q.addBindValue(i.code);
        q.addBindValue(i.classification);
        q.addBindValue(i.nameJa);
        q.addBindValue(i.nameEn);
        q.addBindValue(i.sortOrder);
        if (!q.exec()) {
            *error = u"cannot store industry %1: %2"_s.arg(i.code, q.lastError().text());
            return false;
        }
        for (const QString &m : i.members) {
            member.addBindValue(i.code);
            member.addBindValue(m);
            if (!member.exec()) {
                *error = u"cannot store industry member %1: %2"_s.arg(m, member.lastError().text());
                return false;
            }
        }
    }
    return true;
}

bool Store::writeIndicator(const IndicatorInfo &info, QString *error)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO indicators(%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
              "ON CONFLICT(id) DO UPDATE SET name_ja = excluded.name_ja, name_en = excluded.name_en, "
              "unit_ja = excluded.unit_ja, unit_en = excluded.unit_en, source_ja = excluded.source_ja, "
              "source_en = excluded.source_en, licence = excluded.licence, survey = excluded.survey, "
              "kind = excluded.kind, note_ja = excluded.note_ja, note_en = excluded.note_en"_s
                  .arg(kIndicatorColumns));
    for (const QString &v : {info.id, info.nameJa, info.nameEn, info.unitJa, info.unitEn, info.sourceJa,
                             info.sourceEn, info.licence, info.survey,
                             info.kind.isEmpty() ? u"observation"_s : info.kind, info.noteJa, info.noteEn})
        q.addBindValue(nonNull(v));
    if (!q.exec()) {
        *error = u"cannot store indicator %1: %2"_s.arg(info.id, q.lastError().text());
        return false;
    }
    return true;
}

bool Store::writeBoundaries(RegionLevel level, const QString &source,
                            const QList<BoundaryFeature> &features, QString *error)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO boundaries(region_code, level, source, geometry, centroid_lon, centroid_lat) "
              "VALUES (?,?,?,?,?,?) ON CONFLICT(level, region_code) DO UPDATE SET source = excluded.source, "
              "geometry = excluded.geometry, centroid_lon = excluded.centroid_lon, "
              "centroid_lat = excluded.centroid_lat"_s);
    for (const BoundaryFeature &f : features) {
        const QPointF c = geometry::mainCentroid(f.polygons);
        q.addBindValue(f.code);
        q.addBindValue(regionLevelKey(level));
        q.addBindValue(source);
        q.addBindValue(geometry::toWkb(f.polygons));
        q.addBindValue(c.x());
        q.addBindValue(c.y());
        if (!q.exec()) {
            *error = u"cannot store the boundary of %1: %2"_s.arg(f.code, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool Store::logImport(const QString &file, const QString &format, const QString &indicator,
                      qint64 stored, qint64 skipped, QString *error)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO imports(file, format, indicator, stored, skipped) VALUES (?,?,?,?,?)"_s);
    q.addBindValue(file);
    q.addBindValue(format);
    q.addBindValue(indicator);
    q.addBindValue(stored);
    q.addBindValue(skipped);
    if (!q.exec()) {
        *error = u"cannot log the import: %1"_s.arg(q.lastError().text());
        return false;
    }
    return true;
}

bool Store::isEmpty() const
{
    QSqlQuery q(database());
    return !q.exec(u"SELECT 1 FROM indicators LIMIT 1"_s) || !q.next();
}

QList<Region> Store::regions(std::optional<RegionLevel> level) const
{
    QSqlQuery q(database());
    QString sql = u"SELECT code, level, name_ja, name_en, COALESCE(parent,''), COALESCE(block,'') FROM regions"_s;
    if (level)
        sql += u" WHERE level = ?"_s;
    sql += u" ORDER BY code"_s;
    q.prepare(sql);
    if (level)
        q.addBindValue(regionLevelKey(*level));
    QList<Region> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(Region{q.value(0).toString(), regionLevelFromKey(q.value(1).toString()),
                          q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                          q.value(5).toString()});
    return out;
}

std::optional<Region> Store::region(const QString &code) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT code, level, name_ja, name_en, COALESCE(parent,''), COALESCE(block,'') "
              "FROM regions WHERE code = ?"_s);
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Region{q.value(0).toString(), regionLevelFromKey(q.value(1).toString()), q.value(2).toString(),
                  q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

QList<RegionGroup> Store::regionGroups() const
{
    QList<RegionGroup> out;
    QSqlQuery q(database());
    if (!q.exec(u"SELECT g.id, g.name_ja, g.name_en, g.kind, m.region_code FROM region_groups g "
                "LEFT JOIN region_group_members m ON m.group_id = g.id ORDER BY g.rowid, m.region_code"_s))
        return out;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (out.isEmpty() || out.last().id != id)
            out.append(RegionGroup{id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}});
        if (!q.value(4).isNull())
            out.last().members.append(q.value(4).toString());
    }
    return out;
}

QList<Industry> Store::industries() const
{
    QList<Industry> out;
    QSqlQuery q(database());
    if (!q.exec(u"SELECT i.code, i.classification, i.name_ja, i.name_en, i.sort_order, "
                "(SELECT group_concat(member, ',') FROM industry_members WHERE aggregate = i.code) "
                "FROM industries i ORDER BY i.sort_order, i.code"_s))
        return out;
    while (q.next()) {
        const QString members = q.value(5).toString();
        out.append(Industry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(),
                            members.isEmpty() ? QStringList() : members.split(u','), q.value(4).toInt()});
    }
    return out;
}

QList<IndicatorInfo> Store::indicators() const
{
    QList<IndicatorInfo> out;
    QSqlQuery q(database());
    if (!q.exec(u"SELECT %1 FROM indicators ORDER BY rowid"_s.arg(kIndicatorColumns)))
        return out;
    while (q.next())
        out.append(indicatorFromQuery(q));
    return out;
}

std::optional<IndicatorInfo> Store::indicator(const QString &id) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT %1 FROM indicators WHERE id = ?"_s.arg(kIndicatorColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return indicatorFromQuery(q);
}

QList<int> Store::years(const QString &indicator, std::optional<RegionLevel> level) const
{
    QList<int> out;
    QSqlQuery q(database());
    const std::optional<IndicatorInfo> info = this->indicator(indicator);
    if (info && info->kind == u"flow") {
        q.prepare(u"SELECT DISTINCT year FROM flows WHERE indicator = ? ORDER BY year"_s);
        q.addBindValue(indicator);
    } else {
        // Skip from year to year within each series (one primary-key seek per
        // series and year) instead of reading every value of the indicator.
        q.prepare(u"WITH RECURSIVE y(series, year) AS ("
                  "  SELECT id, (SELECT min(year) FROM series_values WHERE series = id) FROM series WHERE indicator = ?"
                  "  UNION ALL SELECT y.series, (SELECT min(v.year) FROM series_values v"
                  "    WHERE v.series = y.series AND v.year > y.year) FROM y WHERE y.year IS NOT NULL) "
                  "SELECT DISTINCT year FROM y WHERE year IS NOT NULL%1 ORDER BY year"_s
                      // CROSS JOIN: read the year's values and look their regions up, rather
                      // than probing every region of the level.
                      .arg(level ? u" AND EXISTS (SELECT 1 FROM series_values v CROSS JOIN regions r ON r.code = v.region "
                                   "WHERE v.series = y.series AND v.year = y.year AND r.level = ?)"_s
                                 : QString()));
        q.addBindValue(indicator);
        if (level)
            q.addBindValue(regionLevelKey(*level));
    }
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toInt());
    return out;
}

QStringList Store::industriesOf(const QString &indicator) const
{
    QStringList out;
    QSqlQuery q(database());
    // From the series, not from every value: a series without values does not count.
    q.prepare(u"SELECT DISTINCT s.industry FROM series s LEFT JOIN industries i ON i.code = s.industry "
              "WHERE s.indicator = ? AND EXISTS (SELECT 1 FROM series_values v WHERE v.series = s.id) "
              "ORDER BY COALESCE(i.sort_order, 1000000), s.industry"_s);
    q.addBindValue(indicator);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

QList<Observation> Store::observations(const ObservationQuery &query) const
{
    QString sql = u"SELECT o.region, o.industry, o.year, o.sex, o.age_class, o.value, o.status "
                  "FROM observations o"_s;
    QStringList where{u"o.indicator = ?"_s};
    QVariantList binds{query.indicator};
    if (query.level) {
        sql += u" JOIN regions r ON r.code = o.region"_s;
        where << u"r.level = ?"_s;
        binds << regionLevelKey(*query.level);
    }
    if (query.year) {
        where << u"o.year = ?"_s;
        binds << *query.year;
    }
    if (query.region) {
        where << u"o.region = ?"_s;
        binds << *query.region;
    }
    if (query.industry) {
        where << u"o.industry = ?"_s;
        binds << *query.industry;
    }
    if (query.sex) {
        where << u"o.sex = ?"_s;
        binds << *query.sex;
    }
    if (query.ageClass) {
        where << u"o.age_class = ?"_s;
        binds << *query.ageClass;
    }
    sql += u" WHERE "_s + where.join(u" AND "_s) + u" ORDER BY o.region, o.industry, o.year"_s;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b.typeId() == QMetaType::QString ? QVariant(nonNull(b.toString())) : b);
    QList<Observation> out;
    if (!q.exec()) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(Observation{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                               q.value(3).toString(), q.value(4).toString(), readValue(q.value(5)),
                               q.value(6).toString()});
    return out;
}

QHash<QString, double> Store::values(const ObservationQuery &query) const
{
    QHash<QString, double> out;
    for (const Observation &o : observations(query))
        out.insert(o.region, o.value);
    return out;
}

QList<SeriesPoint> Store::series(const QString &indicator, const QString &region, const QString &industry,
                                 const QString &sex, const QString &ageClass) const
{
    QList<SeriesPoint> out;
    QSqlQuery q(database());
    q.prepare(u"SELECT id FROM series WHERE indicator = ? AND industry = ? AND sex = ? AND age_class = ?"_s);
    for (const QString &v : {indicator, industry, sex, ageClass})
        q.addBindValue(nonNull(v));
    if (!q.exec() || !q.next())
        return out;
    const qint64 id = q.value(0).toLongLong();
    // The values are keyed (series, year, region): step from one year of the
    // series to the next and look the region up in each, rather than reading
    // every region of every year.
    // (Plain ? placeholders: Qt's SQLite driver does not bind ?NNN ones by number.)
    q.prepare(u"WITH RECURSIVE y(year) AS (SELECT min(year) FROM series_values WHERE series = ?"
              "  UNION ALL SELECT (SELECT min(year) FROM series_values WHERE series = ? AND year > y.year)"
              "  FROM y WHERE y.year IS NOT NULL) "
              "SELECT v.year, v.value FROM y JOIN series_values v ON v.series = ? AND v.year = y.year "
              "AND v.region = ? ORDER BY v.year"_s);
    for (int i = 0; i < 3; ++i)
        q.addBindValue(id);
    q.addBindValue(nonNull(region));
    if (q.exec())
        while (q.next())
            out.append(SeriesPoint{q.value(0).toInt(), readValue(q.value(1))});
    return out;
}

QList<Flow> Store::flows(const QString &indicator, std::optional<int> year) const
{
    QList<Flow> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT origin, destination, year, sex, age_class, value, status FROM flows "
              "WHERE indicator = ?%1 ORDER BY year, sex, age_class, origin, destination"_s
                  .arg(year ? u" AND year = ?"_s : QString()));
    q.addBindValue(indicator);
    if (year)
        q.addBindValue(*year);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(Flow{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
                        q.value(4).toString(), readValue(q.value(5)), q.value(6).toString()});
    return out;
}

QList<BoundaryFeature> Store::boundaries(RegionLevel level) const
{
    QList<BoundaryFeature> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT b.region_code, COALESCE(r.name_ja, ''), b.geometry FROM boundaries b "
              "LEFT JOIN regions r ON r.code = b.region_code WHERE b.level = ? ORDER BY b.region_code"_s);
    q.addBindValue(regionLevelKey(level));
    if (!q.exec())
        return out;
    while (q.next()) {
        BoundaryFeature f;
        f.code = q.value(0).toString();
        f.name = q.value(1).toString();
        QString error;
        if (geometry::fromWkb(q.value(2).toByteArray(), &f.polygons, &error))
            out.append(f);
    }
    return out;
}

qint64 Store::observationCount(const QString &indicator) const
{
    QSqlQuery q(database());
    if (indicator.isEmpty()) {
        q.exec(u"SELECT count(*) FROM series_values"_s);
    } else {
        q.prepare(u"SELECT count(*) FROM observations WHERE indicator = ?"_s);
        q.addBindValue(indicator);
        q.exec();
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Text columns are NOT NULL: an empty view binds '' (a null pointer would bind NULL).
void bindText(sqlite3_stmt *stmt, int index, QByteArrayView text)
{
    sqlite3_bind_text(stmt, index, text.isEmpty() ? "" : text.data(), int(text.size()), SQLITE_STATIC);
}

} // namespace

// One INSERT … ON CONFLICT DO UPDATE for one row and one for kBatch rows.
// Flows: ?1 is the indicator, bound once, then the seven columns of Utf8Row.
// Observations: five columns per row (series, year, region, value, status).
class BulkInsert
{
public:
    static constexpr int kBatch = 64;   // rows per statement (at most 8 × 64 = 512 parameters)

    // Binds row i of the caller's data at parameters p, p + 1, …
    using Binder = std::function<void(sqlite3_stmt *stmt, int p, qsizetype i)>;

    BulkInsert(const Store &store, const QByteArray &fixed, int columns, const char *head, const char *tail)
        : m_db(sqliteHandle(store.database())), m_fixed(fixed), m_columns(columns)
    {
        if (!m_db) {
            m_error = u"the store is not open"_s;
            return;
        }
        const int first = m_fixed.isNull() ? 1 : 2;
        const auto values = [&](int rows) {
            QByteArray sql = QByteArray(head) + " VALUES ";
            for (int r = 0; r < rows; ++r) {
                sql += r ? ",(" : "(";
                if (!m_fixed.isNull())
                    sql += "?1,";
                const int p = first + m_columns * r;
                for (int k = 0; k < m_columns; ++k)
                    sql += (k ? ",?" : "?") + QByteArray::number(p + k);
                sql += ')';
            }
            return sql + ' ' + tail;
        };
        m_one = prepare(values(1));
        m_many = m_one ? prepare(values(kBatch)) : nullptr;
    }
    ~BulkInsert()
    {
        sqlite3_finalize(m_one);
        sqlite3_finalize(m_many);
    }

    sqlite3 *db() const { return m_db; }
    const QString &prepareError() const { return m_error; }

    // Runs rows 0 … count - 1; on failure *failed is the index of the row that failed.
    bool run(qsizetype count, const Binder &bind, qsizetype *failed, QString *why)
    {
        if (!m_one || !m_many) {
            *failed = 0;
            *why = m_error;
            return false;
        }
        const int first = m_fixed.isNull() ? 1 : 2;
        qsizetype i = 0;
        for (; i + kBatch <= count; i += kBatch) {
            for (int r = 0; r < kBatch; ++r)
                bind(m_many, first + m_columns * r, i + r);
            if (!step(m_many, why)) {
                // The failed statement undid its own rows: find the culprit one row at a time.
                for (qsizetype k = i; k < i + kBatch; ++k) {
                    bind(m_one, first, k);
                    if (!step(m_one, why)) {
                        *failed = k;
                        return false;
                    }
                }
                *failed = i;
                return false;
            }
        }
        for (; i < count; ++i) {
            bind(m_one, first, i);
            if (!step(m_one, why)) {
                *failed = i;
                return false;
            }
        }
        return true;
    }

    // Binds value and status the way both tables store them.
    static void bindValue(sqlite3_stmt *stmt, int p, const Utf8Row &row)
    {
        if (!row.status.isEmpty() || !std::isfinite(row.value))
            sqlite3_bind_null(stmt, p);
        else
            sqlite3_bind_double(stmt, p, row.value);
        bindText(stmt, p + 1, row.status);
    }

private:
    sqlite3_stmt *prepare(const QByteArray &sql)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v3(m_db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
            != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_finalize(stmt);
            return nullptr;
        }
        if (!m_fixed.isNull())
            bindText(stmt, 1, m_fixed);
        return stmt;
    }

    bool step(sqlite3_stmt *stmt, QString *why)
    {
        const int rc = sqlite3_step(stmt);
        if (rc != SQLITE_DONE)
            *why = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(stmt);   // never left active: COMMIT, ROLLBACK and close need that
        return rc == SQLITE_DONE;
    }

    sqlite3 *m_db = nullptr;
    QByteArray m_fixed;   // ?1 when not null, bound once, SQLITE_STATIC
    int m_columns = 0;
    sqlite3_stmt *m_one = nullptr;
    sqlite3_stmt *m_many = nullptr;
    QString m_error;
};

// What an observation writer resolves before inserting: the series id of
// (industry, sex, age class), created on first use, and whether a region code
// exists (series_values has no per-row foreign key on the region; see schema.cpp).
class SeriesResolver
{
public:
    SeriesResolver(sqlite3 *db, const QByteArray &indicator) : m_db(db), m_indicator(indicator)
    {
        if (!m_db)
            return;
        m_insert = prepare("INSERT INTO series(indicator, industry, sex, age_class) VALUES (?1,?2,?3,?4) "
                           "ON CONFLICT DO NOTHING");
        m_select = prepare("SELECT id FROM series WHERE indicator = ?1 AND industry = ?2 AND sex = ?3 "
                           "AND age_class = ?4");
        m_region = prepare("SELECT 1 FROM regions WHERE code = ?1");
    }
    ~SeriesResolver()
    {
        sqlite3_finalize(m_insert);
        sqlite3_finalize(m_select);
        sqlite3_finalize(m_region);
    }

    // The series id for row, or 0 with *why set.
    qint64 series(const Utf8Row &row, QString *why)
    {
        if (m_last && row.other == m_lastIndustry && row.sex == m_lastSex && row.ageClass == m_lastAge)
            return m_last;
        m_key.clear();
        m_key.append(row.other.data(), row.other.size()).append('\0');
        m_key.append(row.sex.data(), row.sex.size()).append('\0');
        m_key.append(row.ageClass.data(), row.ageClass.size());
        qint64 id = m_ids.value(m_key);
        if (!id) {
            if (!m_insert || !m_select) {
                *why = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"the store is not open"_s;
                return 0;
            }
            for (sqlite3_stmt *stmt : {m_insert, m_select}) {
                bindText(stmt, 1, m_indicator);
                bindText(stmt, 2, row.other);
                bindText(stmt, 3, row.sex);
                bindText(stmt, 4, row.ageClass);
            }
            int rc = sqlite3_step(m_insert);
            sqlite3_reset(m_insert);
            if (rc == SQLITE_DONE) {
                rc = sqlite3_step(m_select);
                if (rc == SQLITE_ROW)
                    id = sqlite3_column_int64(m_select, 0);
            }
            if (!id)
                *why = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_reset(m_select);
            sqlite3_clear_bindings(m_insert);
            sqlite3_clear_bindings(m_select);
            if (!id)
                return 0;
            m_ids.insert(m_key, id);
        }
        // The views stay valid for this call; the cache of the last key is
        // therefore only used for rows of the same call (see clearLast()).
        m_last = id;
        m_lastIndustry = row.other;
        m_lastSex = row.sex;
        m_lastAge = row.ageClass;
        return id;
    }

    void clearLast() { m_last = 0; }

    bool regionExists(QByteArrayView code, QString *why)
    {
        const QByteArray key = QByteArray::fromRawData(code.data(), code.size());
        if (m_regions.contains(key))
            return true;
        if (!m_region) {
            *why = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"the store is not open"_s;
            return false;
        }
        bindText(m_region, 1, code);
        const int rc = sqlite3_step(m_region);
        sqlite3_reset(m_region);
        sqlite3_clear_bindings(m_region);
        if (rc == SQLITE_ROW) {
            m_regions.insert(QByteArray(code.data(), code.size()));
            return true;
        }
        *why = rc == SQLITE_DONE ? u"FOREIGN KEY constraint failed (no region with code '%1')"_s.arg(
                                       QString::fromUtf8(code.data(), code.size()))
                                 : QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

private:
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
            sqlite3_finalize(stmt);
            return nullptr;
        }
        return stmt;
    }

    sqlite3 *m_db = nullptr;
    QByteArray m_indicator;
    sqlite3_stmt *m_insert = nullptr;
    sqlite3_stmt *m_select = nullptr;
    sqlite3_stmt *m_region = nullptr;
    QHash<QByteArray, qint64> m_ids;   // "industry\0sex\0age" → series id
    QSet<QByteArray> m_regions;        // codes known to exist
    QByteArray m_key;
    qint64 m_last = 0;
    QByteArrayView m_lastIndustry, m_lastSex, m_lastAge;
};

ObservationWriter::ObservationWriter(const Store &store, const QString &indicator)
    : m_indicator(indicator),
      m_insert(std::make_unique<BulkInsert>(
          store, QByteArray(), 5, "INSERT INTO series_values(series, year, region, value, status)",
          "ON CONFLICT(series, year, region) DO UPDATE SET value = excluded.value, status = excluded.status")),
      m_series(std::make_unique<SeriesResolver>(m_insert->db(), indicator.toUtf8()))
{
}

ObservationWriter::~ObservationWriter() = default;

bool ObservationWriter::write(const Observation &o, QString *error)
{
    const QByteArray region = o.region.toUtf8(), industry = o.industry.toUtf8(), sex = o.sex.toUtf8(),
                     age = o.ageClass.toUtf8(), status = o.status.toUtf8();
    const Utf8Row row{region, industry, o.year, sex, age, o.value, status};
    return writeRows(&row, 1, error);
}

bool ObservationWriter::writeRows(const Utf8Row *rows, qsizetype count, QString *error)
{
    QString why;
    m_ids.resize(size_t(count));
    m_series->clearLast();
    for (qsizetype i = 0; i < count; ++i) {
        if (!m_series->regionExists(rows[i].region, &why))
            return fail(rows[i], why, error);
        m_ids[size_t(i)] = m_series->series(rows[i], &why);
        if (!m_ids[size_t(i)])
            return fail(rows[i], why, error);
    }
    m_series->clearLast();
    qsizetype failed = 0;
    const auto bind = [&](sqlite3_stmt *stmt, int p, qsizetype i) {
        const Utf8Row &row = rows[i];
        sqlite3_bind_int64(stmt, p, m_ids[size_t(i)]);
        sqlite3_bind_int(stmt, p + 1, row.year);
        bindText(stmt, p + 2, row.region);
        BulkInsert::bindValue(stmt, p + 3, row);
    };
    if (!m_insert->run(count, bind, &failed, &why))
        return fail(rows[failed], why, error);
    m_written += count;
    return true;
}

bool ObservationWriter::fail(const Utf8Row &row, const QString &why, QString *error) const
{
    *error = u"cannot store %1 %2 %3 %4: %5"_s.arg(m_indicator, QString::fromUtf8(row.region),
                                                   QString::fromUtf8(row.other))
                 .arg(row.year)
                 .arg(why);
    return false;
}

FlowWriter::FlowWriter(const Store &store, const QString &indicator)
    : m_indicator(indicator),
      m_insert(std::make_unique<BulkInsert>(
          store, indicator.toUtf8(), 7,
          "INSERT INTO flows(indicator, origin, destination, year, sex, age_class, value, status)",
          "ON CONFLICT(indicator, year, sex, age_class, origin, destination) "
          "DO UPDATE SET value = excluded.value, status = excluded.status"))
{
}

FlowWriter::~FlowWriter() = default;

bool FlowWriter::write(const Flow &f, QString *error)
{
    const QByteArray origin = f.origin.toUtf8(), destination = f.destination.toUtf8(), sex = f.sex.toUtf8(),
                     age = f.ageClass.toUtf8(), status = f.status.toUtf8();
    const Utf8Row row{origin, destination, f.year, sex, age, f.value, status};
    return writeRows(&row, 1, error);
}

bool FlowWriter::writeRows(const Utf8Row *rows, qsizetype count, QString *error)
{
    qsizetype failed = 0;
    QString why;
    const auto bind = [rows](sqlite3_stmt *stmt, int p, qsizetype i) {
        const Utf8Row &row = rows[i];
        bindText(stmt, p, row.region);
        bindText(stmt, p + 1, row.other);
        sqlite3_bind_int(stmt, p + 2, row.year);
        bindText(stmt, p + 3, row.sex);
        bindText(stmt, p + 4, row.ageClass);
        BulkInsert::bindValue(stmt, p + 5, row);
    };
    if (!m_insert->run(count, bind, &failed, &why))
        return fail(rows[failed], why, error);
    m_written += count;
    return true;
}

bool FlowWriter::fail(const Utf8Row &row, const QString &why, QString *error) const
{
    *error = u"cannot store flow %1→%2 %3: %4"_s.arg(QString::fromUtf8(row.region), QString::fromUtf8(row.other))
                 .arg(row.year)
                 .arg(why);
    return false;
}

} // namespace regionlens::datasets
