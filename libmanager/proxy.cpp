// SPDX-License-Identifier: BSD-3-Clause
#include "proxy.h"
#include "proxy_p.h"
#include "basemanager_p.h"
#include <libmanager/client/clientconnection_p.h>
#include <libmanager/wire/wirecodec_p.h>
#include "tr_p.h"

#include <QtCore/qmetaobject.h>
#include <QtCore/qthread.h>

namespace LibManager {

namespace {
// A proxy in a value travels as its token (the wire codec asks through this hook).
Token tokenForProxy(const QObject *object)
{
    const auto *proxy = qobject_cast<const Proxy *>(object);
    return proxy ? proxy->token() : Token();
}
[[maybe_unused]] const bool tokenForProxyInstalled = (Wire::setTokenForObject(&tokenForProxy), true);
} // namespace

void ProxyPrivate::attach(const Token &t, const std::shared_ptr<ClientConnection> &connection,
                          const std::shared_ptr<const std::atomic<int>> &timeout, bool ownsRef)
{
    Q_Q(Proxy);
    token = t;
    owner = connection;
    managerTimeout = timeout;
    ownsReference = ownsRef;
    const Proxy::State old = state;
    state = connection && connection->isOpen() ? Proxy::State::Connected : Proxy::State::Disconnected;
    if (connection) {
        QObject::connect(connection.get(), &ClientConnection::disconnected, q, [this] {
            Q_Q(Proxy);
            if (state == Proxy::State::Disconnected)
                return;
            const Proxy::State previous = std::exchange(state, Proxy::State::Disconnected);
            Q_EMIT q->stateChanged(state, previous);
        });
    }
    if (state != old)
        Q_EMIT q->stateChanged(state, old);
    recount();
}

void ProxyPrivate::observe()
{
    observing = true;
    setSubscribed(true);
}

void ProxyPrivate::released()
{
    Q_Q(Proxy);
    if (state == Proxy::State::Released)
        return;
    const Proxy::State previous = std::exchange(state, Proxy::State::Released);
    Q_EMIT q->stateChanged(state, previous);
}

void ProxyPrivate::signalConnectionsChanged(int delta)
{
    signalConnections = qMax(0, signalConnections + delta);
    setSubscribed(signalConnections > 0 || observing);
}

void ProxyPrivate::recount()
{
    Q_Q(Proxy);
    int connections = 0;
    const QMetaObject *metaObject = q->metaObject();
    for (int i = Proxy::staticMetaObject.methodCount(); i < metaObject->methodCount(); ++i) {
        const QMetaMethod method = metaObject->method(i);
        if (method.methodType() == QMetaMethod::Signal && q->isSignalConnected(method))
            ++connections;
    }
    signalConnections = connections;
    setSubscribed(connections > 0 || observing);
}

void ProxyPrivate::setSubscribed(bool wanted)
{
    Q_Q(Proxy);
    // Object 0, the server's introspection object, has no valid token of its own: subscribing
    // to it is watching the server-wide event stream (Introspector's signals).
    const bool stream = token.objectId() == 0 && !token.serverId().isEmpty()
            && token.typeId() == QLatin1String(Protocol::IntrospectorTypeId);
    if (wanted == subscribed || !owner || (!token.isValid() && !stream))
        return;
    if (QThread::currentThread() != owner->thread()) {
        // Posting an event takes no QObject mutex: safe from connectNotify().
        QMetaObject::invokeMethod(q, [this, wanted] { setSubscribed(wanted); }, Qt::QueuedConnection);
        return;
    }
    subscribed = wanted;
    if (wanted)
        owner->subscribe(token.objectId(), q);
    else
        owner->unsubscribe(token.objectId(), q);
}

void Proxy::setChangeInfoEnabled(bool enabled)
{
    Q_D(Proxy);
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, [this, enabled] { setChangeInfoEnabled(enabled); },
                                  Qt::QueuedConnection);
        return;
    }
    d->changeInfoWanted = enabled;
    if (enabled && d->subscribed && d->owner)
        d->owner->requestChangeInfo(d->token.objectId());
}

bool Proxy::isChangeInfoEnabled() const
{
    Q_D(const Proxy);
    return d->changeInfoWanted;
}

