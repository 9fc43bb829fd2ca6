// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_INTROSPECTOR_H
#define LIBMANAGER_INTROSPECTOR_H

#include <libmanager/clientinfo.h>
#include <libmanager/pendingreply.h>
#include <libmanager/proxy.h>
#include <libmanager/token.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qhash.h>
#include <QtCore/qlist.h>
#include <QtCore/qmap.h>
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
    /*! The server has the event stream (introspection 3, Introspector's signals). */
    bool hasEventStream() const { return introspection >= 3; }
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
    Q_PROPERTY(quint64 version MEMBER version)
    Q_PROPERTY(QDateTime changedAt MEMBER changedAt)
    Q_PROPERTY(quint64 changedBy MEMBER changedBy)
    Q_PROPERTY(qint64 length MEMBER length)
    Q_PROPERTY(QString state MEMBER state)
    Q_PROPERTY(quint64 holder MEMBER holder)
    Q_PROPERTY(qint64 waiting MEMBER waiting)
    Q_PROPERTY(QString preview MEMBER preview)
public:
    quint64 id = 0;
    QString typeId;
    QString className;
    /*! References held, by all clients together (names and stored values included). */
    qint64 references = 0;
    /*! References held per client id, in the order of the ids (a map: an object has few
        holders, and a hash costs a kilobyte even for one). */
    QMap<quint64, qint64> referencesByClient;
    int subscribers = 0;
    /*! The client that made it (0: the server itself). */
    quint64 creator = 0;
    QDateTime createdAt;
    QStringList names;
    Token token;
    /*! What it is charged for in the quotas (see ServerLimits). */
    qint64 bytes = 0;
    // Of the standard types only (0, null or -1 for application types, and from servers
    // before introspection revision 4):
    /*! Its count of changes (what setIf() compares with), when and by which client the last
        was made (0: the server, or none yet). */
    quint64 version = 0;
    QDateTime changedAt;
    quint64 changedBy = 0;
    /*! len() of a dict, list, Array or Queue, the attributes of a Namespace; -1 otherwise. */
    qint64 length = -1;
    /*! A synchronization object's or queue's state in a word, not translated: "locked",
        "unlocked" (Lock, RLock, Condition), "set", "clear" (Event), "broken" (Barrier),
        "exhausted" (Semaphore at 0), "full", "empty" (Queue); empty otherwise. */
    QString state;
    /*! A Lock's, RLock's or Condition's owner (client id); 0 if none. */
    quint64 holder = 0;
    /*! How many calls wait on it (lock queue, Condition, Event, Barrier, Queue getters,
        putters and joiners). */
    qint64 waiting = 0;
    /*! Its str() cut after the previewChars asked for, "{'k0': 0, … (1,000,000 items)}";
        the server formats no more than that. Empty unless asked for. */
    QString preview;
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
    Q_PROPERTY(quint64 lockObject MEMBER lockObject)
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
    /*! A Condition's lock, when it was made over a given Lock or RLock (its object id); 0 for
        a Condition over its own RLock, and from servers before this field. */
    quint64 lockObject = 0;
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
    An object made, released, its reference count or its contents changed, as the server-wide
    event stream reports it (Introspector::objectCreated() and the others). Which fields apply
    depends on the signal: \c typeId and \c client (its creator, 0: the server) for a creation;
    \c references for a change of count; \c version, \c client (the origin of the last change,
    0: the server) and \c changedAt for a change. Changes and counts are coalesced: one event
    stands for every change since the last one of that object, and carries the latest version.
*/
struct LIBMANAGER_EXPORT ObjectEvent
{
    Q_GADGET
    Q_PROPERTY(quint64 sequence MEMBER sequence)
    Q_PROPERTY(QDateTime time MEMBER time)
    Q_PROPERTY(quint64 object MEMBER object)
    Q_PROPERTY(QString typeId MEMBER typeId)
    Q_PROPERTY(quint64 client MEMBER client)
    Q_PROPERTY(qint64 references MEMBER references)
    Q_PROPERTY(quint64 version MEMBER version)
    Q_PROPERTY(QDateTime changedAt MEMBER changedAt)
public:
    /*! The event's number in the server's stream. */
    quint64 sequence = 0;
    /*! When the server made the event (for a change: when it reported it). */
    QDateTime time;
    quint64 object = 0;
    QString typeId;
    quint64 client = 0;
    qint64 references = 0;
    quint64 version = 0;
    QDateTime changedAt;
};

