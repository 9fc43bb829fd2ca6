// SPDX-License-Identifier: BSD-3-Clause
#include "basemanager.h"
#include "basemanager_p.h"
#include "introspector.h"
#include "authkey.h"
#include <libmanager/client/clientconnection_p.h>
#include "logging_p.h"
#include <libmanager/server/methodtable_p.h>
#include <libmanager/platform/platform_p.h>
#include <libmanager/wire/protocol_p.h>
#include "proxy_p.h"
#include <libmanager/server/serverprocess_p.h>
#include <libmanager/standardtypes/standardtypes_p.h>
#include <libmanager/platform/terminationwatcher_p.h>
#ifdef LIBMANAGER_HAVE_TLS
#include <libmanager/transport/tlsstream_p.h>
#endif
#include "tr_p.h"

#include <QtCore/qatomic.h>
#include <QtCore/qcoreapplication.h>
#include <QtCore/qeventloop.h>
#include <QtCore/qrandom.h>
#include <QtCore/qscopeguard.h>
#include <QtCore/qsocketnotifier.h>
#include <QtCore/qthread.h>
#include <QtCore/qtimer.h>

#include <stdexcept>
#include <type_traits>
#include <unistd.h>

namespace LibManager {

static_assert(std::is_same_v<BaseManager::Factory, ObjectFactory>,
              "the server's registry (server_p.h) stores BaseManager's factories");

bool hasServerEntry(const QByteArray &className); // servermain.cpp

namespace {
const char *const StandardManagers[] = { "LibManager::SyncManager", "LibManager::BaseManager" };

// The most derived standard manager class (one the libmanager-server program runs) of
// \a metaObject, or nullptr.
const char *standardManagerBase(const QMetaObject *metaObject)
{
    for (; metaObject; metaObject = metaObject->superClass()) {
        for (const char *name : StandardManagers) {
            if (qstrcmp(metaObject->className(), name) == 0)
                return name;
        }
    }
    return nullptr;
}
} // namespace

BaseManagerPrivate::BaseManagerPrivate(BaseManager *q) : q_ptr(q) { }

BaseManagerPrivate::~BaseManagerPrivate() = default;

QByteArray BaseManagerPrivate::effectiveKey() const
{
    return authKey.isEmpty() ? defaultAuthKey() : authKey;
}

void BaseManagerPrivate::setError(Error code, const QString &message)
{
    Q_Q(BaseManager);
    {
        QMutexLocker lock(&errorMutex);
        error = code;
        errorString = Tr::withDetails(errorText(code), message);
    }
    qCDebug(lcManager) << errorName(code) << message;
    if (QThread::currentThread() == q->thread())
        Q_EMIT q->errorOccurred(code, message);
}

void BaseManagerPrivate::clearError()
{
    QMutexLocker lock(&errorMutex);
    error = Error::NoError;
    errorString.clear();
}

QString BaseManagerPrivate::freshLocalAddress()
{
    static QBasicAtomicInt counter = Q_BASIC_ATOMIC_INITIALIZER(0);
    return Platform::privateSocketDirectory()
            + QStringLiteral("/lm-%1-%2-%3")
                      .arg(::getpid())
                      .arg(counter.fetchAndAddRelaxed(1))
                      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

std::shared_ptr<ClientConnection> BaseManagerPrivate::connection()
{
    Q_Q(BaseManager);
    if (!primary) {
        setError(Error::NotConnected, Tr::tr("call start() or connectToServer() first"));
        return nullptr;
    }
    if (QThread::currentThread() == q->thread()) {
        if (!primary->isOpen()) {
            setError(Error::ConnectionLost, primary->closeReason());
            return nullptr;
        }
        return primary;
    }
    Error code = Error::NoError;
    QString why;
    auto connection = ClientConnection::forCurrentThread(*primary, callTimeout->load(), &code, &why);
    if (!connection)
        setError(code, why);
    return connection;
}

std::unique_ptr<Proxy> BaseManagerPrivate::makeProxy(const Token &token,
                                                     const std::shared_ptr<ClientConnection> &connection,
                                                     bool ownsReference)
{
    Proxy *proxy = proxyFactories->make(token.typeId());
    proxy->d_func()->attach(token, connection, callTimeout, ownsReference);
    return std::unique_ptr<Proxy>(proxy);
}

bool BaseManagerPrivate::serve(const std::function<void(const QString &)> &onListening, int parentFd,
                               qint64 parentPid)
{
    Q_Q(BaseManager);
    std::unique_ptr<QCoreApplication> ownApplication;
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "libmanager-server";
        static char *argv[] = { name, nullptr };
        ownApplication = std::make_unique<QCoreApplication>(argc, argv);
    }
    if (address.isEmpty())
        address = freshLocalAddress();
    const Address parsed = Address::parse(address);
    if (parsed.kind == Address::Invalid) {
        setError(Error::InvalidAddress, parsed.error);
        return false;
    }
    // Signals are caught from before the first client can connect to after the last goes. A
    // server that start() runs (it has a parent pipe) ignores the terminal's Ctrl+C, which is
    // its application's to handle; its parent stops it.
    TerminationWatcher termination(parentFd >= 0 ? TerminationWatcher::Interrupts::Ignore
                                                 : TerminationWatcher::Interrupts::Stop);
    if (!observerKey.isEmpty() && observerKey == effectiveKey()) {
        setError(Error::ServeFailed,
                 Tr::tr("the observer key is the server's key: clients with it would not be "
                        "observers; give the observers a key of their own"));
        return false;
    }
    Server instance(registry, effectiveKey(),
                    maxFrameSize > 0 ? maxFrameSize : Protocol::DefaultMaxFrameSize);
    instance.setLimits(limits);
    instance.setObserverKey(observerKey);
    QString why;
    // Before the server listens: no client sees it without them, and a declaration that
    // cannot be made leaves no socket behind.
    for (const NamedObject &named : std::as_const(namedObjects)) {
        if (!instance.addNamedObject(named.name, named.typeId, named.args, &why)) {
            setError(Error::ServeFailed, why);
            return false;
        }
    }
    instance.setLivenessTimeout(livenessTimeout);
    instance.setTlsConfiguration(tls);
    if (!instance.listen(parsed, &why)) {
        setError(Error::ServeFailed, why);
        return false;
    }
    clearError();
    address = instance.address();
    Q_EMIT q->addressChanged(address);
    server = &instance;

    QObject::connect(
        &termination, &TerminationWatcher::terminationRequested, &instance,
        [&instance](int signal) { instance.shutdown(Tr::tr("signal %1").arg(signal)); });
    // ServerLifetime::WhileClientsConnected: without its parent, the server lives as long as
    // it has clients, and serverIdleTimeout after the last one.
    bool parentGone = false;
    QTimer idle;
    idle.setSingleShot(true);
    QObject::connect(&idle, &QTimer::timeout, &instance, [&instance] {
        if (instance.clientCount() == 0)
            instance.shutdown(Tr::tr("its starter and its last client are gone"));
    });
    const auto watchIdle = [&] {
        if (parentGone && instance.clientCount() == 0)
            idle.start(serverIdleTimeout);
        else
            idle.stop();
    };
    QObject::connect(&instance, &Server::clientCountChanged, &instance, watchIdle);
    // The parent's end: its pipe closing (whoever held it last), or the parent itself ending
    // (a child it forked without exec may hold the pipe's other end for longer).
    const auto starterGone = [&](const char *how) {
        if (parentGone)
            return;
        parentGone = true;
        if (serverLifetime == BaseManager::ServerLifetime::WithManager) {
            qCInfo(lcServer) << "the parent process is gone:" << how;
            instance.shutdown(Tr::tr("the parent process is gone"));
            return;
        }
        qCInfo(lcServer) << "the starter is gone (" << how << ");" << instance.clientCount()
                         << "clients remain";
        watchIdle();
    };
    std::unique_ptr<QSocketNotifier> parentWatch;
    if (parentFd >= 0) {
        parentWatch = std::make_unique<QSocketNotifier>(parentFd, QSocketNotifier::Read);
        QObject::connect(parentWatch.get(), &QSocketNotifier::activated, &instance,
                         [&, watch = parentWatch.get()] {
                             char buffer[256];
                             const qsizetype got = Platform::readPipe(parentFd, buffer, sizeof buffer);
                             if (got == Platform::WouldBlock || got > 0)
                                 return;
                             watch->setEnabled(false);
                             starterGone("its pipe closed");
                         });
    }
    std::unique_ptr<QSocketNotifier> parentPidWatch;
    QTimer parentPoll;
    int parentPidFd = -1;
    const auto closePidFd = qScopeGuard([&parentPidFd] {
        if (parentPidFd >= 0)
            ::close(parentPidFd);
    });
    if (parentPid > 0) {
        bool alreadyGone = false;
        parentPidFd = Platform::watchParent(parentPid, &alreadyGone);
        if (alreadyGone) {
            QTimer::singleShot(0, &instance, [&] { starterGone("it ended before the server served"); });
        } else if (parentPidFd >= 0) {
            parentPidWatch = std::make_unique<QSocketNotifier>(parentPidFd, QSocketNotifier::Read);
            QObject::connect(parentPidWatch.get(), &QSocketNotifier::activated, &instance,
                             [&, watch = parentPidWatch.get()] {
                                 watch->setEnabled(false);
                                 starterGone("it ended");
                             });
        } else {
            // No pidfd (an old kernel, another system): ask once a second.
            QObject::connect(&parentPoll, &QTimer::timeout, &instance, [&] {
                if (!Platform::parentIs(parentPid)) {
                    parentPoll.stop();
                    starterGone("it ended");
                }
            });
            parentPoll.start(1000);
        }
    }
    qCInfo(lcServer) << "serving at" << address;
    if (onListening)
        onListening(address);
    QEventLoop loop;
    QObject::connect(&instance, &Server::finished, &loop, &QEventLoop::quit);
    if (!instance.isShutDown())
        loop.exec();
    server = nullptr;
    return true;
}

BaseManager::BaseManager(QObject *parent)
    : QObject(parent), d_ptr(std::make_unique<BaseManagerPrivate>(this))
{
}

BaseManager::BaseManager(BaseManagerPrivate &dd, QObject *parent) : QObject(parent), d_ptr(&dd) { }

BaseManager::BaseManager(const QString &address, const QByteArray &authKey, QObject *parent)
    : BaseManager(parent)
{
    Q_D(BaseManager);
    d->address = address;
    d->authKey = authKey;
}

BaseManager::~BaseManager()
{
    Q_D(BaseManager);
    if (d->process && d->serverLifetime == ServerLifetime::WhileClientsConnected)
        d->process->detach(); // its other clients keep it; it ends after the last of them
    else if (d->process)
        shutdown();
    d->primary.reset();
}

QString BaseManager::address() const
{
    Q_D(const BaseManager);
    return d->address;
}

QByteArray BaseManager::authKey() const
{
    Q_D(const BaseManager);
    return d->effectiveKey();
}

void BaseManager::setAddress(const QString &address)
{
    Q_D(BaseManager);
    if (d->address == address)
        return;
    d->address = address;
    Q_EMIT addressChanged(address);
}

void BaseManager::setAuthKey(const QByteArray &authKey)
{
    Q_D(BaseManager);
    d->authKey = authKey;
}

bool BaseManager::start(int timeoutMs)
{
    Q_D(BaseManager);
    if (d->hasShutDown) {
        d->setError(Error::ShutDown,
                    Tr::tr("this manager's server was shut down; a manager "
                           "starts one server: make a new manager"));
        return false;
    }
    if (d->process && d->process->isRunning()) {
        d->setError(
            Error::AlreadyStarted,
            Tr::tr("this manager's server runs already (process %1)").arg(d->process->processId()));
        return false;
    }
    if (!d->address.isEmpty()) {
        const Address parsed = Address::parse(d->address);
        if (parsed.kind == Address::Invalid) {
            d->setError(Error::InvalidAddress, parsed.error);
            return false;
        }
    }

    // Standard types run in the library's server program; custom ones need this program.
    bool custom = false;
    for (const TypeEntry &type : std::as_const(d->registry))
        custom = custom || type.factory;
    ServerProcess::Config config;
    config.address = d->address.isEmpty() ? BaseManagerPrivate::freshLocalAddress() : d->address;
    config.authKey = d->effectiveKey();
    config.observerKey = d->observerKey;
    config.defaultAuthKey = defaultAuthKey();
    config.maxFrameSize = d->maxFrameSize;
    config.parentPid = QCoreApplication::applicationPid();
    config.limits = d->limits;
    config.lifetime = quint8(d->serverLifetime);
    config.idleTimeoutMs = d->serverIdleTimeout;
    config.livenessTimeoutMs = d->livenessTimeout;
    config.tls = d->tls;
    config.language = Tr::catalogueLanguage();
    QString program;
    if (custom) {
        config.managerClass = QString::fromLatin1(metaObject()->className());
        if (!hasServerEntry(metaObject()->className())) {
            d->setError(Error::StartFailed,
                        Tr::tr("%1 has custom types, so its server runs this program again; "
                               "its main() must first call "
                               "\"if (LibManager::isServerProcess()) return "
                               "LibManager::serverMain<%1>(argc, argv);\"")
                            .arg(config.managerClass));
            return false;
        }
        program = Platform::currentExecutablePath();
    } else {
        config.managerClass = QString::fromLatin1(standardManagerBase(metaObject()));
        program = ServerProcess::helperProgram();
        if (program.isEmpty()) {
            d->setError(Error::StartFailed,
                        Tr::tr("the libmanager-server program is not installed beside the "
                               "library (set LIBMANAGER_SERVER_PROGRAM to its path)"));
            return false;
        }
    }

    auto process = std::make_unique<ServerProcess>();
    QString realAddress;
    QString why;
    if (!process->start(program, config, custom, timeoutMs, &realAddress, &why)) {
        d->setError(Error::StartFailed, why);
        return false;
    }
    d->process = std::move(process);
    setAddress(realAddress);
    qCDebug(lcManager) << "server process" << d->process->processId() << "serves at" << realAddress;
    if (!connectToServer(timeoutMs))
        return false;
    // The names hold their objects: our proxies can go at once.
    for (const BaseManagerPrivate::NamedObject &object : std::as_const(d->namedObjects)) {
        if (!named(object.name, object.typeId, object.args)) {
            const QString why = Tr::tr("cannot name '%1': %2").arg(object.name, errorString());
            shutdown();
            d->setError(Error::StartFailed, why);
            return false;
        }
    }
    return true;
}

bool BaseManager::serveForever()
{
    Q_D(BaseManager);
    if (d->server || (d->process && d->process->isRunning())) {
        d->setError(Error::AlreadyStarted, Tr::tr("this manager serves already"));
        return false;
    }
    return d->serve({}, -1);
}

bool BaseManager::connectToServer(int timeoutMs)
{
    Q_D(BaseManager);
    const Address parsed = Address::parse(d->address);
    if (parsed.kind == Address::Invalid) {
        d->setError(Error::InvalidAddress,
                    d->address.isEmpty() ? Tr::tr("no address to connect to") : parsed.error);
        return false;
    }
    ClientConnection::Options options;
    options.address = parsed;
    options.addressText = parsed.toString();
    options.authKey = d->effectiveKey();
    options.maxFrameSize = d->maxFrameSize;
    options.timeoutMs = timeoutMs;
    options.proxyFactories = d->proxyFactories;
    options.callTimeout = d->callTimeout;
    options.livenessTimeoutMs = d->livenessTimeout;
    options.clientName = d->clientName;
    Error code = Error::NoError;
    QString why;
    if (parsed.kind == Address::Tls) {
#ifdef LIBMANAGER_HAVE_TLS
        if (!d->clientTls) {
            d->clientTls = Transport::TlsContext::create(d->tls, Transport::TlsContext::Side::Client, &why);
            if (!d->clientTls) {
                d->setError(Error::TlsFailed, Tr::tr("the TLS configuration cannot be used: %1").arg(why));
                return false;
            }
        }
        options.tls = d->clientTls;
#endif
    }
    auto connection = ClientConnection::open(options, &code, &why);
    if (!connection) {
        d->setError(code, why);
        return false;
    }
    d->primary = std::move(connection);
    d->clearError();
    return true;
}

bool BaseManager::shutdown()
{
    Q_D(BaseManager);
    if (!d->process) {
        d->setError(Error::NotStarted,
                    Tr::tr("shutdown() stops only a server that start() started; use "
                           "requestServerShutdown() to ask another server to stop"));
        return false;
    }
    // Ask without waiting for the answer (a server busy in a long method gives none); its
    // pipe closing says the same, and stop() waits for the process itself.
    if (d->process->isRunning() && d->primary && d->primary->isOpen())
        d->primary->callAsync(Protocol::IntrospectorObjectId, u"shutdown", nullptr, 0, d->shutdownTimeout);
    d->process->stop(d->shutdownTimeout);
    d->primary.reset();
    d->hasShutDown = true;
    d->clearError();
    return true;
}

bool BaseManager::requestServerShutdown()
{
    Q_D(BaseManager);
    const auto connection = d->connection();
    if (!connection)
        return false;
    const Reply reply = connection->call(Protocol::IntrospectorObjectId, u"shutdown", {}, d->callTimeout->load());
    if (!reply.isValid()) {
        d->setError(reply.error(), reply.message());
        return false;
    }
    return true;
}

bool BaseManager::isConnected() const
{
    Q_D(const BaseManager);
    return d->primary && d->primary->isOpen();
}

qint64 BaseManager::serverProcessId() const
{
    Q_D(const BaseManager);
    return d->process ? d->process->processId() : 0;
}

Reply BaseManagerPrivate::callServer(QStringView method, const QVariantList &args,
                                     std::shared_ptr<ClientConnection> connection)
{
    if (!connection)
        connection = this->connection();
    if (!connection) { // connection() has set the error
        QMutexLocker lock(&errorMutex);
        return Reply::fromError(error);
    }
    const Reply reply = connection->call(Protocol::IntrospectorObjectId, method, args, callTimeout->load());
    if (reply.isValid())
        clearError();
    else
        setError(reply.error(), reply.message());
    return reply;
}

std::unique_ptr<Proxy> BaseManagerPrivate::proxyFromServer(QStringView method, const QVariantList &args)
{
    const auto connection = this->connection();
    if (!connection)
        return nullptr;
    const Reply reply = callServer(method, args, connection);
    if (!reply.isValid())
        return nullptr;
    const Token token = reply.value<Token>();
    if (!token.isValid()) {
        setError(Error::ProtocolError,
                 Tr::tr("the server answered %1() without a token").arg(method));
        return nullptr;
    }
    return makeProxy(token, connection, true);
}

std::unique_ptr<Proxy> BaseManager::create(const QString &typeId, const QVariantList &args)
{
    Q_D(BaseManager);
    return d->proxyFromServer(u"create", { typeId, QVariant(args) });
}

std::unique_ptr<Proxy> BaseManager::named(const QString &name, const QString &typeId,
                                          const QVariantList &args)
{
    Q_D(BaseManager);
    return d->proxyFromServer(u"named", { name, typeId, QVariant(args) });
}

std::unique_ptr<Proxy> BaseManager::proxyForName(const QString &name)
{
    Q_D(BaseManager);
    return d->proxyFromServer(u"lookup", { name });
}

bool BaseManager::removeName(const QString &name)
{
    Q_D(BaseManager);
    return d->callServer(u"removeName", { name }).isValid();
}

QStringList BaseManager::names()
{
    Q_D(BaseManager);
    return d->callServer(u"names", {}).value().toStringList();
}

void BaseManager::addNamedObject(const QString &name, const QString &typeId, const QVariantList &args)
{
    Q_D(BaseManager);
    d->namedObjects.append({ name, typeId, args });
}

std::unique_ptr<Proxy> BaseManager::proxyForToken(const Token &token)
{
    Q_D(BaseManager);
    if (!token.isValid()) {
        // Token::fromString() answers text it cannot read with an empty token: that names no
        // object at all, which is not the same as an object that went away.
        d->setError(Error::InvalidToken,
                    Tr::tr("the token names no object (a default-constructed token, or text "
                           "that Token::fromString() could not read as "
                           "\"typeid/objectid/serverid@address\")"));
        return nullptr;
    }
    const auto connection = d->connection();
    if (!connection)
        return nullptr;
    if (token.serverId() != connection->serverId()) {
        d->setError(Error::WrongServer,
                    Tr::tr("the token names an object of another server (%1 at %2); this "
                           "manager is connected to %3 at %4")
                        .arg(QString::fromLatin1(token.serverId().toHex()), token.address(),
                             QString::fromLatin1(connection->serverId().toHex()),
                             connection->options().addressText));
        return nullptr;
    }
    if (!d->callServer(u"incref", { token.objectId() }, connection).isValid())
        return nullptr;
    return d->makeProxy(token, connection, true);
}

std::unique_ptr<Proxy> BaseManager::observe(const Token &token)
{
    Q_D(BaseManager);
    if (!token.isValid()) {
        d->setError(Error::InvalidToken,
                    Tr::tr("the token names no object (a default-constructed token, or text "
                           "that Token::fromString() could not read as "
                           "\"typeid/objectid/serverid@address\")"));
        return nullptr;
    }
    const auto connection = d->connection();
    if (!connection)
        return nullptr;
    if (token.serverId() != connection->serverId()) {
        d->setError(Error::WrongServer,
                    Tr::tr("the token names an object of another server (%1 at %2); this "
                           "manager is connected to %3 at %4")
                        .arg(QString::fromLatin1(token.serverId().toHex()), token.address(),
                             QString::fromLatin1(connection->serverId().toHex()),
                             connection->options().addressText));
        return nullptr;
    }
    // Is it there? (methods() answers ObjectGone for an object that went.) Nothing is counted.
    if (!d->callServer(u"methods", { token.objectId() }, connection).isValid())
        return nullptr;
    auto proxy = d->makeProxy(token, connection, false);
    // Subscribed from now on, so that its release is heard of whatever signals are connected.
    proxy->d_func()->observe();
    return proxy;
}

std::unique_ptr<Introspector> BaseManager::introspector()
{
    Q_D(BaseManager);
    const auto connection = d->connection();
    if (!connection)
        return nullptr;
    // Object 0 is not reference counted: it lives as long as the server.
    auto proxy = std::make_unique<Introspector>();
    proxy->d_func()->attach(Token(connection->options().addressText,
                                  QString::fromLatin1(Protocol::IntrospectorTypeId), 0,
                                  connection->serverId()),
                            connection, d->callTimeout, false);
    return proxy;
}

QByteArray BaseManager::observerKey() const
{
    Q_D(const BaseManager);
    return d->observerKey;
}

void BaseManager::setObserverKey(const QByteArray &key)
{
    Q_D(BaseManager);
    d->observerKey = key;
}

BaseManager::Role BaseManager::role() const
{
    Q_D(const BaseManager);
    return d->primary && d->primary->isObserver() ? Role::Observer : Role::Full;
}

QList<ClientInfo> BaseManager::clients()
{
    Q_D(BaseManager);
    const Reply reply = d->callServer(u"clients", {});
    QList<ClientInfo> out;
    const QVariantList clients = reply.value().toList();
    for (const QVariant &client : clients)
        out.append(ClientInfo::fromVariantMap(client.toMap()));
    return out;
}

ClientInfo BaseManager::whoAmI()
{
    Q_D(BaseManager);
    const Reply reply = d->callServer(u"client", {});
    return reply.isValid() ? ClientInfo::fromVariantMap(reply.value().toMap()) : ClientInfo();
}

QString BaseManager::clientName() const
{
    Q_D(const BaseManager);
    return d->clientName->value();
}

void BaseManager::setClientName(const QString &name)
{
    Q_D(BaseManager);
    d->clientName->setValue(name);
    if (!d->primary || !d->primary->isOpen())
        return;
    if (QThread::currentThread() == thread()) {
        d->primary->sendClientName(d->clientName->value());
        return;
    }
    // Only the connection's own thread writes to it.
    QMetaObject::invokeMethod(
            this,
            [this] {
                Q_D(BaseManager);
                if (d->primary && d->primary->isOpen())
                    d->primary->sendClientName(d->clientName->value());
            },
            Qt::QueuedConnection);
}

void BaseManager::registerType(const QString &typeId, Factory factory,
                               std::optional<QStringList> exposed, ProxyFactory proxyFactory)
{
    Q_D(BaseManager);
    TypeEntry entry;
    entry.typeId = typeId;
    entry.factory = std::move(factory);
    entry.exposed = std::move(exposed);
    entry.proxyFactory = std::move(proxyFactory);
    if (entry.proxyFactory)
        d->proxyFactories->insert(typeId, entry.proxyFactory);
    // What was declared of the type before stays (registerMethodResult() or
    // registerReadMethods() may come first).
    const TypeEntry declared = d->registry.value(typeId);
    entry.resultTypeIds = declared.resultTypeIds;
    entry.readMethods = declared.readMethods;
    d->registry.insert(typeId, std::move(entry));
}

void BaseManager::registerReadMethods(const QString &typeId, const QStringList &methods)
{
    Q_D(BaseManager);
    TypeEntry &entry = d->registry[typeId];
    entry.typeId = typeId;
    entry.readMethods += methods;
}

void BaseManager::registerMethodResult(const QString &typeId, const QString &method,
                                       const QString &resultTypeId)
{
    Q_D(BaseManager);
    TypeEntry &entry = d->registry[typeId];
    entry.typeId = typeId;
    entry.resultTypeIds.insert(method, resultTypeId);
}

void BaseManager::setTypeClass(const QString &typeId, const QMetaObject *metaObject)
{
    Q_D(BaseManager);
    d->registry[typeId].metaObject = metaObject;
}

void BaseManagerPrivate::registerStandardType(const StandardType &type)
{
    Q_Q(BaseManager);
    const QString typeId = type.typeId;
    q->registerType(typeId, {}, std::nullopt, type.makeProxy);
    registry[typeId].standard = &type;
}

QStringList BaseManager::typeIds() const
{
    Q_D(const BaseManager);
    QStringList ids = d->registry.keys();
    ids.sort();
    return ids;
}

int BaseManager::callTimeout() const
{
    Q_D(const BaseManager);
    return d->callTimeout->load();
}

void BaseManager::setCallTimeout(int timeoutMs)
{
    Q_D(BaseManager);
    d->callTimeout->store(timeoutMs);
}

BaseManager::ServerLifetime BaseManager::serverLifetime() const
{
    Q_D(const BaseManager);
    return d->serverLifetime;
}

void BaseManager::setServerLifetime(ServerLifetime lifetime)
{
    Q_D(BaseManager);
    d->serverLifetime = lifetime;
}

int BaseManager::serverIdleTimeout() const
{
    Q_D(const BaseManager);
    return d->serverIdleTimeout;
}

void BaseManager::setServerIdleTimeout(int timeoutMs)
{
    Q_D(BaseManager);
    d->serverIdleTimeout = qMax(0, timeoutMs);
}

int BaseManager::livenessTimeout() const
{
    Q_D(const BaseManager);
    return d->livenessTimeout;
}

void BaseManager::setLivenessTimeout(int timeoutMs)
{
    Q_D(BaseManager);
    d->livenessTimeout = qMax(0, timeoutMs);
}

TlsConfiguration BaseManager::tlsConfiguration() const
{
    Q_D(const BaseManager);
    return d->tls;
}

void BaseManager::setTlsConfiguration(const TlsConfiguration &configuration)
{
    Q_D(BaseManager);
    if (configuration == d->tls)
        return;
    d->tls = configuration;
    d->clientTls.reset();
}

int BaseManager::shutdownTimeout() const
{
    Q_D(const BaseManager);
    return d->shutdownTimeout;
}

void BaseManager::setShutdownTimeout(int timeoutMs)
{
    Q_D(BaseManager);
    d->shutdownTimeout = qMax(0, timeoutMs);
}

qsizetype BaseManager::maxFrameSize() const
{
    Q_D(const BaseManager);
    return d->maxFrameSize > 0 ? d->maxFrameSize : Protocol::DefaultMaxFrameSize;
}

void BaseManager::setMaxFrameSize(qsizetype bytes)
{
    Q_D(BaseManager);
    d->maxFrameSize = bytes;
}

ServerLimits BaseManager::serverLimits() const
{
    Q_D(const BaseManager);
    return d->limits;
}

void BaseManager::setServerLimits(const ServerLimits &limits)
{
    Q_D(BaseManager);
    d->limits = limits;
}

int BaseManager::maxClients() const
{
    Q_D(const BaseManager);
    return d->limits.maxClients();
}

void BaseManager::setMaxClients(int clients)
{
    Q_D(BaseManager);
    d->limits.setMaxClients(clients);
}

Error BaseManager::error() const
{
    Q_D(const BaseManager);
    QMutexLocker lock(&d->errorMutex);
    return d->error;
}

QString BaseManager::errorString() const
{
    Q_D(const BaseManager);
    QMutexLocker lock(&d->errorMutex);
    return d->errorString;
}

QObject *BaseManager::constructWithArgs(const QMetaObject &metaObject, const QVariantList &args)
{
    QString why;
    QObject *object = MethodTable::construct(metaObject, args, &why);
    if (!object)
        throw std::invalid_argument(why.toStdString());
    return object;
}

void BaseManager::setCastError(const QString &typeId, const char *className)
{
    Q_D(BaseManager);
    d->setError(Error::TypeError,
                Tr::tr("the proxy for %1 is not a %2").arg(typeId, QString::fromLatin1(className)));
}

} // namespace LibManager
