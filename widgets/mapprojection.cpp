// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapprojection.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace regionlens::widgets {

namespace {

const double kCosRef = std::cos(MapProjection::kReferenceLatitude * std::numbers::pi / 180.0);

// Clusters whose bounding boxes are closer than this share of the whole
// extent are one cluster.
constexpr double kLinkGap = 0.01;
// A cluster joins the main body when it extends the main frame by at most
// this share of the main body's size, or has this share of its land.
constexpr double kJoinReach = 0.15;
constexpr double kJoinArea = 0.05;
// Two inset groups become one box while its area stays under this multiple
// of the two boxes' areas (a box that is not mostly empty).
constexpr double kMergeWaste = 4.0;
// Inset groups with less land than this share of all land are not drawn.
constexpr double kOmitArea = 0.002;

QRectF unite(const QRectF &a, const QRectF &b)
{
    return a.isNull() ? b : b.isNull() ? a : a.united(b);
}

double gapBetween(const QRectF &a, const QRectF &b)
{
    const double dx = std::max({0.0, a.left() - b.right(), b.left() - a.right()});
    const double dy = std::max({0.0, a.top() - b.bottom(), b.top() - a.bottom()});
    return std::max(dx, dy);
}

QRectF padded(const QRectF &r, double extra)
{
    const double p = 0.08 * std::max(r.width(), r.height()) + extra;
    return r.adjusted(-p, -p, p, p);
}

double areaOf(const QRectF &r)
{
    return r.width() * r.height();
}

struct UnionFind
{
    std::vector<int> parent;
    explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    int find(int i)
    {
        while (parent[std::size_t(i)] != i)
            i = parent[std::size_t(i)] = parent[std::size_t(parent[std::size_t(i)])];
        return i;
    }
    void unite(int a, int b) { parent[std::size_t(find(a))] = find(b); }
};

// Summed-area table of a boolean grid: any set cell in a rectangle.
class Occupancy
{
public:
    Occupancy(int w, int h) : m_w(w), m_h(h), m_cells(std::size_t(w * h), 0) {}
    int width() const { return m_w; }
    int height() const { return m_h; }
    void set(int x, int y) { m_cells[std::size_t(y * m_w + x)] = 1; }
    void setRect(int x0, int y0, int x1, int y1)  // inclusive-exclusive, clipped
    {
        for (int y = std::max(0, y0); y < std::min(m_h, y1); ++y)
            for (int x = std::max(0, x0); x < std::min(m_w, x1); ++x)
                set(x, y);
        m_dirty = true;
    }
    bool any(int x0, int y0, int x1, int y1)
    {
        if (m_dirty)
            build();
        x0 = std::clamp(x0, 0, m_w);
        x1 = std::clamp(x1, 0, m_w);
        y0 = std::clamp(y0, 0, m_h);
        y1 = std::clamp(y1, 0, m_h);
        if (x1 <= x0 || y1 <= y0)
            return false;
        return at(x1, y1) - at(x0, y1) - at(x1, y0) + at(x0, y0) > 0;
    }

private:
    int at(int x, int y) const { return m_sum[std::size_t(y * (m_w + 1) + x)]; }
    void build()
    {
        m_sum.assign(std::size_t((m_w + 1) * (m_h + 1)), 0);
        for (int y = 0; y < m_h; ++y)
            for (int x = 0; x < m_w; ++x)
                m_sum[std::size_t((y + 1) * (m_w + 1) + x + 1)] =
                    m_cells[std::size_t(y * m_w + x)] + at(x, y + 1) + at(x + 1, y) - at(x, y);
        m_dirty = false;
    }
    int m_w, m_h;
    std::vector<int> m_cells;
    std::vector<int> m_sum;
    bool m_dirty = true;
};

} // namespace

QPointF MapProjection::toPlane(QPointF lonLat)
{
    return {lonLat.x() * kCosRef, -lonLat.y()};
}

int MapProjection::addRing(const QPolygonF &ring)
{
    Ring r;
    r.plane.reserve(ring.size());
    for (const QPointF &p : ring)
        r.plane.append(toPlane(p));
    r.bounds = r.plane.boundingRect();
    double a = 0.0;
    for (qsizetype i = 0, n = r.plane.size(); i < n; ++i) {
        const QPointF &u = r.plane.at(i);
        const QPointF &v = r.plane.at((i + 1) % n);
        a += u.x() * v.y() - v.x() * u.y();
    }
    r.area = std::abs(a) / 2.0;
    m_rings.push_back(std::move(r));
    return int(m_rings.size()) - 1;
}

void MapProjection::clear()
{
    m_rings.clear();
    m_frames.clear();
}