/*!
    A client connected, renamed itself or went (Introspector::clientConnected(),
    clientRenamed(), clientGone()). \c name, \c processId, \c peer, \c transport and
    \c observer are those of ClientInfo, known when it connects (its name usually follows in a
    clientRenamed()); \c reason and \c reasonText say why it went: "closed" (it closed its
    connection, or its process ended: a kill, a crash), "protocol" (it broke the protocol),
    "outputLimit" and "outputTimeout" (it left its output unread), "outOfMemory", "shutdown".
*/
struct LIBMANAGER_EXPORT ClientEvent
{
    Q_GADGET
    Q_PROPERTY(quint64 sequence MEMBER sequence)
    Q_PROPERTY(QDateTime time MEMBER time)
    Q_PROPERTY(quint64 client MEMBER client)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(qint64 processId MEMBER processId)
    Q_PROPERTY(QString peer MEMBER peer)
    Q_PROPERTY(QString transport MEMBER transport)
    Q_PROPERTY(bool observer MEMBER observer)
    Q_PROPERTY(QString reason MEMBER reason)
    Q_PROPERTY(QString reasonText MEMBER reasonText)
public:
    quint64 sequence = 0;
    QDateTime time;
    quint64 client = 0;
    QString name;
    qint64 processId = 0;
    QString peer;
    /*! "local" or "tcp". */
    QString transport;
    bool observer = false;
    QString reason;
    /*! \c reason in words, in the server's language. */
    QString reasonText;
};

/*!
    A synchronization event (Introspector::syncEvent()): a hold taken or given back (Lock,
    RLock, Semaphore, BoundedSemaphore, a Condition's lock), a call that starts or ends waiting
    (of any type: Queue.get(), an application type's Deferred...), a Barrier broken or reset,
    an Event set or cleared. \c client is the client that holds, waits or acted.
*/
struct LIBMANAGER_EXPORT SyncEvent
{
    Q_GADGET
    Q_PROPERTY(Kind kind MEMBER kind)
    Q_PROPERTY(quint64 sequence MEMBER sequence)
    Q_PROPERTY(QDateTime time MEMBER time)
    Q_PROPERTY(quint64 object MEMBER object)
    Q_PROPERTY(quint64 client MEMBER client)
    Q_PROPERTY(quint32 requestId MEMBER requestId)
    Q_PROPERTY(qint64 count MEMBER count)
    Q_PROPERTY(QString method MEMBER method)
    Q_PROPERTY(QDateTime deadline MEMBER deadline)
    Q_PROPERTY(Outcome outcome MEMBER outcome)
public:
    enum class Kind {
        Acquired,    //!< the client took a hold; \c count: what it holds now
        Released,    //!< the client gave a hold back; \c count: what it holds now; \c outcome
                     //!< Gone if it went (its holds go with it)
        WaitStarted, //!< a call of the client parks: \c requestId, \c method, \c deadline
                     //!< (invalid: no timeout)
        WaitEnded,   //!< that call ended: \c requestId, \c outcome
        Broken,      //!< a Barrier broke (aborted, or a wait timed out)
        Reset,       //!< a Barrier was reset
        Set,         //!< an Event was set
        Cleared,     //!< an Event was cleared
    };
    Q_ENUM(Kind)
    enum class Outcome {
        None,
        Granted,   //!< answered: the lock acquired, the item got, notified, set, passed
        Timeout,   //!< its timeout ended it
        Cancelled, //!< the client gave up on it
        Gone,      //!< the client went
        Failed,    //!< answered with an error (a broken barrier, the object destroyed)
    };
    Q_ENUM(Outcome)

    Kind kind = Kind::Acquired;
    quint64 sequence = 0;
    QDateTime time;
    quint64 object = 0;
    quint64 client = 0;
    quint32 requestId = 0;
    qint64 count = 0;
    QString method;
    QDateTime deadline;
    Outcome outcome = Outcome::None;
};

/*!
    Events of the stream this client did not get (Introspector::resyncNeeded()): it read too
    slowly, and the server dropped events rather than hold them for it. Events \c firstLost to
    \c lastLost are gone; the next one is \c lastLost + 1. What they would have said is to be
    read again: objectsPage(), BaseManager::clients(), syncState() or waitGraph().
*/
struct LIBMANAGER_EXPORT StreamGap
{
    Q_GADGET
    Q_PROPERTY(quint64 firstLost MEMBER firstLost)
    Q_PROPERTY(quint64 lastLost MEMBER lastLost)
    Q_PROPERTY(bool overflow MEMBER overflow)
public:
    quint64 firstLost = 0;
    quint64 lastLost = 0;
    /*! The server said so (it dropped them for this client); false: the numbers jumped
        without a notice, which should not happen. */
    bool overflow = false;
    quint64 lost() const { return lastLost >= firstLost ? lastLost - firstLost + 1 : 0; }
};

