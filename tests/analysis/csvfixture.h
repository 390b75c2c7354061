// SPDX-License-Identifier: GPL-3.0-or-later
// Test-only CSV reading for the analysis tests: loads the tidy starter tables
// and shared data files with QFile and pivots them into Eigen matrices. The
// analysis library itself never sees Qt; this header lives in tests/ only.
#pragma once

#include "testhelpers.h"

#include <Eigen/Core>

#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <limits>

namespace regionlens::test {

struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QString error;

    int column(const QString &name) const { return int(header.indexOf(name)); }
    bool isValid() const { return error.isEmpty() && !header.isEmpty(); }
};

// Plain comma-separated UTF-8 (optional BOM), no quoted fields: the layout of
// datasets/starter/*.csv and the shared files used here.
inline CsvTable readCsv(const QString &path)
{
    CsvTable table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        table.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return table;
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            continue;
        QStringList fields = line.split(QLatin1Char(','));
        if (table.header.isEmpty())
            table.header = fields;
        else
            table.rows.push_back(fields);
    }
    return table;
}

inline QString starterPath(const QString &file)
{
    return sourceDir() + QStringLiteral("/datasets/starter/") + file;
}

// A long table pivoted into rows × columns; NaN where no row supplied a cell.
struct Pivot
{
    QStringList rows;
    QStringList columns;
    Eigen::MatrixXd values;

    int row(const QString &key) const { return int(rows.indexOf(key)); }
    int col(const QString &key) const { return int(columns.indexOf(key)); }
};

// Rows keyed by rowField (sorted), columns by colField (in columnOrder, or
// sorted when empty; keys outside columnOrder are skipped), values from
// valueField; keep() filters the records.
inline Pivot pivot(const CsvTable &table, const QString &rowField, const QString &colField,
                   const QString &valueField, const std::function<bool(const QStringList &)> &keep,
                   const QStringList &columnOrder = {})
{
    Pivot p;
    const int rc = table.column(rowField);
    const int cc = table.column(colField);
    const int vc = table.column(valueField);
    if (rc < 0 || cc < 0 || vc < 0)
        return p;
    QStringList rowKeys, colKeys;
    for (const QStringList &r : table.rows) {
        if (r.size() <= std::max({rc, cc, vc}) || !keep(r))
            continue;
        if (!rowKeys.contains(r[rc]))
            rowKeys << r[rc];
        if (columnOrder.isEmpty() && !colKeys.contains(r[cc]))
            colKeys << r[cc];
    }
    rowKeys.sort();
    colKeys.sort();
    p.rows = rowKeys;
    p.columns = columnOrder.isEmpty() ? colKeys : columnOrder;
    QHash<QString, int> rowIndex, colIndex;
    for (int i = 0; i < p.rows.size(); ++i)
        rowIndex.insert(p.rows[i], i);
    for (int j = 0; j < p.columns.size(); ++j)
        colIndex.insert(p.columns[j], j);
    p.values = Eigen::MatrixXd::Constant(p.rows.size(), p.columns.size(),
                                         std::numeric_limits<double>::quiet_NaN());
    for (const QStringList &r : table.rows) {
        if (r.size() <= std::max({rc, cc, vc}) || !keep(r))
            continue;
        const auto ci = colIndex.constFind(r[cc]);
        if (ci == colIndex.cend())
            continue;
        bool ok = false;
        const double v = r[vc].toDouble(&ok);
        p.values(rowIndex.value(r[rc]), ci.value()) = ok ? v : std::numeric_limits<double>::quiet_NaN();
    }
    return p;
}

// JSIC divisions A … R as used by the starter establishment tables.
inline QStringList jsicDivisions()
{
    QStringList codes;
    for (char c = 'A'; c <= 'R'; ++c)
        codes << QString(QLatin1Char(c));
    return codes;
}

// Index of the largest finite value in a row, -1 if none.
inline int argMaxRow(const Eigen::MatrixXd &m, Eigen::Index row)
{
    int best = -1;
    for (Eigen::Index c = 0; c < m.cols(); ++c)
        if (std::isfinite(m(row, c)) && (best < 0 || m(row, c) > m(row, best)))
            best = int(c);
    return best;
}

} // namespace regionlens::test
