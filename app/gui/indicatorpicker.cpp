// SPDX-License-Identifier: GPL-3.0-or-later
#include "indicatorpicker.h"

#include "datasets/indicatorcatalog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSet>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regionlens::app {

using datasets::IndicatorInfo;
namespace catalogue = datasets::indicatorcatalog;

IndicatorPicker::IndicatorPicker(Style style, QWidget *parent) : QWidget(parent)
{
    setObjectName(u"indicatorPickerPanel"_s);
    // The indicator first: a page's first combo box is its indicator's.
    m_indicator = new QComboBox(this);
    m_indicator->setObjectName(u"indicatorPicker"_s);
    m_indicator->setMaxVisibleItems(24);
    m_indicator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_indicator->setMinimumContentsLength(14);
    m_theme = new QComboBox(this);
    m_theme->setObjectName(u"indicatorTheme"_s);
    m_theme->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_theme->setMinimumContentsLength(10);
    m_theme->setToolTip(tr("Themes follow RESAS's maps; the list shows the theme's indicators"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"indicatorSearch"_s);
    m_search->setPlaceholderText(tr("Japanese or English name"));
    m_search->setToolTip(tr("Every word must occur in the Japanese or English name, the item code or the id"));
    m_search->setClearButtonEnabled(true);

    if (style == Style::Form) {
        m_form = new QFormLayout(this);
        m_form->setContentsMargins(0, 0, 0, 0);
        m_form->addRow(tr("Theme"), m_theme);
        m_form->addRow(tr("Find"), m_search);
        m_form->addRow(tr("Indicator"), m_indicator);
    } else {
        auto *row = new QHBoxLayout(this);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        m_search->setMinimumWidth(120);
        row->addWidget(m_theme);
        row->addWidget(m_search);
        row->addWidget(m_indicator, 1);
    }

    connect(m_theme, &QComboBox::currentIndexChanged, this, &IndicatorPicker::refillAndNotify);
    connect(m_search, &QLineEdit::textChanged, this, &IndicatorPicker::refillAndNotify);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = currentIndicator();
        if (!id.isEmpty() && id != m_shown) {
            m_shown = id;
            emit indicatorChanged(id);
        }
    });
}

void IndicatorPicker::setCatalog(const datasets::CatalogSnapshot &snapshot, bool japanese)
{
    m_catalog = snapshot;
    m_japanese = japanese;
    refill();
}

void IndicatorPicker::setLevel(std::optional<datasets::RegionLevel> level)
{
    m_level = level;
    refill();
}

void IndicatorPicker::setFilter(Filter filter)
{
    m_filter = std::move(filter);
    refill();
}

void IndicatorPicker::setDefaultIndicator(const QString &id)
{
    m_default = id;
}

QString IndicatorPicker::currentIndicator() const
{
    return m_indicator->currentData().toString();
}

std::optional<IndicatorInfo> IndicatorPicker::currentInfo() const
{
    return m_catalog.indicator(currentIndicator());
}

bool IndicatorPicker::offered(const IndicatorInfo &info) const
{
    if (m_filter ? !m_filter(info, m_catalog) : info.kind != u"observation")
        return false;
    return !m_level || !m_catalog.years(info.id, *m_level).isEmpty();
}

QString IndicatorPicker::nameOf(const IndicatorInfo &info) const
{
    return m_japanese ? info.nameJa : info.nameEn;
}

bool IndicatorPicker::setCurrentIndicator(const QString &id)
{
    const std::optional<IndicatorInfo> info = m_catalog.indicator(id);
    if (!info || !offered(*info))
        return false;
    if (m_indicator->findData(id) < 0) {
        // Hidden by the theme or the search text: show every indicator again.
        const QSignalBlocker blockTheme(m_theme), blockSearch(m_search);
        m_theme->setCurrentIndex(0);
        m_search->clear();
        refill();
    }
    m_indicator->setCurrentIndex(m_indicator->findData(id));   // announces it when it changed
    return currentIndicator() == id;
}

QString IndicatorPicker::theme() const
{
    return m_theme->currentData().toString();
}

void IndicatorPicker::setTheme(const QString &id)
{
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(id)));
}

QString IndicatorPicker::searchText() const
{
    return m_search->text();
}

void IndicatorPicker::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QStringList IndicatorPicker::offeredIndicators() const
{
    QStringList out;
    for (int i = 0; i < m_indicator->count(); ++i)
        if (const QString id = m_indicator->itemData(i).toString(); !id.isEmpty())
            out << id;
    return out;
}

void IndicatorPicker::refillAndNotify()
{
    const QString before = m_shown;
    refill();
    if (!m_shown.isEmpty() && m_shown != before)
        emit indicatorChanged(m_shown);
}

void IndicatorPicker::refill()
{
    const QString shown = m_shown;
    // The themes with indicators on offer (kept across refills while they have some).
    QSet<QString> themesOffered;
    for (const IndicatorInfo &info : m_catalog.indicators())
        if (offered(info))
            for (const QString &t : catalogue::entryFor(info).themes)
                themesOffered.insert(t);
    const QString theme = m_theme->currentData().toString();
    {
        const QSignalBlocker block(m_theme);
        m_theme->clear();
        m_theme->addItem(tr("All themes"), QString());
        for (const datasets::IndicatorTheme &t : catalogue::themesIn(m_catalog))
            if (themesOffered.contains(t.id))
                m_theme->addItem(m_japanese ? t.nameJa : t.nameEn, t.id);
        m_theme->setCurrentIndex(std::max(0, m_theme->findData(theme)));
    }
    const QSignalBlocker block(m_indicator);
    m_indicator->clear();
    // The indicators the theme and the search text let through, under their category's heading.
    QList<IndicatorInfo> found = catalogue::findIndicators(m_catalog, m_search->text(), this->theme());
    found.removeIf([this](const IndicatorInfo &info) { return !offered(info); });
    auto *model = qobject_cast<QStandardItemModel *>(m_indicator->model());
    for (const datasets::IndicatorCategory &category : catalogue::categoriesIn(m_catalog)) {
        bool heading = false;
        for (const IndicatorInfo &info : std::as_const(found)) {
            if (catalogue::entryFor(info).category != category.id)
                continue;
            if (!heading && model) {
                m_indicator->addItem(u"— %1 —"_s.arg(m_japanese ? category.nameJa : category.nameEn));
                model->item(m_indicator->count() - 1)->setEnabled(false);
                heading = true;
            }
            m_indicator->addItem(nameOf(info), info.id);
        }
    }
    // Nothing found: the indicator shown stays (a page does not go blank while typing).
    if (m_indicator->count() == 0)
        for (const QString &id : {shown, m_default})
            if (const std::optional<IndicatorInfo> info = m_catalog.indicator(id); info && offered(*info)) {
                m_indicator->addItem(nameOf(*info), info->id);
                break;
            }
    // The indicator shown, else the default, else the first one listed.
    int index = m_indicator->findData(shown.isEmpty() ? m_default : shown);
    if (index < 0)
        index = m_indicator->findData(m_default);
    for (int i = 0; index < 0 && i < m_indicator->count(); ++i)
        if (!m_indicator->itemData(i).toString().isEmpty())
            index = i;
    m_indicator->setCurrentIndex(index);
    // Announced by refillAndNotify() only: after a refill the host asked
    // for (catalogue, level, filter) it redraws anyway.
    m_shown = currentIndicator();
}

} // namespace regionlens::app
