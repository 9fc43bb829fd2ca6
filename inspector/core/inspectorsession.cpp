// SPDX-License-Identifier: BSD-3-Clause
#include "inspectorsession.h"
#include "activitymodel.h"

#include <libmanager/proxy.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qtimer.h>
#include <QtGui/qundostack.h>

namespace Inspector {

namespace {
// Back-off between reconnection attempts, then the last one over and over.
constexpr int ReconnectDelaysMs[] = { 500, 1000, 2000, 4000, 10000 };
// A reconnection attempt waits less than a first connection: a refused one fails at once, and
// the GUI should not stall long on an unreachable host.
constexpr int ReconnectTimeoutMs = 2000;
} // namespace

struct InspectorSession::Private
{
    QString address;
    QByteArray key;
    LibManager::TlsConfiguration tls;
    bool readOnlyRequested = false;
    int connectTimeout = 10000;
    State state = State::Disconnected;
    int attempt = 0;
    LibManager::Error error = LibManager::Error::NoError;
    QString errorString;
    std::unique_ptr<LibManager::SyncManager> manager;
    std::unique_ptr<LibManager::Introspector> introspector;
    LibManager::ServerCapabilities capabilities;
    quint64 selfId = 0;
    QTimer *reconnectTimer = nullptr;
    ActivityModel *activity = nullptr;
    QUndoStack *undo = nullptr;
    bool paused = false;
};

InspectorSession::InspectorSession(QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->reconnectTimer = new QTimer(this);
    d->reconnectTimer->setSingleShot(true);
    connect(d->reconnectTimer, &QTimer::timeout, this, &InspectorSession::attemptReconnect);
    d->activity = new ActivityModel(this);
    d->undo = new QUndoStack(this);
    d->undo->setUndoLimit(200);
}

InspectorSession::~InspectorSession()
{
    // Proxies go before their manager.
    d->introspector.reset();
    d->manager.reset();
}

QString InspectorSession::address() const
{
    return d->address;
}

void InspectorSession::setAddress(const QString &address)
{
    d->address = address;
}

void InspectorSession::setAuthKey(const QByteArray &key)
{
    d->key = key;
}

LibManager::TlsConfiguration InspectorSession::tlsConfiguration() const
{
    return d->tls;
}

void InspectorSession::setTlsConfiguration(const LibManager::TlsConfiguration &configuration)
{
    d->tls = configuration;
}

bool InspectorSession::isReadOnlyRequested() const
{
    return d->readOnlyRequested;
}

void InspectorSession::setReadOnlyRequested(bool readOnly)
{
    const bool was = isReadOnly();
    d->readOnlyRequested = readOnly;
    if (was != isReadOnly())
        Q_EMIT readOnlyChanged(isReadOnly());
}

bool InspectorSession::isReadOnly() const
{
    return d->readOnlyRequested
            || (d->manager && d->manager->role() == LibManager::BaseManager::Role::Observer);
}

int InspectorSession::connectTimeout() const
{
    return d->connectTimeout;
}

void InspectorSession::setConnectTimeout(int timeoutMs)
{
    d->connectTimeout = timeoutMs;
}

bool InspectorSession::open()
{
    d->reconnectTimer->stop();
    d->attempt = 0;
    setState(State::Connecting);
    if (!connectManager()) {
        setState(State::Disconnected);
        return false;
    }
    return true;
}

void InspectorSession::close()
{
    d->reconnectTimer->stop();
    d->attempt = 0;
    const bool was = isReadOnly();
    d->introspector.reset();
    d->manager.reset();
    d->selfId = 0;
    setState(State::Disconnected);
    if (was != isReadOnly())
        Q_EMIT readOnlyChanged(isReadOnly());
}

bool InspectorSession::connectManager()
{
    const bool wasReadOnly = isReadOnly();
    d->introspector.reset();
    auto manager = std::make_unique<LibManager::SyncManager>(d->address, d->key);
    manager->setTlsConfiguration(d->tls);
    const int timeout = d->state == State::Reconnecting ? qMin(ReconnectTimeoutMs, d->connectTimeout)
                                                          : d->connectTimeout;
    if (!manager->connectToServer(timeout)) {
        d->error = manager->error();
        d->errorString = manager->errorString();
        return false;
    }
    std::unique_ptr<LibManager::Introspector> introspector = manager->introspector();
    if (!introspector) {
        d->error = manager->error();
        d->errorString = manager->errorString();
        return false;
    }
    // Old proxies of a lost connection go with their manager: views let go of theirs when
    // connected() comes.
    d->manager = std::move(manager);
    d->introspector = std::move(introspector);
    d->capabilities = d->introspector->capabilities();
    d->selfId = d->manager->whoAmI().id();
    d->error = LibManager::Error::NoError;
    d->errorString.clear();
    connect(d->introspector.get(), &LibManager::Proxy::stateChanged, this,
            [this](LibManager::Proxy::State state) {
                if (state == LibManager::Proxy::State::Disconnected)
                    handleDisconnect();
            });
    d->attempt = 0;
    setState(State::Connected);
    if (wasReadOnly != isReadOnly())
        Q_EMIT readOnlyChanged(isReadOnly());
    Q_EMIT connected();
    return true;
}

void InspectorSession::handleDisconnect()
{
    if (d->state != State::Connected)
        return;
    d->error = LibManager::Error::ConnectionLost;
    d->errorString = LibManager::errorText(LibManager::Error::ConnectionLost);
    setState(State::Reconnecting);
    Q_EMIT connectionLost(d->errorString);
    d->attempt = 0;
    d->reconnectTimer->start(ReconnectDelaysMs[0]);
}

void InspectorSession::attemptReconnect()
{
    if (d->state != State::Reconnecting)
        return;
    ++d->attempt;
    // Tell the views which attempt this is before the (short) blocking connect.
    Q_EMIT stateChanged(d->state);
    if (connectManager())
        return;
    const int index = qMin(d->attempt, int(std::size(ReconnectDelaysMs)) - 1);
    d->reconnectTimer->start(ReconnectDelaysMs[index]);
}

InspectorSession::State InspectorSession::state() const
{
    return d->state;
}

int InspectorSession::reconnectAttempt() const
{
    return d->attempt;
}

LibManager::Error InspectorSession::lastError() const
{
    return d->error;
}

QString InspectorSession::lastErrorString() const
{
    return d->errorString;
}

LibManager::SyncManager *InspectorSession::manager() const
{
    return d->state == State::Connected ? d->manager.get() : nullptr;
}

LibManager::Introspector *InspectorSession::introspector() const
{
    return d->state == State::Connected ? d->introspector.get() : nullptr;
}

LibManager::ServerCapabilities InspectorSession::capabilities() const
{
    return d->capabilities;
}

quint64 InspectorSession::selfId() const
{
    return d->selfId;
}

LibManager::Token InspectorSession::token(quint64 objectId, const QString &typeId) const
{
    if (!d->introspector)
        return {};
    const LibManager::Token self = d->introspector->token();
    return LibManager::Token(self.address(), typeId, objectId, self.serverId());
}

std::unique_ptr<LibManager::Proxy> InspectorSession::observe(quint64 objectId, const QString &typeId)
{
    LibManager::SyncManager *manager = this->manager();
    if (!manager) {
        d->error = LibManager::Error::ConnectionLost;
        d->errorString = LibManager::errorText(d->error);
        return nullptr;
    }
    std::unique_ptr<LibManager::Proxy> proxy = manager->observe(token(objectId, typeId));
    if (!proxy) {
        d->error = manager->error();
        d->errorString = manager->errorString();
    }
    return proxy;
}

bool InspectorSession::isPaused() const
{
    return d->paused;
}

void InspectorSession::setPaused(bool paused)
{
    if (d->paused == paused)
        return;
    d->paused = paused;
    Q_EMIT pausedChanged(paused);
}

ActivityModel *InspectorSession::activity() const
{
    return d->activity;
}

QUndoStack *InspectorSession::undoStack() const
{
    return d->undo;
}

void InspectorSession::setState(State state)
{
    if (d->state == state)
        return;
    d->state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Inspector
