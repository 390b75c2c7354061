// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the analysis pages' municipal-level tests: a fresh starter store
// with the real N03 municipal boundaries (../shared/data) imported through
// the importer, and figures read straight from the source files (the starter
// CSV of municipal establishments/employees, SSDSE-A) without the store or
// the analysis layer.
#pragma once

#include "testhelpers.h"

#include "datasets/importer.h"
#include "datasets/starterpack.h"
#include "datasets/store.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QStringList>

#include <cmath>

namespace regionlens::test {

// The N03 TopoJSON (2021, 1 % simplified, designated cities whole), whose
// N03_007 codes are the starter pack's 1,741 municipalities; "" when absent.
inline QString n03File()
{
    const QString data = sharedDataDir();
    if (data.isEmpty())
        return {};
    const QString file = QDir(data).filePath(
        QStringLiteral("boundaries_n03_2021_smartnews/original/topojson_s0010_N03-21_210101_designated_city.json"));
    return QFile::exists(file) ? file : QString();
}

inline bool importFile(datasets::Store &store, datasets::ImportRequest request, QString *error)
{
    request.regions = store.regions();
    const datasets::ImportResult result = datasets::readImport(request);
    if (!result.ok()) {
        *error = result.errorString();
        return false;
    }
    return datasets::commitImport(store, result, error);
}

// A new starter store at path with the N03 municipal boundaries imported.
inline bool openMunicipalStore(datasets::Store &store, const QString &path, QString *error)
{
    if (!datasets::openOrCreateStore(store, path, error))
        return false;
    datasets::ImportRequest request;
    request.fileName = n03File();
    return importFile(store, request, error);
}

// One value per line of the starter CSV municipality_code,year,industry_code,measure,value.
struct StarterRow
{
    QString code;
    int year = 0;
    QString industry;
    QString measure;
    double value = 0;
};

inline QList<StarterRow> starterMunicipalRows()
{
    QList<StarterRow> rows;
    QFile file(sourceDir() + QStringLiteral("/datasets/starter/establishments_employees_municipality.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    file.readLine();
    while (!file.atEnd()) {
        const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        if (f.size() == 5)
            rows.append({f[0], f[1].toInt(), f[2], f[3], f[4].toDouble()});
    }
    return rows;
}

// LQ from the CSV: (x_mi / Σ_i x_mi) / (Σ_m x_mi / Σ_m Σ_i x_mi), JSIC
// divisions only (TOTAL left out), nation = all 1,741 municipalities.
inline double csvMunicipalLq(const QList<StarterRow> &rows, const QString &code, const QString &industry, int year,
                             const QString &measure)
{
    double own = 0, ownTotal = 0, nation = 0, nationTotal = 0;
    for (const StarterRow &r : rows) {
        if (r.year != year || r.measure != measure || r.industry == u"TOTAL")
            continue;
        nationTotal += r.value;
        if (r.industry == industry)
            nation += r.value;
        if (r.code == code) {
            ownTotal += r.value;
            if (r.industry == industry)
                own += r.value;
        }
    }
    return (own / ownTotal) / (nation / nationTotal);
}

// Σ over JSIC divisions of one municipality ("" = all) in one year.
inline double csvMunicipalSum(const QList<StarterRow> &rows, const QString &code, int year, const QString &measure)
{
    double sum = 0;
    for (const StarterRow &r : rows)
        if (r.year == year && r.measure == measure && r.industry != u"TOTAL" && (code.isEmpty() || r.code == code))
            sum += r.value;
    return sum;
}

// The SSDSE-A file (UTF-8 copy) as code → item code → value; row 1 holds the
// item codes, rows 4… the municipalities ("R" + five digits).
inline QHash<QString, QHash<QString, double>> ssdseItems(const QString &file, const QStringList &items)
{
    QHash<QString, QHash<QString, double>> out;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QStringList header = QString::fromUtf8(f.readLine()).trimmed().split(u',');
    f.readLine();
    f.readLine();
    while (!f.atEnd()) {
        const QStringList cells = QString::fromUtf8(f.readLine()).trimmed().split(u',');
        if (cells.isEmpty() || !cells.first().startsWith(u'R'))
            continue;
        for (const QString &item : items) {
            const qsizetype c = header.indexOf(item);
            if (c >= 0 && c < cells.size())
                out[cells.first().mid(1)].insert(item, cells.at(c).toDouble());
        }
    }
    return out;
}

} // namespace regionlens::test
