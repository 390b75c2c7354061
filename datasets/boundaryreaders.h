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

#include <functional>

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
    bool cancelled = false;        // the caller's keepGoing said stop (error is "cancelled")
    bool ok() const { return error.isEmpty(); }
};

// GeoJSON FeatureCollection / Feature.
RawLayer readGeoJsonLayer(const QByteArray &json);
// TopoJSON Topology: quantized, delta-encoded arcs; Polygon and MultiPolygon
// geometries of the object named layer (or the first object).
RawLayer readTopoJsonLayer(const QByteArray &json, const QString &layer = QString());
// GeoPackage features table (layer, or the first features table), read
// through SQLite; geometries must be in geographic coordinates. The work is
// bounded (features, geometry bytes, time, SQLite steps between features: a
// recursive view as the feature table stops with an error) and stops when
// keepGoing (asked every 50 ms or so) returns false.
RawLayer readGeoPackageLayer(const QString &path, const QString &layer = QString(),
                             const std::function<bool()> &keepGoing = {});

} // namespace regionlens::datasets
