// SPDX-License-Identifier: GPL-3.0-or-later
#include "compareadapter.h"

#include "analysis/peercompare.h"
#include "datasets/indicatorcatalog.h"
#include "datasets/store.h"

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace regionlens::datasets::compareadapter {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The plain values of every (indicator, year) a load needs, read with one statement
// (Store::plainValues); values() aligns one of them with a level's index.
class PlainValues
{
public:
    void want(const QString &indicator, int year)
    {
        if (!m_wanted.contains({indicator, year}))
            m_wanted.append({indicator, year});
    }
    void read(const Store &store)
    {
        for (PlainValue &v : store.plainValues(m_wanted))
            m_values[{v.indicator, v.year}].append({std::move(v.region), v.value});
    }
    RegionValues values(const QString &indicator, int year, const QHash<QString, qsizetype> &index) const
    {
        RegionValues out(index.size(), kNaN);
        for (const auto &[region, value] : m_values.value({indicator, year}))
            if (const auto it = index.constFind(region); it != index.cend() && std::isfinite(value))
                out[*it] = value;
        return out;
    }

private:
    QList<std::pair<QString, int>> m_wanted;
    QHash<std::pair<QString, int>, QList<std::pair<QString, double>>> m_values;
};

QHash<QString, qsizetype> indexOf(const QList<Region> &regions)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < regions.size(); ++i)
        index.insert(regions.at(i).code, i);
    return index;
}

// Municipal values summed by prefecture, aligned with the prefectures' index (a prefecture
// any of whose municipalities lacks a value has none).
RegionValues sumByPrefecture(const RegionValues &municipal, const QList<Region> &municipalities,
                             const QHash<QString, qsizetype> &prefectures)
{
    RegionValues out(prefectures.size(), 0.0);
    for (qsizetype i = 0; i < municipalities.size(); ++i)
        if (const auto it = prefectures.constFind(municipalities.at(i).code.left(2)); it != prefectures.cend())
            out[*it] += municipal.at(i);   // NaN stays NaN
    return out;
}

const char *const kEmployed = "ssdse.f1102";
const char *const kSecondary = "ssdse.f2211";
const char *const kTertiary = "ssdse.f2221";

} // namespace

PeerMode peerModeFromText(const QString &text, QStringList *codes)
{
    const QString t = text.trimmed();
    codes->clear();
    if (t.isEmpty() || t == u"similar")
        return PeerMode::Similar;
    if (t == u"prefecture")
        return PeerMode::Prefecture;
    for (const QString &c : t.split(u',', Qt::SkipEmptyParts))
        *codes << c.trimmed();
    return PeerMode::List;
}

