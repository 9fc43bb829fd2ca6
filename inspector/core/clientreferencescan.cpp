// SPDX-License-Identifier: BSD-3-Clause
#include "clientreferencescan.h"
#include "inspectorsession.h"

#include <libmanager/introspector.h>
#include <libmanager/pendingcallwatcher.h>

namespace Inspector {

namespace {
constexpr int PageSize = 1000;
} // namespace

ClientReferenceScan::ClientReferenceScan(InspectorSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    connect(session, &InspectorSession::connectionLost, this, &ClientReferenceScan::cancel);
}

void ClientReferenceScan::start(quint64 clientId)
{
    cancel();
    m_client = clientId;
    m_entries.clear();
    m_scanned = 0;
    m_running = true;
    requestPage(0);
}

void ClientReferenceScan::cancel()
{
    ++m_generation;
    m_running = false;
}

void ClientReferenceScan::requestPage(quint64 after)
{
    LibManager::Introspector *introspector = m_session->introspector();
    if (!introspector) {
        m_running = false;
        Q_EMIT finished(m_client, m_entries, false);
        return;
    }
    const quint64 generation = m_generation;
    auto *watcher = new LibManager::PendingCallWatcher(introspector->objectsPageAsync(after, PageSize), this);
    connect(watcher, &LibManager::PendingCallWatcher::finished, this,
            [this, generation](LibManager::PendingCallWatcher *call) {
                call->deleteLater();
                if (generation != m_generation)
                    return;
                const LibManager::PendingReply<LibManager::ObjectPage> reply(*call);
                if (!reply.isValid()) {
                    m_running = false;
                    Q_EMIT finished(m_client, m_entries, false);
                    return;
                }
                const LibManager::ObjectPage page = reply.value();
                for (const LibManager::ObjectInfo &object : page.objects) {
                    const qint64 count = object.referencesByClient.value(m_client);
                    if (count > 0)
                        m_entries.append(Entry { object.id, object.typeId, count });
                }
                m_scanned += page.objects.size();
                if (page.atEnd || m_scanned >= m_maximum) {
                    m_running = false;
                    Q_EMIT finished(m_client, m_entries, page.atEnd);
                    return;
                }
                requestPage(page.next);
            });
}

} // namespace Inspector
