// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SERVER_P_H
#define LIBMANAGER_SERVER_P_H

#include <libmanager/transport/address_p.h>
#include <libmanager/deferred_p.h>
#include <libmanager/standardtypes/standardobject_p.h>
#include <libmanager/transport/listener_p.h>
#include <libmanager/platform/platform_p.h>
#include <libmanager/standardtypes/quotaaccount_p.h>
#include <libmanager/reply.h>
#include <libmanager/serverlimits.h>
#include <libmanager/token.h>

#include <QtCore/qhash.h>
#include <QtCore/qobject.h>
#include <QtCore/qset.h>
#include <QtCore/qpointer.h>

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <vector>

QT_BEGIN_NAMESPACE
class QTimer;
QT_END_NAMESPACE

namespace LibManager {

class MethodTable;
class Proxy;
class ServerConnection;
struct StandardType;
namespace Wire { struct Message; }

/*! What makes a registered type's objects: BaseManager::Factory, without the manager. */
using ObjectFactory = std::function<QObject *(const QVariantList &args)>;

/*! One registered typeid, as a manager knows it. */
struct TypeEntry
{
    QString typeId;
    ObjectFactory factory;
    std::optional<QStringList> exposed;
    std::function<Proxy *()> proxyFactory; // BaseManager::ProxyFactory
    /*! A standard type's row (made by the library's own server program too), which makes its
        objects instead of \a factory: nullptr for the other types. */
    const StandardType *standard = nullptr;
    /*! Whether the server can make objects of the type (create()), not only name it. */
    bool isCreatable() const noexcept { return factory || standard; }
    /*! The class of its objects, when registered by class (registerType<T>()): a method that
        returns such an object hands the caller a proxy. */
    const QMetaObject *metaObject = nullptr;
    /*! Methods whose result becomes a shared object of the given typeid
        (BaseManager::registerMethodResult(), Python's method_to_typeid). */
    QHash<QString, QString> resultTypeIds;
    /*! Methods that only read, which observers may call (BaseManager::registerReadMethods()),
        besides those the class declares (MethodTable::ReadMethodsClassInfo). */
    QStringList readMethods;
};
using TypeRegistry = QHash<QString, TypeEntry>;

/*!
    The manager server: listens (a Listener hands us the accepted descriptors), owns the shared objects, and answers every client from one event loop.
*/
class Server : public QObject, public ObjectHost
{
    Q_OBJECT
public:
    Server(const TypeRegistry &registry, const QByteArray &authKey, qsizetype maxFrameSize,
           QObject *parent = nullptr);
    ~Server() override;

    bool listen(const Address &address, QString *why);
    /*! The address clients connect to (real port, full socket path). */
    QString address() const { return m_address; }
    /*! Random bytes that name this server in its tokens, whatever address reaches it. */
    const QByteArray &serverId() const { return m_serverId; }
    /*! Closes every connection (each is told why), drops every object, stops listening;
        emits finished() from the event loop. */
    void shutdown(const QString &reason);
    bool isShutDown() const { return m_shutDown; }
    /*! Gets or creates the object named \a name (see "named" in callIntrospector()) before any
        client is served: what BaseManager::addNamedObject() declares. False with \a why. */
    bool addNamedObject(const QString &name, const QString &typeId, const QVariantList &args,
                        QString *why);

    /*! Connections served at once (authenticated or still in the handshake); one more is
        refused with a ServerRefusal (Error::ServerFull on its side). */
    int maxClients() const { return m_limits.maxClients(); }
    const ServerLimits &limits() const { return m_limits; }
    /*! Also works out the automatic memory limit (ServerLimits::maxMemory() 0) for the
        process as it is now. */
    void setLimits(const ServerLimits &limits);
    /*! The memory limit in force: ServerLimits::maxMemory(), or the automatic one. */
    qint64 maxMemory() const { return m_ledger->maxMemory; }
    /*! What the shared objects weigh now, approximately (see Footprint). */
    qint64 usedMemory() const { return m_ledger->used; }

    const QByteArray &authKey() const { return m_authKey; }
    /*! The second, read-only key (BaseManager::setObserverKey()); empty: none. Clients that
        authenticate with it are observers (ServerConnection::Role::Observer). */
    const QByteArray &observerKey() const { return m_observerKey; }
    void setObserverKey(const QByteArray &key) { m_observerKey = key; }
    qsizetype maxFrameSize() const { return m_maxFrameSize; }
    /*! TCP clients whose host stops answering for this long are gone (0: the system's
        keepalive defaults). */
    void setLivenessTimeout(int timeoutMs) { m_livenessTimeout = timeoutMs; }
    /*! TLS: the server's certificate, key and client verification, for tls:// (before listen()). */
    void setTlsConfiguration(const TlsConfiguration &configuration) { m_tls = configuration; }
    int liveObjectCount() const { return int(m_objects.size()); }
    /*! Clients that have authenticated and not gone yet. */
    int clientCount() const { return int(m_authenticated.size()); }

