// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectionfigures.h"

#include "datasets/catalog.h"
#include "datasets/store.h"

#include <QMap>
#include <QSplitter>

#include <qcustomplot.h>

#include <cmath>

using namespace Qt::StringLiterals;
using regionlens::datasets::projection::RegionSeries;

namespace regionlens::app::projectionfigures {

namespace {

QVector<double> years(const RegionSeries &s)
{
    QVector<double> out;
    for (int y : s.years)
        out << y;
    return out;
}

} // namespace

QColor scenarioColour(int index)
{
    static const QColor colours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                     QColor(0xcc, 0x79, 0xa7)};
    return colours[std::abs(index) % 4];
}

widgets::Series censusLine(const QString &label, const analysis::YearSeries &census, int from)
{
    widgets::Series line{label, {}, {}, QColor(0x33, 0x33, 0x33), Qt::SolidLine};
    for (std::size_t i = 0; i < census.years.size(); ++i)
        if (census.years.at(i) >= from) {
            line.x << census.years.at(i);
            line.y << census.values.at(i);
        }
    return line;
}

widgets::Series scenarioLine(const QString &label, const RegionSeries &s, const QVector<double> &values,
                             int scenarioIndex)
{
    return {label, years(s), values, scenarioColour(scenarioIndex), Qt::DashLine};
}

QList<widgets::Series> ageGroupLines(const RegionSeries &s, const QStringList &labels)
{
    if (!s.valid || labels.size() < 3)
        return {};
    const QVector<double> x = years(s);
    return {{labels.at(0), x, s.age0to14, scenarioColour(1), Qt::DashLine},
            {labels.at(1), x, s.age15to64, scenarioColour(0), Qt::DashLine},
            {labels.at(2), x, s.age65plus, scenarioColour(3), Qt::DashLine}};
}

widgets::PyramidData pyramid(const RegionSeries &s, int column, bool japanese)
{
    widgets::PyramidData d;
    if (!s.valid || column < 0 || column >= s.years.size())
        return d;
    d.label = QString::number(s.years.at(column));
    for (int a = 0; a < int(analysis::kProjectionAges); ++a)
        d.ageLabels << datasets::catalog::ageClassLabel(QString::fromLatin1(analysis::projectionAgeLabel(a)), japanese);
    d.male = s.male.at(column);
    d.female = s.female.at(column);
    return d;
}

QHash<QString, analysis::YearSeries> readCensus(const datasets::Store &store, datasets::RegionLevel level,
                                                const QList<datasets::RegionAggregate> &groups)
{
    datasets::ObservationQuery q;
    q.indicator = u"population"_s;
    q.level = level;
    QHash<QString, QMap<int, double>> byRegion;
    for (const datasets::Observation &o : store.observations(q))
        if (std::isfinite(o.value))
            byRegion[o.region].insert(o.year, o.value);
    QHash<QString, analysis::YearSeries> out;
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it) {
        analysis::YearSeries &s = out[it.key()];
        for (auto p = it->cbegin(); p != it->cend(); ++p) {
            s.years.push_back(p.key());
            s.values.push_back(p.value());
        }
    }
    for (const datasets::RegionAggregate &g : groups) {
        std::vector<analysis::YearSeries> members;
        for (const QString &m : g.members)
            members.push_back(out.value(m));
        out.insert(g.code, analysis::sumSeries(members));
    }
    return out;
}

QSplitter *stacked(QWidget *top, QWidget *bottom, int topStretch, int bottomStretch, QWidget *parent)
{
    auto *splitter = new QSplitter(Qt::Vertical, parent);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, topStretch);
    splitter->setStretchFactor(1, bottomStretch);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

} // namespace regionlens::app::projectionfigures
