// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapview.h"

#include "analysisviewsupport.h"
#include "catalogsource.h"
#include "exportsupport.h"
#include "indicatorpicker.h"
#include "jobrunner.h"
#include "maplevelcontrol.h"
#include "measurecontrol.h"
#include "mapoptions.h"
#include "messagetexts.h"
#include "panescrollarea.h"
#include "datasets/adapters/indicatoradapter.h"
#include "datasets/store.h"
#include "widgets/choroplethmap.h"
#include "widgets/timeserieschart.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;
namespace derived = regionlens::datasets::indicatoradapter;

namespace regionlens::app {

namespace {

// Keeps a line edit at least as wide as its placeholder ("日本語名または英語名")
// in either font size and language: an elided hint no longer says what to type.
class PlaceholderWidth : public QObject
{
public:
    explicit PlaceholderWidth(QLineEdit *edit) : QObject(edit), m_edit(edit)
    {
        edit->installEventFilter(this);
        fit();
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::FontChange || event->type() == QEvent::Show)
            fit();
        else if (event->type() == QEvent::LanguageChange)
            QTimer::singleShot(0, this, [this] { fit(); });   // once the texts are retranslated
        return false;
    }

private:
    void fit()
    {
        // The text margins and frame, and the clear button: about two lines' height.
        const QFontMetrics metrics(m_edit->font());
        m_edit->setMinimumWidth(metrics.horizontalAdvance(m_edit->placeholderText()) + 2 * metrics.height() + 8);
    }
    QLineEdit *m_edit;
};

// A derived measure for the map: the adapter's result as the map's values,
// with its formula, unit and the denominator's years.
MapView::MapData derivedMapData(const derived::Inputs &in, const derived::Request &request)
{
    const derived::Result r = derived::compute(in, request);
    MapView::MapData data;
    MapView::DerivedText &m = data.measure.emplace();
    m.indicator = request.indicator;
    m.formulaJa = r.formulaJa;
    m.formulaEn = r.formulaEn;
    m.unitJa = r.unitJa;
    m.unitEn = r.unitEn;
    m.error = r.error;
    m.denominator = in.denominatorInfo.id;
    for (const derived::Value &v : r.values) {
        data.values.insert(v.region, v.value);
        if (v.denominatorYear > 0 && !m.denominatorYears.contains(v.denominatorYear))
            m.denominatorYears.append(v.denominatorYear);
    }
    std::sort(m.denominatorYears.begin(), m.denominatorYears.end());
    return data;
}

// The unit the map, its legend, tooltips, the figures beside it and the
// chart show (GDP in 億円 like the productivity page); values() stays raw.
ShownUnit mapUnit(const MapView::DerivedText *measure, const IndicatorInfo &info, bool ja)
{
    return measure ? shownUnit(measure->unitJa, measure->unitEn, ja) : shownUnit(info.unitJa, info.unitEn, ja);
}

QHash<QString, double> shownValues(const QHash<QString, double> &values, const ShownUnit &unit)
{
    if (!unit.scale)
        return values;
    QHash<QString, double> out;
    out.reserve(values.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.insert(it.key(), unit.shown(it.value()));
    return out;
}

} // namespace

MapView::MapView(CatalogSource &catalog, QWidget *parent)
    : QWidget(parent), m_store(catalog.store()), m_catalog(&catalog)
{
    m_mapRunner = new JobRunner(m_store, this);
    m_chartRunner = new JobRunner(m_store, this);
    buildUi();
    connect(m_catalog, &CatalogSource::changed, this, &MapView::applyCatalog);
    applyCatalog();
}

MapView::MapView(Store &store, bool japanese, QWidget *parent)
    : MapView(*CatalogSource::createBuilt(store, japanese), parent)
{
    m_catalog->setParent(this);
    m_ownCatalog = true;
}

void MapView::buildUi()
{
    auto *controls = new QGroupBox(tr("What to show"), this);
    // The catalogue's indicator picker; the page's own rows go under its rows.
    m_picker = new IndicatorPicker(IndicatorPicker::Style::Form, controls);
    (new QVBoxLayout(controls))->addWidget(m_picker);
    QFormLayout *form = m_picker->formLayout();
    new PlaceholderWidth(m_picker->searchEdit());
    m_industry = new QComboBox(controls);
    m_sex = new QComboBox(controls);
    m_year = new QComboBox(controls);
    m_preset = new QComboBox(controls);
    // Never narrower than its prompt (地域グループを選択…: twenty x-widths): a
    // squeezed combo box cuts its text; long group names do not widen the pane.
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preset->setMinimumContentsLength(20);
    m_preset->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_industry->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_industry->setMinimumContentsLength(14);
    m_sex->addItem(tr("Total"), u"total"_s);
    m_sex->addItem(tr("Male"), u"male"_s);
    m_sex->addItem(tr("Female"), u"female"_s);
    m_preset->addItem(tr("Select a group…"));
    m_measure = new MeasureControl(controls);
    form->addRow(tr("Measure"), m_measure->perBox());
    form->addRow(tr("Over time"), m_measure->changeRow(controls));
    form->addRow(tr("Industry"), m_industry);
    form->addRow(tr("Sex"), m_sex);
    form->addRow(tr("Year"), m_year);
    form->addRow(tr("Region group"), m_preset);

    m_info = new QLabel(this);
    m_info->setObjectName(u"mapInfo"_s);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::RichText);
    m_info->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::RichText);
    m_source->setObjectName(u"sourceLabel"_s);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_map = new widgets::ChoroplethMap(this);
    m_map->setMinimumSize(280, 300);   // with the guide and the pages list: fits 1280 px
    m_levels = new MapLevelControl(m_map, controls);
    const int levelRow = form->rowCount() - 1;   // above "Region group"
    form->insertRow(levelRow, tr("Level"), m_levels->levelBox());
    form->insertRow(levelRow + 1, tr("Prefecture"), m_levels->prefectureBox());
    auto *optionsBox = new QGroupBox(tr("Map options"), this);
    auto *optionsLayout = new QVBoxLayout(optionsBox);
    m_options = new MapOptionsBar(m_map, MapOptionsBar::Style::Form, false, optionsBox);
    optionsLayout->addWidget(m_options);

    // The choosers scroll when the window is too low for all their rows
    // (projector fonts on a 768- or 720-pixel screen), and a row puts its
    // field under its label when the pane is too narrow for both side by
    // side: the page never asks for more than the window has.
    for (QFormLayout *rows : {form, qobject_cast<QFormLayout *>(m_options->layout())})
        if (rows)
            rows->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *choosers = new QWidget(left);
    auto *choosersLayout = new QVBoxLayout(choosers);
    choosersLayout->setContentsMargins(0, 0, 0, 0);
    choosersLayout->addWidget(controls);
    choosersLayout->addWidget(optionsBox);
    choosersLayout->addStretch(1);
    auto *choosersArea = new PaneScrollArea(choosers, left);
    choosersArea->setObjectName(u"mapChoosersArea"_s);
    leftLayout->addWidget(choosersArea, 3);
    // The figures of the selection and the indicator's note scroll when
    // they are longer than the room left under the choosers.
    auto *infoArea = new QScrollArea(left);
    infoArea->setObjectName(u"mapInfoArea"_s);
    infoArea->setFrameShape(QFrame::NoFrame);
    infoArea->setWidgetResizable(true);
    infoArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    infoArea->setWidget(m_info);
    m_info->setAutoFillBackground(false);
    infoArea->viewport()->setAutoFillBackground(false);
    leftLayout->addWidget(infoArea, 1);
    left->setMaximumWidth(360);
    m_chart = new widgets::TimeSeriesChart(this);
    m_chart->setMinimumSize(220, 220);   // with the guide and the pages list: fits 1280 px
    // Right click: copy or export the map or the chart, once the values being read are in.
    for (int i : {0, 1})
        addFigureActions(i == 0 ? static_cast<QWidget *>(m_map) : m_chart, [this, i] { return figures().at(i); },
                         [this] { waitForIdle(); });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_map);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_source);

    connect(m_picker, &IndicatorPicker::indicatorChanged, this, &MapView::indicatorChanged);
    connect(m_year, &QComboBox::currentIndexChanged, this, &MapView::updateMeasureChoice);   // before the map
    for (QComboBox *box : {m_industry, m_sex, m_year})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            refreshMap();
            refreshChart();
            refreshInfo();
        });
    connect(m_measure, &MeasureControl::changed, this, [this] {
        refreshMap();
        refreshChart();
        refreshInfo();
    });
    connect(m_levels, &MapLevelControl::levelChanged, this, &MapView::levelChanged);
    connect(m_levels, &MapLevelControl::filterChanged, this, &MapView::filterChanged);
    connect(m_preset, &QComboBox::activated, this, &MapView::applyPreset);
    connect(m_map, &widgets::ChoroplethMap::selectionChanged, this, [this](const QStringList &codes) {
        if (municipal()) {
            m_municipalSelected = codes;
            emit municipalitiesPicked(codes);
        } else {
            m_selected = codes;
            emit selectionChanged(codes);
        }
        refreshChart();
        refreshInfo();
    });
}

