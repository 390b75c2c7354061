// SPDX-License-Identifier: GPL-3.0-or-later
// Plain geometry for region boundaries (longitude/latitude, WGS 84) and its
// encodings: WKB (as stored) and the GeoPackage binary header.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>

namespace regionlens::datasets {

using Ring = QList<QPointF>;          // x = longitude, y = latitude; closed or not
using Polygon = QList<Ring>;          // first ring outer, the rest holes
using MultiPolygon = QList<Polygon>;

struct BoundaryFeature
{
    QString code;     // region code the feature belongs to
    QString name;     // name as given by the source (may be empty)
    MultiPolygon polygons;
};

namespace geometry {

// Little-endian WKB MultiPolygon.
QByteArray toWkb(const MultiPolygon &polygons);
// Reads WKB Polygon or MultiPolygon (either byte order; Z/M ordinates dropped).
// Returns false and sets *error on malformed input; never reads past the end.
bool fromWkb(const QByteArray &wkb, MultiPolygon *out, QString *error = nullptr);
// Strips a GeoPackage binary header ("GP", version, flags, srs_id, envelope)
// and decodes the WKB that follows.
bool fromGeoPackageBlob(const QByteArray &blob, MultiPolygon *out, QString *error = nullptr);

double ringArea(const Ring &ring);              // signed, in degrees², shoelace
// Area-weighted centroid of the largest polygon (ignores far-off islands).
QPointF mainCentroid(const MultiPolygon &polygons);
int vertexCount(const MultiPolygon &polygons);

} // namespace geometry
} // namespace regionlens::datasets
