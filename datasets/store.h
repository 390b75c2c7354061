// SPDX-License-Identifier: GPL-3.0-or-later
// The RegionLens store: one SQLite file with a versioned schema. Every write
// happens inside a transaction; a failed or cancelled write leaves the store
// exactly as it was.
#pragma once

#include "catalog.h"
#include "geometry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <utility>
#include <memory>
#include <optional>
#include <vector>

namespace regionlens::datasets {

struct Observation
{
    QString region;
    QString industry;           // "" when the indicator is not by industry
    int year = 0;
    QString sex = QStringLiteral("total");   // total, male, female
    QString ageClass;           // "" (not by age), "TOTAL", "0-4", …, "85+"
    double value = 0;           // NaN when status is set
    QString status;             // "" or a footnote status: "not_surveyed", "suppressed", "missing", …
};

struct Flow
{
    QString origin;
    QString destination;
    int year = 0;
    QString sex = QStringLiteral("total");
    QString ageClass;
    double value = 0;
    QString status;
};

// Filters for reading observations; an unset optional matches anything.
struct ObservationQuery
{
    QString indicator;
    std::optional<int> year;
    std::optional<RegionLevel> level;
    std::optional<QString> region;
    std::optional<QString> industry = QString();    // default: not by industry
    std::optional<QString> sex = QStringLiteral("total");
    std::optional<QString> ageClass = QString();    // default: not by age
};

// One plain value (not by industry, sex total, no age class) of Store::plainValues.
struct PlainValue
{
    QString indicator;
    int year = 0;
    QString region;
    double value = 0;
};

struct SeriesPoint
{
    int year = 0;
    double value = 0;
};

class Store
{
public:
    static constexpr int kSchemaVersion = 4;
    // PRAGMA application_id of a RegionLens store ("RLns"); stores made
    // before it was set are recognised by their meta table and stamped.
    static constexpr int kApplicationId = 0x524c6e73;
    // Above this size the check on opening (PRAGMA quick_check, which reads
    // every page: about 0.2 s for 30 MB on a 2-core PC) is skipped; damage
    // is then noticed by the reads that meet it (damageSeen()).
    static constexpr qint64 kQuickCheckLimit = 256LL * 1024 * 1024;

    // Why open() or openReadOnly() failed, for a front end's own wording.
    enum class OpenProblem { None, Damaged, Foreign, Other };

    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Whether open() runs the damage check (PRAGMA quick_check) itself, or
    // leaves it to the caller (the GUI runs it on a worker, beside the
    // catalogue, with openReadOnly(path, true)). A store that needs a
    // migration is checked before it is written either way.
    enum class DamageCheck { OnOpen, ByCaller };

    // Opens (creating if needed) and migrates to targetVersion. Tests pass an
    // older version to build a store as an earlier release left it.
    bool open(const QString &path, int targetVersion = kSchemaVersion, DamageCheck check = DamageCheck::OnOpen);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    OpenProblem openProblem() const { return m_openProblem; }
    // True once a read or write of any store in this process met
    // SQLITE_CORRUPT or SQLITE_NOTADB: the CLI then exits non-zero.
    static bool damageSeen();
    static void noteError(int sqliteCode);   // records SQLITE_CORRUPT / SQLITE_NOTADB
    int schemaVersion() const;
    QSqlDatabase database() const;

    static QString defaultPath();

    // --- reads on other threads ---
    // A Qt SQL connection may only be used on the thread that opened it, so a
    // worker cannot read through this Store. It can read through a second,
    // read-only connection to the same file (WAL: readers and the writer do
    // not block each other).
    //
    // True when the store is open on a file (not in memory), so that
    // threadReader(path()) reaches the same data.
    bool readableFromOtherThreads() const;
    // Opens path read-only: no migration, no write. Checks that the file is
    // a RegionLens store and (when check, and not above kQuickCheckLimit)
    // that it is not damaged; threadReader() skips that check.
    bool openReadOnly(const QString &path, bool check = true);
    // The calling thread's read-only Store on path, opened on first use and
    // kept for the next call on the same thread (one per thread, reopened
    // when the path or the file changes); closed when the thread finishes.
    // On failure it is not open (isOpen() false, errorString() says why) and
    // every read returns nothing.
    static const Store &threadReader(const QString &path);

    // --- counting statements (for tests: "a region pick runs no SQL on the GUI thread") ---
    // Every statement run on a Store's connection (Qt queries and the bulk
    // writers alike, not the statements inside triggers) is counted for the
    // thread that runs it: a hook on each connection that costs an increment.
    // The statements run so far on the calling thread, by any Store.
    static quint64 statementCount();
    // While on, the calling thread also keeps the text of its statements
    // (for a test's failure message); takeStatementLog() returns and clears it.
    static void setStatementLog(bool on);
    static QStringList takeStatementLog();

    // Runs work inside BEGIN IMMEDIATE … COMMIT; rolls back when work returns
    // false (setting errorString to *error) or when the commit fails.
    bool transaction(const std::function<bool(QString *error)> &work);

