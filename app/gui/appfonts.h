// SPDX-License-Identifier: GPL-3.0-or-later
// Application-wide set-up shared by the GUI and the CLI's report: a font with
// the Japanese glyphs (no label falls back to boxes), and quiet empty plots.
#pragma once

class QWidget;

namespace regionlens::app {

// Call after the QApplication exists. Keeps the current size.
void useCjkCapableFont();

// Projector mode on or off, live, for window and everything in it: its font
// (menus, the region bar, controls, tables) kLargeFontScale times the
// application's, and every chart, map (title, legend, tile labels, source) and
// circulation diagram in large mode. Pages add their own parts
// (PageFrame::setLargeFonts).
void applyLargeFonts(QWidget *window, bool on);

// Drops the two warnings QCustomPlot prints when a plot on a page not shown
// yet is resized to zero (its paint buffer is an empty pixmap; the next real
// resize repaints it). Every other message passes through unchanged.
void silenceEmptyPlotWarnings();

} // namespace regionlens::app
