// SPDX-License-Identifier: GPL-3.0-or-later
// Map options for any choropleth: classification (quantiles, equal
// intervals, Jenks natural breaks, standard deviations, box map, user
// breaks), number of classes, colour-blind-safe palette, and geographic or
// tile-grid layout. The viewer's choice overrides the classification a page
// sets (ChoroplethMap::setClassificationOverride); "Page default" gives the
// page's own breaks back. The diverging centre of a page is kept.
#pragma once

#include "widgets/palette.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace regionlens::widgets {
class ChoroplethMap;
}

namespace regionlens::app {

class MapOptionsBar : public QWidget
{
    Q_OBJECT

public:
    enum class Style {
        Form,     // labelled rows, for a side panel (the map page)
        Compact   // a "Map options" button above the map that shows the controls in a grid
    };

    // pageDefault: offer "Page default" (the page's own classification) as
    // the first method, and start on it.
    MapOptionsBar(widgets::ChoroplethMap *map, Style style, bool pageDefault, QWidget *parent = nullptr);

    // The map with a compact options bar above it, in one widget, for the
    // analysis pages: put the result where the map was.
    static QWidget *wrap(widgets::ChoroplethMap *map);
    // The bar wrap() made for map, or nullptr.
    static MapOptionsBar *of(const widgets::ChoroplethMap *map);

    // "" for the page default, else quantile, equal, jenks, stddev, box, user.
    QString method() const;
    void setMethod(const QString &method);
    int classes() const;
    void setClasses(int classes);
    void setUserBreaksText(const QString &text);
    QString userBreaksText() const;
    widgets::Palette palette() const;
    void setPalette(widgets::Palette palette);
    bool tileLayout() const;
    void setTileLayout(bool on);
    // Shows the controls of a compact bar (no effect on a form).
    void setExpanded(bool on);

    // Comma-separated inner breaks ("0.8, 1, 1.2"; 、 and ， work too), sorted.
    // nullopt and *error set when a part is not a number, a value repeats, or
    // there are none or more than 11.
    static std::optional<QList<double>> parseBreaks(const QString &text, QString *error = nullptr);

signals:
    void optionsChanged();

protected:
    // "Number" and "Number of classes" share a translation: said here which one.
    void changeEvent(QEvent *event) override;

private:
    QString classesLabel() const;
    void fillPalettes();
    void apply();
    void updateEnabled();

    widgets::ChoroplethMap *m_map;
    Style m_style;
    bool m_pageDefault;
    bool m_diverging;
    QToolButton *m_toggle = nullptr;
    QWidget *m_panel = nullptr;
    QLabel *m_methodLabel = nullptr;
    QLabel *m_classesLabel = nullptr;
    QLabel *m_breaksLabel = nullptr;
    QLabel *m_paletteLabel = nullptr;
    QLabel *m_layoutLabel = nullptr;
    QComboBox *m_method = nullptr;
    QSpinBox *m_classes = nullptr;
    QLineEdit *m_breaks = nullptr;
    QLabel *m_breaksError = nullptr;
    QComboBox *m_palette = nullptr;
    QComboBox *m_layout = nullptr;
};

} // namespace regionlens::app
