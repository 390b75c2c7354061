// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundaryreaders.h"
#include "storesql.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <sqlite3.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {
namespace {

void addProperties(RawLayer *layer, const QJsonObject &properties)
{
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
        if (!layer->propertyNames.contains(it.key()))
            layer->propertyNames.append(it.key());
}

bool readPosition(const QJsonValue &v, QPointF *p)
{
    const QJsonArray a = v.toArray();
    if (a.size() < 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
        return false;
    *p = QPointF(a.at(0).toDouble(), a.at(1).toDouble());
    return std::isfinite(p->x()) && std::isfinite(p->y());
}

bool readGeoJsonPolygon(const QJsonArray &rings, Polygon *polygon)
{
    for (const QJsonValue &r : rings) {
        const QJsonArray coords = r.toArray();
        Ring ring;
        ring.reserve(coords.size());
        for (const QJsonValue &c : coords) {
            QPointF p;
            if (!readPosition(c, &p))
                return false;
            ring.append(p);
        }
        if (ring.size() < 3)
            return false;
        polygon->append(ring);
    }
    return !polygon->isEmpty();
}

void readGeoJsonGeometry(const QJsonValue &value, RawFeature *f)
{
    if (value.isNull() || value.isUndefined()) {
        f->nullGeometry = true;
        return;
    }
    const QJsonObject geometry = value.toObject();
    const QString type = geometry.value(u"type"_s).toString();
    const QJsonArray coords = geometry.value(u"coordinates"_s).toArray();
    if (type == u"Polygon") {
        Polygon polygon;
        if (readGeoJsonPolygon(coords, &polygon))
            f->polygons.append(polygon);
        else
            f->geometryError = u"malformed Polygon coordinates"_s;
    } else if (type == u"MultiPolygon") {
        for (const QJsonValue &p : coords) {
            Polygon polygon;
            if (!readGeoJsonPolygon(p.toArray(), &polygon)) {
                f->geometryError = u"malformed MultiPolygon coordinates"_s;
                f->polygons.clear();
                return;
            }
            f->polygons.append(polygon);
        }
        if (f->polygons.isEmpty())
            f->nullGeometry = true;
    } else if (type == u"GeometryCollection") {
        for (const QJsonValue &g : geometry.value(u"geometries"_s).toArray()) {
            RawFeature part;
            readGeoJsonGeometry(g, &part);
            f->polygons.append(part.polygons);
        }
        f->nullGeometry = f->polygons.isEmpty();
    } else {
        f->geometryError = u"geometry type '%1' is not a polygon"_s.arg(type.isEmpty() ? u"none"_s : type);
    }
}

void setJsonError(RawLayer *layer, const QByteArray &json, const QJsonParseError &e)
{
    layer->errorLine = json.left(e.offset).count('\n') + 1;
    layer->error = u"not valid JSON (byte %1): %2"_s.arg(e.offset).arg(e.errorString());
}

// TopoJSON arcs decoded to absolute coordinates.
bool decodeArcs(const QJsonObject &topology, QList<Ring> *arcs, QString *error)
{
    const QJsonObject transform = topology.value(u"transform"_s).toObject();
    const bool quantized = !transform.isEmpty();
    double sx = 1, sy = 1, tx = 0, ty = 0;
    if (quantized) {
        const QJsonArray scale = transform.value(u"scale"_s).toArray();
        const QJsonArray translate = transform.value(u"translate"_s).toArray();
        if (scale.size() != 2 || translate.size() != 2) {
            *error = u"malformed transform (scale and translate need two numbers)"_s;
            return false;
        }
        sx = scale.at(0).toDouble();
        sy = scale.at(1).toDouble();
        tx = translate.at(0).toDouble();
        ty = translate.at(1).toDouble();
    }
    const QJsonArray all = topology.value(u"arcs"_s).toArray();
    arcs->reserve(all.size());
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QJsonArray points = all.at(i).toArray();
        Ring arc;
        arc.reserve(points.size());
        double x = 0, y = 0;
        for (const QJsonValue &v : points) {
            QPointF p;
            if (!readPosition(v, &p)) {
                *error = u"arc %1: malformed position"_s.arg(i);
                return false;
            }
            if (quantized) {
                x += p.x();   // delta-encoded
                y += p.y();
                arc.append(QPointF(x * sx + tx, y * sy + ty));
            } else {
                arc.append(p);
            }
        }
        arcs->append(arc);
    }
    return true;
}

bool topoRing(const QJsonArray &indices, const QList<Ring> &arcs, Ring *ring)
{
    for (const QJsonValue &v : indices) {
        if (!v.isDouble())
            return false;
        // An arc index is a (possibly one's-complemented) integer; anything
        // else, or beyond the range a qint64 holds, is malformed (found by fuzzing).
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::abs(d) > 9.0e15)
            return false;
        const qint64 k = qint64(d);
        const qint64 index = k >= 0 ? k : ~k;
        if (index < 0 || index >= arcs.size())
            return false;
        const Ring &arc = arcs.at(index);
        const qsizetype n = arc.size();
        for (qsizetype j = 0; j < n; ++j) {
            if (j == 0 && !ring->isEmpty())
                continue;   // shared with the end of the previous arc
            ring->append(k >= 0 ? arc.at(j) : arc.at(n - 1 - j));
        }
    }
    return ring->size() >= 3;
}

