// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's input and output (issue 16): the tidy and OD files of --input
// read into what the adapters take, and the result tables written. Input is
// the bundled starter CSV (establishments and employees of the 1,741
// municipalities, 2016 and 2021; 132,316 rows, 4.0 MB) and the prefectural
// OD table; rates are per second of CPU time on one core.
// Links: regionlens_datasets, app/cli/tidyinput.cpp and tablewriter.cpp,
// benchmark::benchmark.
#include "app/cli/tablewriter.h"
#include "app/cli/tidyinput.h"
#include "datasets/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QTextStream>

#include <benchmark/benchmark.h>

#include <cmath>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;
using namespace regionlens;

namespace {

QString starter(const char *name)
{
    return QStringLiteral(REGIONLENS_SOURCE_DIR "/datasets/starter/") + QString::fromLatin1(name);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

// The CSV grammar alone over the file's bytes (fields as views).
void BM_TokenizeTidy(benchmark::State &state)
{
    const QByteArray bytes = bytesOf(starter("establishments_employees_municipality.csv"));
    std::vector<std::string_view> fields;
    for (auto _ : state) {
        datasets::CsvTokenizer<char> tokens(bytes.constData(), bytes.size());
        qint64 count = 0;
        while (tokens.next(&fields))
            count += qint64(fields.size());
        benchmark::DoNotOptimize(count);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_TokenizeTidy)->Unit(benchmark::kMillisecond);

// The same text through the importers' QStringList interface (UTF-16).
void BM_TokenizeTidyUtf16(benchmark::State &state)
{
    const QByteArray bytes = bytesOf(starter("establishments_employees_municipality.csv"));
    const QString text = QString::fromUtf8(bytes);
    QStringList fields;
    for (auto _ : state) {
        datasets::CsvReader reader(text);
        qint64 count = 0;
        while (reader.next(&fields))
            count += fields.size();
        benchmark::DoNotOptimize(count);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_TokenizeTidyUtf16)->Unit(benchmark::kMillisecond);

// `lq --input … --measure employees`: open, decode, check every row, keep the measure's rows in columns.
void BM_ReadTidy(benchmark::State &state)
{
    const QString path = starter("establishments_employees_municipality.csv");
    const qint64 size = QFile(path).size();
    qint64 rows = 0;
    for (auto _ : state) {
        cli::tidyinput::ObservationFile file;
        QString error;
        if (!cli::tidyinput::readObservations(path, u"employees"_s, true, &file, &error))
            qFatal("%s", qPrintable(error));
        rows = file.rows.size();
        benchmark::DoNotOptimize(rows);
    }
    state.SetBytesProcessed(state.iterations() * size);
    state.counters["kept_rows"] = double(rows);
}
BENCHMARK(BM_ReadTidy)->Unit(benchmark::kMillisecond);

// `flows --input …`: the prefectural OD table (47 × 47 × 3 years).
void BM_ReadOd(benchmark::State &state)
{
    const QString path = starter("migration_od_prefecture.csv");
    const qint64 size = QFile(path).size();
    for (auto _ : state) {
        QList<datasets::Flow> flows;
        QString error;
        if (!cli::tidyinput::readFlows(path, &flows, &error))
            qFatal("%s", qPrintable(error));
        benchmark::DoNotOptimize(flows.size());
    }
    state.SetBytesProcessed(state.iterations() * size);
}
BENCHMARK(BM_ReadOd)->Unit(benchmark::kMillisecond);

// The lq table's shape (31,338 rows: two codes, a year and two numbers) into memory through the writer.
void BM_WriteTable(benchmark::State &state)
{
    const QStringList regions = [] {
        QStringList r;
        for (int i = 0; i < 1741; ++i)
            r << u"%1"_s.arg(1100 + i * 29, 5, 10, QLatin1Char('0'));
        return r;
    }();
    const QStringList industries{u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"F"_s, u"G"_s, u"H"_s, u"I"_s,
                                 u"J"_s, u"K"_s, u"L"_s, u"M"_s, u"N"_s, u"O"_s, u"P"_s, u"Q"_s, u"R"_s};
    qint64 bytes = 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QTextStream out(&buffer);
        QTextStream err(stderr);
        cli::Context ctx{{}, out, err};
        {
            cli::support::TableWriter table(ctx, cli::support::OutputFormat::Csv,
                                            {u"region_code"_s, u"industry_code"_s, u"year"_s, u"value"_s, u"lq"_s});
            for (int r = 0; r < regions.size(); ++r)
                for (int c = 0; c < industries.size(); ++c) {
                    table << regions.at(r) << industries.at(c) << 2021 << double(r * 18 + c)
                          << std::sqrt(double(r + 1) / double(c + 3));
                    table.endRow();
                }
        }
        bytes = buffer.size();
        benchmark::DoNotOptimize(bytes);
    }
    state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_WriteTable)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