Inputs load(const Store &store, const Request &request)
{
    Inputs in;
    in.region = request.region.trimmed();
    const std::optional<Region> region = store.region(in.region);
    if (!region || region->level == RegionLevel::Nation) {
        in.error = region ? u"the nation is not compared; give a prefecture or a municipality"_s
                          : u"no region with code '%1' (a 2-digit prefecture or a 5-digit municipality code)"_s.arg(
                                in.region);
        return in;
    }
    in.level = region->level;
    in.regions = store.regions(in.level);
    const QHash<QString, qsizetype> index = indexOf(in.regions);
    for (const QString &c : request.peerList)
        if (!index.contains(c)) {
            in.error = u"peer '%1' is not a %2 code"_s.arg(c, regionLevelKey(in.level));
            return in;
        }
    // Every year of every indicator at the level, then the values of those chosen
    // with one statement (one query per indicator took 0.65 s CPU for 128 of them).
    const QHash<QString, QList<int>> levelYears = store.yearsAtLevel(in.level);
    PlainValues plain;
    for (const IndicatorInfo &info : store.indicators()) {
        if (info.kind == u"flow")
            continue;
        const CatalogEntry entry = indicatorcatalog::entryFor(info);
        if (!request.indicators.isEmpty() ? !request.indicators.contains(info.id)
                                          : !request.theme.isEmpty() && !entry.themes.contains(request.theme))
            continue;
        const QList<int> years = levelYears.value(info.id);
        int year = 0;
        for (int y : years)
            if (!request.year || y <= *request.year)
                year = y;
        if (year == 0) {
            if (!years.isEmpty())
                in.notes << u"%1: no year up to %2"_s.arg(info.id).arg(*request.year);
            continue;
        }
        in.series.append(Series{info, entry, year, {}});
        plain.want(info.id, year);
    }
    // Per division.
    QList<int> denominatorYears;
    if (request.per != indicatoradapter::Per::None) {
        const QString d = indicatoradapter::denominatorId(request.per, {});
        if (const std::optional<IndicatorInfo> info = store.indicator(d)) {
            in.denominatorInfo = *info;
            denominatorYears = levelYears.value(d);
            for (int y : std::as_const(denominatorYears))
                plain.want(d, y);
        } else {
            in.error = u"the store has no '%1', the denominator of --per %2"_s.arg(d, indicatoradapter::perKey(request.per));
            return in;
        }
    }
    // Similarity features (municipal; prefectures: sums of their municipalities).
    const QString pop = QString::fromLatin1(indicatorcatalog::kPopulation);
    int popYear = 0;
    QList<Region> munis;
    if (request.peers == PeerMode::Similar) {
        const QHash<QString, QList<int>> muniYears =
            in.level == RegionLevel::Municipality ? levelYears : store.yearsAtLevel(RegionLevel::Municipality);
        for (int y : muniYears.value(QString::fromLatin1(kEmployed)))
            if (!request.year || y <= *request.year)
                in.featureYear = y;
        if (in.featureYear == 0) {
            in.error = u"the store has no 就業者数 (ssdse.f1102) for the similarity of regions; use --peers prefecture "
                       u"or a list"_s;
            return in;
        }
        for (const char *id : {kEmployed, kSecondary, kTertiary})
            plain.want(QString::fromLatin1(id), in.featureYear);
        popYear = indicatoradapter::nearestYear(levelYears.value(pop), in.featureYear);
        plain.want(pop, popYear);
        munis = in.level == RegionLevel::Municipality ? in.regions : store.regions(RegionLevel::Municipality);
    }
    plain.read(store);

    // Indicators by industry, sex or age have no plain rows: they are not scalars per region.
    for (Series &s : in.series)
        s.values = plain.values(s.info.id, s.year, index);
    in.series.removeIf([](const Series &s) {
        return std::none_of(s.values.cbegin(), s.values.cend(), [](double v) { return std::isfinite(v); });
    });
    for (int y : std::as_const(denominatorYears))
        in.denominator.insert(y, plain.values(in.denominatorInfo.id, y, index));
    if (request.peers == PeerMode::Similar) {
        const QHash<QString, qsizetype> muniIndex = indexOf(munis);
        const auto feature = [&](const char *id) {
            const RegionValues m = plain.values(QString::fromLatin1(id), in.featureYear, muniIndex);
            return in.level == RegionLevel::Municipality ? m : sumByPrefecture(m, munis, index);
        };
        in.employed = feature(kEmployed);
        in.secondary = feature(kSecondary);
        in.tertiary = feature(kTertiary);
        in.population = plain.values(pop, popYear, index);
        in.notes << u"similarity features: 就業者数 %1, 総人口 %2"_s.arg(in.featureYear).arg(popYear);
    }
    return in;
}

