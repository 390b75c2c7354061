// SPDX-License-Identifier: GPL-3.0-or-later
// The shared figures of the agreement tests, each computed through the
// adapter with the request the GUI's page (or the region report) uses.
#pragma once

#include "agreementsupport.h"

#include "datasets/adapters/indicatoradapter.h"
#include "datasets/adapters/ioadapter.h"
#include "datasets/store.h"

#include <QVector>

namespace regionlens::test::agreement {

namespace io = regionlens::datasets::inputoutput;

// Economic complexity through the 関連性 page's adapter (its request: the
// measure, year and level): per region diversity and ECI, or per region ×
// industry RCA, density and COG, or per industry ubiquity and PCI.
std::function<Table(const datasets::Store &)> complexityFigure(datasets::RegionLevel level, const QString &what);

// 自治体比較 (issue 12) through its adapter: per indicator the value, the peers' median, the percentile,
// rank and n; and a derived measure (export --per) per region.
std::function<Table(const datasets::Store &)> compareFigure(const QString &region, const QString &theme,
                                                           datasets::indicatoradapter::Per per);

std::function<Table(const datasets::Store &)> derivedFigure(const QString &indicator,
                                                           datasets::indicatoradapter::Per per);

// The flows summary through the 人口移動 page's adapter (its default request):
// per region and group in, out, net, turnover, net per 1,000; the system
// indices under the key "" (mei, anmr, cmp).
std::function<Table(const datasets::Store &)> flowsFigure(int year, const QList<datasets::RegionAggregate> &groups = {});

// The selected region's own flows on the 人口移動 page (its region view): per
// partner in, out, net and shares of the region's own in-/out-moves (keyed by
// partner code), and net by 地域ブロック (keyed by block id).
std::function<Table(const datasets::Store &)> regionFlowsFigure(int year, const QString &region);

// The municipal net of the page's municipal map (flows between municipalities
// of the year, else the movers in and out).
std::function<Table(const datasets::Store &)> municipalFigure(int year);

// The region report's key figures, keyed by figure.
std::function<Table(const datasets::Store &)> keyFiguresFigure(const QString &region,
                                                              const QList<datasets::RegionAggregate> &group = {});

// LQ through the 産業構造 page's entry point: columns lq and value per region|industry.
std::function<Table(const datasets::Store &)> lqFigure(const QString &indicator, int year, datasets::RegionLevel level,
                                                      const QList<datasets::RegionAggregate> &groups = {});

// Shift-share through the 成長要因 page's entry point; rates = the growth-rate
// form (the CLI's --rates prints it as growth_rate, national_rate, industry_mix_rate, regional_rate).
std::function<Table(const datasets::Store &)> shiftShareFigure(const QString &indicator, int from, int to,
                                                              datasets::RegionLevel level, bool rates,
                                                              const QList<datasets::RegionAggregate> &groups = {});

// Input–output multipliers (type I) or the impact of a demand (type II) of a
// table bundled in the starter pack, as the 経済波及効果 and 地域経済循環 pages
// ask the adapter: multipliers keyed by sector, the impact by effect|sector.
// adjust: the request as a page states it beyond region and demand;
// officialOrEstimated: loaded as the pages load it (io::loadOfficialOrEstimated).
std::function<Table(const datasets::Store &)> ioFigure(const QString &region, const QVector<double> &demand = {},
                                                       const std::function<void(io::Request &)> &adjust = {},
                                                       bool officialOrEstimated = false);

// The 地域経済循環 as the circulation page asks the adapter (official where
// stored, else estimated), keyed stage|item as regionlens-cli io circulation.
std::function<Table(const datasets::Store &)> circulationFigure(const QString &region);

// The population projection (将来人口推計): the adapter's tidy rows, keyed as the CLI's.
std::function<Table(const datasets::Store &)> projectionFigure(const QStringList &regions, const QStringList &scenarios,
                                                               const QList<datasets::RegionAggregate> &groups = {});

// A municipality's projection as the 将来人口 page asks for a selected
// municipality: the municipal defaults (base 住基 2022), every scenario, the
// given horizon.
std::function<Table(const datasets::Store &)> municipalProjectionFigure(const QString &region, int horizon);

// Rows of the projection compared: every sex, a few classes and the TOTAL, in 2030 and 2045.
QStringList projectionRows(const QStringList &regions, const QStringList &scenarios,
                           const QStringList &years = {QStringLiteral("2030"), QStringLiteral("2045")});

// The 18 JSIC divisions A–R of region, or the 16 activities S01–S16.
QStringList lqRows(const QString &region, bool activities);

// SSDSE-A 2026 in ../shared/data, or empty where it is absent.
QString ssdseFile();

} // namespace regionlens::test::agreement
