// SPDX-License-Identifier: BSD-3-Clause
#include "clientinfo.h"

namespace LibManager {

class ClientInfoData : public QSharedData
{
public:
    bool valid = false;
    quint64 id = 0;
    QString name;
    bool observer = false;
    qint64 processId = 0;
    ClientInfo::Transport transport = ClientInfo::Transport::Unknown;
    QString peer;
    QDateTime connectedAt;
    QDateTime lastActivityAt;
    qint64 calls = 0;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    qint64 subscriptions = 0;
    qint64 references = 0;
    qint64 objects = 0;
    qint64 bytes = 0;
    QList<ClientHold> holds;
    int parkedCount = 0;
    QList<ParkedCall> parked;
    qint64 pendingOutput = 0;
    bool watchingServer = false;
};

namespace {

// The server sends times as ms since the epoch; -1 or nothing is none.
QDateTime timeOf(const QVariant &value)
{
    bool ok = false;
    const qint64 ms = value.toLongLong(&ok);
    return ok && ms >= 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

} // namespace

ClientInfo::ClientInfo() : d(new ClientInfoData) { }
ClientInfo::ClientInfo(const ClientInfo &other) = default;
ClientInfo::ClientInfo(ClientInfo &&other) noexcept = default;
ClientInfo &ClientInfo::operator=(const ClientInfo &other) = default;
ClientInfo &ClientInfo::operator=(ClientInfo &&other) noexcept = default;
ClientInfo::~ClientInfo() = default;

ClientInfo ClientInfo::fromVariantMap(const QVariantMap &map)
{
    ClientInfo info;
    ClientInfoData *d = info.d.data();
    d->valid = map.contains(QStringLiteral("id"));
    d->id = map.value(QStringLiteral("id")).toULongLong();
    d->name = map.value(QStringLiteral("name")).toString();
    d->observer = map.value(QStringLiteral("role")).toString() == QLatin1String("observer");
    d->processId = map.value(QStringLiteral("pid")).toLongLong();
    const QString transport = map.value(QStringLiteral("transport")).toString();
    d->transport = transport == QLatin1String("local") ? Transport::Local
            : transport == QLatin1String("tcp")        ? Transport::Tcp
            : transport == QLatin1String("tls")        ? Transport::Tls
                                                       : Transport::Unknown;
    d->peer = map.value(QStringLiteral("peer")).toString();
    d->connectedAt = timeOf(map.value(QStringLiteral("connectedAt")));
    d->lastActivityAt = timeOf(map.value(QStringLiteral("lastActivityAt")));
    d->calls = map.value(QStringLiteral("calls")).toLongLong();
    d->bytesIn = map.value(QStringLiteral("bytesIn")).toLongLong();
    d->bytesOut = map.value(QStringLiteral("bytesOut")).toLongLong();
    d->subscriptions = map.value(QStringLiteral("subscriptions")).toLongLong();
    d->references = map.value(QStringLiteral("references")).toLongLong();
    d->objects = map.value(QStringLiteral("objects")).toLongLong();
    d->bytes = map.value(QStringLiteral("bytes")).toLongLong();
    const QVariantList holds = map.value(QStringLiteral("holds")).toList();
    for (const QVariant &entry : holds) {
        const QVariantMap hold = entry.toMap();
        d->holds.append(ClientHold { hold.value(QStringLiteral("object")).toULongLong(),
                                     hold.value(QStringLiteral("typeId")).toString(),
                                     hold.value(QStringLiteral("count")).toInt() });
    }
    d->parkedCount = map.value(QStringLiteral("parkedCalls")).toInt();
    const QVariantList parked = map.value(QStringLiteral("parked")).toList();
    for (const QVariant &entry : parked) {
        const QVariantMap call = entry.toMap();
        d->parked.append(ParkedCall { call.value(QStringLiteral("requestId")).toUInt(),
                                      call.value(QStringLiteral("object")).toULongLong(),
                                      call.value(QStringLiteral("method")).toString(),
                                      timeOf(call.value(QStringLiteral("since"))),
                                      timeOf(call.value(QStringLiteral("deadline"))) });
    }
    d->pendingOutput = map.value(QStringLiteral("pendingOutput")).toLongLong();
    d->watchingServer = map.value(QStringLiteral("eventStream")).toBool();
    return info;
}

bool ClientInfo::isValid() const { return d->valid; }
quint64 ClientInfo::id() const { return d->id; }
QString ClientInfo::name() const { return d->name; }
bool ClientInfo::isObserver() const { return d->observer; }
qint64 ClientInfo::processId() const { return d->processId; }
ClientInfo::Transport ClientInfo::transport() const { return d->transport; }
QString ClientInfo::peer() const { return d->peer; }
QDateTime ClientInfo::connectedAt() const { return d->connectedAt; }
QDateTime ClientInfo::lastActivityAt() const { return d->lastActivityAt; }
qint64 ClientInfo::calls() const { return d->calls; }
qint64 ClientInfo::bytesIn() const { return d->bytesIn; }
qint64 ClientInfo::bytesOut() const { return d->bytesOut; }
qint64 ClientInfo::subscriptions() const { return d->subscriptions; }
qint64 ClientInfo::references() const { return d->references; }
qint64 ClientInfo::objects() const { return d->objects; }
qint64 ClientInfo::bytes() const { return d->bytes; }
QList<ClientHold> ClientInfo::holds() const { return d->holds; }
int ClientInfo::parkedCount() const { return d->parkedCount; }
QList<ParkedCall> ClientInfo::parked() const { return d->parked; }
qint64 ClientInfo::pendingOutput() const { return d->pendingOutput; }
bool ClientInfo::isWatchingServer() const { return d->watchingServer; }

} // namespace LibManager
