// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "schema.h"
#include "storesql.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QVariant>

#include <sqlite3.h>

#include <utility>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace regionlens::datasets {

using storesql::kIndicatorColumns;
using storesql::nonNull;

namespace {

QAtomicInteger<quint64> g_connectionCounter;

const QString kDamagedAdvice = u"nothing is read from it or written to it; restore a backup copy of the "
                               "file, or move it aside to start again with the starter store, then import "
                               "your own files again"_s;

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

// Store::statementCount() and its log, per thread.
struct StatementTrace
{
    quint64 count = 0;
    bool log = false;
    QStringList statements;
};

thread_local StatementTrace t_trace;

int traceStatement(unsigned type, void *, void *, void *sql)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    const char *text = static_cast<const char *>(sql);
    if (text && text[0] == '-' && text[1] == '-')
        return 0;   // a statement of a trigger: part of the statement already counted
    StatementTrace &trace = t_trace;
    ++trace.count;
    if (trace.log)
        trace.statements.append(QString::fromUtf8(text ? text : ""));
    return 0;
}

void traceStatements(const QSqlDatabase &db)
{
    if (sqlite3 *handle = storesql::sqliteHandle(db))
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, traceStatement, nullptr);
}

QAtomicInteger<int> g_damageSeen;

enum class FileKind { RegionLens, Empty, Foreign };

// What the file behind the connection is, read before anything writes to it
// (a journal-mode change or a migration would change another application's
// file): a RegionLens store (its application id, or the meta table of a
// store made before the id was set), an empty database, or something else.
// False when the file cannot be read at all (*error says why).
bool fileKind(const QSqlDatabase &db, FileKind *kind, QString *detail, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next()) {
        *error = storesql::explainError(q.lastError());
        return false;
    }
    const qint64 id = q.value(0).toLongLong();
    if (id == Store::kApplicationId) {
        *kind = FileKind::RegionLens;
        return true;
    }
    if (id != 0) {
        *kind = FileKind::Foreign;
        *detail = u"its application id is 0x%1"_s.arg(quint32(id), 8, 16, QChar(u'0'));
        return true;
    }
    if (!q.exec(u"SELECT count(*), coalesce(sum(name = 'meta'), 0) FROM sqlite_master "
                "WHERE type = 'table' AND name NOT LIKE 'sqlite%'"_s)
        || !q.next()) {
        *error = storesql::explainError(q.lastError());
        return false;
    }
    const qint64 tables = q.value(0).toLongLong();
    const bool meta = q.value(1).toLongLong() > 0;
    if (tables == 0) {
        *kind = FileKind::Empty;
        return true;
    }
    if (meta && q.exec(u"SELECT 1 FROM meta WHERE key = 'schema_version'"_s) && q.next()) {
        *kind = FileKind::RegionLens;
        return true;
    }
    *kind = FileKind::Foreign;
    *detail = u"it holds %1 table(s) of another application"_s.arg(tables);
    return true;
}

// PRAGMA quick_check(1) on files up to Store::kQuickCheckLimit: "" or what is wrong.
QString damage(const QSqlDatabase &db, const QString &path)
{
    if (QFileInfo(path).size() > Store::kQuickCheckLimit)
        return QString();
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA quick_check(1)"_s) || !q.next())
        return q.lastError().text();
    const QString result = q.value(0).toString();
    return result == u"ok" ? QString() : result;
}

} // namespace

bool Store::damageSeen()
{
    return g_damageSeen.loadRelaxed() != 0;
}

void Store::noteError(int sqliteCode)
{
    if ((sqliteCode & 0xff) == SQLITE_CORRUPT || (sqliteCode & 0xff) == SQLITE_NOTADB)
        g_damageSeen.storeRelaxed(1);
}

sqlite3 *storesql::sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString storesql::explainError(int code, const QString &message)
{
    Store::noteError(code);
    switch (code & 0xff) {
    case SQLITE_FULL:
        return u"the disk is full (%1); free some space and try again"_s.arg(message);
    case SQLITE_IOERR:
        return u"cannot write to the disk (%1); it may be full or removed"_s.arg(message);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return u"the store is damaged (%1): %2"_s.arg(message, kDamagedAdvice);
    case SQLITE_READONLY:
        return u"the store is read-only (%1)"_s.arg(message);
    default:
        return message;
    }
}

QString storesql::explainError(sqlite3 *db)
{
    if (!db)
        return u"the store is not open"_s;
    return explainError(sqlite3_extended_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)));
}

QString storesql::explainError(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? explainError(code, error.text()) : error.text();
}

storesql::ReadCheck::~ReadCheck()
{
    const QSqlError error = m_query.lastError();
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (error.isValid() && ok)
        Store::noteError(code);
}

bool storesql::transactionLost(sqlite3 *db)
{
    return db && sqlite3_get_autocommit(db) != 0;
}

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

QString Store::checkFile(const QSqlDatabase &db, const QString &path, bool check)
{
    FileKind kind = FileKind::Empty;
    QString detail, error;
    if (!fileKind(db, &kind, &detail, &error)) {
        m_openProblem = error.contains(u"damaged"_s) ? OpenProblem::Damaged : OpenProblem::Other;
        return u"%1 is not a usable RegionLens store: %2"_s.arg(path, error);
    }
    if (kind == FileKind::Foreign) {
        m_openProblem = OpenProblem::Foreign;
        return u"%1 is not a RegionLens store (%2); it was left unchanged"_s.arg(path, detail);
    }
    if (check) {
        const QString problem = damage(db, path);
        if (!problem.isEmpty()) {
            g_damageSeen.storeRelaxed(1);
            m_openProblem = OpenProblem::Damaged;
            return u"the store %1 is damaged (%2): %3"_s.arg(path, problem, kDamagedAdvice);
        }
    }
    return QString();
}

