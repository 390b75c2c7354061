// SPDX-License-Identifier: GPL-3.0-or-later
// ChoroplethMap: painting — the map with its title, source line, insets,
// tile labels, selection and hover outlines and legend, on screen from the
// cached layers and for output (render, images, files) in place.
#include "choroplethmap_p.h"

#include "tilegrid.h"

#include <QFontMetricsF>
#include <QFutureWatcher>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

using namespace mapdetail;

QString ChoroplethMap::formatValue(double value) const
{
    return QLocale().toString(value, 'f', m_decimals);
}

void ChoroplethMap::paintPending(QPainter *painter, const QRectF &target) const
{
    // The geometry is being built on a worker: the previous layers, scaled
    // if the size changed, or a word that the map is on its way.
    painter->save();
    painter->fillRect(target, kBackground);
    const QRectF mapRect = mapArea(target);
    painter->setRenderHint(QPainter::Antialiasing);
    if (!m_previousFills.isNull()) {
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(target, m_previousFills);
        if (!m_previousBorders.isNull())
            painter->drawImage(target, m_previousBorders);
    } else {
        painter->setFont(scaledFont(font(), m_fontScale, target, 0.024));
        painter->setPen(QColor(0x80, 0x80, 0x80));
        painter->drawText(mapRect, Qt::AlignCenter, tr("Drawing…"));
    }
    // Title, source and legend as they are now, over the previous map.
    paintTitles(painter, target, mapRect);
    if (m_legendVisible)
        paintLegend(painter, mapRect);
    painter->restore();
}

void ChoroplethMap::paintTitles(QPainter *painter, const QRectF &target, const QRectF &mapRect) const
{
    if (!m_title.isEmpty()) {
        const QRectF titleRect(target.left() + 10, target.top() + 4, target.width() - 20, mapRect.top() - target.top());
        painter->setFont(fittedFont(scaledFont(font(), m_fontScale, target, 0.032, true), m_title, titleRect.width()));
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          QFontMetricsF(painter->font()).elidedText(m_title, Qt::ElideRight, titleRect.width()));
    }
    if (!m_source.isEmpty()) {
        const QRectF sourceRect(target.left() + 10, mapRect.bottom(), target.width() - 20,
                                target.bottom() - mapRect.bottom());
        painter->setFont(fittedFont(scaledFont(font(), m_fontScale, target, 0.018), m_source, sourceRect.width()));
        painter->setPen(QColor(0x60, 0x60, 0x60));
        painter->drawText(sourceRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                          QFontMetricsF(painter->font()).elidedText(m_source, Qt::ElideRight, sourceRect.width()));
    }

}

