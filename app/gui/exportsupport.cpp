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
#include <QRegularExpression>
#include <QSaveFile>
#include <QTableView>

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

// A double as the shortest text that reads back as the same double (empty
// when not finite); an integer as it is.
QString rawNumber(const QVariant &v)
{
    if (v.typeId() != QMetaType::Double && v.typeId() != QMetaType::Float)
        return v.toString();
    const double d = v.toDouble();
    return std::isfinite(d) ? QString::number(d, 'g', QLocale::FloatingPointShortest) : QString();
}

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

// True when text shows value as pages format numbers: rounded to the
// decimals shown, with thousands separators, a sign (+, −) or a trailing %;
// for a missing value (NaN), text without a digit ("–").
bool showsValue(const QString &text, double value)
{
    static const QRegularExpression digit(u"\\d"_s);
    if (!std::isfinite(value))
        return !text.contains(digit);
    QString t = text.trimmed();
    t.remove(u',').remove(u' ').remove(QChar(0x202F)).replace(QChar(0x2212), u'-');
    if (t.endsWith(u'%'))
        t.chop(1);
    static const QRegularExpression number(u"^[+-]?\\d+(?:\\.(\\d+))?$"_s);
    const QRegularExpressionMatch m = number.match(t);
    if (!m.hasMatch())
        return false;
    const double tolerance = 0.5 * std::pow(10.0, -double(m.capturedLength(1))) + 1e-9 * std::abs(value);
    return std::abs(t.toDouble() - value) <= tolerance;
}

// A cell's number goes out raw (no thousands separators, no rounding: the
// shortest text that reads back as the same double; empty when missing), so
// that Excel and the tidy importer read the value shown: RawValueRole, else a
// numeric EditRole, else a numeric Qt::UserRole that the cell shows (the
// pages' tables keep their numbers there: QTableWidgetItem's EditRole is its
// text); anything else as displayed.
QString cellText(const QAbstractItemModel &model, const QModelIndex &index)
{
    QVariant raw = model.data(index, RawValueRole);
    if (!raw.isValid())
        raw = model.data(index, Qt::EditRole);
    if (isNumber(raw))
        return rawNumber(raw);
    const QString shown = model.data(index, Qt::DisplayRole).toString();
    const QVariant user = model.data(index, Qt::UserRole);
    if (isNumber(user) && showsValue(shown, user.toDouble()))
        return rawNumber(user);
    return shown;
}

// True when the rows have headers of their own (e.g. "Direct (直接効果)"), not
// the row numbers every model gives by default: they go out as a first column.
bool hasRowHeaders(const QAbstractItemModel &model)
{
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.headerData(r, Qt::Vertical, Qt::DisplayRole).toString() != QString::number(r + 1))
            return true;
    return false;
}

QString tableText(const QAbstractItemModel &model, QChar separator)
{
    QString out;
    const int columns = model.columnCount();
    const bool rowHeaders = hasRowHeaders(model);
    QStringList cells;
    if (rowHeaders)
        cells << QString();
    for (int c = 0; c < columns; ++c)
        cells << field(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), separator);
    out += cells.join(separator) + u"\r\n"_s;
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        if (rowHeaders)
            cells << field(model.headerData(r, Qt::Vertical, Qt::DisplayRole).toString(), separator);
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

QString figureExportFilter()
{
    return QObject::tr("PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)");
}

QString figureExportPath(const QString &typed, const QString &selectedFilter)
{
    const widgets::FigureFormat formats[] = {widgets::FigureFormat::Png, widgets::FigureFormat::Svg,
                                             widgets::FigureFormat::Pdf};
    const QString suffix = QFileInfo(typed).suffix().toLower();
    for (widgets::FigureFormat format : formats)
        if (suffix == widgets::figureSuffix(format))
            return typed;
    // The filter's own suffix: "(*.svg)" → svg; PNG when it names none.
    QString chosen = widgets::figureSuffix(widgets::FigureFormat::Png);
    for (widgets::FigureFormat format : formats)
        if (selectedFilter.contains(u"*."_s + widgets::figureSuffix(format)))
            chosen = widgets::figureSuffix(format);
    return typed + u'.' + chosen;
}

void exportFigureInteractive(QWidget *parent, const PageFigure &figure, const QString &dialogTitle,
                             const QString &fileName, const QSize &size)
{
    QString selected;
    const QString typed = QFileDialog::getSaveFileName(parent, dialogTitle, fileName, figureExportFilter(), &selected);
    if (typed.isEmpty())
        return;
    QString error;
    if (!writeFigure(figure, figureExportPath(typed, selected), size, &error))
        QMessageBox::warning(parent, dialogTitle, error);
}

void addFigureActions(QWidget *widget, std::function<PageFigure()> figure, std::function<void()> prepare)
{
    widget->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(QObject::tr("Copy figure"), widget);
    copy->setObjectName(u"copyFigureAction"_s);
    QObject::connect(copy, &QAction::triggered, widget, [figure, prepare] {
        if (prepare)
            prepare();
        copyFigureToClipboard(figure());
    });
    auto *save = new QAction(QObject::tr("Export figure…"), widget);
    save->setObjectName(u"exportFigureAction"_s);
    QObject::connect(save, &QAction::triggered, widget, [widget, figure, prepare] {
        if (prepare)
            prepare();
        exportFigureInteractive(widget->window(), figure());
    });
    widget->addAction(copy);
    widget->addAction(save);
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

void addTableExportActions(QTableView *view, std::function<std::unique_ptr<QAbstractItemModel>()> allRows)
{
    // The model the actions write: every row of the data, not only those shown.
    const auto withModel = [view, allRows](const std::function<void(const QAbstractItemModel &)> &use) {
        if (std::unique_ptr<QAbstractItemModel> all = allRows ? allRows() : nullptr)
            use(*all);
        else if (view->model())
            use(*view->model());
    };
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(QObject::tr("Copy table"), view);
    copy->setObjectName(u"copyTableAction"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(copy, &QAction::triggered, view,
                     [withModel] { withModel([](const QAbstractItemModel &model) { copyTableToClipboard(model); }); });
    auto *csv = new QAction(QObject::tr("Export CSV…"), view);
    csv->setObjectName(u"exportCsvAction"_s);
    QObject::connect(csv, &QAction::triggered, view, [view, withModel] {
        const QString path = QFileDialog::getSaveFileName(view, QObject::tr("Export CSV"), u"table.csv"_s,
                                                          QObject::tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        withModel([view, &path](const QAbstractItemModel &model) {
            QString error;
            if (!writeTableCsv(model, path, &error))
                QMessageBox::warning(view, QObject::tr("Export CSV"), error);
        });
    });
    view->addAction(copy);
    view->addAction(csv);
}

} // namespace regionlens::app
