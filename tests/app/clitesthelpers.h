// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the tests that drive regionlens-cli's analysis commands as a
// process (test_cli_analysis, test_cli_conventions): running the CLI,
// reading its CSV, and the small tidy files worked by hand.
#pragma once

#include "testhelpers.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>

namespace regionlens::test::cli {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// A CSV result: header names → field, one hash per row.
using Row = QHash<QString, QString>;

inline QList<Row> parseCsv(const QString &text)
{
    QList<Row> rows;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return rows;
    const QStringList header = lines.first().split(u',');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(u',');
        Row row;
        for (qsizetype c = 0; c < header.size() && c < fields.size(); ++c)
            row.insert(header.at(c), fields.at(c));
        rows.append(row);
    }
    return rows;
}

// The row whose key columns have the given values, or an empty row.
inline Row find(const QList<Row> &rows, const QHash<QString, QString> &keys)
{
    for (const Row &r : rows) {
        bool match = true;
        for (auto it = keys.constBegin(); it != keys.constEnd() && match; ++it)
            match = r.value(it.key()) == it.value();
        if (match)
            return r;
    }
    return {};
}

inline double num(const Row &row, const QString &column)
{
    bool ok = false;
    const double v = row.value(column).toDouble(&ok);
    return ok ? v : std::nan("");
}

// Runs regionlens-cli (REGIONLENS_CLI) with args and waits for it.
inline Run run(const QStringList &args)
{
    QProcess p;
    p.setProgram(QString::fromUtf8(REGIONLENS_CLI));
    p.setArguments(args);
    p.start();
    if (!p.waitForFinished(180000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// Writes bytes to name in dir; the path.
inline QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// The 2 × 2 example used by lq, indices and shift-share (employees):
//            2020        2021        2022
//          A    B      A    B      A    B
//   01    30   10     33   12     33   12
//   02    20   40     22   53     22   65
//   Σ     50   50     55   65     55   77
// and, in a second measure "jobs", a nation row 00 (A = 100, B = 300,
// TOTAL = 400) for 2020.
inline constexpr char kTidy2x2[] =
    "region_code,industry_code,year,measure,value,unit\n"
    "01,A,2020,employees,30,人\n01,B,2020,employees,10,人\n"
    "02,A,2020,employees,20,人\n02,B,2020,employees,40,人\n"
    "01,A,2021,employees,33,人\n01,B,2021,employees,12,人\n"
    "02,A,2021,employees,22,人\n02,B,2021,employees,53,人\n"
    "01,A,2022,employees,33,人\n01,B,2022,employees,12,人\n"
    "02,A,2022,employees,22,人\n02,B,2022,employees,65,人\n";

// The same regions in another column order, with the nation.
inline constexpr char kTidyNation[] =
    "value,measure,year,industry_code,region_code,region_name\n"
    "30,jobs,2020,A,01,北海道\n10,jobs,2020,B,01,北海道\n40,jobs,2020,TOTAL,01,北海道\n"
    "20,jobs,2020,A,02,青森県\n40,jobs,2020,B,02,青森県\n60,jobs,2020,TOTAL,02,青森県\n"
    "100,jobs,2020,A,00,全国\n300,jobs,2020,B,00,全国\n400,jobs,2020,TOTAL,00,全国\n";

// kTidyNation with 10 unclassified jobs in 01's TOTAL (TOTAL ≠ A + B there):
//           A    B   TOTAL
//   01     30   10    50
//   02     20   40    60
//   00    100  300   400
inline constexpr char kTidyUnclassified[] =
    "region_code,industry_code,year,measure,value\n"
    "01,A,2020,jobs,30\n01,B,2020,jobs,10\n01,TOTAL,2020,jobs,50\n"
    "02,A,2020,jobs,20\n02,B,2020,jobs,40\n02,TOTAL,2020,jobs,60\n"
    "00,A,2020,jobs,100\n00,B,2020,jobs,300\n00,TOTAL,2020,jobs,400\n";

} // namespace regionlens::test::cli
