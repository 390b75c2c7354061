// SPDX-License-Identifier: GPL-3.0-or-later
// ChoroplethMap: data, classification, selection (see choroplethmap_p.h for
// where the rest lives).
#include "choroplethmap_p.h"
#include "chartrendering.h"

#include <QFutureWatcher>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::widgets {

using namespace mapdetail;

ChoroplethMap::ChoroplethMap(QWidget *parent)
    : QWidget(parent),
      m_fillWatcher(new QFutureWatcher<QImage>(this)),
      m_geometryWatcher(new QFutureWatcher<std::shared_ptr<GeometryJob>>(this))
{
    connect(m_fillWatcher, &QFutureWatcher<QImage>::finished, this, &ChoroplethMap::fillJobFinished);
    connect(m_geometryWatcher, &QFutureWatcher<std::shared_ptr<GeometryJob>>::finished, this,
            &ChoroplethMap::geometryJobFinished);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

ChoroplethMap::~ChoroplethMap() = default;

void ChoroplethMap::setLargeFonts(bool on)
{
    const double scale = on ? kLargeFontScale : 1.0;
    if (scale == m_fontScale)
        return;
    m_fontScale = scale;
    QFont f = font();
    f.setPointSizeF(QFont().pointSizeF() * scale);
    setFont(f);
    invalidateGeometry();   // the title, source and legend take their room at the new size
}

void ChoroplethMap::setFeatures(const QList<MapFeature> &features)
{
    m_features = features;
    m_index.clear();
    for (qsizetype i = 0; i < m_features.size(); ++i)
        m_index.insert(m_features.at(i).code, int(i));
    m_tileable = !m_features.isEmpty() && std::all_of(m_features.cbegin(), m_features.cend(), [](const MapFeature &f) {
        return f.code.size() == 2 && f.code != u"00";
    });
    m_hovered.clear();
    invalidateGeometry();
    reclassify();
    emit featuresChanged();
}

void ChoroplethMap::setValues(const QHash<QString, double> &values)
{
    m_values = values;
    reclassify();
}

void ChoroplethMap::setTitle(const QString &title)
{
    m_title = title;
    invalidateGeometry();
}

void ChoroplethMap::setUnit(const QString &unit)
{
    m_unit = unit;
    update();
}

void ChoroplethMap::setSourceText(const QString &text)
{
    m_source = text;
    invalidateGeometry();
}

void ChoroplethMap::setClassification(analysis::ClassificationMethod method, int classes)
{
    m_method = method;
    m_classes = std::clamp(classes, 1, 12);
    reclassify();
}

static analysis::ClassificationMethod methodFromName(const QString &method)
{
    using M = analysis::ClassificationMethod;
    static const QHash<QString, M> methods{{u"quantile"_s, M::Quantile},        {u"equal"_s, M::EqualInterval},
                                           {u"jenks"_s, M::NaturalBreaks},      {u"natural"_s, M::NaturalBreaks},
                                           {u"stddev"_s, M::StandardDeviation}, {u"box"_s, M::BoxMap},
                                           {u"user"_s, M::UserBreaks}};
    return methods.value(method, M::Quantile);
}

void ChoroplethMap::setClassification(const QString &method, int classes)
{
    setClassification(methodFromName(method), classes);
}

void ChoroplethMap::setClassificationOverride(const QString &method, int classes, const QList<double> &innerBreaks)
{
    m_override = Override{methodFromName(method), std::clamp(classes, 1, 12),
                          std::vector<double>(innerBreaks.begin(), innerBreaks.end())};
    reclassify();
}

void ChoroplethMap::clearClassificationOverride()
{
    if (!m_override)
        return;
    m_override.reset();
    reclassify();
}

analysis::ClassificationMethod ChoroplethMap::classificationMethod() const
{
    return m_override ? m_override->method : m_method;
}

void ChoroplethMap::setUserBreaks(const QList<double> &innerBreaks)
{
    m_userBreaks.assign(innerBreaks.begin(), innerBreaks.end());
    reclassify();
}

void ChoroplethMap::setPalette(Palette palette)
{
    m_palette = palette;
    reclassify();
}

void ChoroplethMap::setDivergingCentre(double centre)
{
    m_centre = centre;
    reclassify();
}

void ChoroplethMap::reclassify()
{
    // Only regions on the map take part (a nation total "00" must not
    // stretch the classes of 47 prefectures).
    QStringList codes;
    if (m_features.isEmpty()) {
        codes = m_values.keys();
    } else {
        for (const MapFeature &f : std::as_const(m_features))
            codes.append(f.code);
    }
    std::vector<double> values;
    values.reserve(std::size_t(codes.size()));
    for (const QString &code : std::as_const(codes))
        values.push_back(m_values.value(code, std::nan("")));

    analysis::ClassificationConfig config;
    config.method = m_override ? m_override->method : m_method;
    config.classes = m_override ? m_override->classes : m_classes;
    config.userBreaks = m_override ? m_override->userBreaks : m_userBreaks;
    const analysis::ClassificationResult result = analysis::classify(values, config);
    m_breaks = result.breaks;
    ++m_generation;
    m_notes.clear();
    for (const analysis::Warning &w : result.warnings)
        m_notes.append(QString::fromStdString(w.message));

    const bool diverging = isDiverging(m_palette);
    if (diverging && m_breaks.size() >= 2 && m_centre > m_breaks.front() && m_centre < m_breaks.back()
        && std::find(m_breaks.begin(), m_breaks.end(), m_centre) == m_breaks.end()) {
        m_breaks.insert(std::upper_bound(m_breaks.begin(), m_breaks.end(), m_centre), m_centre);
    }
    const int k = m_breaks.empty() ? 0 : int(m_breaks.size()) - 1;
    if (diverging) {
        int below = 0;
        for (int i = 0; i < k; ++i)
            below += m_breaks[std::size_t(i) + 1] <= m_centre ? 1 : 0;
        m_colours = divergingColours(m_palette, below, k - below);
    } else {
        m_colours = sequentialColours(m_palette, k);
    }

    m_classOf.clear();
    m_counts = QList<int>(k, 0);
    m_missing = 0;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const int c = analysis::classIndex(m_breaks, values[std::size_t(i)]);
        m_classOf.insert(codes.at(i), c);
        if (c >= 0)
            ++m_counts[c];
        else
            ++m_missing;
    }

    // Fewest decimals that still tell neighbouring breaks apart.
    const double range = m_breaks.empty() ? 0.0 : m_breaks.back() - m_breaks.front();
    const bool integers = std::all_of(m_breaks.begin(), m_breaks.end(), [](double b) { return b == std::floor(b); });
    m_decimals = integers || range >= 10 ? 0 : range >= 1 ? 1 : 2;
    for (; m_decimals < 6; ++m_decimals) {
        bool distinct = true;
        for (std::size_t i = 1; i < m_breaks.size() && distinct; ++i)
            distinct = m_breaks[i] == m_breaks[i - 1]
                || QString::number(m_breaks[i], 'f', m_decimals) != QString::number(m_breaks[i - 1], 'f', m_decimals);
        if (distinct)
            break;
    }
    requestBackgroundFills();
    update();
}