/*!
    The server's introspection object, typed: BaseManager::introspector() gives one. Each call
    asks the server (a round trip), works out its answer on request, and bounds its work by
    what it returns. On failure the result is empty and lastError() says why.

    Its signals are the server-wide event stream: objects made and released, reference counts
    and contents that change (coalesced: at most one event per object every 10 ms, with the
    latest version, and no values), clients that come, rename themselves and go (with why),
    holds, waits, and Barrier and Event changes. The introspector subscribes when one of them is
    first connected, and unsubscribes when the last connection goes (or with the introspector):
    the stream costs the server nothing while nobody watches it. streamStarted() says from
    which event on this introspector receives it; a snapshot read after it (objectsPage(),
    BaseManager::clients()) is then kept up to date by the events. Every event carries a
    sequence number; a client that reads too slowly is not disconnected and does not slow the
    server: the server drops events for it, and resyncNeeded() says which, once it reads again.
    A server without the stream (capabilities().hasEventStream() false) emits nothing.
    Observers (BaseManager::setObserverKey()) may watch it too.
*/
class LIBMANAGER_EXPORT Introspector : public Proxy
{
    Q_OBJECT
    Q_PROPERTY(quint64 streamSequence READ streamSequence)
public:
    using Proxy::Proxy;

    /*! The number of the last stream event received (or the start streamStarted() gave);
        0 before the stream started. */
    quint64 streamSequence() const { return m_sequence; }

    /*! What the server offers; a server from before capabilities() answers introspection 1
        and no calls. */
    ServerCapabilities capabilities() const;
    /*! Up to \a count objects (1 to 1,000) made after the object \a after, in the order they
        were made; only those of \a typeIds if any are given. With a filter, a page looks at
        64 times \a count objects at most, and may come back short or empty without being at
        the end. With \a previewChars > 0 (at most 1,000), each standard object comes with a
        preview of its str() that long; the server formats no more of it. The answer comes
        as compact rows (about 9 us of server and client time per object less than maps). */
    ObjectPage objectsPage(quint64 after = 0, int count = 100, const QStringList &typeIds = {},
                           int previewChars = 0) const;
    /*! Holders and waiters of the object \a objectId. */
    SyncState syncState(quint64 objectId) const;
    SyncState syncState(const Proxy &object) const { return syncState(object.token().objectId()); }
    WaitGraph waitGraph() const;

    // Asynchronous twins (see PendingReply): the same calls and results without waiting, for
    // a GUI thread. clientsAsync() and whoAmIAsync() are those of BaseManager::clients() and
    // BaseManager::whoAmI().
    PendingReply<ServerCapabilities> capabilitiesAsync() const;
    PendingReply<ObjectPage> objectsPageAsync(quint64 after = 0, int count = 100,
                                              const QStringList &typeIds = {},
                                              int previewChars = 0) const;
    PendingReply<SyncState> syncStateAsync(quint64 objectId) const;
    PendingReply<WaitGraph> waitGraphAsync() const;
    PendingReply<QList<ClientInfo>> clientsAsync() const;
    PendingReply<ClientInfo> whoAmIAsync() const;

Q_SIGNALS:
    /*! The stream began: the next event is \a sequence + 1. */
    void streamStarted(quint64 sequence);
    /*! Events were lost (this client read too slowly): read the state again. */
    void resyncNeeded(const LibManager::StreamGap &gap);
    void objectCreated(const LibManager::ObjectEvent &event);
    void objectReleased(const LibManager::ObjectEvent &event);
    void referencesChanged(const LibManager::ObjectEvent &event);
    void objectChanged(const LibManager::ObjectEvent &event);
    void clientConnected(const LibManager::ClientEvent &event);
    void clientRenamed(const LibManager::ClientEvent &event);
    void clientGone(const LibManager::ClientEvent &event);
    void syncEvent(const LibManager::SyncEvent &event);

protected:
    void handleEvent(const QByteArray &name, const QVariantList &args) override;

private:
    quint64 m_sequence = 0;
    bool m_streaming = false;
};

} // namespace LibManager

Q_DECLARE_METATYPE(LibManager::ServerCapabilities)
Q_DECLARE_METATYPE(LibManager::ObjectInfo)
Q_DECLARE_METATYPE(LibManager::ObjectPage)
Q_DECLARE_METATYPE(LibManager::WaitGraph)
Q_DECLARE_METATYPE(LibManager::WaiterInfo)
Q_DECLARE_METATYPE(LibManager::SyncState)
Q_DECLARE_METATYPE(LibManager::HoldInfo)
Q_DECLARE_METATYPE(LibManager::ObjectEvent)
Q_DECLARE_METATYPE(LibManager::ClientEvent)
Q_DECLARE_METATYPE(LibManager::SyncEvent)
Q_DECLARE_METATYPE(LibManager::StreamGap)

#endif // LIBMANAGER_INTROSPECTOR_H
