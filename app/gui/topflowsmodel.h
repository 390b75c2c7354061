// SPDX-License-Identifier: GPL-3.0-or-later
// Table model of the largest flows: origin, destination, movers and their
// share of all movers. Sort through a QSortFilterProxyModel on Role::Sort.
// TopFlowsTable shows it sorted by movers, one row selectable.
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTableView>

#include <utility>

class QSortFilterProxyModel;

namespace regionlens::app {

class TopFlowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Origin, Destination, Movers, Share, ColumnCount };
    enum class Role { Sort = Qt::UserRole + 1, OriginCode, DestinationCode, Value };

    struct Row
    {
        QString origin;
        QString destination;
        double value = 0.0;
        // The share's denominator for this row (e.g. the selected region's
        // in-moves for a flow into it); 0: the table's total.
        double shareOf = 0.0;
    };

    explicit TopFlowsModel(QObject *parent = nullptr);

    // total: the denominator of the share column (all movers of the year).
    void setRows(const QList<Row> &rows, double total, const QHash<QString, QString> &names);
    const QList<Row> &rows() const { return m_rows; }
    // The share column's title and tooltip; empty: of all movers in the year.
    void setShareTitle(const QString &title, const QString &toolTip);
    // Row of the flow origin → destination, or −1.
    int rowOf(const QString &origin, const QString &destination) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    QHash<QString, QString> m_names;
    double m_total = 0.0;
    QString m_shareTitle;
    QString m_shareToolTip;
};

// The largest flows, sorted by movers (largest first), one row selectable
// (objectName "topFlows").
class TopFlowsTable : public QTableView
{
    Q_OBJECT

public:
    explicit TopFlowsTable(QWidget *parent = nullptr);

    TopFlowsModel *flowsModel() const { return m_model; }
    // New rows; when pair holds two regions, the row of the flow between them
    // (either direction) stays selected and is returned as origin →
    // destination, else {"", ""}.
    std::pair<QString, QString> showFlows(const QList<TopFlowsModel::Row> &rows, double total,
                                          const QHash<QString, QString> &names, const QStringList &pair);

signals:
    // The user selected the row of this flow.
    void flowPicked(const QString &origin, const QString &destination);

private:
    TopFlowsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    bool m_updating = false;
};

} // namespace regionlens::app
