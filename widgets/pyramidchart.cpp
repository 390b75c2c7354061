// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyramidchart.h"

#include "chartrendering.h"
#include "palette.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

namespace {

// Both halves of the value axis read as positive numbers ("20,000" on the
// male side too).
class AbsoluteTicker : public QCPAxisTicker
{
public:
    bool percent = false;

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override
    {
        const double v = std::abs(tick);
        return QLocale(QLocale::English).toString(v, 'f', percent && v < 10 && v != std::floor(v) ? 1 : 0);
    }
};

double finiteOr0(double v)
{
    return std::isfinite(v) ? v : 0.0;
}

} // namespace

PyramidChart::PyramidChart(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_maleLabel = tr("Male");
    m_femaleLabel = tr("Female");

    m_plot->setAntialiasedElements(QCP::aeAll);
    m_plot->setBackground(Qt::white);
    m_plot->plotLayout()->insertRow(0);
    m_titleElement = new QCPTextElement(m_plot, QString());
    m_plot->plotLayout()->addElement(0, 0, m_titleElement);
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new AbsoluteTicker));
    m_plot->xAxis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0, Qt::DotLine));
    m_plot->xAxis->grid()->setZeroLinePen(QPen(QColor(0x40, 0x40, 0x40), 1.2));
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerText));
    m_plot->yAxis->setSubTicks(false);
    m_plot->yAxis->setTickLength(0, 3);
    m_plot->legend->setBrush(QColor(255, 255, 255, 215));
    m_plot->legend->setBorderPen(QPen(QColor(0xcc, 0xcc, 0xcc)));
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    applyFonts();
    rebuild();
}

void PyramidChart::setPyramid(const PyramidData &data)
{
    m_data = data;
    rebuild();
}

void PyramidChart::setOutline(const PyramidData &data)
{
    m_outline = data;
    rebuild();
}

void PyramidChart::clear()
{
    m_data = {};
    m_outline = {};
    rebuild();
}

void PyramidChart::setTitle(const QString &title)
{
    m_title = title;
    m_titleElement->setText(title);
    replotIfSized(m_plot);
}

void PyramidChart::setUnit(const QString &unit)
{
    m_unit = unit;
    rebuild();
}

void PyramidChart::setPercent(bool on)
{
    m_percent = on;
    rebuild();
}

void PyramidChart::setSexLabels(const QString &male, const QString &female)
{
    m_maleLabel = male;
    m_femaleLabel = female;
    rebuild();
}

void PyramidChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    rebuild();
}

void PyramidChart::setLargeFonts(bool on)
{
    m_large = on;
    applyFonts();
    rebuild();
}

QColor PyramidChart::maleColour() const
{
    return seriesColour(0);   // Okabe–Ito blue
}

QColor PyramidChart::femaleColour() const
{
    return seriesColour(1);   // Okabe–Ito vermillion
}

void PyramidChart::applyFonts()
{
    const QFont base = chartFont(font());
    const double size = base.pointSizeF() > 0 ? base.pointSizeF() : 9.0;
    QFont tick = base;
    tick.setPointSizeF(m_large ? size * 1.45 : size * 0.95);
    QFont label = base;
    label.setPointSizeF(m_large ? size * 1.6 : size * 1.05);
    QFont title = base;
    title.setPointSizeF(m_large ? size * 1.9 : size * 1.25);
    title.setBold(true);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTickLabelFont(tick);
        axis->setLabelFont(label);
    }
    m_plot->legend->setFont(tick);
    m_titleElement->setFont(title);
}

