// SPDX-License-Identifier: GPL-3.0-or-later
// Whole strings in exported SVG. Qt lays text out in runs of one script
// (Han, Hiragana, Katakana and Latin are separate runs) and QSvgGenerator
// writes every run as its own <text>: "愛知県の稼ぐ力" became five elements
// (愛知県 / の / 稼 / ぐ / 力), "特化係数（LQ）" two, so a label could not be
// edited as one text in PowerPoint or Inkscape. The figure is painted once
// more on a probe device that records each run (origin, advance, font), and
// the runs of one line (adjacent elements, same state, the next starting where
// the last ends) are joined into one <text> at the first run's origin. Each
// <text> also names its font's families, then common Japanese system fonts
// and sans-serif, so that other machines pick a similar Japanese font.
#pragma once

#include "widgets/figureexport.h"

#include <QByteArray>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QSize>
#include <QString>

namespace regionlens::widgets {

struct SvgTextRun
{
    QPointF origin;      // baseline start, in the painter's coordinates
    QString text;
    double advance = 0;  // width of the run
    QFont font;
    int state = 0;       // the painter's state serial: equal means nothing drawn or changed between
};

// The text runs paint draws on a device like QSvgGenerator's (size pixels,
// dpi dots per inch), in drawing order; runs drawn with no pen are left out,
// as the generator leaves them out.
QList<SvgTextRun> recordSvgTextRuns(const FigurePaint &paint, const QSize &size, int dpi);

// svg (QSvgGenerator's output of the same paint) with the runs of each line
// joined into one <text> and the font families named. Returned unchanged if
// its <text> elements are not the runs recorded (nothing is guessed).
QByteArray joinSvgTextRuns(const QByteArray &svg, const QList<SvgTextRun> &runs);

// The CSS font-family list written for font: the family Qt used, the font's
// own families, common Japanese system fonts, then the generic sans-serif.
QString svgFontFamilies(const QFont &font);

} // namespace regionlens::widgets
