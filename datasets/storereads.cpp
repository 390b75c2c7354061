// SPDX-License-Identifier: GPL-3.0-or-later
// The store's reads (see store.h).
#include "store.h"

#include "storesql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {

using storesql::kIndicatorColumns;
using storesql::nonNull;

namespace {

double readValue(const QVariant &v)
{
    return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
}

IndicatorInfo indicatorFromQuery(const QSqlQuery &q)
{
    IndicatorInfo info;
    info.id = q.value(0).toString();
    info.nameJa = q.value(1).toString();
    info.nameEn = q.value(2).toString();
    info.unitJa = q.value(3).toString();
    info.unitEn = q.value(4).toString();
    info.sourceJa = q.value(5).toString();
    info.sourceEn = q.value(6).toString();
    info.licence = q.value(7).toString();
    info.survey = q.value(8).toString();
    info.kind = q.value(9).toString();
    info.noteJa = q.value(10).toString();
    info.noteEn = q.value(11).toString();
    return info;
}

} // namespace

bool Store::isEmpty() const
{
    QSqlQuery q(database());
    const storesql::ReadCheck check(q);
    return !q.exec(u"SELECT 1 FROM indicators LIMIT 1"_s) || !q.next();
}

QList<Region> Store::regions(std::optional<RegionLevel> level) const
{
    QSqlQuery q(database());
    const storesql::ReadCheck check(q);
    QString sql = u"SELECT code, level, name_ja, name_en, COALESCE(parent,''), COALESCE(block,'') FROM regions"_s;
    if (level)
        sql += u" WHERE level = ?"_s;
    sql += u" ORDER BY code"_s;
    q.prepare(sql);
    if (level)
        q.addBindValue(regionLevelKey(*level));
    QList<Region> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(Region{q.value(0).toString(), regionLevelFromKey(q.value(1).toString()),
                          q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                          q.value(5).toString()});
    return out;
}

std::optional<Region> Store::region(const QString &code) const
{
    QSqlQuery q(database());
    const storesql::ReadCheck check(q);
    q.prepare(u"SELECT code, level, name_ja, name_en, COALESCE(parent,''), COALESCE(block,'') "
              "FROM regions WHERE code = ?"_s);
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Region{q.value(0).toString(), regionLevelFromKey(q.value(1).toString()), q.value(2).toString(),
                  q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

QList<RegionGroup> Store::regionGroups() const
{
    QList<RegionGroup> out;
    QSqlQuery q(database());
    const storesql::ReadCheck check(q);
    if (!q.exec(u"SELECT g.id, g.name_ja, g.name_en, g.kind, m.region_code FROM region_groups g "
                "LEFT JOIN region_group_members m ON m.group_id = g.id ORDER BY g.rowid, m.region_code"_s))
        return out;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (out.isEmpty() || out.last().id != id)
            out.append(RegionGroup{id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}});
        if (!q.value(4).isNull())
            out.last().members.append(q.value(4).toString());
    }
    return out;
}

QList<Industry> Store::industries() const
{
    QList<Industry> out;
    QSqlQuery q(database());
    const storesql::ReadCheck check(q);
    if (!q.exec(u"SELECT i.code, i.classification, i.name_ja, i.name_en, i.sort_order, "
                "(SELECT group_concat(member, ',') FROM industry_members WHERE aggregate = i.code) "
                "FROM industries i ORDER BY i.sort_order, i.code"_s))
        return out;
    while (q.next()) {
        const QString members = q.value(5).toString();
        out.append(Industry{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(),
                            members.isEmpty() ? QStringList() : members.split(u','), q.value(4).toInt()});
    }
    return out;
}

QList<IndicatorInfo> Store::indicators() const
{
    QList<IndicatorInfo> out;
    QSqlQuery q(database());
    const storesql::ReadCheck check(q);
    if (!q.exec(u"SELECT %1 FROM indicators ORDER BY rowid"_s.arg(kIndicatorColumns)))
        return out;
    while (q.next())
        out.append(indicatorFromQuery(q));
    return out;
}

