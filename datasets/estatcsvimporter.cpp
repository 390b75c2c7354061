// SPDX-License-Identifier: GPL-3.0-or-later
// e-Stat CSV downloads and the Statistics Bureau's CSV tables: metadata lines
// above the header, Japanese column names with or without "〜 コード" /
// cat01_code columns, a value column (value, $, 値) or several value columns
// named by a category ("人口（男）", or after a "/男女" marker), footnote
// symbols kept as statuses.
#include "csvreader.h"
#include "importformats.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::datasets::importformats {

using Role = ColumnRole;

QString roleName(ColumnRole role)
{
    switch (role) {
    case Role::Region: return u"region"_s;
    case Role::Time: return u"year"_s;
    case Role::Sex: return u"sex"_s;
    case Role::Age: return u"age class"_s;
    case Role::Industry: return u"industry"_s;
    case Role::Measure: return u"measure (表章項目)"_s;
    case Role::Unit: return u"unit"_s;
    case Role::Value: return u"value"_s;
    case Role::Unknown: return u"not used"_s;
    case Role::Ignore: break;
    }
    return u"ignored"_s;
}

static bool containsAny(const QString &text, std::initializer_list<QStringView> words)
{
    for (QStringView w : words)
        if (text.contains(w, Qt::CaseInsensitive))
            return true;
    return false;
}

ColumnRole roleOfName(const QString &base)
{
    const QString b = base.trimmed();
    const QString lower = b.toLower();
    if (lower == u"id" || containsAny(b, {u"元号", u"和暦", u"注釈", u"注記", u"備考", u"annotation"}))
        return Role::Ignore;
    if (lower == u"unit" || lower == u"@unit" || b == u"単位")
        return Role::Unit;
    if (lower == u"value" || b == u"$" || b == u"値" || b == u"数値")
        return Role::Value;
    if (lower == u"tab" || containsAny(b, {u"表章項目", u"measure"}))
        return Role::Measure;
    if (lower == u"time" || containsAny(b, {u"時間軸", u"西暦", u"調査年", u"年次", u"年度", u"時点", u"year"}))
        return Role::Time;
    if (lower == u"area" || containsAny(b, {u"地域", u"都道府県", u"市区町村", u"市町村", u"全国", u"region"}))
        return Role::Region;
    if (containsAny(b, {u"男女", u"性別", u"sex"}))
        return Role::Sex;
    if (containsAny(b, {u"年齢", u"age"}))
        return Role::Age;
    if (containsAny(b, {u"産業", u"industry", u"経済活動"}))
        return Role::Industry;
    return Role::Unknown;
}

