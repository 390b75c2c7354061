// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the import machinery: the concrete importers (one factory per
// format) and helpers they share. Applications use importer.h.
#pragma once

#include "importer.h"
#include "importsupport.h"

#include <memory>

namespace regionlens::datasets::importformats {

std::unique_ptr<Importer> makeEStatCsvImporter();
std::unique_ptr<Importer> makeEStatJsonImporter();
std::unique_ptr<Importer> makeTidyImporter();
std::unique_ptr<Importer> makeOdLongImporter();
std::unique_ptr<Importer> makeOdWideImporter();
std::unique_ptr<Importer> makeSsdseImporter();
std::unique_ptr<Importer> makeGeoJsonImporter();
std::unique_ptr<Importer> makeTopoJsonImporter();
std::unique_ptr<Importer> makeGeoPackageImporter();

// Starts a result for request: file name, format; loads the bytes (from
// request.data or the file). False (with an error issue) when unreadable.
bool loadBytes(const ImportRequest &request, const QString &format, ImportResult *result, QByteArray *bytes);
// loadBytes + decodeText; false (with an error issue) when not text.
bool loadText(const ImportRequest &request, const QString &format, ImportResult *result, QString *text);

// Reports records that share a key (indicator, region(s), industry, sex, age,
// year): the file has a dimension that is not mapped, or repeats rows.
void checkDuplicateKeys(ImportResult *result, int maxIssues);

// Throttled progress: calls progress every 'every' steps; false when cancelled.
class ProgressTicker
{
public:
    ProgressTicker(const ImportProgress &progress, qint64 every = 16384) : m_progress(progress), m_every(every) {}
    bool tick(double fraction)
    {
        if (!m_progress || ++m_count % m_every != 0)
            return true;
        return m_progress(fraction);
    }
    bool force(double fraction) { return !m_progress || m_progress(fraction); }

private:
    const ImportProgress &m_progress;
    qint64 m_every;
    qint64 m_count = 0;
};

// request.indicator, or an id made from the file name ("c01.csv" → "c01").
QString defaultIndicatorId(const ImportRequest &request);

// What a column (or an e-Stat API dimension) holds, from its name.
enum class ColumnRole { Ignore, Region, Time, Sex, Age, Industry, Measure, Unit, Value, Unknown };
ColumnRole roleOfName(const QString &name);
QString roleName(ColumnRole role);
// Age class code for a label ("0～4歳" → "0-4", "15歳未満" → "0-14"); *notStated for 年齢不詳.
QString ageClassOf(const QString &label, bool *notStated);
// Industry code for an e-Stat category code or name; "" when unknown.
QString industryOf(const QString &code, const QString &name);

// Several measures of one file (e-Stat 表章項目 @tab) become indicators
// <id>_<measure code>: the code must be usable in an id (letters, digits,
// '_', '.', '-', at most 32 characters); otherwise an error naming it.
bool checkMeasureCode(ImportResult &result, const QString &code, int maxIssues);

// Indicator definition for an imported file.
IndicatorInfo importedIndicator(const QString &id, const QString &nameJa, const QString &unit,
                                const QString &kind, const QString &fileName, const QString &format);

} // namespace regionlens::datasets::importformats
