// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyramidchart.h"

#include "palette.h"

#include <QLocale>

#include <QFontMetricsF>

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

PyramidChart::PyramidChart(QWidget *parent) : AnalysisChart(parent)
{
    m_maleLabel = tr("Male");
    m_femaleLabel = tr("Female");

    QCustomPlot *p = plot();
    p->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new AbsoluteTicker));
    p->xAxis->grid()->setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0, Qt::DotLine));
    p->xAxis->grid()->setZeroLinePen(QPen(QColor(0x40, 0x40, 0x40), 1.2));
    p->yAxis->grid()->setVisible(false);
    p->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerText));
    p->yAxis->setSubTicks(false);
    p->yAxis->setTickLength(0, 3);
    placeLegendBelow();   // beside the 0–19 bars it covered them
    refresh();
}

void PyramidChart::setPyramid(const PyramidData &data)
{
    setAndRefresh(m_data, data);
}

void PyramidChart::setOutline(const PyramidData &data)
{
    setAndRefresh(m_outline, data);
}

void PyramidChart::clear()
{
    m_data = {};
    m_outline = {};
    refresh();
}

void PyramidChart::setUnit(const QString &unit)
{
    setAndRefresh(m_unit, unit);
}

void PyramidChart::setPercent(bool on)
{
    setAndRefresh(m_percent, on);
}

void PyramidChart::setSexLabels(const QString &male, const QString &female)
{
    m_maleLabel = male;
    m_femaleLabel = female;
    refresh();
}

void PyramidChart::setEmptyText(const QString &text)
{
    setAndRefresh(m_emptyText, text);
}

QColor PyramidChart::maleColour() const
{
    return seriesColour(0);   // Okabe–Ito blue
}

QColor PyramidChart::femaleColour() const
{
    return seriesColour(1);   // Okabe–Ito vermillion
}

void PyramidChart::rebuild()
{
    QCustomPlot *p = plot();
    p->clearPlottables();
    p->clearItems();
    const int n = int(m_data.ageLabels.size());
    const bool outline = !m_outline.isEmpty() && m_outline.ageLabels == m_data.ageLabels;
    static_cast<AbsoluteTicker *>(p->xAxis->ticker().data())->percent = m_percent;

    m_labelStep = 0;   // the age labels again, at the next layout (relayout())
    applyAgeTicks();

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
        const double width = largeFonts() ? 2.2 : 1.5;
        for (int sex = 0; sex < 2; ++sex) {
            auto *bars = new QCPBars(p->yAxis, p->xAxis);
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
    p->xAxis->setRange(-extent, extent);
    p->yAxis->setRange(-0.7, std::max(1, n) - 0.3 + (n > 0 ? 1.2 : 0.0));   // room for the sex labels
    p->xAxis->setLabel(m_unit);
    p->legend->setVisible(n > 0);

    QFont bold = labelFont();
    bold.setBold(true);
    auto addText = [&](double x, double y, Qt::Alignment align, const QString &text, const QColor &colour) {
        auto *item = new QCPItemText(p);
        item->position->setType(QCPItemPosition::ptAxisRectRatio);
        item->position->setCoords(x, y);
        item->setPositionAlignment(align);
        item->setText(text);
        item->setFont(bold);
        item->setColor(colour);
        item->setClipToAxisRect(true);
    };
    if (n > 0) {
        addText(0.02, 0.015, Qt::AlignLeft | Qt::AlignTop, u"◀ "_s + m_maleLabel, maleColour().darker(120));
        addText(0.98, 0.015, Qt::AlignRight | Qt::AlignTop, m_femaleLabel + u" ▶"_s, femaleColour().darker(120));
    } else if (!m_emptyText.isEmpty()) {
        addText(0.5, 0.5, Qt::AlignCenter, m_emptyText, QColor(0x70, 0x70, 0x70));
    }
}

void PyramidChart::relayout()
{
    applyAgeTicks();
}

// Every age class labelled where the rows are as tall as a label, else every
// second (third …) one, so that the labels never overlap: the step follows
// the plot's height in pixels and the font (projector mode).
void PyramidChart::applyAgeTicks()
{
    QCustomPlot *p = plot();
    const int n = int(m_data.ageLabels.size());
    const double row = std::abs(p->yAxis->coordToPixel(1.0) - p->yAxis->coordToPixel(0.0));
    const double line = QFontMetricsF(tickFont()).height() * 1.05;
    const int step = row > 1.0 ? std::max(1, int(std::ceil(line / row))) : (largeFonts() && n > 12 ? 2 : 1);
    if (step == m_labelStep)
        return;
    m_labelStep = step;
    auto ticker = p->yAxis->ticker().staticCast<QCPAxisTickerText>();
    ticker->clear();
    for (int i = 0; i < n; i += step)
        ticker->addTick(i, m_data.ageLabels.at(i));
    p->axisRect()->update(QCPLayoutElement::upPreparation);   // the tick vectors again
}

double PyramidChart::centrePixel() const
{
    const QCustomPlot *p = plot();
    return p->mapTo(this, QPoint(int(std::lround(p->xAxis->coordToPixel(0.0))), 0)).x();
}

QPointF PyramidChart::valuePixel(int sex, int ageIndex) const
{
    const QCustomPlot *p = plot();
    const double v = sex == 0 ? -finiteOr0(m_data.male.value(ageIndex)) : finiteOr0(m_data.female.value(ageIndex));
    const QPointF at(p->xAxis->coordToPixel(v), p->yAxis->coordToPixel(ageIndex));
    return at + QPointF(p->mapTo(this, QPoint(0, 0)));
}

} // namespace regionlens::widgets