ChangeInfo Proxy::changeInfo() const
{
    Q_D(const Proxy);
    return d->currentChange;
}

std::shared_ptr<ClientConnection> ProxyPrivate::connectionForCall(Reply *failure, int timeoutMs) const
{
    if (!owner) {
        *failure = Reply::fromError(Error::NotConnected,
                                    Tr::tr("the proxy is not attached to a shared object"));
        return nullptr;
    }
    if (QThread::currentThreadId() == owner->threadId()) {
        if (!owner->isOpen())
            *failure = Reply::fromError(Error::ConnectionLost, owner->closeReason());
        return owner->isOpen() ? owner : nullptr;
    }
    // Another thread: its own connection to the same server. The object stays alive through
    // the reference that the owner connection holds.
    Error code = Error::NoError;
    QString why;
    auto connection = ClientConnection::forCurrentThread(*owner, timeoutMs, &code, &why);
    if (!connection)
        *failure = Reply::fromError(code, why);
    return connection;
}

int ProxyPrivate::timeoutFor(int timeoutMs) const
{
    if (timeoutMs != Proxy::DefaultTimeout)
        return timeoutMs;
    const int own = ownTimeout.load(std::memory_order_relaxed);
    if (own != Proxy::DefaultTimeout)
        return own;
    return managerTimeout ? managerTimeout->load(std::memory_order_relaxed)
                          : BaseManagerPrivate::DefaultCallTimeout;
}

void ProxyPrivate::record(const Reply &reply) const
{
    if (reply.isValid() && lastError.load(std::memory_order_relaxed) == Error::NoError)
        return; // nothing to change (the string is empty whenever the error is NoError)
    QMutexLocker lock(&errorMutex);
    lastError = reply.error();
    lastErrorString = reply.errorString();
}

Reply ProxyPrivate::call(const Proxy &proxy, QStringView method, std::initializer_list<QVariant> args,
                         int timeoutMs)
{
    return call(proxy, method, args.begin(), qsizetype(args.size()), timeoutMs);
}

Reply ProxyPrivate::call(const Proxy &proxy, QStringView method, const QVariant *args, qsizetype count,
                         int timeoutMs, BulkSink *sink)
{
    const ProxyPrivate *d = proxy.d_func();
    Reply reply;
    const int timeout = d->timeoutFor(timeoutMs);
    const auto connection = d->connectionForCall(&reply, timeout);
    if (connection)
        reply = connection->call(d->token.objectId(), method, args, count, timeout, sink);
    proxy.recordReply(reply);
    return reply;
}

namespace {
// How long another thread may take to connect for a blocking call: its whole wait.
int connectTimeoutFor(const BlockingCall &blocking)
{
    return blocking.timeoutMs < 0 ? Proxy::NoTimeout
                                  : blocking.timeoutMs + ClientConnection::MinBlockingGraceMs;
}
} // namespace

Reply ProxyPrivate::call(const Proxy &proxy, QStringView method,
                         std::initializer_list<QVariant> args, const BlockingCall &blocking)
{
    const ProxyPrivate *d = proxy.d_func();
    Reply reply;
    const auto connection = d->connectionForCall(&reply, connectTimeoutFor(blocking));
    if (connection) {
        reply = connection->callBlocking(d->token.objectId(), method, args.begin(),
                                         qsizetype(args.size()), blocking);
    }
    proxy.recordReply(reply);
    return reply;
}

PendingCall ProxyPrivate::callAsync(const Proxy &proxy, QStringView method,
                                    std::initializer_list<QVariant> args,
                                    const BlockingCall &blocking)
{
    const ProxyPrivate *d = proxy.d_func();
    Reply failure;
    const auto connection = d->connectionForCall(&failure, connectTimeoutFor(blocking));
    if (!connection)
        return finishedCall(std::move(failure));
    return connection->callBlockingAsync(d->token.objectId(), method, args.begin(),
                                         qsizetype(args.size()), blocking);
}

Reply ProxyPrivate::post(const Proxy &proxy, QStringView method)
{
    const ProxyPrivate *d = proxy.d_func();
    Reply reply;
    const auto connection = d->connectionForCall(&reply, d->timeoutFor(Proxy::DefaultTimeout));
    if (connection)
        reply = connection->post(d->token.objectId(), method, const_cast<Proxy *>(&proxy));
    proxy.recordReply(reply);
    return reply;
}