std::optional<IndicatorInfo> Store::indicator(const QString &id) const
{
    QSqlQuery q(database());
    const storesql::ReadCheck check(q);
    q.prepare(u"SELECT %1 FROM indicators WHERE id = ?"_s.arg(kIndicatorColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return indicatorFromQuery(q);
}

QList<int> Store::years(const QString &indicator, std::optional<RegionLevel> level) const
{
    QList<int> out;
    QSqlQuery q(database());
    const storesql::ReadCheck check(q);
    const std::optional<IndicatorInfo> info = this->indicator(indicator);
    if (info && info->kind == u"flow") {
        q.prepare(u"SELECT DISTINCT year FROM flows WHERE indicator = ? ORDER BY year"_s);
        q.addBindValue(indicator);
    } else {
        // Skip from year to year within each series (one primary-key seek per
        // series and year) instead of reading every value of the indicator.
        q.prepare(u"WITH RECURSIVE y(series, year) AS ("
                  "  SELECT id, (SELECT min(year) FROM series_values WHERE series = id) FROM series WHERE indicator = ?"
                  "  UNION ALL SELECT y.series, (SELECT min(v.year) FROM series_values v"
                  "    WHERE v.series = y.series AND v.year > y.year) FROM y WHERE y.year IS NOT NULL) "
                  "SELECT DISTINCT year FROM y WHERE year IS NOT NULL%1 ORDER BY year"_s
                      // CROSS JOIN: read the year's values and look their regions up, rather
                      // than probing every region of the level.
                      .arg(level ? u" AND EXISTS (SELECT 1 FROM series_values v CROSS JOIN regions r ON r.code = v.region "
                                   "WHERE v.series = y.series AND v.year = y.year AND r.level = ?)"_s
                                 : QString()));
        q.addBindValue(indicator);
        if (level)
            q.addBindValue(regionLevelKey(*level));
    }
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toInt());
    return out;
}

QStringList Store::industriesOf(const QString &indicator) const
{
    QStringList out;
    QSqlQuery q(database());
    const storesql::ReadCheck check(q);
    // From the series, not from every value: a series without values does not count.
    q.prepare(u"SELECT DISTINCT s.industry FROM series s LEFT JOIN industries i ON i.code = s.industry "
              "WHERE s.indicator = ? AND EXISTS (SELECT 1 FROM series_values v WHERE v.series = s.id) "
              "ORDER BY COALESCE(i.sort_order, 1000000), s.industry"_s);
    q.addBindValue(indicator);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}

QHash<QString, QList<int>> Store::yearsAtLevel(RegionLevel level) const
{
    QHash<QString, QList<int>> out;
    QSqlQuery q(database());
    const storesql::ReadCheck check(q);
    q.setForwardOnly(true);
    // As years(), for every series of every observation indicator: skip from year to
    // year within each series, keep a year when one of its values is of a region of level.
    q.prepare(u"WITH RECURSIVE y(series, year) AS ("
              "  SELECT s.id, (SELECT min(year) FROM series_values WHERE series = s.id) FROM series s"
              "  JOIN indicators i ON i.id = s.indicator WHERE i.kind = 'observation'"
              "  UNION ALL SELECT y.series, (SELECT min(v.year) FROM series_values v"
              "    WHERE v.series = y.series AND v.year > y.year) FROM y WHERE y.year IS NOT NULL) "
              "SELECT DISTINCT s.indicator, y.year FROM y JOIN series s ON s.id = y.series WHERE y.year IS NOT NULL"
              " AND EXISTS (SELECT 1 FROM series_values v CROSS JOIN regions r ON r.code = v.region "
              "WHERE v.series = y.series AND v.year = y.year AND r.level = ?) ORDER BY 1, 2"_s);
    q.addBindValue(regionLevelKey(level));
    if (!q.exec()) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out[q.value(0).toString()].append(q.value(1).toInt());
    return out;
}

QList<PlainValue> Store::plainValues(const QList<std::pair<QString, int>> &wanted) const
{
    QList<PlainValue> out;
    if (wanted.isEmpty())
        return out;
    QSqlQuery q(database());
    const storesql::ReadCheck check(q);
    q.setForwardOnly(true);
    QStringList rows;
    for (qsizetype i = 0; i < wanted.size(); ++i)
        rows << u"(?, ?)"_s;
    // The plain series of each indicator, then its values in the year asked (primary-key ranges).
    q.prepare(u"WITH want(indicator, year) AS (VALUES %1) "
              "SELECT s.indicator, v.year, v.region, v.value FROM want "
              "CROSS JOIN series s ON s.indicator = want.indicator AND s.industry = '' AND s.sex = 'total' "
              "AND s.age_class = '' CROSS JOIN series_values v ON v.series = s.id AND v.year = want.year "
              "WHERE v.status = '' AND v.value IS NOT NULL"_s.arg(rows.join(u", "_s)));
    for (const auto &[indicator, year] : wanted) {
        q.addBindValue(indicator);
        q.addBindValue(year);
    }
    if (!q.exec()) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(PlainValue{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toDouble()});
    return out;
}

QList<Observation> Store::observations(const ObservationQuery &query) const
{
    QString sql = u"SELECT o.region, o.industry, o.year, o.sex, o.age_class, o.value, o.status "
                  "FROM observations o"_s;
    QStringList where{u"o.indicator = ?"_s};
    QVariantList binds{query.indicator};
    if (query.level) {
        sql += u" JOIN regions r ON r.code = o.region"_s;
        where << u"r.level = ?"_s;
        binds << regionLevelKey(*query.level);
    }
    if (query.year) {
        where << u"o.year = ?"_s;
        binds << *query.year;
    }
    if (query.region) {
        where << u"o.region = ?"_s;
        binds << *query.region;
    }
    if (query.industry) {
        where << u"o.industry = ?"_s;
        binds << *query.industry;
    }
    if (query.sex) {
        where << u"o.sex = ?"_s;
        binds << *query.sex;
    }
    if (query.ageClass) {
        where << u"o.age_class = ?"_s;
        binds << *query.ageClass;
    }
    sql += u" WHERE "_s + where.join(u" AND "_s) + u" ORDER BY o.region, o.industry, o.year"_s;
    QSqlQuery q(database());
    const storesql::ReadCheck check(q);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b.typeId() == QMetaType::QString ? QVariant(nonNull(b.toString())) : b);
    QList<Observation> out;
    if (!q.exec()) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(Observation{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                               q.value(3).toString(), q.value(4).toString(), readValue(q.value(5)),
                               q.value(6).toString()});
    return out;
}

