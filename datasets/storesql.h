// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the store's source files (store.cpp: connections and catalogue
// writes, storereads.cpp: reads, storewriters.cpp: the bulk writers). Not
// part of the store's interface.
#pragma once

#include <QSqlDatabase>
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

} // namespace regionlens::datasets::storesql