bool Store::open(const QString &path, int targetVersion, DamageCheck check)
{
    close();
    m_error.clear();
    m_openProblem = OpenProblem::None;
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
            traceStatements(db);
            error = checkFile(db, path, check == DamageCheck::OnOpen);
            if (error.isEmpty() && check == DamageCheck::ByCaller && schema::currentVersion(db) < targetVersion)
                error = checkFile(db, path, true);   // nothing is written to an unchecked store
        }
        if (error.isEmpty()) {
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
            if (error.isEmpty() && !q.exec(u"PRAGMA application_id = %1"_s.arg(kApplicationId)))
                error = u"%1: %2"_s.arg(path, storesql::explainError(q.lastError()));
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

bool Store::openReadOnly(const QString &path, bool check)
{
    close();
    m_error.clear();
    m_openProblem = OpenProblem::None;
    m_path = path;
    if (inMemory(path))
        return fail(u"a store in memory cannot be shared with another connection"_s);
    if (!QFileInfo::exists(path))
        return fail(u"the store %1 does not exist"_s.arg(path));
    // A store the user may not write (a 0444 file, a read-only folder) cannot
    // keep WAL's shared-memory file beside it: read it as an immutable file
    // (no locks, no -shm), unless a -wal file holds changes not yet in it.
    const QFileInfo info(path);
    const QFileInfo wal(path + u"-wal"_s);
    const bool immutable = (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
                           && (!wal.exists() || wal.size() == 0);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        if (immutable) {
            QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
            uri.setScheme(u"file"_s);
            uri.setQuery(u"immutable=1"_s);
            db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"_s);
        } else {
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        }
        if (!db.open()) {
            error = u"cannot open the store %1: %2"_s.arg(path, db.lastError().text());
        } else {
            traceStatements(db);
            QSqlQuery q(db);
            if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s))
                error = u"%1 is not a RegionLens store: %2"_s.arg(path, storesql::explainError(q.lastError()));
            else if (check)
                error = checkFile(db, path, true);
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
        reader.store->openReadOnly(path, false);
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

quint64 Store::statementCount()
{
    return t_trace.count;
}

void Store::setStatementLog(bool on)
{
    t_trace.log = on;
    if (!on)
        t_trace.statements.clear();
}

QStringList Store::takeStatementLog()
{
    return std::exchange(t_trace.statements, {});
}

namespace {

// While a transaction() runs its work, nothing may commit but its own
// COMMIT: when SQLite rolls the transaction back by itself (a full disk, an
// I/O error), a statement run after that would otherwise commit on its own
// (autocommit) and leave part of an import in the store.
struct CommitGuard
{
    sqlite3 *db = nullptr;
    bool allow = false;
    bool vetoed = false;

    explicit CommitGuard(sqlite3 *handle) : db(handle)
    {
        if (db)
            sqlite3_commit_hook(db, &CommitGuard::hook, this);
    }
    ~CommitGuard()
    {
        if (db)
            sqlite3_commit_hook(db, nullptr, nullptr);
    }
    static int hook(void *self)
    {
        auto *guard = static_cast<CommitGuard *>(self);
        if (guard->allow)
            return 0;
        guard->vetoed = true;
        return 1;   // turns the commit into a rollback
    }
};

} // namespace

bool Store::transaction(const std::function<bool(QString *error)> &work)
{
    QSqlDatabase db = database();
    QSqlQuery q(db);
    if (!q.exec(u"BEGIN IMMEDIATE"_s))
        return fail(u"cannot start a transaction: %1"_s.arg(storesql::explainError(q.lastError())));
    sqlite3 *handle = storesql::sqliteHandle(db);
    CommitGuard guard(handle);
    QString error;
    bool ok = false;
    try {
        ok = work(&error);
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what());
        ok = false;
    }
    if (ok && (guard.vetoed || storesql::transactionLost(handle))) {
        error = u"SQLite rolled the write back (%1); nothing was stored"_s.arg(storesql::explainError(handle));
        ok = false;
    }
    guard.allow = true;
    if (ok && !q.exec(u"COMMIT"_s)) {
        error = u"commit failed: %1"_s.arg(storesql::explainError(q.lastError()));
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
    return writeIndicators({info}, error);
}

bool Store::writeIndicators(const QList<IndicatorInfo> &infos, QString *error)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT INTO indicators(%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
              "ON CONFLICT(id) DO UPDATE SET name_ja = excluded.name_ja, name_en = excluded.name_en, "
              "unit_ja = excluded.unit_ja, unit_en = excluded.unit_en, source_ja = excluded.source_ja, "
              "source_en = excluded.source_en, licence = excluded.licence, survey = excluded.survey, "
              "kind = excluded.kind, note_ja = excluded.note_ja, note_en = excluded.note_en"_s
                  .arg(kIndicatorColumns));
    for (const IndicatorInfo &info : infos) {
        for (const QString &v : {info.id, info.nameJa, info.nameEn, info.unitJa, info.unitEn, info.sourceJa,
                                 info.sourceEn, info.licence, info.survey,
                                 info.kind.isEmpty() ? u"observation"_s : info.kind, info.noteJa, info.noteEn})
            q.addBindValue(nonNull(v));
        if (!q.exec()) {
            *error = u"cannot store indicator %1: %2"_s.arg(info.id, q.lastError().text());
            return false;
        }
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

} // namespace regionlens::datasets
