// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_ACTIVITYMODEL_H
#define INSPECTOR_ACTIVITYMODEL_H

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qlist.h>

namespace Inspector {

/*!
    The activity log: what happened on the server to what the inspector watches (Source::Server)
    and the calls the inspector made itself (Source::Inspector), newest last, in a ring of
    capacity() entries: the oldest go first. Columns: Time, Source, Object, Event, Details,
    Client. Entries come in batches: one rowsInserted per event-loop turn, however many.
*/
class ActivityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Source { Server, Inspector };
    Q_ENUM(Source)
    enum Column { TimeColumn, SourceColumn, ObjectColumn, EventColumn, DetailsColumn, ClientColumn, ColumnCount };
    enum Roles {
        SourceRole = Qt::UserRole + 1, //!< Source, as an int
        ObjectIdRole,                  //!< quint64, 0 for none
        ClientIdRole,                  //!< quint64, 0 for none
        FailedRole,                    //!< bool: an own call that failed
    };

    struct Entry
    {
        QDateTime time;
        Source source = Source::Server;
        quint64 objectId = 0;
        QString object;  //!< "dict 17"
        QString event;   //!< "set", "itemChanged"...
        QString details; //!< arguments or result, short
        quint64 clientId = 0;
        QString client;  //!< "worker[42] (client 7)"
        bool failed = false;
    };

    explicit ActivityModel(QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    void setCapacity(int entries);
    void append(Entry entry);
    /*! Records an own call: \a failed with the error in \a details. */
    void appendOwnCall(quint64 objectId, const QString &object, const QString &call,
                       const QString &details, bool failed = false);
    const Entry &entry(int row) const { return m_entries.at(row); }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void flush();

    QList<Entry> m_entries;
    QList<Entry> m_pending;
    int m_capacity = 10000;
    bool m_flushQueued = false;
};

} // namespace Inspector

#endif // INSPECTOR_ACTIVITYMODEL_H
