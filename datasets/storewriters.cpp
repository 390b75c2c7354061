// SPDX-License-Identifier: GPL-3.0-or-later
// The prepared bulk writers (ObservationWriter, FlowWriter; see store.h):
// SQLite statements through the Qt driver's handle.
#include "store.h"

#include "storesql.h"

#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {
namespace {

using storesql::sqliteHandle;

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
        const auto values = [&](int rows) {
            QByteArray sql = QByteArray(head) + " VALUES ";
            for (int r = 0; r < rows; ++r) {
                sql += r ? ",(" : "(";
                if (!m_fixed.isNull())
                    sql += "?1,";
                // Plain "?": SQLite numbers them first, first + 1, … in order
                // (after ?1, the next "?" is 2), as bind() expects. "?NNN"
                // made each prepare look every number up among those before
                // it: a quarter of the starter pack's 451 writers' set-up.
                for (int k = 0; k < m_columns; ++k)
                    sql += k ? ",?" : "?";
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
                // SQLite rolled the whole transaction back (a full disk, an I/O
                // error): stop, a retry would run outside the transaction.
                if (storesql::transactionLost(m_db)) {
                    *failed = i;
                    return false;
                }
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
            *why = storesql::explainError(m_db);
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
        const QByteArrayView indicator = row.indicator.isEmpty() ? QByteArrayView(m_indicator) : row.indicator;
        if (m_last && row.other == m_lastIndustry && row.sex == m_lastSex && row.ageClass == m_lastAge
            && indicator == m_lastIndicator)
            return m_last;
        m_key.clear();
        m_key.append(indicator.data(), indicator.size()).append('\0');
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
                bindText(stmt, 1, indicator);
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
                *why = storesql::explainError(m_db);
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
        m_lastIndicator = indicator;
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
                                 : storesql::explainError(m_db);
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
    QHash<QByteArray, qint64> m_ids;   // "indicator\0industry\0sex\0age" → series id
    QSet<QByteArray> m_regions;        // codes known to exist
    QByteArray m_key;
    qint64 m_last = 0;
    QByteArrayView m_lastIndicator, m_lastIndustry, m_lastSex, m_lastAge;
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
    const Utf8Row row{region, industry, o.year, sex, age, o.value, status, {}};
    return writeRows(&row, 1, error);
}

bool ObservationWriter::writeRows(const Utf8Row *rows, qsizetype count, QString *error)
{
    QString why;
    m_ids.resize(size_t(count));
    m_series->clearLast();
    bool sorted = true;   // already in primary-key order (series, year, region)?
    for (qsizetype i = 0; i < count; ++i) {
        const Utf8Row &row = rows[i];
        if (!m_series->regionExists(row.region, &why))
            return fail(row, why, error);
        m_ids[size_t(i)] = m_series->series(row, &why);
        if (!m_ids[size_t(i)])
            return fail(row, why, error);
        if (sorted && i > 0) {
            const Utf8Row &before = rows[i - 1];
            const qint64 a = m_ids[size_t(i - 1)], b = m_ids[size_t(i)];
            sorted = a != b ? a < b : before.year != row.year ? before.year < row.year : before.region <= row.region;
        }
    }
    m_series->clearLast();
    // Rows in key order append to the B-tree instead of landing all over it
    // (fewer pages touched, none read back after the page cache spilled);
    // stable, so that of two rows with one key the later still wins.
    m_order.clear();
    if (!sorted) {
        m_order.resize(size_t(count));
        for (qsizetype i = 0; i < count; ++i)
            m_order[size_t(i)] = i;
        std::stable_sort(m_order.begin(), m_order.end(), [&](qsizetype x, qsizetype y) {
            const qint64 a = m_ids[size_t(x)], b = m_ids[size_t(y)];
            if (a != b)
                return a < b;
            if (rows[x].year != rows[y].year)
                return rows[x].year < rows[y].year;
            return rows[x].region < rows[y].region;
        });
    }
    const auto at = [&](qsizetype i) { return sorted ? i : m_order[size_t(i)]; };
    qsizetype failed = 0;
    const auto bind = [&](sqlite3_stmt *stmt, int p, qsizetype i) {
        const qsizetype k = at(i);
        const Utf8Row &row = rows[k];
        sqlite3_bind_int64(stmt, p, m_ids[size_t(k)]);
        sqlite3_bind_int(stmt, p + 1, row.year);
        bindText(stmt, p + 2, row.region);
        BulkInsert::bindValue(stmt, p + 3, row);
    };
    if (!m_insert->run(count, bind, &failed, &why))
        return fail(rows[at(failed)], why, error);
    m_written += count;
    return true;
}

bool ObservationWriter::fail(const Utf8Row &row, const QString &why, QString *error) const
{
    const QString indicator = row.indicator.isEmpty() ? m_indicator : QString::fromUtf8(row.indicator);
    *error = u"cannot store %1 %2 %3 %4: %5"_s.arg(indicator, QString::fromUtf8(row.region),
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
    const Utf8Row row{origin, destination, f.year, sex, age, f.value, status, {}};
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
