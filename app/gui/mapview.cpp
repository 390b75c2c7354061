// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapview.h"

#include "analysisviewsupport.h"
#include "catalogsource.h"
#include "exportsupport.h"
#include "jobrunner.h"
#include "maplevelcontrol.h"
#include "mapoptions.h"
#include "messagetexts.h"
#include "datasets/indicatorcatalog.h"
#include "datasets/store.h"
#include "widgets/choroplethmap.h"
#include "widgets/timeserieschart.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace regionlens::app {

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
    auto *form = new QFormLayout(controls);
    m_indicator = new QComboBox(controls);   // first: the page's first combo box is the indicator's
    m_indicator->setObjectName(u"mapIndicator"_s);
    m_indicator->setMaxVisibleItems(24);
    m_theme = new QComboBox(controls);
    m_theme->setObjectName(u"mapIndicatorTheme"_s);
    m_search = new QLineEdit(controls);
    m_search->setObjectName(u"mapIndicatorSearch"_s);
    m_search->setPlaceholderText(tr("Japanese or English name"));
    m_search->setClearButtonEnabled(true);
    m_industry = new QComboBox(controls);
    m_sex = new QComboBox(controls);
    m_year = new QComboBox(controls);
    m_preset = new QComboBox(controls);
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicator->setMinimumContentsLength(14);
    m_industry->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_industry->setMinimumContentsLength(14);
    m_sex->addItem(tr("Total"), u"total"_s);
    m_sex->addItem(tr("Male"), u"male"_s);
    m_sex->addItem(tr("Female"), u"female"_s);
    m_preset->addItem(tr("Select a group…"));
    form->addRow(tr("Theme"), m_theme);
    form->addRow(tr("Find"), m_search);
    form->addRow(tr("Indicator"), m_indicator);
    form->addRow(tr("Industry"), m_industry);
    form->addRow(tr("Sex"), m_sex);
    form->addRow(tr("Year"), m_year);
    form->addRow(tr("Region group"), m_preset);

    m_info = new QLabel(this);
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
    m_map->setMinimumSize(340, 300);
    m_levels = new MapLevelControl(m_map, controls);
    form->insertRow(4, tr("Level"), m_levels->levelBox());
    form->insertRow(5, tr("Prefecture"), m_levels->prefectureBox());
    auto *optionsBox = new QGroupBox(tr("Map options"), this);
    auto *optionsLayout = new QVBoxLayout(optionsBox);
    m_options = new MapOptionsBar(m_map, MapOptionsBar::Style::Form, false, optionsBox);
    optionsLayout->addWidget(m_options);

    leftLayout->addWidget(controls);
    leftLayout->addWidget(optionsBox);
    leftLayout->addWidget(m_info, 1);
    left->setMaximumWidth(360);
    m_chart = new widgets::TimeSeriesChart(this);
    m_chart->setMinimumSize(260, 220);

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

    connect(m_indicator, &QComboBox::currentIndexChanged, this, &MapView::indicatorChanged);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &MapView::filterIndicators);
    connect(m_search, &QLineEdit::textChanged, this, &MapView::filterIndicators);
    for (QComboBox *box : {m_industry, m_sex, m_year})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
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
    fillIndicators();
}

void MapView::fillIndicators()
{
    fillIndicatorList();
    indicatorChanged();
}

void MapView::filterIndicators()
{
    const QString before = currentIndicator();
    fillIndicatorList();
    if (currentIndicator() != before)
        indicatorChanged();
}

