// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "importformats.h"
#include "importguards.h"
#include "importsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {

using importguards::appended;
using importguards::bundledChange;
using importguards::checkIdentifiers;
using importguards::removeValues;
using importguards::storedValues;

QString issueSeverityKey(IssueSeverity severity)
{
    switch (severity) {
    case IssueSeverity::Info:
        return u"info"_s;
    case IssueSeverity::Warning:
        return u"warning"_s;
    case IssueSeverity::Error:
        break;
    }
    return u"error"_s;
}

QString ImportIssue::toString() const
{
    QString where = file.isEmpty() ? u"<input>"_s : file;
    if (line > 0)
        where += u':' + QString::number(line);
    if (line > 0 && column > 0)
        where += u':' + QString::number(column);
    return u"%1: %2: %3"_s.arg(where, issueSeverityKey(severity), message);
}

ImportResult::ImportResult()
{
    strings.append(QString());
    m_pool.insert(QString(), 0);
}

qint32 ImportResult::intern(const QString &text)
{
    const auto it = m_pool.constFind(text);
    if (it != m_pool.constEnd())
        return *it;
    const qint32 index = qint32(strings.size());
    strings.append(text);
    m_pool.insert(text, index);
    return index;
}

void ImportResult::addIssue(IssueSeverity severity, qint64 line, int column, const QString &message, int maxIssues)
{
    if (severity == IssueSeverity::Error)
        ++errorCount;
    else if (severity == IssueSeverity::Warning)
        ++warningCount;
    if (issues.size() < maxIssues)
        issues.append(ImportIssue{severity, fileName, line, column, message});
    else if (issues.size() == maxIssues)
        issues.append(ImportIssue{IssueSeverity::Info, fileName, 0, 0,
                                  u"further issues are counted but not listed"_s});
}

QString ImportResult::errorString() const
{
    if (cancelled)
        return u"the import was cancelled"_s;
    for (const ImportIssue &issue : issues)
        if (issue.severity == IssueSeverity::Error)
            return issue.toString();
    return {};
}

qint64 ImportResult::skippedCount() const
{
    qint64 n = 0;
    for (qint64 c : skipped)
        n += c;
    return n;
}

QMap<QString, qint64> ImportResult::statusCounts() const
{
    QHash<qint32, qint64> byIndex;
    for (const StagedRecord &r : records)
        if (r.status != 0)
            ++byIndex[r.status];
    QMap<QString, qint64> out;
    for (auto it = byIndex.cbegin(); it != byIndex.cend(); ++it)
        out.insert(strings.at(it.key()), it.value());
    return out;
}

bool ImportResult::isFlow(qsizetype i) const
{
    return indicators.value(records.at(size_t(i)).indicator).kind == u"flow";
}

Observation ImportResult::observation(qsizetype i) const
{
    const StagedRecord &r = records.at(size_t(i));
    return Observation{strings.at(r.region),  strings.at(r.industry), r.year, strings.at(r.sex),
                       strings.at(r.ageClass), r.value,               strings.at(r.status)};
}

Flow ImportResult::flow(qsizetype i) const
{
    const StagedRecord &r = records.at(size_t(i));
    return Flow{strings.at(r.region),   strings.at(r.destination), r.year, strings.at(r.sex),
                strings.at(r.ageClass), r.value,                   strings.at(r.status)};
}

