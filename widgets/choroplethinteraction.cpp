// SPDX-License-Identifier: GPL-3.0-or-later
// ChoroplethMap: interaction — hover with a tooltip, click and Ctrl+click
// selection, and the events that invalidate the geometry.
#include "choroplethmap_p.h"

#include <QEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

void ChoroplethMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    keepPreviousLayers();
    m_cache.reset();
    m_layer = QImage();
    m_borderLayer = QImage();
    ++m_geometryRequest;
}

QString ChoroplethMap::tooltipText(const QString &code) const
{
    const int index = m_index.value(code, -1);
    const QString name = index >= 0 && !m_features.at(index).name.isEmpty() ? m_features.at(index).name : code;
    const double v = m_values.value(code, std::nan(""));
    const QString value = std::isfinite(v)
        ? QLocale().toString(v, 'f', std::abs(v) >= 1000 || v == std::floor(v) ? 0 : std::max(m_decimals, 2))
              + (m_unit.isEmpty() ? QString() : u" "_s + m_unit)
        : tr("No data");
    return u"<b>%1</b><br/>%2"_s.arg(name.toHtmlEscaped(), value.toHtmlEscaped());
}

void ChoroplethMap::setHovered(const QString &code)
{
    if (code == m_hovered)
        return;
    m_hovered = code;
    update();
    emit regionHovered(code);
}

bool ChoroplethMap::hitTestReady() const
{
    // While a dense map's geometry is built on a worker, the mouse finds
    // nothing rather than building it here.
    return !geometryInBackground() || (m_cache && m_cache->target == QRectF(rect()));
}

void ChoroplethMap::mouseMoveEvent(QMouseEvent *event)
{
    const QString code = hitTestReady() ? regionAt(event->position()) : QString();
    setHovered(code);
    if (code.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tooltipText(code), this);
}

void ChoroplethMap::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position();
    QWidget::mousePressEvent(event);
}

void ChoroplethMap::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || (event->position() - m_pressPos).manhattanLength() > 6) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const QString code = hitTestReady() ? regionAt(event->position()) : QString();
    QStringList selection = m_selected;
    if (event->modifiers() & Qt::ControlModifier) {
        if (!code.isEmpty() && !selection.removeOne(code))
            selection.append(code);
    } else {
        selection = code.isEmpty() ? QStringList() : QStringList{code};
    }
    if (!code.isEmpty())
        emit regionClicked(code);
    if (selection != m_selected) {
        m_selected = selection;
        update();
        emit selectionChanged(m_selected);
    }
}

void ChoroplethMap::leaveEvent(QEvent *event)
{
    setHovered(QString());
    QWidget::leaveEvent(event);
}

void ChoroplethMap::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange
        || event->type() == QEvent::LocaleChange)
        invalidateGeometry();
    QWidget::changeEvent(event);
}

} // namespace regionlens::widgets
