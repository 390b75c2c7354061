// SPDX-License-Identifier: GPL-3.0-or-later
#include "svgtext.h"

#include <QFontInfo>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QRegularExpression>
#include <QTextItem>

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

namespace {

// Records text runs and counts everything else. Its type and features are
// QSvgGenerator's engine's, so that QPainter lays text out and breaks it into
// the same runs as on the generator.
class TextProbeEngine : public QPaintEngine
{
public:
    TextProbeEngine()
        : QPaintEngine(QPaintEngine::AllFeatures
                       & ~(QPaintEngine::PatternBrush | QPaintEngine::PerspectiveTransform
                           | QPaintEngine::ConicalGradientFill | QPaintEngine::PorterDuff))
    {
    }

    QList<SvgTextRun> runs;

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::SVG; }
    void updateState(const QPaintEngineState &) override { ++m_serial; }
    void drawPath(const QPainterPath &) override { ++m_serial; }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { ++m_serial; }
    void drawRects(const QRectF *, int) override { ++m_serial; }
    void drawEllipse(const QRectF &) override { ++m_serial; }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { ++m_serial; }
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override { ++m_serial; }
    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        // QSvgGenerator writes nothing for text without a pen.
        if (state->pen().style() == Qt::NoPen)
            return;
        runs.append(SvgTextRun{p, item.text(), item.width(), item.font(), m_serial});
    }

private:
    int m_serial = 0;
};

// QSvgGenerator's metrics (qsvggenerator.cpp) for size and dpi.
class TextProbeDevice : public QPaintDevice
{
public:
    TextProbeDevice(const QSize &size, int dpi) : m_size(size), m_dpi(dpi) {}
    QPaintEngine *paintEngine() const override { return &m_engine; }
    QList<SvgTextRun> runs() const { return m_engine.runs; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return int(std::lround(m_size.width() * 25.4 / m_dpi));
        case PdmHeightMM:
            return int(std::lround(m_size.height() * 25.4 / m_dpi));
        case PdmNumColors:
            return int(0xffffffff);
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return m_dpi;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    QSize m_size;
    int m_dpi;
    mutable TextProbeEngine m_engine;
};

// One <text> element of QSvgGenerator's output.
struct Element
{
    qsizetype start = 0;
    qsizetype end = 0;      // after the element and the white space that follows it
    QString attributes;
    QString text;           // unescaped
};

QString unescaped(QString text)
{
    return text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s)
        .replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
}

QList<Element> textElements(const QString &svg)
{
    static const QRegularExpression re(u"<text ([^>]*)>([^<]*)</text>\\s*"_s);
    QList<Element> out;
    for (auto it = re.globalMatch(svg); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append(Element{m.capturedStart(), m.capturedEnd(), m.captured(1), unescaped(m.captured(2))});
    }
    return out;
}

QString withoutX(const QString &attributes)
{
    static const QRegularExpression x(u"\\sx=\"[^\"]*\""_s);
    return QString(attributes).remove(x);
}

// run b continues run a on the same line: nothing drawn or changed between,
// the same font and baseline, b starting where a ends.
bool continues(const SvgTextRun &a, const SvgTextRun &b)
{
    const double tolerance = std::max(0.5, 0.05 * QFontInfo(a.font).pixelSize());
    return a.state == b.state && a.font == b.font && std::abs(a.origin.y() - b.origin.y()) < 1e-3
           && std::abs(a.origin.x() + a.advance - b.origin.x()) < tolerance;
}

bool isGenericFamily(const QString &family)
{
    static const QStringList generic{u"sans serif"_s, u"sans-serif"_s, u"sans"_s, u"serif"_s, u"monospace"_s};
    return family.isEmpty() || generic.contains(family.toLower());
}

} // namespace

QList<SvgTextRun> recordSvgTextRuns(const FigurePaint &paint, const QSize &size, int dpi)
{
    TextProbeDevice device(size, dpi);
    QPainter painter;
    if (!paint || size.isEmpty() || !painter.begin(&device))
        return {};
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return device.runs();
}

QString svgFontFamilies(const QFont &font)
{
    QStringList families{QFontInfo(font).family()};
    families << font.families() << u"Hiragino Sans"_s << u"Yu Gothic"_s << u"Meiryo"_s;
    QStringList out;
    for (const QString &family : std::as_const(families))
        if (!isGenericFamily(family) && !out.contains(family))
            out << family;
    out << u"sans-serif"_s;
    return out.join(u", "_s);
}

QByteArray joinSvgTextRuns(const QByteArray &svg, const QList<SvgTextRun> &runs)
{
    const QString doc = QString::fromUtf8(svg);
    const QList<Element> elements = textElements(doc);
    if (elements.size() != runs.size())
        return svg;
    for (qsizetype i = 0; i < runs.size(); ++i)
        if (elements.at(i).text != runs.at(i).text)
            return svg;
    static const QRegularExpression family(u"font-family=\"[^\"]*\""_s);
    QString out;
    out.reserve(doc.size());
    qsizetype copied = 0;
    for (qsizetype i = 0; i < elements.size();) {
        const Element &first = elements.at(i);
        QString text = first.text;
        qsizetype last = i;
        while (last + 1 < elements.size() && elements.at(last + 1).start == elements.at(last).end
               && withoutX(elements.at(last + 1).attributes) == withoutX(first.attributes)
               && continues(runs.at(last), runs.at(last + 1)))
            text += elements.at(++last).text;
        QString attributes = first.attributes;
        attributes.replace(family, u"font-family=\"%1\""_s.arg(svgFontFamilies(runs.at(i).font)));
        out += QStringView(doc).mid(copied, first.start - copied);
        out += u"<text "_s + attributes + u'>' + text.toHtmlEscaped() + u"</text>\n"_s;
        copied = elements.at(last).end;
        i = last + 1;
    }
    out += QStringView(doc).mid(copied);
    return out.toUtf8();
}

} // namespace regionlens::widgets