QString ImportResult::summary() const
{
    QStringList lines;
    const QString name = QFileInfo(fileName).fileName();
    lines << u"%1: format %2%3"_s.arg(name, format, encoding.isEmpty() ? QString() : u", encoding "_s + encoding);
    QHash<qint32, qint64> perIndicator;
    QHash<qint32, QSet<int>> yearsOf;
    for (const StagedRecord &r : records) {
        ++perIndicator[r.indicator];
        yearsOf[r.indicator].insert(r.year);
    }
    for (int i = 0; i < indicators.size(); ++i) {
        QList<int> years = yearsOf.value(i).values();
        std::sort(years.begin(), years.end());
        const QString span = years.isEmpty()       ? QString()
                             : years.size() == 1 ? u", %1"_s.arg(years.first())
                                                 : u", %1–%2 (%3 years)"_s.arg(years.first()).arg(years.last()).arg(years.size());
        lines << u"  %1 %2 for indicator '%3'%4"_s.arg(perIndicator.value(i))
                     .arg(indicators.at(i).kind == u"flow" ? u"flows"_s : u"values"_s, indicators.at(i).id, span);
    }
    if (!boundaries.isEmpty())
        lines << u"  %1 boundaries (%2)%3"_s.arg(boundaries.size())
                     .arg(boundaryLevel ? regionLevelKey(*boundaryLevel) : QString())
                     .arg(regionNames.isEmpty() ? QString() : u", %1 region names"_s.arg(regionNames.size()));
    const QMap<QString, qint64> statuses = statusCounts();
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        lines << u"  %1 stored without a number, status %2"_s.arg(it.value()).arg(it.key());
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        lines << u"  %1 skipped: %2"_s.arg(it.value()).arg(it.key());
    if (warningCount > 0 || errorCount > 0)
        lines << u"  %1 errors, %2 warnings"_s.arg(errorCount).arg(warningCount);
    return lines.join(u'\n');
}

ImportPreview previewImport(const ImportResult &result, int maxRows)
{
    ImportPreview p;
    if (!result.records.empty()) {
        p.header = {u"line"_s, u"indicator"_s, u"region"_s, u"destination"_s, u"industry"_s, u"year"_s,
                    u"sex"_s,  u"age_class"_s, u"value"_s,  u"status"_s};
        const qsizetype n = std::min<qsizetype>(maxRows, qsizetype(result.records.size()));
        for (qsizetype i = 0; i < n; ++i) {
            const StagedRecord &r = result.records.at(size_t(i));
            p.rows.append({QString::number(r.line), result.indicators.value(r.indicator).id,
                           result.strings.at(r.region), result.strings.at(r.destination),
                           result.strings.at(r.industry), QString::number(r.year), result.strings.at(r.sex),
                           result.strings.at(r.ageClass),
                           std::isnan(r.value) ? QString() : QString::number(r.value, 'g', 15),
                           result.strings.at(r.status)});
        }
    } else if (!result.boundaries.isEmpty()) {
        p.header = {u"region"_s, u"name"_s, u"polygons"_s, u"vertices"_s};
        for (qsizetype i = 0; i < std::min<qsizetype>(maxRows, result.boundaries.size()); ++i) {
            const BoundaryFeature &f = result.boundaries.at(i);
            p.rows.append({f.code, f.name, QString::number(f.polygons.size()),
                           QString::number(geometry::vertexCount(f.polygons))});
        }
    }
    return p;
}

bool Importer::canRead(const QByteArray &head, const QString &fileName) const
{
    return confidence(ImportProbe{head, importsupport::decodeHead(head), fileName}) > 0;
}

const std::vector<std::unique_ptr<Importer>> &importers()
{
    static const std::vector<std::unique_ptr<Importer>> all = [] {
        std::vector<std::unique_ptr<Importer>> v;
        using namespace importformats;
        v.push_back(makeEStatJsonImporter());
        v.push_back(makeGeoJsonImporter());
        v.push_back(makeTopoJsonImporter());
        v.push_back(makeGeoPackageImporter());
        v.push_back(makeSsdseImporter());
        v.push_back(makeOdLongImporter());
        v.push_back(makeTidyImporter());
        v.push_back(makeOdWideImporter());
        v.push_back(makeEStatCsvImporter());
        return v;
    }();
    return all;
}

const Importer *importerFor(const QString &formatId)
{
    for (const auto &importer : importers())
        if (importer->formatId() == formatId)
            return importer.get();
    return nullptr;
}

QStringList importFormatIds()
{
    QStringList ids;
    for (const auto &importer : importers())
        ids << importer->formatId();
    return ids;
}

