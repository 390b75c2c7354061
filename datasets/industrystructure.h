// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs and results of the 産業構造 (industry structure) view: location
// quotients of one measure for every prefecture (and aggregated groups), and
// the 稼ぐ力 inputs (value-added LQ, relative labour productivity, employees)
// on the 県民経済計算 activities via the JSIC concordance.
// load…() reads the store (call on the thread that owns it); compute…() is
// pure and may run on a worker thread.
#pragma once

#include "matrixadapter.h"
#include "valuegrid.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace regionlens::datasets {

class Store;

// A group of regions treated as one (e.g. 東京圏): its rows are summed.
struct RegionAggregate
{
    QString code;        // row code in the results, e.g. "group:tokyo_area"
    QStringList members; // prefecture codes
};

struct IndustryStructureInputs
{
    QString indicator;   // "employees", "establishments" or "gdp_nominal"
    int year = 0;
    IndustryTable table; // prefectures × industries of indicator

    // 稼ぐ力: value added (県民経済計算 activities) and employees (JSIC
    // divisions summed to activities by the concordance).
    int valueAddedYear = 0;   // fiscal year
    int employeesYear = 0;
    IndustryTable valueAdded;
    IndustryTable employees;

    QList<RegionAggregate> aggregates;
};

struct IndustryStructure
{
    QStringList regions;      // 47 prefectures then the aggregates' codes
    QStringList industries;   // columns of lq
    ValueGrid values;         // the measure
    ValueGrid lq;
    int year = 0;

    QStringList activities;   // columns of the 稼ぐ力 grids
    ValueGrid valueAddedLq;
    ValueGrid relativeProductivity;
    ValueGrid employees;      // on activities
    int valueAddedYear = 0;
    int employeesYear = 0;
    QStringList warnings;     // English, from the analysis layer

    int row(const QString &region) const { return int(regions.indexOf(region)); }
};

// Industry columns used for an indicator: JSIC A..R for the census measures,
// S01..S16 for value added (aggregates and the total left out).
QStringList industryColumns(const Store &store, const QString &indicator);

IndustryStructureInputs loadIndustryStructure(const Store &store, const QString &indicator, int year,
                                              const QList<RegionAggregate> &aggregates = {});

IndustryStructure computeIndustryStructure(const IndustryStructureInputs &inputs);

// Sums the rows of the members into one row per aggregate, appended below
// the table's rows (codes = aggregate codes). Missing members are skipped.
IndustryTable appendAggregates(const IndustryTable &table, const QList<RegionAggregate> &aggregates);

} // namespace regionlens::datasets
