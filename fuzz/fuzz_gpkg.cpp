// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes GeoPackage geometry blobs and WKB (the part of a GeoPackage that
// RegionLens parses itself; the file structure is SQLite's). With the first
// byte odd, the input is also imported as a whole GeoPackage file.
#include "datasets/geometry.h"
#include "datasets/importer.h"

#include <cstdint>

using namespace regionlens::datasets;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    MultiPolygon polygons;
    QString error;
    if (geometry::fromGeoPackageBlob(bytes, &polygons, &error))
        geometry::mainCentroid(polygons);
    if (geometry::fromWkb(bytes, &polygons, &error))
        geometry::toWkb(polygons);
    if (data[0] & 1) {
        ImportRequest request;
        request.fileName = QStringLiteral("fuzz.gpkg");
        request.data = bytes;
        request.format = QStringLiteral("gpkg");
        readImport(request);
    }
    return 0;
}