void ProxyPrivate::reportLater(Proxy *proxy, const Reply &reply)
{
    QMetaObject::invokeMethod(
            proxy, [proxy = QPointer<Proxy>(proxy), reply] {
                if (proxy)
                    proxy->recordReply(reply);
            },
            Qt::QueuedConnection);
}

PendingCall ProxyPrivate::callAsync(const Proxy &proxy, QStringView method, const QVariant *args,
                                    qsizetype count, int timeoutMs)
{
    const ProxyPrivate *d = proxy.d_func();
    Reply failure;
    const int timeout = d->timeoutFor(timeoutMs);
    const auto connection = d->connectionForCall(&failure, timeout);
    if (!connection)
        return finishedCall(std::move(failure));
    return connection->callAsync(d->token.objectId(), method, args, count, timeout);
}

PendingCall ProxyPrivate::finishedCall(Reply reply)
{
    return PendingCall(PendingCallState::finishedWith(std::move(reply)));
}

Proxy::Proxy(QObject *parent) : QObject(parent), d_ptr(std::make_unique<ProxyPrivate>(this)) { }

Proxy::Proxy(ProxyPrivate &dd, QObject *parent) : QObject(parent), d_ptr(&dd) { }

Proxy::~Proxy()
{
    Q_D(Proxy);
    if (d->owner && d->subscribed && QThread::currentThread() == d->owner->thread())
        d->owner->unsubscribe(d->token.objectId(), this);
    if (d->owner && d->ownsReference && d->token.isValid())
        d->owner->release(d->token.objectId());
}

void Proxy::handleEvent(const QByteArray &name, const QVariantList &args)
{
    Q_UNUSED(name);
    Q_UNUSED(args);
}

void Proxy::connectNotify(const QMetaMethod &signal)
{
    Q_D(Proxy);
    if (signal.methodIndex() >= Proxy::staticMetaObject.methodCount())
        d->signalConnectionsChanged(+1);
}

void Proxy::disconnectNotify(const QMetaMethod &signal)
{
    Q_D(Proxy);
    if (!signal.isValid()) {
        // "Disconnect everything": which signals lost receivers is unknown here; count again
        // from the event loop, where asking is allowed.
        QMetaObject::invokeMethod(this, [d] { d->recount(); }, Qt::QueuedConnection);
        return;
    }
    if (signal.methodIndex() >= Proxy::staticMetaObject.methodCount())
        d->signalConnectionsChanged(-1);
}

void Proxy::recordReply(const Reply &reply) const
{
    Q_D(const Proxy);
    d->record(reply);
    if (!reply.isValid() && QThread::currentThread() == thread())
        Q_EMIT const_cast<Proxy *>(this)->errorOccurred(reply.error(), reply.errorString());
}

std::unique_ptr<Proxy> Proxy::proxyForValue(const QVariant &value) const
{
    Q_D(const Proxy);
    Token token;
    if (value.metaType() == QMetaType::fromType<Token>()) {
        token = value.value<Token>();
    } else if (value.metaType().flags() & QMetaType::PointerToQObject) {
        if (auto *proxy = qobject_cast<Proxy *>(value.value<QObject *>()))
            token = proxy->token();
    }
    if (!token.isValid()) {
        recordReply(Reply::fromError(Error::TypeError, Tr::tr("the value holds no proxy")));
        return nullptr;
    }
    Reply failure;
    const auto connection = d->connectionForCall(&failure, d->timeoutFor(DefaultTimeout));
    if (!connection) {
        recordReply(failure);
        return nullptr;
    }
    if (token.serverId() != connection->serverId()) {
        recordReply(Reply::fromError(
            Error::WrongServer,
            Tr::tr("the value names an object of another server "
                   "(%1 at %2)")
                .arg(QString::fromLatin1(token.serverId().toHex()), token.address())));
        return nullptr;
    }
    const Reply reply = connection->call(0, u"incref", { token.objectId() }, d->timeoutFor(DefaultTimeout));
    if (!reply.isValid()) {
        recordReply(reply);
        return nullptr;
    }
    const auto &factories = connection->options().proxyFactories;
    std::unique_ptr<Proxy> proxy(factories ? factories->make(token.typeId()) : new Proxy);
    proxy->d_func()->attach(token, connection, d->managerTimeout, true);
    d->record(reply);
    return proxy;
}

