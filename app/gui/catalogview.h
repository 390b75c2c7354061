// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogue of what the store holds: one row per indicator with its
// source, licence, years and number of regions, filterable; activating a row
// asks the main window to show that indicator.
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace regionlens::datasets {
class Store;
}

namespace regionlens::app {

class CatalogModel;

class CatalogView : public QWidget
{
    Q_OBJECT

public:
    // store: the main window's store, read on the GUI thread.
    explicit CatalogView(datasets::Store &store, QWidget *parent = nullptr);

    // Re-reads the store (call after an import).
    void refresh();
    int indicatorCount() const;

signals:
    void indicatorActivated(const QString &indicatorId);

private:
    datasets::Store &m_store;
    CatalogModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace regionlens::app
