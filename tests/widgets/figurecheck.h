// SPDX-License-Identifier: GPL-3.0-or-later
// Checks an exported figure file (PNG, SVG, PDF) for what it claims to be;
// shared by the widgets' export test and the map page's (tests/app).
#pragma once

#include "chartsamples.h"

#include "widgets/figureexport.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

namespace regionlens::test {

using namespace Qt::StringLiterals;

// A string as QPdfWriter puts it into the document information: UTF-16BE
// with a byte-order mark, between parentheses, with ( ) and \ escaped.
inline QByteArray pdfInfoString(const QString &text)
{
    QByteArray raw("\xfe\xff", 2);
    for (QChar c : text) {
        raw.append(char(c.unicode() >> 8));
        raw.append(char(c.unicode() & 0xff));
    }
    QByteArray escaped("(");
    for (char byte : std::as_const(raw)) {
        if (byte == '(' || byte == ')' || byte == '\\')
            escaped.append('\\');
        escaped.append(byte);
    }
    return escaped + ')';
}

// Checks that the file is a valid document of its format, size pixels (PNG),
// showing a figure titled title: the magic bytes, a decodable image or SVG
// document with ink on it, the title in the SVG or PDF metadata; in a PDF,
// embedded fonts with the glyphs of the Latin letters of the title's first
// word (CJK glyphs may map back to other code points, e.g. Kangxi radicals).
inline void checkFigureFile(const QString &path, widgets::FigureFormat format, const QSize &size, const QString &title)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 1000);
    switch (format) {
    case widgets::FigureFormat::Png: {
        QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
        const QImage image = QImage::fromData(bytes, "PNG");
        QCOMPARE(image.size(), size);
        QVERIFY(test::inkedPixels(image, 4) > 200);
        break;
    }
    case widgets::FigureFormat::Svg: {
        QVERIFY(bytes.startsWith("<?xml"));
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("<title>" + title.toUtf8() + "</title>"));
        QSvgRenderer svg(bytes);
        QVERIFY(svg.isValid());
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        QVERIFY(test::inkedPixels(image, 4) > 200);
        break;
    }
    case widgets::FigureFormat::Pdf:
        QVERIFY(bytes.startsWith("%PDF-1."));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY(bytes.contains("/Type /Page"));
        QVERIFY2(bytes.contains("/Title " + pdfInfoString(title)), "title not in the document information");
        QVERIFY(bytes.contains("/FontFile"));   // fonts embedded
        // The title is drawn as text: its letters are in the fonts' maps
        // from glyphs back to Unicode (QPdfWriter writes them uncompressed).
        for (QChar c : title.section(u' ', 0, 0))
            if (c.unicode() < 0x250 && c.isLetter())
                QVERIFY2(bytes.contains(u"<%1>"_s.arg(c.unicode(), 4, 16, QChar(u'0')).toUpper().toLatin1()),
                         qPrintable(u"no glyph for %1"_s.arg(c)));
        break;
    }
}

} // namespace regionlens::test