void MapProjection::partition()
{
    m_frames.clear();
    std::vector<int> valid;
    QRectF total;
    double land = 0.0;
    for (std::size_t i = 0; i < m_rings.size(); ++i) {
        m_rings[i].frame = -1;
        if (m_rings[i].plane.size() < 3)
            continue;
        valid.push_back(int(i));
        total = unite(total, m_rings[i].bounds);
        land += m_rings[i].area;
    }
    if (valid.empty())
        return;

    // Single-linkage clusters: a sweep over the rings sorted by left edge.
    const double eps = kLinkGap * std::max(total.width(), total.height());
    std::sort(valid.begin(), valid.end(),
              [this](int a, int b) { return m_rings[std::size_t(a)].bounds.left() < m_rings[std::size_t(b)].bounds.left(); });
    UnionFind uf(m_rings.size());
    for (std::size_t i = 0; i < valid.size(); ++i) {
        const QRectF &a = m_rings[std::size_t(valid[i])].bounds;
        for (std::size_t j = i + 1; j < valid.size(); ++j) {
            const QRectF &b = m_rings[std::size_t(valid[j])].bounds;
            if (b.left() > a.right() + eps)
                break;
            if (gapBetween(a, b) <= eps)
                uf.unite(valid[i], valid[j]);
        }
    }
    struct Group
    {
        QRectF bounds;
        double area = 0.0;
        std::vector<int> rings;
        double content = 0.0;  // padded box areas of its clusters
    };
    std::vector<Group> clusters;
    {
        std::vector<int> slot(m_rings.size(), -1);
        for (int i : valid) {
            const int root = uf.find(i);
            if (slot[std::size_t(root)] < 0) {
                slot[std::size_t(root)] = int(clusters.size());
                clusters.emplace_back();
            }
            Group &g = clusters[std::size_t(slot[std::size_t(root)])];
            g.bounds = unite(g.bounds, m_rings[std::size_t(i)].bounds);
            g.area += m_rings[std::size_t(i)].area;
            g.rings.push_back(i);
        }
    }
    std::sort(clusters.begin(), clusters.end(), [](const Group &a, const Group &b) { return a.area > b.area; });

    // The main body: the cluster with the most land, and what lies close
    // to it or has much land of its own.
    Group main = clusters.front();
    const double size = std::max(main.bounds.width(), main.bounds.height());
    const double coreArea = main.area;
    std::vector<Group> rest;
    for (std::size_t i = 1; i < clusters.size(); ++i) {
        const Group &c = clusters[i];
        const QRectF &m = main.bounds;
        const double reach = std::max({0.0, m.left() - c.bounds.left(), c.bounds.right() - m.right(),
                                       m.top() - c.bounds.top(), c.bounds.bottom() - m.bottom()});
        if (reach <= kJoinReach * size || (c.area >= kJoinArea * coreArea && reach <= 0.5 * size)) {
            main.bounds = unite(main.bounds, c.bounds);
            main.area += c.area;
            main.rings.insert(main.rings.end(), c.rings.begin(), c.rings.end());
        } else {
            rest.push_back(c);
        }
    }

    // Insets: merge the groups while the merged box is not mostly empty.
    const double pad = 0.01 * size;
    for (Group &g : rest)
        g.content = areaOf(padded(g.bounds, pad));
    for (;;) {
        double best = kMergeWaste;
        std::size_t ba = 0, bb = 0;
        for (std::size_t a = 0; a < rest.size(); ++a)
            for (std::size_t b = a + 1; b < rest.size(); ++b) {
                // Against the boxes of the clusters, not of the groups, so
                // that a chain of islands does not merge link by link.
                const double ratio =
                    areaOf(padded(unite(rest[a].bounds, rest[b].bounds), pad)) / (rest[a].content + rest[b].content);
                if (ratio < best) {
                    best = ratio;
                    ba = a;
                    bb = b;
                }
            }
        if (best >= kMergeWaste)
            break;
        Group &g = rest[ba];
        g.bounds = unite(g.bounds, rest[bb].bounds);
        g.area += rest[bb].area;
        g.content += rest[bb].content;
        g.rings.insert(g.rings.end(), rest[bb].rings.begin(), rest[bb].rings.end());
        rest.erase(rest.begin() + std::ptrdiff_t(bb));
    }
    std::sort(rest.begin(), rest.end(), [](const Group &a, const Group &b) { return a.area > b.area; });
    rest.erase(std::remove_if(rest.begin(), rest.end(), [&](const Group &g) { return g.area < kOmitArea * land; }),
               rest.end());
    if (rest.size() > std::size_t(kMaxInsets))
        rest.resize(std::size_t(kMaxInsets));

    m_frames.push_back(Frame{main.bounds, main.area, 1.0, {}, {}});
    for (int i : main.rings)
        m_rings[std::size_t(i)].frame = 0;
    for (const Group &g : rest) {
        for (int i : g.rings)
            m_rings[std::size_t(i)].frame = int(m_frames.size());
        m_frames.push_back(Frame{g.bounds, g.area, 1.0, {}, {}});
    }
}

