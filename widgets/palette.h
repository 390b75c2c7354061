// SPDX-License-Identifier: GPL-3.0-or-later
// Colour-blind-safe colour ramps for choropleths and the series colours of
// charts.
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace regionlens::widgets {

enum class Palette {
    // Sequential, light = low, dark = high.
    Viridis,     // perceptually uniform (matplotlib), reversed so dark = high
    YlGnBu,      // ColorBrewer
    Blues,       // ColorBrewer
    Oranges,     // ColorBrewer
    // Diverging around a centre value (e.g. LQ 1.0, net migration 0).
    BlueRed,     // ColorBrewer RdBu reversed: blue below, red above
    PurpleOrange // ColorBrewer PuOr: purple below, orange above
};

bool isDiverging(Palette palette);
QString paletteName(Palette palette);  // translated, for combo boxes
QList<Palette> allPalettes();

// Colour at t in [0, 1] along the ramp (0 = low end; 0.5 is the neutral
// middle of a diverging ramp).
QColor rampColour(Palette palette, double t);

// n colours for n ordered sequential classes (light to dark; the lightest is
// kept off pure white so that it stands out from the background).
QList<QColor> sequentialColours(Palette palette, int n);

// Colours for a diverging palette: `below` classes under the centre and
// `above` over it, ordered low to high. Intensity grows with the distance
// from the centre, symmetrically on both sides.
QList<QColor> divergingColours(Palette palette, int below, int above);

// Okabe–Ito qualitative colours for chart series (colour-blind safe), cycled.
QColor seriesColour(int index);

} // namespace regionlens::widgets