    // ObjectHost
    void publish(quint64 objectId, const QByteArray &event, const QVariantList &args,
                 quint64 version, quint64 origin, qint64 position) override;
    bool hasSubscribers(quint64 objectId) const override;
    bool wantsChangeInfo(quint64 objectId) const override;
    /*! changeInfo(objectId, enabled): \a connection's events of that object carry info. */
    Reply setChangeInfo(ServerConnection *connection, const QVariantList &args);
    void dropChangeInfo(ServerConnection *connection, quint64 objectId);
    void watchCaller(quint64 connectionId, StandardObject *object) override;
    bool retain(quint64 objectId) override;
    void release(quint64 objectId) override;
    QObject *objectFor(const Token &token) const override;
    void streamChanged(quint64 objectId) noexcept override;
    void streamSync(SyncEventKind kind, quint64 objectId, quint64 client, qint64 count,
                    bool gone) noexcept override;

    // The server-wide event stream (Protocol::Stream), for connections and parked calls.
    /*! The number of the last stream event made (0: none yet). */
    quint64 streamSequence() const { return m_streamSeq; }
    void streamWaitStarted(quint64 client, quint32 requestId, const DeferredState &state);
    void streamWaitEnded(quint64 objectId, quint64 client, quint32 requestId,
                         DeferredState::Outcome outcome);

    // Called by connections and listeners.
    void addConnection(Platform::Socket socket);
    void handleMessage(ServerConnection *connection, const Wire::Message &message);
    void connectionClosed(ServerConnection *connection);
    void connectionAuthenticated(ServerConnection *connection);

Q_SIGNALS:
    void finished();
    /*! clientCount() changed: a client authenticated, or one that had went. */
    void clientCountChanged(int count);

private:
    struct ObjectEntry
    {
        quint64 id = 0;
        QString typeId;
        QPointer<QObject> object;
        StandardObject *standard = nullptr; // object, when it is one of ours (valid while object is)
        bool owned = false;
        qint64 references = 0;
        std::shared_ptr<const MethodTable> methods;
        // Charged Footprint::Object for the entry (and the object's own contents, for ours).
        std::shared_ptr<QuotaAccount> account;
        qint64 createdAtMs = 0; // wall clock, ms since the epoch
        quint64 referencesMark = 0; // the stream generation its count was last marked in
    };

    // The event stream.
    void subscribeStream(ServerConnection *connection, quint32 requestId);
    void unsubscribeStream(ServerConnection *connection);
    /*! Numbers an event and appends it to every subscriber's output; never throws (out of
        memory, the subscribers learn of a gap). Only while m_streamObserved. */
    template<typename... Args>
    void streamEvent(const char *name, const Args &...args) noexcept;
    /*! The object's reference count changed: reported, coalesced, at the end of the turn. */
    void streamReferences(ObjectEntry &entry) noexcept
    {
        if (Q_UNLIKELY(m_streamObserved) && entry.referencesMark != m_streamGeneration)
            markReferences(entry);
    }
    void markReferences(ObjectEntry &entry) noexcept;
    /*! A turn of the stream after the sockets ready now: the coalesced marks (at most every
        Stream::CoalesceMs) and the subscribers' writes. */
    void scheduleStream() noexcept;
    void onStreamTurn();
    void reportCoalesced();
    void streamLostForAll() noexcept;
    /*! Why a client went, in words (the stream's "clientGone"). */
    static QString goneText(const char *reason);

