// SPDX-License-Identifier: GPL-3.0-or-later
#include "geometry.h"

#include <QtEndian>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace regionlens::datasets::geometry {
namespace {

void putU32(QByteArray &out, quint32 v)
{
    char buf[4];
    qToLittleEndian(v, buf);
    out.append(buf, 4);
}

void putF64(QByteArray &out, double v)
{
    quint64 bits;
    std::memcpy(&bits, &v, sizeof bits);
    char buf[8];
    qToLittleEndian(bits, buf);
    out.append(buf, 8);
}

class WkbReader
{
public:
    explicit WkbReader(const QByteArray &data) : m_data(data) {}

    bool readGeometry(MultiPolygon *out)
    {
        bool little = false;
        quint32 type = 0;
        if (!readHeader(&little, &type))
            return false;
        const quint32 base = type % 1000;
        const int dims = 2 + ((type / 1000 == 1 || type / 1000 == 2) ? 1 : 0) + (type / 1000 == 3 ? 2 : 0)
                         + ((type & 0x80000000u) ? 1 : 0) + ((type & 0x40000000u) ? 1 : 0);
        const quint32 plain = (type & 0x0fffffffu) % 1000;
        if (plain == 3) {
            Polygon polygon;
            if (!readPolygon(little, dims, &polygon))
                return false;
            out->append(polygon);
            return true;
        }
        if (plain == 6) {
            quint32 count = 0;
            if (!readU32(little, &count))
                return false;
            for (quint32 i = 0; i < count; ++i) {
                bool innerLittle = false;
                quint32 innerType = 0;
                if (!readHeader(&innerLittle, &innerType))
                    return false;
                const quint32 innerPlain = (innerType & 0x0fffffffu) % 1000;
                if (innerPlain != 3)
                    return fail(u"MultiPolygon member is not a Polygon"_s);
                const int innerDims = 2 + ((innerType / 1000 == 1 || innerType / 1000 == 2) ? 1 : 0)
                                      + (innerType / 1000 == 3 ? 2 : 0)
                                      + ((innerType & 0x80000000u) ? 1 : 0)
                                      + ((innerType & 0x40000000u) ? 1 : 0);
                Polygon polygon;
                if (!readPolygon(innerLittle, innerDims, &polygon))
                    return false;
                out->append(polygon);
            }
            return true;
        }
        Q_UNUSED(base);
        return fail(u"unsupported WKB geometry type %1 (only Polygon and MultiPolygon)"_s.arg(type));
    }

    QString error() const { return m_error; }

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    bool readHeader(bool *little, quint32 *type)
    {
        if (m_pos + 5 > m_data.size())
            return fail(u"WKB truncated at byte %1"_s.arg(m_pos));
        const char order = m_data.at(m_pos++);
        if (order != 0 && order != 1)
            return fail(u"invalid WKB byte order %1 at byte %2"_s.arg(int(order)).arg(m_pos - 1));
        *little = order == 1;
        return readU32(*little, type);
    }

    bool readU32(bool little, quint32 *v)
    {
        if (m_pos + 4 > m_data.size())
            return fail(u"WKB truncated at byte %1"_s.arg(m_pos));
        const char *p = m_data.constData() + m_pos;
        *v = little ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
        m_pos += 4;
        return true;
    }

    bool readF64(bool little, double *v)
    {
        if (m_pos + 8 > m_data.size())
            return fail(u"WKB truncated at byte %1"_s.arg(m_pos));
        const char *p = m_data.constData() + m_pos;
        const quint64 bits = little ? qFromLittleEndian<quint64>(p) : qFromBigEndian<quint64>(p);
        std::memcpy(v, &bits, sizeof bits);
        m_pos += 8;
        return true;
    }

