// SPDX-License-Identifier: GPL-3.0-or-later
// Import speed: reading (decoding, parsing, resolving, staging) a
// 1,000,000-row tidy CSV and a 1,000,000-row e-Stat CSV download (metadata
// lines, code columns, quoted thousands separators, footnote symbols), and
// committing staged rows to a store. The files are generated here.
// Links: regionlens_datasets (Qt6::Core, Qt6::Sql) and benchmark::benchmark.
#include "datasets/importer.h"
#include "datasets/store.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace {

const QStringList &ageClasses()
{
    static const QStringList ages = [] {
        QStringList a{u"総数"_s};
        for (int lo = 0; lo < 85; lo += 5)
            a << u"%1～%2歳"_s.arg(lo).arg(lo + 4);
        a << u"85歳以上"_s;
        return a;
    }();
    return ages;
}

QStringList regionCodes()
{
    QStringList codes{u"00"_s};
    for (const Region &r : catalog::prefectures())
        codes << r.code;
    return codes;
}

struct Files
{
    QTemporaryDir dir;
    QString tidy;
    QString estat;
    qint64 tidyRows = 0;
    qint64 estatRows = 0;
};

// 48 regions × 20 industries × 3 sexes × 19 age classes × 19 years = 1,039,680 rows.
void writeTidy(const QString &path, qint64 *rows)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QByteArray out = "region_code,industry_code,year,measure,sex,age_class,value\n";
    const QStringList regions = regionCodes();
    const char *sexes[] = {"total", "male", "female"};
    quint32 seed = 12345;
    for (int year = 2002; year <= 2020; ++year)
        for (const QString &region : regions)
            for (char industry = 'A'; industry <= 'T'; ++industry)
                for (const char *sex : sexes)
                    for (int age = 0; age < 19; ++age) {
                        seed = seed * 1664525u + 1013904223u;
                        out += region.toLatin1() + ',' + industry + ',' + QByteArray::number(year) + ",employees,"
                               + sex + ',' + (age == 0 ? QByteArray("TOTAL") : QByteArray::number((age - 1) * 5) + '-'
                                                                                    + QByteArray::number(age * 5 - 1))
                               + ',' + QByteArray::number(seed % 100000) + '\n';
                        ++*rows;
                    }
    file.write(out);
}

// e-Stat database download layout: 48 areas × 19 ages × 3 sexes × 366 years = 1,001,376 rows.
void writeEStat(const QString &path, qint64 *rows)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    QByteArray out = "\"統計表ID\",\"0000000000\"\n\"統計名\",\"合成データ（ベンチマーク）\"\n\n"
                     "\"表章項目 コード\",\"表章項目\",\"年齢5歳階級 コード\",\"年齢5歳階級\",\"男女別 コード\","
                     "\"男女別\",\"全国・都道府県 コード\",\"全国・都道府県\",\"時間軸 コード\",\"時間軸\","
                     "\"unit\",\"value\"\n";
    QList<QByteArray> areas;
    for (const QString &code : regionCodes())
        areas << (code == u"00" ? QByteArray("00000") : code.toLatin1() + "000");
    const QList<QByteArray> sexes = {"\"0\",\"男女計\"", "\"1\",\"男\"", "\"2\",\"女\""};
    QList<QByteArray> ages;
    for (int i = 0; i < ageClasses().size(); ++i)
        ages << '"' + QByteArray::number(i) + "\",\"" + ageClasses().at(i).toUtf8() + '"';
    quint32 seed = 54321;
    for (int year = 1835; year <= 2200; ++year) {
        const QByteArray time = '"' + QByteArray::number(year) + "000000\",\"" + QByteArray::number(year) + "年\"";
        for (const QByteArray &area : areas)
            for (const QByteArray &age : ages)
                for (const QByteArray &sex : sexes) {
                    seed = seed * 1664525u + 1013904223u;
                    const quint32 v = seed % 10000000;
                    QByteArray value = (seed >> 28) == 0 ? QByteArray("-") : QByteArray::number(v);
                    if (value != "-")   // thousands separators, as e-Stat writes them
                        for (qsizetype at = value.size() - 3; at > 0; at -= 3)
                            value.insert(at, ',');
                    out += "\"020\",\"人口\"," + age + ',' + sex + ",\"" + area + "\",\"地域\"," + time + ",\"人\",\""
                           + value + "\"\n";
                    ++*rows;
                }
    }
    file.write(out);
}

