// SPDX-License-Identifier: GPL-3.0-or-later
// An immutable picture of a store's catalogue: regions (nation, prefectures,
// municipalities), region groups, industries, indicators with the years they
// cover per level and the industries they are broken down by, and the
// boundaries of each level (decoded once). Built once after the store opens
// and again after each import — on a worker, through Store::threadReader —
// then handed by value (implicitly shared, cheap to copy, safe to read from
// any thread) to the pages, the map level control, the report and worker
// jobs, so that nothing on the GUI thread needs SQL to ask "which years does
// this indicator have?" or "what is 13's name?".
#pragma once

#include "catalog.h"
#include "geometry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace regionlens::datasets {

class Store;

class CatalogSnapshot
{
public:
    CatalogSnapshot();   // empty: no regions, no indicators

    // Reads every catalogue table of store (several queries; run it where
    // the store may be read, normally a worker with Store::threadReader()).
    static CatalogSnapshot build(const Store &store);

    bool isEmpty() const;           // no indicator
    QString storePath() const;      // the store it was built from
    // Counts builds in this process: a newer snapshot has a larger number.
    quint64 serial() const;

    // The same answers as the Store's reads of the same name.
    QList<Region> regions(std::optional<RegionLevel> level = std::nullopt) const;
    std::optional<Region> region(const QString &code) const;
    QList<RegionGroup> regionGroups() const;
    QList<Industry> industries() const;
    QList<IndicatorInfo> indicators() const;
    std::optional<IndicatorInfo> indicator(const QString &id) const;
    QList<int> years(const QString &indicator, std::optional<RegionLevel> level = std::nullopt) const;
    QStringList industriesOf(const QString &indicator) const;
    // Distinct regions (origins, for flows) in the indicator's latest year;
    // 0 without values. (The data catalogue's "Regions" column.)
    int regionCount(const QString &indicator) const;
    // Decoded once per build; empty when the level has none.
    QList<BoundaryFeature> boundaries(RegionLevel level) const;
    bool hasBoundaries(RegionLevel level) const;

    // Display names: code → name for the nation, prefectures and
    // municipalities; qualified = municipalities with their prefecture
    // ("東京都 府中市", "Fuchu, Hiroshima").
    QHash<QString, QString> regionNames(bool japanese) const;
    QHash<QString, QString> qualifiedRegionNames(bool japanese) const;
    QHash<QString, QString> industryNames(bool japanese) const;
    // The same names from lists read elsewhere (one rule for every caller).
    static QHash<QString, QString> displayNames(const QList<Region> &regions, bool japanese, bool qualified);
    static QHash<QString, QString> displayNames(const QList<Industry> &industries, bool japanese);

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace regionlens::datasets
