// SPDX-License-Identifier: GPL-3.0-or-later
// SSDSE (統計センター 教育用標準データセット) wide tables: one row per region,
// one column per item. SSDSE-A/C/E: row 1 item codes ("SSDSE-A-2026",
// "Prefecture", …, "A1101"), row 2 reference years, row 3 Japanese names.
// SSDSE-B: a single row of names with 年度 and 地域コード columns. Region
// codes are "R" + five digits. Each item becomes an indicator ssdse_<code>.
#include "csvreader.h"
#include "importformats.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace regionlens::datasets::importformats {
namespace {

using importsupport::RegionResolver;
using importsupport::ValueKind;

class SsdseImporter : public Importer
{
public:
    QString formatId() const override { return u"ssdse"_s; }
    QString description() const override { return u"SSDSE wide table (統計センター), Shift_JIS or UTF-8"_s; }
    int capabilities() const override { return Observations; }
    int confidence(const ImportProbe &probe) const override
    {
        const QString head = probe.text.left(64);
        if (head.startsWith(u"SSDSE-"_s))
            return 100;
        return head.startsWith(u"年度,地域コード,"_s) ? 90 : 0;
    }
    ImportResult read(const ImportRequest &request, const ImportProgress &progress) const override;
};

ImportResult SsdseImporter::read(const ImportRequest &request, const ImportProgress &progress) const
{
    ImportResult result;
    QString text;
    if (!loadText(request, formatId(), &result, &text))
        return result;
    const int maxIssues = request.maxIssues;
    CsvReader reader(std::move(text));
    QStringList codes, years, names;
    if (!reader.next(&codes)) {
        result.addIssue(IssueSeverity::Error, 0, 0, u"the file is empty"_s, maxIssues);
        return result;
    }
    const bool coded = codes.value(0).startsWith(u"SSDSE-"_s);
    if (coded && (!reader.next(&years) || !reader.next(&names) || years.size() != codes.size()
                  || names.size() != codes.size())) {
        result.addIssue(IssueSeverity::Error, reader.line(), 0,
                        u"an SSDSE table needs three header rows (codes, years, names) of equal length"_s, maxIssues);
        return result;
    }
    if (!coded)
        names = codes;
    const qint64 headerLine = reader.line();
    const int columns = int(names.size());
    const int cRegion = int(names.indexOf(u"地域コード"_s));
    const int cYear = coded ? -1 : int(names.indexOf(u"年度"_s));
    if (cRegion < 0 || (!coded && cYear < 0)) {
        result.addIssue(IssueSeverity::Error, headerLine, 0,
                        coded ? u"no 地域コード column"_s : u"no 年度 and 地域コード columns"_s, maxIssues);
        return result;
    }
    // Item columns: after the region/name columns.
    const QString edition = coded ? codes.first() : QFileInfo(request.fileName).completeBaseName();
    QList<int> items;
    for (int c = 0; c < columns; ++c) {
        if (c == cRegion || c == cYear || names.at(c) == u"都道府県" || names.at(c) == u"市区町村")
            continue;
        if (coded && c < 3)
            continue;
        const QString code = coded ? codes.at(c).trimmed() : QString();
        if (!request.measures.isEmpty() && !request.measures.contains(code) && !request.measures.contains(names.at(c)))
            continue;
        items.append(c);
    }
    if (items.isEmpty()) {
        result.addIssue(IssueSeverity::Error, headerLine, 0,
                        u"none of the items %1 is in the table"_s.arg(request.measures.join(u", "_s)), maxIssues);
        return result;
    }
    for (const QString &wanted : request.measures) {
        bool found = false;
        for (int c : items)
            found = found || (coded && codes.at(c) == wanted) || names.at(c) == wanted;
        if (!found)
            result.addIssue(IssueSeverity::Error, headerLine, 0, u"no item '%1' in the table"_s.arg(wanted), maxIssues);
    }
    QList<int> itemYears;
    const QString fileSlug = importsupport::slugFromFileName(request.fileName);
    for (int k = 0; k < items.size(); ++k) {
        const int c = items.at(k);
        QString id = coded ? u"ssdse_"_s + codes.at(c).trimmed().toLower() : u"%1_%2"_s.arg(fileSlug).arg(c + 1);
        if (!request.indicator.isEmpty())
            id = items.size() == 1 ? request.indicator : u"%1_%2"_s.arg(request.indicator, coded ? codes.at(c).trimmed().toLower() : QString::number(c + 1));
        IndicatorInfo info = importedIndicator(id, names.at(c).trimmed(), request.unit, u"observation"_s,
                                               request.fileName, formatId());
        info.survey = edition;
        info.sourceJa = u"独立行政法人統計センター %1"_s.arg(edition);
        info.sourceEn = u"NSTAC %1"_s.arg(edition);
        result.indicators.append(info);
        int year = 0;
        if (coded) {
            year = importsupport::parseYear(years.at(c));
            if (year == 0 && !request.year)
                result.addIssue(IssueSeverity::Error, 2, c + 1,
                                u"item %1 has no year ('%2'); give --year"_s.arg(codes.at(c), years.at(c)), maxIssues);
        }
        itemYears.append(request.year && year == 0 ? *request.year : year);
        result.mapping << u"column %1 %2 '%3' → indicator %4%5"_s.arg(c + 1)
                              .arg(coded ? codes.at(c) : QString(), names.at(c).trimmed(), id,
                                   coded ? u", year "_s + QString::number(itemYears.last()) : QString());
    }
    if (!result.ok())
        return result;
    const RegionResolver resolver(request.regions);
    const qint32 total = result.intern(u"total"_s);
    QHash<QString, qint32> statusCache;
    ProgressTicker ticker(progress, 512);
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
        if (f.size() == 1 && f.first().trimmed().isEmpty())
            continue;
        if (f.size() != columns) {
            result.addIssue(IssueSeverity::Error, line, int(std::min(f.size(), qsizetype(columns))) + 1,
                            u"%1 fields, expected %2 (truncated or malformed row)"_s.arg(f.size()).arg(columns),
                            maxIssues);
            continue;
        }
        QString raw = f.at(cRegion).trimmed();
        if (raw.startsWith(u'R'))
            raw.remove(0, 1);
        QString why;
        const QString code = resolver.resolve(raw, &why);
        if (code.isEmpty()) {
            result.addIssue(IssueSeverity::Error, line, cRegion + 1, why, maxIssues);
            continue;
        }
        if (request.level && resolver.levelOf(code) != request.level) {
            result.skip(u"not at the requested level (%1)"_s.arg(regionLevelKey(*request.level)), items.size());
            continue;
        }
        int rowYear = 0;
        if (cYear >= 0) {
            rowYear = importsupport::parseYear(f.at(cYear));
            if (rowYear == 0) {
                result.addIssue(IssueSeverity::Error, line, cYear + 1, u"'%1' is not a year"_s.arg(f.at(cYear)),
                                maxIssues);
                continue;
            }
            if (request.year && rowYear != *request.year) {
                result.skip(u"year other than %1 (--year)"_s.arg(*request.year), items.size());
                continue;
            }
        }
        const qint32 region = result.intern(code);
        for (int k = 0; k < items.size(); ++k) {
            const int c = items.at(k);
            StagedRecord r;
            r.line = line;
            r.indicator = k;
            r.region = region;
            r.sex = total;
            r.year = cYear >= 0 ? rowYear : itemYears.at(k);
            const ValueKind kind = importsupport::parseValue(f.at(c), &r.value, &status);
            if (kind == ValueKind::Invalid) {
                result.addIssue(IssueSeverity::Error, line, c + 1,
                                importsupport::invalidValueMessage(f.at(c), !names.value(c).isEmpty() ? names.value(c) : codes.value(c)), maxIssues);
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
    }
    if (result.errorCount == 0)
        checkDuplicateKeys(&result, maxIssues);
    return result;
}

} // namespace

std::unique_ptr<Importer> makeSsdseImporter()
{
    return std::make_unique<SsdseImporter>();
}

} // namespace regionlens::datasets::importformats
