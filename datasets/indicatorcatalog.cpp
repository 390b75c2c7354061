// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorcatalog.h"

#include "catalogsnapshot.h"
#include "csvreader.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regionlens::datasets::indicatorcatalog {
namespace {

struct Bundled
{
    QList<BundledItem> items;
    QHash<QString, qsizetype> index;
    QString error;
};

const Bundled &bundled()
{
    static const Bundled b = [] {
        Bundled out;
        QFile file(u":/regionlens/starter/ssdse_items.csv"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            out.error = u"the bundled catalogue ssdse_items.csv is missing"_s;
            return out;
        }
        CsvReader reader(QString::fromUtf8(file.readAll()));
        QStringList f;
        if (!reader.next(&f)) {
            out.error = u"ssdse_items.csv is empty"_s;
            return out;
        }
        const CsvHeader h(f);
        const QStringList wanted = {u"id"_s,        u"item_code"_s, u"name_ja"_s,  u"name_en"_s, u"unit_ja"_s,
                                    u"unit_en"_s,   u"category"_s,  u"themes"_s,   u"additive"_s, u"tables"_s,
                                    u"source_ja"_s, u"source_en"_s, u"licence"_s,  u"note_ja"_s, u"note_en"_s};
        QList<int> c;
        for (const QString &name : wanted) {
            c.append(h.indexOf(name));
            if (c.last() < 0) {
                out.error = u"ssdse_items.csv: no column '%1'"_s.arg(name);
                return out;
            }
        }
        while (reader.next(&f)) {
            if (f.size() != h.names().size()) {
                out.error = u"ssdse_items.csv, line %1: %2 fields"_s.arg(reader.line()).arg(f.size());
                out.items.clear();
                return out;
            }
            BundledItem it;
            it.info = IndicatorInfo{f.at(c[0]),  f.at(c[2]),  f.at(c[3]),  f.at(c[4]), f.at(c[5]),
                                    f.at(c[10]), f.at(c[11]), f.at(c[12]), u"SSDSE"_s, u"observation"_s,
                                    f.at(c[13]), f.at(c[14])};
            it.entry.id = it.info.id;
            it.entry.itemCode = f.at(c[1]);
            const QString letter = f.at(c[6]);
            for (const IndicatorCategory &cat : categories())
                if (cat.letter == letter)
                    it.entry.category = cat.id;
            it.entry.themes = f.at(c[7]).split(u';', Qt::SkipEmptyParts);
            it.entry.additive = f.at(c[8]) == u"1";
            it.entry.tables = f.at(c[9]).split(u';', Qt::SkipEmptyParts);
            out.index.insert(it.info.id, out.items.size());
            out.items.append(it);
        }
        return out;
    }();
    return b;
}

// The starter indicators that are not SSDSE items (catalog::starterIndicators()).
struct StarterFacts
{
    const char *id;
    const char *category;
    const char *themes;
    bool additive;
};
constexpr StarterFacts kStarter[] = {
    {"population", "population", "population", true},
    {"population_age_sex_census", "population", "population", true},
    {"population_age_sex_census_earlier", "population", "population", true},
    {"population_age_sex_juki", "population", "population", true},
    {"population_age_sex_estimate", "population", "population", true},
    {"total_fertility_rate", "population", "population", false},
    {"gdp_nominal", "economy", "business", true},
    {"establishments", "economy", "business", true},
    {"employees", "economy", "business;employment", true},
    {"migration", "population", "population", true},
};

QString fold(const QString &text)
{
    // NFKC: full-width letters, digits and spaces to ASCII, half-width kana to full-width.
    QString s = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    s.replace(u'~', u'-');   // 15～64 (NFKC: ~) is found by "15-64"
    s.replace(u'〜', u'-');
    return s;
}

} // namespace

const QList<IndicatorCategory> &categories()
{
    static const QList<IndicatorCategory> list = {
        {u"population"_s, u"A"_s, u"人口・世帯"_s, u"Population and households"_s},
        {u"environment"_s, u"B"_s, u"自然環境"_s, u"Natural environment"_s},
        {u"economy"_s, u"C"_s, u"経済基盤"_s, u"Economic base"_s},
        {u"administration"_s, u"D"_s, u"行政基盤"_s, u"Administrative base"_s},
        {u"education"_s, u"E"_s, u"教育"_s, u"Education"_s},
        {u"labour"_s, u"F"_s, u"労働"_s, u"Labour"_s},
        {u"culture"_s, u"G"_s, u"文化・スポーツ"_s, u"Culture and sports"_s},
        {u"housing"_s, u"H"_s, u"居住"_s, u"Housing and living environment"_s},
        {u"health"_s, u"I"_s, u"健康・医療"_s, u"Health and medical care"_s},
        {u"welfare"_s, u"J"_s, u"福祉・社会保障"_s, u"Welfare and social security"_s},
        {u"safety"_s, u"K"_s, u"安全"_s, u"Safety"_s},
        {u"household_budget"_s, u"L"_s, u"家計"_s, u"Household budget"_s},
        {u"other"_s, QString(), u"その他"_s, u"Other"_s},
    };
    return list;
}

