// SPDX-License-Identifier: GPL-3.0-or-later
// The wide CSV layout of an input–output table (the command line's stable
// contract, issue 10; also what `import` reads), and the demand file of
// `regionlens-cli io impact`.
//
// Wide layout:
//   header  sector, S1 … Sn, final-demand columns…, [imports…], [output]
//   rows    S1 … Sn (same names, same order as the columns),
//           value-added rows…, [employees], [output]
// - Sector block: the leading rows whose label equals the header's column in
//   the same place (row k ↔ column k + 1).
// - Final-demand columns: any names. Exports: `exports`, `輸出`, `移輸出`,
//   `輸移出` (also `輸出・移出`, `移出`). Recognised for type II and the
//   circulation: 民間消費支出 / household consumption, 家計外消費支出,
//   一般政府消費支出 / government consumption, 総固定資本形成 / investment,
//   在庫純増 / inventory; any other name is "other final demand".
// - Imports: `imports`, `輸入`, `移輸入`, `輸移入` (also with (控除)/（控除）),
//   negative as published or positive: a column whose sum is negative is negated.
// - Output: a column and/or a row named `output` (or 生産額, 県内生産額,
//   域内生産額, 国内生産額, 市内生産額). The column is used when both are given
//   (a difference is noted); without either, output = Σ inputs + Σ value added.
// - Value-added rows: any names; `雇用者所得` or `compensation` is
//   compensation of employees; 家計外消費支出, 営業余剰, 資本減耗引当, 間接税 and
//   補助金 are recognised. A row named `employees` (従業者数, 就業者数) gives
//   persons by sector (employment figures), not value added.
// - Subtotals (内生部門計, 粗付加価値部門計, 最終需要計, total …) are left out
//   (noted), so that a pasted official table is not counted twice.
// - Cells: numbers as in official tables ("1,234", "△12"); empty cells and
//   the nil symbols ("-", "…", "x") are 0. Amounts in any unit, used as given.
// Problems reject the file with the file, the line and the column.
#pragma once

#include "analysis/inputoutput.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace regionlens::datasets::iowide {

// A rejected input: "file:line: column 3 "B": message".
struct Problem
{
    QString file;
    int line = 0;            // 1-based; 0 = the file as a whole
    int column = 0;          // 1-based; 0 = the row as a whole
    QString columnName;
    QString message;

    QString text() const;
};

struct WideTable
{
    QString file;
    analysis::IoTable table;          // imports positive; output as given or computed
    // What the reader recognised, for the conventions notes.
    QStringList exportColumns;
    QStringList importColumns;
    QStringList negatedImportColumns; // published negative, negated
    QStringList consumptionColumns;   // 民間消費支出
    QStringList compensationRows;     // 雇用者所得
    QString outputSource;             // "column \"output\"", "row \"output\"", "" (computed)
    QStringList skipped;              // subtotal rows and columns left out
    QStringList notes;                // e.g. output row ≠ output column
};

// Reads and decodes (UTF-8 or Shift_JIS) a file.
bool readWideTable(const QString &path, WideTable *out, Problem *problem);
// Parses decoded text; file is used in messages.
bool parseWideTable(const QString &text, const QString &file, WideTable *out, Problem *problem);

// A demand file: `sector,amount` (header required; columns in any order; a
// sector listed twice is summed).
struct DemandEntry
{
    QString sector;
    double amount = 0.0;
    int line = 0;
};

struct DemandFile
{
    QString file;
    QList<DemandEntry> entries;
    int sectorColumn = 1;   // 1-based, for messages
};

bool readDemand(const QString &path, DemandFile *out, Problem *problem);
bool parseDemand(const QString &text, const QString &file, DemandFile *out, Problem *problem);

// The demand by sector in table order. An unknown sector is a problem naming
// its line and column.
bool demandBySector(const DemandFile &demand, const QStringList &sectors, QVector<double> *out, Problem *problem);

} // namespace regionlens::datasets::iowide
