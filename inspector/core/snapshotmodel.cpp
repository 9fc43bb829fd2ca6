// SPDX-License-Identifier: BSD-3-Clause
#include "snapshotmodel.h"

namespace Inspector {

namespace {
constexpr int MaxRows = 5000;
}

SnapshotModel::SnapshotModel(QObject *parent) : QAbstractTableModel(parent) { }

void SnapshotModel::take(const QAbstractItemModel *source, int first, int last, int loadingRole)
{
    beginResetModel();
    m_cells.clear();
    m_headers.clear();
    m_loadingRole = loadingRole;
    m_rows = source->rowCount();
    m_columns = source->columnCount();
    const QList<int> roles { Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole,
                             Qt::AccessibleTextRole, Qt::AccessibleDescriptionRole };
    for (int c = 0; c < m_columns; ++c) {
        Cell header;
        header.insert(Qt::DisplayRole, source->headerData(c, Qt::Horizontal, Qt::DisplayRole));
        header.insert(Qt::ToolTipRole, source->headerData(c, Qt::Horizontal, Qt::ToolTipRole));
        m_headers.append(header);
    }
    first = qMax(0, first);
    last = qMin(qMin(last, m_rows - 1), first + MaxRows - 1);
    const QHash<int, QByteArray> names = source->roleNames();
    for (int r = first; r <= last; ++r) {
        if (source->data(source->index(r, 0), loadingRole).toBool())
            continue;
        QList<Cell> row;
        for (int c = 0; c < m_columns; ++c) {
            const QModelIndex index = source->index(r, c);
            Cell cell;
            for (int role : roles)
                cell.insert(role, index.data(role));
            for (auto it = names.cbegin(); it != names.cend(); ++it) {
                if (it.key() >= Qt::UserRole)
                    cell.insert(it.key(), index.data(it.key()));
            }
            row.append(cell);
        }
        m_cells.insert(r, row);
    }
    endResetModel();
}

int SnapshotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int SnapshotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant SnapshotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto it = m_cells.constFind(index.row());
    if (it == m_cells.cend()) {
        if (role == m_loadingRole)
            return true;
        if (role == Qt::DisplayRole && index.column() == 0)
            //: A row of a paused view that was not loaded when it paused
            return tr("(not loaded while paused)");
        return {};
    }
    return it->at(index.column()).value(role);
}

QVariant SnapshotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_headers.at(section).value(role);
}

Qt::ItemFlags SnapshotModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace Inspector