void ChoroplethMap::paintMap(QPainter *painter, const QRectF &target, const Geometry &g, bool interactive) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(target, kBackground);

    paintTitles(painter, target, g.mapRect);

    if (m_features.isEmpty()) {
        painter->setFont(scaledFont(font(), m_fontScale, target, 0.024));
        painter->setPen(QColor(0x80, 0x80, 0x80));
        painter->drawText(g.mapRect, Qt::AlignCenter, tr("No boundaries loaded"));
        painter->restore();
        return;
    }

    if (interactive) {
        // The fills and the borders are the expensive part (1,900
        // municipalities), each kept as an image: the fills until the
        // colours, the features or the size change, the borders until the
        // geometry changes. Hover and selection repaint in a few
        // milliseconds, and a new classification repaints the fills only.
        const qreal dpr = devicePixelRatioF();
        const QSize pixels = (target.size() * dpr).toSize();
        if (m_layer.size() != pixels || m_layerGeneration != m_generation) {
            if (!requestBackgroundFills()) {
                FillList list = fillList(g);
                list.pixels = pixels;
                list.dpr = dpr;
                list.origin = target.topLeft();
                m_layer = paintFillLayer(list, std::move(m_layer));
                m_layerGeneration = m_generation;
            }
        }
        if (m_borderLayer.size() != pixels || m_borderGeneration != m_geometryGeneration) {
            m_borderLayer = paintBorderLayer(g, m_features.size() > kBackgroundFillRegions, pixels, dpr,
                                             std::move(m_borderLayer));
            m_borderGeneration = m_geometryGeneration;
        }
        painter->drawImage(target.topLeft(), m_layer);
        if (!g.tiles)
            painter->drawImage(target.topLeft(), m_borderLayer);
    } else {
        paintFills(painter, g);
        paintBorders(painter, g);
    }

    if (g.tiles) {
        // Each label whole (青森県 → 青森, see shortName), in the largest
        // size up to the cell's that fits its tile: never elided.
        QFont f = font();
        const double cell = g.items.isEmpty() ? 20.0 : std::max(8.0, g.mapRect.height() / tilegrid::kRows);
        const double largest = std::clamp(cell * 0.24 * m_fontScale, 7.0, 28.0 * m_fontScale);
        for (qsizetype i = 0; i < g.items.size(); ++i) {
            const Item &item = g.items.at(i);
            if (item.path.isEmpty())
                continue;
            const QColor fill = fillColour(m_features.at(i).code);
            painter->setPen(fill.lightnessF() < 0.55 ? Qt::white : QColor(0x20, 0x20, 0x20));
            const QString name = tilegrid::shortName(m_features.at(i).name);
            f.setPixelSize(int(largest));
            const double room = item.bounds.width() * 0.95;
            const double width = QFontMetricsF(f).horizontalAdvance(name);
            if (width > room)
                f.setPixelSize(std::max(6, int(largest * room / width)));
            painter->setFont(f);
            painter->drawText(item.bounds, Qt::AlignCenter | Qt::TextWrapAnywhere, name);
        }
    }

    // Selection and hover outlines on top of every fill.
    const double outline = std::max(1.5, g.mapRect.width() / 400.0);
    painter->setBrush(Qt::NoBrush);
    for (const QString &code : m_selected) {
        const int index = m_index.value(code, -1);
        if (index < 0)
            continue;
        painter->setPen(QPen(QColor(0x10, 0x10, 0x10), outline * 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(g.items.at(index).path);
    }
    if (interactive && !m_hovered.isEmpty()) {
        const int index = m_index.value(m_hovered, -1);
        if (index >= 0) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xff, 0xff, 0xff, 70));
            painter->drawPath(g.items.at(index).path);
            painter->setPen(QPen(QColor(0x30, 0x30, 0x30), outline, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(g.items.at(index).path);
        }
    }
    if (m_legendVisible)
        paintLegend(painter, g.mapRect);
    painter->restore();
}

QStringList ChoroplethMap::legendLabels() const
{
    QStringList labels;
    const int k = classCount();
    const QString dash = u" – "_s;
    for (int i = 0; i < k; ++i)
        labels << formatValue(m_breaks[std::size_t(i)]) + dash + formatValue(m_breaks[std::size_t(i) + 1])
                      + u"  (%1)"_s.arg(m_counts.value(i));
    if (m_missing > 0)
        labels << tr("No data") + u"  (%1)"_s.arg(m_missing);
    return labels;
}

QRectF ChoroplethMap::legendRect(const QRectF &mapRect) const
{
    const QStringList labels = legendLabels();
    if (labels.isEmpty())
        return {};
    const QFontMetricsF fm(scaledFont(font(), m_fontScale, mapRect, 0.026));
    const QFont header = scaledFont(font(), m_fontScale, mapRect, 0.026, true);
    const double line = fm.height() * 1.25;
    const double swatch = fm.height() * 0.95;
    double width = m_unit.isEmpty() ? 0.0 : QFontMetricsF(header).horizontalAdvance(m_unit);
    for (const QString &l : labels)
        width = std::max(width, swatch * 1.5 + fm.horizontalAdvance(l));
    const double pad = fm.height() * 0.5;
    const double height = labels.size() * line + (m_unit.isEmpty() ? 0.0 : line) + pad * 2;
    return {mapRect.right() - width - pad * 2, mapRect.bottom() - height, width + pad * 2, height};
}

