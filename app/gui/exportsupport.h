// SPDX-License-Identifier: GPL-3.0-or-later
// Exports shared by every view: figures to PNG, SVG or PDF (by the file's
// suffix), tables to CSV or to the clipboard as tab-separated text that
// pastes into Excel. Every file is written through QSaveFile.
#pragma once

#include "analysispage.h"

#include <QSize>
#include <QString>

#include <functional>
#include <memory>

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
// The file dialog's filter: "PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)".
QString figureExportFilter();
// Where a figure goes for the name typed in the file dialog: a name ending in
// .png, .svg or .pdf (any case) keeps it, and that suffix decides the format
// whatever filter is selected (x.svg with the PNG filter writes SVG); any
// other name gets the selected filter's suffix (x → x.pdf, x.jpg → x.jpg.png).
QString figureExportPath(const QString &typed, const QString &selectedFilter);
// Asks for a file name (PNG, SVG or PDF), then writes; shows a message box on
// failure. The first form: "Export figure", <id>.png, 1600 × 1100 pixels.
void exportFigureInteractive(QWidget *parent, const PageFigure &figure);
void exportFigureInteractive(QWidget *parent, const PageFigure &figure, const QString &dialogTitle,
                             const QString &fileName, const QSize &size);

// A model's raw value for a cell whose DisplayRole is formatted text (e.g. a
// QTableWidgetItem, whose EditRole is its DisplayRole): the exports write it.
inline constexpr int RawValueRole = Qt::UserRole + 0x515;

// Header row, then every row of the model (not only those a view shows),
// numbers raw: RawValueRole, else a numeric EditRole, written as the
// shortest text that reads back as the same double, no thousands
// separators; other cells as shown (DisplayRole). CSV quoting per RFC 4180;
// writeTableCsv() adds a UTF-8 BOM so that Excel opens Japanese text correctly.
QString tableAsCsv(const QAbstractItemModel &model);
// Tab-separated, no BOM: what Excel expects from the clipboard.
QString tableAsTsv(const QAbstractItemModel &model);
bool writeTableCsv(const QAbstractItemModel &model, const QString &path, QString *error);
void copyTableToClipboard(const QAbstractItemModel &model);
// The figure as an image on the clipboard (for pasting into Word, Excel and
// PowerPoint), at the size a figure is exported at by default.
void copyFigureToClipboard(const PageFigure &figure);
// Adds "Copy figure" and "Export figure…" to widget's context menu (right
// click): figure() gives the figure as it is when the action is chosen;
// prepare(), if given, runs first (e.g. waits for values being read).
void addFigureActions(QWidget *widget, std::function<PageFigure()> figure, std::function<void()> prepare = {});
// Adds "Copy table" (Ctrl+C) and "Export CSV…" to the view's context menu.
// They write the view's model, every row of it; allRows, if given, makes the
// model they write instead, for a view that shows only part of the data (the
// flows page's national top-N table: all flows of the year).
void addTableExportActions(QTableView *view,
                           std::function<std::unique_ptr<QAbstractItemModel>()> allRows = {});

} // namespace regionlens::app