void MapView::reload()
{
    if (m_ownCatalog)
        m_catalog->rebuildNow();   // applyCatalog() follows (changed())
    else
        applyCatalog();
}

void MapView::applyCatalog()
{
    m_levels->reload(*m_catalog);
    m_municipalSelected.removeIf([this](const QString &code) { return !m_levels->shows(code); });
    {
        const QSignalBlocker block(m_preset);
        m_preset->clear();
        m_preset->addItem(tr("Select a group…"));
        for (const RegionGroup &g : m_catalog->snapshot().regionGroups())
            m_preset->addItem(m_catalog->japanese() ? g.nameJa : g.nameEn, g.members);
    }
    m_picker->setCatalog(m_catalog->snapshot(), m_catalog->japanese());
    fillIndicators();
}

void MapView::fillIndicators()
{
    m_picker->setLevel(municipal() ? RegionLevel::Municipality : RegionLevel::Prefecture);
    indicatorChanged();
}

QString MapView::currentIndicator() const
{
    return m_picker->currentIndicator();
}

void MapView::setIndicator(const QString &id)
{
    m_picker->setCurrentIndicator(id);
}

void MapView::indicatorChanged()
{
    const QString id = currentIndicator();
    const QStringList industries = m_catalog->snapshot().industriesOf(id);
    {
        const QSignalBlocker block(m_industry);
        m_industry->clear();
        for (const QString &code : industries)
            if (!code.isEmpty())
                m_industry->addItem(industryName(code), code);
        m_industry->setEnabled(m_industry->count() > 0);
    }
    {
        const QSignalBlocker block(m_year);
        m_year->clear();
        const QList<int> years =
            m_catalog->snapshot().years(id, municipal() ? RegionLevel::Municipality : RegionLevel::Prefecture);
        for (int y : years)
            m_year->addItem(QString::number(y), y);
        m_year->setCurrentIndex(m_year->count() - 1);
    }
    updateMeasureChoice();
    refreshMap();
    refreshChart();
    refreshInfo();
}

