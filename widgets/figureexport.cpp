// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureexport.h"

#include "svgtext.h"

#include <QBuffer>
#include <QFileInfo>
#include <QObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return QObject::tr("Cannot write %1: %2").arg(path, reason);
}

bool paintSvg(const FigurePaint &paint, QIODevice *device, const QSize &size, const QString &title)
{
    // The screen's 96 dpi, as for PDF: at the generator's default 72 dpi a
    // recorded plot (QPicture, 96 dpi) played back shrinks to 3/4 and the
    // figure filled only the top-left 56 % of its canvas.
    constexpr int dpi = 96;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setResolution(dpi);
    svg.setTitle(title);
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    if (!painter.end())
        return false;
    // Whole strings: the generator writes one <text> per script run (svgtext.h).
    const QByteArray joined = joinSvgTextRuns(buffer.data(), recordSvgTextRuns(paint, size, dpi));
    return device->write(joined) == joined.size();
}

bool paintPdf(const FigurePaint &paint, QIODevice *device, const QSize &size, const QString &title)
{
    QPdfWriter pdf(device);
    pdf.setTitle(title);
    pdf.setCreator(u"RegionLens"_s);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                  QPageLayout::Millimeter));
    // 96 dpi so that point-sized fonts match the screen; the figure is laid
    // out at the requested pixel size and scaled onto the page (vectors).
    pdf.setResolution(96);
    QPainter painter;
    if (!painter.begin(&pdf))
        return false;
    const QRectF page(painter.viewport());
    const double scale = std::min(page.width() / size.width(), page.height() / size.height());
    painter.translate(page.topLeft());
    painter.scale(scale, scale);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return painter.end();
}

} // namespace

FigureFormat figureFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg")
        return FigureFormat::Svg;
    if (suffix == u"pdf")
        return FigureFormat::Pdf;
    return FigureFormat::Png;
}

QString figureSuffix(FigureFormat format)
{
    switch (format) {
    case FigureFormat::Svg:
        return u"svg"_s;
    case FigureFormat::Pdf:
        return u"pdf"_s;
    case FigureFormat::Png:
        break;
    }
    return u"png"_s;
}

QImage paintFigureImage(const FigurePaint &paint, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    if (!paint || size.isEmpty())
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image;
}

bool writeFigureFile(const FigurePaint &paint, FigureFormat format, const QString &path, const QSize &size,
                     const QString &title, QString *error)
{
    if (!paint || size.isEmpty()) {
        setError(error, QObject::tr("Nothing to export."));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, cannotWrite(path, file.errorString()));
        return false;
    }
    bool painted = false;
    switch (format) {
    case FigureFormat::Svg:
        painted = paintSvg(paint, &file, size, title);
        break;
    case FigureFormat::Pdf:
        painted = paintPdf(paint, &file, size, title);
        break;
    case FigureFormat::Png:
        if (!paintFigureImage(paint, size).save(&file, "PNG")) {
            file.cancelWriting();
            setError(error, QObject::tr("Cannot encode %1 as PNG.").arg(path));
            return false;
        }
        painted = true;
        break;
    }
    if (!painted) {
        file.cancelWriting();
        setError(error, cannotWrite(path, file.errorString()));
        return false;
    }
    if (!file.commit()) {
        setError(error, cannotWrite(path, file.errorString()));
        return false;
    }
    return true;
}

bool writeFigureFile(const FigurePaint &paint, const QString &path, const QSize &size, const QString &title,
                     QString *error)
{
    return writeFigureFile(paint, figureFormatOf(path), path, size, title, error);
}

} // namespace regionlens::widgets