Result compute(const Inputs &in, const Request &request, const analysis::ProgressFn &progress)
{
    Result r;
    r.region = in.region;
    r.level = in.level;
    if (!in.error.isEmpty()) {
        r.error = in.error;
        return r;
    }
    for (const Region &reg : in.regions)
        r.codes << reg.code;
    const qsizetype self = r.codes.indexOf(in.region);
    // Peers.
    switch (request.peers) {
    case PeerMode::List:
        for (const QString &c : request.peerList)
            if (c != in.region && !r.peers.contains(c))
                r.peers << c;
        std::sort(r.peers.begin(), r.peers.end());
        r.conventions << u"peers: the list given (%1)"_s.arg(r.peers.size());
        break;
    case PeerMode::Prefecture: {
        QString block;
        for (const Region &reg : in.regions)
            if (reg.code == in.region)
                block = reg.block;
        for (const Region &reg : in.regions) {
            if (reg.code == in.region)
                continue;
            if (in.level == RegionLevel::Municipality ? reg.code.left(2) == in.region.left(2)
                                                      : !block.isEmpty() && reg.block == block)
                r.peers << reg.code;
        }
        r.conventions << (in.level == RegionLevel::Municipality
                              ? u"peers: the other municipalities of prefecture %1 (%2)"_s.arg(in.region.left(2))
                                    .arg(r.peers.size())
                              : u"peers: the other prefectures of block %1 (%2)"_s.arg(block).arg(r.peers.size()));
        break;
    }
    case PeerMode::Similar: {
        std::vector<std::vector<double>> features;
        int target = -1;
        const auto at = [](const RegionValues &v, qsizetype i) { return i < v.size() ? v.at(i) : kNaN; };
        for (qsizetype i = 0; i < in.regions.size(); ++i) {
            const double pop = at(in.population, i), emp = at(in.employed, i);
            const double sec = at(in.secondary, i), ter = at(in.tertiary, i);
            features.push_back({pop > 0 ? std::log(pop) : kNaN, emp > 0 ? (sec + ter) / emp : kNaN,
                                emp > 0 ? ter / emp : kNaN});
        }
        target = int(self);
        const analysis::Neighbours nb = analysis::nearestNeighbours(features, target, request.k);
        for (size_t i = 0; i < nb.indices.size(); ++i) {
            r.peers << in.regions.at(nb.indices[i]).code;
            r.distances << nb.distances[i];
        }
        for (const std::string &w : nb.warnings)
            r.conventions << QString::fromStdString(w);
        r.conventions << u"peers: the %1 nearest %2 on standardised log(population), (secondary+tertiary)/employed "
                         u"and tertiary/employed (census %3; modelled on 総務省 類似団体区分)"_s.arg(r.peers.size())
                             .arg(in.level == RegionLevel::Municipality ? u"municipalities"_s : u"prefectures"_s)
                             .arg(in.featureYear);
        break;
    }
    }
    // Rows: arrays aligned with the codes, the peers as positions.
    std::vector<qsizetype> peerIndex;
    for (const QString &p : std::as_const(r.peers))
        peerIndex.push_back(r.codes.indexOf(p));
    const QList<int> dYears = in.denominator.keys();
    QString fJa, fEn;
    std::vector<double> peerValues(peerIndex.size());
    for (qsizetype i = 0; i < in.series.size(); ++i) {
        if (progress && (i & 15) == 0 && !progress(double(i) / double(in.series.size())))
            return r;
        const Series &s = in.series.at(i);
        Row row;
        row.indicator = s.info.id;
        row.nameJa = s.info.nameJa;
        row.nameEn = s.info.nameEn;
        row.category = s.entry.category;
        row.year = s.year;
        row.perApplied = request.per != indicatoradapter::Per::None && s.entry.additive;
        describe(row.perApplied ? request.per : indicatoradapter::Per::None, s.info, in.denominatorInfo, &fJa, &fEn,
                 &row.unitJa, &row.unitEn);
        row.all = s.values;
        if (row.perApplied) {
            const RegionValues d = in.denominator.value(indicatoradapter::nearestYear(dYears, s.year));
            for (qsizetype k = 0; k < row.all.size(); ++k)
                row.all[k] = indicatoradapter::divide(row.all.at(k), k < d.size() ? d.at(k) : kNaN, request.per);
        }
        for (size_t p = 0; p < peerIndex.size(); ++p)
            peerValues[p] = peerIndex[p] >= 0 ? row.all.at(peerIndex[p]) : kNaN;
        const analysis::PeerPosition pos = analysis::peerPosition(self >= 0 ? row.all.at(self) : kNaN, peerValues);
        row.value = pos.value;
        row.peerMedian = pos.peerMedian;
        row.percentile = pos.percentile;
        row.rank = pos.rank;
        row.n = pos.n;
        r.rows.append(std::move(row));
    }
    if (request.per != indicatoradapter::Per::None)
        r.conventions << u"per %1: additive indicators divided by %2 at the nearest year; rates, averages and prices "
                         u"as they are"_s.arg(indicatoradapter::perKey(request.per), in.denominatorInfo.id);
    r.conventions << u"each indicator at its latest year%1 at the %2 level"_s
                         .arg(request.year ? u" up to %1"_s.arg(*request.year) : QString(), regionLevelKey(in.level));
    r.conventions << u"percentile: mid-rank among the peers with a value; rank: 1 = largest among the region and its "
                     u"peers; n: those with a value"_s;
    r.conventions += in.notes;
    if (progress)
        progress(1.0);
    return r;
}

double Result::valueOf(const Row &row, const QString &code) const
{
    const qsizetype i = codes.indexOf(code);
    return i >= 0 && i < row.all.size() ? row.all.at(i) : kNaN;
}

} // namespace regionlens::datasets::compareadapter
