// SPDX-License-Identifier: BSD-3-Clause
#include "syncstatemodel.h"
#include "inspectorsession.h"
#include "syncrowsmodel.h"

#include <libmanager/pendingcallwatcher.h>

#include <QtCore/qlocale.h>

#include <algorithm>

namespace Inspector {

namespace {

// Sync events come in bursts (a holder dies: Released, WaitEnded, Acquired); one read
// answers them all.
constexpr int CoalesceMs = 25;

template<typename Function>
void whenFinished(const LibManager::PendingCall &call, QObject *context, Function function)
{
    auto *watcher = new LibManager::PendingCallWatcher(call, context);
    QObject::connect(watcher, &LibManager::PendingCallWatcher::finished, context,
                     [function](LibManager::PendingCallWatcher *self) {
                         self->deleteLater();
                         function(*self);
                     });
}

} // namespace

SyncStateModel::SyncStateModel(InspectorSession *session, quint64 objectId, const QString &typeId,
                               QObject *parent)
    : QObject(parent), m_session(session), m_objectId(objectId), m_typeId(typeId)
{
    m_holdersModel = new SyncRowsModel(this, SyncRowsModel::Table::Holders);
    m_waitersModel = new SyncRowsModel(this, SyncRowsModel::Table::Waiters);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &SyncStateModel::startRead);
    m_ticker.setInterval(1000);
    m_ticker.setTimerType(Qt::CoarseTimer);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        m_holdersModel->ticked();
        m_waitersModel->ticked();
        Q_EMIT tick();
    });
    connect(session, &InspectorSession::connected, this, &SyncStateModel::reconnect);
    connect(session, &InspectorSession::pausedChanged, this, [this](bool paused) {
        if (!paused && m_dirtyWhilePaused) {
            m_dirtyWhilePaused = false;
            scheduleRefresh();
        }
    });
    reconnect();
}

SyncStateModel::~SyncStateModel() = default;

QAbstractItemModel *SyncStateModel::holders() const
{
    return m_holdersModel;
}

QAbstractItemModel *SyncStateModel::waiters() const
{
    return m_waitersModel;
}

bool SyncStateModel::isBusy() const
{
    return m_reading || m_readingClients || m_coalesce.isActive();
}

void SyncStateModel::reconnect()
{
    LibManager::Introspector *introspector = m_session->introspector();
    if (!introspector || introspector == m_introspector)
        return;
    m_introspector = introspector;
    m_reading = false; // the old connection's replies never come
    m_readingClients = false;
    connect(introspector, &LibManager::Introspector::syncEvent, this,
            [this](const LibManager::SyncEvent &event) {
                if (!concerns(event))
                    return;
                if (event.kind == LibManager::SyncEvent::Kind::WaitStarted)
                    m_deadlines.insert(waitKey(event.client, event.requestId), event.deadline);
                if (event.kind == LibManager::SyncEvent::Kind::Set
                    || event.kind == LibManager::SyncEvent::Kind::Cleared) {
                    m_eventChangedAt = event.time.isValid() ? event.time : QDateTime::currentDateTimeUtc();
                    m_eventChangedBy = event.client;
                }
                scheduleRefresh();
            });
    connect(introspector, &LibManager::Introspector::clientConnected, this,
            [this](const LibManager::ClientEvent &event) {
                noteClient(event.client, event.name, event.processId);
            });
    connect(introspector, &LibManager::Introspector::clientRenamed, this,
            [this](const LibManager::ClientEvent &event) {
                noteClient(event.client, event.name, event.processId);
            });
    connect(introspector, &LibManager::Introspector::clientGone, this,
            [this](const LibManager::ClientEvent &event) {
                m_goneClients.insert(event.client);
                const auto involved = [&](const QList<Row> &rows) {
                    return std::any_of(rows.cbegin(), rows.cend(),
                                       [&](const Row &row) { return row.client == event.client; });
                };
                // Its holds and waits went with it; the server's events say so too, but a
                // read costs little and covers a server that reports the hold's end late.
                if (involved(m_holders) || involved(m_waiters))
                    scheduleRefresh();
            });
    connect(introspector, &LibManager::Introspector::objectReleased, this,
            [this](const LibManager::ObjectEvent &event) {
                if (event.object == m_objectId && !m_gone) {
                    m_gone = true;
                    Q_EMIT objectReleased();
                }
            });
    connect(introspector, &LibManager::Introspector::resyncNeeded, this, [this] {
        readClients();
        scheduleRefresh();
    });
    readClients();
    startRead();
    if (m_typeId == QLatin1String("Event") && !m_eventChangedAt.isValid())
        readLastChange();
}

