// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurecontrol.h"

#include "datasets/catalogsnapshot.h"
#include "datasets/indicatorcatalog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace regionlens::app {

using datasets::indicatoradapter::Change;
using datasets::indicatoradapter::Per;

namespace {

void setItemEnabled(QComboBox *box, int index, bool on)
{
    if (auto *model = qobject_cast<QStandardItemModel *>(box->model()))
        if (QStandardItem *item = model->item(index))
            item->setEnabled(on);
}

bool itemEnabled(const QComboBox *box, int index)
{
    const auto *model = qobject_cast<const QStandardItemModel *>(box->model());
    const QStandardItem *item = model ? model->item(index) : nullptr;
    return item && item->isEnabled();
}

} // namespace

MeasureControl::MeasureControl(QWidget *parent) : QObject(parent)
{
    m_per = new QComboBox(parent);
    m_per->setObjectName(u"measurePer"_s);
    m_per->setToolTip(tr("Divide the value by population, area, households or its parent item"));
    m_per->addItem(tr("Value as published"), int(Per::None));
    m_per->addItem(tr("Per person"), int(Per::Capita));
    m_per->addItem(tr("Per 1,000 population"), int(Per::Thousand));
    m_per->addItem(tr("Per 100,000 population"), int(Per::HundredThousand));
    m_per->addItem(tr("Per km²"), int(Per::Km2));
    m_per->addItem(tr("Per household"), int(Per::Household));
    m_per->addItem(tr("Share of the parent item"), int(Per::Share));
    m_per->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_per->setMinimumContentsLength(14);
    m_change = new QComboBox(parent);
    m_change->setObjectName(u"measureChange"_s);
    m_change->setToolTip(tr("The measure in the year shown, or its change since an earlier year"));
    m_change->addItem(tr("In the year"), int(Change::None));
    m_change->addItem(tr("Change since"), int(Change::Difference));
    m_change->addItem(tr("Growth rate since"), int(Change::Growth));
    // As wide as its longest item, never squeezed ("表示年の値" was cut to
    // "表示年の" under its arrow): the form puts the row under its label instead.
    m_change->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_change->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_from = new QComboBox(parent);
    m_from->setObjectName(u"measureFrom"_s);
    m_from->setToolTip(tr("The earlier year"));
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_from->setMinimumContentsLength(4);
    connect(m_from, &QComboBox::activated, this, [this] { m_fromChosen = true; });
    for (QComboBox *box : {m_per, m_change, m_from})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateEnabled();
            emit changed();
        });
    updateEnabled();
}

QWidget *MeasureControl::changeRow(QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_change, 1);
    layout->addWidget(m_from);
    return w;
}

QWidget *MeasureControl::bar(QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_per);
    layout->addWidget(m_change);
    layout->addWidget(m_from);
    return w;
}

void MeasureControl::setIndicator(const datasets::CatalogSnapshot &catalog, const QString &indicator,
                                  datasets::RegionLevel level, int year)
{
    namespace derived = datasets::indicatoradapter;
    const std::optional<datasets::IndicatorInfo> info = catalog.indicator(indicator);
    // The adapter divides the totals (not by industry): counts and amounts without a breakdown by industry.
    const QStringList industries = catalog.industriesOf(indicator);
    const bool byIndustry = std::any_of(industries.begin(), industries.end(), [](const QString &c) { return !c.isEmpty(); });
    const bool additive = info && !byIndustry && datasets::indicatorcatalog::entryFor(*info).additive;
    const QString parent = info ? derived::parentOf(indicator, catalog.indicators()) : QString();
    {
        const QSignalBlocker block(m_per);
        for (int i = 0; i < m_per->count(); ++i) {
            const Per per = Per(m_per->itemData(i).toInt());
            const QString denominator = derived::denominatorId(per, parent);
            setItemEnabled(m_per, i,
                           per == Per::None
                               || (additive && !denominator.isEmpty() && !catalog.years(denominator, level).isEmpty()));
        }
        if (!itemEnabled(m_per, m_per->currentIndex()))
            m_per->setCurrentIndex(0);
        m_per->setToolTip(!info || additive ? tr("Divide the value by population, area, households or its parent item")
                          : byIndustry    ? tr("Values by industry are shown as published")
                                          : tr("A rate, an average or a price is not divided by population, area "
                                               "or households"));
    }
    {
        const QSignalBlocker block(m_from);
        const int from = m_from->currentData().toInt();
        m_from->clear();
        const QList<int> years = info && !byIndustry ? catalog.years(indicator, level) : QList<int>();
        for (int y : years)
            if (y < year)
                m_from->addItem(QString::number(y), y);
        // The year before the one shown, unless the user chose another earlier year.
        const int index = m_fromChosen ? m_from->findData(from) : -1;
        m_from->setCurrentIndex(index >= 0 ? index : m_from->count() - 1);
    }
    {
        const QSignalBlocker block(m_change);
        setItemEnabled(m_change, 1, m_from->count() > 0);
        setItemEnabled(m_change, 2, m_from->count() > 0);
        if (m_from->count() == 0)
            m_change->setCurrentIndex(0);
    }
    updateEnabled();
}

void MeasureControl::updateEnabled()
{
    m_from->setEnabled(change() != Change::None && m_from->count() > 0);
}

Per MeasureControl::per() const
{
    return Per(m_per->currentData().toInt());
}

Change MeasureControl::change() const
{
    return Change(m_change->currentData().toInt());
}

std::optional<int> MeasureControl::fromYear() const
{
    if (change() == Change::None || m_from->count() == 0)
        return std::nullopt;
    return m_from->currentData().toInt();
}

bool MeasureControl::isDerived() const
{
    return per() != Per::None || change() != Change::None;
}

bool MeasureControl::setPer(Per per)
{
    const int index = m_per->findData(int(per));
    if (index < 0 || !itemEnabled(m_per, index))
        return false;
    m_per->setCurrentIndex(index);
    return true;
}

bool MeasureControl::setChange(Change change, std::optional<int> fromYear)
{
    const int index = m_change->findData(int(change));
    if (index < 0 || !itemEnabled(m_change, index))
        return false;
    if (fromYear) {
        const int from = m_from->findData(*fromYear);
        if (from < 0)
            return false;
        const QSignalBlocker block(m_from);
        m_from->setCurrentIndex(from);
        m_fromChosen = true;
    }
    if (m_change->currentIndex() != index)
        m_change->setCurrentIndex(index);
    else
        emit changed();   // the year alone changed
    return true;
}

datasets::indicatoradapter::Request MeasureControl::request(const QString &indicator, datasets::RegionLevel level,
                                                            int year) const
{
    datasets::indicatoradapter::Request r;
    r.indicator = indicator;
    r.level = level;
    r.year = year;
    r.per = per();
    r.change = change();
    r.fromYear = fromYear();
    return r;
}

QString MeasureControl::qualifier() const
{
    const QString perText = per() == Per::None ? QString() : m_per->currentText();
    const std::optional<int> from = fromYear();
    if (!from)
        return perText;
    const QString changeText =
        change() == Change::Growth ? tr("growth rate since %1").arg(*from) : tr("change since %1").arg(*from);
    return perText.isEmpty() ? changeText : tr("%1, %2").arg(perText, changeText);
}

} // namespace regionlens::app