bool topoPolygon(const QJsonArray &rings, const QList<Ring> &arcs, Polygon *polygon)
{
    for (const QJsonValue &r : rings) {
        Ring ring;
        if (!topoRing(r.toArray(), arcs, &ring))
            return false;
        polygon->append(ring);
    }
    return !polygon->isEmpty();
}

void readTopoGeometry(const QJsonObject &g, const QList<Ring> &arcs, RawFeature *f)
{
    const QJsonValue typeValue = g.value(u"type"_s);
    const QString type = typeValue.toString();
    const QJsonArray a = g.value(u"arcs"_s).toArray();
    if (typeValue.isNull() || type.isEmpty()) {
        f->nullGeometry = true;
    } else if (type == u"Polygon") {
        Polygon polygon;
        if (topoPolygon(a, arcs, &polygon))
            f->polygons.append(polygon);
        else
            f->geometryError = u"malformed Polygon arcs"_s;
    } else if (type == u"MultiPolygon") {
        for (const QJsonValue &p : a) {
            Polygon polygon;
            if (!topoPolygon(p.toArray(), arcs, &polygon)) {
                f->geometryError = u"malformed MultiPolygon arcs"_s;
                f->polygons.clear();
                return;
            }
            f->polygons.append(polygon);
        }
        f->nullGeometry = f->polygons.isEmpty();
    } else {
        f->geometryError = u"geometry type '%1' is not a polygon"_s.arg(type);
    }
}

QAtomicInteger<quint64> g_gpkgConnections;

} // namespace

RawLayer readGeoJsonLayer(const QByteArray &json)
{
    RawLayer layer;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        setJsonError(&layer, json, parseError);
        return layer;
    }
    const QJsonObject root = doc.object();
    const QString type = root.value(u"type"_s).toString();
    QJsonArray features;
    if (type == u"FeatureCollection")
        features = root.value(u"features"_s).toArray();
    else if (type == u"Feature")
        features.append(root);
    else {
        layer.error = u"not a GeoJSON FeatureCollection or Feature"_s;
        return layer;
    }
    for (const QJsonValue &v : features) {
        const QJsonObject feature = v.toObject();
        RawFeature f;
        f.properties = feature.value(u"properties"_s).toObject();
        addProperties(&layer, f.properties);
        readGeoJsonGeometry(feature.value(u"geometry"_s), &f);
        layer.features.append(f);
    }
    return layer;
}

RawLayer readTopoJsonLayer(const QByteArray &json, const QString &name)
{
    RawLayer layer;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        setJsonError(&layer, json, parseError);
        return layer;
    }
    const QJsonObject topology = doc.object();
    if (topology.value(u"type"_s).toString() != u"Topology") {
        layer.error = u"not a TopoJSON Topology"_s;
        return layer;
    }
    const QJsonObject objects = topology.value(u"objects"_s).toObject();
    layer.layers = objects.keys();
    if (objects.isEmpty()) {
        layer.error = u"the topology has no objects"_s;
        return layer;
    }
    layer.name = name.isEmpty() ? objects.keys().first() : name;
    if (!objects.contains(layer.name)) {
        layer.error = u"no object '%1' (objects: %2)"_s.arg(layer.name, layer.layers.join(u", "_s));
        return layer;
    }
    QList<Ring> arcs;
    if (!decodeArcs(topology, &arcs, &layer.error))
        return layer;
    const QJsonObject object = objects.value(layer.name).toObject();
    QJsonArray geometries;
    if (object.value(u"type"_s).toString() == u"GeometryCollection")
        geometries = object.value(u"geometries"_s).toArray();
    else
        geometries.append(object);
    for (const QJsonValue &v : geometries) {
        const QJsonObject g = v.toObject();
        RawFeature f;
        f.properties = g.value(u"properties"_s).toObject();
        if (g.contains(u"id"_s) && !f.properties.contains(u"id"_s))
            f.properties.insert(u"id"_s, g.value(u"id"_s));
        addProperties(&layer, f.properties);
        readTopoGeometry(g, arcs, &f);
        layer.features.append(f);
    }
    return layer;
}