Files &files()
{
    static Files f = [] {
        Files files;
        files.tidy = files.dir.filePath(u"tidy_1m.csv"_s);
        files.estat = files.dir.filePath(u"estat_1m.csv"_s);
        writeTidy(files.tidy, &files.tidyRows);
        writeEStat(files.estat, &files.estatRows);
        return files;
    }();
    return f;
}

void readFile(benchmark::State &state, const QString &path, const QString &format, qint64 rows)
{
    ImportRequest request;
    request.fileName = path;
    request.format = format;
    request.indicator = u"bench"_s;
    qint64 staged = 0;
    for (auto _ : state) {
        const ImportResult result = readImport(request);
        if (!result.ok()) {
            state.SkipWithError(qPrintable(result.errorString()));
            return;
        }
        staged = qint64(result.records.size());
        benchmark::DoNotOptimize(staged);
    }
    state.counters["rows"] = double(rows);
    state.counters["values"] = double(staged);
    state.counters["rows/s"] = benchmark::Counter(double(rows), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_ReadTidy1M(benchmark::State &state)
{
    readFile(state, files().tidy, u"auto"_s, files().tidyRows);
}
BENCHMARK(BM_ReadTidy1M)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ReadEStatCsv1M(benchmark::State &state)
{
    readFile(state, files().estat, u"auto"_s, files().estatRows);
}
BENCHMARK(BM_ReadEStatCsv1M)->Unit(benchmark::kMillisecond)->Iterations(3);

// Staging plus the single-transaction commit of 100,000 observations.
void BM_Commit100k(benchmark::State &state)
{
    ImportRequest request;
    request.fileName = files().tidy;
    request.indicator = u"bench"_s;
    request.year = 2020;
    ImportResult result = readImport(request);
    result.records.resize(std::min<size_t>(result.records.size(), 100000));
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        Store store;
        const QString path = files().dir.filePath(u"commit_%1.sqlite"_s.arg(round++));
        if (!store.open(path)) {
            state.SkipWithError(qPrintable(store.errorString()));
            return;
        }
        QString error;
        store.transaction([&](QString *err) {
            return store.writeRegions(QList<Region>{catalog::nation()} + catalog::prefectures(), err);
        });
        state.ResumeTiming();
        if (!commitImport(store, result, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
    }
    state.counters["values/s"] = benchmark::Counter(double(result.records.size()),
                                                    benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_Commit100k)->Unit(benchmark::kMillisecond)->Iterations(2);

// End to end, as `regionlens-cli import` does it: read (decode, parse,
// resolve, stage) and commit the 1M-row file into a fresh store holding the
// nation and the prefectures, in one transaction. Opening the store is not timed.
void importFile(benchmark::State &state, const QString &path, qint64 rows)
{
    ImportRequest request;
    request.fileName = path;
    request.indicator = u"bench"_s;
    int round = 0;
    qint64 stored = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString dbPath = files().dir.filePath(u"import_%1.sqlite"_s.arg(round++));
        {
            Store store;
            if (!store.open(dbPath)) {
                state.SkipWithError(qPrintable(store.errorString()));
                return;
            }
            store.transaction([&](QString *err) {
                return store.writeRegions(QList<Region>{catalog::nation()} + catalog::prefectures(), err);
            });
            state.ResumeTiming();
            const ImportResult result = readImport(request);
            QString error;
            if (!result.ok() || !commitImport(store, result, &error)) {
                state.SkipWithError(qPrintable(result.ok() ? error : result.errorString()));
                return;
            }
            state.PauseTiming();
            stored = store.observationCount(u"bench"_s);
            if (stored != qint64(result.records.size())) {
                state.SkipWithError("not every staged value was stored");
                return;
            }
        }
        QFile::remove(dbPath);
        QFile::remove(dbPath + u"-wal"_s);
        QFile::remove(dbPath + u"-shm"_s);
        state.ResumeTiming();
    }
    state.counters["rows"] = double(rows);
    state.counters["values"] = double(stored);
    state.counters["rows/s"] = benchmark::Counter(double(rows), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_ImportTidy1M(benchmark::State &state)
{
    importFile(state, files().tidy, files().tidyRows);
}
BENCHMARK(BM_ImportTidy1M)->Unit(benchmark::kMillisecond)->Iterations(3)->MeasureProcessCPUTime()->UseRealTime();

void BM_ImportEStatCsv1M(benchmark::State &state)
{
    importFile(state, files().estat, files().estatRows);
}
BENCHMARK(BM_ImportEStatCsv1M)->Unit(benchmark::kMillisecond)->Iterations(3)->MeasureProcessCPUTime()->UseRealTime();

} // namespace

BENCHMARK_MAIN();
