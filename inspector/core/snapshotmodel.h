// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_SNAPSHOTMODEL_H
#define INSPECTOR_SNAPSHOTMODEL_H

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qhash.h>
#include <QtCore/qlist.h>

namespace Inspector {

/*!
    A still copy of part of a container model: what a paused editor shows while the live
    model goes on changing. take() copies the row count, the headers and the rows of a range
    that the source holds (a paged model's rows not loaded show as not loaded). Not editable.
*/
class SnapshotModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit SnapshotModel(QObject *parent = nullptr);

    /*! Copies \a source: its size, headers, and rows [first, last] (at most 5,000) that are
        loaded (\a loadingRole false). */
    void take(const QAbstractItemModel *source, int first, int last, int loadingRole);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    using Cell = QHash<int, QVariant>;
    int m_rows = 0;
    int m_columns = 0;
    int m_loadingRole = -1;
    QHash<int, QList<Cell>> m_cells; // row -> its cells
    QList<Cell> m_headers;
};

} // namespace Inspector

#endif // INSPECTOR_SNAPSHOTMODEL_H