void SyncStateModel::readLastChange()
{
    // Since when an Event is set or cleared: its last change, as the object list tells it
    // (the events that follow keep it up to date).
    const QPointer<LibManager::Introspector> asked = m_introspector;
    whenFinished(m_introspector->objectsPageAsync(m_objectId - 1, 1), this,
                 [this, asked](const LibManager::PendingCall &call) {
                     const LibManager::PendingReply<LibManager::ObjectPage> reply(call);
                     if (asked != m_introspector || !reply.isValid() || m_eventChangedAt.isValid())
                         return;
                     const LibManager::ObjectPage page = reply.value();
                     if (page.objects.isEmpty() || page.objects.first().id != m_objectId)
                         return;
                     const LibManager::ObjectInfo &info = page.objects.first();
                     if (!info.changedAt.isValid())
                         return;
                     m_eventChangedAt = info.changedAt;
                     m_eventChangedBy = info.changedBy;
                     Q_EMIT stateChanged();
                 });
}

bool SyncStateModel::concerns(const LibManager::SyncEvent &event) const
{
    if (event.object == m_objectId)
        return true;
    // A Condition's holds and queue are its lock's: a given lock reports them under its own
    // id (SyncState::lockObject), the Condition's own lock under none, so a Condition over its
    // own lock reads again on any hold of any lock (coalesced, that stays cheap).
    if (m_typeId == QLatin1String("Condition")) {
        if (m_state.lockObject != 0)
            return event.object == m_state.lockObject;
        switch (event.kind) {
        case LibManager::SyncEvent::Kind::Acquired:
        case LibManager::SyncEvent::Kind::Released:
        case LibManager::SyncEvent::Kind::WaitStarted:
        case LibManager::SyncEvent::Kind::WaitEnded:
            return true;
        default:
            return false;
        }
    }
    return false;
}

void SyncStateModel::refresh()
{
    scheduleRefresh();
}

