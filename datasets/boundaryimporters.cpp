// SPDX-License-Identifier: GPL-3.0-or-later
// Boundary importers (GeoJSON, TopoJSON, GeoPackage): the region code comes
// from a chosen property (--code-property) or the property whose values
// resolve to the most distinct regions; municipality names (N03_004, with
// N03_003 for the wards of designated cities) fill the store's empty names.
#include "boundaryreaders.h"
#include "importformats.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryFile>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::datasets::importformats {
namespace {

// "" or why polygons cannot be a region on the map: every coordinate a finite
// longitude (−180…180) and latitude (−90…90) in degrees, and an area that is
// not zero (a degenerate outline must never replace a valid one).
QString geometryProblem(const MultiPolygon &polygons)
{
    double area = 0;
    for (const Polygon &polygon : polygons) {
        for (const Ring &ring : polygon)
            for (const QPointF &p : ring)
                if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || std::abs(p.x()) > 180.0
                    || std::abs(p.y()) > 90.0)
                    return u"coordinate (%1, %2) is not a longitude and latitude in degrees (is the file in "
                           "projected metres? save it as WGS 84 or JGD2011 longitude/latitude)"_s
                        .arg(p.x(), 0, 'g', 6)
                        .arg(p.y(), 0, 'g', 6);
        if (polygon.isEmpty())
            continue;
        const Ring &outer = polygon.first();
        double twice = 0;   // shoelace
        for (qsizetype i = 0; i + 1 < outer.size(); ++i)
            twice += outer.at(i).x() * outer.at(i + 1).y() - outer.at(i + 1).x() * outer.at(i).y();
        if (outer.size() > 2)
            twice += outer.last().x() * outer.first().y() - outer.first().x() * outer.last().y();
        area += std::abs(twice);
    }
    return polygons.isEmpty() || area > 0 ? QString() : u"the outline has no area (degenerate)"_s;
}


using importsupport::RegionResolver;

QString propertyText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d);
    }
    return {};
}

// The distinct regions a property's values resolve to (at level, when given).
int distinctRegions(const RawLayer &layer, const QString &property, const RegionResolver &resolver,
                    std::optional<RegionLevel> level)
{
    QSet<QString> codes;
    QHash<QString, QString> cache;
    for (const RawFeature &f : layer.features) {
        const QString raw = propertyText(f.properties.value(property));
        if (raw.isEmpty())
            continue;
        auto it = cache.constFind(raw);
        if (it == cache.constEnd())
            it = cache.insert(raw, resolver.resolve(raw));
        if (it->isEmpty() || *it == u"00" || (level && resolver.levelOf(*it) != level))
            continue;
        codes.insert(*it);
    }
    return int(codes.size());
}

QString featureName(const RawFeature &f, const QString &nameProperty)
{
    if (nameProperty != u"N03"_s)
        return nameProperty.isEmpty() ? QString() : propertyText(f.properties.value(nameProperty));
    // 国土数値情報 N03: N03_004 市区町村名; N03_003 郡・政令市名. The wards of a
    // designated city are "札幌市中央区"; a designated city as a whole is N03_003.
    const QString city = propertyText(f.properties.value(u"N03_003"_s));
    const QString local = propertyText(f.properties.value(u"N03_004"_s));
    if (local.isEmpty())
        return city;
    if (city.endsWith(u'市') && local.endsWith(u'区'))
        return city + local;
    return local;
}

// The designated city a ward belongs to: the feature says 〇〇市 + 〇〇区 and the
// store's closest lower municipality code of the prefecture is a city code
// (ending in 0) within the ward number range.
QString designatedCity(const QString &ward, const RawFeature &f, const QStringList &municipalities)
{
    const QString city = propertyText(f.properties.value(u"N03_003"_s));
    const QString local = propertyText(f.properties.value(u"N03_004"_s));
    if (ward.size() != 5 || !city.endsWith(u'市') || !local.endsWith(u'区') || ward.startsWith(u"13"_s))
        return {};
    const auto it = std::lower_bound(municipalities.cbegin(), municipalities.cend(), ward);
    if (it == municipalities.cbegin())
        return {};
    const QString &candidate = *(it - 1);
    const int distance = ward.toInt() - candidate.toInt();
    if (candidate.left(2) != ward.left(2) || !candidate.endsWith(u'0') || distance <= 0 || distance >= 40)
        return {};
    return candidate;
}

