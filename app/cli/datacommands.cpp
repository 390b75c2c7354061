// SPDX-License-Identifier: GPL-3.0-or-later
// Store commands: regions, export (indicators and export --per: comparecommand.cpp).
#include "cli.h"

#include "datasets/store.h"

#include <QSet>

using namespace Qt::StringLiterals;
using regionlens::datasets::Observation;
using regionlens::datasets::ObservationQuery;
using regionlens::datasets::RegionLevel;
using regionlens::datasets::Store;

namespace regionlens::cli {
namespace {

bool parseLevel(Context &ctx, const QString &fallback, std::optional<RegionLevel> *level)
{
    const QString key = ctx.args.value(u"--level"_s, fallback);
    if (key.isEmpty() || key == u"all") {
        level->reset();
        return true;
    }
    bool ok = false;
    *level = datasets::regionLevelFromKey(key, &ok);
    if (!ok)
        ctx.err << "regionlens-cli: --level must be nation, prefecture, municipality or all, not '" << key << "'\n";
    return ok;
}

} // namespace

int runRegions(Context &ctx)
{
    std::optional<RegionLevel> level;
    if (!parseLevel(ctx, u"prefecture"_s, &level))
        return BadInput;
    Store store;
    if (!openStoreForReading(ctx, store))
        return Failure;
    ctx.out << "region_code,name_ja,name_en,block\n";
    for (const datasets::Region &r : store.regions(level)) {
        const QString block = r.level == RegionLevel::Municipality ? r.parent : r.block;
        ctx.out << r.code << ',' << csvField(r.nameJa) << ',' << csvField(r.nameEn) << ',' << block << '\n';
    }
    return Ok;
}

int runExport(Context &ctx)
{
    const QString id = ctx.args.value(u"--indicator"_s);
    if (id.isEmpty()) {
        ctx.err << "regionlens-cli export: --indicator ID is required (see 'regionlens-cli indicators')\n";
        return BadInput;
    }
    if (ctx.args.has(u"--per"_s) || ctx.args.has(u"--change"_s))
        return runDerivedExport(ctx);   // comparecommand.cpp
    std::optional<int> year;
    if (ctx.args.has(u"--year"_s)) {
        bool ok = false;
        year = ctx.args.value(u"--year"_s).toInt(&ok);
        if (!ok) {
            ctx.err << "regionlens-cli export: --year must be a year, not '" << ctx.args.value(u"--year"_s) << "'\n";
            return BadInput;
        }
    }
    std::optional<RegionLevel> level;
    if (!parseLevel(ctx, u"all"_s, &level))
        return BadInput;
    Store store;
    if (!openStoreForReading(ctx, store))
        return Failure;
    const std::optional<datasets::IndicatorInfo> info = store.indicator(id);
    if (!info) {
        ctx.err << "regionlens-cli export: the store has no indicator '" << id << "' (see 'regionlens-cli indicators')\n";
        return BadInput;
    }
    if (year && !store.years(id).contains(*year)) {
        ctx.err << "regionlens-cli export: indicator '" << id << "' has no data for " << *year << '\n';
        return BadInput;
    }
    if (info->kind == u"flow") {
        ctx.out << "origin_code,destination_code,year,sex,age_class,value,status\n";
        for (const datasets::Flow &f : store.flows(id, year))
            ctx.out << f.origin << ',' << f.destination << ',' << f.year << ',' << f.sex << ',' << f.ageClass << ','
                    << formatNumber(f.value) << ',' << f.status << '\n';
        return Ok;
    }
    ObservationQuery query;
    query.indicator = id;
    query.year = year;
    query.level = level;
    query.industry = ctx.args.has(u"--industry"_s) ? std::optional<QString>(ctx.args.value(u"--industry"_s))
                                                   : std::nullopt;
    query.sex = ctx.args.has(u"--sex"_s) ? std::optional<QString>(ctx.args.value(u"--sex"_s)) : std::nullopt;
    query.ageClass = ctx.args.has(u"--age"_s) ? std::optional<QString>(ctx.args.value(u"--age"_s)) : std::nullopt;
    QHash<QString, QString> names;
    for (const datasets::Region &r : store.regions())
        names.insert(r.code, r.nameJa);
    ctx.out << "region_code,region_name,industry_code,year,measure,sex,age_class,value,unit,status\n";
    for (const Observation &o : store.observations(query)) {
        ctx.out << o.region << ',' << csvField(names.value(o.region)) << ',' << o.industry << ',' << o.year << ','
                << id << ',' << o.sex << ',' << o.ageClass << ',' << formatNumber(o.value) << ','
                << csvField(info->unitJa) << ',' << o.status << '\n';
    }
    return Ok;
}

} // namespace regionlens::cli