std::unique_ptr<Proxy> ReturnedObject::take()
{
    if (m_taken.exchange(true))
        return nullptr;
    const auto &factories = m_connection->options().proxyFactories;
    std::unique_ptr<Proxy> proxy(factories ? factories->make(m_token.typeId()) : new Proxy);
    // The reference the server gave with the answer becomes the proxy's own: no incref.
    ProxyPrivate::get(proxy.get())->attach(m_token, m_connection, m_connection->options().callTimeout, true);
    return proxy;
}

std::unique_ptr<Proxy> Reply::takeProxy() const
{
    return m_attachment ? static_cast<ReturnedObject *>(m_attachment.data())->take() : nullptr;
}

bool Reply::hasProxy() const
{
    return m_attachment && !static_cast<const ReturnedObject *>(m_attachment.data())->isTaken();
}

Proxy::State Proxy::state() const
{
    Q_D(const Proxy);
    if (d->state == State::Connected && !d->owner->isOpen())
        return State::Disconnected; // the signal is on its way
    return d->state;
}

Token Proxy::token() const
{
    Q_D(const Proxy);
    return d->token;
}

QString Proxy::typeId() const
{
    Q_D(const Proxy);
    return d->token.typeId();
}

quint64 Proxy::objectId() const
{
    Q_D(const Proxy);
    return d->token.objectId();
}

Reply Proxy::callMethod(const QString &method, const QVariantList &args, int timeoutMs) const
{
    return ProxyPrivate::call(*this, method, args.constData(), args.size(), timeoutMs);
}

PendingCall Proxy::callMethodAsync(const QString &method, const QVariantList &args, int timeoutMs) const
{
    return ProxyPrivate::callAsync(*this, method, args.constData(), args.size(), timeoutMs);
}

std::unique_ptr<Proxy> Proxy::callMethodForProxy(const QString &method, const QVariantList &args,
                                                 int timeoutMs) const
{
    const Reply reply = callMethod(method, args, timeoutMs);
    if (!reply.isValid())
        return nullptr;
    std::unique_ptr<Proxy> proxy = reply.takeProxy();
    if (!proxy) {
        recordReply(
            Reply::fromError(Error::TypeError,
                             Tr::tr("%1() returned no shared object (a %2)")
                                 .arg(method, QString::fromLatin1(reply.value().typeName()))));
    }
    return proxy;
}

void Proxy::recordProxyClassError(const Proxy &proxy, const char *className) const
{
    recordReply(Reply::fromError(Error::TypeError,
                                 Tr::tr("the proxy for %1 is a %2, not a %3")
                                     .arg(proxy.typeId(),
                                          QString::fromLatin1(proxy.metaObject()->className()),
                                          QString::fromLatin1(className))));
}

QString Proxy::toString() const
{
    const Reply reply = callMethod(QStringLiteral("__str__"));
    if (reply.isValid())
        return reply.value().toString();
    QString text = repr();
    text.chop(1);
    return text + QStringLiteral("; toString() failed: %1>").arg(reply.errorString());
}

QString Proxy::repr() const
{
    Q_D(const Proxy);
    if (!d->token.isValid())
        return QStringLiteral("<%1, unattached>").arg(QString::fromLatin1(metaObject()->className()));
    return QStringLiteral("<%1[%2] object %3 at %4>")
            .arg(QString::fromLatin1(metaObject()->className()), d->token.typeId())
            .arg(d->token.objectId())
            .arg(d->token.address());
}

int Proxy::callTimeout() const
{
    Q_D(const Proxy);
    return d->ownTimeout.load(std::memory_order_relaxed);
}

void Proxy::setCallTimeout(int timeoutMs)
{
    Q_D(Proxy);
    d->ownTimeout.store(timeoutMs, std::memory_order_relaxed);
}

Error Proxy::lastError() const
{
    Q_D(const Proxy);
    QMutexLocker lock(&d->errorMutex);
    return d->lastError;
}

QString Proxy::lastErrorString() const
{
    Q_D(const Proxy);
    QMutexLocker lock(&d->errorMutex);
    return d->lastErrorString;
}

} // namespace LibManager
