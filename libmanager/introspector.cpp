// SPDX-License-Identifier: BSD-3-Clause
#include "introspector.h"

#include <QtCore/qvariant.h>

namespace LibManager {

namespace {

QDateTime fromMs(const QVariant &ms)
{
    const qint64 value = ms.toLongLong();
    return value > 0 ? QDateTime::fromMSecsSinceEpoch(value) : QDateTime();
}

QList<WaiterInfo> waitersFrom(const QVariant &list)
{
    QList<WaiterInfo> out;
    const QVariantList items = list.toList();
    for (const QVariant &item : items) {
        const QVariantMap map = item.toMap();
        WaiterInfo waiter;
        waiter.client = map.value(QStringLiteral("client")).toULongLong();
        waiter.object = map.value(QStringLiteral("object")).toULongLong();
        waiter.requestId = map.value(QStringLiteral("requestId")).toUInt();
        waiter.since = fromMs(map.value(QStringLiteral("since")));
        waiter.reacquire = map.value(QStringLiteral("reacquire")).toBool();
        out.append(waiter);
    }
    return out;
}

void readLock(const QVariantMap &map, SyncState *state)
{
    state->locked = map.value(QStringLiteral("locked")).toBool();
    state->owner = map.value(QStringLiteral("owner")).toULongLong();
    state->count = map.value(QStringLiteral("count")).toInt();
    state->ownedSince = fromMs(map.value(QStringLiteral("ownedSince")));
    state->waiters = waitersFrom(map.value(QStringLiteral("waiters")));
}

} // namespace

ServerCapabilities Introspector::capabilities() const
{
    ServerCapabilities capabilities;
    const Reply reply = callMethod(QStringLiteral("capabilities"));
    if (!reply.isValid())
        return capabilities; // an older server: revision 1
    const QVariantMap map = reply.value().toMap();
    capabilities.protocol = map.value(QStringLiteral("protocol")).toInt();
    capabilities.introspection = map.value(QStringLiteral("introspection")).toInt();
    capabilities.calls = map.value(QStringLiteral("calls")).toStringList();
    return capabilities;
}

ObjectPage Introspector::objectsPage(quint64 after, int count, const QStringList &typeIds) const
{
    QVariantMap options { { QStringLiteral("after"), after }, { QStringLiteral("count"), count } };
    if (!typeIds.isEmpty())
        options.insert(QStringLiteral("typeIds"), typeIds);
    ObjectPage page;
    const Reply reply = callMethod(QStringLiteral("objectsPage"), { options });
    if (!reply.isValid())
        return page;
    const QVariantMap map = reply.value().toMap();
    page.total = map.value(QStringLiteral("total")).toLongLong();
    page.next = map.value(QStringLiteral("next")).toULongLong();
    page.atEnd = map.value(QStringLiteral("atEnd")).toBool();
    const QVariantList objects = map.value(QStringLiteral("objects")).toList();
    page.objects.reserve(objects.size());
    for (const QVariant &item : objects) {
        const QVariantMap object = item.toMap();
        ObjectInfo info;
        info.id = object.value(QStringLiteral("id")).toULongLong();
        info.typeId = object.value(QStringLiteral("typeId")).toString();
        info.className = object.value(QStringLiteral("className")).toString();
        info.references = object.value(QStringLiteral("references")).toLongLong();
        const QVariantMap byClient = object.value(QStringLiteral("referencesByClient")).toMap();
        for (auto it = byClient.cbegin(); it != byClient.cend(); ++it)
            info.referencesByClient.insert(it.key().toULongLong(), it.value().toLongLong());
        info.subscribers = object.value(QStringLiteral("subscribers")).toInt();
        info.creator = object.value(QStringLiteral("creator")).toULongLong();
        info.createdAt = fromMs(object.value(QStringLiteral("createdAt")));
        info.names = object.value(QStringLiteral("names")).toStringList();
        info.token = object.value(QStringLiteral("token")).value<Token>();
        info.bytes = object.value(QStringLiteral("bytes")).toLongLong();
        page.objects.append(info);
    }
    return page;
}

SyncState Introspector::syncState(quint64 objectId) const
{
    SyncState state;
    const Reply reply = callMethod(QStringLiteral("syncState"), { objectId });
    if (!reply.isValid())
        return state;
    const QVariantMap map = reply.value().toMap();
    state.kind = map.value(QStringLiteral("kind")).toString();
    if (map.contains(QStringLiteral("lock"))) {
        // A Condition: its lock's holder and queue, and its own waiters for a notify.
        readLock(map.value(QStringLiteral("lock")).toMap(), &state);
        state.conditionWaiters = waitersFrom(map.value(QStringLiteral("waiters")));
        return state;
    }
    readLock(map, &state);
    state.value = map.value(QStringLiteral("value")).toInt();
    state.initial = map.value(QStringLiteral("initial")).toInt();
    state.bounded = map.value(QStringLiteral("bounded")).toBool();
    const QVariantMap held = map.value(QStringLiteral("held")).toMap();
    for (auto it = held.cbegin(); it != held.cend(); ++it)
        state.held.insert(it.key().toULongLong(), it.value().toInt());
    state.isSet = map.value(QStringLiteral("isSet")).toBool();
    state.parties = map.value(QStringLiteral("parties")).toInt();
    state.broken = map.value(QStringLiteral("broken")).toBool();
    state.size = map.value(QStringLiteral("size")).toLongLong();
    state.maxsize = map.value(QStringLiteral("maxsize")).toInt();
    state.unfinished = map.value(QStringLiteral("unfinished")).toLongLong();
    state.getters = waitersFrom(map.value(QStringLiteral("getters")));
    state.putters = waitersFrom(map.value(QStringLiteral("putters")));
    state.joiners = waitersFrom(map.value(QStringLiteral("joiners")));
    return state;
}

WaitGraph Introspector::waitGraph() const
{
    WaitGraph graph;
    const Reply reply = callMethod(QStringLiteral("waitGraph"));
    if (!reply.isValid())
        return graph;
    const QVariantMap map = reply.value().toMap();
    const QVariantList holds = map.value(QStringLiteral("holds")).toList();
    for (const QVariant &item : holds) {
        const QVariantMap hold = item.toMap();
        HoldInfo info;
        info.object = hold.value(QStringLiteral("object")).toULongLong();
        info.client = hold.value(QStringLiteral("client")).toULongLong();
        info.count = hold.value(QStringLiteral("count")).toInt();
        info.since = fromMs(hold.value(QStringLiteral("since")));
        graph.holds.append(info);
    }
    graph.waits = waitersFrom(map.value(QStringLiteral("waits")));
    const QVariantList cycles = map.value(QStringLiteral("cycles")).toList();
    for (const QVariant &cycle : cycles) {
        QList<quint64> clients;
        const QVariantList ids = cycle.toList();
        for (const QVariant &id : ids)
            clients.append(id.toULongLong());
        graph.cycles.append(clients);
    }
    return graph;
}

} // namespace LibManager