namespace {

// Bounds on a GeoPackage's work: the largest boundary files (国土数値情報 N03,
// all of Japan) have about 120,000 features and geometries under 10 MB.
constexpr qsizetype kMaxGpkgFeatures = 500000;
constexpr qint64 kMaxGpkgBlob = 64LL * 1024 * 1024;
constexpr qint64 kMaxGpkgBytes = 1024LL * 1024 * 1024;
constexpr qint64 kMaxGpkgMilliseconds = 120000;
// SQLite virtual-machine steps between two features: a table or a plain view
// takes a few dozen per row; a feature "table" that is a recursive view
// filtering everything away takes them without end. The progress handler
// runs every kGpkgStepsPerCall steps.
constexpr int kGpkgStepsPerCall = 1000;
constexpr qint64 kMaxGpkgStepsWithoutFeature = 50'000'000;

// The state the SQLite progress handler sees while a GeoPackage is read.
struct GpkgWatch
{
    QElapsedTimer timer;
    const std::function<bool()> *keepGoing = nullptr;
    qint64 calls = 0;                 // progress handler calls since the last feature
    qint64 lastAsked = 0;             // timer.elapsed() when keepGoing was last asked
    enum class Stop { No, Cancelled, Time, Steps } stop = Stop::No;

    // Asks keepGoing at most every 50 ms; false once the work must stop.
    bool check()
    {
        if (stop != Stop::No)
            return false;
        const qint64 now = timer.elapsed();
        if (now > kMaxGpkgMilliseconds)
            stop = Stop::Time;
        else if (calls * kGpkgStepsPerCall > kMaxGpkgStepsWithoutFeature)
            stop = Stop::Steps;
        else if (keepGoing && *keepGoing && now - lastAsked >= 50) {
            lastAsked = now;
            if (!(*keepGoing)())
                stop = Stop::Cancelled;
        }
        return stop == Stop::No;
    }
};

// Interrupts the statement (SQLITE_INTERRUPT) when the watch says stop.
int gpkgProgress(void *watch)
{
    auto *w = static_cast<GpkgWatch *>(watch);
    ++w->calls;
    return w->check() ? 0 : 1;
}

// Why a read stopped early, for the layer's error.
QString stopReason(const GpkgWatch &watch, const QString &table)
{
    switch (watch.stop) {
    case GpkgWatch::Stop::Time:
        return u"reading table '%1' took over %2 s; stopped"_s.arg(table).arg(kMaxGpkgMilliseconds / 1000);
    case GpkgWatch::Stop::Steps:
        return u"table '%1' runs without end between features (a recursive view?); stopped"_s.arg(table);
    case GpkgWatch::Stop::Cancelled:
        return u"cancelled"_s;
    case GpkgWatch::Stop::No:
        break;
    }
    return {};
}

} // namespace

