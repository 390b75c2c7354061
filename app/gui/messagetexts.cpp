// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetexts.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace {

struct Template
{
    const char *source;   // as the datasets layer writes it
    const char *nested;   // the arguments that are messages themselves, e.g. "2"
};

// clang-format off
constexpr Template kTemplates[] = {
    {QT_TRANSLATE_NOOP("ImportMessage", "%1: error: %2"), "2"},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1: warning: %2"), "2"},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1: info: %2"), "2"},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1: format %2%3"), "3"},
    {QT_TRANSLATE_NOOP("ImportMessage", ", encoding %1"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 %2 for indicator '%3'%4"), "24"},
    {QT_TRANSLATE_NOOP("ImportMessage", "values"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "flows"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", ", %1–%2 (%3 years)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 boundaries (%2)%3"), "23"},
    {QT_TRANSLATE_NOOP("ImportMessage", ", %1 region names"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 stored without a number, status %2"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 skipped: %2"), "2"},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 errors, %2 warnings"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "further issues are counted but not listed"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the import was cancelled"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the file has %1 error(s); nothing was stored: %2"), "2"},
    {QT_TRANSLATE_NOOP("ImportMessage", "prefecture"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "municipality"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "nation"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "origin"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "destination"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "region"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "year"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "value"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "industry"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "sex"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "age class"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "status"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "unit"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "layer '%1' (of %2)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "code property '%1' (detected: %2 regions)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "code property '%1'"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "name property '%1'"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "names from N03_004 (with N03_003 for the wards of designated cities)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "level %1"), "1"},
    {QT_TRANSLATE_NOOP("ImportMessage", "lines 1–%1: metadata, skipped"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "column %1 '%2' → %3"), "3"},
    {QT_TRANSLATE_NOOP("ImportMessage", "year %1 (--year)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "year %1"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 '%2' (%3 categories) → %4"), "4"},
    {QT_TRANSLATE_NOOP("ImportMessage", "line %1: %2 columns of %3"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "first column '%1': %2"), "2"},
    {QT_TRANSLATE_NOOP("ImportMessage", "indicator '%1' (flows)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "indicator '%1'"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "column %1 %2 '%3' → indicator %4%5"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 → destination"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 → year"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 → value"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 → indicator id"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 → %2"), "2"},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 measures (表章項目) become indicators %2 … %3"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 ward features joined to their designated cities"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "GeoJSON boundaries (FeatureCollection of polygons)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "TopoJSON boundaries (quantized arcs, one object)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "GeoPackage features table (EPSG:4326 / JGD2011)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "e-Stat CSV download or Statistics Bureau CSV table (UTF-8 or Shift_JIS)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "e-Stat API getStatsData response (JSON)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "Wide OD matrix: destinations across, origins down (住民基本台帳人口移動報告)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "SSDSE wide table (統計センター), Shift_JIS or UTF-8"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "features without a code (e.g. 所属未定地, unassigned areas)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "regions the store does not have"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "features of another level than %1"), "1"},
    {QT_TRANSLATE_NOOP("ImportMessage", "features without geometry"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "特別区部 (13100) is an aggregate of Tokyo's 23 wards, not a region"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "not at the requested level (%1)"), "1"},
    {QT_TRANSLATE_NOOP("ImportMessage", "year other than %1 (--year)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "age not stated (年齢不詳) has no age class"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "total or note rows"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "diagonal '%1' (moves within a region are not in the table)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "empty cell"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "column '%1' skipped (a total)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "note line ignored: %1"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the file is empty"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "nothing to import: the file holds no values"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the format is not recognised (give --format: %1)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "unknown format '%1' (known: %2)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "unknown encoding '%1'"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "binary data in no supported format"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "binary data, not text"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "a NUL byte: binary data, not text"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the file is not valid %1"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the file is not valid UTF-16"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the file starts with a UTF-8 byte order mark but is not valid UTF-8"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "mixed encodings: line %1 is UTF-8 but line %2 is not"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 fields, expected %2 (truncated or malformed row)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "line %1: a quoted field is not closed before the end of the file"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "a code of %1 characters ('%2…'): codes are at most %3 characters"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "cannot open: %1"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "cannot open: not readable"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "cannot write a temporary copy"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "'%1' is not a year"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "'%1' is not a year (write it as 2020, 2020年, FY2020 or 2020年度)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "'%1' is a fiscal year (April %2 to March %3), stored as year %2"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "'%1' is not a number or a known footnote symbol"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "'%1' is not a region code"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "'%1' is not a region"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "'%1' is ambiguous (%2); use the code"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "'%1' is not a %2"), "2"},
    {QT_TRANSLATE_NOOP("ImportMessage", "'%1' is not a sex (総数, 男, 女)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "'%1' is not an age class"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "'%1' is not a usable indicator id (letters, digits, _ . -)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "'%1' is not a valid six-digit local government code (check digit should be %2)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "unknown region '%1'"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "unknown region '%1' (reported above)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "unknown region (as on an earlier line)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "unknown industry '%1' (JSIC divisions A–T or SNA activities)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "municipality %1 is not in the store (merged, renamed or not yet imported)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "no region given"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "several value columns, but '%1' does not name a sex or an age class"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "year %1 taken from the file name; give --year to override"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "year (or give --year)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "no year column (時間軸, 西暦, time …); give --year"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "item %1 has no year ('%2'); give --year"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the matrix has no year; give --year"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "age class (0-4, 85+, TOTAL …)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "both sexes"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "all japan"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "not used"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "an SSDSE table needs three header rows (codes, years, names) of equal length"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "no item '%1' in the table"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "none of the items %1 is in the table"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "no header row of destination regions found in the first 30 lines"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "no header row with a region column (地域, 都道府県, area_code …) and a value column (value, $, 値, or 人口（男） …) in the first 200 lines"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the table has no area dimension"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the table has no time dimension; give --year"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "not an e-Stat getStatsData response (no GET_STATS_DATA)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "e-Stat reported status %1: %2"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "VALUE[%1]: '%2' (%3 %4) is not a known %5"), "5"},
    {QT_TRANSLATE_NOOP("ImportMessage", "VALUE[%1]: '%2' is not a number or a footnote symbol of the table"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "VALUE[%1]: time '%2' (%3) is not a year"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "not valid JSON: %1"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "not valid JSON at byte %1: %2"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "not valid JSON (byte %1): %2"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the layer has no features"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "feature %1 (%2): geometry type '%3' is not a polygon; skipped"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "feature %1 (%2): malformed coordinates; skipped"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "feature %1 (%2): no geometry; skipped"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "feature %1: no value in property '%2'; skipped"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "geometry type '%1' is not a polygon"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 of the store's %2 municipalities have no boundary in this file"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "no property holds region codes or names (properties: %1); give --code-property"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "no property '%1' (properties: %2)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "no object '%1' (objects: %2)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "no features table '%1' (tables: %2)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "not a GeoJSON FeatureCollection or Feature"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "not a TopoJSON Topology"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "not a GeoPackage (no SQLite header)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "an SQLite file but not a GeoPackage (%1)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "cannot open as SQLite: %1"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the GeoPackage has no features table"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "table '%1' has more than %2 features; split the file"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "table '%1' uses SRS %2 (%3 %4), not longitude/latitude; reproject to EPSG:4326"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "reading table '%1' took over %2 s; stopped"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "cannot read table '%1': %2"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the topology has no objects"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "malformed transform (scale and translate need two numbers)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "malformed Polygon arcs"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "malformed MultiPolygon arcs"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "malformed Polygon coordinates"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "malformed MultiPolygon coordinates"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "arc %1: malformed position"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the outline has no area (degenerate)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "indicator '%1' already holds %2 data, the file %3 data; choose another id (--indicator)"), "23"},
    {QT_TRANSLATE_NOOP("ImportMessage", "indicator '%1' is measured in %2, the file in %3; choose another id (--indicator)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "Imported from %1"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "Imported as %1; check the original file for its source and terms of use."), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the store is not open"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the store %1 does not exist"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the store is read-only (%1)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the store is damaged (%1): %2"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the store %1 is damaged (%2): %3"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "cannot open the store %1: %2"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 is not a RegionLens store: %2"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 is not a RegionLens store (%2); it was left unchanged"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 is not a usable RegionLens store: %2"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "it holds %1 table(s) of another application"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "its application id is 0x%1"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "a store in memory cannot be shared with another connection"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "cannot start a transaction: %1"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "commit failed: %1"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the write was cancelled"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the disk is full (%1); free some space and try again"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "cannot write to the disk (%1); it may be full or removed"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "SQLite rolled the write back (%1); nothing was stored"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "cannot create the folder %1"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "cannot log the import: %1"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "cannot store indicator %1: %2"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "cannot store region %1: %2"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "cannot store industry %1: %2"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "cannot store the boundary of %1: %2"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "cannot store %1 %2 %3 %4: %5"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "cannot store flow %1→%2 %3: %4"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "cannot remove the values of %1: %2"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "FOREIGN KEY constraint failed (no region with code '%1')"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 (code)"), "1"},
    {QT_TRANSLATE_NOOP("ImportMessage", "%1 (column \"%2\")"), "1"},
    {QT_TRANSLATE_NOOP("ImportMessage", "measure (表章項目)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "ignored"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "Long OD table: origin_code,destination_code,year,value[,sex,age_class]"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "Tidy CSV: region_code,industry_code,year,measure,value[,region_name,industry_name,unit]"), ""},
    // The compare adapter (自治体比較; datasets/adapters/compareadapter.cpp).
    {QT_TRANSLATE_NOOP("ImportMessage", "the nation is not compared; give a prefecture or a municipality"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "no region with code '%1' (a 2-digit prefecture or a 5-digit municipality code)"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "peer '%1' is not a %2 code"), "2"},
    {QT_TRANSLATE_NOOP("ImportMessage", "the store has no '%1', the denominator of --per %2"), ""},
    {QT_TRANSLATE_NOOP("ImportMessage", "the store has no 就業者数 (ssdse.f1102) for the similarity of regions; use --peers prefecture or a list"), ""},
};
// clang-format on

struct Compiled
{
    const char *source;
    QRegularExpression pattern;
    QList<int> argOfGroup;   // capture group i + 1 → argument number
    QString nested;
    qsizetype literal = 0;   // characters outside the placeholders: more is more specific
};

Compiled compile(const Template &t)
{
    Compiled c{t.source, {}, {}, QString::fromLatin1(t.nested), 0};
    const QString source = QString::fromUtf8(t.source);
    QString pattern;
    QList<int> firstGroup(10, 0);
    for (qsizetype i = 0; i < source.size(); ++i) {
        if (source.at(i) == u'%' && i + 1 < source.size() && source.at(i + 1).isDigit()
            && source.at(i + 1) != u'0') {
            const int arg = source.at(i + 1).digitValue();
            if (firstGroup[arg] > 0) {   // the same argument again: the same text
                pattern += u"\\%1"_s.arg(firstGroup[arg]);
            } else {
                c.argOfGroup.append(arg);
                firstGroup[arg] = int(c.argOfGroup.size());
                pattern += u"(.*?)"_s;
            }
            ++i;
        } else {
            pattern += QRegularExpression::escape(QString(source.at(i)));
            ++c.literal;
        }
    }
    c.pattern = QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                   QRegularExpression::DotMatchesEverythingOption);
    c.pattern.optimize();
    return c;
}

const QList<Compiled> &templates()
{
    static const QList<Compiled> all = [] {
        QList<Compiled> out;
        for (const Template &t : kTemplates)
            out.append(compile(t));
        std::stable_sort(out.begin(), out.end(),
                         [](const Compiled &a, const Compiled &b) { return a.literal > b.literal; });
        return out;
    }();
    return all;
}

// %1 … %9 of text replaced at once (an argument holding "%2" stays as it is).
QString substitute(const QString &text, const QList<QString> &args)
{
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'%' && i + 1 < text.size() && text.at(i + 1).isDigit() && text.at(i + 1) != u'0') {
            out += args.value(text.at(i + 1).digitValue() - 1);
            ++i;
        } else {
            out += text.at(i);
        }
    }
    return out;
}

const Compiled *match(const QString &body, QRegularExpressionMatch *m)
{
    for (const Compiled &t : templates()) {
        *m = t.pattern.match(body);
        if (m->hasMatch())
            return &t;
    }
    return nullptr;
}

QString translateLine(const QString &line, int depth)
{
    qsizetype lead = 0;
    while (lead < line.size() && line.at(lead).isSpace())
        ++lead;
    const QString body = line.mid(lead);
    QRegularExpressionMatch m;
    const Compiled *t = body.isEmpty() || depth > 4 ? nullptr : match(body, &m);
    if (!t)
        return line;
    QList<QString> args(9);
    for (qsizetype g = 0; g < t->argOfGroup.size(); ++g) {
        const int arg = t->argOfGroup.at(g);
        const QString value = m.captured(int(g) + 1);
        args[arg - 1] = t->nested.contains(QChar(u'0' + arg)) ? translateLine(value, depth + 1) : value;
    }
    return line.left(lead) + substitute(QCoreApplication::translate("ImportMessage", t->source), args);
}

} // namespace

QString importText(const QString &message)
{
    if (message.isEmpty())
        return message;
    QStringList lines = message.split(u'\n');
    for (QString &line : lines)
        line = translateLine(line, 0);
    return lines.join(u'\n');
}

bool isKnownImportText(const QString &line)
{
    QRegularExpressionMatch m;
    qsizetype lead = 0;
    while (lead < line.size() && line.at(lead).isSpace())
        ++lead;
    const QString body = line.mid(lead);
    return !body.isEmpty() && match(body, &m) != nullptr;
}

QStringList importTextTemplates()
{
    QStringList out;
    for (const Template &t : kTemplates)
        out << QString::fromUtf8(t.source);
    return out;
}

QString licenceLabel(const QString &licence)
{
    static const QRegularExpression compatible(u"(CC BY [0-9.]+(?: JP)?) compatible"_s);
    QString out = licence;
    // The Japanese government's terms by their English name in English.
    static const QString terms = u"政府標準利用規約（第2.0版）"_s;
    if (out.contains(terms)) {
        const QString name = QCoreApplication::translate("Licence", "Government of Japan Standard Terms of Use (Version 2.0)");
        out.replace(terms + u'/', name == terms ? terms + u'/' : name + u" /"_s);   // "(Version 2.0) / CC BY"
        out.replace(terms, name);
    }
    // The starter pack's caveat on SSDSE (its PROVENANCE: the exact SSDSE wording not verified), said to the user.
    static const QString caveat = u" (SSDSE terms as stated in PROVENANCE.md, not re-verified)"_s;
    if (out.contains(caveat))
        out.replace(caveat, QCoreApplication::translate("Licence", " (SSDSE's own wording of the terms not yet verified)"));
    const QRegularExpressionMatch m = compatible.match(out);
    if (m.hasMatch())
        out.replace(m.capturedStart(), m.capturedLength(),
                    QCoreApplication::translate("Licence", "%1 compatible").arg(m.captured(1)));
    return out;
}

} // namespace regionlens::app
