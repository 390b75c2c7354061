// SPDX-License-Identifier: GPL-3.0-or-later
// A choropleth map of Japan's regions: class breaks from the analysis layer,
// colour-blind-safe palettes, legend, hover, click/ctrl-click selection,
// insets for outlying islands (see MapProjection), and a 47-prefecture tile-grid mode.
// Fills and borders are cached as two images; on a municipal map a change of
// colours repaints the fills on a worker thread, and new features or a new
// size rebuild the geometry and both layers there (see setBackgroundRendering).
// Renders plain value structs; knows nothing about where they come from.
#pragma once

#include "analysis/classification.h"
#include "widgets/figureexport.h"
#include "widgets/mapprojection.h"
#include "widgets/palette.h"

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

namespace regionlens::widgets {

// One region's boundary in longitude/latitude (WGS 84). polygons holds every
// ring of every part, outer rings and holes alike: they are filled with the
// odd-even rule, so a hole is simply another ring inside its outer ring.
struct MapFeature
{
    QString code;  // region code (JIS X 0401 "01".."47", or a municipality code)
    QString name;  // display name (tooltip, tile labels)
    QList<QPolygonF> polygons;
};

class ChoroplethMap : public QWidget
{
    Q_OBJECT

public:
    explicit ChoroplethMap(QWidget *parent = nullptr);
    ~ChoroplethMap() override;

    // --- data ---------------------------------------------------------------
    void setFeatures(const QList<MapFeature> &features);
    const QList<MapFeature> &features() const { return m_features; }
    // Values by region code; NaN or an absent code means "no data".
    void setValues(const QHash<QString, double> &values);
    void clearValues() { setValues({}); }
    void setTitle(const QString &title);
    // Projector mode: title, legend, source and tile labels kLargeFontScale
    // times larger (virtual: the flow map also widens its arrows' text).
    virtual void setLargeFonts(bool on);
    void setUnit(const QString &unit);
    void setSourceText(const QString &text);  // drawn small, bottom left
    QString title() const { return m_title; }

    // --- classification and colours -------------------------------------------
    void setClassification(analysis::ClassificationMethod method, int classes);
    // method: "quantile", "equal", "jenks", "stddev", "box" or "user".
    void setClassification(const QString &method, int classes);
    void setUserBreaks(const QList<double> &innerBreaks);  // used by method "user"
    // The viewer's choice (a map options bar): overrides what the page sets
    // with setClassification()/setUserBreaks(), which stays the default and
    // applies again after clearClassificationOverride(). The palette and the
    // diverging centre are kept either way.
    void setClassificationOverride(const QString &method, int classes, const QList<double> &innerBreaks = {});
    void clearClassificationOverride();
    bool hasClassificationOverride() const { return m_override.has_value(); }
    // The method in effect (override or default).
    analysis::ClassificationMethod classificationMethod() const;
    void setPalette(Palette palette);
    // Centre of a diverging palette (default 0); the class holding it is
    // split there so that no class straddles the centre.
    void setDivergingCentre(double centre);
    Palette palette() const { return m_palette; }
    // Class bounds as used for colouring (classCount() + 1 values).
    QList<double> breaks() const;
    int classCount() const;
    QColor classColour(int index) const;
    // −1 for no data or an unknown code.
    int classOf(const QString &code) const;
    QColor fillColour(const QString &code) const;
    // Warnings of the classification (missing values, ties…), in English.
    QStringList classificationNotes() const;

    // --- selection ------------------------------------------------------------
    // Programmatic selection: repaints, does not emit selectionChanged.
    void setSelectedCodes(const QStringList &codes);
    QStringList selectedCodes() const { return m_selected; }

    // --- layout and geometry ----------------------------------------------------
    // Tile-grid mode: each of the 47 prefectures a square at a fixed position.
    // Ignored (geographic drawing) while the features are not prefectures.
    void setTileMode(bool on);
    bool tileMode() const { return m_tileMode; }
    // True when the features can be drawn as the tile grid (prefecture codes).
    bool tileModeAvailable() const;
    void setLegendVisible(bool visible);
    // Widget coordinates of a longitude/latitude (insets included).
    QPointF projectedPoint(double lon, double lat) const;
    // Region under a widget position, or an empty string.
    QString regionAt(const QPointF &pos) const;
    // Widget coordinates of a point inside the region (its largest part, or
    // its tile): a safe place to click.
    QPointF interiorPoint(const QString &code) const;
    // The same interior points for the map as render() draws it into target
    // (overlays such as flow arrows use them for exports).
    QHash<QString, QPointF> interiorPoints(const QRectF &target) const;

    // --- output ---------------------------------------------------------------
    // Draws the whole map (title, insets, legend, source) into target; a
    // subclass draws its overlays too (FlowMap's arrows).
    virtual void render(QPainter *painter, const QRectF &target) const;
    // render() as a paint function (for PageFigure, writeFigureFile); it
    // refers to this map, so it must not outlive it.
    FigurePaint figurePaint() const;
    // Through the shared export path (figureexport.h: QSaveFile).
    QImage toImage(const QSize &size) const;
    bool savePng(const QString &path, const QSize &size) const;
    bool saveSvg(const QString &path, const QSize &size) const;
    bool savePdf(const QString &path, const QSize &size) const;

