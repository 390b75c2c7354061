// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the importer (importer.cpp): checks every import passes
// whichever importer read it, and the helpers commitImport() uses for
// indicators the store already holds. Not part of the datasets interface.
#pragma once

#include "importer.h"

namespace regionlens::datasets::importguards {

// Indicator ids obey importsupport::isValidIndicatorId; codes (region,
// industry, sex, age class) are at most 64 characters: errors in result.
void checkIdentifiers(ImportResult &result, int maxIssues);

// Where a staged record came from, for an issue: its line, or 0 when the
// record's "line" is not a line of the file (e-Stat JSON: the position in
// DATA_INF.VALUE, named by recordPlace() instead).
qint64 issueLine(const ImportResult &result, qint64 recordLine);
// "line 3" or "VALUE[2]".
QString recordPlace(const ImportResult &result, qint64 recordLine);

// The stored values of an indicator (observations or flows); -1 with *error.
qint64 storedValues(const Store &store, const IndicatorInfo &info, QString *error);
// Removes them (inside the caller's transaction).
bool removeValues(const Store &store, const IndicatorInfo &info, QString *error);
// The stored indicator's details after an append: the file's source added.
IndicatorInfo appended(IndicatorInfo stored, const IndicatorInfo &file);
// The first cell of the file that would change a value of the bundled
// indicator result.indicators[indicator], as text, or "" when none would.
QString bundledChange(const Store &store, const ImportResult &result, qint32 indicator);

} // namespace regionlens::datasets::importguards
