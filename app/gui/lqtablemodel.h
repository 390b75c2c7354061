// SPDX-License-Identifier: GPL-3.0-or-later
// Region × industry table of location quotients: first column the region,
// then one column per industry. Sorting through a QSortFilterProxyModel uses
// SortRole (numbers, not text); RegionCodeRole gives the row's region code.
#pragma once

#include "datasets/valuegrid.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace regionlens::app {

class LqTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Role { RegionCode = Qt::UserRole + 1, Sort, Value };

    explicit LqTableModel(QObject *parent = nullptr);

    // regionNames/industryNames are display names in the order of lq's rows
    // and columns; regionCodes identify the rows.
    void setTable(const QStringList &regionCodes, const QStringList &regionNames,
                  const QStringList &industryNames, const datasets::ValueGrid &lq);
    QString regionCode(int row) const { return m_codes.value(row); }
    int rowOf(const QString &code) const { return int(m_codes.indexOf(code)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_codes;
    QStringList m_names;
    QStringList m_industries;
    datasets::ValueGrid m_lq;
};

} // namespace regionlens::app
