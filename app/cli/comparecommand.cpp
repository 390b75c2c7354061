// SPDX-License-Identifier: GPL-3.0-or-later
// The indicator catalogue and the comparison (issue 12): `indicators
// [--search TEXT] [--theme ID] [--category ID]`, `compare --region CODE …`
// and the derived measures of `export --per …` (datacommands.cpp calls
// runDerivedExport). All three read the store through the catalogue and the
// adapters (indicatorcatalog.h, indicatoradapter.h, compareadapter.h).
#include "analysissupport.h"
#include "cli.h"

#include "datasets/adapters/compareadapter.h"
#include "datasets/adapters/indicatoradapter.h"
#include "datasets/indicatorcatalog.h"
#include "datasets/store.h"

#include <cmath>

using namespace Qt::StringLiterals;
using regionlens::cli::support::prefix;
using regionlens::datasets::Store;
namespace catalogue = regionlens::datasets::indicatorcatalog;
namespace derived = regionlens::datasets::indicatoradapter;
namespace compare = regionlens::datasets::compareadapter;

namespace regionlens::cli {
namespace {

QString number(double v)
{
    return std::isfinite(v) ? formatNumber(v) : QString();
}

bool parseYearOption(Context &ctx, const QString &option, std::optional<int> *year)
{
    if (!ctx.args.has(option))
        return true;
    bool ok = false;
    *year = ctx.args.value(option).toInt(&ok);
    if (!ok)
        ctx.err << prefix(ctx) << option << " must be a year, not '" << ctx.args.value(option) << "'\n";
    return ok;
}

bool checkTheme(Context &ctx, const QString &theme)
{
    if (theme.isEmpty() || catalogue::theme(theme))
        return true;
    QStringList ids;
    for (const datasets::IndicatorTheme &t : catalogue::themes())
        ids << t.id;
    ctx.err << prefix(ctx) << "--theme must be one of " << ids.join(u", "_s) << ", not '" << theme << "'\n";
    return false;
}

} // namespace

int runIndicators(Context &ctx)
{
    const QString search = ctx.args.value(u"--search"_s);
    const QString theme = ctx.args.value(u"--theme"_s);
    const QString category = ctx.args.value(u"--category"_s);
    if (!checkTheme(ctx, theme))
        return BadInput;
    if (!category.isEmpty() && !catalogue::category(category)) {
        QStringList ids;
        for (const datasets::IndicatorCategory &c : catalogue::categories())
            ids << c.id;
        ctx.err << prefix(ctx) << "--category must be one of " << ids.join(u", "_s) << ", not '" << category << "'\n";
        return BadInput;
    }
    Store store;
    if (!openStoreForReading(ctx, store))
        return Failure;
    ctx.out << "id,kind,name_ja,name_en,unit,years,source,licence,item_code,category,themes\n";
    for (const datasets::IndicatorInfo &info : store.indicators()) {
        const datasets::CatalogEntry entry = catalogue::entryFor(info);
        if ((!theme.isEmpty() && !entry.themes.contains(theme)) || (!category.isEmpty() && entry.category != category)
            || !catalogue::matches(info, entry, search))
            continue;
        const QList<int> years = store.years(info.id);
        const QString span = years.isEmpty()       ? QString()
                             : years.size() == 1 ? QString::number(years.first())
                                                 : u"%1-%2 (%3)"_s.arg(years.first()).arg(years.last()).arg(years.size());
        ctx.out << info.id << ',' << info.kind << ',' << csvField(info.nameJa) << ',' << csvField(info.nameEn) << ','
                << csvField(info.unitJa) << ',' << csvField(span) << ',' << csvField(info.sourceJa) << ','
                << csvField(info.licence) << ',' << entry.itemCode << ',' << entry.category << ','
                << csvField(entry.themes.join(u';')) << '\n';
    }
    return Ok;
}

int runCompare(Context &ctx)
{
    compare::Request request;
    request.region = ctx.args.value(u"--region"_s);
    if (request.region.isEmpty()) {
        ctx.err << prefix(ctx) << "--region CODE is required (a 5-digit municipality or 2-digit prefecture code)\n";
        return BadInput;
    }
    request.peers = compare::peerModeFromText(ctx.args.value(u"--peers"_s), &request.peerList);
    if (request.peers == compare::PeerMode::List && request.peerList.isEmpty()) {
        ctx.err << prefix(ctx) << "--peers must be prefecture, similar or a list of codes\n";
        return BadInput;
    }
    if (ctx.args.has(u"--k"_s)) {
        bool ok = false;
        request.k = ctx.args.value(u"--k"_s).toInt(&ok);
        if (!ok || request.k < 1) {
            ctx.err << prefix(ctx) << "--k must be a positive number of similar regions\n";
            return BadInput;
        }
    }
    request.theme = ctx.args.value(u"--theme"_s);
    if (!checkTheme(ctx, request.theme) || !parseYearOption(ctx, u"--year"_s, &request.year))
        return BadInput;
    const std::optional<derived::Per> per = derived::perFromKey(ctx.args.value(u"--per"_s));
    if (!per || *per == derived::Per::Share) {
        ctx.err << prefix(ctx) << "--per must be capita, 1000, 100000, area (km2) or household, not '"
                << ctx.args.value(u"--per"_s) << "'\n";
        return BadInput;
    }
    request.per = *per;
    Store store;
    if (!openStoreForReading(ctx, store))
        return Failure;
    const compare::Result result = compare::compute(compare::load(store, request), request);
    if (!result.error.isEmpty()) {
        ctx.err << prefix(ctx) << result.error << '\n';
        return BadInput;
    }
    for (const QString &note : result.conventions)
        ctx.err << prefix(ctx) << "note: " << note << '\n';
    ctx.err << prefix(ctx) << "note: peers " << result.peers.join(u' ') << '\n';
    ctx.out << "indicator_id,name_ja,unit,year,value,peer_median,percentile,rank,n\n";
    for (const compare::Row &row : result.rows)
        ctx.out << row.indicator << ',' << csvField(row.nameJa) << ',' << csvField(row.unitJa) << ',' << row.year << ','
                << number(row.value) << ',' << number(row.peerMedian) << ',' << number(row.percentile) << ','
                << (row.rank > 0 ? QString::number(row.rank) : QString()) << ',' << row.n << '\n';
    return Ok;
}

int runDerivedExport(Context &ctx)
{
    derived::Request request;
    request.indicator = ctx.args.value(u"--indicator"_s);
    const std::optional<derived::Per> per = derived::perFromKey(ctx.args.value(u"--per"_s));
    if (!per) {
        ctx.err << prefix(ctx) << "--per must be capita, 1000, 100000, area (km2), household or share, not '"
                << ctx.args.value(u"--per"_s) << "'\n";
        return BadInput;
    }
    request.per = *per;
    request.parent = ctx.args.value(u"--parent"_s);
    const QString change = ctx.args.value(u"--change"_s);
    if (!change.isEmpty() && change != u"difference" && change != u"growth") {
        ctx.err << prefix(ctx) << "--change must be difference or growth, not '" << change << "'\n";
        return BadInput;
    }
    request.change = change.isEmpty() ? derived::Change::None
                     : change == u"growth" ? derived::Change::Growth
                                           : derived::Change::Difference;
    if (!parseYearOption(ctx, u"--year"_s, &request.year) || !parseYearOption(ctx, u"--from"_s, &request.fromYear))
        return BadInput;
    const QString levelKey = ctx.args.value(u"--level"_s, u"municipality"_s);
    bool ok = false;
    request.level = datasets::regionLevelFromKey(levelKey, &ok);
    if (!ok) {
        ctx.err << prefix(ctx) << "--level must be nation, prefecture or municipality, not '" << levelKey << "'\n";
        return BadInput;
    }
    Store store;
    if (!openStoreForReading(ctx, store))
        return Failure;
    const derived::Result result = derived::compute(derived::load(store, request), request);
    if (!result.error.isEmpty()) {
        ctx.err << prefix(ctx) << result.error << '\n';
        return BadInput;
    }
    for (const QString &note : result.conventions)
        ctx.err << prefix(ctx) << "note: " << note << '\n';
    QHash<QString, QString> names;
    for (const datasets::Region &r : store.regions(request.level))
        names.insert(r.code, r.nameJa);
    ctx.out << "region_code,region_name,year,value,unit,numerator,denominator,denominator_year\n";
    for (const derived::Value &v : result.values)
        ctx.out << v.region << ',' << csvField(names.value(v.region)) << ',' << result.year << ',' << number(v.value)
                << ',' << csvField(result.unitJa) << ',' << number(v.raw) << ',' << number(v.denominator) << ','
                << (v.denominatorYear > 0 ? QString::number(v.denominatorYear) : QString()) << '\n';
    return Ok;
}

} // namespace regionlens::cli
