// SPDX-License-Identifier: BSD-3-Clause
#include "proxy.h"
#include "proxy_p.h"
#include "clientconnection_p.h"

#include <QtCore/qthread.h>

namespace LibManager {

void ProxyPrivate::attach(const Token &t, const std::shared_ptr<ClientConnection> &connection,
                          int timeout, bool ownsRef)
{
    Q_Q(Proxy);
    token = t;
    owner = connection;
    defaultTimeout = timeout;
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
}

std::shared_ptr<ClientConnection> ProxyPrivate::connectionForCall(Reply *failure) const
{
    if (!owner) {
        *failure = Reply::fromError(Error::NotConnected,
                                    QStringLiteral("the proxy is not attached to a shared object"));
        return nullptr;
    }
    if (QThread::currentThread() == owner->thread()) {
        if (!owner->isOpen())
            *failure = Reply::fromError(Error::ConnectionLost, owner->closeReason());
        return owner->isOpen() ? owner : nullptr;
    }
    // Another thread: its own connection to the same server. The object stays alive through
    // the reference that the owner connection holds.
    Error code = Error::NoError;
    QString why;
    auto connection = ClientConnection::forCurrentThread(owner->options(), &code, &why);
    if (!connection)
        *failure = Reply::fromError(code, why);
    return connection;
}

int ProxyPrivate::timeoutFor(int timeoutMs) const
{
    return timeoutMs == Proxy::DefaultTimeout ? defaultTimeout : timeoutMs;
}

void ProxyPrivate::record(const Reply &reply) const
{
    QMutexLocker lock(&errorMutex);
    lastError = reply.error();
    lastErrorString = reply.errorString();
}

Proxy::Proxy(QObject *parent) : QObject(parent), d_ptr(std::make_unique<ProxyPrivate>(this)) { }

Proxy::~Proxy()
{
    Q_D(Proxy);
    if (d->owner && d->ownsReference && d->token.isValid())
        d->owner->release(d->token.objectId());
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
    Q_D(const Proxy);
    Reply reply;
    const auto connection = d->connectionForCall(&reply);
    if (connection)
        reply = connection->call(d->token.objectId(), method.toLatin1(), args, d->timeoutFor(timeoutMs));
    d->record(reply);
    if (!reply.isValid() && QThread::currentThread() == thread())
        Q_EMIT const_cast<Proxy *>(this)->errorOccurred(reply.error(), reply.errorString());
    return reply;
}

PendingCall Proxy::callMethodAsync(const QString &method, const QVariantList &args, int timeoutMs) const
{
    Q_D(const Proxy);
    Reply failure;
    const auto connection = d->connectionForCall(&failure);
    if (!connection) {
        auto state = std::make_shared<PendingCallState>();
        state->finish(failure);
        return PendingCall(state);
    }
    return connection->callAsync(d->token.objectId(), method.toLatin1(), args, d->timeoutFor(timeoutMs));
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