    // --- rendering -------------------------------------------------------------
    // On a map of more than 200 regions (municipalities), a change of
    // colours (values, classes, palette) repaints the fills on a worker
    // thread; the previous fills stay on screen until the new ones are ready
    // (renderFinished()), so the GUI thread never waits for them. New
    // features, a new title or a new size rebuild the projected geometry
    // and both layers on a worker too: meanwhile the previous layers are
    // shown (scaled to the new size), or "Drawing…" when there are none.
    // regionAt(), interiorPoint() and projectedPoint() build the geometry at
    // once when it is not ready (they answer for the map as it now is);
    // render() and the exports always paint on the calling thread. On by
    // default; off paints in place, as for 47 prefectures.
    void setBackgroundRendering(bool enabled);
    bool backgroundRendering() const { return m_backgroundRendering; }
    // True while new fills or new geometry are being made in the background.
    bool isRenderPending() const;
    // How often the geometry for the widget was built on the calling
    // thread (a dense map with background rendering on: only on demand).
    int geometryBuildsInPlace() const { return m_inPlaceBuilds; }

    QSize sizeHint() const override { return {640, 600}; }
    QSize minimumSizeHint() const override { return {240, 220}; }

signals:
    void featuresChanged();
    void regionClicked(const QString &code);
    void selectionChanged(const QStringList &codes);
    void regionHovered(const QString &code);  // empty when leaving a region
    void renderFinished();  // fills painted in the background are on screen

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    // The part of target the map itself takes (below the title, above the source line).
    QRectF mapArea(const QRectF &target) const;

private:
    struct Geometry;  // projected paths for one target rectangle
    struct Item
    {
        QPainterPath path;
        QRectF bounds;
        QPointF label;    // interior point
    };
    struct GeometryInput;  // what buildGeometry needs, copied for a worker
    struct GeometryJob;    // a geometry built on a worker, with its layers

    void reclassify();
    void invalidateGeometry();
    void keepPreviousLayers();
    const Geometry &cachedGeometry() const;
    Geometry buildGeometry(const QRectF &target) const;
    GeometryInput geometryInput(const QRectF &target) const;
    static Geometry buildGeometry(const GeometryInput &input);
    bool geometryInBackground() const;
    bool requestBackgroundGeometry();
    void geometryJobFinished();
    QList<QColor> featureColours() const;
    void paintMap(QPainter *painter, const QRectF &target, const Geometry &geometry, bool interactive) const;
    struct FillList;  // the fill layer's input, for a worker thread
    FillList fillList(const Geometry &geometry) const;
    static FillList fillList(const Geometry &geometry, const QList<QColor> &colours);
    static void paintFillList(QPainter *painter, const FillList &list);
    static QImage paintFillLayer(const FillList &list, QImage reuse = QImage());
    bool requestBackgroundFills() const;
    void fillJobFinished();
    void paintFills(QPainter *painter, const Geometry &geometry) const;
    void paintBorders(QPainter *painter, const Geometry &geometry) const;
    static void paintBorders(QPainter *painter, const Geometry &geometry, bool dense);
    static QImage paintBorderLayer(const Geometry &geometry, bool dense, QSize pixels, qreal dpr, QImage reuse = QImage());
    void paintPending(QPainter *painter, const QRectF &target) const;
    void paintTitles(QPainter *painter, const QRectF &target, const QRectF &mapRect) const;
    bool hitTestReady() const;
    void paintLegend(QPainter *painter, const QRectF &mapRect) const;
    QStringList legendLabels() const;
    QRectF legendRect(const QRectF &mapRect) const;  // null without classes
    QString formatValue(double value) const;
    QString tooltipText(const QString &code) const;
    void setHovered(const QString &code);

    QList<MapFeature> m_features;
    QHash<QString, int> m_index;  // code → feature index
    QHash<QString, double> m_values;
    QString m_title;
    QString m_unit;
    QString m_source;

    analysis::ClassificationMethod m_method = analysis::ClassificationMethod::Quantile;
    int m_classes = 5;
    std::vector<double> m_userBreaks;
    struct Override
    {
        analysis::ClassificationMethod method;
        int classes;
        std::vector<double> userBreaks;
    };
    std::optional<Override> m_override;
    Palette m_palette = Palette::YlGnBu;
    double m_centre = 0.0;
    std::vector<double> m_breaks;
    QList<QColor> m_colours;
    QHash<QString, int> m_classOf;
    QList<int> m_counts;
    int m_missing = 0;
    int m_decimals = 0;
    QStringList m_notes;

    QStringList m_selected;
    QString m_hovered;
    QPointF m_pressPos;
    bool m_tileMode = false;
    double m_fontScale = 1.0;   // kLargeFontScale in projector mode
    bool m_tileable = false;  // every feature a prefecture
    bool m_legendVisible = true;

    mutable std::unique_ptr<Geometry> m_cache;
    quint64 m_generation = 0;          // bumped whenever the colours change
    mutable QImage m_layer;            // the fills as last painted on screen
    mutable quint64 m_layerGeneration = 0;
    bool m_backgroundRendering = true;
    QFutureWatcher<QImage> *m_fillWatcher = nullptr;
    mutable quint64 m_jobGeneration = 0;  // m_generation of the fills being painted
    mutable quint64 m_jobGeometry = 0;    // m_geometryGeneration of those fills
    mutable quint64 m_geometryGeneration = 0;  // bumped whenever m_cache is rebuilt
    mutable QImage m_borderLayer;      // the region outlines of the cached geometry
    mutable quint64 m_borderGeneration = 0;
    // Dense maps, geometry on a worker: the layers last on screen, shown
    // (scaled) until the new ones are ready; null when there were none.
    QImage m_previousFills;
    QImage m_previousBorders;
    QFutureWatcher<std::shared_ptr<GeometryJob>> *m_geometryWatcher = nullptr;
    quint64 m_geometryRequest = 0;     // bumped whenever features, layout or size change
    mutable int m_inPlaceBuilds = 0;
};

} // namespace regionlens::widgets
