// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_SYNCSTATEMODEL_H
#define INSPECTOR_SYNCSTATEMODEL_H

#include <libmanager/introspector.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qhash.h>
#include <QtCore/qlist.h>
#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>
#include <QtCore/qset.h>
#include <QtCore/qtimer.h>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

namespace Inspector {

class InspectorSession;
class SyncRowsModel;

/*!
    Who holds and who waits for one synchronization object or queue, kept live: a
    SyncState read with Introspector::syncStateAsync(), read again (coalesced, never blocking)
    after each sync event of that object, and the clients' names and process ids from
    clientsAsync(), clientConnected() and clientRenamed().

    holders() and waiters() are table models over it (SyncRowsModel). Waiters keep their
    arrival order (FIFO); a Condition's waiters for a notify come first, then its lock's queue,
    where re-acquirers are marked. A Queue's waiters are its getters, putters and joiners.
    Elapsed times tick once per second while setTicking(true) (the editor is visible).
*/
class SyncStateModel : public QObject
{
    Q_OBJECT
public:
    /*! One row of holders() or waiters(). */
    struct Row
    {
        enum class Role {
            Owner,       //!< a Lock's, RLock's or Condition's lock's owner
            Permits,     //!< Semaphore permits a client holds
            Arrived,     //!< a Barrier's waiter (arrival order)
            Acquire,     //!< in a lock's or semaphore's queue
            Reacquire,   //!< a Condition's waiter taking its lock back
            ConditionWait, //!< in Condition.wait()
            EventWait,   //!< in Event.wait()
            BarrierWait, //!< in Barrier.wait()
            Get,
            Put,
            Join,
        };
        Role role = Role::Acquire;
        quint64 client = 0;
        quint32 requestId = 0;
        int count = 0;
        QDateTime since;
        QDateTime deadline; //!< invalid: none, or unknown (deadlineKnown)
        bool deadlineKnown = false;
    };

    SyncStateModel(InspectorSession *session, quint64 objectId, const QString &typeId,
                   QObject *parent = nullptr);
    ~SyncStateModel() override;

    quint64 objectId() const { return m_objectId; }
    QString typeId() const { return m_typeId; }
    /*! The table of holders: a lock's owner, semaphore permits per client, a barrier's
        arrivals. */
    QAbstractItemModel *holders() const;
    /*! The table of waiters, in arrival order. */
    QAbstractItemModel *waiters() const;

    /*! True once a state was read. */
    bool hasState() const { return m_hasState; }
    LibManager::SyncState state() const { return m_state; }
    const QList<Row> &holderRows() const { return m_holders; }
    const QList<Row> &waiterRows() const { return m_waiters; }
    /*! A Condition's lock: its object id (0: its own lock, not a shared object) and type. */
    quint64 lockObjectId() const { return m_state.lockObject; }
    QString lockTypeId() const { return m_lockTypeId; }
    /*! When an Event was last set or cleared, if this model saw it happen. */
    QDateTime eventChangedAt() const { return m_eventChangedAt; }
    /*! The client that last set or cleared it (0: unknown). */
    quint64 eventChangedBy() const { return m_eventChangedBy; }

    /*! "worker[4242] (client 7)", or "client 7" while its name is unknown. */
    QString clientLabel(quint64 clientId) const;
    QString clientName(quint64 clientId) const;
    qint64 clientPid(quint64 clientId) const;
    bool isClientGone(quint64 clientId) const { return m_goneClients.contains(clientId); }

    /*! The elapsed columns tick once per second while true. */
    void setTicking(bool ticking);
    bool isTicking() const { return m_ticking; }

    /*! Reads the state again (coalesced with other requests). */
    void refresh();
    /*! Requests in flight or queued: for tests, so that they can wait for quiet. */
    bool isBusy() const;

    /*! "3.2 s", "42 s", "2 min 05 s", "1 h 02 min". */
    static QString formatDuration(qint64 ms);
    static QString roleText(Row::Role role);

Q_SIGNALS:
    /*! A new state was read (the tables are updated already). */
    void stateChanged();
    /*! A client's name or process id became known or changed. */
    void clientsChanged();
    /*! Once per second while ticking. */
    void tick();
    /*! The object is gone (released, or the server no longer knows it). */
    void objectReleased();
    void errorOccurred(const QString &message);

private:
    void reconnect();
    void scheduleRefresh();
    void startRead();
    void applyState(const LibManager::SyncState &state);
    void readClients();
    void readLastChange();
    void noteClient(quint64 id, const QString &name, qint64 pid);
    bool concerns(const LibManager::SyncEvent &event) const;
    static quint64 waitKey(quint64 client, quint32 requestId)
    {
        return (client << 32) ^ requestId;
    }

    InspectorSession *const m_session;
    const quint64 m_objectId;
    const QString m_typeId;
    SyncRowsModel *m_holdersModel = nullptr;
    SyncRowsModel *m_waitersModel = nullptr;
    QPointer<LibManager::Introspector> m_introspector;

    LibManager::SyncState m_state;
    bool m_hasState = false;
    QList<Row> m_holders;
    QList<Row> m_waiters;
    QDateTime m_eventChangedAt;
    quint64 m_eventChangedBy = 0;
    QString m_lockTypeId;

    struct Client
    {
        QString name;
        qint64 pid = 0;
    };
    QHash<quint64, Client> m_clients;
    QSet<quint64> m_goneClients;
    QSet<quint64> m_clientsAsked; //!< unknown ids a clients() read was asked for
    QHash<quint64, QDateTime> m_deadlines; //!< by waitKey(), from WaitStarted and parked calls
    QSet<quint64> m_deadlinesAsked;

    QTimer m_coalesce;
    QTimer m_ticker;
    bool m_ticking = false;
    bool m_reading = false;
    bool m_readAgain = false;
    bool m_readingClients = false;
    bool m_clientsAgain = false;
    bool m_dirtyWhilePaused = false;
    bool m_gone = false;
};

} // namespace Inspector

#endif // INSPECTOR_SYNCSTATEMODEL_H
