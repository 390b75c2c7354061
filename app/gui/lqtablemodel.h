// SPDX-License-Identifier: GPL-3.0-or-later
// Region × industry table of location quotients: first column the region,
// then one column per industry. Sorting through a QSortFilterProxyModel uses
// SortRole (numbers, not text); RegionCodeRole gives the row's region code.
// LqTableView shows one, sortable, whole rows selected.
#pragma once

#include "datasets/valuegrid.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QTableView>

class QSortFilterProxyModel;

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

// The sortable view of its own LqTableModel (numbers sorted as numbers,
// whole rows selected, Ctrl/Shift for several, the table export actions).
// The user's row picks come out as regionsPicked() (group rows left out);
// selectCodes() marks rows without emitting it.
class LqTableView : public QTableView
{
    Q_OBJECT

public:
    explicit LqTableView(QWidget *parent = nullptr);

    LqTableModel *lqModel() const { return m_model; }
    void selectCodes(const QStringList &codes);

signals:
    void regionsPicked(const QStringList &codes);

private:
    LqTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_marking = false;
};

} // namespace regionlens::app