void MapProjection::layout(const QRectF &target, const QList<QRectF> &avoid)
{
    partition();
    if (m_frames.empty() || target.isEmpty())
        return;
    Frame &main = m_frames.front();
    const double w = std::max(main.extent.width(), 1e-9);
    const double h = std::max(main.extent.height(), 1e-9);
    main.scale = std::min(target.width() / w, target.height() / h);
    const QSizeF size(w * main.scale, h * main.scale);
    main.rect = QRectF(target.center() - QPointF(size.width() / 2, size.height() / 2), size);
    main.offset = main.rect.topLeft() - main.extent.topLeft() * main.scale;
    if (m_frames.size() > 1)
        placeInsets(target, avoid);
}

void MapProjection::placeInsets(const QRectF &target, const QList<QRectF> &avoid)
{
    // The main body's land, rasterised once over its extent.
    const Frame base = m_frames.front();
    const double maskScale = 240.0 / std::max(base.extent.width(), base.extent.height());
    QImage mask(std::max(1, int(std::ceil(base.extent.width() * maskScale)) + 1),
                std::max(1, int(std::ceil(base.extent.height() * maskScale)) + 1), QImage::Format_Grayscale8);
    mask.fill(0);
    {
        QPainter p(&mask);
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(Qt::white);
        p.scale(maskScale, maskScale);
        p.translate(-base.extent.topLeft());
        QPainterPath path;
        for (const Ring &r : m_rings)
            if (r.frame == 0)
                path.addPolygon(r.plane);
        p.setPen(QPen(Qt::white, 1.5 / maskScale));
        p.drawPath(path);
    }
    Occupancy land(mask.width(), mask.height());
    for (int y = 0; y < mask.height(); ++y) {
        const uchar *line = mask.constScanLine(y);
        for (int x = 0; x < mask.width(); ++x)
            if (line[x])
                land.set(x, y);
    }

    const double unit = std::min(target.width(), target.height());
    const double cell = std::max(2.0, unit / 60.0);
    const int gw = std::max(1, int(target.width() / cell));
    const int gh = std::max(1, int(target.height() / cell));
    const QPointF align[] = {{0.5, 0.5}, {1.0, 0.0}, {0.5, 0.0}, {1.0, 0.5}, {0.0, 0.0}, {1.0, 1.0}};

    struct Placement
    {
        double scale = 0.0;
        QRectF rect;
    };
    double bestScore = -1e300;
    std::vector<Frame> best;
    for (double shrink : {1.0, 0.88, 0.76, 0.64}) {
        for (const QPointF &a : align) {
            if (shrink == 1.0 && a != align[0])
                continue;  // a full-size main frame has one place
            std::vector<Frame> frames = m_frames;
            Frame &main = frames.front();
            main.scale = base.scale * shrink;
            const QSizeF size(base.extent.width() * main.scale, base.extent.height() * main.scale);
            main.rect = QRectF(target.topLeft()
                                   + QPointF((target.width() - size.width()) * a.x(), (target.height() - size.height()) * a.y()),
                               size);
            main.offset = main.rect.topLeft() - main.extent.topLeft() * main.scale;

            // Grid of the target: a cell is taken by land, the legend or an inset.
            Occupancy grid(gw, gh);
            for (int gy = 0; gy < gh; ++gy)
                for (int gx = 0; gx < gw; ++gx) {
                    const QRectF c(target.left() + gx * cell, target.top() + gy * cell, cell, cell);
                    const QRectF inter = c.intersected(main.rect);
                    if (!inter.isEmpty()) {
                        const QPointF p0 = ((inter.topLeft() - main.offset) / main.scale - base.extent.topLeft()) * maskScale;
                        const QPointF p1 =
                            ((inter.bottomRight() - main.offset) / main.scale - base.extent.topLeft()) * maskScale;
                        if (land.any(int(std::floor(p0.x())), int(std::floor(p0.y())), int(std::ceil(p1.x())) + 1,
                                     int(std::ceil(p1.y())) + 1)) {
                            grid.setRect(gx, gy, gx + 1, gy + 1);
                            continue;
                        }
                    }
                    for (const QRectF &r : avoid)
                        if (r.intersects(c))
                            grid.setRect(gx, gy, gx + 1, gy + 1);
                }

            double score = 6.0 * std::log(shrink);
            for (std::size_t i = 1; i < frames.size(); ++i) {
                Frame &f = frames[i];
                const double ew = std::max(f.extent.width(), 1e-6);
                const double eh = std::max(f.extent.height(), 1e-6);
                const double longer = std::max(ew, eh);
                const double shorter = std::min(ew, eh);
                // At most 1.5× the main scale and 45 % of the map; at
                // least a box whose shorter side is a tenth of the map.
                const double kMax = std::min({1.5 * main.scale, 0.45 * unit / longer, 0.6 * target.width() / ew,
                                              0.6 * target.height() / eh});
                const double kMin = std::min(kMax, std::max(0.1 * unit / shorter, 0.2 * unit / longer));
                bool placed = false;
                for (double k = kMax; k >= kMin * 0.999 && !placed; k *= 0.92) {
                    const double margin = std::max(4.0, 0.05 * longer * k);
                    const QSizeF box(ew * k + 2 * margin, eh * k + 2 * margin);
                    const int bw = int(std::ceil(box.width() / cell)) + 1;
                    const int bh = int(std::ceil(box.height() / cell)) + 1;
                    if (bw > gw || bh > gh)
                        continue;
                    // The free place nearest to where the islands lie.
                    const QPointF truth = (f.extent.center() * main.scale + main.offset);
                    double bestDist = 1e300;
                    QPoint at(-1, -1);
                    for (int gy = 0; gy + bh <= gh; ++gy)
                        for (int gx = 0; gx + bw <= gw; ++gx) {
                            if (grid.any(gx, gy, gx + bw, gy + bh))
                                continue;
                            const QPointF centre(target.left() + (gx + bw / 2.0) * cell,
                                                 target.top() + (gy + bh / 2.0) * cell);
                            const QPointF d = centre - truth;
                            const double dist = d.x() * d.x() + d.y() * d.y();
                            if (dist < bestDist) {
                                bestDist = dist;
                                at = QPoint(gx, gy);
                            }
                        }
                    if (at.x() < 0)
                        continue;
                    grid.setRect(at.x(), at.y(), at.x() + bw, at.y() + bh);
                    const QPointF topLeft(target.left() + (at.x() + 0.5) * cell, target.top() + (at.y() + 0.5) * cell);
                    f.rect = QRectF(topLeft, box);
                    f.scale = k;
                    f.offset = topLeft + QPointF(margin, margin) - f.extent.topLeft() * k;
                    score += std::log(k / kMax);
                    placed = true;
                }
                if (!placed) {
                    // Nowhere free: top left at the smallest size, over the map.
                    const double k = kMin;
                    const double margin = std::max(4.0, 0.05 * longer * k);
                    f.rect = QRectF(target.topLeft() + QPointF(4.0 * i, 4.0 * i),
                                    QSizeF(ew * k + 2 * margin, eh * k + 2 * margin));
                    f.scale = k;
                    f.offset = f.rect.topLeft() + QPointF(margin, margin) - f.extent.topLeft() * k;
                    score -= 6.0;
                }
            }
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = std::move(frames);
            }
        }
    }
    m_frames = std::move(best);
}

