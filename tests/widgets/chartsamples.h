// SPDX-License-Identifier: GPL-3.0-or-later
// Every chart class with a small sample of data, by name, for the tests that
// hold for all of them (the common base, batching, exports).
#pragma once

#include "widgets/barchart.h"
#include "widgets/bubblechart.h"
#include "widgets/netbarchart.h"
#include "widgets/pyramidchart.h"
#include "widgets/stackedbarchart.h"
#include "widgets/timeserieschart.h"
#include "widgets/waterfallchart.h"

#include <QStringList>

#include <cmath>
#include <memory>

namespace regionlens::test {

inline QStringList chartKinds()
{
    using namespace Qt::StringLiterals;
    return {u"BarChart"_s,      u"BubbleChart"_s,  u"StackedBarChart"_s, u"WaterfallChart"_s,
            u"NetBarChart"_s,   u"PyramidChart"_s, u"TimeSeriesChart"_s};
}

inline widgets::PyramidData samplePyramid()
{
    using namespace Qt::StringLiterals;
    widgets::PyramidData d;
    d.label = u"2022"_s;
    d.ageLabels = {u"0～4歳"_s, u"5～9歳"_s, u"10～14歳"_s, u"15～19歳"_s};
    d.male = {100, 200, 300, 250};
    d.female = {110, 190, 320, 260};
    return d;
}

// The chart's data setters with a sample (the title aside); returns how many
// setters ran, each of which rebuilds and replots when not batched.
inline int setSampleData(QWidget *widget)
{
    using namespace Qt::StringLiterals;
    using namespace regionlens::widgets;
    if (auto *c = qobject_cast<BarChart *>(widget)) {
        c->setReferenceLine(1.0, u"LQ = 1"_s);
        c->setData({u"製造業"_s, u"建設業"_s, u"漁業"_s}, {{u"東京都"_s, {2.0, 1.0, 0.5}}});
        return 2;
    }
    if (auto *c = qobject_cast<BubbleChart *>(widget)) {
        c->setAxisLabels(u"LQ"_s, u"productivity"_s);
        c->setBubbles({{u"製造業"_s, 1.6, 1.1, 10}, {u"建設業"_s, 0.5, 1.3, 4}, {u"漁業"_s, 2.0, 0.7, 1}});
        return 2;
    }
    if (auto *c = qobject_cast<StackedBarChart *>(widget)) {
        c->setData({u"北海道"_s, u"沖縄県"_s},
                   {{u"national"_s, {2.0, 2.0}, {}}, {u"mix"_s, {-1.0, 0.5}, {}}, {u"regional"_s, {-2.0, 3.0}, {}}});
        c->setTotals({-1.0, 5.5}, u"growth"_s);
        return 2;
    }
    if (auto *c = qobject_cast<WaterfallChart *>(widget)) {
        c->setValueAxisLabel(u"pt"_s);
        c->setSteps({{u"全国"_s, 1.9}, {u"産業構造"_s, -0.6}, {u"地域特殊"_s, 0.5}, {u"成長率"_s, 0, true}});
        return 2;
    }
    if (auto *c = qobject_cast<NetBarChart *>(widget)) {
        c->setUnit(u"persons"_s);
        c->setEmptyText(u"no data"_s);
        c->setData({{u"0-4"_s, u"5-9"_s, u"10-14"_s, u"15-19"_s}, {120, -340, std::nan(""), 55}});
        return 3;
    }
    if (auto *c = qobject_cast<PyramidChart *>(widget)) {
        c->setUnit(u"persons"_s);
        c->setPyramid(samplePyramid());
        widgets::PyramidData earlier = samplePyramid();
        earlier.label = u"2015"_s;
        earlier.male = {120, 180, 250, 240};
        c->setOutline(earlier);
        return 3;
    }
    if (auto *c = qobject_cast<TimeSeriesChart *>(widget)) {
        c->setAxisLabels(u"Year"_s, u"Population"_s);
        c->setUnit(u"persons"_s);
        c->setSeries({{u"東京都"_s, {2000, 2005, 2010, 2015, 2020}, {12.0e6, 12.5e6, 13.1e6, 13.5e6, 14.0e6}},
                      {u"大阪府"_s, {2000, 2005, 2010, 2015, 2020}, {8.8e6, 8.8e6, 8.86e6, 8.84e6, 8.8e6}}});
        return 3;
    }
    return 0;
}

// A chart of that class, empty; null for an unknown name.
inline std::unique_ptr<QWidget> makeChart(const QString &kind)
{
    using namespace regionlens::widgets;
    if (kind == u"BarChart")
        return std::make_unique<BarChart>();
    if (kind == u"BubbleChart")
        return std::make_unique<BubbleChart>();
    if (kind == u"StackedBarChart")
        return std::make_unique<StackedBarChart>();
    if (kind == u"WaterfallChart")
        return std::make_unique<WaterfallChart>();
    if (kind == u"NetBarChart")
        return std::make_unique<NetBarChart>();
    if (kind == u"PyramidChart")
        return std::make_unique<PyramidChart>();
    if (kind == u"TimeSeriesChart")
        return std::make_unique<TimeSeriesChart>();
    return nullptr;
}

// Pixels that are clearly not white, every step-th pixel in both directions.
inline int inkedPixels(const QImage &image, int step = 2)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += step)
        for (int x = 0; x < image.width(); x += step)
            n += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
    return n;
}

} // namespace regionlens::test
