// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migrations of the store: migration N takes a store from version N-1
// to version N. Never edit a released migration; append a new one.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace regionlens::datasets::schema {

int currentVersion(const QSqlDatabase &db);
// Applies migrations up to targetVersion, each in its own transaction.
bool migrate(QSqlDatabase &db, int targetVersion, QString *error);

} // namespace regionlens::datasets::schema
