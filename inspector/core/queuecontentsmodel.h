// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_QUEUECONTENTSMODEL_H
#define INSPECTOR_QUEUECONTENTSMODEL_H

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qpointer.h>
#include <QtCore/qtimer.h>

namespace LibManager {
class QueueProxy;
}

namespace Inspector {

/*!
    What a Queue holds, read with QueueProxy::peekAsync(): without taking anything (a get()
    elsewhere is not disturbed), a page of pageSize() items at a time (fetchMore()), read
    again (coalesced) on reload(), which the editor calls when the queue's size changes.
    Row 0 is the next item a get() takes. Columns: Position, Value, Type.
*/
class QueueContentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PositionColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Roles { ValueRole = Qt::UserRole + 1 };

    explicit QueueContentsModel(QObject *parent = nullptr);

    /*! The queue to read (not owned); nullptr empties the model. */
    void setQueue(LibManager::QueueProxy *queue);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int items);
    /*! The queue's size at the last read (-1 before the first). */
    qint64 queueSize() const { return m_size; }
    quint64 version() const { return m_version; }
    /*! Reads the loaded rows again (at least one page), coalesced. */
    void reload();
    bool isLoading() const { return m_loading || m_reloadTimer.isActive(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /*! "int", "float", "str", "bytes", "list", "dict"... in Python's words. */
    static QString typeName(const QVariant &value);
    /*! A short one-line repr for a cell. */
    static QString displayText(const QVariant &value);

Q_SIGNALS:
    void loaded();
    void errorOccurred(const QString &message);

private:
    void read(qint64 offset, int count, bool replace);

    QPointer<LibManager::QueueProxy> m_queue;
    QVariantList m_items;
    qint64 m_size = -1;
    quint64 m_version = 0;
    int m_pageSize = 100;
    bool m_loading = false;
    bool m_reloadAgain = false;
    QTimer m_reloadTimer;
};

} // namespace Inspector

#endif // INSPECTOR_QUEUECONTENTSMODEL_H