int MapProjection::frameOfRing(int ringId) const
{
    return ringId >= 0 && std::size_t(ringId) < m_rings.size() ? m_rings[std::size_t(ringId)].frame : -1;
}

int MapProjection::frameOf(QPointF lonLat) const
{
    const QPointF p = toPlane(lonLat);
    for (std::size_t i = 1; i < m_frames.size(); ++i)
        if (padded(m_frames[i].extent, 0.02).contains(p))
            return int(i);
    return 0;
}

QPointF MapProjection::project(QPointF lonLat, int frame) const
{
    if (m_frames.empty())
        return toPlane(lonLat);
    const Frame &f = frame >= 0 && std::size_t(frame) < m_frames.size() ? m_frames[std::size_t(frame)] : m_frames.front();
    return toPlane(lonLat) * f.scale + f.offset;
}

QPolygonF MapProjection::project(int ringId, const QPolygonF &ring) const
{
    const int frame = frameOfRing(ringId);
    QPolygonF out;
    if (frame < 0 || std::size_t(frame) >= m_frames.size() || m_frames[std::size_t(frame)].rect.isNull())
        return out;
    const Frame &f = m_frames[std::size_t(frame)];
    out.reserve(ring.size());
    for (const QPointF &p : ring)
        out.append(toPlane(p) * f.scale + f.offset);
    return out;
}

QRectF MapProjection::frameRect(int frame) const
{
    return frame >= 0 && std::size_t(frame) < m_frames.size() ? m_frames[std::size_t(frame)].rect : QRectF();
}

QList<QRectF> MapProjection::insetRects() const
{
    QList<QRectF> rects;
    for (std::size_t i = 1; i < m_frames.size(); ++i)
        rects.append(m_frames[i].rect);
    return rects;
}

} // namespace regionlens::widgets
