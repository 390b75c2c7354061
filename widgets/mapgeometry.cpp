// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapgeometry.h"

#include <QList>

#include <algorithm>
#include <utility>
#include <vector>

namespace regionlens::widgets {

double polygonArea(const QPolygonF &p)
{
    double a = 0.0;
    for (qsizetype i = 0, n = p.size(); i < n; ++i) {
        const QPointF &u = p.at(i);
        const QPointF &v = p.at((i + 1) % n);
        a += u.x() * v.y() - v.x() * u.y();
    }
    return a / 2.0;
}

QPointF interiorOf(const QPolygonF &ring, const QPainterPath &path)
{
    const QRectF b = ring.boundingRect();
    QPointF best = b.center();
    double bestWidth = -1.0;
    for (double f : {0.5, 0.4, 0.6, 0.3, 0.7}) {
        const double y = b.top() + f * b.height();
        QList<double> xs;
        for (qsizetype i = 0, n = ring.size(); i < n; ++i) {
            const QPointF &u = ring.at(i);
            const QPointF &v = ring.at((i + 1) % n);
            if ((u.y() <= y) != (v.y() <= y))
                xs.append(u.x() + (y - u.y()) / (v.y() - u.y()) * (v.x() - u.x()));
        }
        std::sort(xs.begin(), xs.end());
        for (qsizetype i = 0; i + 1 < xs.size(); i += 2) {
            const QPointF mid((xs[i] + xs[i + 1]) / 2, y);
            if (xs[i + 1] - xs[i] > bestWidth && path.contains(mid)) {
                bestWidth = xs[i + 1] - xs[i];
                best = mid;
            }
        }
        if (bestWidth > b.width() * 0.3)
            break;
    }
    return best;
}

QPolygonF simplifiedRing(const QPolygonF &ring, double tol)
{
    if (ring.size() <= 16)
        return ring;
    QPolygonF radial;
    radial.reserve(ring.size());
    radial.append(ring.first());
    const double tol2 = tol * tol;
    for (qsizetype i = 1, n = ring.size() - 1; i < n; ++i) {
        const QPointF d = ring.at(i) - radial.last();
        if (d.x() * d.x() + d.y() * d.y() >= tol2)
            radial.append(ring.at(i));
    }
    radial.append(ring.last());
    if (radial.size() < 4)
        return ring;

    // Douglas–Peucker on the open chain radial[0..n−1] (first and last kept:
    // the ring's closing vertex), iteratively.
    const qsizetype n = radial.size();
    std::vector<bool> keep(std::size_t(n), false);
    keep.front() = keep.back() = true;
    // A closed ring's first and last points coincide: split the chain at the
    // vertex farthest from the first, so that both halves have a real chord.
    qsizetype far = 1;
    double farDist = -1.0;
    for (qsizetype i = 1; i < n - 1; ++i) {
        const QPointF d = radial.at(i) - radial.first();
        const double dist = d.x() * d.x() + d.y() * d.y();
        if (dist > farDist) {
            farDist = dist;
            far = i;
        }
    }
    keep[std::size_t(far)] = true;
    const double eps2 = tol * tol / 4.0;
    std::vector<std::pair<qsizetype, qsizetype>> stack{{0, far}, {far, n - 1}};
    while (!stack.empty()) {
        const auto [a, b] = stack.back();
        stack.pop_back();
        if (b - a < 2)
            continue;
        const QPointF p = radial.at(a);
        const QPointF chord = radial.at(b) - p;
        const double len2 = chord.x() * chord.x() + chord.y() * chord.y();
        qsizetype worst = -1;
        double worstDist = eps2;
        for (qsizetype i = a + 1; i < b; ++i) {
            const QPointF d = radial.at(i) - p;
            // Squared distance to the segment a–b.
            const double t = len2 > 0.0 ? (d.x() * chord.x() + d.y() * chord.y()) / len2 : 0.0;
            const QPointF off = t <= 0.0 ? d : t >= 1.0 ? d - chord : d - t * chord;
            const double dist = off.x() * off.x() + off.y() * off.y();
            if (dist > worstDist) {
                worstDist = dist;
                worst = i;
            }
        }
        if (worst >= 0) {
            keep[std::size_t(worst)] = true;
            stack.push_back({a, worst});
            stack.push_back({worst, b});
        }
    }
    QPolygonF out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        if (keep[std::size_t(i)])
            out.append(radial.at(i));
    return out.size() >= 4 ? out : radial;
}

} // namespace regionlens::widgets