RawLayer readGeoPackageLayer(const QString &path, const QString &name, const std::function<bool()> &keepGoing)
{
    RawLayer layer;
    GpkgWatch watch;
    watch.timer.start();
    watch.keepGoing = &keepGoing;
    const QString connection = u"regionlens-gpkg-%1"_s.arg(g_gpkgConnections.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery q(db);
        const bool opened = db.open();
        if (opened)
            if (sqlite3 *handle = storesql::sqliteHandle(db))
                sqlite3_progress_handler(handle, kGpkgStepsPerCall, &gpkgProgress, &watch);
        if (!opened) {
            layer.error = u"cannot open as SQLite: %1"_s.arg(db.lastError().text());
        } else if (!q.exec(u"SELECT c.table_name, g.column_name, g.srs_id, COALESCE(s.organization, ''), "
                           "COALESCE(s.organization_coordsys_id, 0), COALESCE(s.definition, '') "
                           "FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
                           "LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id "
                           "WHERE c.data_type = 'features' ORDER BY c.table_name"_s)) {
            layer.error = watch.stop != GpkgWatch::Stop::No
                              ? stopReason(watch, u"gpkg_contents"_s)
                              : u"an SQLite file but not a GeoPackage (%1)"_s.arg(q.lastError().text());
        } else {
            QString column, organization, definition;
            int srs = 0, coordsys = 0;
            while (q.next()) {
                const QString table = q.value(0).toString();
                layer.layers << table;
                if ((name.isEmpty() && layer.name.isEmpty()) || table == name) {
                    layer.name = table;
                    column = q.value(1).toString();
                    srs = q.value(2).toInt();
                    organization = q.value(3).toString();
                    coordsys = q.value(4).toInt();
                    definition = q.value(5).toString();
                }
            }
            const bool geographic = srs == 4326 || (organization.compare(u"EPSG"_s, Qt::CaseInsensitive) == 0
                                                    && (coordsys == 4326 || coordsys == 6668 || coordsys == 4612))
                                    || definition.startsWith(u"GEOGCS"_s) || definition.startsWith(u"GEOGCRS"_s);
            if (layer.layers.isEmpty())
                layer.error = u"the GeoPackage has no features table"_s;
            else if (layer.name.isEmpty())
                layer.error = u"no features table '%1' (tables: %2)"_s.arg(name, layer.layers.join(u", "_s));
            else if (!geographic)
                layer.error = u"table '%1' uses SRS %2 (%3 %4), not longitude/latitude; reproject to EPSG:4326"_s
                                  .arg(layer.name)
                                  .arg(srs)
                                  .arg(organization)
                                  .arg(coordsys);
            else {
                QSqlQuery rows(db);
                rows.setForwardOnly(true);
                QString quoted = layer.name;
                quoted.replace(u"\""_s, u"\"\""_s);
                if (!rows.exec(u"SELECT * FROM \"%1\""_s.arg(quoted))) {
                    layer.error = watch.stop != GpkgWatch::Stop::No
                                      ? stopReason(watch, layer.name)
                                      : u"cannot read table '%1': %2"_s.arg(layer.name, rows.lastError().text());
                } else {
                    const QSqlRecord record = rows.record();
                    const int geometryIndex = record.indexOf(column);
                    qint64 bytes = 0;
                    while (rows.next()) {
                        watch.calls = 0;   // a feature: the steps bound starts again
                        if (layer.features.size() >= kMaxGpkgFeatures) {
                            layer.error = u"table '%1' has more than %2 features; split the file"_s.arg(layer.name)
                                              .arg(kMaxGpkgFeatures);
                            break;
                        }
                        if ((layer.features.size() & 255) == 0 && !watch.check())
                            break;
                        RawFeature f;
                        for (int i = 0; i < record.count(); ++i) {
                            if (i == geometryIndex)
                                continue;
                            const QVariant v = rows.value(i);
                            f.properties.insert(record.fieldName(i),
                                                v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v));
                        }
                        addProperties(&layer, f.properties);
                        const QVariant blob = rows.value(geometryIndex);
                        const qint64 size = blob.toByteArray().size();
                        bytes += size;
                        if (size > kMaxGpkgBlob || bytes > kMaxGpkgBytes) {
                            layer.error = u"feature %1 of table '%2': %3 MB of geometry%4; a boundary file holds "
                                          "less"_s.arg(layer.features.size() + 1)
                                              .arg(layer.name)
                                              .arg(size / (1024 * 1024))
                                              .arg(bytes > kMaxGpkgBytes ? u" (over 1 GB in all)"_s : QString());
                            break;
                        }
                        QString error;
                        if (blob.isNull())
                            f.nullGeometry = true;
                        else if (!geometry::fromGeoPackageBlob(blob.toByteArray(), &f.polygons, &error))
                            f.geometryError = error;
                        else if (f.polygons.isEmpty())
                            f.nullGeometry = true;
                        layer.features.append(f);
                    }
                    if (layer.error.isEmpty() && watch.stop != GpkgWatch::Stop::No)
                        layer.error = stopReason(watch, layer.name);
                    else if (layer.error.isEmpty() && rows.lastError().isValid())
                        layer.error = u"cannot read table '%1': %2"_s.arg(layer.name, rows.lastError().text());
                }
            }
        }
        layer.cancelled = watch.stop == GpkgWatch::Stop::Cancelled;
        if (layer.cancelled)
            layer.features.clear();
        if (sqlite3 *handle = storesql::sqliteHandle(db))
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return layer;
}

} // namespace regionlens::datasets