void MapView::fillIndicatorList()
{
    const QString current = m_indicator->currentData().toString();
    const QSignalBlocker block(m_indicator);
    m_indicator->clear();
    const RegionLevel level = municipal() ? RegionLevel::Municipality : RegionLevel::Prefecture;
    const CatalogSnapshot &catalog = m_catalog->snapshot();
    // Themes of the catalogue (kept across refills).
    const QString theme = m_theme->currentData().toString();
    {
        const QSignalBlocker blockTheme(m_theme);
        m_theme->clear();
        m_theme->addItem(tr("All themes"), QString());
        for (const datasets::IndicatorTheme &t : datasets::indicatorcatalog::themesIn(catalog))
            m_theme->addItem(m_catalog->japanese() ? t.nameJa : t.nameEn, t.id);
        m_theme->setCurrentIndex(std::max(0, m_theme->findData(theme)));
    }
    // The indicators the theme and the search text let through, under their category's heading.
    const QList<IndicatorInfo> found = datasets::indicatorcatalog::findIndicators(catalog, m_search->text(), theme);
    auto *model = qobject_cast<QStandardItemModel *>(m_indicator->model());
    const auto usable = [&](const IndicatorInfo &info) {
        return info.kind == u"observation"
               && !(level == RegionLevel::Municipality && catalog.years(info.id, level).isEmpty());
    };
    for (const datasets::IndicatorCategory &category : datasets::indicatorcatalog::categoriesIn(catalog)) {
        bool heading = false;
        for (const IndicatorInfo &info : found) {
            if (!usable(info) || datasets::indicatorcatalog::entryFor(info).category != category.id)
                continue;
            if (!heading && model) {
                m_indicator->addItem(u"— %1 —"_s.arg(m_catalog->japanese() ? category.nameJa : category.nameEn));
                model->item(m_indicator->count() - 1)->setEnabled(false);
                heading = true;
            }
            m_indicator->addItem(m_catalog->japanese() ? info.nameJa : info.nameEn, info.id);
        }
    }
    // Nothing found: the indicator shown stays (the map does not go blank while typing).
    const QString keep = current.isEmpty() ? u"population"_s : current;
    if (m_indicator->findData(keep) < 0 && m_indicator->count() == 0)
        if (const std::optional<IndicatorInfo> info = catalog.indicator(keep))
            m_indicator->addItem(m_catalog->japanese() ? info->nameJa : info->nameEn, info->id);
    int index = m_indicator->findData(keep);
    for (int i = 0; index < 0 && i < m_indicator->count(); ++i)
        if (!m_indicator->itemData(i).toString().isEmpty())
            index = i;
    m_indicator->setCurrentIndex(std::max(0, index));
}

QString MapView::currentIndicator() const
{
    return m_indicator->currentData().toString();
}

void MapView::setIndicator(const QString &id)
{
    const int index = m_indicator->findData(id);
    if (index >= 0)
        m_indicator->setCurrentIndex(index);
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
    refreshMap();
    refreshChart();
    refreshInfo();
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
    updateMapText(*info);
    m_map->setValues(m_values);
    m_map->setSelectedCodes(shownSelection());
    refreshInfo();
}

// The map's title and unit and the source line, from the choosers.
void MapView::updateMapText(const IndicatorInfo &info)
{
    const QString filter = prefectureFilter();
    QString title = m_catalog->japanese() ? info.nameJa : info.nameEn;
    if (m_industry->count() > 0)
        title += u" — "_s + m_industry->currentText();
    if (m_sex->isEnabled() && m_sex->currentIndex() > 0)
        title += u" ("_s + m_sex->currentText() + u')';
    if (municipal() && !filter.isEmpty())
        title += u" — "_s + m_levels->prefectureFilterName();
    title += u"  "_s + m_year->currentText();
    m_map->setTitle(title);
    m_map->setUnit(m_catalog->japanese() ? info.unitJa : info.unitEn);
    m_source->setText(tr("<b>Source:</b> %1 &nbsp; <b>Licence:</b> %2")
                          .arg((m_catalog->japanese() ? info.sourceJa : info.sourceEn).toHtmlEscaped(),
                               licenceLabel(info.licence).toHtmlEscaped()));
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
    const QString sex = m_sex->currentData().toString();
    const auto load = [id, codes, labels, industry, sex](const Store &store) {
        QList<widgets::Series> series;
        for (qsizetype i = 0; i < codes.size(); ++i) {
            QList<SeriesPoint> points = store.series(id, codes.at(i), industry, sex);
            if (points.isEmpty())
                points = store.series(id, codes.at(i), industry, sex, u"TOTAL"_s);
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
    QString title = m_catalog->japanese() ? info.nameJa : info.nameEn;
    const QString industry = m_industry->count() > 0 ? m_industry->currentData().toString() : QString();
    if (!industry.isEmpty())
        title += u" — "_s + industryName(industry);
    m_chart->setTitle(title);
    m_chart->setAxisLabels(tr("Year"), m_catalog->japanese() ? info.unitJa : info.unitEn);
    m_chart->setSeries(series);
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
    const QString unit = m_catalog->japanese() ? info->unitJa : info->unitEn;
    QLocale locale;
    QString html;
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
        if (std::isnan(v)) {
            html += tr("<p>No data for this selection.</p>");
            continue;
        }
        const qsizetype rank = std::find(sorted.begin(), sorted.end(), v) - sorted.begin() + 1;
        html += tr("<p><b>%1</b> %2<br/>Rank %3 of %4</p>")
                    .arg(locale.toString(v, 'f', v == std::floor(v) ? 0 : 2), unit.toHtmlEscaped())
                    .arg(rank)
                    .arg(sorted.size());
    }
    const QString note = m_catalog->japanese() ? info->noteJa : info->noteEn;
    if (!note.isEmpty())
        html += u"<p style='color:#555'>%1</p>"_s.arg(note.toHtmlEscaped());
    m_info->setText(html);
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
    return {{u"map"_s, m_map->title(), m_map->figurePaint()}, {u"map_series"_s, m_chart->title(), m_chart->figurePaint()}};
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
