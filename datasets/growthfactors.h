// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs and results of the 成長要因 (shift-share) view: the classic
// components in levels and the growth-rate form of Japanese government
// reports (成長率 = 全国成長要因 + 産業構造要因 + 地域特殊要因), for every
// prefecture and aggregated group. load…() reads the store; compute…() is
// pure and may run on a worker thread.
#pragma once

#include "industrystructure.h"

#include <QVector>

namespace regionlens::datasets {

struct GrowthFactorInputs
{
    QString indicator;
    int startYear = 0;
    int endYear = 0;
    IndustryTable start;   // prefectures × industries, same columns as end
    IndustryTable end;
    QList<RegionAggregate> aggregates;
};

struct GrowthFactors
{
    QString indicator;
    int startYear = 0;
    int endYear = 0;
    QStringList regions;          // 47 prefectures, then aggregates
    QStringList industries;
    // Levels (units of the indicator); actual = national + mix + regional.
    QVector<double> startValue, endValue, actualChange;
    QVector<double> nationalShare, industryMix, regionalShift;
    // Growth-rate form, as fractions (0.032 = 3.2 %).
    double nationalGrowthRate = 0;  // 全国成長要因 (the same for every region)
    QVector<double> growthRate;     // 成長率
    QVector<double> industryFactor; // 産業構造要因
    QVector<double> regionalFactor; // 地域特殊要因
    QStringList warnings;

    int row(const QString &region) const { return int(regions.indexOf(region)); }
};

GrowthFactorInputs loadGrowthFactors(const Store &store, const QString &indicator, int startYear, int endYear,
                                     const QList<RegionAggregate> &aggregates = {});

GrowthFactors computeGrowthFactors(const GrowthFactorInputs &inputs);

} // namespace regionlens::datasets
