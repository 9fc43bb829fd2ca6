// SPDX-License-Identifier: BSD-3-Clause
#include "server_p.h"
#include "accesspolicy_p.h"
#include <libmanager/deferred.h>
#include <libmanager/deferred_p.h>
#include <libmanager/exception.h>
#include <libmanager/standardtypes/footprint_p.h>
#include <libmanager/wire/handshake_p.h>
#include <libmanager/transport/listener_p.h>
#include <libmanager/logging_p.h>
#include "methodtable_p.h"
#include <libmanager/wire/protocol_p.h>
#include "serverconnection_p.h"
#include <libmanager/standardtypes/standardtypes_p.h>
#include <libmanager/token.h>
#include <libmanager/platform/platform_p.h>
#include <libmanager/tr_p.h>
#include <libmanager/wire/wirecodec_p.h>

#include <QtCore/qendian.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qscopeguard.h>
#include <QtCore/qtimer.h>
#include <QtNetwork/qhostinfo.h>
#include <QtNetwork/qlocalserver.h>

#include <algorithm>
#include <exception>
#include <functional>
#include <map>
#include <set>
#include <new>
#include <stdexcept>

namespace LibManager {

namespace {

Reply objectGone(quint64 id)
{
    return Reply::fromError(Error::ObjectGone,
                            Tr::tr("object %1 does not exist (it was released, or never "
                                   "existed on this server)")
                                .arg(id));
}

// A request's work ran out of memory (what the quotas did not foresee: an application
// type's method, a transient copy): that request fails, the server goes on.
Reply outOfMemory(QByteArrayView method)
{
    const QByteArrayView shown = method.first(qMin<qsizetype>(method.size(), 64));
    return Reply::fromError(Error::ServerMemoryFull,
                            Tr::tr("the server ran out of memory while running %1")
                                .arg(QString::fromLatin1(shown)));
}

} // namespace

Server::Server(const TypeRegistry &registry, const QByteArray &authKey, qsizetype maxFrameSize,
               QObject *parent)
    : QObject(parent),
      m_registry(registry),
      m_authKey(authKey),
      m_maxFrameSize(maxFrameSize),
      m_serverId(Handshake::newServerId()),
      m_ledger(std::make_shared<QuotaAccount::Ledger>()),
      m_ownAccount(std::make_shared<QuotaAccount>(m_ledger, QuotaAccount::ServerItself)),
      m_refusals([this](qint64 refused) {
          qCWarning(lcServer).noquote()
                  << QStringLiteral("refused %1 client(s): the server has its maximum of %2 clients")
                             .arg(refused)
                             .arg(m_limits.maxClients());
      }),
      m_memoryRefusals([](qint64 refused) {
          try {
              qCWarning(lcServer, "refused %lld client(s): out of memory",
                        static_cast<long long>(refused));
          } catch (const std::bad_alloc &) {
          }
      })
{
    m_ledger->setLimits(m_limits);
}

void Server::setLimits(const ServerLimits &limits)
{
    m_limits = limits;
    m_ledger->setLimits(limits);
    qCDebug(lcServer) << limits << "memory limit" << m_ledger->maxMemory;
}

Server::~Server()
{
    if (!m_shutDown)
        shutdown(Tr::tr("server destroyed"));
    // Connections are children: they go with us, after their objects.
}

bool Server::listen(const Address &address, QString *why)
{
    Transport::Listening listening;
    Transport::ListenOptions options;
    options.tls = m_tls;
    if (!Transport::listen(address, options, &listening, why))
        return false;
    m_address = listening.address;
    m_listener = new Listener(
            std::move(listening), [this](Platform::Socket accepted) { addConnection(accepted); },
            this);
    return true;
}

void Server::addConnection(Platform::Socket socket)
{
    if (m_shutDown) {
        Platform::closeSocket(socket);
        return;
    }
    if (m_connections.size() >= m_limits.maxClients()) {
        Listener::refuse(socket, Protocol::RefusedFull);
        m_refusals.count();
        m_refusals.report();
        return;
    }
    const quint64 id = m_nextConnectionId++;
    ServerConnection *connection = nullptr;
    try {
        std::unique_ptr<Transport::Stream> stream = m_listener->makeStream(socket);
        socket = Platform::InvalidSocket; // the stream's now
        stream->setLiveness(m_livenessTimeout);
        auto quota = std::make_shared<QuotaAccount>(m_ledger, id);
        connection = new ServerConnection(this, std::move(stream), id, this);
        connection->quota = std::move(quota);
        m_connections.insert(id, connection);
    } catch (const std::bad_alloc &) {
        // Out of memory for one more client: it goes (its descriptor with it), the others
        // are served. Called from the listener's notifier, where nothing may throw.
        if (connection)
            delete connection; // closes the socket
        else
            Platform::closeSocket(socket); // unless a stream took it, and closed it
        m_memoryRefusals.count();
        m_memoryRefusals.report();
        return;
    }
    qCDebug(lcServer) << "client" << id << "connected over" << connection->transport();
}

void Server::connectionAuthenticated(ServerConnection *connection)
{
    m_authenticated.insert(connection->id());
    Q_EMIT clientCountChanged(clientCount());
    if (Q_UNLIKELY(m_streamObserved)) {
        streamEvent(Protocol::Stream::ClientConnected, connection->id(), connection->clientName,
                    connection->peerProcessId(), connection->peer(),
                    connection->isObserver() ? QStringLiteral("observer") : QStringLiteral("full"),
                    QString(connection->transport()));
    }
}

void Server::connectionClosed(ServerConnection *connection)
{
    m_connections.remove(connection->id());
    const bool wasClient = m_authenticated.remove(connection->id());
    if (wasClient)
        Q_EMIT clientCountChanged(clientCount());
    if (connection->streamSubscribed)
        unsubscribeStream(connection);
    const auto subscriptions = std::exchange(connection->subscriptions, {});
    for (quint64 id : subscriptions)
        unsubscribe(connection, id);
    // What the client held (locks, permits) goes back first, then its references.
    const auto watchers = m_callerWatchers.take(connection->id());
    for (const QPointer<StandardObject> &object : watchers) {
        if (object)
            object->callerGone(connection->id());
    }
    // Ownership is tied to the connection: whatever it held goes now.
    const auto references = std::exchange(connection->references, {});
    for (auto it = references.cbegin(); it != references.cend(); ++it) {
        auto object = m_objects.find(it.key());
        if (object == m_objects.end())
            continue;
        object->references -= it.value();
        if (object->references <= 0)
            destroyObject(it.key());
        else
            streamReferences(*object);
    }
    // After what it held and waited for: the observer sees the consequences, then the cause.
    if (wasClient && Q_UNLIKELY(m_streamObserved)) {
        streamEvent(Protocol::Stream::ClientGone, connection->id(),
                    QString::fromLatin1(connection->goneReason()),
                    goneText(connection->goneReason()));
    }
    // Its descriptor is closed: clients that a shortage kept waiting are accepted now.
    if (m_listener)
        m_listener->resume();
}

void Server::handleMessage(ServerConnection *connection, const Wire::Message &message)
{
    switch (message.kind) {
    case Protocol::Kind::Call:
    case Protocol::Kind::Post:
        handleCall(connection, message);
        break;
    case Protocol::Kind::Release:
        dropReferences(connection, message.objectId, qMax<qint64>(1, message.count));
        break;
    case Protocol::Kind::Cancel:
        // The caller gave up: a call of its that is still parked is cancelled, so that what it
        // would have taken (a queue item, a lock) goes to the next waiter instead.
        connection->cancelParked(message.requestId);
        break;
    case Protocol::Kind::Subscribe:
        subscribe(connection, message);
        break;
    case Protocol::Kind::Unsubscribe:
        if (message.objectId == Protocol::IntrospectorObjectId) {
            if (connection->streamSubscribed)
                unsubscribeStream(connection);
        } else if (connection->subscriptions.remove(message.objectId)) {
            unsubscribe(connection, message.objectId);
        }
        break;
    case Protocol::Kind::Ping:
        connection->sendPong();
        break;
    default:
        break;
    }
}

void Server::handleCall(ServerConnection *connection, const Wire::Message &message)
{
    const QVariantList &args = message.args;
    // A Post is answered only if it fails (a parked one when it ends, as a Call).
    const bool posted = message.kind == Protocol::Kind::Post;
    const auto answer = [&](const Reply &reply) {
        if (!posted || !reply.isValid())
            connection->sendReply(message.requestId, reply);
    };
    if (message.objectId == Protocol::IntrospectorObjectId) {
        if (Q_UNLIKELY(connection->isObserver())
            && !AccessPolicy::observerMayCallServer(message.name)) {
            answer(AccessPolicy::refusal(QString::fromLatin1(message.name) + QLatin1String("()")));
            return;
        }
        Reply reply;
        try {
            reply = callIntrospector(connection, message.name, args);
        } catch (const std::bad_alloc &) {
            reply = outOfMemory(message.name);
        }
        answer(reply);
        return;
    }
    const auto it = m_objects.constFind(message.objectId);
    if (it == m_objects.cend() || !it->object) {
        answer(objectGone(message.objectId));
        return;
    }
    QObject *object = it->object;
    const MethodName method = QByteArrayView(message.name);
    if (Q_UNLIKELY(connection->isObserver())
        && !(it->standard ? AccessPolicy::isReadMethod(*it->standard, method)
                        : method == "__str__" || method == "__repr__"
                                  || it->methods->isReadMethod(message.name))) {
        answer(AccessPolicy::refusal(QStringLiteral("%1.%2()").arg(it->typeId,
                                                                   QString::fromLatin1(message.name))));
        return;
    }
    if (StandardObject *standard = it->standard) {
        Reply reply;
        // Only the work is guarded: an answer that ran out of memory half-encoded must close
        // the connection (the caller of handleMessage() does), not be followed by another.
        try {
            if (method == "__str__" || method == "__repr__")
                reply = Reply::fromValue(standard->toString());
            else
                reply = standard->call(Caller { connection->id() }, method, args);
        } catch (const std::bad_alloc &) {
            reply = outOfMemory(message.name);
        }
        if (reply.isValid() && reply.value().metaType() == QMetaType::fromType<Deferred>())
            connection->park(message.requestId, message.objectId, message.name,
                             reply.value().value<Deferred>().state());
        else
            answer(reply);
        return;
    }
    if (method == "__str__") {
        answer(Reply::fromValue(MethodTable::stringOf(object)));
        return;
    }
    if (method == "__repr__") {
        answer(Reply::fromValue(MethodTable::reprOf(object)));
        return;
    }
    const std::shared_ptr<const MethodTable> methods = it->methods;
    const QString typeId = it->typeId; // the call may change m_objects
    Reply reply;
    try {
        reply = methods->invoke(object, message.name, args);
    } catch (const std::bad_alloc &) {
        reply = outOfMemory(message.name);
    }
    if (reply.isValid() && reply.value().metaType() == QMetaType::fromType<Deferred>()) {
        // Parked: the method answers later through the Deferred; the loop goes on.
        connection->park(message.requestId, message.objectId, message.name,
                         reply.value().value<Deferred>().state());
        return;
    }
    if (reply.isValid() && (reply.value().metaType().flags() & QMetaType::PointerToQObject)) {
        // A method that returns a shared object: the caller gets a proxy (method_to_typeid).
        if (QObject *returned = *static_cast<QObject *const *>(reply.value().constData())) {
            if (!posted)
                answerWithObject(connection, message.requestId, typeId, message.name, returned);
            return;
        }
        answer(Reply::fromValue(QVariant())); // a null pointer: nothing was returned
        return;
    }
    answer(reply);
}

Reply Server::callIntrospector(ServerConnection *connection, const QByteArray &method,
                          const QVariantList &args)
{
    if (method == "create")
        return create(connection, args);
    if (method == "incref")
        return incref(connection, args);
    if (method == "named")
        return named(connection, args);
    if (method == "lookup")
        return lookup(connection, args);
    if (method == "removeName")
        return removeName(args);
    if (method == "names") {
        QStringList names = m_names.keys();
        names.sort();
        return Reply::fromValue(names);
    }
    if (method == "ping")
        return Reply::fromValue(QStringLiteral("pong"));
    if (method == "typeIds") {
        QStringList ids;
        for (const TypeEntry &type : std::as_const(m_registry)) {
            if (type.isCreatable())
                ids.append(type.typeId);
        }
        ids.sort();
        return Reply::fromValue(ids);
    }
    if (method == "objects")
        return Reply::fromValue(describeObjects());
    if (method == "objectsPage")
        return Reply::fromValue(objectsPage(args.value(0).toMap()));
    if (method == "syncState") {
        const quint64 id = args.value(0).toULongLong();
        const auto it = m_objects.constFind(id);
        if (it == m_objects.cend())
            return objectGone(id);
        return Reply::fromValue(it->standard ? it->standard->syncState() : QVariantMap());
    }
    if (method == "waitGraph")
        return Reply::fromValue(waitGraph());
    if (method == "capabilities") {
        // What a client may rely on, so that a newer one can do without what an older server
        // lacks. "introspection" counts the revisions of the calls on this object.
        return Reply::fromValue(QVariantMap {
                { QStringLiteral("protocol"), int(Protocol::Version) },
                { QStringLiteral("introspection"), Protocol::IntrospectionRevision },
                { QStringLiteral("calls"),
                  QStringList { QStringLiteral("capabilities"), QStringLiteral("changeInfo"),
                                QStringLiteral("client"),
                                QStringLiteral("clients"), QStringLiteral("eventStream"),
                                QStringLiteral("memory"),
                                QStringLiteral("methods"), QStringLiteral("objects"),
                                QStringLiteral("objectsPage"), QStringLiteral("setClientName"),
                                QStringLiteral("syncState"), QStringLiteral("waitGraph"),
                                QStringLiteral("whoami") } },
        });
    }
    if (method == "clients")
        return Reply::fromValue(describeClients());
    if (method == "whoami")
        return Reply::fromValue(connection->id());
    if (method == "client")
        return describeClient(connection, args);
    if (method == "setClientName")
        return setClientName(connection, args);
    if (method == "changeInfo")
        return setChangeInfo(connection, args);
    if (method == "liveObjectCount")
        return Reply::fromValue(liveObjectCount());
    if (method == "memory")
        return Reply::fromValue(describeMemory());
    if (method == "methods") {
        const auto it = m_objects.constFind(args.value(0).toULongLong());
        if (it == m_objects.cend())
            return objectGone(args.value(0).toULongLong());
        if (auto *standard = qobject_cast<StandardObject *>(it->object.data()))
            return Reply::fromValue(standard->methodNames());
        return Reply::fromValue(it->methods->signatures());
    }
    if (method == "shutdown") {
        qCInfo(lcServer) << "shutdown requested by client" << connection->id();
        // Answer first; shut down once the answer is on its way.
        QTimer::singleShot(0, this, [this] { shutdown(Tr::tr("shutdown requested")); });
        return Reply::fromValue(true);
    }
    return Reply::fromError(Error::MethodNotExposed,
                            Tr::tr("'%1' is not a method of the server (it has: %2)")
                                .arg(QString::fromLatin1(method),
                                     QStringLiteral("create, incref, named, lookup, "
                                                    "removeName, names, ping, typeIds, "
                                                    "objects, clients, client, whoami, "
                                                    "setClientName, changeInfo, liveObjectCount, "
                                                    "memory, methods, shutdown")));
}

Reply Server::create(ServerConnection *connection, const QVariantList &args)
{
    const QString typeId = args.value(0).toString();
    Reply failure;
    // Before the factory runs: a client at its quota makes nothing.
    if (!mayReference(connection, 0, &failure))
        return failure;
    quint64 id = 0;
    const Reply made = makeObject(typeId, args.value(1).toList(), connection->quota, &id);
    if (!made.isValid())
        return made;
    addReference(connection, id, 1);
    return Reply::fromValue(QVariant::fromValue(Token(m_address, typeId, id, m_serverId)));
}

bool Server::mayReference(const ServerConnection *connection, quint64 id, Reply *failure) const
{
    const qsizetype held = connection->references.size();
    if (held < m_limits.maxObjectsPerClient() || (id != 0 && connection->references.contains(id)))
        return true;
    *failure = Reply::fromError(Error::ObjectQuotaExceeded,
                                Tr::tr("client %1 holds references to %2 objects, the most one "
                                       "client may hold on this server (maxObjectsPerClient)")
                                    .arg(connection->id())
                                    .arg(held));
    return false;
}

Reply Server::makeObject(const QString &typeId, const QVariantList &args,
                         const std::shared_ptr<QuotaAccount> &account, quint64 *id)
{
    const auto type = m_registry.constFind(typeId);
    if (type == m_registry.cend() || !type->isCreatable()) {
        QStringList known;
        for (const TypeEntry &entry : std::as_const(m_registry)) {
            if (entry.isCreatable())
                known.append(entry.typeId);
        }
        known.sort();
        return Reply::fromError(Error::UnknownTypeId,
                                Tr::tr("no type '%1' is registered on this server "
                                       "(it has: %2)")
                                    .arg(typeId, known.join(QLatin1String(", "))));
    }
    // The object's own entry first; what a standard type's contents weigh its factory
    // checks before it allocates them, against the account made current here.
    Reply failure;
    if (!account->allows(Footprint::Object, &failure))
        return failure;
    QObject *object = nullptr;
    ObjectHost::setCurrent(this);
    QuotaAccount::setCurrent(account.get());
    const auto resetHost = qScopeGuard([] {
        ObjectHost::setCurrent(nullptr);
        QuotaAccount::setCurrent(nullptr);
    });
    try {
        if (type->standard) {
            // Bad arguments or a quota the contents would pass come back as values.
            Reply failure;
            object = type->standard->make(args, &failure);
            if (!object && failure.error() == Error::InvalidArguments) {
                return Reply::fromError(Error::InvalidArguments,
                                        Tr::tr("cannot create %1: %2").arg(typeId, failure.message()));
            }
            if (!object && failure.error() != Error::NoError)
                return failure;
        } else {
            object = type->factory(args);
        }
    } catch (const Exception &e) {
        // What a user's factory threw: a library error (a quota) as it is.
        return Reply::fromError(isRemoteError(e.error()) ? e.error() : Error::RemoteException,
                                e.message());
    } catch (const std::bad_alloc &) {
        return Reply::fromError(
            Error::ServerMemoryFull,
            Tr::tr("the server ran out of memory while creating %1").arg(typeId));
    } catch (const std::invalid_argument &e) {
        return Reply::fromError(
            Error::InvalidArguments,
            Tr::tr("cannot create %1: %2").arg(typeId, QString::fromLocal8Bit(e.what())));
    } catch (const std::exception &e) {
        return Reply::fromError(
            Error::RemoteException,
            Tr::tr("creating %1 threw: %2").arg(typeId, QString::fromLocal8Bit(e.what())));
    }
    if (!object) {
        return Reply::fromError(Error::InvalidArguments,
                                Tr::tr("the factory of %1 made no object from these "
                                       "arguments")
                                    .arg(typeId));
    }
    QString why;
    *id = adopt(object, *type, account, &why);
    if (*id == 0)
        return Reply::fromError(Error::RemoteException, why);
    return Reply::fromValue(QVariant());
}

quint64 Server::adopt(QObject *object, const TypeEntry &type,
                      const std::shared_ptr<QuotaAccount> &account, QString *why)
{
    // The same object handed out twice (a factory returning a long-lived object, a method
    // returning the same child) keeps one id, as Python's manager keys objects by identity.
    if (const quint64 known = m_idByObject.value(object))
        return known;
    auto *standard = qobject_cast<StandardObject *>(object);
    if (standard && standard->host() && standard->host() != this) {
        *why = Tr::tr("the %1 object is shared by another server").arg(type.typeId);
        return 0;
    }
    const quint64 id = m_nextObjectId++;
    ObjectEntry entry;
    entry.id = id;
    entry.typeId = type.typeId;
    entry.object = object;
    entry.owned = object->parent() == nullptr;
    if (!standard)
        entry.methods = methodsFor(type, object->metaObject());
    entry.standard = standard;
    entry.account = account;
    entry.createdAtMs = Platform::coarseWallClockMs();
    m_objects.insert(id, entry);
    m_objectOrder.insert(m_objectOrder.end(), id); // ids only grow: the end is its place
    if (Q_UNLIKELY(m_streamObserved))
        streamEvent(Protocol::Stream::Created, id, type.typeId, account->client());
    account->charge(Footprint::Object);
    if (standard)
        standard->attach(this, id, account);
    m_idByObject.insert(object, id);
    connect(object, &QObject::destroyed, this, [this, id] {
        // Deleted behind our back (its owner went): later calls get ObjectGone, and its names
        // name nothing.
        auto it = m_objects.find(id);
        if (it != m_objects.end()) {
            if (Q_UNLIKELY(m_streamObserved))
                streamEvent(Protocol::Stream::Released, id);
            m_idByObject.remove(it->object.data());
            it->owned = false;
            if (it->account)
                it->account->charge(-Footprint::Object);
            m_objects.erase(it);
            m_objectOrder.erase(id);
        }
        m_names.removeIf([id](QHash<QString, NameEntry>::iterator it) { return it->id == id; });
    });
    return id;
}

QString Server::resultTypeId(const QString &typeId, const QByteArray &method, const QObject *object) const
{
    const auto owner = m_registry.constFind(typeId);
    if (owner != m_registry.cend()) {
        const QString declared = owner->resultTypeIds.value(QString::fromLatin1(method));
        if (!declared.isEmpty())
            return declared;
    }
    // By class: the type registered for exactly this class, else for its nearest base.
    const QMetaObject *best = nullptr;
    QString found;
    for (const TypeEntry &type : m_registry) {
        if (!type.metaObject || !object->metaObject()->inherits(type.metaObject))
            continue;
        if (!best || type.metaObject->inherits(best)) {
            best = type.metaObject;
            found = type.typeId;
        }
    }
    return found;
}

void Server::answerWithObject(ServerConnection *connection, quint32 requestId, const QString &typeId,
                              const QByteArray &method, QObject *object)
{
    const QString className = QString::fromLatin1(object->metaObject()->className());
    const QString resultType = resultTypeId(typeId, method, object);
    const auto type = m_registry.constFind(resultType);
    QString why;
    if (resultType.isEmpty() || type == m_registry.cend()) {
        why = resultType.isEmpty()
            ? Tr::tr("%1.%2() returned a %3, which is no registered shared type: "
                     "register its class, or declare the method's result with "
                     "registerMethodResult()")
                  .arg(typeId, QString::fromLatin1(method), className)
            : Tr::tr("%1.%2() returns objects of typeid '%3', which is not registered "
                     "on this server")
                  .arg(typeId, QString::fromLatin1(method), resultType);
    }
    // The quotas of the caller, who takes a reference to it and, if it is new, pays for it.
    Reply refused;
    const quint64 known = m_idByObject.value(object);
    if (why.isEmpty()
        && (!mayReference(connection, known, &refused)
            || (known == 0 && !connection->quota->allows(Footprint::Object, &refused)))) {
        if (!object->parent() && known == 0)
            object->deleteLater();
        connection->sendReply(requestId, refused);
        return;
    }
    const quint64 id = why.isEmpty() ? adopt(object, *type, connection->quota, &why) : 0;
    if (id == 0) {
        // A new object nobody can reach would leak: it goes, unless someone owns it.
        if (!object->parent() && !m_idByObject.contains(object))
            object->deleteLater();
        connection->sendReply(requestId, Reply::fromError(Error::TypeError, why));
        return;
    }
    addReference(connection, id, 1);
    connection->sendObjectResult(requestId, Token(m_address, resultType, id, m_serverId));
}

Reply Server::bindName(ServerConnection *connection, const QString &name, const QString &typeId,
                       const QVariantList &args, quint64 *id)
{
    if (name.isEmpty())
        return Reply::fromError(Error::InvalidArguments, Tr::tr("a name may not be empty"));
    const auto existing = m_names.constFind(name);
    if (existing != m_names.cend()) {
        if (existing->typeId != typeId) {
            return Reply::fromError(Error::NameTypeMismatch,
                                    Tr::tr("'%1' is the name of a %2, not of a %3")
                                        .arg(name, existing->typeId, typeId));
        }
        // The arguments only ever make the object; whoever names it first made it.
        *id = existing->id;
        return Reply::fromValue(QVariant());
    }
    Reply failure;
    if (connection && !mayReference(connection, 0, &failure))
        return failure;
    const Reply made = makeObject(typeId, args, connection ? connection->quota : m_ownAccount, id);
    if (!made.isValid())
        return made;
    m_names.insert(name, NameEntry { *id, typeId });
    ObjectEntry &entry = m_objects[*id];
    ++entry.references;
    streamReferences(entry);
    qCDebug(lcServer) << "object" << *id << typeId << "named" << name;
    return made;
}

bool Server::addNamedObject(const QString &name, const QString &typeId, const QVariantList &args,
                            QString *why)
{
    quint64 id = 0;
    const Reply reply = bindName(nullptr, name, typeId, args, &id);
    if (!reply.isValid())
        *why = Tr::tr("cannot name '%1': %2").arg(name, reply.errorString());
    return reply.isValid();
}

Reply Server::named(ServerConnection *connection, const QVariantList &args)
{
    const QString name = args.value(0).toString();
    const QString typeId = args.value(1).toString();
    quint64 id = 0;
    // One handler, one event loop: no other client's request runs between the look-up and
    // the creation, so two clients that race for a name get one object.
    const Reply bound = bindName(connection, name, typeId, args.value(2).toList(), &id);
    if (!bound.isValid())
        return bound;
    Reply failure;
    if (!mayReference(connection, id, &failure))
        return failure; // an existing object: the name keeps it
    addReference(connection, id, 1);
    return Reply::fromValue(QVariant::fromValue(Token(m_address, typeId, id, m_serverId)));
}

Reply Server::lookup(ServerConnection *connection, const QVariantList &args)
{
    const QString name = args.value(0).toString();
    const auto it = m_names.constFind(name);
    if (it == m_names.cend() || !m_objects.contains(it->id)) {
        return Reply::fromError(Error::NameNotFound,
                                Tr::tr("no object is named '%1' on this server").arg(name));
    }
    Reply failure;
    if (!mayReference(connection, it->id, &failure))
        return failure;
    addReference(connection, it->id, 1);
    return Reply::fromValue(QVariant::fromValue(Token(m_address, it->typeId, it->id, m_serverId)));
}

Reply Server::removeName(const QVariantList &args)
{
    const QString name = args.value(0).toString();
    const auto it = m_names.constFind(name);
    if (it == m_names.cend()) {
        return Reply::fromError(Error::NameNotFound,
                                Tr::tr("no object is named '%1' on this server").arg(name));
    }
    const quint64 id = it->id;
    m_names.erase(it);
    qCDebug(lcServer) << "name" << name << "of object" << id << "removed";
    // The name's reference goes; proxies that still hold the object keep it.
    release(id);
    return Reply::fromValue(true);
}

Reply Server::incref(ServerConnection *connection, const QVariantList &args)
{
    const quint64 id = args.value(0).toULongLong();
    const auto it = m_objects.constFind(id);
    if (it == m_objects.cend() || !it->object)
        return objectGone(id);
    Reply failure;
    if (!mayReference(connection, id, &failure))
        return failure;
    addReference(connection, id, 1);
    return Reply::fromValue(it->typeId);
}

void Server::addReference(ServerConnection *connection, quint64 id, qint64 count)
{
    connection->references[id] += count;
    ObjectEntry &entry = m_objects[id];
    entry.references += count;
    streamReferences(entry);
}

void Server::dropReferences(ServerConnection *connection, quint64 id, qint64 count)
{
    auto held = connection->references.find(id);
    if (held == connection->references.end())
        return; // nothing to drop: a client can only release what it holds
    const qint64 dropped = qMin(count, held.value());
    held.value() -= dropped;
    if (held.value() <= 0)
        connection->references.erase(held);
    auto object = m_objects.find(id);
    if (object == m_objects.end())
        return;
    object->references -= dropped;
    if (object->references <= 0)
        destroyObject(id);
    else
        streamReferences(*object);
}

void Server::destroyObject(quint64 id)
{
    if (Q_UNLIKELY(m_streamObserved) && m_objects.contains(id))
        streamEvent(Protocol::Stream::Released, id);
    const ObjectEntry entry = m_objects.take(id);
    m_objectOrder.erase(id);
    if (entry.account)
        entry.account->charge(-Footprint::Object);
    const QList<ServerConnection *> subscribers = m_subscribers.take(id);
    for (ServerConnection *connection : subscribers) {
        connection->subscriptions.remove(id);
        connection->changeInfo.remove(id);
        // Only an observer can be subscribed without a reference, and so see this.
        connection->sendEvent(id, QByteArray::fromRawData(Protocol::ReleasedEvent,
                                                          sizeof Protocol::ReleasedEvent - 1),
                              {});
    }
    m_changeInfoWanted.remove(id);
    if (!entry.object)
        return;
    m_idByObject.remove(entry.object.data());
    disconnect(entry.object, &QObject::destroyed, this, nullptr);
    if (auto *standard = qobject_cast<StandardObject *>(entry.object.data())) {
        if (entry.owned) {
            // Its stored values release the objects they hold while it goes.
            delete standard;
            return;
        }
        standard->detach();
    }
    qCDebug(lcServer) << "object" << id << entry.typeId << "released";
    if (entry.owned)
        delete entry.object.data();
}

void Server::subscribe(ServerConnection *connection, const Wire::Message &message)
{
    if (message.objectId == Protocol::IntrospectorObjectId) {
        subscribeStream(connection, message.requestId);
        return;
    }
    const auto it = m_objects.constFind(message.objectId);
    if (it == m_objects.cend() || !it->object) {
        connection->sendReply(message.requestId, objectGone(message.objectId));
        return;
    }
    if (!qobject_cast<StandardObject *>(it->object.data())) {
        connection->sendReply(
            message.requestId,
            Reply::fromError(Error::MethodNotExposed,
                             Tr::tr("%1 objects publish no changes").arg(it->typeId)));
        return;
    }
    if (!connection->subscriptions.contains(message.objectId)) {
        connection->subscriptions.insert(message.objectId);
        m_subscribers[message.objectId].append(connection);
    }
    connection->sendReply(message.requestId, Reply::fromValue(true));
}

void Server::unsubscribe(ServerConnection *connection, quint64 objectId)
{
    dropChangeInfo(connection, objectId);
    auto it = m_subscribers.find(objectId);
    if (it == m_subscribers.end())
        return;
    it->removeAll(connection);
    if (it->isEmpty())
        m_subscribers.erase(it);
}

void Server::publish(quint64 objectId, const QByteArray &event, const QVariantList &args,
                     quint64 version, quint64 origin, qint64 position)
{
    const auto it = m_subscribers.constFind(objectId);
    if (it == m_subscribers.cend())
        return;
    const bool info = wantsChangeInfo(objectId);
    for (ServerConnection *connection : *it) {
        // A subscriber whose output cannot grow loses its connection, not the caller who
        // made the change (nor the server).
        try {
            if (info && connection->changeInfo.contains(objectId))
                connection->sendEventInfo(objectId, event, args, qMax<quint64>(version, 1), origin, position);
            else
                connection->sendEvent(objectId, event, args);
        } catch (const std::bad_alloc &) {
            connection->closeOutOfMemory();
        }
    }
}

bool Server::hasSubscribers(quint64 objectId) const
{
    return m_subscribers.contains(objectId);
}

bool Server::wantsChangeInfo(quint64 objectId) const
{
    return !m_changeInfoWanted.isEmpty() && m_changeInfoWanted.contains(objectId);
}

Reply Server::setChangeInfo(ServerConnection *connection, const QVariantList &args)
{
    bool isId = false;
    const quint64 id = args.value(0).toULongLong(&isId);
    if (args.size() != 2 || !isId || args.at(1).metaType().id() != QMetaType::Bool)
        return Reply::fromError(Error::InvalidArguments,
                                QStringLiteral("changeInfo takes (objectId, enabled)"));
    // Only for an object it is subscribed to: the subscription's end ends this too.
    if (!connection->subscriptions.contains(id))
        return Reply::fromValue(false);
    const bool enabled = args.at(1).toBool();
    if (enabled && !connection->changeInfo.contains(id)) {
        connection->changeInfo.insert(id);
        ++m_changeInfoWanted[id];
    } else if (!enabled) {
        dropChangeInfo(connection, id);
    }
    return Reply::fromValue(true);
}

void Server::dropChangeInfo(ServerConnection *connection, quint64 objectId)
{
    if (!connection->changeInfo.remove(objectId))
        return;
    auto it = m_changeInfoWanted.find(objectId);
    if (it != m_changeInfoWanted.end() && --*it <= 0)
        m_changeInfoWanted.erase(it);
}

void Server::watchCaller(quint64 connectionId, StandardObject *object)
{
    auto &watchers = m_callerWatchers[connectionId];
    for (const QPointer<StandardObject> &watcher : std::as_const(watchers)) {
        if (watcher == object)
            return;
    }
    watchers.append(object);
}

bool Server::retain(quint64 objectId)
{
    auto it = m_objects.find(objectId);
    if (it == m_objects.end() || !it->object)
        return false;
    ++it->references;
    streamReferences(*it);
    return true;
}

void Server::release(quint64 objectId)
{
    auto it = m_objects.find(objectId);
    if (it == m_objects.end())
        return;
    if (--it->references <= 0)
        destroyObject(objectId);
    else
        streamReferences(*it);
}

QObject *Server::objectFor(const Token &token) const
{
    if (token.serverId() != m_serverId)
        return nullptr;
    const auto it = m_objects.constFind(token.objectId());
    return it == m_objects.cend() ? nullptr : it->object.data();
}

std::shared_ptr<const MethodTable> Server::methodsFor(const TypeEntry &type,
                                                      const QMetaObject *metaObject)
{
    auto &cached = m_methodCache[qMakePair(type.typeId, metaObject)];
    if (!cached)
        cached = std::make_shared<MethodTable>(metaObject, type.exposed, type.readMethods);
    return cached;
}

QHash<quint64, QStringList> Server::namesById() const
{
    QHash<quint64, QStringList> names;
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        names[it->id].append(it.key());
    return names;
}

QVariantMap Server::describeObject(const ObjectEntry &entry,
                                   const QHash<quint64, QStringList> &names, bool perClient) const
{
    QVariantMap info;
    info[QStringLiteral("id")] = entry.id;
    info[QStringLiteral("typeId")] = entry.typeId;
    info[QStringLiteral("className")] =
            entry.object ? QString::fromLatin1(entry.object->metaObject()->className()) : QString();
    info[QStringLiteral("references")] = entry.references;
    info[QStringLiteral("subscribers")] = m_subscribers.value(entry.id).size();
    info[QStringLiteral("createdAt")] = entry.createdAtMs;
    // What it is charged for (an application type's contents are not weighed).
    info[QStringLiteral("bytes")] = Footprint::Object;
    info[QStringLiteral("creator")] = entry.account ? entry.account->client() : 0;
    if (auto *standard = qobject_cast<StandardObject *>(entry.object.data())) {
        info[QStringLiteral("bytes")] = Footprint::Object + standard->footprint();
        info[QStringLiteral("pendingTimeouts")] = standard->pendingTimeouts();
    }
    if (perClient) {
        // Client ids as text: a map's keys are strings on the wire.
        QVariantMap byClient;
        for (const ServerConnection *connection : m_connections) {
            if (const qint64 count = connection->references.value(entry.id))
                byClient.insert(QString::number(connection->id()), count);
        }
        info[QStringLiteral("referencesByClient")] = byClient;
    }
    info[QStringLiteral("token")] = QVariant::fromValue(Token(m_address, entry.typeId, entry.id, m_serverId));
    QStringList objectNames = names.value(entry.id);
    objectNames.sort();
    info[QStringLiteral("names")] = objectNames;
    return info;
}

QVariantList Server::describeObjects() const
{
    const QHash<quint64, QStringList> names = namesById();
    QVariantList out;
    for (const ObjectEntry &entry : m_objects) {
        QVariantMap info = describeObject(entry, names, false);
        if (entry.standard)
            info[QStringLiteral("string")] = entry.standard->toString().left(200);
        out.append(info);
    }
    return out;
}


namespace {

// The columns of objectsPage({columnar: true}) (introspection 5, see protocol_p.h): one value
// per column instead of one per cell. A page of 100 objects as rows of values took about 1.7 us
// per object, server and client together, nearly all in making, sending and taking apart
// 1,800 variants.
class IntegerColumn
{
public:
    explicit IntegerColumn(qsizetype rows) : m_bytes(rows * qsizetype(sizeof(qint64)), Qt::Uninitialized) { }
    void add(qint64 value)
    {
        if (m_used == m_bytes.size())
            m_bytes.resize(qMax<qsizetype>(64, 2 * m_bytes.size()));
        qToLittleEndian(value, m_bytes.data() + m_used);
        m_used += qsizetype(sizeof(qint64));
    }
    QVariant value() { m_bytes.truncate(m_used); return m_bytes; }

private:
    QByteArray m_bytes;
    qsizetype m_used = 0;
};

// Words from a small set (type ids, class names, states): the set once, and an index per row.
class WordColumn
{
public:
    explicit WordColumn(qsizetype rows) { m_indexes.reserve(rows * qsizetype(sizeof(quint16))); }
    template<typename Word> // QString or QLatin1String
    void add(const Word &word)
    {
        // Rows of one kind often come together, and the set is small: the last word, then the
        // others in order (a hash of strings costs more than a few comparisons), and a hash
        // only once there are many. A page has at most 1000 rows, so at most 1000 words.
        if (m_last >= m_words.size() || m_words.at(m_last) != word) {
            if (m_words.size() <= LinearWords) {
                m_last = m_words.indexOf(word);
            } else {
                if (m_known.isEmpty()) {
                    for (qsizetype i = 0; i < m_words.size(); ++i)
                        m_known.insert(m_words.at(i), i);
                }
                m_last = m_known.value(QString(word), -1);
            }
            if (m_last < 0) {
                m_last = m_words.size();
                m_words.append(QString(word));
                if (!m_known.isEmpty())
                    m_known.insert(m_words.last(), m_last);
            }
        }
        const quint16 le = qToLittleEndian(quint16(m_last));
        m_indexes.append(reinterpret_cast<const char *>(&le), sizeof le);
    }
    QVariant value() const { return QVariantList { m_words, m_indexes }; }

private:
    static constexpr qsizetype LinearWords = 16;
    QStringList m_words;
    QHash<QString, qsizetype> m_known;
    QByteArray m_indexes;
    qsizetype m_last = 0;
};

} // namespace

QVariantMap Server::objectColumns(const QList<const ObjectEntry *> &entries, int previewChars) const
{
    const qsizetype n = entries.size();
    IntegerColumn id(n), references(n), subscribers(n), creator(n), createdAt(n), bytes(n),
            version(n), changedAt(n), changedBy(n), length(n), holder(n), waiting(n);
    WordColumn typeId(n), className(n), state(n);
    IntegerColumn byClient(3 * n); // row, client, count: only the clients that hold some
    QByteArray namedRows;
    QVariantList namesOfRows;
    QStringList previews;
    const QHash<quint64, QStringList> names = namesById();
    QHash<const QMetaObject *, QString> classNames;
    // The clients that hold references, once: walking a QHash visits all its buckets (128 at
    // least), and this is asked per row.
    QVarLengthArray<const ServerConnection *, 16> holders;
    for (const ServerConnection *connection : m_connections) {
        if (!connection->references.isEmpty())
            holders.append(connection);
    }
    for (qsizetype row = 0; row < n; ++row) {
        const ObjectEntry &entry = *entries.at(row);
        id.add(qint64(entry.id));
        typeId.add(entry.typeId);
        const QMetaObject *meta = entry.object ? entry.object->metaObject() : nullptr;
        auto known = classNames.constFind(meta);
        if (known == classNames.cend())
            known = classNames.insert(meta, meta ? QString::fromLatin1(meta->className()) : QString());
        className.add(*known);
        references.add(entry.references);
        for (const ServerConnection *connection : std::as_const(holders)) {
            if (const qint64 count = connection->references.value(entry.id)) {
                byClient.add(row);
                byClient.add(qint64(connection->id()));
                byClient.add(count);
            }
        }
        const auto subscribed = m_subscribers.constFind(entry.id);
        subscribers.add(subscribed == m_subscribers.cend() ? 0 : subscribed->size());
        creator.add(entry.account ? qint64(entry.account->client()) : 0);
        createdAt.add(entry.createdAtMs);
        if (const auto named = names.constFind(entry.id); named != names.cend()) {
            QStringList sorted = *named;
            sorted.sort();
            const qint32 le = qToLittleEndian(qint32(row));
            namedRows.append(reinterpret_cast<const char *>(&le), sizeof le);
            namesOfRows.append(sorted);
        }
        auto *standard = qobject_cast<StandardObject *>(entry.object.data());
        bytes.add(standard ? Footprint::Object + standard->footprint() : qint64(Footprint::Object));
        if (!standard) {
            version.add(0);
            changedAt.add(0);
            changedBy.add(0);
            length.add(-1);
            state.add(QString());
            holder.add(0);
            waiting.add(0);
            if (previewChars > 0)
                previews.append(QString());
            continue;
        }
        const StandardObject::StateSummary summary = standard->stateSummary();
        version.add(qint64(standard->version()));
        changedAt.add(standard->lastChangedAt());
        changedBy.add(qint64(standard->lastOrigin()));
        length.add(standard->containerLength());
        state.add(summary.state);
        holder.add(qint64(summary.holder));
        waiting.add(summary.waiting);
        if (previewChars > 0)
            previews.append(standard->preview(previewChars));
    }
    QVariantMap columns {
        { QStringLiteral("id"), id.value() },
        { QStringLiteral("typeId"), typeId.value() },
        { QStringLiteral("className"), className.value() },
        { QStringLiteral("references"), references.value() },
        { QStringLiteral("referencesByClient"), byClient.value() },
        { QStringLiteral("subscribers"), subscribers.value() },
        { QStringLiteral("creator"), creator.value() },
        { QStringLiteral("createdAt"), createdAt.value() },
        { QStringLiteral("names"), QVariantList { namedRows, namesOfRows } },
        { QStringLiteral("bytes"), bytes.value() },
        { QStringLiteral("version"), version.value() },
        { QStringLiteral("changedAt"), changedAt.value() },
        { QStringLiteral("changedBy"), changedBy.value() },
        { QStringLiteral("length"), length.value() },
        { QStringLiteral("state"), state.value() },
        { QStringLiteral("holder"), holder.value() },
        { QStringLiteral("waiting"), waiting.value() },
    };
    if (previewChars > 0)
        columns.insert(QStringLiteral("preview"), previews);
    return columns;
}

QVariantMap Server::objectsPage(const QVariantMap &options) const
{
    constexpr int DefaultCount = 100;
    constexpr int MaxCount = 1000;
    // A filter that matches little must not make one call walk a million objects: a page
    // looks at this many times its count at most, and says where it stopped.
    constexpr int ScanFactor = 64;
    const quint64 after = options.value(QStringLiteral("after")).toULongLong();
    int count = options.value(QStringLiteral("count"), DefaultCount).toInt();
    count = qBound(1, count, MaxCount);
    const QStringList typeIds = options.value(QStringLiteral("typeIds")).toStringList();
    // Columns (introspection 5): a value per column, not per cell (see objectColumns()).
    const bool columnar = options.value(QStringLiteral("columnar")).toBool();
    const int previewChars = qBound(0, options.value(QStringLiteral("previewChars"), 0).toInt(), 1000);
    const QHash<quint64, QStringList> names = columnar ? QHash<quint64, QStringList>() : namesById();
    QList<const ObjectEntry *> matched;
    matched.reserve(count);
    quint64 last = after;
    qint64 scanned = 0;
    auto it = m_objectOrder.upper_bound(after);
    for (; it != m_objectOrder.end() && matched.size() < count && scanned < qint64(count) * ScanFactor;
         ++it, ++scanned) {
        last = *it;
        const auto entry = m_objects.constFind(*it);
        if (entry == m_objects.cend() || (!typeIds.isEmpty() && !typeIds.contains(entry->typeId)))
            continue;
        matched.append(&*entry);
    }
    QVariantMap page;
    if (columnar) {
        page[QStringLiteral("count")] = qint64(matched.size());
        page[QStringLiteral("columns")] = objectColumns(matched, previewChars);
    } else {
        QVariantList objects;
        objects.reserve(matched.size());
        for (const ObjectEntry *entry : std::as_const(matched))
            objects.append(describeObject(*entry, names, true));
        page[QStringLiteral("objects")] = objects;
    }
    page[QStringLiteral("total")] = qint64(m_objects.size());
    // The cursor for the next page: the last id looked at, matched or not.
    page[QStringLiteral("next")] = last;
    page[QStringLiteral("atEnd")] = it == m_objectOrder.end();
    return page;
}

QVariantMap Server::waitGraph() const
{
    QVariantList holds; // {object, client, count, since}
    QVariantList waits; // {client, object, since, requestId}
    // Client a waits for client b: a waits on an object that b holds.
    std::map<quint64, std::set<quint64>> waitsFor;
    for (quint64 id : m_objectOrder) {
        const auto entry = m_objects.constFind(id);
        if (entry == m_objects.cend() || !entry->standard)
            continue;
        const QVariantMap state = entry->standard->syncState();
        if (state.isEmpty())
            continue;
        // A Condition's lock is its own: who holds it and who takes it back wait "on" the
        // Condition.
        const QVariantMap lock = state.contains(QStringLiteral("lock"))
                ? state.value(QStringLiteral("lock")).toMap()
                : state;
        std::vector<quint64> holders;
        if (const quint64 owner = lock.value(QStringLiteral("owner")).toULongLong()) {
            holders.push_back(owner);
            holds.append(QVariantMap { { QStringLiteral("object"), id },
                                       { QStringLiteral("client"), owner },
                                       { QStringLiteral("count"), lock.value(QStringLiteral("count")) },
                                       { QStringLiteral("since"), lock.value(QStringLiteral("ownedSince")) } });
        }
        const QVariantMap held = state.value(QStringLiteral("held")).toMap();
        for (auto it = held.cbegin(); it != held.cend(); ++it) {
            holders.push_back(it.key().toULongLong());
            holds.append(QVariantMap { { QStringLiteral("object"), id },
                                       { QStringLiteral("client"), it.key().toULongLong() },
                                       { QStringLiteral("count"), it.value() } });
        }
        const auto addWaiters = [&](const QVariantList &list, bool forHolders) {
            for (const QVariant &item : list) {
                QVariantMap waiter = item.toMap();
                const quint64 client = waiter.value(QStringLiteral("client")).toULongLong();
                waiter[QStringLiteral("object")] = id;
                waits.append(waiter);
                if (forHolders) {
                    for (quint64 holder : holders)
                        waitsFor[client].insert(holder);
                }
            }
        };
        // Waiters of a lock or semaphore wait for its holders; a Condition's, an Event's, a
        // Barrier's or a Queue's wait for something nobody holds (a notify, a set, parties,
        // items), which no cycle can be made of.
        addWaiters(lock.value(QStringLiteral("waiters")).toList(), true);
        if (state.contains(QStringLiteral("lock")))
            addWaiters(state.value(QStringLiteral("waiters")).toList(), false);
        else if (!state.contains(QStringLiteral("owner")) && !state.contains(QStringLiteral("held"))) {
            for (const char *list : { "getters", "putters", "joiners" })
                addWaiters(state.value(QLatin1String(list)).toList(), false);
        }
    }

    // Cycles: the strongly connected components of waitsFor with more than one client, or
    // one that waits for itself (a Lock acquired twice by its owner). Tarjan's algorithm.
    QVariantList cycles;
    std::map<quint64, int> index;
    std::map<quint64, int> low;
    std::vector<quint64> stack;
    std::set<quint64> onStack;
    int next = 0;
    std::function<void(quint64)> visit = [&](quint64 v) {
        index[v] = low[v] = next++;
        stack.push_back(v);
        onStack.insert(v);
        const auto edges = waitsFor.find(v);
        if (edges != waitsFor.end()) {
            for (quint64 w : edges->second) {
                if (!index.count(w)) {
                    visit(w);
                    low[v] = qMin(low[v], low[w]);
                } else if (onStack.count(w)) {
                    low[v] = qMin(low[v], index[w]);
                }
            }
        }
        if (low[v] != index[v])
            return;
        QList<quint64> component;
        quint64 w = 0;
        do {
            w = stack.back();
            stack.pop_back();
            onStack.erase(w);
            component.prepend(w);
        } while (w != v);
        const bool selfLoop = edges != waitsFor.end() && edges->second.count(v);
        if (component.size() > 1 || selfLoop) {
            std::sort(component.begin(), component.end());
            QVariantList clients;
            for (quint64 client : component)
                clients.append(client);
            cycles.append(QVariant(clients));
        }
    };
    for (const auto &[client, targets] : waitsFor) {
        Q_UNUSED(targets);
        if (!index.count(client))
            visit(client);
    }
    return QVariantMap {
        { QStringLiteral("holds"), holds },
        { QStringLiteral("waits"), waits },
        { QStringLiteral("cycles"), cycles },
    };
}

QVariantList Server::describeClients() const
{
    QVariantList out;
    for (const ServerConnection *connection : m_connections) {
        if (connection->isAuthenticated())
            out.append(describeClient(*connection));
    }
    return out;
}

QVariantMap Server::describeClient(const ServerConnection &connection) const
{
    // Wall clock for what a client reads; the server's deadlines are on the steady clock.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 steadyNow = Platform::steadyClockMs();
    qint64 references = 0;
    for (qint64 count : connection.references)
        references += count;
    QVariantMap info;
    info[QStringLiteral("id")] = connection.id();
    info[QStringLiteral("transport")] = QString(connection.transport());
    info[QStringLiteral("peer")] = connection.peer();
    info[QStringLiteral("references")] = references;
    info[QStringLiteral("objects")] = qint64(connection.references.size());
    info[QStringLiteral("bytes")] = connection.quota ? connection.quota->used() : 0;
    info[QStringLiteral("parkedCalls")] = connection.parkedCount();
    // Introspection 2: who the client is and what it did.
    info[QStringLiteral("name")] = connection.clientName;
    info[QStringLiteral("role")] = connection.isObserver() ? QStringLiteral("observer") : QStringLiteral("full");
    info[QStringLiteral("pid")] = connection.peerProcessId();
    info[QStringLiteral("connectedAt")] = connection.connectedAtMs();
    info[QStringLiteral("lastActivityAt")] = connection.lastActivityAtMs();
    info[QStringLiteral("calls")] = connection.calls();
    info[QStringLiteral("bytesIn")] = connection.bytesIn();
    info[QStringLiteral("bytesOut")] = connection.bytesOut();
    info[QStringLiteral("subscriptions")] = qint64(connection.subscriptions.size());
    // Introspection 3.
    info[QStringLiteral("pendingOutput")] = qint64(connection.pendingOutput());
    info[QStringLiteral("eventStream")] = connection.streamSubscribed;
    // What it holds: only the objects that watch it (it took a lock or a permit there once)
    // are asked.
    QVariantList holds;
    for (const QPointer<StandardObject> &object : m_callerWatchers.value(connection.id())) {
        const int count = object ? object->holdsOf(connection.id()) : 0;
        if (count <= 0)
            continue;
        // A Condition's own lock is no shared object: it is held as the Condition.
        quint64 id = m_idByObject.value(object.data());
        if (id == 0 && object->parent())
            id = m_idByObject.value(object->parent());
        const auto entry = m_objects.constFind(id);
        if (entry == m_objects.cend())
            continue;
        holds.append(QVariantMap { { QStringLiteral("object"), id },
                                   { QStringLiteral("typeId"), entry->typeId },
                                   { QStringLiteral("count"), count } });
    }
    info[QStringLiteral("holds")] = holds;
    // Its parked calls, oldest first.
    std::vector<std::pair<quint32, const DeferredState *>> parked;
    const auto &calls = connection.parkedCalls();
    for (auto it = calls.cbegin(); it != calls.cend(); ++it) {
        if (it.value()->status == DeferredState::Pending)
            parked.emplace_back(it.key(), it.value().get());
    }
    std::sort(parked.begin(), parked.end(), [](const auto &a, const auto &b) {
        return a.second->parkedAtMs != b.second->parkedAtMs ? a.second->parkedAtMs < b.second->parkedAtMs
                                                            : qint32(a.first - b.first) < 0;
    });
    if (parked.size() > size_t(MaxParkedListed))
        parked.resize(MaxParkedListed);
    QVariantList parkedList;
    for (const auto &[requestId, state] : parked) {
        parkedList.append(QVariantMap {
                { QStringLiteral("requestId"), requestId },
                { QStringLiteral("object"), state->objectId },
                { QStringLiteral("method"), QString::fromLatin1(state->method) },
                { QStringLiteral("since"), state->parkedAtMs },
                { QStringLiteral("deadline"),
                  state->deadline < 0 ? qint64(-1) : now + (state->deadline - steadyNow) } });
    }
    info[QStringLiteral("parked")] = parkedList;
    return info;
}

Reply Server::describeClient(ServerConnection *caller, const QVariantList &args) const
{
    if (args.isEmpty())
        return Reply::fromValue(describeClient(*caller));
    const quint64 id = args.at(0).toULongLong();
    const ServerConnection *connection = m_connections.value(id);
    if (!connection || !connection->isAuthenticated()) {
        return Reply::fromError(Error::KeyError,
                                Tr::tr("no client %1 is connected to this server").arg(id));
    }
    return Reply::fromValue(describeClient(*connection));
}

Reply Server::setClientName(ServerConnection *connection, const QVariantList &args)
{
    if (args.size() != 1 || args.at(0).metaType().id() != QMetaType::QString) {
        return Reply::fromError(Error::InvalidArguments,
                                Tr::tr("setClientName takes a name (a string)"));
    }
    connection->clientName = args.at(0).toString().left(ServerConnection::MaxClientNameLength);
    qCDebug(lcServer) << "client" << connection->id() << "is" << connection->clientName;
    if (Q_UNLIKELY(m_streamObserved))
        streamEvent(Protocol::Stream::ClientRenamed, connection->id(), connection->clientName);
    return Reply::fromValue(QVariant());
}

QVariantMap Server::describeMemory() const
{
    QVariantMap info;
    info[QStringLiteral("used")] = m_ledger->used;
    info[QStringLiteral("maxMemory")] = m_ledger->maxMemory;
    info[QStringLiteral("maxBytesPerClient")] = m_ledger->maxBytesPerClient;
    info[QStringLiteral("maxObjectsPerClient")] = m_limits.maxObjectsPerClient();
    info[QStringLiteral("maxContainerLength")] = m_ledger->maxContainerLength;
    info[QStringLiteral("serverObjects")] = m_ownAccount->used();
    return info;
}

// --- The server-wide event stream ----------------------------------------------------------

template<typename... Args>
void Server::streamEvent(const char *name, const Args &...args) noexcept
{
    const quint64 seq = ++m_streamSeq;
    try {
        const QVariantList list { QVariant(seq), QVariant(qint64(Platform::coarseWallClockMs())),
                                  QVariant(args)... };
        m_streamFrame.resize(0);
        QString why;
        if (!Wire::encodeEvent(&m_streamFrame, Protocol::IntrospectorObjectId,
                               QByteArray::fromRawData(name, qsizetype(qstrlen(name))), list,
                               &why)) {
            streamLostForAll();
            return;
        }
        for (ServerConnection *connection : m_streamSubscribers)
            connection->appendStream(m_streamFrame, seq);
    } catch (const std::bad_alloc &) {
        // The event is lost; so may be some copies of it: every subscriber hears of a gap.
        streamLostForAll();
    }
    scheduleStream();
}

void Server::streamLostForAll() noexcept
{
    for (ServerConnection *connection : m_streamSubscribers)
        connection->streamLost(m_streamSeq);
}

void Server::subscribeStream(ServerConnection *connection, quint32 requestId)
{
    connection->sendReply(requestId, Reply::fromValue(true));
    if (connection->streamSubscribed)
        return;
    if (!m_streamTimer) {
        m_streamTimer = new QTimer(this);
        m_streamTimer->setSingleShot(true);
        connect(m_streamTimer, &QTimer::timeout, this, &Server::onStreamTurn);
    }
    connection->streamSubscribed = true;
    m_streamSubscribers.push_back(connection);
    m_streamObserved = true;
    // Where the client starts: the next event it gets is this number + 1.
    QByteArray frame;
    QString why;
    Wire::encodeEvent(&frame, Protocol::IntrospectorObjectId,
                      QByteArray::fromRawData(Protocol::Stream::Started,
                                              sizeof Protocol::Stream::Started - 1),
                      { QVariant(m_streamSeq), QVariant(qint64(Platform::coarseWallClockMs())) },
                      &why);
    connection->appendStreamNotice(frame);
    qCDebug(lcServer) << "client" << connection->id() << "watches the event stream from"
                      << m_streamSeq;
}

void Server::unsubscribeStream(ServerConnection *connection)
{
    connection->endStream();
    m_streamSubscribers.erase(std::remove(m_streamSubscribers.begin(), m_streamSubscribers.end(),
                                          connection),
                              m_streamSubscribers.end());
    if (!m_streamSubscribers.empty())
        return;
    // Nobody watches: the marks are dropped, and a new generation makes every object
    // markable again when somebody does.
    m_streamObserved = false;
    m_streamChangedIds.clear();
    m_streamReferenceIds.clear();
    ++m_streamGeneration;
    if (m_streamTimer)
        m_streamTimer->stop();
}

void Server::streamChanged(quint64 objectId) noexcept
{
    try {
        m_streamChangedIds.push_back(objectId);
    } catch (const std::bad_alloc &) {
        streamLostForAll();
    }
    scheduleStream();
}

void Server::markReferences(ObjectEntry &entry) noexcept
{
    entry.referencesMark = m_streamGeneration;
    try {
        m_streamReferenceIds.push_back(entry.id);
    } catch (const std::bad_alloc &) {
        streamLostForAll();
    }
    scheduleStream();
}

void Server::streamSync(SyncEventKind kind, quint64 objectId, quint64 client, qint64 count,
                        bool gone) noexcept
{
    switch (kind) {
    case SyncEventKind::Acquired:
        streamEvent(Protocol::Stream::Acquired, objectId, client, count);
        return;
    case SyncEventKind::HoldReleased:
        streamEvent(Protocol::Stream::HoldReleased, objectId, client, count, gone);
        return;
    case SyncEventKind::Broken:
        streamEvent(Protocol::Stream::Broken, objectId, client);
        return;
    case SyncEventKind::Reset:
        streamEvent(Protocol::Stream::Reset, objectId, client);
        return;
    case SyncEventKind::Set:
        streamEvent(Protocol::Stream::Set, objectId, client);
        return;
    case SyncEventKind::Cleared:
        streamEvent(Protocol::Stream::Cleared, objectId, client);
        return;
    }
}

void Server::streamWaitStarted(quint64 client, quint32 requestId, const DeferredState &state)
{
    // The deadline is on the steady clock; an observer reads the wall clock.
    const qint64 deadline = state.deadline < 0
            ? qint64(-1)
            : QDateTime::currentMSecsSinceEpoch() + (state.deadline - Platform::steadyClockMs());
    streamEvent(Protocol::Stream::WaitStarted, state.objectId, client, requestId, state.method,
                deadline);
}

void Server::streamWaitEnded(quint64 objectId, quint64 client, quint32 requestId,
                             DeferredState::Outcome outcome)
{
    streamEvent(Protocol::Stream::WaitEnded, objectId, client, requestId,
                QString::fromLatin1(DeferredState::outcomeName(outcome)));
}

void Server::scheduleStream() noexcept
{
    if (m_streamTurnPosted)
        return;
    try {
        // A posted call runs after the sockets that are ready now have had their turn.
        QMetaObject::invokeMethod(this, &Server::onStreamTurn, Qt::QueuedConnection);
        m_streamTurnPosted = true;
    } catch (const std::bad_alloc &) {
        if (m_streamTimer && !m_streamTimer->isActive())
            m_streamTimer->start(Protocol::Stream::CoalesceMs);
    }
}

void Server::onStreamTurn()
{
    m_streamTurnPosted = false;
    if (!m_streamObserved)
        return;
    try {
        if (!m_streamChangedIds.empty() || !m_streamReferenceIds.empty()) {
            const qint64 now = Platform::steadyClockMs();
            const qint64 due = m_streamLastReport + Protocol::Stream::CoalesceMs;
            if (now >= due) {
                m_streamLastReport = now;
                reportCoalesced();
            } else if (!m_streamTimer->isActive()) {
                m_streamTimer->start(int(due - now));
            }
        }
    } catch (const std::bad_alloc &) {
        streamLostForAll();
    }
    // Writing may close a connection, which leaves the list.
    const std::vector<ServerConnection *> subscribers = m_streamSubscribers;
    for (ServerConnection *connection : subscribers) {
        try {
            connection->flushStream();
        } catch (const std::bad_alloc &) {
            connection->closeOutOfMemory();
        }
    }
}

void Server::reportCoalesced()
{
    // A new generation: what changes from now on is marked again, for the next report.
    ++m_streamGeneration;
    std::vector<quint64> references;
    std::vector<quint64> changed;
    references.swap(m_streamReferenceIds);
    changed.swap(m_streamChangedIds);
    for (quint64 id : references) {
        const auto it = m_objects.constFind(id);
        if (it != m_objects.cend()) // released meanwhile: reported released only
            streamEvent(Protocol::Stream::References, id, it->references);
    }
    for (quint64 id : changed) {
        const auto it = m_objects.constFind(id);
        if (it == m_objects.cend() || !it->standard || !it->object)
            continue;
        const StandardObject *standard = it->standard;
        streamEvent(Protocol::Stream::Changed, id, standard->version(), standard->lastOrigin(),
                    standard->lastChangedAt());
    }
    // Keep the room for the next generation, unless it grew large.
    if (references.capacity() <= 4096) {
        references.clear();
        if (m_streamReferenceIds.empty())
            m_streamReferenceIds.swap(references);
    }
    if (changed.capacity() <= 4096) {
        changed.clear();
        if (m_streamChangedIds.empty())
            m_streamChangedIds.swap(changed);
    }
}

QString Server::goneText(const char *reason)
{
    const QByteArrayView code(reason);
    if (code == "protocol")
        return Tr::tr("the client broke the protocol");
    if (code == "outputLimit")
        return Tr::tr("the client left too much of its output unread");
    if (code == "outputTimeout")
        return Tr::tr("the client read none of its output for too long");
    if (code == "outOfMemory")
        return Tr::tr("the server ran out of memory for the client");
    if (code == "shutdown")
        return Tr::tr("the server shut down");
    return Tr::tr("the client closed its connection, or its process ended");
}

void Server::shutdown(const QString &reason)
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    qCInfo(lcServer) << "shutting down:" << reason;
    if (m_listener)
        m_listener->close();
    const auto connections = m_connections;
    for (ServerConnection *connection : connections)
        connection->closeGracefully(reason);
    m_connections.clear();
    m_names.clear();
    const auto ids = m_objects.keys();
    for (quint64 id : ids)
        destroyObject(id);
    QMetaObject::invokeMethod(this, &Server::finished, Qt::QueuedConnection);
}

} // namespace LibManager
