// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundaryadapter.h"

namespace regionlens::app {

QList<widgets::MapFeature> toMapFeatures(const QList<datasets::BoundaryFeature> &features,
                                         const QHash<QString, QString> &names)
{
    QList<widgets::MapFeature> out;
    out.reserve(features.size());
    for (const datasets::BoundaryFeature &f : features) {
        widgets::MapFeature m;
        m.code = f.code;
        m.name = names.value(f.code, f.name.isEmpty() ? f.code : f.name);
        for (const datasets::Polygon &polygon : f.polygons)
            for (const datasets::Ring &ring : polygon)
                m.polygons.append(QPolygonF(ring));
        out.append(m);
    }
    return out;
}

} // namespace regionlens::app