ImportResult stageBoundaries(const ImportRequest &request, RawLayer layer, ImportResult result,
                             const ImportProgress &progress)
{
    const int maxIssues = request.maxIssues;
    if (layer.cancelled) {
        result.cancelled = true;
        return result;
    }
    if (!layer.ok()) {
        result.addIssue(IssueSeverity::Error, layer.errorLine, 0, layer.error, maxIssues);
        return result;
    }
    if (layer.features.isEmpty()) {
        result.addIssue(IssueSeverity::Error, 0, 0, u"the layer has no features"_s, maxIssues);
        return result;
    }
    if (!layer.name.isEmpty())
        result.mapping << u"layer '%1' (of %2)"_s.arg(layer.name, layer.layers.join(u", "_s));
    const RegionResolver resolver(request.regions);
    // Code property.
    QString codeProperty = request.codeProperty;
    if (!codeProperty.isEmpty() && !layer.propertyNames.contains(codeProperty)) {
        result.addIssue(IssueSeverity::Error, 0, 0,
                        u"no property '%1' (properties: %2)"_s.arg(codeProperty, layer.propertyNames.join(u", "_s)),
                        maxIssues);
        return result;
    }
    if (codeProperty.isEmpty()) {
        // Most distinct regions wins; ties go to code-like properties.
        static const QStringList preferred = {u"N03_007"_s, u"pref_code"_s, u"code"_s, u"jis_code"_s,
                                              u"JIS"_s, u"id"_s, u"name_ja"_s, u"nam_ja"_s, u"name_local"_s};
        const auto rank = [](const QString &p) {
            const qsizetype i = preferred.indexOf(p);
            return i < 0 ? preferred.size() : i;
        };
        int best = 0;
        for (const QString &p : layer.propertyNames) {
            const int n = distinctRegions(layer, p, resolver, request.level);
            if (n > best || (n == best && n > 0 && rank(p) < rank(codeProperty))) {
                best = n;
                codeProperty = p;
            }
        }
        if (codeProperty.isEmpty()) {
            result.addIssue(IssueSeverity::Error, 0, 0,
                            u"no property holds region codes or names (properties: %1); give --code-property"_s
                                .arg(layer.propertyNames.join(u", "_s)),
                            maxIssues);
            return result;
        }
        result.mapping << u"code property '%1' (detected: %2 regions)"_s.arg(codeProperty).arg(best);
    } else {
        result.mapping << u"code property '%1'"_s.arg(codeProperty);
    }
    // Name property.
    QString nameProperty = request.nameProperty;
    if (nameProperty.isEmpty()) {
        if (layer.propertyNames.contains(u"N03_004"_s) && layer.propertyNames.contains(u"N03_003"_s))
            nameProperty = u"N03"_s;
        else
            for (const QString &p : {u"name_ja"_s, u"nam_ja"_s, u"name_local"_s, u"N03_004"_s, u"name"_s,
                                     u"NAME"_s, u"nam"_s})
                if (layer.propertyNames.contains(p) && p != codeProperty) {
                    nameProperty = p;
                    break;
                }
    }
    result.mapping << (nameProperty == u"N03"
                           ? u"names from N03_004 (with N03_003 for the wards of designated cities)"_s
                           : u"name property '%1'"_s.arg(nameProperty));
    // Level: as requested, else the most common level among the resolved codes.
    std::optional<RegionLevel> level = request.level;
    QList<QString> codes;
    QHash<RegionLevel, int> levels;
    for (const RawFeature &f : layer.features) {
        const QString code = resolver.resolve(propertyText(f.properties.value(codeProperty)));
        codes.append(code);
        if (!code.isEmpty() && code != u"00")
            ++levels[*resolver.levelOf(code)];
    }
    if (!level)
        level = levels.value(RegionLevel::Municipality) > levels.value(RegionLevel::Prefecture)
                    ? RegionLevel::Municipality
                    : RegionLevel::Prefecture;
    result.boundaryLevel = level;
    result.mapping << u"level %1"_s.arg(regionLevelKey(*level));
    result.boundarySource = u"%1 (imported)"_s.arg(QFileInfo(request.fileName).fileName());
    QHash<QString, qsizetype> index;
    QSet<QString> named;
    QStringList municipalities;   // sorted codes, for joining wards to their city
    for (const Region &r : request.regions)
        if (r.level == RegionLevel::Municipality)
            municipalities.append(r.code);
    std::sort(municipalities.begin(), municipalities.end());
    int wards = 0;
    ProgressTicker ticker(progress, 256);
    for (qsizetype i = 0; i < layer.features.size(); ++i) {
        if (!ticker.tick(double(i) / double(layer.features.size()))) {
            result.cancelled = true;
            return result;
        }
        const RawFeature &f = layer.features.at(i);
        // Issues name the feature in their text ("feature 3 (13): …") and
        // have no line: "file:3:" would read as line 3 of the file.
        const qint64 featureNo = i + 1;
        const QString raw = propertyText(f.properties.value(codeProperty));
        const QString &code = codes.at(i);
        if (raw.isEmpty()) {
            result.skip(u"features without a code (e.g. 所属未定地, unassigned areas)"_s);
            continue;
        }
        if (code.isEmpty() && *level == RegionLevel::Municipality && nameProperty == u"N03") {
            // A ward (区) of a designated city in a ward-level N03 file: the store
            // holds the city (札幌市中央区 01101 → 札幌市 01100), so the ward joins it.
            const QString city = designatedCity(raw, f, municipalities);
            if (!city.isEmpty()) {
                ++wards;
                const QString cityName = propertyText(f.properties.value(u"N03_003"_s));
                if (!named.contains(city)) {
                    named.insert(city);
                    result.regionNames.append(Region{city, RegionLevel::Municipality, cityName, QString(), city.left(2), QString()});
                }
                if (!f.geometryError.isEmpty() || f.nullGeometry)
                    continue;
                if (const QString problem = geometryProblem(f.polygons); !problem.isEmpty()) {
                    result.addIssue(IssueSeverity::Error, 0, 0,
                                    u"feature %1 (%2): %3"_s.arg(featureNo).arg(raw, problem), maxIssues);
                    continue;
                }
                if (const auto seen = index.constFind(city); seen != index.constEnd()) {
                    result.boundaries[*seen].polygons.append(f.polygons);
                } else {
                    index.insert(city, result.boundaries.size());
                    result.boundaries.append(BoundaryFeature{city, cityName, f.polygons});
                }
                continue;
            }
        }
        if (code.isEmpty()) {
            QString why;
            resolver.resolve(raw, &why);
            result.addIssue(IssueSeverity::Warning, 0, 0, u"feature %1: %2; skipped"_s.arg(featureNo).arg(why),
                            maxIssues);
            result.skip(u"regions the store does not have"_s);
            continue;
        }
        if (resolver.levelOf(code) != level) {
            result.skip(u"features of another level than %1"_s.arg(regionLevelKey(*level)));
            continue;
        }
        const QString name = featureName(f, nameProperty);
        if (*level == RegionLevel::Municipality && !name.isEmpty() && !named.contains(code)) {
            named.insert(code);   // the name is known even where the geometry is not
            result.regionNames.append(Region{code, RegionLevel::Municipality, name, QString(), code.left(2), QString()});
        }
        if (!f.geometryError.isEmpty()) {
            result.addIssue(IssueSeverity::Error, 0, 0, u"feature %1 (%2): %3"_s.arg(featureNo).arg(code, f.geometryError),
                            maxIssues);
            continue;
        }
        if (const QString problem = geometryProblem(f.polygons); !problem.isEmpty()) {
            result.addIssue(IssueSeverity::Error, 0, 0, u"feature %1 (%2): %3"_s.arg(featureNo).arg(code, problem),
                            maxIssues);
            continue;
        }
        if (f.nullGeometry) {
            result.addIssue(IssueSeverity::Warning, 0, 0,
                            u"feature %1 (%2): no geometry; skipped"_s.arg(featureNo).arg(code), maxIssues);
            result.skip(u"features without geometry"_s);
            continue;
        }
        // Sources such as N03 split one region over many features: merge them.
        if (const auto seen = index.constFind(code); seen != index.constEnd()) {
            result.boundaries[*seen].polygons.append(f.polygons);
            continue;
        }
        index.insert(code, result.boundaries.size());
        result.boundaries.append(BoundaryFeature{code, name, f.polygons});
    }
    if (wards > 0)
        result.addIssue(IssueSeverity::Info, 0, 0,
                        u"%1 ward features joined to their designated cities"_s.arg(wards), maxIssues);
    if (*level == RegionLevel::Municipality && resolver.municipalityCount() > 0) {
        const int missing = resolver.municipalityCount() - int(result.boundaries.size());
        if (missing > 0)
            result.addIssue(IssueSeverity::Info, 0, 0,
                            u"%1 of the store's %2 municipalities have no boundary in this file"_s.arg(missing)
                                .arg(resolver.municipalityCount()),
                            maxIssues);
    }
    return result;
}

