// SPDX-License-Identifier: GPL-3.0-or-later
#include "maplevelcontrol.h"

#include "analysisviewsupport.h"

#include "boundaryadapter.h"
#include "catalogsource.h"
#include "datasets/store.h"
#include "flowlayout.h"
#include "mapoptions.h"

#include <QColor>
#include <QComboBox>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace regionlens::datasets;

namespace regionlens::app {

MapLevelControl::MapLevelControl(widgets::ChoroplethMap *map, QWidget *parent) : QObject(parent), m_map(map)
{
    m_level = new QComboBox(parent);
    m_level->setObjectName(u"mapLevel"_s);
    m_level->addItem(tr("Prefectures"), u"prefecture"_s);
    m_prefecture = new QComboBox(parent);
    m_prefecture->setObjectName(u"mapPrefecture"_s);
    m_prefecture->setToolTip(tr("Show the municipalities of one prefecture, zoomed to it"));
    m_prefecture->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_prefecture->addItem(tr("All prefectures"), QString());
    m_prefecture->setEnabled(false);
    // As wide as their text in any font (a squeezed combo box cuts it).
    m_level->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_prefecture->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        applyFeatures();
        emit levelChanged();
    });
    connect(m_prefecture, &QComboBox::currentIndexChanged, this, [this] {
        applyFeatures();
        if (municipal())
            emit filterChanged();
    });
}

QWidget *MapLevelControl::bar(QWidget *parent)
{
    auto *w = new QWidget(parent);
    // Level and prefecture on one line, or one under the other where the
    // panel is narrow (projector fonts on a 1280-pixel screen).
    auto *layout = new FlowLayout(w);
    layout->setSpacing(6);
    auto *levelLabel = new QLabel(tr("Level"), w);
    setLabelColour(levelLabel, QColor(0x44, 0x44, 0x44));
    levelLabel->setBuddy(m_level);
    auto *prefLabel = new QLabel(tr("Prefecture"), w);
    setLabelColour(prefLabel, QColor(0x44, 0x44, 0x44));
    prefLabel->setBuddy(m_prefecture);
    layout->insertWidget(levelLabel, false, 0);
    layout->insertWidget(m_level, true, 0);
    layout->insertWidget(prefLabel, false, 6);
    layout->insertWidget(m_prefecture, true, 0);
    return w;
}

QWidget *MapLevelControl::mapPanel(QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(bar(w));
    if (!m_note) {
        m_note = new QLabel(w);
        m_note->setObjectName(u"mapLevelNote"_s);
        m_note->setWordWrap(true);
        setLabelColour(m_note, QColor(0x8a, 0x4b, 0x00), QMargins(4, 2, 4, 2));
        m_note->setVisible(false);
    }
    layout->addWidget(m_note);
    layout->addWidget(MapOptionsBar::wrap(m_map), 1);
    return w;
}

void MapLevelControl::setNote(const QString &text)
{
    if (!m_note)
        return;
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString MapLevelControl::note() const
{
    return m_note ? m_note->text() : QString();
}

void MapLevelControl::reload(const CatalogSource &catalog)
{
    const QHash<QString, QString> &names = catalog.qualifiedRegionNames();
    QList<std::pair<QString, QString>> prefectures;
    for (const Region &r : catalog.snapshot().regions(RegionLevel::Prefecture))
        prefectures.append({r.code, names.value(r.code, r.code)});
    setFeatures(catalog.mapFeatures(RegionLevel::Prefecture), catalog.mapFeatures(RegionLevel::Municipality),
                prefectures);
}

void MapLevelControl::reload(const Store &store, const QHash<QString, QString> &names)
{
    QList<std::pair<QString, QString>> prefectures;
    for (const Region &r : store.regions(RegionLevel::Prefecture))
        prefectures.append({r.code, names.value(r.code, r.code)});
    setFeatures(toMapFeatures(store.boundaries(RegionLevel::Prefecture), names),
                toMapFeatures(store.boundaries(RegionLevel::Municipality), names), prefectures);
}

void MapLevelControl::setFeatures(QList<widgets::MapFeature> prefectureFeatures,
                                  QList<widgets::MapFeature> municipalFeatures,
                                  const QList<std::pair<QString, QString>> &prefectures)
{
    m_prefectures = std::move(prefectureFeatures);
    m_municipal = std::move(municipalFeatures);
    {
        const QSignalBlocker block(m_level);
        const QString current = level();
        m_level->clear();
        m_level->addItem(tr("Prefectures"), u"prefecture"_s);
        if (!m_municipal.isEmpty())
            m_level->addItem(tr("Municipalities"), u"municipality"_s);
        m_level->setCurrentIndex(std::max(0, m_level->findData(current)));
        m_level->setEnabled(m_level->count() > 1);
        m_level->setToolTip(m_level->count() > 1 ? tr("Colour the map by prefecture or by municipality")
                                                 : tr("Import municipal boundaries (N03) to map municipalities"));
    }
    {
        const QSignalBlocker block(m_prefecture);
        const QString current = m_prefecture->currentData().toString();
        m_prefecture->clear();
        m_prefecture->addItem(tr("All prefectures"), QString());
        for (const auto &[code, name] : prefectures)
            m_prefecture->addItem(name, code);
        m_prefecture->setCurrentIndex(std::max(0, m_prefecture->findData(current)));
    }
    applyFeatures();
}

bool MapLevelControl::municipal() const
{
    return m_level->currentData().toString() == u"municipality";
}

QString MapLevelControl::level() const
{
    const QString l = m_level->currentData().toString();
    return l.isEmpty() ? u"prefecture"_s : l;
}

void MapLevelControl::setLevel(const QString &level)
{
    const int index = m_level->findData(level);
    if (index >= 0)
        m_level->setCurrentIndex(index);
}

QString MapLevelControl::prefectureFilter() const
{
    return municipal() ? m_prefecture->currentData().toString() : QString();
}

void MapLevelControl::setPrefectureFilter(const QString &prefectureCode)
{
    const int index = m_prefecture->findData(prefectureCode);
    if (index >= 0)
        m_prefecture->setCurrentIndex(index);
}

QString MapLevelControl::prefectureFilterName() const
{
    return prefectureFilter().isEmpty() ? QString() : m_prefecture->currentText();
}

bool MapLevelControl::shows(const QString &code) const
{
    if (!municipal())
        return code.size() == 2 && code != u"00";
    const QString filter = prefectureFilter();
    return code.size() == 5 && (filter.isEmpty() || code.startsWith(filter));
}

QStringList MapLevelControl::shownMunicipalities(const QStringList &codes, QStringList *prefectures) const
{
    QStringList shown;
    prefectures->clear();
    for (const QString &code : codes) {
        if (code.size() != 5 || !shows(code))
            continue;
        shown << code;
        if (!prefectures->contains(code.left(2)))
            prefectures->append(code.left(2));
    }
    return shown;
}

QHash<QString, double> MapLevelControl::restrict(QHash<QString, double> values) const
{
    values.removeIf([this](const auto &it) { return !shows(it.key()); });
    return values;
}

void MapLevelControl::applyFeatures()
{
    m_prefecture->setEnabled(municipal());
    if (!municipal()) {
        m_map->setFeatures(m_prefectures);
        return;
    }
    const QString filter = prefectureFilter();
    if (filter.isEmpty()) {
        m_map->setFeatures(m_municipal);
        return;
    }
    QList<widgets::MapFeature> shown;
    for (const widgets::MapFeature &f : std::as_const(m_municipal))
        if (f.code.startsWith(filter))
            shown.append(f);
    m_map->setFeatures(shown);
}

} // namespace regionlens::app
