// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace regionlens::widgets {

namespace {

// Stops of each ramp, low to high, interpolated linearly in sRGB.
QList<QRgb> stops(Palette palette)
{
    switch (palette) {
    case Palette::Viridis: // matplotlib viridis, high end first (reversed)
        return {0xfde725, 0xaddc30, 0x5ec962, 0x28ae80, 0x21918c, 0x2c728e, 0x3b528b, 0x472d7b, 0x440154};
    case Palette::YlGnBu:
        return {0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x253494, 0x081d58};
    case Palette::Blues:
        return {0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c, 0x08306b};
    case Palette::Oranges:
        return {0xfff5eb, 0xfee6ce, 0xfdd0a2, 0xfdae6b, 0xfd8d3c, 0xf16913, 0xd94801, 0xa63603, 0x7f2704};
    case Palette::BlueRed:
        return {0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7,
                0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f};
    case Palette::PurpleOrange:
        return {0x2d004b, 0x542788, 0x8073ac, 0xb2abd2, 0xd8daeb, 0xf7f7f7,
                0xfee0b6, 0xfdb863, 0xe08214, 0xb35806, 0x7f3b08};
    }
    return {0xffffff, 0x000000};
}

} // namespace

bool isDiverging(Palette palette)
{
    return palette == Palette::BlueRed || palette == Palette::PurpleOrange;
}

QString paletteName(Palette palette)
{
    switch (palette) {
    case Palette::Viridis:
        return QCoreApplication::translate("regionlens::widgets::Palette", "Viridis");
    case Palette::YlGnBu:
        return QCoreApplication::translate("regionlens::widgets::Palette", "Yellow–green–blue");
    case Palette::Blues:
        return QCoreApplication::translate("regionlens::widgets::Palette", "Blues");
    case Palette::Oranges:
        return QCoreApplication::translate("regionlens::widgets::Palette", "Oranges");
    case Palette::BlueRed:
        return QCoreApplication::translate("regionlens::widgets::Palette", "Blue–red (diverging)");
    case Palette::PurpleOrange:
        return QCoreApplication::translate("regionlens::widgets::Palette", "Purple–orange (diverging)");
    }
    return {};
}

QList<Palette> allPalettes()
{
    return {Palette::Viridis, Palette::YlGnBu, Palette::Blues, Palette::Oranges, Palette::BlueRed,
            Palette::PurpleOrange};
}

QColor rampColour(Palette palette, double t)
{
    const QList<QRgb> s = stops(palette);
    const double pos = std::clamp(t, 0.0, 1.0) * double(s.size() - 1);
    const int i = std::min(int(pos), int(s.size()) - 2);
    const double f = pos - i;
    const QColor a(s.at(i));
    const QColor b(s.at(i + 1));
    auto mix = [f](int x, int y) { return int(std::lround(x + (y - x) * f)); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()));
}

QList<QColor> sequentialColours(Palette palette, int n)
{
    QList<QColor> out;
    if (n <= 0)
        return out;
    // Viridis has no near-white end; the ColorBrewer ramps start off white.
    const double lo = palette == Palette::Viridis ? 0.0 : 0.12;
    for (int i = 0; i < n; ++i)
        out.append(rampColour(palette, n == 1 ? 0.6 : lo + (1.0 - lo) * i / (n - 1)));
    return out;
}

QList<QColor> divergingColours(Palette palette, int below, int above)
{
    QList<QColor> out;
    const int m = std::max(1, std::max(below, above));
    for (int j = 0; j < below; ++j) // farthest from the centre first
        out.append(rampColour(palette, 0.5 - 0.5 * double(below - j) / m));
    for (int d = 1; d <= above; ++d)
        out.append(rampColour(palette, 0.5 + 0.5 * double(d) / m));
    return out;
}

QColor seriesColour(int index)
{
    // Okabe & Ito (2008), "Color Universal Design"; yellow left out (poor on white).
    static constexpr std::array<QRgb, 7> colours{0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7,
                                                 0xe69f00, 0x56b4e9, 0x000000};
    return QColor(colours[std::size_t(index) % colours.size()]);
}

} // namespace regionlens::widgets
