// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the GeoJSON readers (the starter pack's and the importer's) and the
// TopoJSON reader (arc indices, quantization, nesting); the first byte picks.
#include "datasets/boundaryreaders.h"
#include "datasets/geojsonreader.h"
#include "datasets/importer.h"

#include <cstdint>

using namespace regionlens::datasets;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0:
        readGeoJson(bytes, QStringLiteral("code"), QStringLiteral("name"));
        break;
    case 1: {
        ImportRequest request;
        request.fileName = QStringLiteral("fuzz.geojson");
        request.data = bytes;
        request.format = QStringLiteral("geojson");
        readImport(request);
        break;
    }
    default: {
        ImportRequest request;
        request.fileName = QStringLiteral("fuzz.topojson");
        request.data = bytes;
        request.format = QStringLiteral("topojson");
        readImport(request);
        break;
    }
    }
    return 0;
}