    // --- writes (each must run inside transaction()) ---
    bool writeRegions(const QList<Region> &regions, QString *error);
    bool writeRegionGroups(const QList<RegionGroup> &groups, QString *error);
    bool writeIndustries(const QList<Industry> &industries, QString *error);
    bool writeIndicator(const IndicatorInfo &info, QString *error);
    // Many indicators with one prepared statement (the starter pack has 451).
    bool writeIndicators(const QList<IndicatorInfo> &infos, QString *error);
    bool writeBoundaries(RegionLevel level, const QString &source,
                         const QList<BoundaryFeature> &features, QString *error);
    bool logImport(const QString &file, const QString &format, const QString &indicator,
                   qint64 stored, qint64 skipped, QString *error);
    // Runs work, which adds about newRows rows to table, inside the current
    // transaction. For a large write into a table that holds fewer rows than
    // that, the table's secondary indexes are dropped first and rebuilt after
    // work (one sort instead of a random B-tree insert per row); both happen
    // in the same transaction, so a failure, a rollback or a crash leaves
    // them as they were.
    bool bulkWrite(const QString &table, qint64 newRows, const std::function<bool(QString *error)> &work,
                   QString *error);

    // --- reads ---
    bool isEmpty() const;   // no indicator yet
    QList<Region> regions(std::optional<RegionLevel> level = std::nullopt) const;
    std::optional<Region> region(const QString &code) const;
    QList<RegionGroup> regionGroups() const;
    QList<Industry> industries() const;
    QList<IndicatorInfo> indicators() const;
    std::optional<IndicatorInfo> indicator(const QString &id) const;
    QList<int> years(const QString &indicator, std::optional<RegionLevel> level = std::nullopt) const;
    QStringList industriesOf(const QString &indicator) const;
    // years() of every observation indicator at once (one statement): indicator → its
    // years with a value at level, ascending.
    QHash<QString, QList<int>> yearsAtLevel(RegionLevel level) const;
    // The plain values (no industry, sex total, no age class; status "" and a
    // value) of each (indicator, year) asked, every region: one statement
    // (the comparison page's profile reads a theme's indicators with it).
    QList<PlainValue> plainValues(const QList<std::pair<QString, int>> &wanted) const;
    QList<Observation> observations(const ObservationQuery &query) const;
    QHash<QString, double> values(const ObservationQuery &query) const;   // region → value
    QList<SeriesPoint> series(const QString &indicator, const QString &region,
                              const QString &industry = QString(),
                              const QString &sex = QStringLiteral("total"),
                              const QString &ageClass = QString()) const;
    QList<Flow> flows(const QString &indicator, std::optional<int> year = std::nullopt) const;
    QList<BoundaryFeature> boundaries(RegionLevel level) const;
    qint64 observationCount(const QString &indicator = QString()) const;

private:
    bool fail(const QString &message) const;
    // "" or why the file behind db may not be used (foreign, damaged).
    QString checkFile(const QSqlDatabase &db, const QString &path, bool check);

    QString m_connection;
    QString m_path;
    mutable QString m_error;
    OpenProblem m_openProblem = OpenProblem::None;
};

// A row for the bulk writers, text in UTF-8 (the views need to stay valid
// only during the call).
struct Utf8Row
{
    QByteArrayView region;      // the origin for flows
    QByteArrayView other;       // the industry for observations, the destination for flows
    int year = 0;
    QByteArrayView sex;
    QByteArrayView ageClass;
    double value = 0;           // stored as NULL when status is set or the value is not finite
    QByteArrayView status;
    // Observations only: when not empty, the indicator of this row instead of
    // the writer's, so that one writer (one set of statements, one set of
    // region codes checked) stores many indicators. Flows ignore it.
    QByteArrayView indicator;
};

class BulkInsert;       // storewriters.cpp: the SQLite statements of a writer
class SeriesResolver;   // storewriters.cpp: series ids and region checks of an observation writer

// Prepared bulk writers; use inside Store::transaction(). They talk to SQLite
// directly (through the Qt driver's handle) with reused statements. write()
// stores one row; writeRows() stores many, several rows per statement, and
// takes UTF-8 text, which callers holding a string pool convert once rather
// than once per row.
class ObservationWriter
{
public:
    ObservationWriter(const Store &store, const QString &indicator);
    ~ObservationWriter();
    ObservationWriter(const ObservationWriter &) = delete;
    ObservationWriter &operator=(const ObservationWriter &) = delete;

    bool write(const Observation &observation, QString *error);
    // Utf8Row::other is the industry. The rows are inserted in primary-key
    // order (series, year, region; a later row of the same key still wins), and
    // new series get their ids in the order of the rows. On an error, *error
    // names a row that failed.
    bool writeRows(const Utf8Row *rows, qsizetype count, QString *error);
    qint64 written() const { return m_written; }

private:
    bool fail(const Utf8Row &row, const QString &why, QString *error) const;

    QString m_indicator;
    std::unique_ptr<BulkInsert> m_insert;
    std::unique_ptr<SeriesResolver> m_series;
    std::vector<qint64> m_ids;        // series id of each row of a writeRows() call
    std::vector<qsizetype> m_order;   // the rows in primary-key order, when they were not
    qint64 m_written = 0;
};

class FlowWriter
{
public:
    FlowWriter(const Store &store, const QString &indicator);
    ~FlowWriter();
    FlowWriter(const FlowWriter &) = delete;
    FlowWriter &operator=(const FlowWriter &) = delete;

    bool write(const Flow &flow, QString *error);
    // Utf8Row::region is the origin, Utf8Row::other the destination.
    bool writeRows(const Utf8Row *rows, qsizetype count, QString *error);
    qint64 written() const { return m_written; }

private:
    bool fail(const Utf8Row &row, const QString &why, QString *error) const;

    QString m_indicator;
    std::unique_ptr<BulkInsert> m_insert;
    qint64 m_written = 0;
};

} // namespace regionlens::datasets
