// SPDX-License-Identifier: GPL-3.0-or-later
// Input files of the analysis commands, read strictly: a tidy table
// (region_code,industry_code,year,measure,value in any order, optional
// region_name,industry_name,unit,sex,age_class), a long OD table
// (origin_code,destination_code,year,value, optional age_class,sex) and a
// distance table (origin_code,destination_code,distance). Rows become the
// store's Observation / Flow values (a tidy table: the columns of them) so
// that both the file and the store feed the same matrix adapters.
//
// Files are read as UTF-8 bytes (mapped, not copied; other encodings are
// decoded first) by datasets::CsvTokenizer, the importers' reader. A value
// that repeats (codes, years, measures, sexes, age classes) is checked once
// per distinct text and remembered; plain numbers are read in place with
// std::from_chars; everything else takes the full rule.
//
// Any problem rejects the whole file with one message naming the file, the
// line and the column, e.g.
//   data.csv:12: column "value": "abc" is not a number
// Empty values and the footnote symbols of official tables ("-", "x", "…")
// are missing cells (NaN), not errors.
#pragma once

#include "datasets/adapters/industrytables.h"
#include "datasets/store.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace regionlens::cli::tidyinput {

struct ObservationFile
{
    datasets::ObservationColumns rows;   // only the requested measure
    QStringList measures;                // every measure in the file, first-seen order
    QString unit;                        // the unit column of the kept rows, when present
};

// measure: keep only rows of this measure; empty keeps the file's only
// measure (an error when the file has several). requireIndustry = false
// accepts a file without an industry_code column (population for rates).
// Rows with a sex other than total or an age class other than TOTAL are
// skipped. A second row for the same region, industry and year is an error.
bool readObservations(const QString &path, const QString &measure, bool requireIndustry,
                      ObservationFile *out, QString *error);

// Long OD table; rows keep their sex and age class ("total" / "" when absent).
bool readFlows(const QString &path, QList<datasets::Flow> *out, QString *error);

// origin → destination → distance; a pair given in one direction only is
// used for both.
using DistanceTable = QHash<QString, QHash<QString, double>>;
bool readDistances(const QString &path, DistanceTable *out, QString *error);

// Population by sex and 5-year age (`project --input`): region_code, year,
// sex (male|female|total), age_class (0-4 … 80-84, 85+ or TOTAL, also as the
// census writes them: 0～4歳, 85歳以上, 総数), population (or value). A second
// row for the same region, year, sex and age class is an error.
bool readAgeTable(const QString &path, QList<datasets::Observation> *out, QString *error);

} // namespace regionlens::cli::tidyinput
