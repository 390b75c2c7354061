// SPDX-License-Identifier: GPL-3.0-or-later
#include "geojsonreader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {
namespace {

bool readRing(const QJsonArray &coords, Ring *ring)
{
    ring->reserve(coords.size());
    for (const QJsonValue &v : coords) {
        const QJsonArray p = v.toArray();
        if (p.size() < 2 || !p.at(0).isDouble() || !p.at(1).isDouble())
            return false;
        const double x = p.at(0).toDouble();
        const double y = p.at(1).toDouble();
        if (!std::isfinite(x) || !std::isfinite(y))
            return false;
        ring->append(QPointF(x, y));
    }
    return ring->size() >= 3;
}

bool readPolygon(const QJsonArray &rings, Polygon *polygon)
{
    for (const QJsonValue &r : rings) {
        Ring ring;
        if (!readRing(r.toArray(), &ring))
            return false;
        polygon->append(ring);
    }
    return !polygon->isEmpty();
}

QString propertyText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) ? QString::number(qint64(d)) : QString::number(d);
    }
    return {};
}

} // namespace

GeoJsonResult readGeoJson(const QByteArray &json, const QString &codeProperty, const QString &nameProperty)
{
    GeoJsonResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        result.error = u"not valid JSON at byte %1: %2"_s.arg(parseError.offset).arg(parseError.errorString());
        return result;
    }
    const QJsonObject root = doc.object();
    QJsonArray features;
    if (root.value(u"type"_s).toString() == u"FeatureCollection")
        features = root.value(u"features"_s).toArray();
    else if (root.value(u"type"_s).toString() == u"Feature")
        features.append(root);
    else {
        result.error = u"not a GeoJSON FeatureCollection or Feature"_s;
        return result;
    }
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features.at(i).toObject();
        const QJsonObject properties = feature.value(u"properties"_s).toObject();
        if (i == 0)
            result.propertyNames = properties.keys();
        BoundaryFeature out;
        out.code = propertyText(properties.value(codeProperty));
        if (!nameProperty.isEmpty())
            out.name = propertyText(properties.value(nameProperty));
        if (out.code.isEmpty()) {
            result.warnings << u"feature %1: no value in property '%2'; skipped"_s.arg(i + 1).arg(codeProperty);
            continue;
        }
        const QJsonObject geometry = feature.value(u"geometry"_s).toObject();
        const QString type = geometry.value(u"type"_s).toString();
        const QJsonArray coords = geometry.value(u"coordinates"_s).toArray();
        bool ok = false;
        if (type == u"Polygon") {
            Polygon polygon;
            ok = readPolygon(coords, &polygon);
            out.polygons.append(polygon);
        } else if (type == u"MultiPolygon") {
            ok = !coords.isEmpty();
            for (const QJsonValue &p : coords) {
                Polygon polygon;
                if (!readPolygon(p.toArray(), &polygon)) {
                    ok = false;
                    break;
                }
                out.polygons.append(polygon);
            }
        } else {
            result.warnings << u"feature %1 (%2): geometry type '%3' is not a polygon; skipped"_s.arg(i + 1).arg(
                out.code, type.isEmpty() ? u"none"_s : type);
            continue;
        }
        if (!ok) {
            result.warnings << u"feature %1 (%2): malformed coordinates; skipped"_s.arg(i + 1).arg(out.code);
            continue;
        }
        // Sources such as 国土数値情報 N03 split one region over many features: merge them.
        const auto seen = index.constFind(out.code);
        if (seen != index.constEnd()) {
            result.features[*seen].polygons.append(out.polygons);
        } else {
            index.insert(out.code, result.features.size());
            result.features.append(out);
        }
    }
    return result;
}

} // namespace regionlens::datasets
