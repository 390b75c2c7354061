// SPDX-License-Identifier: GPL-3.0-or-later
// The issues of an import as a table (severity, file, line, column, message)
// for the import dialog's issues list.
#pragma once

#include "importer.h"

#include <QAbstractTableModel>

namespace regionlens::datasets {

class ImportIssuesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, FileColumn, LineColumn, ColumnColumn, MessageColumn, ColumnCount };
    enum class Role { Severity = Qt::UserRole + 1, Line, Column, Text };

    explicit ImportIssuesModel(QObject *parent = nullptr);

    void setIssues(const QList<ImportIssue> &issues);
    void clear();
    const QList<ImportIssue> &issues() const { return m_issues; }
    int errorCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<ImportIssue> m_issues;
};

} // namespace regionlens::datasets