RegionLevel MapView::regionLevel() const
{
    return municipal() ? RegionLevel::Municipality : RegionLevel::Prefecture;
}

// The derived measures the indicator allows in the year shown (nothing redrawn).
void MapView::updateMeasureChoice()
{
    const QSignalBlocker block(m_measure);
    m_measure->setIndicator(m_catalog->snapshot(), currentIndicator(), regionLevel(), m_year->currentData().toInt());
}

QString MapView::regionName(const QString &code) const
{
    return m_catalog->qualifiedRegionNames().value(code, code);
}

QString MapView::industryName(const QString &code) const
{
    return m_catalog->industryNames().value(code, code);
}

// The map's values are read on a worker (with the probe for a breakdown by
// sex); mapRead() colours the map, names it and updates the figures beside it.
void MapView::refreshMap()
{
    const QString id = currentIndicator();
    const std::optional<IndicatorInfo> info = m_catalog->snapshot().indicator(id);
    if (!info)
        return;
    updateMapText(*info);   // at once; the values follow
    if (m_measure->isDerived()) {
        // Derived measures through the indicator adapter, as `regionlens-cli export --per … --change …`.
        const derived::Request request = m_measure->request(id, regionLevel(), m_year->currentData().toInt());
        m_mapRunner->run([request](const Store &store) { return derived::load(store, request); },
                         [request](const derived::Inputs &in) { return derivedMapData(in, request); },
                         [this](MapData data) { mapRead(std::move(data)); });
        return;
    }
    ObservationQuery q;
    q.indicator = id;
    q.year = m_year->currentData().toInt();
    q.level = municipal() ? RegionLevel::Municipality : RegionLevel::Prefecture;
    q.industry = m_industry->count() > 0 ? m_industry->currentData().toString() : QString();
    q.sex = m_sex->currentData().toString();
    const QString total = m_sex->itemData(0).toString();
    const QString probeRegion = municipal() ? u"13101"_s : u"13"_s;
    const auto load = [q, total, probeRegion](const Store &store) mutable {
        MapData data;
        ObservationQuery probe;
        probe.indicator = q.indicator;
        probe.sex = u"male"_s;
        probe.industry.reset();
        probe.ageClass.reset();
        probe.region = probeRegion;
        data.bySex = !store.observations(probe).isEmpty();
        if (!data.bySex)
            q.sex = total;
        // Indicators by age show the all-ages total on the map.
        ObservationQuery ageProbe = q;
        ageProbe.ageClass = u"TOTAL"_s;
        if (!store.observations(ageProbe).isEmpty())
            q.ageClass = u"TOTAL"_s;
        data.values = store.values(q);
        return data;
    };
    m_mapRunner->run(load, [](const MapData &data) { return data; }, [this](MapData data) { mapRead(std::move(data)); });
}