class GeoJsonImporter : public Importer
{
public:
    QString formatId() const override { return u"geojson"_s; }
    QString description() const override { return u"GeoJSON boundaries (FeatureCollection of polygons)"_s; }
    int capabilities() const override { return Boundaries; }
    int confidence(const ImportProbe &probe) const override
    {
        const QString head = probe.text.left(8192).trimmed();
        if (!head.startsWith(u'{'))
            return 0;
        return head.contains(u"FeatureCollection"_s) || head.contains(u"\"Feature\""_s) ? 90 : 0;
    }
    ImportResult read(const ImportRequest &request, const ImportProgress &progress) const override
    {
        ImportResult result;
        QByteArray bytes;
        if (!loadBytes(request, formatId(), &result, &bytes))
            return result;
        result.encoding = u"UTF-8"_s;
        RawLayer layer = readGeoJsonLayer(bytes);
        return stageBoundaries(request, std::move(layer), std::move(result), progress);
    }
};

class TopoJsonImporter : public Importer
{
public:
    QString formatId() const override { return u"topojson"_s; }
    QString description() const override { return u"TopoJSON boundaries (quantized arcs, one object)"_s; }
    int capabilities() const override { return Boundaries; }
    int confidence(const ImportProbe &probe) const override
    {
        const QString head = probe.text.left(8192).trimmed();
        return head.startsWith(u'{') && head.contains(u"\"Topology\""_s) ? 100 : 0;
    }
    ImportResult read(const ImportRequest &request, const ImportProgress &progress) const override
    {
        ImportResult result;
        QByteArray bytes;
        if (!loadBytes(request, formatId(), &result, &bytes))
            return result;
        result.encoding = u"UTF-8"_s;
        RawLayer layer = readTopoJsonLayer(bytes, request.layer);
        return stageBoundaries(request, std::move(layer), std::move(result), progress);
    }
};

