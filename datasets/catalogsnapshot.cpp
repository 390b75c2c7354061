// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogsnapshot.h"

#include "store.h"
#include "storesql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <array>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {

namespace {

QAtomicInteger<quint64> g_serial;

constexpr std::array kLevels = {RegionLevel::Nation, RegionLevel::Prefecture, RegionLevel::Municipality};

int levelIndex(RegionLevel level)
{
    return int(level);
}

// The snapshot's contents (CatalogSnapshot::Data is this, under its private name).
struct CatalogData
{
    // Years of one indicator: [0] every level, then by RegionLevel + 1.
    using Years = std::array<QList<int>, 4>;

    QString storePath;
    quint64 serial = 0;
    QList<Region> regions;                        // by code, as Store::regions()
    std::array<QList<Region>, 3> regionsByLevel;  // by RegionLevel
    QHash<QString, qsizetype> regionIndex;        // code → index in regions
    QList<RegionGroup> groups;
    QList<Industry> industries;
    QList<IndicatorInfo> indicators;
    QHash<QString, qsizetype> indicatorIndex;     // id → index in indicators
    QHash<QString, Years> years;
    QHash<QString, QStringList> industriesOf;
    QHash<QString, int> regionCounts;
    std::array<QList<BoundaryFeature>, 3> boundaries;   // by RegionLevel
};

// --- the reads of build(), each one statement -------------------------------

void readRegions(QSqlQuery &q, CatalogData &d)
{
    if (!q.exec(u"SELECT code, level, name_ja, name_en, COALESCE(parent,''), COALESCE(block,'') FROM regions "
                "ORDER BY code"_s))
        return;
    while (q.next()) {
        const Region r{q.value(0).toString(), regionLevelFromKey(q.value(1).toString()), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
        d.regionIndex.insert(r.code, d.regions.size());
        d.regions.append(r);
        d.regionsByLevel[levelIndex(r.level)].append(r);
    }
}

void readGroups(QSqlQuery &q, CatalogData &d)
{
    if (!q.exec(u"SELECT g.id, g.name_ja, g.name_en, g.kind, m.region_code FROM region_groups g "
                "LEFT JOIN region_group_members m ON m.group_id = g.id ORDER BY g.rowid, m.region_code"_s))
        return;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (d.groups.isEmpty() || d.groups.last().id != id)
            d.groups.append(RegionGroup{id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}});
        if (!q.value(4).isNull())
            d.groups.last().members.append(q.value(4).toString());
    }
}

void readIndustries(QSqlQuery &q, CatalogData &d)
{
    if (!q.exec(u"SELECT i.code, i.classification, i.name_ja, i.name_en, i.sort_order, "
                "(SELECT group_concat(member, ',') FROM industry_members WHERE aggregate = i.code) "
                "FROM industries i ORDER BY i.sort_order, i.code"_s))
        return;
    while (q.next()) {
        const QString members = q.value(5).toString();
        d.industries.append(Industry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                     q.value(3).toString(),
                                     members.isEmpty() ? QStringList() : members.split(u','), q.value(4).toInt()});
    }
}

void readIndicators(QSqlQuery &q, CatalogData &d)
{
    if (!q.exec(u"SELECT id, name_ja, name_en, unit_ja, unit_en, source_ja, source_en, licence, survey, kind, "
                "note_ja, note_en FROM indicators ORDER BY rowid"_s))
        return;
    while (q.next()) {
        IndicatorInfo info;
        QString *fields[] = {&info.id,      &info.nameJa,   &info.nameEn,  &info.unitJa,
                             &info.unitEn,  &info.sourceJa, &info.sourceEn, &info.licence,
                             &info.survey,  &info.kind,     &info.noteJa,  &info.noteEn};
        for (int i = 0; i < 12; ++i)
            *fields[i] = q.value(i).toString();
        d.indicatorIndex.insert(info.id, d.indicators.size());
        d.indicators.append(info);
    }
}