void MapView::mapRead(MapData data)
{
    const std::optional<IndicatorInfo> info = m_catalog->snapshot().indicator(currentIndicator());
    if (!info)
        return;
    if (m_sex->isEnabled() != data.bySex || (!data.bySex && m_sex->currentIndex() != 0)) {
        const QSignalBlocker block(m_sex);
        m_sex->setEnabled(data.bySex);
        if (!data.bySex)
            m_sex->setCurrentIndex(0);
        refreshChart();   // it was asked with the sex chosen before
    }
    m_values = m_levels->restrict(data.values);
    m_measureShown = std::move(data.measure);
    updateMapText(*info);
    m_map->setValues(shownValues(m_values, mapUnit(shownMeasure(), *info, m_catalog->japanese())));
    m_map->setSelectedCodes(shownSelection());
    refreshInfo();
}

// The map's title and unit and the source line, from the choosers; a
// derived measure's formula and unit as the adapter gave them.
void MapView::updateMapText(const IndicatorInfo &info)
{
    const bool ja = m_catalog->japanese();
    const QString filter = prefectureFilter();
    const DerivedText *measure = shownMeasure();
    QString title = ja ? info.nameJa : info.nameEn;
    if (const QString qualifier = m_measure->qualifier(); !qualifier.isEmpty())
        title += u" — "_s + qualifier;
    if (m_industry->count() > 0)
        title += u" — "_s + m_industry->currentText();
    if (m_sex->isEnabled() && m_sex->currentIndex() > 0)
        title += u" ("_s + m_sex->currentText() + u')';
    if (municipal() && !filter.isEmpty())
        title += u" — "_s + m_levels->prefectureFilterName();
    title += u"  "_s + m_year->currentText();
    m_map->setTitle(title);
    m_map->setUnit(mapUnit(measure, info, ja).unit);
    const QString formula = measure ? measureLine(*measure) : QString();
    // On the map (and its exports) the formula; the unit is the legend's.
    m_map->setSourceText(measure && measure->error.isEmpty() ? (ja ? measure->formulaJa : measure->formulaEn)
                                                             : QString());
    QString text = tr("<b>Source:</b> %1 &nbsp; <b>Licence:</b> %2")
                       .arg((ja ? info.sourceJa : info.sourceEn).toHtmlEscaped(),
                            licenceLabel(info.licence).toHtmlEscaped());
    if (measure && measure->error.isEmpty())
        text += u" &nbsp; "_s + tr("<b>Measure:</b> %1").arg(formula.toHtmlEscaped());
    m_source->setText(text);
}