const QList<IndicatorTheme> &themes()
{
    static const QList<IndicatorTheme> list = {
        {u"population"_s, u"人口"_s, u"Population"_s, u"人口マップ"_s},
        {u"business"_s, u"企業活動"_s, u"Business activity"_s, u"企業活動マップ"_s},
        {u"consumption"_s, u"消費"_s, u"Consumption"_s, u"消費マップ"_s},
        {u"tourism"_s, u"観光"_s, u"Tourism"_s, u"観光マップ"_s},
        {u"health_welfare"_s, u"医療・福祉"_s, u"Health care and welfare"_s, u"医療・福祉マップ"_s},
        {u"finance"_s, u"地方財政"_s, u"Local public finance"_s, u"地方財政マップ"_s},
        {u"employment"_s, u"雇用"_s, u"Employment"_s, u"雇用／医療・福祉マップ"_s},
        {u"town"_s, u"まちづくり"_s, u"Town planning and housing"_s, u"まちづくりマップ"_s},
    };
    return list;
}

template<typename T>
std::optional<T> byId(const QList<T> &list, const QString &id)
{
    for (const T &item : list)
        if (item.id == id)
            return item;
    return std::nullopt;
}

std::optional<IndicatorTheme> theme(const QString &id)
{
    return byId(themes(), id);
}

std::optional<IndicatorCategory> category(const QString &id)
{
    return byId(categories(), id);
}

const QList<BundledItem> &bundledSsdseItems(QString *error)
{
    if (error)
        *error = bundled().error;
    return bundled().items;
}

CatalogEntry entryFor(const IndicatorInfo &info)
{
    const Bundled &b = bundled();
    if (const auto it = b.index.constFind(info.id); it != b.index.constEnd())
        return b.items.at(*it).entry;
    CatalogEntry e;
    e.id = info.id;
    for (const StarterFacts &s : kStarter)
        if (info.id == QLatin1StringView(s.id)) {
            e.category = QString::fromLatin1(s.category);
            e.themes = QString::fromLatin1(s.themes).split(u';');
            e.additive = s.additive;
            return e;
        }
    e.category = u"other"_s;
    // An SSDSE table imported by the user: ssdse_<item code>.
    if (info.id.startsWith(u"ssdse_"_s) && info.id.size() > 6 && !info.id.startsWith(u"ssdse_b_"_s)) {
        e.itemCode = info.id.mid(6).toUpper();
        for (const IndicatorCategory &c : categories())
            if (!c.letter.isEmpty() && e.itemCode.startsWith(c.letter))
                e.category = c.id;
    }
    e.additive = !info.unitJa.contains(u'%') && !info.nameJa.contains(u"率"_s) && !info.nameJa.contains(u"当たり"_s);
    return e;
}

bool matches(const IndicatorInfo &info, const CatalogEntry &entry, const QString &text)
{
    const QStringList words = fold(text).split(QChar(u' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    const QString hay = fold(info.id + u' ' + entry.itemCode + u' ' + info.nameJa + u' ' + info.nameEn);
    for (const QString &w : words)
        if (!hay.contains(w))
            return false;
    return true;
}

CatalogEntry entryOf(const CatalogSnapshot &snapshot, const QString &indicator)
{
    if (const std::optional<IndicatorInfo> info = snapshot.indicator(indicator))
        return entryFor(*info);
    CatalogEntry e;
    e.id = indicator;
    e.category = u"other"_s;
    return e;
}

QList<IndicatorCategory> categoriesIn(const CatalogSnapshot &snapshot)
{
    QSet<QString> present;
    for (const IndicatorInfo &info : snapshot.indicators())
        present.insert(entryFor(info).category);
    QList<IndicatorCategory> out;
    for (const IndicatorCategory &c : categories())
        if (present.contains(c.id))
            out.append(c);
    return out;
}

QList<IndicatorTheme> themesIn(const CatalogSnapshot &snapshot)
{
    QSet<QString> present;
    for (const IndicatorInfo &info : snapshot.indicators())
        for (const QString &t : entryFor(info).themes)
            present.insert(t);
    QList<IndicatorTheme> out;
    for (const IndicatorTheme &t : themes())
        if (present.contains(t.id))
            out.append(t);
    return out;
}

QList<IndicatorInfo> findIndicators(const CatalogSnapshot &snapshot, const QString &text, const QString &theme,
                                    const QString &category)
{
    QList<IndicatorInfo> out;
    for (const IndicatorInfo &info : snapshot.indicators()) {
        const CatalogEntry e = entryFor(info);
        if ((!theme.isEmpty() && !e.themes.contains(theme)) || (!category.isEmpty() && e.category != category))
            continue;
        if (matches(info, e, text))
            out.append(info);
    }
    return out;
}

} // namespace regionlens::datasets::indicatorcatalog
