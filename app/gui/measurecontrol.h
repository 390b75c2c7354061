// SPDX-License-Identifier: GPL-3.0-or-later
// The derived-measure choosers beside an IndicatorPicker (issue 12): per
// person, per 1,000 or 100,000 population, per km², per household, share of
// the parent item, and the change or growth rate since an earlier year. It
// only chooses: the measure is computed by indicatoradapter (the same path as
// `regionlens-cli export --per … --change …`), from request().
//
// Like MapLevelControl it owns its combo boxes (children of the parent given,
// objectNames "measurePer", "measureChange", "measureFrom"); a page puts them
// in its form (perBox(), changeRow()) or uses bar() in a controls row.
// setIndicator() offers what the indicator allows: the per measures for
// counts and amounts whose denominator the catalogue has at the level, share
// when it has a parent item, change when it has an earlier year.
#pragma once

#include "datasets/adapters/indicatoradapter.h"
#include "datasets/catalog.h"

#include <QObject>
#include <QString>

#include <optional>

class QComboBox;
class QWidget;

namespace regionlens::datasets {
class CatalogSnapshot;
}

namespace regionlens::app {

class MeasureControl : public QObject
{
    Q_OBJECT

public:
    explicit MeasureControl(QWidget *parent);

    QComboBox *perBox() const { return m_per; }
    QComboBox *changeBox() const { return m_change; }
    QComboBox *fromBox() const { return m_from; }
    // The change chooser and its year in one row (for a form).
    QWidget *changeRow(QWidget *parent);
    // All three in one row (for a page's controls row).
    QWidget *bar(QWidget *parent);

    // What indicator allows at level when year is shown (see above). Keeps
    // the choice where it is still allowed, else falls back to the value as
    // published. Emits nothing.
    void setIndicator(const datasets::CatalogSnapshot &catalog, const QString &indicator, datasets::RegionLevel level,
                      int year);

    datasets::indicatoradapter::Per per() const;
    datasets::indicatoradapter::Change change() const;
    std::optional<int> fromYear() const;   // change only
    // False for the value as published.
    bool isDerived() const;
    bool setPer(datasets::indicatoradapter::Per per);   // false when not offered
    bool setChange(datasets::indicatoradapter::Change change, std::optional<int> fromYear = std::nullopt);
    // The adapter's request for what is chosen.
    datasets::indicatoradapter::Request request(const QString &indicator, datasets::RegionLevel level,
                                                int year) const;
    // The measure's name as a qualifier of the indicator's ("per 100,000
    // population", "growth rate since 2015"); "" for the value as published.
    QString qualifier() const;

signals:
    void changed();

private:
    void updateEnabled();

    QComboBox *m_per = nullptr;
    QComboBox *m_change = nullptr;
    QComboBox *m_from = nullptr;
    bool m_fromChosen = false;   // by the user (else: the year before the one shown)
};

} // namespace regionlens::app
