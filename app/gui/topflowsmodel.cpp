// SPDX-License-Identifier: GPL-3.0-or-later
#include "topflowsmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::app {

TopFlowsModel::TopFlowsModel(QObject *parent) : QAbstractTableModel(parent) {}

void TopFlowsModel::setRows(const QList<Row> &rows, double total, const QHash<QString, QString> &names)
{
    beginResetModel();
    m_rows = rows;
    m_total = total;
    m_names = names;
    endResetModel();
}

void TopFlowsModel::setShareTitle(const QString &title, const QString &toolTip)
{
    if (title == m_shareTitle && toolTip == m_shareToolTip)
        return;
    m_shareTitle = title;
    m_shareToolTip = toolTip;
    emit headerDataChanged(Qt::Horizontal, Share, Share);
}

int TopFlowsModel::rowOf(const QString &origin, const QString &destination) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).origin == origin && m_rows.at(i).destination == destination)
            return int(i);
    return -1;
}

int TopFlowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TopFlowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopFlowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    const double base = row.shareOf > 0 ? row.shareOf : m_total;
    const double share = base > 0 ? 100.0 * row.value / base : std::nan("");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Origin:
            return m_names.value(row.origin, row.origin);
        case Destination:
            return m_names.value(row.destination, row.destination);
        case Movers:
            return QLocale(QLocale::English).toString(row.value, 'f', 0);
        case Share:
            return std::isfinite(share) ? QLocale(QLocale::English).toString(share, 'f', 2) : QString();
        }
        break;
    case Qt::EditRole:   // the exports' raw numbers
        if (index.column() == Movers)
            return row.value;
        if (index.column() == Share)
            return share;
        return m_names.value(index.column() == Origin ? row.origin : row.destination);
    case Qt::TextAlignmentRole:
        return index.column() >= Movers ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return tr("%1 → %2").arg(m_names.value(row.origin, row.origin), m_names.value(row.destination, row.destination));
    default:
        break;
    }
    switch (Role(role)) {
    case Role::Sort:
        switch (index.column()) {
        case Origin:
            return row.origin;
        case Destination:
            return row.destination;
        case Movers:
            return row.value;
        case Share:
            return share;
        }
        break;
    case Role::OriginCode:
        return row.origin;
    case Role::DestinationCode:
        return row.destination;
    case Role::Value:
        return row.value;
    }
    return {};
}

QVariant TopFlowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section == Share)
        return m_shareToolTip.isEmpty() ? tr("Share of all movers between prefectures in the year") : m_shareToolTip;
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Origin:
        return tr("Origin");
    case Destination:
        return tr("Destination");
    case Movers:
        return tr("Movers");
    case Share:
        return m_shareTitle.isEmpty() ? tr("Share (%)") : m_shareTitle;
    }
    return {};
}

TopFlowsTable::TopFlowsTable(QWidget *parent)
    : QTableView(parent), m_model(new TopFlowsModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"topFlows"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(int(TopFlowsModel::Role::Sort));
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(TopFlowsModel::Movers, Qt::DescendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    // Every column as wide as its names, numbers and header: a narrow table
    // scrolls sideways rather than cutting names ("To…") or running headers
    // into each other (projector fonts).
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = selectionModel()->selectedRows();
        if (m_updating || rows.isEmpty())
            return;
        emit flowPicked(rows.first().data(int(TopFlowsModel::Role::OriginCode)).toString(),
                        rows.first().data(int(TopFlowsModel::Role::DestinationCode)).toString());
    });
}

std::pair<QString, QString> TopFlowsTable::showFlows(const QList<TopFlowsModel::Row> &rows, double total,
                                                     const QHash<QString, QString> &names, const QStringList &pair)
{
    const QScopedValueRollback<bool> guard(m_updating, true);
    m_model->setRows(rows, total, names);
    if (pair.size() == 2) {
        for (const auto &[o, d] : {std::pair{pair.at(0), pair.at(1)}, std::pair{pair.at(1), pair.at(0)}}) {
            const int row = m_model->rowOf(o, d);
            if (row >= 0) {
                selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
                return {o, d};
            }
        }
    }
    return {};
}

} // namespace regionlens::app
