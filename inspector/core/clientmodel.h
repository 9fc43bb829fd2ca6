// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_CLIENTMODEL_H
#define INSPECTOR_CLIENTMODEL_H

#include <libmanager/clientinfo.h>

#include "readpacer.h"

#include <QtCore/qabstractitemmodel.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qlist.h>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace LibManager {
struct ClientEvent;
}

namespace Inspector {

class InspectorSession;

/*!
    Every client of the server, one row each in the order of their ids: who it is, since when,
    and what it holds. A snapshot of Introspector::clientsAsync() is kept live by the event
    stream: clientConnected() adds a row, clientRenamed() renames it, clientGone() removes it
    (clientWent() tells why); the counts, holds and parked calls are read again, coalesced, when
    synchronization events, reference counts or objects change (at most once per
    minimumRefreshInterval(), or ten times as long as the last read took,
    never blocking; a server without the event stream is polled every
    2 s). Every re-read is merged row by row, so selections and scroll positions stay.

    The inspector's own row (InspectorSession::selfId()) says "(this inspector)".
*/
class ClientModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        ProcessIdColumn,
        PeerColumn,
        TransportColumn,
        ConnectedColumn,
        ReferencesColumn,
        SubscriptionsColumn,
        ParkedColumn,
        HoldsColumn,
        ColumnCount
    };
    enum Roles {
        ClientIdRole = Qt::UserRole + 1, //!< quint64
        SortRole,                        //!< numbers as numbers, times as times
        IsSelfRole,                      //!< bool: this inspector's own connection
    };

    explicit ClientModel(InspectorSession *session, QObject *parent = nullptr);
    ~ClientModel() override;

    int minimumRefreshInterval() const { return m_pacer->minimumInterval(); }
    void setMinimumRefreshInterval(int ms) { m_pacer->setMinimumInterval(ms); }
    /*! A snapshot is on its way. */
    bool isLoading() const { return m_pacer->isInFlight(); }

    /*! The row of client \a clientId, -1 if there is none. */
    int rowOf(quint64 clientId) const;
    /*! What the server said of the client in \a row (its name may since have changed: see
        name()). */
    LibManager::ClientInfo client(int row) const { return m_rows.value(row).info; }
    /*! The client's name now (clientRenamed() included). */
    QString name(int row) const { return m_rows.value(row).name; }
    LibManager::ClientInfo clientById(quint64 clientId) const { return client(rowOf(clientId)); }
    /*! "worker (client 7)", "client 7" without a name, "(this inspector)" for this one. */
    QString clientLabel(quint64 clientId) const;

    /*! "Lock 4"; "object 4" when \a typeId is unknown. */
    static QString objectLabel(quint64 objectId, const QString &typeId);
    /*! "worker (client 7)", or "client 7" for an empty \a name. */
    static QString clientLabel(const QString &name, quint64 clientId);
    /*! "Lock 4, 2 permits of Semaphore 9"; empty for no holds. */
    static QString holdsText(const QList<LibManager::ClientHold> &holds);
    /*! "Lock 4" or "RLock 5 (3 times)" or "2 permits of Semaphore 9". */
    static QString holdText(const LibManager::ClientHold &hold);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    /*! Reads the clients again (coalesced: at most one read in flight, and not more often than
        minimumRefreshInterval()). */
    void refresh();

Q_SIGNALS:
    /*! A client went: \a label as it was shown, \a reasonText the server's words. */
    void clientWent(quint64 clientId, const QString &label, const QString &reasonText);
    /*! A snapshot was merged. */
    void refreshed();

private:
    struct Row
    {
        LibManager::ClientInfo info;
        QString name; // clientRenamed() changes it between snapshots
    };

    void attach();
    void detach();
    void readNow();
    void applySnapshot(const QList<LibManager::ClientInfo> &clients);
    void insertClient(const LibManager::ClientInfo &info);
    void removeRow(int row);
    void handleConnected(const LibManager::ClientEvent &event);
    void handleRenamed(const LibManager::ClientEvent &event);
    void handleGone(const LibManager::ClientEvent &event);
    QString displayName(const Row &row) const;
    QString description(const Row &row) const;

    InspectorSession *const m_session;
    QList<Row> m_rows; // sorted by id
    ReadPacer *m_pacer = nullptr;
    QTimer *m_pollTimer = nullptr;
    QList<QMetaObject::Connection> m_streamConnections;
    quint64 m_generation = 0;
};

} // namespace Inspector

#endif // INSPECTOR_CLIENTMODEL_H