QString MapView::sourceLine() const
{
    return m_source->text();
}

// The formula, its unit and the denominator's years: "一般病院数 ÷ 総人口 ×
// 100,000 [施設/人口10万人]; 総人口 2020".
QString MapView::measureLine(const DerivedText &measure) const
{
    const bool ja = m_catalog->japanese();
    QString line = tr("%1 [%2]").arg(ja ? measure.formulaJa : measure.formulaEn, ja ? measure.unitJa : measure.unitEn);
    if (const std::optional<IndicatorInfo> d = m_catalog->snapshot().indicator(measure.denominator);
        d && !measure.denominatorYears.isEmpty()) {
        QStringList years;
        for (int y : measure.denominatorYears)
            years << QString::number(y);
        line += tr("; %1 %2").arg(ja ? d->nameJa : d->nameEn, years.join(u'/'));
    }
    return line;
}

// The measure shown when it is derived and belongs to the choice (else null).
const MapView::DerivedText *MapView::shownMeasure() const
{
    if (!m_measure->isDerived() || !m_measureShown || m_measureShown->indicator != currentIndicator())
        return nullptr;
    return &*m_measureShown;
}

// The time series of the selected regions (at most 8), read on a worker;
// chartRead() shows them unless a newer request has been made meanwhile.
void MapView::refreshChart()
{
    const QString id = currentIndicator();
    if (!m_catalog->snapshot().indicator(id))
        return;
    QStringList codes = shownSelection();
    if (codes.isEmpty())
        codes << (municipal() && !prefectureFilter().isEmpty() ? prefectureFilter() : u"00"_s);
    codes = codes.mid(0, 8);
    QStringList labels;
    for (const QString &code : std::as_const(codes))
        labels << regionName(code);
    const QString industry = m_industry->count() > 0 ? m_industry->currentData().toString() : QString();
    const QString sex = m_measure->isDerived() ? u"total"_s : m_sex->currentData().toString();
    // A per measure over the years: each year divided as the adapter does (denominator of the nearest year).
    const derived::Per per = m_measure->per();
    const QString denominator = derived::denominatorId(per, derived::parentOf(id, m_catalog->snapshot().indicators()));
    const QList<int> denominatorYears = m_catalog->snapshot().years(denominator, regionLevel());
    const auto load = [id, codes, labels, industry, sex, per, denominator, denominatorYears](const Store &store) {
        QList<widgets::Series> series;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            QList<SeriesPoint> points = store.series(id, codes.at(i), industry, sex);
            if (points.isEmpty())
                points = store.series(id, codes.at(i), industry, sex, u"TOTAL"_s);
            if (per != derived::Per::None) {
                QHash<int, double> d;
                for (const SeriesPoint &p : store.series(denominator, codes.at(i), QString(), u"total"_s))
                    d.insert(p.year, p.value);
                for (SeriesPoint &p : points)
                    p.value = derived::divide(p.value, d.value(derived::nearestYear(denominatorYears, p.year), std::nan("")), per);
            }
            widgets::Series s;
            s.label = labels.at(i);
            for (const SeriesPoint &p : points) {
                if (std::isnan(p.value))
                    continue;
                s.x.append(p.year);
                s.y.append(p.value);
            }
            if (!s.x.isEmpty())
                series.append(s);
        }
        return series;
    };
    using SeriesList = QList<widgets::Series>;
    m_chartRunner->run(load, [](const SeriesList &series) { return series; },
                       [this, id](const SeriesList &series) {
                           const std::optional<IndicatorInfo> info = m_catalog->snapshot().indicator(id);
                           if (!info)
                               return;
                           showChart(*info, series);
                       });
}

