// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogview.h"

#include "catalogsource.h"
#include "datasets/catalogsnapshot.h"
#include "messagetexts.h"

#include <QAbstractTableModel>
#include <QHeaderView>
#include <QLayout>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace regionlens::app {

struct CatalogEntry
{
    datasets::IndicatorInfo info;
    QList<int> years;
    int regions = 0;   // distinct regions (origins for flows) in the latest year
};

// Indicators as rows, from a catalogue snapshot.
class CatalogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, Kind, Unit, Years, Regions, Source, Licence, ColumnCount };
    enum class Role { IndicatorId = Qt::UserRole + 1, SortKey };

    using QAbstractTableModel::QAbstractTableModel;

    void load(const datasets::CatalogSnapshot &catalog, bool japanese)
    {
        m_japanese = japanese;
        QList<CatalogEntry> entries;
        for (const datasets::IndicatorInfo &info : catalog.indicators())
            entries.append(CatalogEntry{info, catalog.years(info.id), catalog.regionCount(info.id)});
        beginResetModel();
        m_entries = entries;
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_entries.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const CatalogEntry &e = m_entries.at(index.row());
        if (role == int(Role::IndicatorId))
            return e.info.id;
        if (role == Qt::ToolTipRole)
            return e.info.noteJa.isEmpty() ? e.info.nameEn : e.info.nameEn + u"\n"_s + e.info.noteJa;
        const bool sortKey = role == int(Role::SortKey);
        if (role != Qt::DisplayRole && !sortKey)
            return {};
        switch (index.column()) {
        case Id:
            return e.info.id;
        case Name:
            return either(e.info.nameJa, e.info.nameEn);
        case Kind:
            return e.info.kind == u"flow" ? tr("flows") : tr("values");
        case Unit:
            return either(e.info.unitJa, e.info.unitEn);
        case Years:
            if (sortKey)
                return e.years.isEmpty() ? 0 : e.years.last();
            return e.years.isEmpty()       ? QString()
                   : e.years.size() == 1 ? QString::number(e.years.first())
                                         : tr("%1–%2 (%n years)", "", int(e.years.size()))
                                               .arg(e.years.first())
                                               .arg(e.years.last());
        case Regions:
            return e.regions;
        case Source:
            return either(e.info.sourceJa, e.info.sourceEn);
        case Licence:
            return licenceLabel(e.info.licence);
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case Id: return tr("Id");
        case Name: return tr("Indicator");
        case Kind: return tr("Kind");
        case Unit: return tr("Unit");
        case Years: return tr("Years");
        case Regions: return tr("Regions");
        case Source: return tr("Source");
        case Licence: return tr("Licence");
        default: return {};
        }
    }

private:
    // The UI language's text, the Japanese one where there is no English.
    QString either(const QString &ja, const QString &en) const { return m_japanese || en.isEmpty() ? ja : en; }

    QList<CatalogEntry> m_entries;
    bool m_japanese = true;
};

CatalogView::CatalogView(CatalogSource &catalog, QWidget *parent) : QWidget(parent), m_catalog(catalog)
{
    m_model = new CatalogModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(int(CatalogModel::Role::SortKey));
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter indicators, sources, licences…"));
    m_filter->setClearButtonEnabled(true);
    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit indicatorActivated(index.data(int(CatalogModel::Role::IndicatorId)).toString());
    });
    connect(&m_catalog, &CatalogSource::changed, this, &CatalogView::refresh);
    refresh();
}

void CatalogView::refresh()
{
    m_model->load(m_catalog.snapshot(), m_catalog.japanese());
    // Measuring every cell of 450 rows takes ~20 ms: not while the dock is
    // hidden (as it is at launch), but when it is shown.
    m_columnsStale = !isVisible();
    if (!m_columnsStale)
        m_view->resizeColumnsToContents();
}

void CatalogView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_columnsStale, false))
        m_view->resizeColumnsToContents();
}

// Room for a useful number of rows (the dock showed two): the filter, the
// header, a horizontal scroll bar and 10 rows (at least 5).
QSize CatalogView::rowsSize(int rows) const
{
    const int height = m_filter->sizeHint().height() + layout()->spacing() + m_view->horizontalHeader()->sizeHint().height()
                       + rows * m_view->verticalHeader()->defaultSectionSize()
                       + m_view->horizontalScrollBar()->sizeHint().height() + 2 * m_view->frameWidth();
    return {QWidget::sizeHint().width(), height};
}

QSize CatalogView::sizeHint() const
{
    return rowsSize(10);
}

QSize CatalogView::minimumSizeHint() const
{
    return {QWidget::minimumSizeHint().width(), rowsSize(5).height()};
}

int CatalogView::visibleRows() const
{
    return m_view->viewport()->height() / std::max(1, m_view->verticalHeader()->defaultSectionSize());
}

int CatalogView::indicatorCount() const
{
    return m_model->rowCount();
}

} // namespace regionlens::app

#include "catalogview.moc"