// The years of every observation indicator, and per level, in one statement:
// the same skip from year to year within each series as Store::years(), for
// all series at once. A level counts for a year when a value of that year has
// a region of the level: for the nation and the prefectures (few regions)
// each region of the level is looked up in the year's values; for the
// municipalities the year's values are read until one is a municipality
// (prefecture tables have ~48 values a year, municipal ones find one at once).
void readObservationYears(QSqlQuery &q, CatalogData &d)
{
    const QString probe = u"EXISTS (SELECT 1 FROM regions r WHERE r.level = '%1' AND EXISTS (SELECT 1 FROM "
                          "series_values v WHERE v.series = y.series AND v.year = y.year AND v.region = r.code))"_s;
    const QString scan = u"EXISTS (SELECT 1 FROM series_values v CROSS JOIN regions r ON r.code = v.region "
                         "WHERE v.series = y.series AND v.year = y.year AND r.level = '%1')"_s;
    QStringList levels;
    for (RegionLevel level : kLevels)
        levels << u"max(%1)"_s.arg((level == RegionLevel::Municipality ? scan : probe).arg(regionLevelKey(level)));
    if (!q.exec(u"WITH RECURSIVE y(series, year) AS ("
                "  SELECT id, (SELECT min(year) FROM series_values WHERE series = id) FROM series"
                "  UNION ALL SELECT y.series, (SELECT min(v.year) FROM series_values v"
                "    WHERE v.series = y.series AND v.year > y.year) FROM y WHERE y.year IS NOT NULL) "
                "SELECT s.indicator, y.year, %1 FROM y JOIN series s ON s.id = y.series WHERE y.year IS NOT NULL "
                "GROUP BY s.indicator, y.year ORDER BY s.indicator, y.year"_s.arg(levels.join(u", "_s))))
        return;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const auto info = d.indicatorIndex.constFind(id);
        if (info != d.indicatorIndex.cend() && d.indicators.at(*info).kind == u"flow")
            continue;   // Store::years() reads a flow indicator's years from its flows
        CatalogData::Years &years = d.years[id];
        const int year = q.value(1).toInt();
        years[0].append(year);
        for (int l = 0; l < 3; ++l)
            if (q.value(2 + l).toBool())
                years[1 + l].append(year);
    }
}

// The years of every flow indicator (any level: flows are not by level).
void readFlowYears(QSqlQuery &q, CatalogData &d)
{
    if (!q.exec(u"WITH RECURSIVE y(indicator, year) AS ("
                "  SELECT id, (SELECT min(year) FROM flows WHERE indicator = id) FROM indicators WHERE kind = 'flow'"
                "  UNION ALL SELECT y.indicator, (SELECT min(f.year) FROM flows f"
                "    WHERE f.indicator = y.indicator AND f.year > y.year) FROM y WHERE y.year IS NOT NULL) "
                "SELECT indicator, year FROM y WHERE year IS NOT NULL ORDER BY indicator, year"_s))
        return;
    while (q.next()) {
        CatalogData::Years &years = d.years[q.value(0).toString()];
        for (QList<int> &list : years)
            list.append(q.value(1).toInt());
    }
}

void readIndustriesOf(QSqlQuery &q, CatalogData &d)
{
    if (!q.exec(u"SELECT DISTINCT s.indicator, s.industry, COALESCE(i.sort_order, 1000000) FROM series s "
                "LEFT JOIN industries i ON i.code = s.industry "
                "WHERE EXISTS (SELECT 1 FROM series_values v WHERE v.series = s.id) "
                "ORDER BY s.indicator, 3, s.industry"_s))
        return;
    while (q.next())
        d.industriesOf[q.value(0).toString()].append(q.value(1).toString());
}

// Distinct regions (origins of flows) in each indicator's latest year.
void readRegionCounts(QSqlQuery &q, CatalogData &d)
{
    QStringList rows;
    QVariantList binds;
    for (const IndicatorInfo &info : std::as_const(d.indicators)) {
        const QList<int> years = d.years.value(info.id)[0];
        if (years.isEmpty())
            continue;
        rows << u"(?, ?)"_s;
        binds << info.id << years.last();
    }
    if (rows.isEmpty())
        return;
    // An indicator of one series has each region once a year (the key is
    // series, year, region): counting its rows is enough, and twice as quick.
    q.prepare(u"WITH latest(indicator, year) AS (VALUES %1) "
              "SELECT l.indicator, CASE WHEN (SELECT count(*) FROM series WHERE indicator = l.indicator) = 1 "
              "  THEN (SELECT count(*) FROM series s JOIN series_values v "
              "    ON v.series = s.id AND v.year = l.year WHERE s.indicator = l.indicator) "
              "  ELSE (SELECT count(DISTINCT v.region) FROM series s JOIN series_values v "
              "    ON v.series = s.id AND v.year = l.year WHERE s.indicator = l.indicator) END "
              "FROM latest l JOIN indicators i ON i.id = l.indicator WHERE i.kind <> 'flow' "
              "UNION ALL SELECT l.indicator, (SELECT count(DISTINCT f.origin) FROM flows f "
              "  WHERE f.indicator = l.indicator AND f.year = l.year) "
              "FROM latest l JOIN indicators i ON i.id = l.indicator WHERE i.kind = 'flow'"_s
                  .arg(rows.join(u',')));
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return;
    while (q.next())
        d.regionCounts.insert(q.value(0).toString(), q.value(1).toInt());
}

// The boundaries of every level, decoded once.
void readBoundaries(QSqlQuery &q, CatalogData &d)
{
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT b.level, b.region_code, COALESCE(r.name_ja, ''), b.geometry FROM boundaries b "
                "LEFT JOIN regions r ON r.code = b.region_code ORDER BY b.level, b.region_code"_s))
        return;
    while (q.next()) {
        bool ok = false;
        const RegionLevel level = regionLevelFromKey(q.value(0).toString(), &ok);
        if (!ok)
            continue;
        BoundaryFeature f;
        f.code = q.value(1).toString();
        f.name = q.value(2).toString();
        if (geometry::fromWkb(q.value(3).toByteArray(), &f.polygons))
            d.boundaries[levelIndex(level)].append(f);
    }
}

