// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the e-Stat API (getStatsData) JSON importer.
#include "datasets/importer.h"

#include <cstdint>

using namespace regionlens::datasets;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ImportRequest request;
    request.fileName = QStringLiteral("fuzz.json");
    request.data = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    request.format = QStringLiteral("estat-json");
    const ImportResult result = readImport(request);
    (void)result.summary();
    return 0;
}
