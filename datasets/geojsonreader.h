// SPDX-License-Identifier: GPL-3.0-or-later
// Reads region boundaries from GeoJSON (FeatureCollection of Polygon or
// MultiPolygon features, WGS 84 longitude/latitude).
#pragma once

#include "geometry.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace regionlens::datasets {

struct GeoJsonResult
{
    QList<BoundaryFeature> features;
    QStringList propertyNames;   // of the first feature, for choosing the code property
    QStringList warnings;        // features skipped and why
    QString error;               // set when the whole file could not be read
    bool ok() const { return error.isEmpty(); }
};

// codeProperty/nameProperty name the feature properties that hold the
// region code and name; features whose code is empty are skipped with a warning.
GeoJsonResult readGeoJson(const QByteArray &json, const QString &codeProperty,
                          const QString &nameProperty = QString());

} // namespace regionlens::datasets