const Importer *detectImporter(const QByteArray &head, const QString &fileName, QString *why)
{
    if (head.isEmpty()) {
        if (why)
            *why = u"the file is empty"_s;
        return nullptr;
    }
    const ImportProbe probe{head, importsupport::decodeHead(head), fileName};
    const Importer *best = nullptr;
    int bestScore = 0;
    for (const auto &importer : importers()) {
        const int score = importer->confidence(probe);
        if (score > bestScore) {
            bestScore = score;
            best = importer.get();
        }
    }
    if (!best && why)
        *why = importsupport::looksBinary(head) && !head.startsWith("SQLite format 3")
                   ? u"binary data in no supported format"_s
                   : u"the format is not recognised (give --format: %1)"_s.arg(importFormatIds().join(u'|'));
    return best;
}

ImportResult readImport(const ImportRequest &request, const ImportProgress &progress)
{
    const Importer *importer = nullptr;
    const QString format = request.format.isEmpty() ? u"auto"_s : request.format;
    if (format == u"auto") {
        QByteArray head = request.data.left(256 * 1024);
        if (request.data.isEmpty()) {
            QFile file(request.fileName);
            if (!file.open(QIODevice::ReadOnly)) {
                ImportResult result;
                result.fileName = request.fileName;
                result.addIssue(IssueSeverity::Error, 0, 0, u"cannot open: %1"_s.arg(file.errorString()));
                return result;
            }
            head = file.read(256 * 1024);
        }
        QString why;
        importer = detectImporter(head, request.fileName, &why);
        if (!importer) {
            ImportResult result;
            result.fileName = request.fileName;
            result.addIssue(IssueSeverity::Error, head.isEmpty() ? 0 : 1, 0, why);
            return result;
        }
    } else {
        importer = importerFor(format);
        if (!importer) {
            ImportResult result;
            result.fileName = request.fileName;
            result.addIssue(IssueSeverity::Error, 0, 0,
                            u"unknown format '%1' (known: %2)"_s.arg(format, importFormatIds().join(u", "_s)));
            return result;
        }
    }
    ImportResult result = importer->read(request, progress);
    if (result.ok() && result.isEmpty())
        result.addIssue(IssueSeverity::Error, 0, 0, u"nothing to import: the file holds no values"_s);
    checkIdentifiers(result, request.maxIssues);
    return result;
}

