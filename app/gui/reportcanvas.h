// SPDX-License-Identifier: GPL-3.0-or-later
// The region report's drawing surface (internal to regionreport*.cpp): an
// A4 PDF page body in device pixels, HTML blocks laid out across it or in a
// box, figures scaled into a box at a readable size, and the footer.
#pragma once

#include "analysispage.h"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QString>

class QPdfWriter;
class QPainter;
class QTextDocument;

namespace regionlens::app {

// The translation context of every report text ("RegionReport").
struct RegionReport
{
    Q_DECLARE_TR_FUNCTIONS(RegionReport)
};

namespace reporttext {

// 3,633,202 (digits grouped the same in both languages).
QString number(double value, int decimals = 0);
// +4.4 % in English, +4.4% in Japanese.
QString percent(double fraction, bool japanese);
// The list separator: ", " or "、".
QString separator(bool japanese);

} // namespace reporttext

struct ReportCanvas
{
    QPdfWriter *writer = nullptr;
    QPainter *painter = nullptr;
    QRectF body;
    double y = 0;
    int pages = 1;
    double mm = 1;   // device pixels per millimetre
    QFont font;
    QString footerText;

    void newPage();
    // A new page unless height still fits below y.
    void ensure(double height);
    // Draws HTML across the body width at y (a new page first when it does
    // not fit); returns its height.
    double html(const QString &text, double pointSize);
    // The height of text laid out width wide.
    double measure(const QString &text, double pointSize, double width) const;
    // Draws text width wide with its top-left at topLeft; returns its height.
    double htmlAt(const QString &text, double pointSize, const QPointF &topLeft, double width);
    void space(double millimetres) { y += millimetres * mm; }
    // The page number and footerText under the body.
    void footer();
    // Draws a page's figure into target: laid out at a logical width that
    // keeps its fonts at `scale` of their on-screen size, then scaled down.
    void figure(const PageFigure &figure, const QRectF &target, double scale = 0.85);
};

} // namespace regionlens::app