void PyramidChart::rebuild()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    const int n = int(m_data.ageLabels.size());
    const bool outline = !m_outline.isEmpty() && m_outline.ageLabels == m_data.ageLabels;
    static_cast<AbsoluteTicker *>(m_plot->xAxis->ticker().data())->percent = m_percent;

    auto ticker = m_plot->yAxis->ticker().staticCast<QCPAxisTickerText>();
    ticker->clear();
    // Every class labelled; every other one when the font is large.
    const int step = m_large && n > 12 ? 2 : 1;
    for (int i = 0; i < n; i += step)
        ticker->addTick(i, m_data.ageLabels.at(i));

    double maxValue = 0.0;
    auto addBars = [&](const PyramidData &d, bool isOutline) {
        QVector<double> keys(n);
        QVector<double> male(n);
        QVector<double> female(n);
        for (int i = 0; i < n; ++i) {
            keys[i] = i;
            male[i] = -finiteOr0(d.male.value(i));
            female[i] = finiteOr0(d.female.value(i));
            maxValue = std::max({maxValue, -male[i], female[i]});
        }
        const double width = m_large ? 2.2 : 1.5;
        for (int sex = 0; sex < 2; ++sex) {
            auto *bars = new QCPBars(m_plot->yAxis, m_plot->xAxis);
            bars->setWidth(isOutline ? 0.86 : 0.8);
            bars->setData(keys, sex == 0 ? male : female, true);
            if (isOutline) {
                bars->setPen(QPen(QColor(0x1a, 0x1a, 0x1a), width));
                bars->setBrush(Qt::NoBrush);
                bars->setName(tr("%1 (outline)").arg(d.label));
                if (sex == 1)
                    bars->removeFromLegend();
            } else {
                const QColor c = sex == 0 ? maleColour() : femaleColour();
                QColor fill = c;
                fill.setAlpha(200);
                bars->setPen(QPen(c.darker(115), 0.8));
                bars->setBrush(fill);
                bars->setName(u"%1 %2"_s.arg(sex == 0 ? m_maleLabel : m_femaleLabel, d.label).trimmed());
            }
        }
    };
    if (n > 0) {
        addBars(m_data, false);
        if (outline)
            addBars(m_outline, true);
    }
    const double extent = maxValue > 0 ? maxValue * 1.12 : 1.0;
    m_plot->xAxis->setRange(-extent, extent);
    m_plot->yAxis->setRange(-0.7, std::max(1, n) - 0.3 + (n > 0 ? 1.2 : 0.0));   // room for the sex labels
    m_plot->xAxis->setLabel(m_unit);
    m_plot->legend->setVisible(n > 0);

    const QFont labelFont = m_plot->xAxis->labelFont();
    auto addText = [&](double x, double y, Qt::Alignment align, const QString &text, const QColor &colour) {
        auto *item = new QCPItemText(m_plot);
        item->position->setType(QCPItemPosition::ptAxisRectRatio);
        item->position->setCoords(x, y);
        item->setPositionAlignment(align);
        item->setText(text);
        QFont f = labelFont;
        f.setBold(true);
        item->setFont(f);
        item->setColor(colour);
        item->setClipToAxisRect(true);
    };
    if (n > 0) {
        addText(0.02, 0.015, Qt::AlignLeft | Qt::AlignTop, u"◀ "_s + m_maleLabel, maleColour().darker(120));
        addText(0.98, 0.015, Qt::AlignRight | Qt::AlignTop, m_femaleLabel + u" ▶"_s, femaleColour().darker(120));
    } else if (!m_emptyText.isEmpty()) {
        addText(0.5, 0.5, Qt::AlignCenter, m_emptyText, QColor(0x70, 0x70, 0x70));
    }
    replotIfSized(m_plot);
}

double PyramidChart::centrePixel() const
{
    return m_plot->mapTo(this, QPoint(int(std::lround(m_plot->xAxis->coordToPixel(0.0))), 0)).x();
}

QPointF PyramidChart::valuePixel(int sex, int ageIndex) const
{
    const double v = sex == 0 ? -finiteOr0(m_data.male.value(ageIndex)) : finiteOr0(m_data.female.value(ageIndex));
    const QPointF p(m_plot->xAxis->coordToPixel(v), m_plot->yAxis->coordToPixel(ageIndex));
    return p + QPointF(m_plot->mapTo(this, QPoint(0, 0)));
}

void PyramidChart::render(QPainter *painter, const QRectF &target) const
{
    renderPlot(m_plot, painter, target);
}

QImage PyramidChart::toImage(const QSize &size) const
{
    return renderPlotImage(m_plot, size);
}

void PyramidChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        applyFonts();
        rebuild();
    }
    QWidget::changeEvent(event);
}

} // namespace regionlens::widgets