void SyncStateModel::scheduleRefresh()
{
    if (m_gone)
        return;
    if (m_session->isPaused()) {
        m_dirtyWhilePaused = true;
        return;
    }
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void SyncStateModel::startRead()
{
    if (m_gone || !m_introspector)
        return;
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    m_reading = true;
    m_readAgain = false;
    const QPointer<LibManager::Introspector> asked = m_introspector;
    whenFinished(m_introspector->syncStateAsync(m_objectId), this,
                 [this, asked](const LibManager::PendingCall &call) {
                     if (asked != m_introspector)
                         return; // a reply of a lost connection
                     m_reading = false;
                     const LibManager::PendingReply<LibManager::SyncState> reply(call);
                     if (!reply.isValid()) {
                         if (reply.error() == LibManager::Error::ObjectGone
                             || reply.error() == LibManager::Error::KeyError) {
                             if (!m_gone) {
                                 m_gone = true;
                                 Q_EMIT objectReleased();
                             }
                             return;
                         }
                         Q_EMIT errorOccurred(reply.errorString());
                     } else {
                         applyState(reply.value());
                     }
                     if (m_readAgain)
                         startRead();
                 });
}

void SyncStateModel::applyState(const LibManager::SyncState &state)
{
    m_state = state;
    if (state.lockObject != 0 && m_lockTypeId.isEmpty() && m_introspector) {
        // Lock or RLock: its own state says.
        m_lockTypeId = QStringLiteral("Lock");
        const QPointer<LibManager::Introspector> asked = m_introspector;
        whenFinished(m_introspector->syncStateAsync(state.lockObject), this,
                     [this, asked](const LibManager::PendingCall &call) {
                         const LibManager::PendingReply<LibManager::SyncState> reply(call);
                         if (asked == m_introspector && reply.isValid() && !reply.value().kind.isEmpty()) {
                             m_lockTypeId = reply.value().kind;
                             Q_EMIT stateChanged();
                         }
                     });
    }
    m_hasState = true;
    QList<Row> holders;
    QList<Row> waiters;
    const auto waiterRows = [&](const QList<LibManager::WaiterInfo> &list, Row::Role role) {
        for (const LibManager::WaiterInfo &waiter : list) {
            Row row;
            row.role = waiter.reacquire ? Row::Role::Reacquire : role;
            row.client = waiter.client;
            row.requestId = waiter.requestId;
            row.since = waiter.since;
            const auto deadline = m_deadlines.constFind(waitKey(waiter.client, waiter.requestId));
            if (deadline != m_deadlines.cend()) {
                row.deadline = *deadline;
                row.deadlineKnown = true;
            }
            waiters.append(row);
        }
    };
    const QString kind = state.kind.isEmpty() ? m_typeId : state.kind;
    if (kind == QLatin1String("Lock") || kind == QLatin1String("RLock")
        || kind == QLatin1String("Condition")) {
        if (state.locked && state.owner != 0) {
            Row row;
            row.role = Row::Role::Owner;
            row.client = state.owner;
            row.count = state.count;
            row.since = state.ownedSince;
            holders.append(row);
        }
        // A Condition's notify waiters first: they will queue for the lock after a notify.
        waiterRows(state.conditionWaiters, Row::Role::ConditionWait);
        waiterRows(state.waiters, Row::Role::Acquire);
    } else if (kind.endsWith(QLatin1String("Semaphore"))) {
        for (auto it = state.held.cbegin(); it != state.held.cend(); ++it) {
            if (it.value() <= 0)
                continue;
            Row row;
            row.role = Row::Role::Permits;
            row.client = it.key();
            row.count = it.value();
            holders.append(row);
        }
        std::sort(holders.begin(), holders.end(),
                  [](const Row &a, const Row &b) { return a.client < b.client; });
        waiterRows(state.waiters, Row::Role::Acquire);
    } else if (kind == QLatin1String("Barrier")) {
        // Arrivals are the barrier's waiters, in arrival order.
        waiterRows(state.waiters, Row::Role::BarrierWait);
        for (int i = 0; i < waiters.size(); ++i) {
            Row row = waiters.at(i);
            row.role = Row::Role::Arrived;
            row.count = i;
            holders.append(row);
        }
    } else if (kind == QLatin1String("Event")) {
        waiterRows(state.waiters, Row::Role::EventWait);
    } else if (kind.endsWith(QLatin1String("Queue"))) {
        waiterRows(state.getters, Row::Role::Get);
        waiterRows(state.putters, Row::Role::Put);
        waiterRows(state.joiners, Row::Role::Join);
    } else {
        waiterRows(state.waiters, Row::Role::Acquire);
    }

    // Clients or deadlines not known yet: one clients() read tells both.
    bool askClients = false;
    const auto check = [&](const Row &row) {
        if (row.client != 0 && !m_clients.contains(row.client) && !m_clientsAsked.contains(row.client)) {
            m_clientsAsked.insert(row.client);
            askClients = true;
        }
    };
    for (const Row &row : std::as_const(holders))
        check(row);
    for (const Row &row : std::as_const(waiters)) {
        check(row);
        const quint64 key = waitKey(row.client, row.requestId);
        if (!row.deadlineKnown && !m_deadlinesAsked.contains(key)) {
            m_deadlinesAsked.insert(key);
            askClients = true;
        }
    }
    m_holders = holders;
    m_waiters = waiters;
    m_holdersModel->update(m_holders);
    m_waitersModel->update(m_waiters);
    Q_EMIT stateChanged();
    if (askClients)
        readClients();
}

void SyncStateModel::readClients()
{
    if (!m_introspector)
        return;
    if (m_readingClients) {
        m_clientsAgain = true;
        return;
    }
    m_readingClients = true;
    m_clientsAgain = false;
    const QPointer<LibManager::Introspector> asked = m_introspector;
    whenFinished(m_introspector->clientsAsync(), this, [this, asked](const LibManager::PendingCall &call) {
        if (asked != m_introspector)
            return;
        m_readingClients = false;
        const LibManager::PendingReply<QList<LibManager::ClientInfo>> reply(call);
        if (reply.isValid()) {
            bool deadlines = false;
            const QList<LibManager::ClientInfo> clients = reply.value();
            for (const LibManager::ClientInfo &client : clients) {
                m_clients.insert(client.id(), { client.name(), client.processId() });
                for (const LibManager::ParkedCall &parked : client.parked()) {
                    if (parked.objectId != m_objectId)
                        continue;
                    const quint64 key = waitKey(client.id(), parked.requestId);
                    if (!m_deadlines.contains(key)) {
                        m_deadlines.insert(key, parked.deadline);
                        deadlines = true;
                    }
                }
            }
            if (deadlines) {
                const auto fill = [this](QList<Row> &rows) {
                    for (Row &row : rows) {
                        const auto found = m_deadlines.constFind(waitKey(row.client, row.requestId));
                        if (found != m_deadlines.cend()) {
                            row.deadline = *found;
                            row.deadlineKnown = true;
                        }
                    }
                };
                fill(m_waiters);
                m_waitersModel->update(m_waiters);
            }
            // A waiter that the server no longer lists as parked (a Condition's lock, an
            // own lock) has no deadline to find: say "none" rather than "…" for ever.
            for (Row &row : m_waiters) {
                if (!row.deadlineKnown) {
                    row.deadlineKnown = true;
                    m_deadlines.insert(waitKey(row.client, row.requestId), QDateTime());
                }
            }
            m_waitersModel->update(m_waiters);
            m_holdersModel->clientsChanged();
            m_waitersModel->clientsChanged();
            Q_EMIT clientsChanged();
        }
        if (m_clientsAgain)
            readClients();
    });
}

void SyncStateModel::noteClient(quint64 id, const QString &name, qint64 pid)
{
    Client &client = m_clients[id];
    if (!name.isEmpty())
        client.name = name;
    if (pid > 0)
        client.pid = pid;
    m_goneClients.remove(id);
    m_holdersModel->clientsChanged();
    m_waitersModel->clientsChanged();
    Q_EMIT clientsChanged();
}

QString SyncStateModel::clientName(quint64 clientId) const
{
    return m_clients.value(clientId).name;
}

qint64 SyncStateModel::clientPid(quint64 clientId) const
{
    return m_clients.value(clientId).pid;
}

QString SyncStateModel::clientLabel(quint64 clientId) const
{
    if (clientId == 0)
        return tr("the server");
    QString label;
    const QString name = clientName(clientId);
    if (clientId == m_session->selfId())
        label = tr("this inspector (client %1)").arg(clientId);
    else if (name.isEmpty())
        label = tr("client %1").arg(clientId);
    else
        label = tr("%1 (client %2)").arg(name).arg(clientId);
    return label;
}

void SyncStateModel::setTicking(bool ticking)
{
    if (m_ticking == ticking)
        return;
    m_ticking = ticking;
    if (ticking) {
        m_ticker.start();
        m_holdersModel->ticked();
        m_waitersModel->ticked();
    } else {
        m_ticker.stop();
    }
}

QString SyncStateModel::formatDuration(qint64 ms)
{
    const QLocale locale;
    if (ms < 0)
        ms = 0;
    if (ms < 10000)
        return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(locale.toString(s));
    if (s < 3600)
        return tr("%1 min %2 s").arg(locale.toString(s / 60)).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(locale.toString(s / 3600)).arg((s / 60) % 60, 2, 10, QLatin1Char('0'));
}

QString SyncStateModel::roleText(Row::Role role)
{
    switch (role) {
    case Row::Role::Owner:
        return tr("owner");
    case Row::Role::Permits:
        return tr("permits");
    case Row::Role::Arrived:
        return tr("arrived");
    case Row::Role::Acquire:
        return tr("acquire()");
    case Row::Role::Reacquire:
        return tr("re-acquiring (after wait())");
    case Row::Role::ConditionWait:
        return tr("wait()");
    case Row::Role::EventWait:
        return tr("wait()");
    case Row::Role::BarrierWait:
        return tr("wait()");
    case Row::Role::Get:
        return tr("get()");
    case Row::Role::Put:
        return tr("put()");
    case Row::Role::Join:
        return tr("join()");
    }
    return {};
}

} // namespace Inspector
