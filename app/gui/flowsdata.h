// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers behind the 人口移動 / Flows page: the flows of one year as read
// from the store (GUI thread) and the migration summary computed from them
// (worker): in/out/net/turnover per prefecture, MEI, ANMR and CMP for the
// system, the focus region's largest in- and outflows, and net migration by
// age where the flows carry age classes. No widgets here.
#pragma once

#include "datasets/store.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <limits>

namespace regionlens::app {

struct FlowsInput
{
    int generation = 0;
    int year = 0;
    QStringList regions;                  // prefecture codes, matrix order
    QList<datasets::Flow> flows;          // all ages, both sexes
    QList<datasets::Flow> ageFlows;       // by age class (empty when the data have none)
    QHash<QString, double> population;    // population at risk, code → persons
    int populationYear = 0;
    QString populationIndicator;
    QString focus;                        // region code, or empty
};

struct FlowRecord
{
    QString origin;
    QString destination;
    double value = 0.0;
};

struct FlowsResult
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    int generation = 0;
    int year = 0;
    QStringList regions;
    QList<FlowRecord> flows;              // every off-diagonal flow > 0
    QHash<QString, double> inflow;
    QHash<QString, double> outflow;
    QHash<QString, double> net;
    QHash<QString, double> turnover;
    QHash<QString, double> netPerThousand;   // empty without population
    double totalFlows = 0.0;
    double effectiveness = kNaN;          // MEI
    double aggregateNetMigrationRate = kNaN;   // ANMR
    double crudeMigrationProbability = kNaN;   // CMP
    int populationYear = 0;
    QString populationIndicator;
    int gaining = 0;                      // prefectures with net > 0
    int losing = 0;
    QString largestGain;                  // code
    QString largestLoss;

    // The focus region.
    QString focus;
    int netRank = 0;                      // 1 = largest net gain
    QList<FlowRecord> focusInflows;       // largest first
    QList<FlowRecord> focusOutflows;

    // Net migration by age of the focus region (empty without age classes).
    QStringList ageClasses;
    QVector<double> focusNetByAge;
    bool hasAges = false;

    QStringList warnings;                 // English
};

// Pure computation; safe to run in a worker thread.
FlowsResult computeFlows(const FlowsInput &input);

// Net migration of municipalities for the municipal level of the net map,
// from one of two sources: flows between five-digit codes (an imported
// municipal OD table), or the movers into and out of each municipality as
// counted by 住民基本台帳人口移動報告 (SSDSE-A A5101 転入者数, A5102 転出者数).
struct MunicipalNetInput
{
    enum class Source { None, Flows, InOut };
    int generation = 0;
    Source source = Source::None;
    int year = 0;
    QString inIndicator;                  // Source::InOut
    QString outIndicator;
    QList<datasets::Flow> flows;          // Source::Flows: origin and destination five-digit
    QHash<QString, double> in;            // Source::InOut: code → movers in
    QHash<QString, double> out;
    QHash<QString, double> population;    // code → persons (optional)
    int populationYear = 0;
    // Source::Flows: the municipal boundaries, for the flow map's arrows.
    QList<datasets::BoundaryFeature> boundaries;
};

struct MunicipalNetResult
{
    int generation = 0;
    MunicipalNetInput::Source source = MunicipalNetInput::Source::None;
    int year = 0;
    int populationYear = 0;
    QString inIndicator;
    QString outIndicator;
    QHash<QString, double> inflow;
    QHash<QString, double> outflow;
    QHash<QString, double> net;           // inflow − outflow, where both are known
    QHash<QString, double> netPerThousand;   // where the population is known
    // Source::Flows: one per origin–destination pair (duplicates summed),
    // off-diagonal and > 0, largest first; their sum.
    QList<FlowRecord> flows;
    double totalFlows = 0.0;
};

// Pure; safe in a worker thread.
MunicipalNetResult computeMunicipalNet(const MunicipalNetInput &input);

} // namespace regionlens::app