namespace {

// A record's key in the order in which commitImport() writes it: the
// primary-key order of the table it goes to (observations: the series —
// indicator, industry, sex, age_class — then year and region; flows:
// indicator, year, sex, age_class, origin, destination), so that SQLite
// appends to its B-tree instead of inserting at random places. Text sorts as
// SQLite's BINARY collation does (memcmp of UTF-8). Ties are broken by the
// row, so records with equal keys keep their file order (the last one wins).
struct StorageKey
{
    quint64 hi, lo;
    quint32 row;
    bool operator<(const StorageKey &o) const
    {
        return hi != o.hi ? hi < o.hi : lo != o.lo ? lo < o.lo : row < o.row;
    }
    bool sameKey(const StorageKey &o) const { return hi == o.hi && lo == o.lo; }
};

// The keys of the records in the given order (all records in file order when
// order is null), or false when they do not pack into 120 bits.
bool storageKeys(const ImportResult &result, const std::vector<quint32> *order, std::vector<StorageKey> *keys)
{
    const size_t n = result.records.size();
    const qsizetype pool = result.strings.size();
    if (pool >= (1 << 24) || result.indicators.size() >= 256 || n >= (size_t(1) << 32))
        return false;
    // Rank of each pool string in SQLite's BINARY collation (memcmp of UTF-8).
    std::vector<QByteArray> utf8;
    utf8.reserve(size_t(pool));
    for (const QString &text : result.strings)
        utf8.push_back(text.toUtf8());
    std::vector<quint32> byText(static_cast<size_t>(pool)), rank(static_cast<size_t>(pool));
    for (qsizetype i = 0; i < pool; ++i)
        byText[size_t(i)] = quint32(i);
    std::sort(byText.begin(), byText.end(), [&](quint32 a, quint32 b) { return utf8[a] < utf8[b]; });
    for (size_t i = 0; i < byText.size(); ++i)
        rank[byText[i]] = quint32(i);
    const qsizetype indicators = result.indicators.size();
    std::vector<quint32> indicatorRank(static_cast<size_t>(indicators));
    std::vector<char> isFlow(static_cast<size_t>(indicators));
    {
        std::vector<quint32> ids(indicatorRank.size());
        for (size_t i = 0; i < ids.size(); ++i) {
            ids[i] = quint32(i);
            isFlow[i] = result.indicators.at(qsizetype(i)).kind == u"flow";
        }
        std::sort(ids.begin(), ids.end(), [&](quint32 a, quint32 b) {
            return result.indicators.at(a).id.toUtf8() < result.indicators.at(b).id.toUtf8();
        });
        for (size_t i = 0; i < ids.size(); ++i)
            indicatorRank[ids[i]] = quint32(i);
    }
    keys->resize(order ? order->size() : n);
    for (size_t k = 0; k < keys->size(); ++k) {
        const size_t i = order ? (*order)[k] : k;
        if (i >= n)
            return false;
        const StagedRecord &r = result.records[i];
        if (r.indicator < 0 || r.indicator >= indicators || r.year < 0 || r.year >= (1 << 16))
            return false;
        const quint64 ind = indicatorRank[size_t(r.indicator)];
        const quint64 year = quint64(r.year);
        if (isFlow[size_t(r.indicator)]) {
            // Indicator (8 bits), year (16), then four 24-bit ranks: 8 + 16 + 4 × 24 = 120 bits.
            const quint64 k1 = rank[size_t(r.sex)], k2 = rank[size_t(r.ageClass)], k3 = rank[size_t(r.region)],
                          k4 = rank[size_t(r.destination)];
            (*keys)[k] = StorageKey{(ind << 56) | (year << 40) | (k1 << 16) | (k2 >> 8),
                                    ((k2 & 0xFF) << 48) | (k3 << 24) | k4, quint32(i)};
        } else {
            // Indicator (8), industry, sex, age class (24 each: the series, whose ids
            // ObservationWriter hands out in this order), year (16), region (24).
            const quint64 k1 = rank[size_t(r.industry)], k2 = rank[size_t(r.sex)], k3 = rank[size_t(r.ageClass)],
                          k4 = rank[size_t(r.region)];
            (*keys)[k] = StorageKey{(ind << 56) | (k1 << 32) | (k2 << 8) | (k3 >> 16),
                                    ((k3 & 0xFFFF) << 40) | (year << 24) | k4, quint32(i)};
        }
    }
    return true;
}

// The order in which to write the records: the one checkDuplicateKeys() left
// in result.storageOrder when it still fits the records (strictly increasing
// keys, hence a permutation), else sorted here; file order when the keys do
// not pack.
std::vector<quint32> storageOrder(const ImportResult &result)
{
    const size_t n = result.records.size();
    std::vector<StorageKey> keys;
    if (result.storageOrder.size() == n && n > 0 && storageKeys(result, &result.storageOrder, &keys)) {
        bool increasing = true;
        for (size_t i = 1; i < n && increasing; ++i)
            increasing = keys[i - 1] < keys[i];
        if (increasing)
            return result.storageOrder;
    }
    std::vector<quint32> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = quint32(i);
    if (n < 2 || !storageKeys(result, nullptr, &keys) || std::is_sorted(keys.begin(), keys.end()))
        return order;
    std::sort(keys.begin(), keys.end());
    for (size_t i = 0; i < n; ++i)
        order[i] = keys[i].row;
    return order;
}

} // namespace