    void handleCall(ServerConnection *connection, const Wire::Message &message);
    void subscribe(ServerConnection *connection, const Wire::Message &message);
    void unsubscribe(ServerConnection *connection, quint64 objectId);
    Reply callIntrospector(ServerConnection *connection, const QByteArray &method,
                      const QVariantList &args);
    Reply create(ServerConnection *connection, const QVariantList &args);
    /*! True if \a connection may hold a reference to the object \a id (0: a new one): it holds
        one already, or fewer than ServerLimits::maxObjectsPerClient(); else false with
        \a failure. */
    bool mayReference(const ServerConnection *connection, quint64 id, Reply *failure) const;
    /*! The id of \a object as a shared object of \a type, registering it if it is new (and
        charging it to \a account); 0 with \a why if it cannot be shared here. */
    quint64 adopt(QObject *object, const TypeEntry &type,
                  const std::shared_ptr<QuotaAccount> &account, QString *why);
    /*! A method of a \a typeId object returned \a object: the typeid it is shared as (declared
        for the method, else the registered type of its class), or an empty string. */
    QString resultTypeId(const QString &typeId, const QByteArray &method, const QObject *object) const;
    /*! Sends \a object, which a method returned, as a shared object with a reference for the
        caller; or a failure that says why it cannot be. */
    void answerWithObject(ServerConnection *connection, quint32 requestId, const QString &typeId,
                          const QByteArray &method, QObject *object);
    Reply incref(ServerConnection *connection, const QVariantList &args);
    /*! Makes an object of \a typeId (or finds the one its factory handed out before), charged
        to \a account; its id in \a id, with no reference counted yet. An invalid reply says
        why not. */
    Reply makeObject(const QString &typeId, const QVariantList &args,
                     const std::shared_ptr<QuotaAccount> &account, quint64 *id);
    /*! Get-or-create of a named object; the name's own reference is counted, the caller's not.
        \a connection: the client that asks, nullptr for the server itself. */
    Reply bindName(ServerConnection *connection, const QString &name, const QString &typeId,
                   const QVariantList &args, quint64 *id);
    Reply named(ServerConnection *connection, const QVariantList &args);
    Reply lookup(ServerConnection *connection, const QVariantList &args);
    Reply removeName(const QVariantList &args);
    void addReference(ServerConnection *connection, quint64 id, qint64 count);
    void dropReferences(ServerConnection *connection, quint64 id, qint64 count);
    void destroyObject(quint64 id);
    std::shared_ptr<const MethodTable> methodsFor(const TypeEntry &type, const QMetaObject *metaObject);
    QVariantList describeObjects() const;
    /*! One object's description, as objects() and objectsPage() give it; \a names maps ids to
        the names they are bound to, \a clients whether to count references per client. */
    /*! The objects \a entries as the columns of objectsPage({columnar: true}). */
    QVariantMap objectColumns(const QList<const ObjectEntry *> &entries, int previewChars) const;
    QVariantMap describeObject(const ObjectEntry &entry, const QHash<quint64, QStringList> &names,
                               bool perClient) const;
    QHash<quint64, QStringList> namesById() const;
    /*! A page of objects in id order (creation order) after a cursor, filtered by typeid: the
        work is bounded by the page, not by how many objects there are. */
    QVariantMap objectsPage(const QVariantMap &options) const;
    /*! Who holds what and who waits for what, over every object, with the cycles among
        clients (deadlocks). Made on request: nothing is kept for it. */
    QVariantMap waitGraph() const;
    QVariantList describeClients() const;
    /*! One authenticated client, as clients() and client() describe it. */
    QVariantMap describeClient(const ServerConnection &connection) const;
    /*! client(id): the client \a args name, or, without arguments, \a caller itself. */
    Reply describeClient(ServerConnection *caller, const QVariantList &args) const;
    Reply setClientName(ServerConnection *connection, const QVariantList &args);
    /*! A client's parked calls listed at most (parkedCalls counts them all). */
    static constexpr int MaxParkedListed = 1000;
    QVariantMap describeMemory() const;

    TypeRegistry m_registry;
    QByteArray m_authKey;
    QByteArray m_observerKey;
    qsizetype m_maxFrameSize;
    QString m_address;
    QByteArray m_serverId;
    int m_livenessTimeout = 0;
    Listener *m_listener = nullptr; // a child
    TlsConfiguration m_tls;
    ServerLimits m_limits;
    // The quotas' side of the limits and the total, and the account of the server's own objects.
    std::shared_ptr<QuotaAccount::Ledger> m_ledger;
    std::shared_ptr<QuotaAccount> m_ownAccount;
    RefusalLog m_refusals; // clients refused for the maximum
    RefusalLog m_memoryRefusals; // clients refused for want of memory
    QHash<quint64, ObjectEntry> m_objects;
    std::set<quint64> m_objectOrder; // the ids of m_objects, for paging in creation order
    // Named objects: each name holds one reference of its object, counted in its entry.
    struct NameEntry
    {
        quint64 id = 0;
        QString typeId; // as named: a factory may hand out one object under several typeids
    };
    QHash<QString, NameEntry> m_names;
    QHash<const QObject *, quint64> m_idByObject;
    QHash<QPair<QString, const QMetaObject *>, std::shared_ptr<const MethodTable>> m_methodCache;
    QHash<quint64, ServerConnection *> m_connections;
    QHash<quint64, QList<ServerConnection *>> m_subscribers;       // by object id
    QHash<quint64, int> m_changeInfoWanted; // by object id: subscribers that asked for change info
    QHash<quint64, QList<QPointer<StandardObject>>> m_callerWatchers; // by connection id
    QSet<quint64> m_authenticated; // connection ids
    std::vector<ServerConnection *> m_streamSubscribers;
    quint64 m_streamSeq = 0;
    std::vector<quint64> m_streamChangedIds;   // marked in the current generation
    std::vector<quint64> m_streamReferenceIds;
    QByteArray m_streamFrame; // each event is encoded once, here, and copied to each subscriber
    QTimer *m_streamTimer = nullptr;
    qint64 m_streamLastReport = 0; // steady ms
    bool m_streamTurnPosted = false;
    quint64 m_nextObjectId = 1;
    quint64 m_nextConnectionId = 1;
    bool m_shutDown = false;
};

} // namespace LibManager

#endif // LIBMANAGER_SERVER_P_H
