// SPDX-License-Identifier: BSD-3-Clause
#include "clientnames.h"
#include "inspectorsession.h"

#include <libmanager/introspector.h>
#include <libmanager/pendingcallwatcher.h>

#include <QtCore/qtimer.h>

namespace Inspector {

ClientNames::ClientNames(InspectorSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    connect(session, &InspectorSession::connected, this, &ClientNames::attach);
    attach();
}

void ClientNames::attach()
{
    LibManager::Introspector *introspector = m_session->introspector();
    if (!introspector || introspector == m_introspector)
        return;
    m_introspector = introspector;
    const auto named = [this](const LibManager::ClientEvent &event) {
        if (!event.name.isEmpty() || !m_names.contains(event.client))
            set(event.client, event.name);
    };
    connect(introspector, &LibManager::Introspector::clientConnected, this, named);
    connect(introspector, &LibManager::Introspector::clientRenamed, this, named);
    reload();
}

void ClientNames::reload()
{
    if (!m_introspector)
        return;
    auto *watcher = new LibManager::PendingCallWatcher(m_introspector->clientsAsync(), this);
    connect(watcher, &LibManager::PendingCallWatcher::finished, this,
            [this](LibManager::PendingCallWatcher *call) {
                call->deleteLater();
                const LibManager::PendingReply<QList<LibManager::ClientInfo>> reply(*call);
                if (!reply.isValid())
                    return;
                const QList<LibManager::ClientInfo> clients = reply.value();
                for (const LibManager::ClientInfo &client : clients)
                    set(client.id(), client.name());
            });
}

QString ClientNames::name(quint64 clientId) const
{
    return m_names.value(clientId);
}

QString ClientNames::label(quint64 clientId) const
{
    if (clientId == 0)
        return tr("the server");
    if (clientId == m_session->selfId())
        return tr("this inspector (client %1)").arg(clientId);
    const QString name = m_names.value(clientId);
    if (name.isEmpty())
        return tr("client %1").arg(clientId);
    return tr("%1 (client %2)").arg(name).arg(clientId);
}

QString ClientNames::shortLabel(quint64 clientId) const
{
    if (clientId == 0)
        return tr("server");
    if (clientId == m_session->selfId())
        return tr("inspector");
    const QString name = m_names.value(clientId);
    return name.isEmpty() ? tr("c%1").arg(clientId) : name;
}

void ClientNames::set(quint64 clientId, const QString &name)
{
    auto it = m_names.find(clientId);
    if (it != m_names.end() && *it == name)
        return;
    m_names.insert(clientId, name);
    notify();
}

void ClientNames::notify()
{
    if (m_notifyQueued)
        return;
    m_notifyQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_notifyQueued = false;
        Q_EMIT namesChanged();
    });
}

} // namespace Inspector
