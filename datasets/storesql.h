// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the store's source files (store.cpp: connections and catalogue
// writes, storereads.cpp: reads, storewriters.cpp: the bulk writers). Not
// part of the store's interface.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

struct sqlite3;

namespace regionlens::datasets::storesql {

// Qt SQL binds a null QString as SQL NULL; text columns here are NOT NULL.
inline QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// The columns of an IndicatorInfo, in its order.
inline const QString kIndicatorColumns = QStringLiteral(
    "id, name_ja, name_en, unit_ja, unit_en, source_ja, source_en, licence, survey, kind, note_ja, note_en");

// The SQLite handle behind an open connection of the Qt driver; null otherwise.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// A failed statement's message with what it means for the user: a full disk
// (SQLITE_FULL) and write errors (SQLITE_IOERR) say that the disk is full or
// cannot be written, SQLITE_CORRUPT and SQLITE_NOTADB that the store is
// damaged, SQLITE_READONLY that it is read-only. Other messages unchanged.
QString explainError(int code, const QString &message);
QString explainError(sqlite3 *db);                 // the connection's last error
QString explainError(const QSqlError &error);      // a Qt query's error

// Declared after a read's QSqlQuery: when the query ended on an error (in
// exec() or in next(), where a damaged page shows up in the middle of a
// result), notes SQLITE_CORRUPT and SQLITE_NOTADB for Store::damageSeen().
class ReadCheck
{
public:
    explicit ReadCheck(const QSqlQuery &query) : m_query(query) {}
    ~ReadCheck();
    ReadCheck(const ReadCheck &) = delete;
    ReadCheck &operator=(const ReadCheck &) = delete;

private:
    const QSqlQuery &m_query;
};

// True when the connection is in no transaction (SQLite rolled back the
// one a write had begun, as it does on some full-disk and I/O errors).
bool transactionLost(sqlite3 *db);

} // namespace regionlens::datasets::storesql
