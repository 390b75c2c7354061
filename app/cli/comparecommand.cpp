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

// The output format and the store of a command; *code is the exit code when it returns false.
bool prepare(Context &ctx, support::OutputFormat *format, Store &store, int *code)
{
    *format = support::OutputFormat::Csv;
    if (!support::parseFormat(ctx, format)) {
        *code = BadInput;
        return false;
    }
    if (!openStoreForReading(ctx, store)) {
        *code = Failure;
        return false;
    }
    return true;
}

// An adapter's error (false) or its conventions as notes on stderr.
bool report(Context &ctx, const QString &error, const QStringList &conventions)
{
    if (!error.isEmpty()) {
        ctx.err << prefix(ctx) << error << '\n';
        return false;
    }
    for (const QString &note : conventions)
        ctx.err << prefix(ctx) << "note: " << note << '\n';
    return true;
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
    support::OutputFormat format;
    Store store;
    int code = Ok;
    if (!prepare(ctx, &format, store, &code))
        return code;
    const compare::Result result = compare::compute(compare::load(store, request), request);
    if (!report(ctx, result.error, result.conventions))
        return BadInput;
    ctx.err << prefix(ctx) << "note: peers " << result.peers.join(u' ') << '\n';
    support::OutputTable table;
    table.columns = {u"indicator_id"_s, u"name_ja"_s, u"unit"_s,      u"year"_s, u"value"_s,
                     u"peer_median"_s,  u"percentile"_s, u"rank"_s, u"n"_s};
    for (const compare::Row &row : result.rows)
        table.rows.append({row.indicator, row.nameJa, row.unitJa, row.year, row.value, row.peerMedian,
                           row.percentile, row.rank > 0 ? QVariant(row.rank) : QVariant(qQNaN()), row.n});
    support::writeTable(ctx, table, format);
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
    support::OutputFormat format;
    Store store;
    int code = Ok;
    if (!prepare(ctx, &format, store, &code))
        return code;
    const derived::Result result = derived::compute(derived::load(store, request), request);
    if (!report(ctx, result.error, result.conventions))
        return BadInput;
    QHash<QString, QString> names;
    for (const datasets::Region &r : store.regions(request.level))
        names.insert(r.code, r.nameJa);
    support::OutputTable table;
    table.columns = {u"region_code"_s, u"region_name"_s, u"year"_s,        u"value"_s,
                     u"unit"_s,        u"numerator"_s,   u"denominator"_s, u"denominator_year"_s};
    for (const derived::Value &v : result.values)
        table.rows.append({v.region, names.value(v.region), result.year, v.value, result.unitJa, v.raw, v.denominator,
                           v.denominatorYear > 0 ? QVariant(v.denominatorYear) : QVariant(qQNaN())});
    support::writeTable(ctx, table, format);
    return Ok;
}

} // namespace regionlens::cli