// "人口（男）" → "男"; "" when the name has no parenthesised category.
static QString parenthesised(const QString &name)
{
    static const QRegularExpression re(u"[（(]([^（()）]+)[)）]\\s*$"_s);
    const QRegularExpressionMatch m = re.match(name);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QString ageClassOf(const QString &label, bool *notStated)
{
    QString text = label.trimmed();
    text.remove(u"（再掲）"_s).remove(u"(再掲)"_s);
    *notStated = text.contains(u"不詳"_s);
    if (*notStated)
        return {};
    QString age = catalog::normalizeAgeClass(text);
    if (age.isEmpty() && text.endsWith(u"歳未満"_s)) {   // "15歳未満" → "0-14"
        bool ok = false;
        const int n = importsupport::normalizeWidth(text.chopped(3)).toInt(&ok);
        if (ok && n > 0)
            age = u"0-%1"_s.arg(n - 1);
    }
    return age;
}

QString industryOf(const QString &code, const QString &name)
{
    static const QHash<QString, QString> byKey = [] {
        QHash<QString, QString> map;
        for (const Industry &i : catalog::industries()) {
            map.insert(i.code, i.code);
            map.insert(i.nameJa, i.code);
        }
        for (const QString &total : {u"総数"_s, u"全産業"_s, u"産業計"_s, u"総数（産業）"_s, u"合計"_s,
                                     u"県内総生産(合計)"_s})
            map.insert(total, u"TOTAL"_s);
        return map;
    }();
    for (const QString &key : {code.trimmed(), name.trimmed()}) {
        if (key.isEmpty())
            continue;
        if (const auto it = byKey.constFind(key); it != byKey.constEnd())
            return *it;
        // "A 農業，林業" / "A_農業，林業"
        const QString head = key.section(QRegularExpression(u"[ _　]"_s), 0, 0);
        if (const auto it = byKey.constFind(head); head != key && it != byKey.constEnd())
            return *it;
    }
    return {};
}

namespace {

using importsupport::RegionResolver;
using importsupport::ValueKind;

struct Column
{
    Role role = Role::Unknown;
    bool code = false;          // a code column ("地域 コード", area_code)
    QString category;           // value columns: the category label ("男")
    Role categoryRole = Role::Unknown;
};

struct Layout
{
    QList<Column> columns;
    int headerIndex = -1;       // record index of the header
    QList<int> values;          // value columns
    // Chosen columns per role: code and name variants (-1 when absent).
    QHash<Role, int> codeColumn, nameColumn;
    bool usable() const
    {
        return (codeColumn.contains(Role::Region) || nameColumn.contains(Role::Region)) && !values.isEmpty();
    }
};

Layout classify(const QStringList &header)
{
    Layout layout;
    static const QRegularExpression codeSuffix(u"(\\s*コード|_code|\\s+code)$"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression apiId(u"^(tab|cat\\d\\d|area|time)$"_s);
    Role markerRole = Role::Unknown;
    bool afterMarker = false;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        Column c;
        if (afterMarker) {
            c.role = Role::Value;
            c.category = name;
            c.categoryRole = markerRole;
        } else if (name.startsWith(u'/') || name.startsWith(u'／')) {
            afterMarker = true;
            markerRole = roleOfName(name.mid(1));
            c.role = Role::Ignore;
        } else {
            QString base = name;
            const QRegularExpressionMatch m = codeSuffix.match(name);
            if (m.hasMatch() && m.capturedStart() > 0) {
                c.code = true;
                base = name.left(m.capturedStart());
            }
            if (c.code && apiId.match(base).hasMatch() && base.startsWith(u"cat"_s) && i + 1 < header.size())
                c.role = roleOfName(header.at(i + 1));   // cat01_code, then its label column
            else
                c.role = roleOfName(base);
            if (c.role == Role::Unknown && !c.code) {
                const QString category = parenthesised(name);
                bool notStated = false;
                if (!category.isEmpty() && !importsupport::parseSex(category).isEmpty()) {
                    c.role = Role::Value;
                    c.category = category;
                    c.categoryRole = Role::Sex;
                } else if (!category.isEmpty() && !ageClassOf(category, &notStated).isEmpty()) {
                    c.role = Role::Value;
                    c.category = category;
                    c.categoryRole = Role::Age;
                }
            }
        }
        if (c.role == Role::Value)
            layout.values.append(i);
        else if (c.role != Role::Ignore && c.role != Role::Unknown) {
            QHash<Role, int> &slot = c.code ? layout.codeColumn : layout.nameColumn;
            if (!slot.contains(c.role))
                slot.insert(c.role, i);
        }
        layout.columns.append(c);
    }
    return layout;
}

class EStatCsvImporter : public Importer
{
public:
    QString formatId() const override { return u"estat-csv"_s; }
    QString description() const override
    {
        return u"e-Stat CSV download or Statistics Bureau CSV table (UTF-8 or Shift_JIS)"_s;
    }
    int capabilities() const override { return Observations; }

    int confidence(const ImportProbe &probe) const override
    {
        CsvReader reader(probe.text);
        QStringList fields;
        for (int i = 0; i < 60 && reader.next(&fields); ++i)
            if (fields.size() >= 3 && classify(fields).usable())
                return 60;
        return 0;
    }

    ImportResult read(const ImportRequest &request, const ImportProgress &progress) const override;
};

ImportResult EStatCsvImporter::read(const ImportRequest &request, const ImportProgress &progress) const
{
    ImportResult result;
    QString text;
    if (!loadText(request, formatId(), &result, &text))
        return result;
    const int maxIssues = request.maxIssues;
    // For reserving the records (std::count vectorises; QString::count does not).
    const qsizetype lines = std::count(text.cbegin(), text.cend(), u'\n') + 1;
    CsvReader reader(std::move(text));
    QStringList header;
    Layout layout;
    for (int i = 0; i < 200 && reader.next(&header); ++i) {
        if (header.size() >= 3 && (layout = classify(header)).usable()) {
            layout.headerIndex = i;
            break;
        }
    }
    if (layout.headerIndex < 0) {
        result.addIssue(IssueSeverity::Error, 1, 0,
                        u"no header row with a region column (地域, 都道府県, area_code …) and a value column "
                        "(value, $, 値, or 人口（男） …) in the first 200 lines"_s,
                        maxIssues);
        return result;
    }
    const qint64 headerLine = reader.line();
    const int columns = int(header.size());
    const auto col = [&](Role role, bool code) { return (code ? layout.codeColumn : layout.nameColumn).value(role, -1); };
    const int cRegionCode = col(Role::Region, true), cRegionName = col(Role::Region, false);
    const int cTimeCode = col(Role::Time, true), cTimeName = col(Role::Time, false);
    const int cSex = col(Role::Sex, false), cAge = col(Role::Age, false);
    const int cIndustryCode = col(Role::Industry, true), cIndustryName = col(Role::Industry, false);
    const int cMeasureCode = col(Role::Measure, true), cMeasureName = col(Role::Measure, false);
    const int cUnit = col(Role::Unit, false);
    if (headerLine > 1)
        result.mapping << u"lines 1–%1: metadata, skipped"_s.arg(headerLine - 1);
    for (int i = 0; i < columns; ++i) {
        const Column &c = layout.columns.at(i);
        QString what = roleName(c.role);
        if (c.role == Role::Value && !c.category.isEmpty())
            what += u" (%1 %2)"_s.arg(roleName(c.categoryRole), c.category);
        else if (c.code && c.role != Role::Ignore)
            what += u" (code)"_s;
        result.mapping << u"column %1 '%2' → %3"_s.arg(i + 1).arg(header.at(i).trimmed(), what);
    }
    const bool multiValue = layout.values.size() > 1;
    for (int v : layout.values) {
        const Column &c = layout.columns.at(v);
        if (multiValue && c.categoryRole != Role::Sex && c.categoryRole != Role::Age) {
            result.addIssue(IssueSeverity::Error, headerLine, v + 1,
                            u"several value columns, but '%1' does not name a sex or an age class"_s.arg(header.at(v)),
                            maxIssues);
            return result;
        }
    }
    if (cTimeCode < 0 && cTimeName < 0 && !request.year) {
        result.addIssue(IssueSeverity::Error, headerLine, 0, u"no year column (時間軸, 西暦, time …); give --year"_s,
                        maxIssues);
        return result;
    }
    if (cTimeCode < 0 && cTimeName < 0)
        result.mapping << u"year %1 (--year)"_s.arg(*request.year);

    const RegionResolver resolver(request.regions);
    QHash<QString, qint32> regionCache, industryCache, sexCache, ageCache, statusCache;
    QHash<QString, int> yearCache;
    QHash<QString, qint32> measureIndex;
    QStringList measureCodes;
    const qint32 total = result.intern(u"total"_s);
    // Per value column: the category's interned sex/age.
    QList<qint32> valueSex, valueAge;
    for (int v : layout.values) {
        const Column &c = layout.columns.at(v);
        bool notStated = false;
        valueSex.append(c.categoryRole == Role::Sex ? result.intern(importsupport::parseSex(c.category)) : -1);
        valueAge.append(c.categoryRole == Role::Age ? result.intern(ageClassOf(c.category, &notStated)) : -1);
    }
    QString valueName = layout.values.size() == 1 ? QString() : header.at(layout.values.first()).trimmed();
    valueName = valueName.section(QRegularExpression(u"[（(]"_s), 0, 0).trimmed();

    result.records.reserve(size_t(lines) * size_t(layout.values.size()));
    ProgressTicker ticker(progress);
    QStringList f;
    QString status;
    while (reader.next(&f)) {
        const qint64 line = reader.line();
        if (!reader.errorString().isEmpty()) {   // an unclosed quote swallowed the rest of the file
            result.addIssue(IssueSeverity::Error, line, 0, reader.errorString(), maxIssues);
            break;
        }
        if (!ticker.tick(reader.progress())) {
            result.cancelled = true;
            return result;
        }
        while (f.size() > columns && f.last().trimmed().isEmpty())
            f.removeLast();
        if (f.size() != columns) {
            if (f.size() <= 1) {
                if (!f.value(0).trimmed().isEmpty())
                    result.addIssue(IssueSeverity::Info, line, 1,
                                    u"note line ignored: %1"_s.arg(f.value(0).left(60)), maxIssues);
                continue;
            }
            result.addIssue(IssueSeverity::Error, line, int(std::min(f.size(), qsizetype(columns))) + 1,
                            u"%1 fields, expected %2 (truncated or malformed row)"_s.arg(f.size()).arg(columns),
                            maxIssues);
            continue;
        }
        StagedRecord r;
        r.line = line;
        // Region: the code, else the name.
        {
            const QString &key = f.at(cRegionCode >= 0 ? cRegionCode : cRegionName);
            auto it = regionCache.constFind(key);
            if (it == regionCache.constEnd()) {
                QString why, code;
                if (cRegionCode >= 0)
                    code = resolver.resolve(f.at(cRegionCode), &why);
                if (code.isEmpty() && cRegionName >= 0)
                    code = resolver.resolve(f.at(cRegionName), cRegionCode >= 0 ? nullptr : &why);
                const QString shown = cRegionCode >= 0 ? f.at(cRegionCode).trimmed() : f.at(cRegionName).trimmed();
                if (code.isEmpty() && shown.startsWith(u"13100"_s)) {
                    it = regionCache.insert(key, -2);   // 特別区部: an aggregate, not a region of the store
                } else {
                    it = regionCache.insert(key, code.isEmpty() ? -1 : result.intern(code));
                    if (code.isEmpty())
                        result.addIssue(IssueSeverity::Error, line, (cRegionCode >= 0 ? cRegionCode : cRegionName) + 1,
                                        why, maxIssues);
                }
            } else if (*it == -1) {
                result.addIssue(IssueSeverity::Error, line, (cRegionCode >= 0 ? cRegionCode : cRegionName) + 1,
                                u"unknown region (as on an earlier line)"_s, maxIssues);
            }
            if (*it == -2) {
                result.skip(u"特別区部 (13100) is an aggregate of Tokyo's 23 wards, not a region"_s,
                            layout.values.size());
                continue;
            }
            if (*it < 0)
                continue;
            r.region = *it;
        }
        if (request.level && resolver.levelOf(result.strings.at(r.region)) != request.level) {
            result.skip(u"not at the requested level (%1)"_s.arg(regionLevelKey(*request.level)), layout.values.size());
            continue;
        }
        // Year.
        if (cTimeCode >= 0 || cTimeName >= 0) {
            const QString &key = f.at(cTimeCode >= 0 ? cTimeCode : cTimeName);
            auto it = yearCache.constFind(key);
            if (it == yearCache.constEnd()) {
                int year = cTimeCode >= 0 ? importsupport::parseYear(f.at(cTimeCode)) : 0;
                if (year == 0 && cTimeName >= 0)
                    year = importsupport::parseYear(f.at(cTimeName));
                it = yearCache.insert(key, year);
            }
            r.year = *it;
            if (r.year == 0) {
                const int c = cTimeName >= 0 ? cTimeName : cTimeCode;
                result.addIssue(IssueSeverity::Error, line, c + 1, u"'%1' is not a year"_s.arg(f.at(c)), maxIssues);
                continue;
            }
            if (request.year && r.year != *request.year) {
                result.skip(u"year other than %1 (--year)"_s.arg(*request.year), layout.values.size());
                continue;
            }
        } else {
            r.year = *request.year;
        }
        r.sex = total;
        if (cSex >= 0) {
            auto it = sexCache.constFind(f.at(cSex));
            if (it == sexCache.constEnd()) {
                const QString sex = importsupport::parseSex(f.at(cSex));
                it = sexCache.insert(f.at(cSex), sex.isEmpty() ? -1 : result.intern(sex));
            }
            if (*it < 0) {
                result.addIssue(IssueSeverity::Error, line, cSex + 1, u"'%1' is not a sex (総数, 男, 女)"_s.arg(f.at(cSex)),
                                maxIssues);
                continue;
            }
            r.sex = *it;
        }
        if (cAge >= 0) {
            auto it = ageCache.constFind(f.at(cAge));
            if (it == ageCache.constEnd()) {
                bool notStated = false;
                const QString age = ageClassOf(f.at(cAge), &notStated);
                it = ageCache.insert(f.at(cAge), notStated ? -2 : age.isEmpty() ? -1 : result.intern(age));
            }
            if (*it == -2) {
                result.skip(u"age not stated (年齢不詳) has no age class"_s, layout.values.size());
                continue;
            }
            if (*it < 0) {
                result.addIssue(IssueSeverity::Error, line, cAge + 1, u"'%1' is not an age class"_s.arg(f.at(cAge)),
                                maxIssues);
                continue;
            }
            r.ageClass = *it;
        }
        if (cIndustryCode >= 0 || cIndustryName >= 0) {
            const QString code = cIndustryCode >= 0 ? f.at(cIndustryCode) : QString();
            const QString name = cIndustryName >= 0 ? f.at(cIndustryName) : QString();
            const QString &key = cIndustryCode >= 0 ? code : name;
            auto it = industryCache.constFind(key);
            if (it == industryCache.constEnd()) {
                const QString industry = industryOf(code, name);
                it = industryCache.insert(key, industry.isEmpty() ? -1 : result.intern(industry));
            }
            if (*it < 0) {
                const int c = cIndustryName >= 0 ? cIndustryName : cIndustryCode;
                result.addIssue(IssueSeverity::Error, line, c + 1,
                                u"unknown industry '%1' (JSIC divisions A–T or SNA activities)"_s.arg(f.at(c)),
                                maxIssues);
                continue;
            }
            r.industry = *it;
        }
        // Measure → indicator.
        {
            const QString code = cMeasureCode >= 0 ? f.at(cMeasureCode).trimmed() : QString();
            const QString name = cMeasureName >= 0 ? f.at(cMeasureName).trimmed() : valueName;
            const QString &key = cMeasureCode >= 0 ? code : name;
            auto it = measureIndex.constFind(key);
            if (it == measureIndex.constEnd()) {
                const QString unit = !request.unit.isEmpty() ? request.unit : cUnit >= 0 ? f.at(cUnit).trimmed() : QString();
                it = measureIndex.insert(key, qint32(result.indicators.size()));
                measureCodes.append(code);
                result.indicators.append(importedIndicator(defaultIndicatorId(request),
                                                           name.isEmpty() ? QFileInfo(request.fileName).baseName() : name,
                                                           unit, u"observation"_s, request.fileName, formatId()));
            }
            r.indicator = *it;
        }
        for (int k = 0; k < layout.values.size(); ++k) {
            const int c = layout.values.at(k);
            StagedRecord v = r;
            if (valueSex.at(k) >= 0)
                v.sex = valueSex.at(k);
            if (valueAge.at(k) >= 0)
                v.ageClass = valueAge.at(k);
            const ValueKind kind = importsupport::parseValue(f.at(c), &v.value, &status);
            if (kind == ValueKind::Invalid) {
                result.addIssue(IssueSeverity::Error, line, c + 1,
                                importsupport::invalidValueMessage(f.at(c), header.value(c)), maxIssues);
                continue;
            }
            if (!status.isEmpty()) {
                auto it = statusCache.constFind(status);
                if (it == statusCache.constEnd())
                    it = statusCache.insert(status, result.intern(status));
                v.status = *it;
            }
            result.records.push_back(v);
        }
    }
    // Several measures (表章項目): one indicator each, id suffixed by code or number.
    if (result.indicators.size() > 1) {
        for (int i = 0; i < result.indicators.size(); ++i) {
            checkMeasureCode(result, measureCodes.at(i), maxIssues);
            const QString suffix = measureCodes.at(i).isEmpty() ? QString::number(i + 1) : measureCodes.at(i);
            result.indicators[i].id += u'_' + suffix;
        }
        result.addIssue(IssueSeverity::Info, headerLine, cMeasureName >= 0 ? cMeasureName + 1 : 0,
                        u"%1 measures (表章項目) become indicators %2 … %3"_s.arg(result.indicators.size())
                            .arg(result.indicators.first().id, result.indicators.last().id),
                        maxIssues);
    }
    if (result.errorCount == 0)
        checkDuplicateKeys(&result, maxIssues);
    return result;
}

} // namespace

std::unique_ptr<Importer> makeEStatCsvImporter()
{
    return std::make_unique<EStatCsvImporter>();
}

} // namespace regionlens::datasets::importformats