void MapView::showChart(const IndicatorInfo &info, const QList<widgets::Series> &series)
{
    const bool ja = m_catalog->japanese();
    QString title = ja ? info.nameJa : info.nameEn;
    ShownUnit unit = shownUnit(info.unitJa, info.unitEn, ja);
    if (m_measure->per() != derived::Per::None) {
        // The chart shows the per measure over the years (a change is the map's).
        const std::optional<IndicatorInfo> d = m_catalog->snapshot().indicator(
            derived::denominatorId(m_measure->per(), derived::parentOf(info.id, m_catalog->snapshot().indicators())));
        QString fJa, fEn, uJa, uEn;
        derived::describe(m_measure->per(), info, d.value_or(IndicatorInfo{}), &fJa, &fEn, &uJa, &uEn);
        unit = shownUnit(uJa, uEn, ja);
        title += u" — "_s + m_measure->perBox()->currentText();
    }
    const QString industry = m_industry->count() > 0 ? m_industry->currentData().toString() : QString();
    if (!industry.isEmpty())
        title += u" — "_s + industryName(industry);
    m_chart->setTitle(title);
    m_chart->setAxisLabels(tr("Year"), unit.unit);
    QList<widgets::Series> shown = series;
    if (unit.scale)
        for (widgets::Series &s : shown)
            for (double &y : s.y)
                y = unit.shown(y);
    m_chart->setSeries(shown);
    refreshInfo();   // a municipality on the prefecture map takes its figure from the series (in the shown unit)
}

void MapView::waitForIdle()
{
    // A delivered map may ask for the chart again: until neither is busy.
    while (m_mapRunner->isBusy() || m_chartRunner->isBusy()) {
        m_mapRunner->drain();
        m_chartRunner->drain();
    }
}

void MapView::refreshInfo()
{
    const QString id = currentIndicator();
    const std::optional<IndicatorInfo> info = m_catalog->snapshot().indicator(id);
    if (!info)
        return;
    const DerivedText *measure = shownMeasure();
    const ShownUnit shown = mapUnit(measure, *info, m_catalog->japanese());
    const QString &unit = shown.unit;
    QLocale locale;
    QString html;
    if (measure && !measure->error.isEmpty())
        html += u"<p style='color:#b00020'>%1</p>"_s.arg(tr("This measure cannot be computed: %1")
                                                             .arg(measure->error).toHtmlEscaped());
    const QStringList &selected = shownSelection();
    if (selected.isEmpty()) {
        html = municipal() ? tr("<p>Click a municipality on the map to see its figures and time series. "
                                "Ctrl+click adds municipalities to compare.</p>")
                           : tr("<p>Click a prefecture on the map to see its figures and time series. "
                                "Ctrl+click adds regions to compare.</p>");
    }
    // Rank among the regions on the map (1 = largest).
    QList<double> sorted;
    for (double v : std::as_const(m_values))
        if (!std::isnan(v))
            sorted.append(v);
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    for (const QString &code : selected) {
        const double v = m_values.value(code, std::nan(""));
        html += u"<h3>%1</h3>"_s.arg(regionName(code).toHtmlEscaped());
        if (std::isnan(v) && code.size() == 5 && !municipal()) {
            html += municipalOnPrefectureMap(code, unit);
            continue;
        }
        if (std::isnan(v)) {
            html += tr("<p>No data for this selection.</p>");
            continue;
        }
        const qsizetype rank = std::find(sorted.begin(), sorted.end(), v) - sorted.begin() + 1;
        const double s = shown.shown(v);
        const int decimals = s == std::floor(s) || std::abs(s) >= 1000 ? 0 : std::abs(s) < 1 ? 4 : 2;
        html += tr("<p><b>%1</b> %2<br/>Rank %3 of %4</p>")
                    .arg(locale.toString(s, 'f', decimals), unit.toHtmlEscaped())
                    .arg(rank)
                    .arg(sorted.size());
    }
    const QString note = m_catalog->japanese() ? info->noteJa : info->noteEn;
    if (!note.isEmpty())
        html += u"<p style='color:#555'>%1</p>"_s.arg(note.toHtmlEscaped());
    m_info->setText(html);
}

