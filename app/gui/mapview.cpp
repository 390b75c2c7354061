// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapview.h"

#include "analysisviewsupport.h"
#include "exportsupport.h"
#include "maplevelcontrol.h"
#include "mapoptions.h"
#include "datasets/store.h"
#include "widgets/choroplethmap.h"
#include "widgets/timeserieschart.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace regionlens::app {

MapView::MapView(Store &store, bool japanese, QWidget *parent)
    : QWidget(parent), m_store(store), m_japanese(japanese)
{
    buildUi();
    reload();
}

void MapView::buildUi()
{
    auto *controls = new QGroupBox(tr("What to show"), this);
    auto *form = new QFormLayout(controls);
    m_indicator = new QComboBox(controls);
    m_industry = new QComboBox(controls);
    m_sex = new QComboBox(controls);
    m_year = new QComboBox(controls);
    m_preset = new QComboBox(controls);
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicator->setMinimumContentsLength(18);
    m_industry->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_industry->setMinimumContentsLength(18);
    m_sex->addItem(tr("Total"), u"total"_s);
    m_sex->addItem(tr("Male"), u"male"_s);
    m_sex->addItem(tr("Female"), u"female"_s);
    m_preset->addItem(tr("Select a group…"));
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
    m_map->setMinimumSize(420, 360);
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
    m_chart->setMinimumSize(320, 260);

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
    m_regionNames = qualifiedRegionNames(m_store, m_japanese);
    m_levels->reload(m_store, m_regionNames);
    m_municipalSelected.removeIf([this](const QString &code) { return !m_levels->shows(code); });
    m_industryNames.clear();
    for (const Industry &i : m_store.industries())
        m_industryNames.insert(i.code, m_japanese ? i.nameJa : i.nameEn);
    {
        const QSignalBlocker block(m_preset);
        m_preset->clear();
        m_preset->addItem(tr("Select a group…"));
        for (const RegionGroup &g : m_store.regionGroups())
            m_preset->addItem(m_japanese ? g.nameJa : g.nameEn, g.members);
    }
    fillIndicators();
}

void MapView::fillIndicators()
{
    const QString current = m_indicator->currentData().toString();
    const QSignalBlocker block(m_indicator);
    m_indicator->clear();
    const RegionLevel level = municipal() ? RegionLevel::Municipality : RegionLevel::Prefecture;
    for (const IndicatorInfo &info : m_store.indicators()) {
        if (info.kind != u"observation")
            continue;
        if (level == RegionLevel::Municipality && m_store.years(info.id, level).isEmpty())
            continue;
        m_indicator->addItem(m_japanese ? info.nameJa : info.nameEn, info.id);
    }
    const int index = m_indicator->findData(current.isEmpty() ? u"population"_s : current);
    m_indicator->setCurrentIndex(std::max(0, index));
    indicatorChanged();
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
    const QStringList industries = m_store.industriesOf(id);
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
            m_store.years(id, municipal() ? RegionLevel::Municipality : RegionLevel::Prefecture);
        for (int y : years)
            m_year->addItem(QString::number(y), y);
        m_year->setCurrentIndex(m_year->count() - 1);
    }
    {
        ObservationQuery probe;
        probe.indicator = id;
        probe.sex = u"male"_s;
        probe.industry.reset();
        probe.ageClass.reset();
        probe.region = municipal() ? u"13101"_s : u"13"_s;
        m_sex->setEnabled(!m_store.observations(probe).isEmpty());
        if (!m_sex->isEnabled())
            m_sex->setCurrentIndex(0);
    }
    refreshMap();
    refreshChart();
    refreshInfo();
}

QString MapView::regionName(const QString &code) const
{
    return m_regionNames.value(code, code);
}

QString MapView::industryName(const QString &code) const
{
    return m_industryNames.value(code, code);
}

void MapView::refreshMap()
{
    const QString id = currentIndicator();
    const std::optional<IndicatorInfo> info = m_store.indicator(id);
    if (!info)
        return;
    ObservationQuery q;
    q.indicator = id;
    q.year = m_year->currentData().toInt();
    q.level = municipal() ? RegionLevel::Municipality : RegionLevel::Prefecture;
    q.industry = m_industry->count() > 0 ? m_industry->currentData().toString() : QString();
    q.sex = m_sex->currentData().toString();
    // Indicators by age show the all-ages total on the map.
    ObservationQuery ageProbe = q;
    ageProbe.ageClass = u"TOTAL"_s;
    if (!m_store.observations(ageProbe).isEmpty())
        q.ageClass = u"TOTAL"_s;
    m_values = m_levels->restrict(m_store.values(q));
    const QString filter = prefectureFilter();

    QString title = m_japanese ? info->nameJa : info->nameEn;
    if (m_industry->count() > 0)
        title += u" — "_s + m_industry->currentText();
    if (m_sex->isEnabled() && m_sex->currentIndex() > 0)
        title += u" ("_s + m_sex->currentText() + u')';
    if (municipal() && !filter.isEmpty())
        title += u" — "_s + m_levels->prefectureFilterName();
    title += u"  "_s + m_year->currentText();
    m_map->setTitle(title);
    m_map->setUnit(m_japanese ? info->unitJa : info->unitEn);
    m_map->setValues(m_values);
    m_map->setSelectedCodes(shownSelection());
    m_source->setText(tr("<b>Source:</b> %1 &nbsp; <b>Licence:</b> %2")
                          .arg((m_japanese ? info->sourceJa : info->sourceEn).toHtmlEscaped(),
                               info->licence.toHtmlEscaped()));
}

void MapView::refreshChart()
{
    const QString id = currentIndicator();
    const std::optional<IndicatorInfo> info = m_store.indicator(id);
    if (!info)
        return;
    QStringList codes = shownSelection();
    if (codes.isEmpty())
        codes << (municipal() && !prefectureFilter().isEmpty() ? prefectureFilter() : u"00"_s);
    const QString industry = m_industry->count() > 0 ? m_industry->currentData().toString() : QString();
    const QString sex = m_sex->currentData().toString();
    QList<widgets::Series> series;
    for (const QString &code : codes.mid(0, 8)) {
        QList<SeriesPoint> points = m_store.series(id, code, industry, sex);
        if (points.isEmpty())
            points = m_store.series(id, code, industry, sex, u"TOTAL"_s);
        widgets::Series s;
        s.label = regionName(code);
        for (const SeriesPoint &p : points) {
            if (std::isnan(p.value))
                continue;
            s.x.append(p.year);
            s.y.append(p.value);
        }
        if (!s.x.isEmpty())
            series.append(s);
    }
    QString title = m_japanese ? info->nameJa : info->nameEn;
    if (!industry.isEmpty())
        title += u" — "_s + industryName(industry);
    m_chart->setTitle(title);
    m_chart->setAxisLabels(tr("Year"), m_japanese ? info->unitJa : info->unitEn);
    m_chart->setSeries(series);
}

void MapView::refreshInfo()
{
    const QString id = currentIndicator();
    const std::optional<IndicatorInfo> info = m_store.indicator(id);
    if (!info)
        return;
    const QString unit = m_japanese ? info->unitJa : info->unitEn;
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
    const QString note = m_japanese ? info->noteJa : info->noteEn;
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
    exportFigureInteractive(this, figures().constFirst(), tr("Export map"), u"regionlens-map.png"_s, QSize(1600, 1200));
}

void MapView::levelChanged()
{
    fillIndicators();   // indicators and years of this level; refreshes map, chart and text
}

} // namespace regionlens::app