bool commitImport(Store &store, const ImportResult &result, QString *error, const ImportProgress &progress,
                  const CommitOptions &options, CommitSummary *summary)
{
    CommitSummary local;
    CommitSummary &done = summary ? *summary : local;
    done = {};
    if (!result.ok()) {
        *error = result.cancelled ? u"the import was cancelled"_s
                                  : u"the file has %1 error(s); nothing was stored: %2"_s.arg(result.errorCount)
                                        .arg(result.errorString());
        return false;
    }
    const qint64 total = qint64(result.records.size()) + result.boundaries.size() + 1;
    const bool ok = store.transaction([&](QString *err) {
        if (!result.regionNames.isEmpty() && !store.writeRegions(result.regionNames, err))
            return false;
        for (const IndicatorInfo &info : result.indicators) {
            const std::optional<IndicatorInfo> existing = store.indicator(info.id);
            if (existing && existing->kind != info.kind) {
                *err = u"indicator '%1' already holds %2 data, the file %3 data; choose another id (--indicator)"_s
                           .arg(info.id, existing->kind, info.kind);
                return false;
            }
            if (existing && !info.unitJa.isEmpty() && existing->unitJa != info.unitJa && !existing->unitJa.isEmpty()) {
                *err = u"indicator '%1' is measured in %2, the file in %3; choose another id (--indicator)"_s
                           .arg(info.id, existing->unitJa, info.unitJa);
                return false;
            }
            if (existing && isBundledIndicator(info.id)) {
                const QString change = bundledChange(store, result, qint32(&info - result.indicators.constData()));
                if (!change.isEmpty()) {
                    done.readOnlyIndicators << info.id;
                    *err = u"indicator '%1' holds the bundled official figures (%2) and is read-only (the file "
                           "would change %3); import under another id (--indicator)"_s.arg(info.id,
                                                                                          existing->sourceJa, change);
                    return false;
                }
                continue;   // official values repeated, cells added: no official value changes
            }
            if (existing) {
                done.existingIndicators << info.id;
                switch (options.existing) {
                case ExistingIndicator::Refuse:
                    *err = u"indicator '%1' already holds values; choose whether to replace them (--replace) or "
                           "add to them (--append), or import under another id (--indicator)"_s.arg(info.id);
                    return false;
                case ExistingIndicator::Replace: {
                    const qint64 stored = storedValues(store, *existing, err);
                    if (stored < 0 || !removeValues(store, *existing, err) || !store.writeIndicator(info, err))
                        return false;
                    done.replaced += stored;
                    break;
                }
                case ExistingIndicator::Append:
                    if (!store.writeIndicator(appended(*existing, info), err))
                        return false;
                    break;
                }
            } else if (!store.writeIndicator(info, err)) {
                return false;
            }
        }
        // Values before the write, to count those an append overwrites.
        qint64 storedBefore = 0;
        if (options.existing == ExistingIndicator::Append)
            for (const IndicatorInfo &info : result.indicators)
                if (done.existingIndicators.contains(info.id)) {
                    const qint64 n = storedValues(store, info, err);
                    if (n < 0)
                        return false;
                    storedBefore += n;
                }
        // Rows per indicator, counted once (also for the import log).
        std::vector<qint64> perIndicator(size_t(result.indicators.size()));
        for (const StagedRecord &r : result.records)
            ++perIndicator.at(size_t(r.indicator));
        qint64 observationRows = 0, flowRows = 0;
        for (qsizetype i = 0; i < result.indicators.size(); ++i)
            (result.indicators.at(i).kind == u"flow" ? flowRows : observationRows) += perIndicator[size_t(i)];
        const auto writeRecords = [&](QString *err) {
            std::vector<std::unique_ptr<ObservationWriter>> observationWriters;
            std::vector<std::unique_ptr<FlowWriter>> flowWriters;
            for (const IndicatorInfo &info : result.indicators) {
                const bool flow = info.kind == u"flow";
                observationWriters.push_back(flow ? nullptr : std::make_unique<ObservationWriter>(store, info.id));
                flowWriters.push_back(flow ? std::make_unique<FlowWriter>(store, info.id) : nullptr);
            }
            // The string pool in UTF-8, converted once; rows in primary-key order.
            std::vector<QByteArray> utf8;
            utf8.reserve(size_t(result.strings.size()));
            for (const QString &s : result.strings)
                utf8.push_back(s.toUtf8());
            const std::vector<quint32> order = storageOrder(result);
            // Consecutive rows of one indicator go to its writer in chunks.
            constexpr size_t kChunk = 4096;
            std::vector<Utf8Row> chunk;
            chunk.reserve(kChunk);
            qint32 chunkIndicator = -1;
            const auto flush = [&](QString *err) {
                if (chunk.empty())
                    return true;
                const size_t k = size_t(chunkIndicator);
                const bool ok = flowWriters.at(k) ? flowWriters.at(k)->writeRows(chunk.data(), qsizetype(chunk.size()), err)
                                                  : observationWriters.at(k)->writeRows(chunk.data(),
                                                                                        qsizetype(chunk.size()), err);
                chunk.clear();
                return ok;
            };
            qint64 done = 0;
            for (const quint32 i : order) {
                const StagedRecord &r = result.records[i];
                if (r.indicator != chunkIndicator || chunk.size() == kChunk) {
                    if (!flush(err))
                        return false;
                    chunkIndicator = r.indicator;
                }
                const bool flow = flowWriters.at(size_t(r.indicator)) != nullptr;
                chunk.push_back(Utf8Row{utf8[size_t(r.region)], utf8[size_t(flow ? r.destination : r.industry)],
                                        r.year, utf8[size_t(r.sex)], utf8[size_t(r.ageClass)], r.value,
                                        utf8[size_t(r.status)], {}});
                if (progress && (++done & 8191) == 0 && !progress(double(done) / double(total))) {
                    *err = u"the import was cancelled"_s;
                    return false;
                }
            }
            if (!flush(err))
                return false;
            return true;
        };
        const auto writeFlows = [&](QString *err) {
            return store.bulkWrite(u"flows"_s, flowRows, writeRecords, err);
        };
        if (!result.records.empty() && !store.bulkWrite(u"series_values"_s, observationRows, writeFlows, err))
            return false;
        if (!result.boundaries.isEmpty()
            && !store.writeBoundaries(result.boundaryLevel.value_or(RegionLevel::Prefecture), result.boundarySource,
                                      result.boundaries, err))
            return false;
        if (options.existing == ExistingIndicator::Append && !done.existingIndicators.isEmpty()) {
            // Rows written to existing indicators minus the rows they gained.
            qint64 storedAfter = 0, written = 0;
            for (int i = 0; i < result.indicators.size(); ++i) {
                const IndicatorInfo &info = result.indicators.at(i);
                if (!done.existingIndicators.contains(info.id))
                    continue;
                const qint64 n = storedValues(store, info, err);
                if (n < 0)
                    return false;
                storedAfter += n;
                written += perIndicator[size_t(i)];
            }
            done.replaced = written - (storedAfter - storedBefore);
        }
        const QString file = QFileInfo(result.fileName).fileName();
        if (result.indicators.isEmpty())
            return store.logImport(file, result.format, u""_s, qint64(result.boundaries.size()),
                                   result.skippedCount(), err);
        for (int i = 0; i < result.indicators.size(); ++i)
            if (!store.logImport(file, result.format, result.indicators.at(i).id, perIndicator[size_t(i)],
                                 i == 0 ? result.skippedCount() : 0, err))
                return false;
        return !progress || progress(1.0);
    });
    if (!ok)
        *error = store.errorString();
    return ok;
}

