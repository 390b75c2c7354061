// SPDX-License-Identifier: GPL-3.0-or-later
// Boundary layers as read from GeoJSON, TopoJSON and GeoPackage, before the
// region codes are resolved: each feature with all of its properties.
#pragma once

#include "geometry.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace regionlens::datasets {

struct RawFeature
{
    QJsonObject properties;
    MultiPolygon polygons;
    bool nullGeometry = false;     // no geometry at all (e.g. collapsed by simplification)
    QString geometryError;         // set when the geometry is malformed or not a polygon
};

struct RawLayer
{
    QString name;                  // object (TopoJSON) or table (GeoPackage) name
    QStringList layers;            // all layers the file holds
    QStringList propertyNames;     // union over the features, in first-seen order
    QList<RawFeature> features;
    QString error;                 // the file as a whole could not be read
    qint64 errorLine = 0;          // where, for JSON syntax errors
    bool ok() const { return error.isEmpty(); }
};

// GeoJSON FeatureCollection / Feature.
RawLayer readGeoJsonLayer(const QByteArray &json);
// TopoJSON Topology: quantized, delta-encoded arcs; Polygon and MultiPolygon
// geometries of the object named layer (or the first object).
RawLayer readTopoJsonLayer(const QByteArray &json, const QString &layer = QString());
// GeoPackage features table (layer, or the first features table), read
// through SQLite; geometries must be in geographic coordinates.
RawLayer readGeoPackageLayer(const QString &path, const QString &layer = QString());

} // namespace regionlens::datasets
