// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes encoding detection, the CSV reader, number/footnote parsing and the
// CSV importers (tidy, OD long/wide, e-Stat CSV, SSDSE). The first byte picks
// the importer; nothing may crash, hang or read out of bounds.
#include "datasets/csvreader.h"
#include "datasets/importer.h"
#include "datasets/importsupport.h"

#include <cstdint>

using namespace regionlens::datasets;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const char *formats[] = {"auto", "tidy", "od-long", "od-wide", "estat-csv", "ssdse"};
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const importsupport::DecodedText text = importsupport::decodeText(bytes);
    if (text.ok()) {
        CsvReader reader(text.text);
        QStringList fields;
        double value = 0;
        QString status;
        while (reader.next(&fields))
            for (const QString &f : fields) {
                importsupport::parseValue(f, &value, &status);
                importsupport::parseYear(f);
            }
    }
    ImportRequest request;
    request.fileName = QStringLiteral("fuzz.csv");
    request.data = bytes;
    request.format = QString::fromLatin1(formats[data[0] % 6]);
    request.year = 2020;
    const ImportResult result = readImport(request);
    previewImport(result, 5);
    (void)result.summary();
    return 0;
}