QHash<QString, double> Store::values(const ObservationQuery &query) const
{
    QHash<QString, double> out;
    for (const Observation &o : observations(query))
        out.insert(o.region, o.value);
    return out;
}

QList<SeriesPoint> Store::series(const QString &indicator, const QString &region, const QString &industry,
                                 const QString &sex, const QString &ageClass) const
{
    QList<SeriesPoint> out;
    QSqlQuery q(database());
    const storesql::ReadCheck check(q);
    q.prepare(u"SELECT id FROM series WHERE indicator = ? AND industry = ? AND sex = ? AND age_class = ?"_s);
    for (const QString &v : {indicator, industry, sex, ageClass})
        q.addBindValue(nonNull(v));
    if (!q.exec() || !q.next())
        return out;
    const qint64 id = q.value(0).toLongLong();
    // The values are keyed (series, year, region): step from one year of the
    // series to the next and look the region up in each, rather than reading
    // every region of every year.
    // (Plain ? placeholders: Qt's SQLite driver does not bind ?NNN ones by number.)
    q.prepare(u"WITH RECURSIVE y(year) AS (SELECT min(year) FROM series_values WHERE series = ?"
              "  UNION ALL SELECT (SELECT min(year) FROM series_values WHERE series = ? AND year > y.year)"
              "  FROM y WHERE y.year IS NOT NULL) "
              "SELECT v.year, v.value FROM y JOIN series_values v ON v.series = ? AND v.year = y.year "
              "AND v.region = ? ORDER BY v.year"_s);
    for (int i = 0; i < 3; ++i)
        q.addBindValue(id);
    q.addBindValue(nonNull(region));
    if (q.exec())
        while (q.next())
            out.append(SeriesPoint{q.value(0).toInt(), readValue(q.value(1))});
    return out;
}

QList<Flow> Store::flows(const QString &indicator, std::optional<int> year) const
{
    QList<Flow> out;
    QSqlQuery q(database());
    const storesql::ReadCheck check(q);
    q.setForwardOnly(true);
    q.prepare(u"SELECT origin, destination, year, sex, age_class, value, status FROM flows "
              "WHERE indicator = ?%1 ORDER BY year, sex, age_class, origin, destination"_s
                  .arg(year ? u" AND year = ?"_s : QString()));
    q.addBindValue(indicator);
    if (year)
        q.addBindValue(*year);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(Flow{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
                        q.value(4).toString(), readValue(q.value(5)), q.value(6).toString()});
    return out;
}

QList<BoundaryFeature> Store::boundaries(RegionLevel level) const
{
    QList<BoundaryFeature> out;
    QSqlQuery q(database());
    const storesql::ReadCheck check(q);
    q.setForwardOnly(true);
    q.prepare(u"SELECT b.region_code, COALESCE(r.name_ja, ''), b.geometry FROM boundaries b "
              "LEFT JOIN regions r ON r.code = b.region_code WHERE b.level = ? ORDER BY b.region_code"_s);
    q.addBindValue(regionLevelKey(level));
    if (!q.exec())
        return out;
    while (q.next()) {
        BoundaryFeature f;
        f.code = q.value(0).toString();
        f.name = q.value(1).toString();
        QString error;
        if (geometry::fromWkb(q.value(2).toByteArray(), &f.polygons, &error))
            out.append(f);
    }
    return out;
}

qint64 Store::observationCount(const QString &indicator) const
{
    QSqlQuery q(database());
    const storesql::ReadCheck check(q);
    if (indicator.isEmpty()) {
        q.exec(u"SELECT count(*) FROM series_values"_s);
    } else {
        q.prepare(u"SELECT count(*) FROM observations WHERE indicator = ?"_s);
        q.addBindValue(indicator);
        q.exec();
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace regionlens::datasets