class GeoPackageImporter : public Importer
{
public:
    QString formatId() const override { return u"gpkg"_s; }
    QString description() const override { return u"GeoPackage features table (EPSG:4326 / JGD2011)"_s; }
    int capabilities() const override { return Boundaries; }
    int confidence(const ImportProbe &probe) const override
    {
        if (!probe.head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
            return 0;
        // application_id "GPKG" at offset 68; older files say "GP10"/"GP11".
        const QByteArray id = probe.head.mid(68, 4);
        return id == "GPKG" || id.startsWith("GP1") ? 100 : 50;
    }
    ImportResult read(const ImportRequest &request, const ImportProgress &progress) const override
    {
        ImportResult result;
        result.fileName = request.fileName;
        result.format = formatId();
        QString path = request.fileName;
        QTemporaryFile copy(QDir::tempPath() + u"/regionlens-import-XXXXXX.gpkg"_s);
        if (!request.data.isEmpty()) {   // SQLite reads files: spill the bytes
            if (!copy.open() || copy.write(request.data) != request.data.size() || !copy.flush()) {
                result.addIssue(IssueSeverity::Error, 0, 0, u"cannot write a temporary copy"_s);
                return result;
            }
            path = copy.fileName();
        } else if (!QFileInfo(path).isReadable()) {
            result.addIssue(IssueSeverity::Error, 0, 0, u"cannot open: not readable"_s);
            return result;
        }
        QFile check(path);
        if (check.open(QIODevice::ReadOnly) && !check.read(16).startsWith("SQLite format 3")) {
            result.addIssue(IssueSeverity::Error, 1, 0, u"not a GeoPackage (no SQLite header)"_s);
            return result;
        }
        // Cancel reaches into SQLite (its progress handler): a feature table
        // that is a slow or endless view stops when the user says so.
        RawLayer layer = readGeoPackageLayer(path, request.layer, [&progress] { return !progress || progress(0.0); });
        return stageBoundaries(request, std::move(layer), std::move(result), progress);
    }
};

} // namespace

std::unique_ptr<Importer> makeGeoJsonImporter()
{
    return std::make_unique<GeoJsonImporter>();
}

std::unique_ptr<Importer> makeTopoJsonImporter()
{
    return std::make_unique<TopoJsonImporter>();
}

std::unique_ptr<Importer> makeGeoPackageImporter()
{
    return std::make_unique<GeoPackageImporter>();
}

} // namespace regionlens::datasets::importformats
