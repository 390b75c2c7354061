// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcanvas.h"

#include "widgets/analysischart.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace reporttext {

QString number(double value, int decimals)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

QString percent(double fraction, bool japanese)
{
    return widgets::withSign(fraction, number(std::abs(fraction) * 100.0, 1)) + (japanese ? u"%"_s : u" %"_s);
}

QString separator(bool japanese)
{
    return japanese ? u"、"_s : u", "_s;
}

} // namespace reporttext

namespace {

// Lays text out width wide in the writer's device pixels (the font's point
// size is resolved against the PDF writer's resolution).
std::unique_ptr<QTextDocument> layout(QPdfWriter *writer, const QFont &font, const QString &text, double pointSize,
                                      double width)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont f = font;
    f.setPointSizeF(pointSize);
    doc->setDefaultFont(f);
    doc->setDocumentMargin(0);
    doc->documentLayout()->setPaintDevice(writer);
    doc->setTextWidth(width);
    doc->setHtml(text);
    doc->setTextWidth(width);
    return doc;
}

} // namespace

void ReportCanvas::newPage()
{
    writer->newPage();
    ++pages;
    y = body.top();
}

void ReportCanvas::ensure(double height)
{
    if (y + height > body.bottom() && y > body.top()) {
        footer();
        newPage();
    }
}

double ReportCanvas::measure(const QString &text, double pointSize, double width) const
{
    return layout(writer, font, text, pointSize, width)->size().height();
}

double ReportCanvas::htmlAt(const QString &text, double pointSize, const QPointF &topLeft, double width)
{
    const auto doc = layout(writer, font, text, pointSize, width);
    painter->save();
    painter->translate(topLeft);
    doc->drawContents(painter);
    painter->restore();
    return doc->size().height();
}

double ReportCanvas::html(const QString &text, double pointSize)
{
    const double height = measure(text, pointSize, body.width());
    ensure(height);
    htmlAt(text, pointSize, QPointF(body.left(), y), body.width());
    y += height;
    return height;
}

void ReportCanvas::footer()
{
    painter->save();
    QFont f = font;
    f.setPointSizeF(8);
    painter->setFont(f);
    painter->setPen(Qt::darkGray);
    const QRectF rect(body.left(), body.bottom() + 2 * mm, body.width(), 6 * mm);
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, footerText);
    painter->drawText(rect, Qt::AlignRight | Qt::AlignVCenter, QString::number(pages));
    painter->restore();
}

void ReportCanvas::figure(const PageFigure &figure, const QRectF &target, double scale)
{
    if (!figure.paint || target.width() <= 0 || target.height() <= 0)
        return;
    painter->save();
    painter->setClipRect(target);
    painter->translate(target.topLeft());
    painter->scale(scale, scale);
    figure.paint(painter, QRectF(0, 0, target.width() / scale, target.height() / scale));
    painter->restore();
}

} // namespace regionlens::app
