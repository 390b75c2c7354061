// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportsupport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regionlens::app {

namespace {

QString field(const QString &text, QChar separator)
{
    if (separator == u'\t') {
        QString t = text;
        t.replace(u'\t', u' ').replace(u'\n', u' ');
        return t;
    }
    if (text.contains(separator) || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        QString t = text;
        t.replace(u"\""_s, u"\"\""_s);
        return u'"' + t + u'"';
    }
    return text;
}

QString tableText(const QAbstractItemModel &model, QChar separator)
{
    QString out;
    const int columns = model.columnCount();
    QStringList cells;
    for (int c = 0; c < columns; ++c)
        cells << field(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), separator);
    out += cells.join(separator) + u"\r\n"_s;
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < columns; ++c)
            cells << field(model.data(model.index(r, c), Qt::DisplayRole).toString(), separator);
        out += cells.join(separator) + u"\r\n"_s;
    }
    return out;
}

bool commit(QSaveFile &file, const QString &path, QString *error)
{
    if (!file.commit()) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

bool writeFigure(const PageFigure &figure, const QString &path, const QSize &size, QString *error)
{
    if (!figure.paint) {
        if (error)
            *error = QObject::tr("Nothing to export.");
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(figure.caption);
        QPainter painter(&svg);
        figure.paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
    } else if (suffix == u"pdf") {
        QPdfWriter pdf(&file);
        pdf.setTitle(figure.caption);
        pdf.setCreator(u"RegionLens"_s);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                      QPageLayout::Millimeter));
        // 96 dpi so that point-sized fonts match the screen; the figure is laid
        // out at the requested pixel size and scaled onto the page (vectors).
        pdf.setResolution(96);
        QPainter painter(&pdf);
        const QRectF page(painter.viewport());
        const double scale = std::min(page.width() / size.width(), page.height() / size.height());
        painter.translate(page.topLeft());
        painter.scale(scale, scale);
        figure.paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
    } else {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        figure.paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        painter.end();
        if (!image.save(&file, "PNG")) {
            file.cancelWriting();
            if (error)
                *error = QObject::tr("Cannot encode %1 as PNG.").arg(path);
            return false;
        }
    }
    return commit(file, path, error);
}

void exportFigureInteractive(QWidget *parent, const PageFigure &figure)
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        parent, QObject::tr("Export figure"), figure.id + u".png"_s,
        QObject::tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    QString error;
    if (!writeFigure(figure, path, QSize(1600, 1100), &error))
        QMessageBox::warning(parent, QObject::tr("Export figure"), error);
}

QString tableAsCsv(const QAbstractItemModel &model)
{
    return tableText(model, u',');
}

QString tableAsTsv(const QAbstractItemModel &model)
{
    return tableText(model, u'\t');
}

bool writeTableCsv(const QAbstractItemModel &model, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write("\xEF\xBB\xBF");
    file.write(tableAsCsv(model).toUtf8());
    return commit(file, path, error);
}

void copyTableToClipboard(const QAbstractItemModel &model)
{
    QApplication::clipboard()->setText(tableAsTsv(model));
}

void addTableExportActions(QTableView *view)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(QObject::tr("Copy table"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        if (view->model())
            copyTableToClipboard(*view->model());
    });
    auto *csv = new QAction(QObject::tr("Export CSV…"), view);
    QObject::connect(csv, &QAction::triggered, view, [view] {
        if (!view->model())
            return;
        const QString path = QFileDialog::getSaveFileName(view, QObject::tr("Export CSV"), u"table.csv"_s,
                                                          QObject::tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!writeTableCsv(*view->model(), path, &error))
            QMessageBox::warning(view, QObject::tr("Export CSV"), error);
    });
    view->addAction(copy);
    view->addAction(csv);
}

} // namespace regionlens::app
