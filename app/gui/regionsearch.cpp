// SPDX-License-Identifier: GPL-3.0-or-later
#include "regionsearch.h"

#include "datasets/catalogsnapshot.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace {

// "Aichi-ken" → also "Aichi"; "愛知県" → also "愛知": typing either finds it.
QStringList withoutSuffix(const QString &name)
{
    QStringList out{name};
    for (const QString &suffix : {u"-ken"_s, u"-fu"_s, u"-to"_s, u" Prefecture"_s, u"県"_s, u"府"_s})
        if (name.size() > suffix.size() + 1 && name.endsWith(suffix))
            out << name.chopped(suffix.size());
    return out;
}

} // namespace

QList<RegionEntry> regionEntries(const datasets::CatalogSnapshot &catalog, bool japanese)
{
    QList<RegionEntry> out;
    QHash<QString, QString> prefectureNames;
    for (const datasets::Region &r : catalog.regions(datasets::RegionLevel::Prefecture)) {
        const QString name = japanese || r.nameEn.isEmpty() ? r.nameJa : r.nameEn;
        prefectureNames.insert(r.code, name);
        RegionEntry e{r.code, u"%1 %2"_s.arg(r.code, name), withoutSuffix(r.nameJa) + withoutSuffix(r.nameEn)};
        e.keys << r.code;
        out << e;
    }
    for (const datasets::RegionGroup &g : catalog.regionGroups())
        out << RegionEntry{u"group:"_s + g.id, japanese ? g.nameJa : g.nameEn, {g.nameJa, g.nameEn}};
    for (const datasets::Region &r : catalog.regions(datasets::RegionLevel::Municipality)) {
        const QString name = japanese || r.nameEn.isEmpty() ? r.nameJa : r.nameEn;
        if (name.isEmpty())
            continue;   // a store without municipal names: nothing to find it by
        const QString prefecture = prefectureNames.value(r.parent, r.parent);
        const QString label = (japanese ? u"%1（%2）"_s : u"%1 (%2)"_s).arg(name, prefecture);
        RegionEntry e{r.code, label, {r.nameJa, r.code}};
        if (!r.nameEn.isEmpty())
            e.keys << r.nameEn;
        out << e;
    }
    return out;
}

QString regionEntryLabel(const QList<RegionEntry> &entries, const QString &code)
{
    for (const RegionEntry &e : entries)
        if (e.code == code)
            return e.label;
    return {};
}

QList<int> matchRegions(const QList<RegionEntry> &entries, const QString &text, int limit)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return {};
    QList<int> prefix, contains;
    for (int i = 0; i < entries.size(); ++i) {
        bool starts = false, inside = false;
        for (const QString &key : entries.at(i).keys) {
            if (key.startsWith(needle, Qt::CaseInsensitive))
                starts = true;
            else if (key.contains(needle, Qt::CaseInsensitive))
                inside = true;
        }
        if (starts)
            prefix << i;
        else if (inside)
            contains << i;
    }
    QList<int> out = prefix + contains;
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace regionlens::app
