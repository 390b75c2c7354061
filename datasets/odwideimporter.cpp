// SPDX-License-Identifier: GPL-3.0-or-later
// Wide OD matrices as 住民基本台帳人口移動報告 publishes them: a header row of
// destinations (names or codes), one row per origin, "-" on the diagonal.
// Total rows/columns (総数, 計 …) are skipped.
#include "csvreader.h"
#include "importformats.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace regionlens::datasets::importformats {
namespace {

using importsupport::RegionResolver;
using importsupport::ValueKind;

bool isTotalLabel(const QString &text)
{
    static const QRegularExpression re(u"^(総数|計|合計|総計|全国|total|sum|転入者数|転出者数|"
                                       "他都道府県からの転入者数|他都道府県への転出者数|都道府県間移動者数)$"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(importsupport::normalizeWidth(text)).hasMatch();
}

// Share of header cells (after the first) that name a region.
double regionShare(const QStringList &fields, const RegionResolver &resolver)
{
    if (fields.size() < 6)
        return 0;
    int regions = 0;
    for (qsizetype i = 1; i < fields.size(); ++i) {
        const QString code = resolver.resolve(fields.at(i));
        if (!code.isEmpty() && code != u"00")
            ++regions;
    }
    return double(regions) / double(fields.size() - 1);
}

class OdWideImporter : public Importer
{
public:
    QString formatId() const override { return u"od-wide"_s; }
    QString description() const override
    {
        return u"Wide OD matrix: destinations across, origins down (住民基本台帳人口移動報告)"_s;
    }
    int capabilities() const override { return Flows; }

    int confidence(const ImportProbe &probe) const override
    {
        const RegionResolver resolver;
        CsvReader reader(probe.text);
        QStringList fields;
        for (int i = 0; i < 20 && reader.next(&fields); ++i)
            if (regionShare(fields, resolver) >= 0.8)
                return 85;
        return 0;
    }

    ImportResult read(const ImportRequest &request, const ImportProgress &progress) const override;
};

ImportResult OdWideImporter::read(const ImportRequest &request, const ImportProgress &progress) const
{
    ImportResult result;
    QString text;
    if (!loadText(request, formatId(), &result, &text))
        return result;
    const int maxIssues = request.maxIssues;
    const RegionResolver resolver(request.regions);
    CsvReader reader(std::move(text));
    QStringList header;
    bool found = false;
    for (int i = 0; i < 30 && reader.next(&header); ++i) {
        if (regionShare(header, resolver) >= 0.8) {
            found = true;
            break;
        }
    }
    if (!found) {
        result.addIssue(IssueSeverity::Error, 1, 0,
                        u"no header row of destination regions found in the first 30 lines"_s, maxIssues);
        return result;
    }
    const qint64 headerLine = reader.line();
    const QString corner = header.first().trimmed();
    const bool rowsAreDestinations = corner.contains(u"移動後"_s) || corner.contains(u"転入先"_s)
                                     || corner.contains(u"destination"_s, Qt::CaseInsensitive);
    int year = request.year.value_or(0);
    if (year == 0) {
        year = importsupport::parseYear(QFileInfo(request.fileName).fileName());
        if (year == 0) {
            result.addIssue(IssueSeverity::Error, headerLine, 0, u"the matrix has no year; give --year"_s, maxIssues);
            return result;
        }
        result.addIssue(IssueSeverity::Warning, 0, 0,
                        u"year %1 taken from the file name; give --year to override"_s.arg(year), maxIssues);
    }
    QList<qint32> columnRegion;   // per column: region index, 0 for skipped columns
    columnRegion.append(0);
    int regionsAcross = 0;
    for (int j = 1; j < header.size(); ++j) {
        const QString label = header.at(j).trimmed();
        QString why;
        const QString code = resolver.resolve(label, &why);
        if (!code.isEmpty() && code != u"00") {
            columnRegion.append(result.intern(code));
            ++regionsAcross;
        } else if (label.isEmpty() || isTotalLabel(label)) {
            columnRegion.append(0);
            result.addIssue(IssueSeverity::Info, headerLine, j + 1, u"column '%1' skipped (a total)"_s.arg(label),
                            maxIssues);
        } else {
            columnRegion.append(-1);
            result.addIssue(IssueSeverity::Error, headerLine, j + 1, why, maxIssues);
        }
    }
    if (!result.ok())
        return result;
    result.mapping << u"line %1: %2 columns of %3"_s.arg(headerLine).arg(regionsAcross)
                          .arg(rowsAreDestinations ? u"origins"_s : u"destinations"_s);
    result.mapping << u"first column '%1': %2"_s.arg(corner, rowsAreDestinations ? u"destination"_s : u"origin"_s);
    result.mapping << u"year %1"_s.arg(year);
    const QString id = defaultIndicatorId(request);
    result.indicators.append(importedIndicator(id, QFileInfo(request.fileName).completeBaseName(), request.unit,
                                               u"flow"_s, request.fileName, formatId()));
    result.mapping << u"indicator '%1' (flows)"_s.arg(id);
    const qint32 total = result.intern(u"total"_s);
    QHash<QString, qint32> statusCache;
    ProgressTicker ticker(progress, 256);
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
        if (f.size() <= 1 && f.value(0).trimmed().isEmpty())
            continue;
        const QString label = f.first().trimmed();
        QString why;
        const QString code = resolver.resolve(label, &why);
        if (code.isEmpty() || code == u"00") {
            if (isTotalLabel(label) || (f.size() == 1)) {
                result.skip(u"total or note rows"_s);
                continue;
            }
            result.addIssue(IssueSeverity::Error, line, 1, why.isEmpty() ? u"'%1' is not a region"_s.arg(label) : why,
                            maxIssues);
            continue;
        }
        if (f.size() != header.size()) {
            result.addIssue(IssueSeverity::Error, line, int(std::min(f.size(), header.size())) + 1,
                            u"%1 fields, expected %2 (truncated or malformed row)"_s.arg(f.size()).arg(header.size()),
                            maxIssues);
            continue;
        }
        const qint32 rowRegion = result.intern(code);
        for (int j = 1; j < f.size(); ++j) {
            if (columnRegion.at(j) <= 0)
                continue;
            StagedRecord r;
            r.line = line;
            r.indicator = 0;
            r.region = rowsAreDestinations ? columnRegion.at(j) : rowRegion;
            r.destination = rowsAreDestinations ? rowRegion : columnRegion.at(j);
            r.year = year;
            r.sex = total;
            const ValueKind kind = importsupport::parseValue(f.at(j), &r.value, &status);
            if (kind == ValueKind::Invalid) {
                result.addIssue(IssueSeverity::Error, line, j + 1,
                                importsupport::invalidValueMessage(f.at(j), header.value(j)), maxIssues);
                continue;
            }
            if (r.region == r.destination && kind != ValueKind::Number) {
                result.skip(u"diagonal '%1' (moves within a region are not in the table)"_s.arg(f.at(j).trimmed()));
                continue;
            }
            if (kind == ValueKind::Empty) {
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
    }
    if (result.errorCount == 0)
        checkDuplicateKeys(&result, maxIssues);
    return result;
}

} // namespace

std::unique_ptr<Importer> makeOdWideImporter()
{
    return std::make_unique<OdWideImporter>();
}

} // namespace regionlens::datasets::importformats
