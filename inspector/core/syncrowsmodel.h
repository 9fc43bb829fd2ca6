// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_SYNCROWSMODEL_H
#define INSPECTOR_SYNCROWSMODEL_H

#include "syncstatemodel.h"

#include <QtCore/qabstractitemmodel.h>

namespace Inspector {

/*!
    One table of a SyncStateModel: its holders or its waiters. Rows are kept, not reset, when
    the state is read again: rows that went are removed, new ones inserted where they arrived,
    the others updated, so that selection and scroll position stay. The elapsed columns change
    on SyncStateModel::tick().
*/
class SyncRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Table { Holders, Waiters };
    Q_ENUM(Table)
    enum HolderColumn { HolderClient, HolderCount, HolderSince, HolderFor, HolderColumnCount };
    enum WaiterColumn {
        WaiterPosition,
        WaiterClient,
        WaiterCall,
        WaiterSince,
        WaiterElapsed,
        WaiterDeadline,
        WaiterColumnCount
    };
    enum Roles {
        ClientIdRole = Qt::UserRole + 1, //!< quint64
        ClientPidRole,                   //!< qint64, 0 if unknown
        SinceRole,                       //!< QDateTime
        RequestIdRole,                   //!< quint32
        RowRoleRole,                     //!< SyncStateModel::Row::Role, as an int
        CountRole,                       //!< int
    };

    SyncRowsModel(SyncStateModel *state, Table table);

    Table table() const { return m_table; }
    /*! Brings the rows to \a rows (the new state's), keeping those that stay. */
    void update(const QList<SyncStateModel::Row> &rows);
    /*! The elapsed columns changed (a second passed). */
    void ticked();
    /*! Client names changed. */
    void clientsChanged();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString countHeader() const;

    SyncStateModel *const m_state;
    const Table m_table;
    QList<SyncStateModel::Row> m_rows;
};

} // namespace Inspector

#endif // INSPECTOR_SYNCROWSMODEL_H
