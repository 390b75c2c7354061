// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue of what the store holds: one row per indicator with its
// source, licence, years and number of regions, filterable; activating a row
// asks the main window to show that indicator.
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace regionlens::app {

class CatalogModel;
class CatalogSource;

class CatalogView : public QWidget
{
    Q_OBJECT

public:
    // Shows catalog's snapshot (no SQL) and follows catalog.changed().
    explicit CatalogView(CatalogSource &catalog, QWidget *parent = nullptr);

    // Shows the catalogue's current snapshot again.
    void refresh();
    int indicatorCount() const;
    // Whole rows the table shows at its current size (tests).
    int visibleRows() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void indicatorActivated(const QString &indicatorId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QSize rowsSize(int rows) const;

    CatalogSource &m_catalog;
    CatalogModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    bool m_columnsStale = false;   // refreshed while hidden: columns sized when shown
};

} // namespace regionlens::app