void ChoroplethMap::paintLegend(QPainter *painter, const QRectF &mapRect) const
{
    const int k = classCount();
    if (k == 0 && m_missing == 0)
        return;
    const QFont text = scaledFont(font(), m_fontScale, mapRect, 0.026);
    const QFont header = scaledFont(font(), m_fontScale, mapRect, 0.026, true);
    const QFontMetricsF fm(text);
    const double line = fm.height() * 1.25;
    const double swatch = fm.height() * 0.95;
    const QStringList labels = legendLabels();
    const double pad = fm.height() * 0.5;
    const QRectF box = legendRect(mapRect);
    const double width = box.width() - pad * 2;

    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xff, 0xff, 0xff, 215));
    painter->drawRoundedRect(box, pad / 2, pad / 2);
    double y = box.top() + pad;
    if (!m_unit.isEmpty()) {
        painter->setFont(header);
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(QRectF(box.left() + pad, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, m_unit);
        y += line;
    }
    painter->setFont(text);
    // Highest class on top, as on most choropleth legends.
    for (int row = 0; row < labels.size(); ++row) {
        const bool missingRow = m_missing > 0 && row == labels.size() - 1;
        const int c = missingRow ? -1 : k - 1 - row;
        const QRectF sw(box.left() + pad, y + (line - swatch) / 2, swatch, swatch);
        painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0.8));
        painter->setBrush(classColour(c));
        painter->drawRect(sw);
        if (missingRow) {
            painter->setBrush(QBrush(kHatch, Qt::BDiagPattern));
            painter->drawRect(sw);
        }
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(QRectF(sw.right() + swatch * 0.5, y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                          missingRow ? labels.last() : labels.at(c));
        y += line;
    }
}

void ChoroplethMap::render(QPainter *painter, const QRectF &target) const
{
    const Geometry g = buildGeometry(target);
    paintMap(painter, target, g, false);
}

FigurePaint ChoroplethMap::figurePaint() const
{
    return [this](QPainter *painter, const QRectF &target) { render(painter, target); };
}

QImage ChoroplethMap::toImage(const QSize &size) const
{
    return paintFigureImage(figurePaint(), size);
}

bool ChoroplethMap::savePng(const QString &path, const QSize &size) const
{
    return writeFigureFile(figurePaint(), FigureFormat::Png, path, size, m_title);
}

bool ChoroplethMap::saveSvg(const QString &path, const QSize &size) const
{
    return writeFigureFile(figurePaint(), FigureFormat::Svg, path, size, m_title);
}

bool ChoroplethMap::savePdf(const QString &path, const QSize &size) const
{
    return writeFigureFile(figurePaint(), FigureFormat::Pdf, path, size, m_title);
}

void ChoroplethMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF target(rect());
    if (geometryInBackground()) {
        // Dense map: new geometry and its layers come from a worker. While
        // one is on its way (even if a hit test built the geometry here
        // meanwhile) the previous layers are shown.
        const QSize pixels = (target.size() * devicePixelRatioF()).toSize();
        const bool current = m_cache && m_cache->target == target;
        const bool layersReady = current && m_layer.size() == pixels && m_borderLayer.size() == pixels
            && m_borderGeneration == m_geometryGeneration;
        if (!layersReady && (!current || m_geometryWatcher->isRunning())) {
            if (!current)
                requestBackgroundGeometry();
            if (m_geometryWatcher->isRunning()) {
                paintPending(&painter, target);
                return;
            }
        }
    }
    paintMap(&painter, target, cachedGeometry(), true);
}

} // namespace regionlens::widgets
