// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportsupport.h"

#include "widgets/figureexport.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QTableView>

#include <algorithm>
#include <cmath>

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

// A number the model gives as Qt::EditRole goes out raw (no thousands
// separators, no rounding: the shortest text that reads back as the same
// double; empty when not finite), so that Excel and the tidy importer read the
// value shown; anything else as displayed.
QString cellText(const QAbstractItemModel &model, const QModelIndex &index)
{
    const QVariant raw = model.data(index, Qt::EditRole);
    switch (raw.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float: {
        const double v = raw.toDouble();
        return std::isfinite(v) ? QString::number(v, 'g', QLocale::FloatingPointShortest) : QString();
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return raw.toString();
    default:
        return model.data(index, Qt::DisplayRole).toString();
    }
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
            cells << field(cellText(model, model.index(r, c)), separator);
        out += cells.join(separator) + u"\r\n"_s;
    }
    return out;
}

bool commit(QSaveFile &file, const QString &path, QString *error)
{
    return commitSaveFile(file, path, error);
}

} // namespace

bool commitSaveFile(QSaveFile &file, const QString &path, QString *error)
{
    const qint64 written = file.pos();
    const bool flushed = file.flush() && file.error() == QFileDevice::NoError;
    if (!flushed) {
        file.cancelWriting();
        file.commit();   // discards the temporary file
    }
    if (!flushed || !file.commit()) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (QFileInfo(path).size() != written) {
        const qint64 size = QFileInfo(path).size();
        QFile::remove(path);
        if (error)
            *error = QObject::tr("Cannot write %1: only %2 of %3 bytes reached the disk (is it full?)")
                         .arg(path)
                         .arg(size)
                         .arg(written);
        return false;
    }
    return true;
}

bool writeFigure(const PageFigure &figure, const QString &path, const QSize &size, QString *error)
{
    // The one export path of every figure, charts and maps alike (QSaveFile).
    return widgets::writeFigureFile(figure.paint, path, size, figure.caption, error);
}

namespace {
const QSize kFigureSize(1600, 1100);
}

void exportFigureInteractive(QWidget *parent, const PageFigure &figure)
{
    exportFigureInteractive(parent, figure, QObject::tr("Export figure"), figure.id + u".png"_s, kFigureSize);
}

void copyFigureToClipboard(const PageFigure &figure)
{
    QApplication::clipboard()->setImage(widgets::paintFigureImage(figure.paint, kFigureSize));
}

void exportFigureInteractive(QWidget *parent, const PageFigure &figure, const QString &dialogTitle,
                             const QString &fileName, const QSize &size)
{
    const QString filter = QObject::tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)");
    QString selected;
    QString path = QFileDialog::getSaveFileName(parent, dialogTitle, fileName, filter, &selected);
    if (path.isEmpty())
        return;
    // A name typed without a suffix takes the chosen type's.
    if (QFileInfo(path).suffix().isEmpty()) {
        const widgets::FigureFormat formats[] = {widgets::FigureFormat::Png, widgets::FigureFormat::Svg,
                                                 widgets::FigureFormat::Pdf};
        const qsizetype chosen = filter.split(u";;"_s).indexOf(selected);
        path += u'.' + widgets::figureSuffix(formats[std::max<qsizetype>(0, chosen)]);
    }
    QString error;
    if (!writeFigure(figure, path, size, &error))
        QMessageBox::warning(parent, dialogTitle, error);
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
