// SPDX-License-Identifier: GPL-3.0-or-later
// Map redraw (issue 5): ChoroplethMap painted into a 1400 × 900 QImage for
// the 47 bundled prefectures, for 1,900 synthetic municipal polygons of
// 50–200 vertices and (when ../shared/data is present) the 1,897 real N03
// municipalities: the on-screen repaint (cached projected paths), the export
// path (projection rebuilt), reclassification with the fills repainted in
// place, on a worker (GUI-thread share) and until shown; new features (a
// prefecture filter on the municipal map) in place, on a worker (GUI-thread
// share) and until shown; natural breaks alone on 1,900 and 100,000 values.
// Target ≤ 16 ms per redraw.
// Run offscreen: QT_QPA_PLATFORM=offscreen bench/bench_map
#include "widgets/choroplethmap.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>

#include <cmath>
#include <random>

using namespace Qt::StringLiterals;
using regionlens::widgets::ChoroplethMap;
using regionlens::widgets::MapFeature;

namespace {

const QSize kSize(1400, 900);

QList<MapFeature> prefectures()
{
    QFile file(QStringLiteral(REGIONLENS_SOURCE_DIR "/resources/boundaries/prefectures_ne10m.geojson"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const QJsonArray features = QJsonDocument::fromJson(file.readAll()).object().value(u"features"_s).toArray();
    QList<MapFeature> out;
    for (const QJsonValue &fv : features) {
        const QJsonObject f = fv.toObject();
        const QJsonObject props = f.value(u"properties"_s).toObject();
        const QJsonObject geometry = f.value(u"geometry"_s).toObject();
        MapFeature m;
        m.code = props.value(u"pref_code"_s).toString();
        if (m.code.isEmpty())
            m.code = props.value(u"code"_s).toString();
        m.name = props.value(u"name_ja"_s).toString();
        QJsonArray polygons = geometry.value(u"coordinates"_s).toArray();
        if (geometry.value(u"type"_s).toString() == u"Polygon")
            polygons = QJsonArray{polygons};
        for (const QJsonValue &polygon : std::as_const(polygons))
            for (const QJsonValue &ringValue : polygon.toArray()) {
                QPolygonF ring;
                for (const QJsonValue &p : ringValue.toArray())
                    ring << QPointF(p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble());
                m.polygons << ring;
            }
        out << m;
    }
    return out;
}

// n irregular, non-overlapping "municipalities" on a grid over Honshu's
// latitude band, each a star-shaped ring of 50–200 vertices.
QList<MapFeature> municipalities(int n)
{
    std::mt19937 rng(20240501);
    std::uniform_int_distribution<int> vertices(50, 200);
    std::uniform_real_distribution<double> jitter(0.75, 1.0);
    const int columns = 50;
    const double cell = 0.3;  // degrees
    QList<MapFeature> out;
    for (int i = 0; i < n; ++i) {
        const double cx = 129.5 + (i % columns) * cell * 0.35;
        const double cy = 31.0 + (i / columns) * cell * 0.37;
        MapFeature m;
        m.code = u"%1"_s.arg(1001 + i, 5, 10, QChar(u'0'));
        m.name = m.code;
        QPolygonF ring;
        const int k = vertices(rng);
        for (int v = 0; v < k; ++v) {
            const double a = 2 * M_PI * v / k;
            const double r = cell * 0.18 * jitter(rng);
            ring << QPointF(cx + r * std::cos(a), cy + r * std::sin(a));
        }
        m.polygons << ring;
        out << m;
    }
    return out;
}

// The 1,897 municipalities of N03 2021 (SmartNews 0.1 % simplification) from
// ../shared/data when present (real shapes: many small rings, islands);
// empty otherwise.
QList<MapFeature> n03Municipalities()
{
    QFile file(QStringLiteral(REGIONLENS_SOURCE_DIR "/../shared/data/boundaries_n03_2021_smartnews/with_codes/"
                              "municipalities_s0001_N03-21_210101_with_pref_code.geojson"));
    QList<MapFeature> out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    for (const QJsonValue &fv : QJsonDocument::fromJson(file.readAll()).object().value(u"features"_s).toArray()) {
        const QJsonObject f = fv.toObject();
        MapFeature m;
        m.code = f.value(u"properties"_s).toObject().value(u"N03_007"_s).toString();
        if (m.code.isEmpty())
            continue;
        const QJsonObject geometry = f.value(u"geometry"_s).toObject();
        QJsonArray polygons = geometry.value(u"coordinates"_s).toArray();
        if (geometry.value(u"type"_s).toString() == u"Polygon")
            polygons = QJsonArray{polygons};
        for (const QJsonValue &polygon : std::as_const(polygons))
            for (const QJsonValue &ringValue : polygon.toArray()) {
                QPolygonF ring;
                for (const QJsonValue &p : ringValue.toArray())
                    ring << QPointF(p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble());
                m.polygons << ring;
            }
        out << m;
    }
    return out;
}

enum class Features { Prefectures, Synthetic1900, N03 };

QHash<QString, double> values(const QList<MapFeature> &features)
{
    std::mt19937 rng(7);
    std::lognormal_distribution<double> dist(10.0, 1.2);  // population-like skew
    QHash<QString, double> v;
    for (const MapFeature &f : features)
        v.insert(f.code, dist(rng));
    return v;
}

std::unique_ptr<ChoroplethMap> makeMap(Features which)
{
    auto map = std::make_unique<ChoroplethMap>();
    const QList<MapFeature> features = which == Features::Synthetic1900 ? municipalities(1900)
        : which == Features::N03                                        ? n03Municipalities()
                                                                        : prefectures();
    map->setFeatures(features);
    map->setValues(values(features));
    map->setTitle(u"総人口 2020"_s);
    map->setUnit(u"人"_s);
    map->setSourceText(u"出典: 総務省統計局「国勢調査」"_s);
    map->resize(kSize);
    return map;
}

// On-screen repaint: paintEvent with the cached projected paths.
void redraw(benchmark::State &state, Features municipal)
{
    const auto map = makeMap(municipal);
    if (map->features().isEmpty()) {
        state.SkipWithError("../shared/data/boundaries_n03_2021_smartnews is absent");
        return;
    }
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    map->QWidget::render(&image);  // first paint builds the cache
    for (auto _ : state) {
        map->QWidget::render(&image);
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["features"] = double(map->features().size());
}

// Export: projection and paths rebuilt for the target, then painted.
void exportRender(benchmark::State &state, Features municipal)
{
    const auto map = makeMap(municipal);
    if (map->features().isEmpty()) {
        state.SkipWithError("../shared/data/boundaries_n03_2021_smartnews is absent");
        return;
    }
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter painter(&image);
        map->render(&painter, QRectF(QPointF(0, 0), QSizeF(kSize)));
        painter.end();
        benchmark::DoNotOptimize(image.constBits());
    }
}

// Reclassification after a method change, then a repaint. Mode:
//  InPlace    background rendering off: classification and all fills
//             repainted on the calling thread (the whole cost of a change);
//  GuiThread  background rendering on (the default): what the GUI thread
//             spends per change (on 1,900 regions the old fills are shown
//             while a worker paints the new ones);
//  UntilShown background rendering on: from the change until the new fills
//             are on screen (the worker's paint included; wall time is the
//             figure that counts, CPU is the calling thread's only).
enum class Mode { InPlace, GuiThread, UntilShown };

void reclassify(benchmark::State &state, Features municipal, const QString &method, Mode mode)
{
    const auto map = makeMap(municipal);
    if (map->features().isEmpty()) {
        state.SkipWithError("../shared/data/boundaries_n03_2021_smartnews is absent");
        return;
    }
    map->setBackgroundRendering(mode != Mode::InPlace);
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    map->QWidget::render(&image);
    QEventLoop loop;
    QObject::connect(map.get(), &ChoroplethMap::renderFinished, &loop, &QEventLoop::quit);
    int classes = 5;
    int background = 0;
    for (auto _ : state) {
        classes = classes == 5 ? 6 : 5;  // a real change every time
        map->setClassificationOverride(method, classes);
        map->QWidget::render(&image);
        if (map->isRenderPending()) {
            ++background;
            if (mode == Mode::UntilShown) {
                loop.exec();
                map->QWidget::render(&image);
            } else if (mode == Mode::GuiThread) {
                // Not timed: let the worker finish so that every change starts a job.
                state.PauseTiming();
                loop.exec();
                state.ResumeTiming();
            }
        }
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["background"] = double(background) / double(std::max<benchmark::IterationCount>(1, state.iterations()));
}

// New features on a dense map (N03: all Japan, then without 沖縄県, in
// turn), with their values, then a repaint. Modes as for reclassify: in
// place, the projection, paths and both layers are built on the calling
// thread; with background rendering the worker builds them while the
// previous map is shown.
void newFeatures(benchmark::State &state, Mode mode)
{
    const auto map = makeMap(Features::N03);
    if (map->features().isEmpty()) {
        state.SkipWithError("../shared/data/boundaries_n03_2021_smartnews is absent");
        return;
    }
    map->setBackgroundRendering(mode != Mode::InPlace);
    const QList<MapFeature> all = map->features();
    QList<MapFeature> filtered = all;
    filtered.removeIf([](const MapFeature &f) { return f.code.startsWith(u"47"); });
    const QHash<QString, double> v = values(all);
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    QEventLoop loop;
    QObject::connect(map.get(), &ChoroplethMap::renderFinished, &loop, &QEventLoop::quit);
    map->QWidget::render(&image);
    if (map->isRenderPending())
        loop.exec();
    bool whole = false;
    int background = 0;
    for (auto _ : state) {
        whole = !whole;
        map->setFeatures(whole ? all : filtered);
        map->setValues(v);
        map->QWidget::render(&image);
        if (map->isRenderPending()) {
            ++background;
            if (mode == Mode::UntilShown) {
                loop.exec();
                map->QWidget::render(&image);
            } else if (mode == Mode::GuiThread) {
                state.PauseTiming();
                loop.exec();
                state.ResumeTiming();
            }
        }
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["background"] = double(background) / double(std::max<benchmark::IterationCount>(1, state.iterations()));
    state.counters["inPlaceBuilds"] = double(map->geometryBuildsInPlace());
}

void reclassifyOnly(benchmark::State &state, const QString &method)
{
    const auto map = makeMap(Features::Synthetic1900);
    int classes = 5;
    for (auto _ : state) {
        classes = classes == 5 ? 6 : 5;
        map->setClassificationOverride(method, classes);
        benchmark::DoNotOptimize(map->classCount());
    }
}

// Natural breaks alone (analysis layer, sort included) on n distinct
// lognormal values, k classes; limit: naturalBreaksMaxValues (0 = the
// default, exact up to 250,000 values; 3000 = the former default, Ward
// merging first).
void jenksOnly(benchmark::State &state)
{
    const auto n = std::size_t(state.range(0));
    const int k = int(state.range(1));
    const int limit = int(state.range(2));
    std::mt19937 rng(11);
    std::lognormal_distribution<double> dist(10.0, 1.2);
    std::vector<double> v(n);
    for (double &x : v)
        x = dist(rng);
    regionlens::analysis::ClassificationConfig config;
    config.method = regionlens::analysis::ClassificationMethod::NaturalBreaks;
    config.classes = k;
    if (limit > 0)
        config.naturalBreaksMaxValues = limit;
    bool approximated = false;
    for (auto _ : state) {
        const auto result = regionlens::analysis::classify(v, config);
        approximated = result.approximated;
        benchmark::DoNotOptimize(result.breaks.data());
    }
    state.counters["approximated"] = approximated ? 1 : 0;
}

} // namespace

BENCHMARK(jenksOnly)
    ->ArgNames({"n", "k", "limit"})
    ->Args({1900, 5, 0})
    ->Args({1900, 7, 0})
    ->Args({100000, 5, 0})
    ->Args({100000, 7, 0})
    ->Args({100000, 7, 3000})
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(redraw, prefectures_47, Features::Prefectures)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(redraw, municipal_1900, Features::Synthetic1900)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(redraw, n03_1897, Features::N03)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(exportRender, prefectures_47, Features::Prefectures)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(exportRender, municipal_1900, Features::Synthetic1900)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(exportRender, n03_1897, Features::N03)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(newFeatures, n03_inPlace, Mode::InPlace)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(newFeatures, n03_guiThread, Mode::GuiThread)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(newFeatures, n03_untilShown, Mode::UntilShown)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(reclassify, prefectures_quantile_inPlace, Features::Prefectures, u"quantile"_s, Mode::InPlace)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(reclassify, prefectures_jenks_inPlace, Features::Prefectures, u"jenks"_s, Mode::InPlace)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(reclassify, municipal_quantile_inPlace, Features::Synthetic1900, u"quantile"_s, Mode::InPlace)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(reclassify, municipal_quantile_guiThread, Features::Synthetic1900, u"quantile"_s, Mode::GuiThread)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(reclassify, municipal_quantile_untilShown, Features::Synthetic1900, u"quantile"_s, Mode::UntilShown)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(reclassify, municipal_jenks_inPlace, Features::Synthetic1900, u"jenks"_s, Mode::InPlace)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(reclassify, municipal_jenks_guiThread, Features::Synthetic1900, u"jenks"_s, Mode::GuiThread)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(reclassify, municipal_jenks_untilShown, Features::Synthetic1900, u"jenks"_s, Mode::UntilShown)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(reclassify, n03_quantile_inPlace, Features::N03, u"quantile"_s, Mode::InPlace)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(reclassify, n03_quantile_guiThread, Features::N03, u"quantile"_s, Mode::GuiThread)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(reclassify, n03_quantile_untilShown, Features::N03, u"quantile"_s, Mode::UntilShown)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(reclassifyOnly, municipal_quantile, u"quantile"_s)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(reclassifyOnly, municipal_jenks, u"jenks"_s)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                     : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
