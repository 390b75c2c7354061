// SPDX-License-Identifier: GPL-3.0-or-later
// Tidy CSV (region_code,industry_code,year,measure,value …) and long OD
// tables (origin_code,destination_code,year,value …): one value per row,
// columns in any order, found by name.
#include "csvreader.h"
#include "importformats.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::datasets::importformats {
namespace {

using importsupport::RegionResolver;
using importsupport::ValueKind;

// A cell as quoted in a message: at most 64 characters (a 10 MB cell must
// not make a 10 MB message).
QString shown(const QString &cell)
{
    return cell.size() > 64 ? cell.left(64) + u"… (%1 characters)"_s.arg(cell.size()) : cell;
}

int findColumn(const QStringList &header, std::initializer_list<QStringView> names)
{
    for (QStringView name : names)
        for (int i = 0; i < header.size(); ++i)
            if (QStringView(header.at(i)).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return i;
    return -1;
}

// The first record of the text, for detection.
QStringList firstRecord(const QString &text)
{
    const qsizetype nl = text.indexOf(u'\n');
    CsvReader reader(nl < 0 ? text : text.left(nl));
    QStringList fields;
    reader.next(&fields);
    return fields;
}

class TidyImporter : public Importer
{
public:
    explicit TidyImporter(bool od) : m_od(od) {}

    QString formatId() const override { return m_od ? u"od-long"_s : u"tidy"_s; }
    QString description() const override
    {
        return m_od ? u"Long OD table: origin_code,destination_code,year,value[,sex,age_class]"_s
                    : u"Tidy CSV: region_code,industry_code,year,measure,value[,region_name,industry_name,unit]"_s;
    }
    int capabilities() const override { return m_od ? Flows : Observations; }

    int confidence(const ImportProbe &probe) const override
    {
        const QStringList header = firstRecord(probe.text);
        const bool value = findColumn(header, {u"value", u"val", u"値"}) >= 0;
        const bool year = findColumn(header, {u"year", u"fiscal_year", u"time"}) >= 0;
        if (m_od)
            return value && findColumn(header, {u"origin_code", u"origin", u"from"}) >= 0
                           && findColumn(header, {u"destination_code", u"destination", u"to"}) >= 0
                       ? 95
                       : 0;
        if (!value || findColumn(header, {u"region_code", u"region", u"area_code", u"pref_code",
                                          u"municipality_code"}) < 0)
            return 0;
        return year ? 90 : 70;
    }

    ImportResult read(const ImportRequest &request, const ImportProgress &progress) const override;

private:
    bool m_od;
};

ImportResult TidyImporter::read(const ImportRequest &request, const ImportProgress &progress) const
{
    ImportResult result;
    QString text;
    if (!loadText(request, formatId(), &result, &text))
        return result;
    const int maxIssues = request.maxIssues;
    bool fiscalNoted = false;   // a fiscal year is said once
    // For reserving the records (std::count vectorises; QString::count does not).
    const qsizetype lines = std::count(text.cbegin(), text.cend(), u'\n') + 1;
    CsvReader reader(std::move(text));
    QStringList header;
    if (!reader.next(&header)) {
        result.addIssue(IssueSeverity::Error, 0, 0, u"the file is empty"_s, maxIssues);
        return result;
    }
    const int columns = int(header.size());
    const int cRegion = m_od ? findColumn(header, {u"origin_code", u"origin", u"from"})
                             : findColumn(header, {u"region_code", u"region", u"area_code", u"pref_code",
                                                   u"municipality_code"});
    const int cRegionName = m_od ? -1 : findColumn(header, {u"region_name", u"pref_name"});
    const int cDest = m_od ? findColumn(header, {u"destination_code", u"destination", u"to"}) : -1;
    const int cIndustry = findColumn(header, {u"industry_code", u"industry", u"activity_code"});
    const int cYear = findColumn(header, {u"year", u"fiscal_year", u"time"});
    const int cMeasure = findColumn(header, {u"measure", u"indicator", u"variable"});
    const int cValue = findColumn(header, {u"value", u"val", u"値"});
    const int cUnit = findColumn(header, {u"unit"});
    const int cSex = findColumn(header, {u"sex"});
    const int cAge = findColumn(header, {u"age_class", u"age"});
    const int cStatus = findColumn(header, {u"status"});
    const auto missing = [&](const QString &what) {
        result.addIssue(IssueSeverity::Error, 1, 0, u"no %1 column (header: %2)"_s.arg(what, header.join(u',')),
                        maxIssues);
    };
    if (cRegion < 0)
        missing(m_od ? u"origin_code"_s : u"region_code"_s);
    if (m_od && cDest < 0)
        missing(u"destination_code"_s);
    if (cValue < 0)
        missing(u"value"_s);
    if (cYear < 0 && !request.year)
        missing(u"year (or give --year)"_s);
    if (!result.ok())
        return result;

    result.mapping << u"%1 → %2"_s.arg(header.at(cRegion), m_od ? u"origin"_s : u"region"_s);
    if (cDest >= 0)
        result.mapping << u"%1 → destination"_s.arg(header.at(cDest));
    if (cYear >= 0)
        result.mapping << u"%1 → year"_s.arg(header.at(cYear));
    else
        result.mapping << u"year %1 (--year)"_s.arg(*request.year);
    for (const auto &[c, role] : {std::pair{cIndustry, u"industry"_s}, std::pair{cSex, u"sex"_s},
                                  std::pair{cAge, u"age class"_s}, std::pair{cStatus, u"status"_s},
                                  std::pair{cUnit, u"unit"_s}})
        if (c >= 0)
            result.mapping << u"%1 → %2"_s.arg(header.at(c), role);
    result.mapping << u"%1 → value"_s.arg(header.at(cValue));
    if (cMeasure >= 0 && request.indicator.isEmpty())
        result.mapping << u"%1 → indicator id"_s.arg(header.at(cMeasure));
    else
        result.mapping << u"indicator '%1'"_s.arg(defaultIndicatorId(request));

    const RegionResolver resolver(request.regions);
    QHash<QString, qint32> regionCache;   // raw text → pool index, -1 unresolved
    QHash<QString, qint32> measureIndex;
    QHash<QString, qint32> sexCache, ageCache, industryCache, statusCache;
    const qint32 total = result.intern(u"total"_s);
    const QString kind = m_od ? u"flow"_s : u"observation"_s;
    QString fixedIndicator = request.indicator;
    if (fixedIndicator.isEmpty() && cMeasure < 0)
        fixedIndicator = defaultIndicatorId(request);
    QString firstMeasure;
    bool measureConflictReported = false;

    const auto resolveRegion = [&](const QString &raw, const QString &name, qint64 line, int column) -> qint32 {
        auto it = regionCache.constFind(raw);
        if (it == regionCache.constEnd()) {
            QString why;
            QString code = resolver.resolve(raw, &why);
            if (code.isEmpty() && !name.isEmpty())
                code = resolver.resolve(name);
            it = regionCache.insert(raw, code.isEmpty() ? -1 : result.intern(code));
            if (code.isEmpty())
                result.addIssue(IssueSeverity::Error, line, column, why, maxIssues);
            return *it;
        }
        if (*it < 0)
            result.addIssue(IssueSeverity::Error, line, column,
                            u"unknown region '%1' (reported above)"_s.arg(raw), maxIssues);
        return *it;
    };

    result.records.reserve(size_t(lines));
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
        if (f.size() != columns) {
            if (f.size() == 1 && f.first().trimmed().isEmpty())
                continue;
            result.addIssue(IssueSeverity::Error, line, int(std::min(f.size(), qsizetype(columns))) + 1,
                            u"%1 fields, expected %2 (truncated or malformed row)"_s.arg(f.size()).arg(columns),
                            maxIssues);
            continue;
        }
        StagedRecord r;
        r.line = line;
        r.region = resolveRegion(f.at(cRegion), cRegionName >= 0 ? f.at(cRegionName) : QString(), line, cRegion + 1);
        if (cDest >= 0)
            r.destination = resolveRegion(f.at(cDest), QString(), line, cDest + 1);
        if (r.region < 0 || r.destination < 0)
            continue;
        if (request.level) {
            const auto level = resolver.levelOf(result.strings.at(r.region));
            if (level != request.level) {
                result.skip(u"not at the requested level (%1)"_s.arg(regionLevelKey(*request.level)));
                continue;
            }
        }
        if (cYear >= 0) {
            bool fiscal = false;
            r.year = importsupport::parseYearCell(f.at(cYear), &fiscal);
            if (r.year < 1800 || r.year > 2200) {
                result.addIssue(IssueSeverity::Error, line, cYear + 1,
                                u"'%1' is not a year (write it as 2020, 2020年, FY2020 or 2020年度)"_s.arg(f.at(cYear)),
                                maxIssues);
                continue;
            }
            if (fiscal && !fiscalNoted) {
                fiscalNoted = true;
                result.addIssue(IssueSeverity::Info, line, cYear + 1,
                                u"'%1' is a fiscal year (April %2 to March %3), stored as year %2"_s.arg(f.at(cYear))
                                    .arg(r.year)
                                    .arg(r.year + 1),
                                maxIssues);
            }
            if (request.year && r.year != *request.year) {
                result.skip(u"year other than %1 (--year)"_s.arg(*request.year));
                continue;
            }
        } else {
            r.year = *request.year;
        }
        // Indicator.
        QString id = fixedIndicator;
        if (cMeasure >= 0) {
            const QString &measure = f.at(cMeasure);
            if (!request.indicator.isEmpty()) {
                if (firstMeasure.isNull())
                    firstMeasure = measure;
                else if (measure != firstMeasure && !measureConflictReported) {
                    measureConflictReported = true;
                    result.addIssue(IssueSeverity::Error, line, cMeasure + 1,
                                    u"the file holds several measures ('%1', '%2'); import it without --indicator "
                                    "so that each measure becomes its own indicator"_s.arg(firstMeasure, measure),
                                    maxIssues);
                }
            } else {
                id = measure.trimmed();
            }
        }
        auto mi = measureIndex.constFind(id);
        if (mi == measureIndex.constEnd()) {
            if (!importsupport::isValidIndicatorId(id)) {
                result.addIssue(IssueSeverity::Error, line, cMeasure + 1,
                                u"'%1' is not a usable indicator id (letters, digits, _ . -)"_s.arg(shown(id)), maxIssues);
                measureIndex.insert(id, -1);
                continue;
            }
            const QString unit = !request.unit.isEmpty() ? request.unit : cUnit >= 0 ? f.at(cUnit) : QString();
            mi = measureIndex.insert(id, qint32(result.indicators.size()));
            result.indicators.append(importedIndicator(id, id, unit, kind, request.fileName, formatId()));
        }
        if (*mi < 0)
            continue;
        r.indicator = *mi;
        // Optional dimensions.
        const auto cached = [&](QHash<QString, qint32> &cache, int column, auto normalize,
                                const QString &what) -> qint32 {
            const QString &raw = f.at(column);
            auto it = cache.constFind(raw);
            if (it == cache.constEnd()) {
                const QString value = normalize(raw);
                it = cache.insert(raw, value.isNull() ? -1 : result.intern(value));
            }
            if (*it < 0)
                result.addIssue(IssueSeverity::Error, line, column + 1, u"'%1' is not a %2"_s.arg(shown(raw), what),
                                maxIssues);
            return *it;
        };
        r.sex = total;
        if (cSex >= 0) {
            r.sex = cached(
                sexCache, cSex,
                [](const QString &s) {
                    const QString sex = importsupport::parseSex(s);
                    return s.trimmed().isEmpty() ? u"total"_s : sex.isEmpty() ? QString() : sex;
                },
                u"sex (total, male, female)"_s);
            if (r.sex < 0)
                continue;
        }
        if (cAge >= 0) {
            r.ageClass = cached(
                ageCache, cAge,
                [](const QString &s) {
                    const QString age = catalog::normalizeAgeClass(s);
                    return s.trimmed().isEmpty() ? u""_s : age.isEmpty() ? QString() : age;
                },
                u"age class (0-4, 85+, TOTAL …)"_s);
            if (r.ageClass < 0)
                continue;
        }
        if (cIndustry >= 0)
            r.industry = cached(
                industryCache, cIndustry, [](const QString &s) { return s.trimmed().isNull() ? u""_s : s.trimmed(); },
                u"industry"_s);
        // Value.
        const ValueKind vk = importsupport::parseValue(f.at(cValue), &r.value, &status);
        const QString givenStatus = cStatus >= 0 ? f.at(cStatus).trimmed() : QString();
        if (vk == ValueKind::Invalid) {
            result.addIssue(IssueSeverity::Error, line, cValue + 1,
                            importsupport::invalidValueMessage(f.at(cValue), header.value(cValue)), maxIssues);
            continue;
        }
        if (!givenStatus.isEmpty()) {
            status = givenStatus;   // an exported status travels back unchanged
            r.value = std::nan("");
        } else if (vk == ValueKind::Empty && m_od) {
            result.skip(u"empty cell"_s);
            continue;
        }
        if (!status.isEmpty()) {
            auto it = statusCache.constFind(status);
            if (it == statusCache.constEnd())
                it = statusCache.insert(status, result.intern(status));
            r.status = *it;
        }
        result.records.push_back(r);
    }
    if (result.errorCount == 0)
        checkDuplicateKeys(&result, maxIssues);
    return result;
}

} // namespace

std::unique_ptr<Importer> makeTidyImporter()
{
    return std::make_unique<TidyImporter>(false);
}

std::unique_ptr<Importer> makeOdLongImporter()
{
    return std::make_unique<TidyImporter>(true);
}

} // namespace regionlens::datasets::importformats
