// SPDX-License-Identifier: BSD-3-Clause
#include "objecttyperesolver.h"
#include "inspectorsession.h"

#include <libmanager/introspector.h>
#include <libmanager/pendingcallwatcher.h>

namespace Inspector {

namespace {
constexpr int MaxInFlight = 4;
// A cache of ids that only grows would grow without end on a server that makes and drops
// objects all day: past this many it starts again.
constexpr int MaxCached = 20000;
} // namespace

ObjectTypeResolver::ObjectTypeResolver(InspectorSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    connect(session, &InspectorSession::connected, this, [this] {
        ++m_generation;
        m_types.clear();
        m_names.clear();
        m_queue.clear();
        m_asked.clear();
        m_inFlight = 0;
    });
}

void ObjectTypeResolver::insert(quint64 objectId, const QString &typeId)
{
    if (objectId == 0 || typeId.isEmpty())
        return;
    if (m_types.size() >= MaxCached) {
        m_types.clear();
        m_names.clear();
    }
    const bool changed = m_types.value(objectId) != typeId;
    m_types.insert(objectId, typeId);
    if (changed)
        Q_EMIT resolved(objectId, typeId);
}

void ObjectTypeResolver::request(const QList<quint64> &objectIds)
{
    for (quint64 id : objectIds) {
        if (id == 0 || m_types.contains(id) || m_asked.contains(id))
            continue;
        m_asked.insert(id);
        m_queue.append(id);
    }
    sendNext();
}

void ObjectTypeResolver::sendNext()
{
    LibManager::Introspector *introspector = m_session->introspector();
    if (!introspector)
        return;
    while (m_inFlight < MaxInFlight && !m_queue.isEmpty()) {
        const quint64 id = m_queue.takeFirst();
        ++m_inFlight;
        // The first object made after id - 1 is id itself, if it still exists.
        auto *watcher = new LibManager::PendingCallWatcher(introspector->objectsPageAsync(id - 1, 1), this);
        const quint64 generation = m_generation;
        connect(watcher, &LibManager::PendingCallWatcher::finished, this,
                [this, id, generation](LibManager::PendingCallWatcher *call) {
                    call->deleteLater();
                    if (generation != m_generation)
                        return;
                    --m_inFlight;
                    const LibManager::PendingReply<LibManager::ObjectPage> reply(*call);
                    if (reply.isValid()) {
                        const LibManager::ObjectPage page = reply.value();
                        if (!page.objects.isEmpty() && page.objects.first().id == id) {
                            if (!page.objects.first().names.isEmpty())
                                m_names.insert(id, page.objects.first().names);
                            insert(id, page.objects.first().typeId);
                        } else {
                            // Gone: remember that, so that it is not asked again.
                            m_types.insert(id, QString());
                        }
                    } else {
                        m_asked.remove(id);
                    }
                    sendNext();
                });
    }
}

} // namespace Inspector