// A municipality selected while the map colours prefectures: its own figure
// for the map's year from the time series (read on the chart's runner), and
// what to do to see it on the map, instead of "no data".
QString MapView::municipalOnPrefectureMap(const QString &code, const QString &unit) const
{
    QString html;
    const int year = m_year->currentData().toInt();
    const QString label = regionName(code);
    for (const widgets::Series &s : m_chart->series()) {
        if (s.label != label)
            continue;
        const qsizetype at = s.x.indexOf(double(year));
        if (at < 0 || std::isnan(s.y.at(at)))
            break;
        const double v = s.y.at(at);
        const int decimals = v == std::floor(v) ? 0 : std::abs(v) < 1 ? 4 : 2;
        html += tr("<p><b>%1</b> %2 (%3)</p>").arg(QLocale().toString(v, 'f', decimals), unit.toHtmlEscaped()).arg(year);
        break;
    }
    if (html.isEmpty())
        html += tr("<p>%1 has no figure for %2 in this indicator.</p>").arg(label.toHtmlEscaped()).arg(year);
    html += m_levels->municipalAvailable()
                ? tr("<p>The map colours prefectures: choose Municipalities under Level to see %1 on the map.</p>")
                      .arg(label.toHtmlEscaped())
                : tr("<p>The map colours prefectures because the store has no municipal boundaries: import them "
                     "(国土数値情報 N03, File → Import data…) to see %1 on the map. Its time series is on the "
                     "right.</p>")
                      .arg(label.toHtmlEscaped());
    return html;
}

void MapView::applyPreset(int index)
{
    if (index <= 0)
        return;
    selectRegions(m_preset->itemData(index).toStringList());
}

void MapView::selectRegions(const QStringList &codes)
{
    if (municipal() && !codes.isEmpty()
        && std::all_of(codes.begin(), codes.end(), [](const QString &c) { return c.size() == 5; })) {
        // Municipalities (from code or a test): this page's own selection.
        m_municipalSelected = codes;
        m_map->setSelectedCodes(codes);
        refreshChart();
        refreshInfo();
        return;
    }
    m_selected = codes;
    if (!municipal()) {
        m_map->setSelectedCodes(codes);
        refreshChart();
        refreshInfo();
    }
    emit selectionChanged(codes);
}

bool MapView::municipal() const
{
    return m_levels->municipal();
}

const QStringList &MapView::shownSelection() const
{
    return municipal() ? m_municipalSelected : m_selected;
}

QString MapView::level() const
{
    return m_levels->level();
}

void MapView::setLevel(const QString &level)
{
    m_levels->setLevel(level);
}

QString MapView::prefectureFilter() const
{
    return m_levels->prefectureFilter();
}

void MapView::setPrefectureFilter(const QString &prefectureCode)
{
    m_levels->setPrefectureFilter(prefectureCode);
}

void MapView::filterChanged()
{
    // A municipality of another prefecture is no longer on the map.
    m_municipalSelected.removeIf([this](const QString &code) { return !m_levels->shows(code); });
    refreshMap();
    refreshChart();
    refreshInfo();
}

QList<PageFigure> MapView::figures() const
{
    return {{u"map"_s, m_map->title(), m_map->figurePaint(), m_map},
            {u"map_series"_s, m_chart->title(), m_chart->figurePaint(), m_chart}};
}

void MapView::exportMap()
{
    waitForIdle();   // the values being read are part of the figure
    exportFigureInteractive(this, figures().constFirst(), tr("Export map"), u"regionlens-map.png"_s, QSize(1600, 1200));
}

void MapView::levelChanged()
{
    fillIndicators();   // indicators and years of this level; refreshes map, chart and text
}

} // namespace regionlens::app