namespace importformats {

bool loadBytes(const ImportRequest &request, const QString &format, ImportResult *result, QByteArray *bytes)
{
    result->fileName = request.fileName;
    result->format = format;
    if (!request.data.isEmpty()) {
        *bytes = request.data;
    } else {
        QFile file(request.fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            result->addIssue(IssueSeverity::Error, 0, 0, u"cannot open: %1"_s.arg(file.errorString()));
            return false;
        }
        *bytes = file.readAll();
    }
    if (bytes->isEmpty()) {
        result->addIssue(IssueSeverity::Error, 0, 0, u"the file is empty"_s);
        return false;
    }
    return true;
}

bool loadText(const ImportRequest &request, const QString &format, ImportResult *result, QString *text)
{
    QByteArray bytes;
    if (!loadBytes(request, format, result, &bytes))
        return false;
    importsupport::DecodedText decoded = importsupport::decodeText(bytes, request.encoding);
    bytes.clear();
    if (!decoded.ok()) {
        result->addIssue(IssueSeverity::Error, decoded.errorLine, 0, decoded.error);
        return false;
    }
    result->encoding = decoded.encoding;
    *text = std::move(decoded.text);
    if (text->trimmed().isEmpty()) {
        result->addIssue(IssueSeverity::Error, 0, 0, u"the file is empty"_s);
        return false;
    }
    return true;
}

static void reportDuplicate(ImportResult *result, const StagedRecord &r, const StagedRecord &first, int maxIssues)
{
    result->addIssue(IssueSeverity::Error, importguards::issueLine(*result, r.line), 0,
                     (result->format == u"estat-json" ? importguards::recordPlace(*result, r.line) + u" "_s
                                                      : QString())
                         + u"repeats %1 (region %2%3, year %4, sex %5%6%7): a column of the file is not "
                           "mapped or a row is duplicated"_s.arg(importguards::recordPlace(*result, first.line))
                         .arg(result->strings.at(r.region),
                              r.destination ? u" → "_s + result->strings.at(r.destination) : QString())
                         .arg(r.year)
                         .arg(result->strings.at(r.sex),
                              r.ageClass ? u", age "_s + result->strings.at(r.ageClass) : QString(),
                              r.industry ? u", industry "_s + result->strings.at(r.industry) : QString()),
                     maxIssues);
}

void checkDuplicateKeys(ImportResult *result, int maxIssues)
{
    // One sort serves both this check and commitImport(): the keys in storage
    // order, whose order is kept in result->storageOrder.
    result->storageOrder.clear();
    std::vector<StorageKey> storage;
    if (storageKeys(*result, nullptr, &storage)) {
        std::sort(storage.begin(), storage.end());
        for (size_t i = 1; i < storage.size(); ++i)
            if (storage[i].sameKey(storage[i - 1]))
                reportDuplicate(result, result->records[storage[i].row], result->records[storage[i - 1].row],
                                maxIssues);
        result->storageOrder.resize(storage.size());
        for (size_t i = 0; i < storage.size(); ++i)
            result->storageOrder[i] = storage[i].row;
        return;
    }
    // Sort packed keys (indicator, region, destination, sex | industry, age, year) with the row index.
    struct Key
    {
        quint64 a, b;
        quint32 row;
        bool operator<(const Key &o) const { return a != o.a ? a < o.a : b != o.b ? b < o.b : row < o.row; }
        bool sameKey(const Key &o) const { return a == o.a && b == o.b; }
    };
    const std::vector<StagedRecord> &records = result->records;
    const qint32 pool = qint32(result->strings.size());
    if (pool >= (1 << 16) || result->indicators.size() >= 256)
        return;   // beyond the packing; never the case for real tables
    std::vector<Key> keys(records.size());
    for (size_t i = 0; i < records.size(); ++i) {
        const StagedRecord &r = records[i];
        keys[i] = Key{(quint64(r.indicator) << 56) | (quint64(r.region) << 36) | (quint64(r.destination) << 16)
                          | quint64(r.sex & 0xFFFF),
                      (quint64(r.industry) << 40) | (quint64(r.ageClass) << 20) | quint64(r.year & 0xFFFFF),
                      quint32(i)};
    }
    std::sort(keys.begin(), keys.end());
    for (size_t i = 1; i < keys.size(); ++i) {
        if (!keys[i].sameKey(keys[i - 1]))
            continue;
        reportDuplicate(result, records[keys[i].row], records[keys[i - 1].row], maxIssues);
    }
}

QString defaultIndicatorId(const ImportRequest &request)
{
    return request.indicator.isEmpty() ? importsupport::slugFromFileName(request.fileName) : request.indicator;
}

IndicatorInfo importedIndicator(const QString &id, const QString &nameJa, const QString &unit, const QString &kind,
                                const QString &fileName, const QString &format)
{
    IndicatorInfo info;
    info.id = id;
    info.nameJa = nameJa.isEmpty() ? id : nameJa;
    info.nameEn = id;
    info.unitJa = unit;
    info.unitEn = unit;
    info.kind = kind;
    info.sourceJa = u"インポート: %1"_s.arg(QFileInfo(fileName).fileName());
    info.sourceEn = u"Imported from %1"_s.arg(QFileInfo(fileName).fileName());
    info.noteJa = u"形式 %1 から取り込み。出典と利用条件は元のファイルを確認してください。"_s.arg(format);
    info.noteEn = u"Imported as %1; check the original file for its source and terms of use."_s.arg(format);
    return info;
}

} // namespace importformats
} // namespace regionlens::datasets
