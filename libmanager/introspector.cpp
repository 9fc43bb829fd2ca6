// SPDX-License-Identifier: BSD-3-Clause
#include "introspector.h"
#include <libmanager/wire/protocol_p.h>
#include "typedproxy_p.h"

#include <QtCore/qendian.h>
#include <QtCore/qvariant.h>

namespace LibManager {

namespace {

QDateTime fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

QDateTime fromMs(const QVariant &ms)
{
    return fromMs(ms.toLongLong());
}

// A column of objectsPage's columns (see protocol_p.h): little-endian 64-bit integers. Too
// short or absent, the rows it lacks read as \a missing.
class IntegerColumn
{
public:
    explicit IntegerColumn(const QVariant &value, qsizetype rows = -1, qint64 missing = 0)
        : m_bytes(value.toByteArray()), m_missing(missing)
    {
        m_size = m_bytes.size() / qsizetype(sizeof(qint64));
        if (rows >= 0)
            m_size = qMin(m_size, rows);
    }
    qsizetype size() const { return m_size; }
    qint64 at(qsizetype row) const
    {
        return row < m_size ? qFromLittleEndian<qint64>(m_bytes.constData() + row * qsizetype(sizeof(qint64)))
                            : m_missing;
    }

private:
    QByteArray m_bytes;
    qsizetype m_size = 0;
    qint64 m_missing;
};

// Words and, per row, the index of its word.
class WordColumn
{
public:
    WordColumn(const QVariant &value, qsizetype rows)
    {
        const QVariantList parts = value.toList();
        if (parts.size() != 2)
            return;
        m_words = parts.at(0).toStringList();
        m_indexes = parts.at(1).toByteArray();
        m_size = qMin(rows, m_indexes.size() / qsizetype(sizeof(quint16)));
    }
    QString at(qsizetype row) const
    {
        if (row >= m_size)
            return QString();
        const quint16 index = qFromLittleEndian<quint16>(m_indexes.constData() + row * qsizetype(sizeof(quint16)));
        return m_words.value(index);
    }

private:
    QStringList m_words;
    QByteArray m_indexes;
    qsizetype m_size = 0;
};

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

ServerCapabilities toCapabilities(const QVariant &answer)
{
    ServerCapabilities capabilities;
    const QVariantMap map = answer.toMap();
    capabilities.protocol = map.value(QStringLiteral("protocol")).toInt();
    capabilities.introspection = map.value(QStringLiteral("introspection")).toInt();
    capabilities.calls = map.value(QStringLiteral("calls")).toStringList();
    return capabilities;
}

QVariantMap objectsPageOptions(quint64 after, int count, const QStringList &typeIds, int previewChars)
{
    QVariantMap options { { QStringLiteral("after"), after }, { QStringLiteral("count"), count },
                          { QStringLiteral("columnar"), true } };
    if (!typeIds.isEmpty())
        options.insert(QStringLiteral("typeIds"), typeIds);
    if (previewChars > 0)
        options.insert(QStringLiteral("previewChars"), previewChars);
    return options;
}

// \a self: the introspector's token, whose address and server the objects' tokens share.
ObjectPage toObjectPage(const QVariant &answer, const Token &self)
{
    ObjectPage page;
    const QVariantMap map = answer.toMap();
    page.total = map.value(QStringLiteral("total")).toLongLong();
    page.next = map.value(QStringLiteral("next")).toULongLong();
    page.atEnd = map.value(QStringLiteral("atEnd")).toBool();
    if (map.contains(QStringLiteral("columns"))) {
        // Columns (introspection 5, see protocol_p.h), found by name: a newer server may add
        // some; one that is missing or malformed reads as its default.
        const qsizetype count = qsizetype(qBound(qint64(0), map.value(QStringLiteral("count")).toLongLong(), qint64(1000)));
        const QVariantMap columns = map.value(QStringLiteral("columns")).toMap();
        const auto integers = [&columns, count](const char *name) {
            return IntegerColumn(columns.value(QLatin1String(name)), count);
        };
        const auto words = [&columns, count](const char *name) {
            return WordColumn(columns.value(QLatin1String(name)), count);
        };
        const IntegerColumn id = integers("id"), references = integers("references"),
                            subscribers = integers("subscribers"), creator = integers("creator"),
                            createdAt = integers("createdAt"), bytes = integers("bytes"),
                            version = integers("version"), changedAt = integers("changedAt"),
                            changedBy = integers("changedBy"), holder = integers("holder"),
                            waiting = integers("waiting");
        const IntegerColumn length(columns.value(QStringLiteral("length")), count, -1);
        const WordColumn typeId = words("typeId"), className = words("className"),
                         state = words("state");
        const QStringList previews = columns.value(QStringLiteral("preview")).toStringList();
        page.objects.resize(count);
        for (qsizetype row = 0; row < count; ++row) {
            ObjectInfo &info = page.objects[row];
            info.id = quint64(id.at(row));
            info.typeId = typeId.at(row);
            info.className = className.at(row);
            info.references = references.at(row);
            info.subscribers = int(subscribers.at(row));
            info.creator = quint64(creator.at(row));
            info.createdAt = fromMs(createdAt.at(row));
            info.token = Token(self.address(), info.typeId, info.id, self.serverId());
            info.bytes = bytes.at(row);
            info.version = quint64(version.at(row));
            info.changedAt = fromMs(changedAt.at(row));
            info.changedBy = quint64(changedBy.at(row));
            info.length = length.at(row);
            info.state = state.at(row);
            info.holder = quint64(holder.at(row));
            info.waiting = waiting.at(row);
            if (row < previews.size())
                info.preview = previews.at(row);
        }
        // Sparse: only the objects that some clients hold, or that have names.
        const IntegerColumn byClient(columns.value(QStringLiteral("referencesByClient")));
        for (qsizetype i = 0; i + 2 < byClient.size(); i += 3) {
            const qint64 row = byClient.at(i);
            if (row >= 0 && row < count)
                page.objects[row].referencesByClient.insert(quint64(byClient.at(i + 1)), byClient.at(i + 2));
        }
        const QVariantList named = columns.value(QStringLiteral("names")).toList();
        if (named.size() == 2) {
            const QByteArray rows = named.at(0).toByteArray();
            const QVariantList lists = named.at(1).toList();
            for (qsizetype i = 0; i < lists.size() && (i + 1) * 4 <= rows.size(); ++i) {
                const qint32 row = qFromLittleEndian<qint32>(rows.constData() + i * 4);
                if (row >= 0 && row < count)
                    page.objects[row].names = lists.at(i).toStringList();
            }
        }
        return page;
    }
    // Maps: a server of introspection revision 2 or 3.
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

SyncState toSyncState(const QVariant &answer)
{
    SyncState state;
    const QVariantMap map = answer.toMap();
    state.kind = map.value(QStringLiteral("kind")).toString();
    if (map.contains(QStringLiteral("lock"))) {
        // A Condition: its lock's holder and queue, and its own waiters for a notify.
        readLock(map.value(QStringLiteral("lock")).toMap(), &state);
        state.conditionWaiters = waitersFrom(map.value(QStringLiteral("waiters")));
        state.lockObject = map.value(QStringLiteral("lockObject")).toULongLong();
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

WaitGraph toWaitGraph(const QVariant &answer)
{
    WaitGraph graph;
    const QVariantMap map = answer.toMap();
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

QList<ClientInfo> toClients(const QVariant &answer)
{
    QList<ClientInfo> out;
    const QVariantList clients = answer.toList();
    out.reserve(clients.size());
    for (const QVariant &client : clients)
        out.append(ClientInfo::fromVariantMap(client.toMap()));
    return out;
}

ClientInfo toClient(const QVariant &answer)
{
    return ClientInfo::fromVariantMap(answer.toMap());
}

// The synchronous call \a method, its answer read by \a convert; T() if it failed.
template<typename T, typename Convert>
T decoded(const Reply &reply, Convert convert)
{
    return reply.isValid() ? convert(reply.value()) : T();
}

} // namespace

ServerCapabilities Introspector::capabilities() const
{
    // An older server fails the call: revision 1, no calls.
    return decoded<ServerCapabilities>(callMethod(QStringLiteral("capabilities")), toCapabilities);
}

PendingReply<ServerCapabilities> Introspector::capabilitiesAsync() const
{
    return TypedProxy::adapted<ServerCapabilities>(
            callMethodAsync(QStringLiteral("capabilities")), TypedProxy::converting(toCapabilities),
            QVariant::fromValue(ServerCapabilities()));
}

ObjectPage Introspector::objectsPage(quint64 after, int count, const QStringList &typeIds,
                                     int previewChars) const
{
    const Reply reply = callMethod(QStringLiteral("objectsPage"),
                                   { objectsPageOptions(after, count, typeIds, previewChars) });
    return reply.isValid() ? toObjectPage(reply.value(), token()) : ObjectPage();
}

PendingReply<ObjectPage> Introspector::objectsPageAsync(quint64 after, int count,
                                                        const QStringList &typeIds,
                                                        int previewChars) const
{
    return TypedProxy::adapted<ObjectPage>(
            callMethodAsync(QStringLiteral("objectsPage"),
                            { objectsPageOptions(after, count, typeIds, previewChars) }),
            TypedProxy::converting([self = token()](const QVariant &answer) {
                return toObjectPage(answer, self);
            }));
}

SyncState Introspector::syncState(quint64 objectId) const
{
    return decoded<SyncState>(callMethod(QStringLiteral("syncState"), { objectId }), toSyncState);
}

PendingReply<SyncState> Introspector::syncStateAsync(quint64 objectId) const
{
    return TypedProxy::adapted<SyncState>(callMethodAsync(QStringLiteral("syncState"), { objectId }),
                                          TypedProxy::converting(toSyncState));
}

WaitGraph Introspector::waitGraph() const
{
    return decoded<WaitGraph>(callMethod(QStringLiteral("waitGraph")), toWaitGraph);
}

PendingReply<WaitGraph> Introspector::waitGraphAsync() const
{
    return TypedProxy::adapted<WaitGraph>(callMethodAsync(QStringLiteral("waitGraph")),
                                          TypedProxy::converting(toWaitGraph));
}

PendingReply<QList<ClientInfo>> Introspector::clientsAsync() const
{
    return TypedProxy::adapted<QList<ClientInfo>>(callMethodAsync(QStringLiteral("clients")),
                                                  TypedProxy::converting(toClients));
}

PendingReply<ClientInfo> Introspector::whoAmIAsync() const
{
    return TypedProxy::adapted<ClientInfo>(callMethodAsync(QStringLiteral("client")),
                                           TypedProxy::converting(toClient));
}

void Introspector::handleEvent(const QByteArray &name, const QVariantList &args)
{
    namespace Stream = Protocol::Stream;
    if (args.size() < 2)
        return;
    const quint64 sequence = args.at(0).toULongLong();
    const QDateTime time = fromMs(args.at(1));
    const auto arg = [&args](int i) { return args.value(i + 2); };
    if (name == Stream::Started) {
        m_sequence = sequence;
        m_streaming = true;
        Q_EMIT streamStarted(sequence);
        return;
    }
    if (name == Stream::Overflow) {
        StreamGap gap;
        gap.firstLost = arg(0).toULongLong();
        gap.lastLost = sequence;
        gap.overflow = true;
        m_sequence = sequence;
        Q_EMIT resyncNeeded(gap);
        return;
    }
    // Numbered one by one: a jump without a notice is a gap all the same.
    if (m_streaming && sequence != m_sequence + 1 && sequence > m_sequence) {
        StreamGap gap;
        gap.firstLost = m_sequence + 1;
        gap.lastLost = sequence - 1;
        m_sequence = sequence;
        Q_EMIT resyncNeeded(gap);
    }
    m_sequence = sequence;
    if (name == Stream::Created || name == Stream::Released || name == Stream::References
        || name == Stream::Changed) {
        ObjectEvent event;
        event.sequence = sequence;
        event.time = time;
        event.object = arg(0).toULongLong();
        if (name == Stream::Created) {
            event.typeId = arg(1).toString();
            event.client = arg(2).toULongLong();
            Q_EMIT objectCreated(event);
        } else if (name == Stream::Released) {
            Q_EMIT objectReleased(event);
        } else if (name == Stream::References) {
            event.references = arg(1).toLongLong();
            Q_EMIT referencesChanged(event);
        } else {
            event.version = arg(1).toULongLong();
            event.client = arg(2).toULongLong();
            event.changedAt = fromMs(arg(3));
            Q_EMIT objectChanged(event);
        }
        return;
    }
    if (name == Stream::ClientConnected || name == Stream::ClientRenamed
        || name == Stream::ClientGone) {
        ClientEvent event;
        event.sequence = sequence;
        event.time = time;
        event.client = arg(0).toULongLong();
        if (name == Stream::ClientConnected) {
            event.name = arg(1).toString();
            event.processId = arg(2).toLongLong();
            event.peer = arg(3).toString();
            event.observer = arg(4).toString() == QLatin1String("observer");
            event.transport = arg(5).toString();
            Q_EMIT clientConnected(event);
        } else if (name == Stream::ClientRenamed) {
            event.name = arg(1).toString();
            Q_EMIT clientRenamed(event);
        } else {
            event.reason = arg(1).toString();
            event.reasonText = arg(2).toString();
            Q_EMIT clientGone(event);
        }
        return;
    }
    SyncEvent event;
    event.sequence = sequence;
    event.time = time;
    event.object = arg(0).toULongLong();
    event.client = arg(1).toULongLong();
    if (name == Stream::Acquired) {
        event.kind = SyncEvent::Kind::Acquired;
        event.count = arg(2).toLongLong();
    } else if (name == Stream::HoldReleased) {
        event.kind = SyncEvent::Kind::Released;
        event.count = arg(2).toLongLong();
        if (arg(3).toBool())
            event.outcome = SyncEvent::Outcome::Gone;
    } else if (name == Stream::WaitStarted) {
        event.kind = SyncEvent::Kind::WaitStarted;
        event.requestId = arg(2).toUInt();
        event.method = QString::fromLatin1(arg(3).toByteArray());
        event.deadline = fromMs(arg(4));
    } else if (name == Stream::WaitEnded) {
        event.kind = SyncEvent::Kind::WaitEnded;
        event.requestId = arg(2).toUInt();
        const QString outcome = arg(3).toString();
        event.outcome = outcome == QLatin1String("granted") ? SyncEvent::Outcome::Granted
                : outcome == QLatin1String("timeout")       ? SyncEvent::Outcome::Timeout
                : outcome == QLatin1String("cancelled")     ? SyncEvent::Outcome::Cancelled
                : outcome == QLatin1String("gone")          ? SyncEvent::Outcome::Gone
                                                            : SyncEvent::Outcome::Failed;
    } else if (name == Stream::Broken) {
        event.kind = SyncEvent::Kind::Broken;
    } else if (name == Stream::Reset) {
        event.kind = SyncEvent::Kind::Reset;
    } else if (name == Stream::Set) {
        event.kind = SyncEvent::Kind::Set;
    } else if (name == Stream::Cleared) {
        event.kind = SyncEvent::Kind::Cleared;
    } else {
        return; // a newer server's event: numbered, and skipped
    }
    Q_EMIT syncEvent(event);
}

} // namespace LibManager
