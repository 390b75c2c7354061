// SPDX-License-Identifier: GPL-3.0-or-later
// What the analysis commands (lq, shift-share, indices, flows, gravity)
// share: where the data comes from (--input FILE or the store's
// --indicator), option parsing, CSV/JSON output and the reporting of the
// analysis results' warnings on stderr.
#pragma once

#include "cli.h"
#include "tablewriter.h"

#include "analysis/analysiscommon.h"
#include "datasets/adapters/flowsadapter.h"
#include "datasets/adapters/industrytables.h"
#include "datasets/matrixadapter.h"
#include "datasets/store.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>
#include <vector>

namespace regionlens::cli::support {

// A result table: QString, int/qint64 or double cells (NaN → empty / null).
struct OutputTable
{
    QStringList columns;
    QList<QVariantList> rows;
};

// "regionlens-cli lq: " — the prefix of every message of a command.
QString prefix(const Context &ctx);

bool parseFormat(Context &ctx, OutputFormat *format);
// The table through a TableWriter (tablewriter.h); commands with many rows
// write through one themselves rather than build an OutputTable.
void writeTable(Context &ctx, const OutputTable &table, OutputFormat format);

// An integer option: absent → *value untouched (returns true); present but
// not an integer ≥ minimum → message and false.
bool intOption(Context &ctx, const QString &name, int minimum, std::optional<int> *value);
// One of the allowed values (the first is the default when absent).
bool choiceOption(Context &ctx, const QString &name, const QStringList &allowed, QString *value);

// The year to analyse: --NAME when given (must be one of years), else the
// only year there is.
bool pickYear(Context &ctx, const QString &name, const QList<int> &years, const QString &source, int *year);

bool openStore(Context &ctx, datasets::Store &store);

// Warnings of an analysis result, on stderr, with row/column indices turned
// into codes ("region 13, industry G").
struct Labels
{
    QString rowKind;        // "region", "origin"
    QStringList rows;
    QString columnKind;     // "industry", "destination"
    QStringList columns;
};
void reportWarnings(Context &ctx, const std::vector<analysis::Warning> &warnings, const Labels &labels);
// An error among the warnings (a national total of zero, suppressed or too
// large, no industries …) means there is no result to write: says so on
// stderr and returns false (the command exits BadInput, stdout empty).
bool resultIsUsable(Context &ctx, const std::vector<analysis::Warning> &warnings, const QString &source);

// --- region × industry data ---
// Where the rows come from — a tidy file (--input FILE --measure M, read
// here) or the store (--indicator ID [--level L], read by the adapter) —
// and the conventions the options state (--reference, --group). Each
// command builds its adapter request on `request` and loads through
// loadInputs(), so a file and the store give the same Inputs.
struct IndustrySource
{
    QString label;                              // "data.csv" or "indicator 'employees'"
    datasets::ObservationColumns rows;          // --input: the measure's rows, every year, "00" included
    std::shared_ptr<datasets::Store> store;     // --indicator: the open store
    QList<int> years;                           // ascending
    datasets::IndustryTableRequest request;     // indicator, level, nation, aggregates, groups
};

// Returns Ok or the exit code to return.
int openIndustrySource(Context &ctx, IndustrySource *source);

template<typename Request>
auto loadInputs(const IndustrySource &source, Request request)
{
    static_cast<datasets::IndustryTableRequest &>(request) = source.request;
    // Unqualified: found by argument-dependent lookup among the adapters' load().
    if (source.store)
        return load(*source.store, request);
    // An adapter without a load() for columns gets the rows as Observation values.
    if constexpr (requires { load(source.rows, request); })
        return load(source.rows, request);
    else
        return load(source.rows.toObservations(), request);
}

// --reference national: every year used must have the nation's "00" rows;
// false after a message otherwise.
bool checkNationRows(Context &ctx, const datasets::IndustryTables &data);

// The conventions actually used, one "note:" line each on stderr.
void reportConventions(Context &ctx, const datasets::ConventionsUsed &used);

// --- origin × destination data ---
// The flows adapter's Inputs from the command line: --input FILE (long OD
// table) or --indicator ID (a flow indicator of the store); --year Y (needed
// when there are several); --level prefecture|municipality (default: the
// store's prefecture flows, a file's own level); population for rates from
// --population FILE (tidy, measure population) or --population-indicator ID
// ("none": no population); without either, `fallback` (flows: the store's
// default population for --indicator, none for a file; gravity: none).
struct FlowSource
{
    QString label;                          // "od.csv" or "indicator 'migration'"
    datasets::flows::Inputs inputs;
};
int loadFlows(Context &ctx, const datasets::flows::Request &request, datasets::flows::PopulationSource fallback,
              FlowSource *source);

// The adapter's conventions as notes, its warnings (labelled with origin and
// destination codes) and its left-out flows, on stderr.
void reportFlowNotes(Context &ctx, const datasets::flows::Result &result, bool ageWarnings = false);

} // namespace regionlens::cli::support
