// SPDX-License-Identifier: GPL-3.0-or-later
// The report's key figures (cover, summary) and the comparison with peer
// regions: the numbers come from the key-figures adapter (shared with
// `regionlens-cli key-figures`); this only words them.
#include "regionreport.h"
#include "reportcanvas.h"
#include "reportsummary.h"

#include "datasets/adapters/flowsadapter.h"
#include "datasets/adapters/keyfigures.h"
#include "datasets/store.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace {

namespace kf = datasets::keyfigures;
using reporttext::number;

// region may be a group ("group:tokyo_area" or "group:11,12,13").
std::optional<kf::Result> compute(const datasets::Store &store, const QString &region)
{
    kf::Request request{region, {}};
    if (region.startsWith(u"group:")) {
        datasets::RegionAggregate group;
        QString error;
        if (!datasets::flows::resolveGroup(&store, region, &group, &error))
            return std::nullopt;
        request = {group.code, group.members};
    }
    return kf::compute(kf::load(store, request));
}

QString persons(bool japanese)
{
    return japanese ? u"人"_s : u" persons"_s;
}

QString signedNumber(double value)
{
    return (value >= 0 ? u"+"_s : QString()) + number(value);
}

QString grossProduct(double millionYen, bool japanese)
{
    return number(millionYen / 100.0, 0) + (japanese ? u"億円"_s : u" × 100 million yen"_s);
}

QString migrationLabel(kf::MigrationBasis basis)
{
    return basis == kf::MigrationBasis::GroupFlows       ? RegionReport::tr("Net migration from outside the group")
        : basis == kf::MigrationBasis::MunicipalFlows    ? RegionReport::tr("Net migration from other municipalities")
        : basis == kf::MigrationBasis::MunicipalInOut    ? RegionReport::tr("Net migration (movers in − out)")
                                                         : RegionReport::tr("Net migration from other prefectures");
}

} // namespace

QString reportRegionName(const datasets::Store &store, const QString &code, bool japanese)
{
    const auto info = store.region(code);
    if (!info)
        return code;
    if (japanese || !info->nameEn.isEmpty())
        return japanese || info->nameEn.isEmpty() ? info->nameJa : info->nameEn;
    const auto parent = store.region(info->parent);
    return parent && !parent->nameEn.isEmpty() && info->parent != u"00"
        ? RegionReport::tr("%1, %2").arg(info->nameJa, parent->nameEn)
        : info->nameJa;
}

QList<KeyFigure> keyFigures(const datasets::Store &store, const QString &region, bool japanese)
{
    const std::optional<kf::Result> result = compute(store, region);
    if (!result)
        return {};
    const QString sep = reporttext::separator(japanese);
    const auto since = [&](const kf::KeyFigure &k) {
        return std::isfinite(k.change)
            ? sep + RegionReport::tr("%1 since %2").arg(reporttext::percent(k.change, japanese)).arg(k.previousYear)
            : QString();
    };
    QList<KeyFigure> figures;
    for (const kf::KeyFigure &k : result->figures) {
        const QString source = japanese ? k.sourceJa : k.sourceEn;
        switch (k.figure) {
        case kf::Figure::Population: {
            QString note = RegionReport::tr("census %1").arg(k.year) + since(k);
            if (k.rankOf > 1)
                note += sep + RegionReport::tr("rank %1 of %2").arg(k.rank).arg(k.rankOf);
            figures.append({RegionReport::tr("Population"), number(k.value) + persons(japanese), note, source});
            break;
        }
        case kf::Figure::Employees:
            figures.append({RegionReport::tr("Employees (private establishments)"), number(k.value) + persons(japanese),
                            RegionReport::tr("Economic Census %1").arg(k.year) + since(k), source});
            break;
        case kf::Figure::Establishments:
            figures.append({RegionReport::tr("Establishments (private)"), number(k.value),
                            RegionReport::tr("Economic Census %1").arg(k.year), source});
            break;
        case kf::Figure::GrossProduct: {
            QString note = RegionReport::tr("FY%1, nominal").arg(k.year);
            if (std::isfinite(k.change))
                note += sep
                    + RegionReport::tr("%1 on the year before").arg(reporttext::percent(k.change, japanese));
            figures.append({RegionReport::tr("Gross prefectural product"), grossProduct(k.value, japanese), note,
                            source});
            break;
        }
        case kf::Figure::NetMigration:
            figures.append({migrationLabel(k.basis), signedNumber(k.value),
                            RegionReport::tr("%1: in %2, out %3").arg(k.year).arg(number(k.inflow), number(k.outflow)),
                            source});
            break;
        }
    }
    return figures;
}

QList<PeerRow> peerTable(const datasets::Store &store, const QStringList &regions, bool japanese)
{
    QList<std::optional<kf::Result>> results;
    for (const QString &region : regions)
        results.append(compute(store, region));
    const kf::Figure order[] = {kf::Figure::Population, kf::Figure::Employees, kf::Figure::Establishments,
                                kf::Figure::GrossProduct, kf::Figure::NetMigration};
    QList<PeerRow> rows;
    for (const kf::Figure figure : order) {
        PeerRow row;
        int year = 0;
        bool sameYear = true;
        bool any = false;
        for (const std::optional<kf::Result> &result : results) {
            const kf::KeyFigure *k = result ? result->find(figure) : nullptr;
            if (!k || !std::isfinite(k->value)) {
                row.values << QString();
                continue;
            }
            if (any && k->year != year)
                sameYear = false;
            if (!any)
                year = k->year;
            any = true;
            switch (figure) {
            case kf::Figure::Population:
            case kf::Figure::Employees:
                row.values << number(k->value) + persons(japanese);
                break;
            case kf::Figure::Establishments:
                row.values << number(k->value);
                break;
            case kf::Figure::GrossProduct:
                row.values << grossProduct(k->value, japanese);
                break;
            case kf::Figure::NetMigration:
                row.values << signedNumber(k->value);
                break;
            }
            // A value of another year than the row's says which.
            row.values.last() += u"\x01"_s + QString::number(k->year);
        }
        if (!any)
            continue;
        for (QString &value : row.values) {
            const qsizetype mark = value.indexOf(u'\x01');
            if (mark < 0)
                continue;
            const QString valueYear = value.mid(mark + 1);
            value.truncate(mark);
            if (!sameYear)
                value += (japanese ? u"（%1年）"_s : u" (%1)"_s).arg(valueYear);
        }
        QString label;
        switch (figure) {
        case kf::Figure::Population: label = RegionReport::tr("Population"); break;
        case kf::Figure::Employees: label = RegionReport::tr("Employees (private establishments)"); break;
        case kf::Figure::Establishments: label = RegionReport::tr("Establishments (private)"); break;
        case kf::Figure::GrossProduct: label = RegionReport::tr("Gross prefectural product"); break;
        case kf::Figure::NetMigration: label = RegionReport::tr("Net migration"); break;
        }
        if (sameYear)
            label += (japanese ? u"（%1年）"_s : u" (%1)"_s).arg(year);
        row.label = label;
        rows.append(row);
    }
    return rows;
}

} // namespace regionlens::app
