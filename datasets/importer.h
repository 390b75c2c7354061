// SPDX-License-Identifier: GPL-3.0-or-later
// Importing what users already download (e-Stat CSV and API JSON, tidy CSV,
// OD tables, GeoJSON, TopoJSON, GeoPackage). Every format sits behind one
// interface, Importer: read() stages the whole file into an ImportResult
// (records, indicator definitions, boundaries and structured issues) without
// touching the store; the caller may show a preview, then commitImport()
// writes everything in ONE Store::transaction — all or nothing.
#pragma once

#include "catalog.h"
#include "geometry.h"
#include "store.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace regionlens::datasets {

// Fraction done in [0, 1]; return false to cancel.
using ImportProgress = std::function<bool(double)>;

enum class IssueSeverity { Info, Warning, Error };

// One data problem, located as precisely as the format allows (line and
// column are 1-based; 0 when not applicable).
struct ImportIssue
{
    IssueSeverity severity = IssueSeverity::Error;
    QString file;
    qint64 line = 0;
    int column = 0;
    QString message;

    // "file:line:column: error: message" (the compiler convention).
    QString toString() const;
};

QString issueSeverityKey(IssueSeverity severity);   // "info", "warning", "error"

struct ImportRequest
{
    QString fileName;                 // path; read from disk when data is empty
    QByteArray data;                  // the file's bytes (optional)
    QString format = QStringLiteral("auto");
    QString encoding;                 // "" = detect (BOM, UTF-8, else CP932)
    QString indicator;                // indicator id for all records ("" = derive)
    std::optional<int> year;          // year when the file has none; a filter when it has
    std::optional<RegionLevel> level; // keep only regions of this level / boundary level
    QString unit;                     // overrides the file's unit
    QString codeProperty;             // boundaries: property holding the region code ("" = detect)
    QString nameProperty;             // boundaries: property holding the name ("" = detect)
    QString layer;                    // TopoJSON object or GeoPackage table ("" = first)
    QStringList measures;             // wide tables (SSDSE): items to import, codes or names ("" = all)
    QList<Region> regions;            // regions the store knows (empty = nation + prefectures)
    int maxIssues = 200;              // issues kept in detail; the rest are only counted
};

// A staged observation or flow, compact: strings are indices into
// ImportResult::strings (0 is the empty string).
struct StagedRecord
{
    qint32 indicator = 0;   // index into ImportResult::indicators
    qint32 region = 0;      // region, or origin for flows
    qint32 destination = 0; // flows only
    qint32 industry = 0;
    qint32 sex = 0;
    qint32 ageClass = 0;
    qint32 status = 0;
    qint32 year = 0;
    qint64 line = 0;        // source line (or feature/value index for JSON)
    double value = 0;       // NaN when status is set
};

class ImportResult
{
public:
    ImportResult();

    QString fileName;
    QString format;                   // importer id that read the file
    QString encoding;                 // detected or given text encoding
    QStringList mapping;              // how columns/properties were understood, for the preview
    QList<IndicatorInfo> indicators;  // definitions for the staged records
    QStringList strings;              // string pool of the records
    std::vector<StagedRecord> records;
    // The records' indices in the order commitImport() writes them, left by the
    // duplicate check of the readers; commitImport() sorts again when it no
    // longer fits the records.
    std::vector<quint32> storageOrder;
    QList<Region> regionNames;        // names to fill in (boundary imports)
    std::optional<RegionLevel> boundaryLevel;
    QString boundarySource;
    QList<BoundaryFeature> boundaries;
    QList<ImportIssue> issues;
    qint64 errorCount = 0;            // including errors not kept in detail
    qint64 warningCount = 0;
    QMap<QString, qint64> skipped;    // reason → count of values not stored
    bool cancelled = false;

    bool ok() const { return !cancelled && errorCount == 0; }
    bool isEmpty() const { return records.empty() && boundaries.isEmpty(); }
    QString errorString() const;      // the first error, formatted
    qint64 skippedCount() const;
    QMap<QString, qint64> statusCounts() const;   // status → count among records

    Observation observation(qsizetype i) const;
    Flow flow(qsizetype i) const;
    bool isFlow(qsizetype i) const;

    // Human-readable summary: what would be (or was) stored and what not, and why.
    QString summary() const;

    // --- helpers for importers ---
    qint32 intern(const QString &text);
    void addIssue(IssueSeverity severity, qint64 line, int column, const QString &message, int maxIssues = 200);
    void skip(const QString &reason, qint64 count = 1) { skipped[reason] += count; }

private:
    QHash<QString, qint32> m_pool;
};

// The preview: the first rows as they will be stored, with a header.
struct ImportPreview
{
    QStringList header;
    QList<QStringList> rows;
};
ImportPreview previewImport(const ImportResult &result, int maxRows = 20);

// What the detector looks at: the first bytes, the same decoded, the file name.
struct ImportProbe
{
    QByteArray head;
    QString text;       // head decoded with the detected encoding (may be cut mid-line)
    QString fileName;
};

class Importer
{
public:
    enum Capability { Observations = 0x1, Flows = 0x2, Boundaries = 0x4 };

    virtual ~Importer() = default;
    virtual QString formatId() const = 0;          // "estat-csv", "tidy", …
    virtual QString description() const = 0;
    virtual int capabilities() const = 0;
    // 0 = cannot read; higher = more confident (100 = unmistakable signature).
    virtual int confidence(const ImportProbe &probe) const = 0;
    bool canRead(const QByteArray &head, const QString &fileName) const;
    // Reads and stages the file; never touches a store. Problems go into the
    // result's issues; a result with an error must not be committed.
    virtual ImportResult read(const ImportRequest &request, const ImportProgress &progress) const = 0;
};

// All importers, in detection order.
const std::vector<std::unique_ptr<Importer>> &importers();
const Importer *importerFor(const QString &formatId);
QStringList importFormatIds();
// The best importer for a file, or nullptr (with *why set) when none fits.
const Importer *detectImporter(const QByteArray &head, const QString &fileName, QString *why = nullptr);

// Reads request.fileName/data with the requested (or detected) format.
ImportResult readImport(const ImportRequest &request, const ImportProgress &progress = {});

// What commitImport() does with an indicator the store already holds.
// Bundled indicators (the starter pack's official figures) are read-only
// whatever the choice.
enum class ExistingIndicator {
    Refuse,    // stop with a message naming the indicator (the default: it needs a choice)
    Replace,   // the indicator's stored values are removed first; its details (source, unit …) become the file's
    Append,    // stored values are kept; a value of the file for the same cell replaces the stored one
};

struct CommitOptions
{
    ExistingIndicator existing = ExistingIndicator::Refuse;
};

struct CommitSummary
{
    QStringList existingIndicators;   // indicators of the file the store already held
    QStringList readOnlyIndicators;   // bundled indicators whose values the file would change (refused)
    qint64 replaced = 0;              // stored values removed or overwritten
};

// Writes a result in one transaction (refuses results with errors). Regions
// only gain names they lacked. When the file has an indicator the store
// already holds, options.existing decides (see ExistingIndicator); *summary
// (optional) says which indicators existed and how many values were replaced.
bool commitImport(Store &store, const ImportResult &result, QString *error,
                  const ImportProgress &progress = {}, const CommitOptions &options = {},
                  CommitSummary *summary = nullptr);
// True for the starter pack's indicators, which no import may change.
bool isBundledIndicator(const QString &id);

} // namespace regionlens::datasets