QList<double> ChoroplethMap::breaks() const
{
    return QList<double>(m_breaks.begin(), m_breaks.end());
}

int ChoroplethMap::classCount() const
{
    return int(m_colours.size());
}

QColor ChoroplethMap::classColour(int index) const
{
    return index >= 0 && index < m_colours.size() ? m_colours.at(index) : kNoData;
}

int ChoroplethMap::classOf(const QString &code) const
{
    return m_classOf.value(code, -1);
}

QColor ChoroplethMap::fillColour(const QString &code) const
{
    return classColour(classOf(code));
}

QStringList ChoroplethMap::classificationNotes() const
{
    return m_notes;
}

void ChoroplethMap::setSelectedCodes(const QStringList &codes)
{
    if (codes == m_selected)
        return;
    m_selected = codes;
    update();
}

void ChoroplethMap::setTileMode(bool on)
{
    if (on == m_tileMode)
        return;
    m_tileMode = on;
    invalidateGeometry();
}

bool ChoroplethMap::tileModeAvailable() const
{
    return m_tileable;
}

void ChoroplethMap::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    update();
}

void ChoroplethMap::invalidateGeometry()
{
    keepPreviousLayers();
    m_cache.reset();
    m_layer = QImage();
    m_borderLayer = QImage();
    ++m_geometryRequest;
    update();
}

void ChoroplethMap::keepPreviousLayers()
{
    // A dense map rebuilds its geometry on a worker: what was on screen
    // stays there meanwhile (the newest layers, if several changes come
    // before the worker is done).
    if (!geometryInBackground()) {
        m_previousFills = QImage();
        m_previousBorders = QImage();
    } else if (!m_layer.isNull()) {
        m_previousFills = m_layer;
        m_previousBorders = m_borderLayer;
    }
}

} // namespace regionlens::widgets
