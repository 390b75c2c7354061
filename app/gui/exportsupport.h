// SPDX-License-Identifier: GPL-3.0-or-later
// Exports shared by every view: figures to PNG, SVG or PDF (by the file's
// suffix), tables to CSV or to the clipboard as tab-separated text that
// pastes into Excel. Every file is written through QSaveFile.
#pragma once

#include "analysispage.h"

#include <QSize>
#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

class QSaveFile;

namespace regionlens::app {

// Writes the figure to path; the format follows the suffix (.png, .svg, .pdf).
// size is in pixels for PNG and SVG; PDF uses a landscape A4 page. The one
// export path of every figure (widgets::writeFigureFile, through QSaveFile).
bool writeFigure(const PageFigure &figure, const QString &path, const QSize &size, QString *error);

// Commits a QSaveFile written to path and checks that all of it arrived (a
// full disk can leave a short file behind a successful commit); false with
// *error naming the file otherwise, and nothing left at path.
bool commitSaveFile(QSaveFile &file, const QString &path, QString *error);
// Asks for a file name (PNG, SVG or PDF), then writes; shows a message box on
// failure. The first form: "Export figure", <id>.png, 1600 × 1100 pixels.
void exportFigureInteractive(QWidget *parent, const PageFigure &figure);
void exportFigureInteractive(QWidget *parent, const PageFigure &figure, const QString &dialogTitle,
                             const QString &fileName, const QSize &size);

// Header row, then every row, as shown (DisplayRole); CSV quoting per RFC 4180,
// UTF-8 with a BOM so that Excel opens Japanese text correctly.
QString tableAsCsv(const QAbstractItemModel &model);
// Tab-separated, no BOM: what Excel expects from the clipboard.
QString tableAsTsv(const QAbstractItemModel &model);
bool writeTableCsv(const QAbstractItemModel &model, const QString &path, QString *error);
void copyTableToClipboard(const QAbstractItemModel &model);
// The figure as an image on the clipboard (for pasting into Word, Excel and
// PowerPoint), at the size a figure is exported at by default.
void copyFigureToClipboard(const PageFigure &figure);
// Adds "Copy table" (Ctrl+C) and "Export CSV…" to the view's context menu.
void addTableExportActions(QTableView *view);

} // namespace regionlens::app