    bool readPolygon(bool little, int dims, Polygon *polygon)
    {
        quint32 rings = 0;
        if (!readU32(little, &rings))
            return false;
        if (qsizetype(rings) * 4 > m_data.size() - m_pos)
            return fail(u"WKB ring count %1 exceeds the data"_s.arg(rings));
        for (quint32 r = 0; r < rings; ++r) {
            quint32 points = 0;
            if (!readU32(little, &points))
                return false;
            if (qsizetype(points) * dims * 8 > m_data.size() - m_pos)
                return fail(u"WKB point count %1 exceeds the data"_s.arg(points));
            Ring ring;
            ring.reserve(points);
            for (quint32 i = 0; i < points; ++i) {
                double x = 0, y = 0, skip = 0;
                if (!readF64(little, &x) || !readF64(little, &y))
                    return false;
                for (int d = 2; d < dims; ++d)
                    if (!readF64(little, &skip))
                        return false;
                if (!std::isfinite(x) || !std::isfinite(y))
                    return fail(u"non-finite coordinate in WKB"_s);
                ring.append(QPointF(x, y));
            }
            polygon->append(ring);
        }
        return true;
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace

QByteArray toWkb(const MultiPolygon &polygons)
{
    QByteArray out;
    out.append(char(1));
    putU32(out, 6);
    putU32(out, quint32(polygons.size()));
    for (const Polygon &polygon : polygons) {
        out.append(char(1));
        putU32(out, 3);
        putU32(out, quint32(polygon.size()));
        for (const Ring &ring : polygon) {
            putU32(out, quint32(ring.size()));
            for (const QPointF &p : ring) {
                putF64(out, p.x());
                putF64(out, p.y());
            }
        }
    }
    return out;
}

bool fromWkb(const QByteArray &wkb, MultiPolygon *out, QString *error)
{
    WkbReader reader(wkb);
    MultiPolygon result;
    const bool ok = reader.readGeometry(&result);
    if (!ok) {
        if (error)
            *error = reader.error();
        return false;
    }
    *out = std::move(result);
    return true;
}

bool fromGeoPackageBlob(const QByteArray &blob, MultiPolygon *out, QString *error)
{
    if (blob.size() < 8 || blob.at(0) != 'G' || blob.at(1) != 'P') {
        if (error)
            *error = u"not a GeoPackage geometry blob (no 'GP' magic)"_s;
        return false;
    }
    const quint8 flags = quint8(blob.at(3));
    if (flags & 0x20) {
        if (error)
            *error = u"extended GeoPackage geometry types are not supported"_s;
        return false;
    }
    static constexpr int kEnvelopeBytes[8] = {0, 32, 48, 48, 64, -1, -1, -1};
    const int envelope = kEnvelopeBytes[(flags >> 1) & 0x07];
    if (envelope < 0) {
        if (error)
            *error = u"invalid GeoPackage envelope indicator"_s;
        return false;
    }
    const qsizetype offset = 8 + envelope;
    if (offset > blob.size()) {
        if (error)
            *error = u"GeoPackage geometry blob truncated"_s;
        return false;
    }
    if (flags & 0x10) { // empty geometry
        out->clear();
        return true;
    }
    return fromWkb(blob.mid(offset), out, error);
}

double ringArea(const Ring &ring)
{
    double sum = 0;
    const qsizetype n = ring.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF &a = ring.at(i);
        const QPointF &b = ring.at((i + 1) % n);
        sum += a.x() * b.y() - b.x() * a.y();
    }
    return sum / 2;
}

QPointF mainCentroid(const MultiPolygon &polygons)
{
    const Ring *largest = nullptr;
    double largestArea = -1;
    for (const Polygon &polygon : polygons) {
        if (polygon.isEmpty())
            continue;
        const double area = std::abs(ringArea(polygon.first()));
        if (area > largestArea) {
            largestArea = area;
            largest = &polygon.first();
        }
    }
    if (!largest || largest->isEmpty())
        return {};
    double cx = 0, cy = 0, a2 = 0;
    const qsizetype n = largest->size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF &p = largest->at(i);
        const QPointF &q = largest->at((i + 1) % n);
        const double cross = p.x() * q.y() - q.x() * p.y();
        a2 += cross;
        cx += (p.x() + q.x()) * cross;
        cy += (p.y() + q.y()) * cross;
    }
    if (std::abs(a2) < 1e-15)
        return largest->first();
    return QPointF(cx / (3 * a2), cy / (3 * a2));
}

int vertexCount(const MultiPolygon &polygons)
{
    int n = 0;
    for (const Polygon &polygon : polygons)
        for (const Ring &ring : polygon)
            n += int(ring.size());
    return n;
}

} // namespace regionlens::datasets::geometry
