// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_INTROSPECTOR_H
#define LIBMANAGER_INTROSPECTOR_H

#include <libmanager/proxy.h>
#include <libmanager/token.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qhash.h>
#include <QtCore/qlist.h>
#include <QtCore/qstringlist.h>

namespace LibManager {

/*! What a server offers, so that a client can do without what an older server lacks. */
struct LIBMANAGER_EXPORT ServerCapabilities
{
    Q_GADGET
    Q_PROPERTY(int protocol MEMBER protocol)
    Q_PROPERTY(int introspection MEMBER introspection)
    Q_PROPERTY(QStringList calls MEMBER calls)
public:
    int protocol = 0;
    /*! The revision of the introspection calls: 1 for a server without capabilities(). */
    int introspection = 1;
    /*! The calls the server's introspection object answers. */
    QStringList calls;
    bool hasCall(const QString &call) const { return calls.contains(call); }
};

/*! One shared object, as Introspector::objectsPage() describes it. */
struct LIBMANAGER_EXPORT ObjectInfo
{
    Q_GADGET
    Q_PROPERTY(quint64 id MEMBER id)
    Q_PROPERTY(QString typeId MEMBER typeId)
    Q_PROPERTY(QString className MEMBER className)
    Q_PROPERTY(qint64 references MEMBER references)
    Q_PROPERTY(int subscribers MEMBER subscribers)
    Q_PROPERTY(quint64 creator MEMBER creator)
    Q_PROPERTY(QDateTime createdAt MEMBER createdAt)
    Q_PROPERTY(QStringList names MEMBER names)
    Q_PROPERTY(LibManager::Token token MEMBER token)
    Q_PROPERTY(qint64 bytes MEMBER bytes)
public:
    quint64 id = 0;
    QString typeId;
    QString className;
    /*! References held, by all clients together (names and stored values included). */
    qint64 references = 0;
    /*! References held per client id. */
    QHash<quint64, qint64> referencesByClient;
    int subscribers = 0;
    /*! The client that made it (0: the server itself). */
    quint64 creator = 0;
    QDateTime createdAt;
    QStringList names;
    Token token;
    /*! What it is charged for in the quotas (see ServerLimits). */
    qint64 bytes = 0;
};

/*! A page of objects, in the order they were made (Introspector::objectsPage()). */
struct LIBMANAGER_EXPORT ObjectPage
{
    QList<ObjectInfo> objects;
    /*! How many objects the server has, all types together. */
    qint64 total = 0;
    /*! Pass as \c after for the next page. */
    quint64 next = 0;
    bool atEnd = true;
};

/*! A call parked on a synchronization object or queue (SyncState, WaitGraph). */
struct LIBMANAGER_EXPORT WaiterInfo
{
    Q_GADGET
    Q_PROPERTY(quint64 client MEMBER client)
    Q_PROPERTY(quint64 object MEMBER object)
    Q_PROPERTY(quint32 requestId MEMBER requestId)
    Q_PROPERTY(QDateTime since MEMBER since)
    Q_PROPERTY(bool reacquire MEMBER reacquire)
public:
    quint64 client = 0;
    /*! The object waited on (in WaitGraph; 0 in SyncState, which is one object's). */
    quint64 object = 0;
    quint32 requestId = 0;
    QDateTime since;
    /*! A Condition's waiter taking its lock back. */
    bool reacquire = false;
};

/*!
    Who holds a synchronization object (or a queue) and who waits for it, at the time it was
    asked (Introspector::syncState()). \c kind says which fields apply: "Lock" and "RLock"
    (locked, owner, count, ownedSince, waiters), "Semaphore" and "BoundedSemaphore" (value,
    initial, bounded, held, waiters), "Condition" (its lock's fields, and conditionWaiters),
    "Event" (isSet, waiters), "Barrier" (parties, broken, waiters), "Queue" (size, maxsize,
    unfinished, getters, putters, joiners). Empty \c kind: an object nobody waits on.
*/
struct LIBMANAGER_EXPORT SyncState
{
    Q_GADGET
    Q_PROPERTY(QString kind MEMBER kind)
    Q_PROPERTY(bool locked MEMBER locked)
    Q_PROPERTY(quint64 owner MEMBER owner)
    Q_PROPERTY(int count MEMBER count)
    Q_PROPERTY(QDateTime ownedSince MEMBER ownedSince)
    Q_PROPERTY(int value MEMBER value)
    Q_PROPERTY(int initial MEMBER initial)
    Q_PROPERTY(bool bounded MEMBER bounded)
    Q_PROPERTY(bool isSet MEMBER isSet)
    Q_PROPERTY(int parties MEMBER parties)
    Q_PROPERTY(bool broken MEMBER broken)
    Q_PROPERTY(qint64 size MEMBER size)
    Q_PROPERTY(int maxsize MEMBER maxsize)
    Q_PROPERTY(qint64 unfinished MEMBER unfinished)
public:
    QString kind;
    bool locked = false;
    quint64 owner = 0;
    int count = 0;
    QDateTime ownedSince;
    int value = 0;
    int initial = 0;
    bool bounded = false;
    /*! Semaphore permits held, per client id. */
    QHash<quint64, int> held;
    /*! In arrival order: for a Lock, RLock or Semaphore, its queue (a Condition's: its lock's,
        re-acquirers included); an Event's or Barrier's waiters. */
    QList<WaiterInfo> waiters;
    /*! A Condition's waiters for a notify. */
    QList<WaiterInfo> conditionWaiters;
    bool isSet = false;
    int parties = 0;
    bool broken = false;
    qint64 size = 0;
    int maxsize = 0;
    qint64 unfinished = 0;
    QList<WaiterInfo> getters;
    QList<WaiterInfo> putters;
    QList<WaiterInfo> joiners;
};

/*! A hold of a lock or semaphore permits (WaitGraph). */
struct LIBMANAGER_EXPORT HoldInfo
{
    Q_GADGET
    Q_PROPERTY(quint64 object MEMBER object)
    Q_PROPERTY(quint64 client MEMBER client)
    Q_PROPERTY(int count MEMBER count)
    Q_PROPERTY(QDateTime since MEMBER since)
public:
    quint64 object = 0;
    quint64 client = 0;
    int count = 0;
    QDateTime since; // invalid for semaphore permits
};

/*! Who holds what and who waits for what, over every object (Introspector::waitGraph()). */
struct LIBMANAGER_EXPORT WaitGraph
{
    QList<HoldInfo> holds;
    QList<WaiterInfo> waits;
    /*! Groups of clients (ids, sorted) that each wait for a lock or permit another of them
        holds: deadlocks. A client waiting for a Lock it holds itself is a group of one. */
    QList<QList<quint64>> cycles;
};

/*!
    The server's introspection object, typed: BaseManager::introspector() gives one. Each call
    asks the server (a round trip), works out its answer on request, and bounds its work by
    what it returns. On failure the result is empty and lastError() says why.
*/
class LIBMANAGER_EXPORT Introspector : public Proxy
{
    Q_OBJECT
public:
    using Proxy::Proxy;

    /*! What the server offers; a server from before capabilities() answers introspection 1
        and no calls. */
    ServerCapabilities capabilities() const;
    /*! Up to \a count objects (1 to 1,000) made after the object \a after, in the order they
        were made; only those of \a typeIds if any are given. With a filter, a page looks at
        64 times \a count objects at most, and may come back short or empty without being at
        the end. */
    ObjectPage objectsPage(quint64 after = 0, int count = 100, const QStringList &typeIds = {}) const;
    /*! Holders and waiters of the object \a objectId. */
    SyncState syncState(quint64 objectId) const;
    SyncState syncState(const Proxy &object) const { return syncState(object.token().objectId()); }
    WaitGraph waitGraph() const;
};

} // namespace LibManager

Q_DECLARE_METATYPE(LibManager::ServerCapabilities)
Q_DECLARE_METATYPE(LibManager::ObjectInfo)
Q_DECLARE_METATYPE(LibManager::WaiterInfo)
Q_DECLARE_METATYPE(LibManager::SyncState)
Q_DECLARE_METATYPE(LibManager::HoldInfo)

#endif // LIBMANAGER_INTROSPECTOR_H
