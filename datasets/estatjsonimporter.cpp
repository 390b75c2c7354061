// SPDX-License-Identifier: GPL-3.0-or-later
// e-Stat API 3.0 getStatsData responses saved as JSON:
// GET_STATS_DATA → STATISTICAL_DATA → CLASS_INF.CLASS_OBJ (dimensions and
// their categories) and DATA_INF.VALUE (one object per value: "@tab",
// "@cat01", "@area", "@time", "@unit", "$"), DATA_INF.NOTE (footnote symbols).
#include "importformats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace regionlens::datasets::importformats {
namespace {

using importsupport::RegionResolver;
using importsupport::ValueKind;

// e-Stat returns a single object where a list has one element.
QJsonArray asArray(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isObject())
        return QJsonArray{v};
    return {};
}

QString text(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject().value(u"$"_s).toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

struct Dimension
{
    QString key;                 // "@cat01"
    QString name;                // "男女別"
    ColumnRole role = ColumnRole::Unknown;
    QHash<QString, QString> names;   // category code → name
    QHash<QString, QString> units;   // category code → unit (tab)
    QHash<QString, qint32> resolved; // category code → pool index (-1 unresolved, -2 skipped)
};

class EStatJsonImporter : public Importer
{
public:
    QString formatId() const override { return u"estat-json"_s; }
    QString description() const override { return u"e-Stat API getStatsData response (JSON)"_s; }
    int capabilities() const override { return Observations; }
    int confidence(const ImportProbe &probe) const override
    {
        const QString head = probe.text.left(4096).trimmed();
        return head.startsWith(u'{') && head.contains(u"GET_STATS_DATA"_s) ? 100 : 0;
    }
    ImportResult read(const ImportRequest &request, const ImportProgress &progress) const override;
};

ImportResult EStatJsonImporter::read(const ImportRequest &request, const ImportProgress &progress) const
{
    ImportResult result;
    QByteArray bytes;
    if (!loadBytes(request, formatId(), &result, &bytes))
        return result;
    const int maxIssues = request.maxIssues;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull()) {
        const qint64 line = bytes.left(parseError.offset).count('\n') + 1;
        result.addIssue(IssueSeverity::Error, line, 0, u"not valid JSON: %1"_s.arg(parseError.errorString()), maxIssues);
        return result;
    }
    result.encoding = u"UTF-8"_s;
    const QJsonObject root = doc.object().value(u"GET_STATS_DATA"_s).toObject();
    if (root.isEmpty()) {
        result.addIssue(IssueSeverity::Error, 1, 0, u"not an e-Stat getStatsData response (no GET_STATS_DATA)"_s,
                        maxIssues);
        return result;
    }
    const QJsonObject status = root.value(u"RESULT"_s).toObject();
    if (status.value(u"STATUS"_s).toInt() != 0) {
        result.addIssue(IssueSeverity::Error, 0, 0,
                        u"e-Stat reported status %1: %2"_s.arg(status.value(u"STATUS"_s).toInt())
                            .arg(status.value(u"ERROR_MSG"_s).toString()),
                        maxIssues);
        return result;
    }
    const QJsonObject data = root.value(u"STATISTICAL_DATA"_s).toObject();
    const QJsonObject table = data.value(u"TABLE_INF"_s).toObject();
    const QString statName = text(table.value(u"STAT_NAME"_s));
    const QString title = text(table.value(u"TITLE"_s));
    const QString tableId = table.value(u"@id"_s).toString();

    // Dimensions.
    QList<Dimension> dims;
    for (const QJsonValue &v : asArray(data.value(u"CLASS_INF"_s).toObject().value(u"CLASS_OBJ"_s))) {
        const QJsonObject obj = v.toObject();
        Dimension d;
        const QString id = obj.value(u"@id"_s).toString();
        d.key = u"@"_s + id;
        d.name = obj.value(u"@name"_s).toString();
        d.role = id == u"area" ? ColumnRole::Region
                 : id == u"time" ? ColumnRole::Time
                 : id == u"tab"  ? ColumnRole::Measure
                                 : roleOfName(d.name);
        for (const QJsonValue &c : asArray(obj.value(u"CLASS"_s))) {
            const QJsonObject co = c.toObject();
            d.names.insert(co.value(u"@code"_s).toString(), co.value(u"@name"_s).toString());
            if (co.contains(u"@unit"_s))
                d.units.insert(co.value(u"@code"_s).toString(), co.value(u"@unit"_s).toString());
        }
        result.mapping << u"%1 '%2' (%3 categories) → %4"_s.arg(id, d.name).arg(d.names.size()).arg(roleName(d.role));
        if ((d.role == ColumnRole::Unknown || d.role == ColumnRole::Ignore) && d.names.size() > 1)
            result.addIssue(IssueSeverity::Error, 0, 0,
                            u"dimension '%1' (%2) has %3 categories that cannot be stored apart; narrow the request "
                            "to one of them (e.g. cd%4=…)"_s.arg(d.name, id).arg(d.names.size())
                                .arg(id.left(1).toUpper() + id.mid(1)),
                            maxIssues);
        dims.append(d);
    }
    bool hasRegion = false, hasTime = false;
    for (const Dimension &d : dims) {
        hasRegion = hasRegion || d.role == ColumnRole::Region;
        hasTime = hasTime || d.role == ColumnRole::Time;
    }
    if (!hasRegion)
        result.addIssue(IssueSeverity::Error, 0, 0, u"the table has no area dimension"_s, maxIssues);
    if (!hasTime && !request.year)
        result.addIssue(IssueSeverity::Error, 0, 0, u"the table has no time dimension; give --year"_s, maxIssues);
    if (!result.ok())
        return result;

    // Footnote symbols declared by the table.
    QHash<QString, QString> notes;
    for (const QJsonValue &n : asArray(data.value(u"DATA_INF"_s).toObject().value(u"NOTE"_s))) {
        const QString symbol = n.toObject().value(u"@char"_s).toString();
        QString status = importsupport::footnoteStatus(symbol);
        if (status.isEmpty())
            status = u"missing:"_s + symbol;
        notes.insert(symbol, status);
    }

    const RegionResolver resolver(request.regions);
    const QJsonArray values = asArray(data.value(u"DATA_INF"_s).toObject().value(u"VALUE"_s));
    const qint32 total = result.intern(u"total"_s);
    QHash<QString, qint32> measureIndex;
    QHash<QString, qint32> statusCache;
    QHash<QString, int> yearCache;
    ProgressTicker ticker(progress, 4096);
    QString valueStatus;
    for (qsizetype i = 0; i < values.size(); ++i) {
        // Position in DATA_INF.VALUE, kept with the record (duplicates); the
        // issues name it as VALUE[i] and have no line ("file:N:" is a line).
        const qint64 line = i + 1;
        if (!ticker.tick(double(i) / double(values.size()))) {
            result.cancelled = true;
            return result;
        }
        const QJsonObject v = values.at(i).toObject();
        StagedRecord r;
        r.line = line;
        r.sex = total;
        r.year = request.year.value_or(0);
        QString measureCode, unit = v.value(u"@unit"_s).toString();
        bool skip = false;
        for (Dimension &d : dims) {
            const QString code = v.value(d.key).toString();
            const QString name = d.names.value(code);
            switch (d.role) {
            case ColumnRole::Region: {
                auto it = d.resolved.constFind(code);
                if (it == d.resolved.constEnd()) {
                    QString why;
                    QString region = resolver.resolve(code, &why);
                    if (region.isEmpty() && !name.isEmpty())
                        region = resolver.resolve(name);
                    it = d.resolved.insert(code, region.isEmpty() ? (code == u"13100" ? -2 : -1) : result.intern(region));
                    if (*it == -1)
                        result.addIssue(IssueSeverity::Error, 0, 0,
                                        u"VALUE[%1]: %2 (area %3 %4)"_s.arg(i).arg(why, code, name), maxIssues);
                }
                if (*it < 0)
                    skip = true;
                if (*it == -2)
                    result.skip(u"特別区部 (13100) is an aggregate of Tokyo's 23 wards, not a region"_s);
                r.region = *it;
                break;
            }
            case ColumnRole::Time: {
                auto it = yearCache.constFind(code);
                if (it == yearCache.constEnd()) {
                    int year = importsupport::parseYear(code);
                    if (year == 0)
                        year = importsupport::parseYear(name);
                    it = yearCache.insert(code, year);
                }
                if (*it == 0) {
                    result.addIssue(IssueSeverity::Error, 0, 0,
                                    u"VALUE[%1]: time '%2' (%3) is not a year"_s.arg(i).arg(code, name), maxIssues);
                    skip = true;
                } else if (request.year && *it != *request.year) {
                    result.skip(u"year other than %1 (--year)"_s.arg(*request.year));
                    skip = true;
                }
                r.year = *it;
                break;
            }
            case ColumnRole::Sex:
            case ColumnRole::Age:
            case ColumnRole::Industry: {
                auto it = d.resolved.constFind(code);
                if (it == d.resolved.constEnd()) {
                    bool notStated = false;
                    const QString value = d.role == ColumnRole::Sex ? importsupport::parseSex(name)
                                          : d.role == ColumnRole::Age ? ageClassOf(name, &notStated)
                                                                      : industryOf(code, name);
                    it = d.resolved.insert(code, notStated ? -2 : value.isEmpty() ? -1 : result.intern(value));
                    if (*it == -1)
                        result.addIssue(IssueSeverity::Error, 0, 0,
                                        u"VALUE[%1]: '%2' (%3 %4) is not a known %5"_s.arg(i).arg(name, d.key, code,
                                                                                                 roleName(d.role)),
                                        maxIssues);
                }
                if (*it == -2)
                    result.skip(u"age not stated (年齢不詳) has no age class"_s);
                if (*it < 0) {
                    skip = true;
                    break;
                }
                (d.role == ColumnRole::Sex ? r.sex : d.role == ColumnRole::Age ? r.ageClass : r.industry) = *it;
                break;
            }
            case ColumnRole::Measure:
                measureCode = code;
                if (unit.isEmpty())
                    unit = d.units.value(code);
                break;
            default:
                break;
            }
        }
        if (skip)
            continue;
        if (request.level && resolver.levelOf(result.strings.at(r.region)) != request.level) {
            result.skip(u"not at the requested level (%1)"_s.arg(regionLevelKey(*request.level)));
            continue;
        }
        auto mi = measureIndex.constFind(measureCode);
        if (mi == measureIndex.constEnd()) {
            QString name = title.isEmpty() ? statName : title;
            for (const Dimension &d : dims)
                if (d.role == ColumnRole::Measure)
                    name = d.names.value(measureCode, name);
            mi = measureIndex.insert(measureCode, qint32(result.indicators.size()));
            result.indicators.append(importedIndicator(defaultIndicatorId(request), name,
                                                       request.unit.isEmpty() ? unit : request.unit, u"observation"_s,
                                                       request.fileName, formatId()));
            IndicatorInfo &info = result.indicators.last();
            info.survey = statName;
            if (!tableId.isEmpty())
                info.noteJa = u"e-Stat 統計表ID %1「%2」"_s.arg(tableId, title);
        }
        r.indicator = *mi;
        const QString raw = text(v.value(u"$"_s));
        ValueKind kind = importsupport::parseValue(raw, &r.value, &valueStatus);
        if (const auto note = notes.constFind(raw.trimmed()); note != notes.constEnd() && kind != ValueKind::Number) {
            valueStatus = *note;
            kind = ValueKind::Footnote;
        }
        if (kind == ValueKind::Invalid) {
            result.addIssue(IssueSeverity::Error, 0, 0,
                            u"VALUE[%1]: '%2' is not a number or a footnote symbol of the table"_s.arg(i).arg(raw),
                            maxIssues);
            continue;
        }
        if (!valueStatus.isEmpty()) {
            auto it = statusCache.constFind(valueStatus);
            if (it == statusCache.constEnd())
                it = statusCache.insert(valueStatus, result.intern(valueStatus));
            r.status = *it;
        }
        result.records.push_back(r);
    }
    if (result.indicators.size() > 1) {
        for (auto it = measureIndex.cbegin(); it != measureIndex.cend(); ++it) {
            checkMeasureCode(result, it.key(), maxIssues);
            result.indicators[it.value()].id += u'_' + (it.key().isEmpty() ? QString::number(it.value() + 1) : it.key());
        }
    }
    if (result.errorCount == 0)
        checkDuplicateKeys(&result, maxIssues);
    return result;
}

} // namespace

std::unique_ptr<Importer> makeEStatJsonImporter()
{
    return std::make_unique<EStatJsonImporter>();
}

} // namespace regionlens::datasets::importformats
