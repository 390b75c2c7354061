// SPDX-License-Identifier: GPL-3.0-or-later
#include "lqtablemodel.h"

#include "exportsupport.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>

#include <cmath>

using namespace Qt::StringLiterals;

namespace regionlens::app {

LqTableModel::LqTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void LqTableModel::setTable(const QStringList &regionCodes, const QStringList &regionNames,
                            const QStringList &industryNames, const datasets::ValueGrid &lq)
{
    beginResetModel();
    m_codes = regionCodes;
    m_names = regionNames;
    m_industries = industryNames;
    m_lq = lq;
    endResetModel();
}

int LqTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_codes.size());
}

int LqTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_industries.size()) + 1;
}

QVariant LqTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_codes.size() || index.column() > m_industries.size())
        return {};
    const int r = index.row();
    const int c = index.column() - 1;
    if (role == int(Role::RegionCode))
        return m_codes.at(r);
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return m_names.value(r, m_codes.at(r));
        case int(Role::Sort):
            return m_codes.at(r);   // JIS order; groups (non-numeric codes) last
        default:
            return {};
        }
    }
    const double v = m_lq.at(r, c);
    switch (role) {
    case Qt::DisplayRole:
        return std::isfinite(v) ? QString::number(v, 'f', 2) : u"–"_s;
    case Qt::EditRole:   // the exports' raw number (NaN: an empty cell)
        return v;
    case int(Role::Sort):
    case int(Role::Value):
        return std::isfinite(v) ? v : -1.0;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::BackgroundRole:
        // LQ > 1 in a pale blue, stronger above 1.5 (colour-blind safe).
        if (std::isfinite(v) && v >= 1.5)
            return QBrush(QColor(0x9e, 0xca, 0xe1));
        if (std::isfinite(v) && v >= 1.0)
            return QBrush(QColor(0xde, 0xeb, 0xf7));
        return {};
    default:
        return {};
    }
}

QVariant LqTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == 0)
        return tr("Region");
    return m_industries.value(section - 1);
}

LqTableView::LqTableView(QWidget *parent)
    : QTableView(parent), m_model(new LqTableModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(int(LqTableModel::Role::Sort));
    setModel(m_proxy);
    setSortingEnabled(true);
    sortByColumn(0, Qt::AscendingOrder);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setDefaultSectionSize(72);
    setAlternatingRowColors(true);
    setWordWrap(false);
    addTableExportActions(this);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_marking)
            return;
        QStringList codes;
        for (const QModelIndex &index : selectionModel()->selectedRows()) {
            const QString code = index.data(int(LqTableModel::Role::RegionCode)).toString();
            if (!code.startsWith(u"group:"))
                codes << code;
        }
        if (!codes.isEmpty())
            emit regionsPicked(codes);
    });
}

void LqTableView::selectCodes(const QStringList &codes)
{
    m_marking = true;
    QItemSelection rows;
    for (const QString &code : codes) {
        const int r = m_model->rowOf(code);
        if (r < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(r, 0));
        rows.select(index, index.siblingAtColumn(m_proxy->columnCount() - 1));
    }
    selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    m_marking = false;
}

} // namespace regionlens::app