QString displayName(const Region &r, bool japanese)
{
    QString name = japanese ? r.nameJa : r.nameEn;
    if (name.isEmpty())
        name = r.nameJa.isEmpty() ? r.code : r.nameJa;
    return name;
}

} // namespace

struct CatalogSnapshot::Data : CatalogData
{
};

CatalogSnapshot::CatalogSnapshot()
{
    static const auto empty = std::make_shared<const Data>();
    d = empty;
}

CatalogSnapshot CatalogSnapshot::build(const Store &store)
{
    auto data = std::make_shared<Data>();
    data->storePath = store.path();
    if (store.isOpen()) {
        QSqlQuery q(store.database());
        const storesql::ReadCheck check(q);
        readRegions(q, *data);
        readGroups(q, *data);
        readIndustries(q, *data);
        readIndicators(q, *data);
        readObservationYears(q, *data);
        readFlowYears(q, *data);
        readIndustriesOf(q, *data);
        readRegionCounts(q, *data);
        readBoundaries(q, *data);
    }
    data->serial = g_serial.fetchAndAddRelaxed(1) + 1;
    CatalogSnapshot snapshot;
    snapshot.d = std::move(data);
    return snapshot;
}

bool CatalogSnapshot::isEmpty() const
{
    return d->indicators.isEmpty();
}

QString CatalogSnapshot::storePath() const
{
    return d->storePath;
}

quint64 CatalogSnapshot::serial() const
{
    return d->serial;
}

QList<Region> CatalogSnapshot::regions(std::optional<RegionLevel> level) const
{
    return level ? d->regionsByLevel[levelIndex(*level)] : d->regions;
}

std::optional<Region> CatalogSnapshot::region(const QString &code) const
{
    const auto it = d->regionIndex.constFind(code);
    if (it == d->regionIndex.cend())
        return std::nullopt;
    return d->regions.at(*it);
}

QList<RegionGroup> CatalogSnapshot::regionGroups() const
{
    return d->groups;
}

QList<Industry> CatalogSnapshot::industries() const
{
    return d->industries;
}

QList<IndicatorInfo> CatalogSnapshot::indicators() const
{
    return d->indicators;
}

std::optional<IndicatorInfo> CatalogSnapshot::indicator(const QString &id) const
{
    const auto it = d->indicatorIndex.constFind(id);
    if (it == d->indicatorIndex.cend())
        return std::nullopt;
    return d->indicators.at(*it);
}

QList<int> CatalogSnapshot::years(const QString &indicator, std::optional<RegionLevel> level) const
{
    const auto it = d->years.constFind(indicator);
    if (it == d->years.cend())
        return {};
    return (*it)[level ? 1 + levelIndex(*level) : 0];
}

QStringList CatalogSnapshot::industriesOf(const QString &indicator) const
{
    return d->industriesOf.value(indicator);
}

int CatalogSnapshot::regionCount(const QString &indicator) const
{
    return d->regionCounts.value(indicator);
}

QList<BoundaryFeature> CatalogSnapshot::boundaries(RegionLevel level) const
{
    return d->boundaries[levelIndex(level)];
}

bool CatalogSnapshot::hasBoundaries(RegionLevel level) const
{
    return !d->boundaries[levelIndex(level)].isEmpty();
}

QHash<QString, QString> CatalogSnapshot::regionNames(bool japanese) const
{
    return displayNames(d->regions, japanese, false);
}

QHash<QString, QString> CatalogSnapshot::qualifiedRegionNames(bool japanese) const
{
    return displayNames(d->regions, japanese, true);
}

QHash<QString, QString> CatalogSnapshot::industryNames(bool japanese) const
{
    return displayNames(d->industries, japanese);
}

QHash<QString, QString> CatalogSnapshot::displayNames(const QList<Region> &regions, bool japanese, bool qualified)
{
    QHash<QString, QString> names;
    names.reserve(regions.size());
    for (const Region &r : regions)
        names.insert(r.code, displayName(r, japanese));
    if (!qualified)
        return names;
    for (const Region &r : regions) {
        if (r.level != RegionLevel::Municipality)
            continue;
        const QString pref = names.value(r.parent);
        const QString name = names.value(r.code);
        if (!pref.isEmpty() && name != r.code)
            names.insert(r.code, japanese ? pref + u' ' + name
                                          : QCoreApplication::translate("regionlens::app::MapView", "%1, %2")
                                                .arg(name, pref));
    }
    return names;
}

QHash<QString, QString> CatalogSnapshot::displayNames(const QList<Industry> &industries, bool japanese)
{
    QHash<QString, QString> names;
    names.reserve(industries.size());
    for (const Industry &i : industries)
        names.insert(i.code, japanese || i.nameEn.isEmpty() ? i.nameJa : i.nameEn);
    return names;
}

} // namespace regionlens::datasets
