// SPDX-License-Identifier: GPL-3.0-or-later
#include "importissuesmodel.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace regionlens::datasets {

ImportIssuesModel::ImportIssuesModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportIssuesModel::setIssues(const QList<ImportIssue> &issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

void ImportIssuesModel::clear()
{
    if (m_issues.isEmpty())
        return;
    beginRemoveRows(QModelIndex(), 0, int(m_issues.size()) - 1);
    m_issues.clear();
    endRemoveRows();
}

int ImportIssuesModel::errorCount() const
{
    return int(std::count_if(m_issues.cbegin(), m_issues.cend(),
                             [](const ImportIssue &i) { return i.severity == IssueSeverity::Error; }));
}

int ImportIssuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ImportIssuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportIssuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportIssue &issue = m_issues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return issue.severity == IssueSeverity::Error     ? tr("Error")
                   : issue.severity == IssueSeverity::Warning ? tr("Warning")
                                                              : tr("Note");
        case FileColumn:
            return QFileInfo(issue.file).fileName();
        case LineColumn:
            return issue.line > 0 ? QVariant(issue.line) : QVariant();
        case ColumnColumn:
            return issue.column > 0 ? QVariant(issue.column) : QVariant();
        case MessageColumn:
            return issue.message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return issue.toString();
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn || index.column() == ColumnColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case int(Role::Severity):
        return int(issue.severity);
    case int(Role::Line):
        return issue.line;
    case int(Role::Column):
        return issue.column;
    case int(Role::Text):
        return issue.toString();
    default:
        return {};
    }
}

QVariant ImportIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

QHash<int, QByteArray> ImportIssuesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(int(Role::Severity), "severity");
    names.insert(int(Role::Line), "line");
    names.insert(int(Role::Column), "column");
    names.insert(int(Role::Text), "text");
    return names;
}

} // namespace regionlens::datasets
