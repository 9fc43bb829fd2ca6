// SPDX-License-Identifier: BSD-3-Clause
#include "clientmodel.h"
#include "inspectorsession.h"

#include <libmanager/introspector.h>
#include <libmanager/pendingcallwatcher.h>

#include <QtCore/qlocale.h>
#include <QtCore/qset.h>
#include <QtCore/qtimer.h>
#include <QtGui/qfont.h>

#include <algorithm>
#include <climits>

namespace Inspector {

namespace {
// A server without the event stream says nothing when clients come and go: it is asked.
constexpr int PollIntervalMs = 2000;

bool isPermitType(const QString &typeId)
{
    return typeId == QLatin1String("Semaphore") || typeId == QLatin1String("BoundedSemaphore");
}
} // namespace

ClientModel::ClientModel(InspectorSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    m_pacer = new ReadPacer(500, this);
    connect(m_pacer, &ReadPacer::due, this, &ClientModel::readNow);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(PollIntervalMs);
    connect(m_pollTimer, &QTimer::timeout, this, &ClientModel::refresh);
    connect(session, &InspectorSession::connected, this, &ClientModel::attach);
    connect(session, &InspectorSession::connectionLost, this, &ClientModel::detach);
    if (session->introspector())
        attach();
}

ClientModel::~ClientModel() = default;

void ClientModel::detach()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_streamConnections))
        disconnect(connection);
    m_streamConnections.clear();
    m_pollTimer->stop();
    ++m_generation;
    m_pacer->reset();
}

void ClientModel::attach()
{
    detach();
    LibManager::Introspector *introspector = m_session->introspector();
    if (!introspector)
        return;
    // Subscribe first, then read: the connection is FIFO, so every event that comes after the
    // snapshot is newer than it, and those before it are in it already (merging is
    // idempotent either way).
    if (m_session->capabilities().hasEventStream()) {
        using LibManager::Introspector;
        m_streamConnections = {
            connect(introspector, &Introspector::clientConnected, this, &ClientModel::handleConnected),
            connect(introspector, &Introspector::clientRenamed, this, &ClientModel::handleRenamed),
            connect(introspector, &Introspector::clientGone, this, &ClientModel::handleGone),
            connect(introspector, &Introspector::syncEvent, this, &ClientModel::refresh),
            connect(introspector, &Introspector::referencesChanged, this, &ClientModel::refresh),
            connect(introspector, &Introspector::objectCreated, this, &ClientModel::refresh),
            connect(introspector, &Introspector::objectReleased, this, &ClientModel::refresh),
            connect(introspector, &Introspector::resyncNeeded, this, &ClientModel::refresh),
        };
    } else {
        m_pollTimer->start();
    }
    readNow();
}

void ClientModel::refresh()
{
    m_pacer->request();
}

void ClientModel::readNow()
{
    LibManager::Introspector *introspector = m_session->introspector();
    if (!introspector)
        return;
    m_pacer->started();
    const quint64 generation = m_generation;
    auto *watcher = new LibManager::PendingCallWatcher(introspector->clientsAsync(), this);
    connect(watcher, &LibManager::PendingCallWatcher::finished, this,
            [this, generation](LibManager::PendingCallWatcher *call) {
                call->deleteLater();
                if (generation != m_generation)
                    return;
                const LibManager::PendingReply<QList<LibManager::ClientInfo>> reply(*call);
                if (reply.isValid()) {
                    applySnapshot(reply.value());
                    Q_EMIT refreshed();
                }
                m_pacer->finished();
            });
}

void ClientModel::applySnapshot(const QList<LibManager::ClientInfo> &snapshot)
{
    QList<LibManager::ClientInfo> sorted = snapshot;
    std::sort(sorted.begin(), sorted.end(),
              [](const LibManager::ClientInfo &a, const LibManager::ClientInfo &b) { return a.id() < b.id(); });
    QSet<quint64> ids;
    ids.reserve(sorted.size());
    for (const LibManager::ClientInfo &info : std::as_const(sorted))
        ids.insert(info.id());
    // Rows gone from the snapshot go, from the bottom up.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!ids.contains(m_rows.at(row).info.id()))
            removeRow(row);
    }
    for (const LibManager::ClientInfo &info : std::as_const(sorted)) {
        const int row = rowOf(info.id());
        if (row < 0) {
            insertClient(info);
            continue;
        }
        m_rows[row] = Row { info, info.name() };
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void ClientModel::insertClient(const LibManager::ClientInfo &info)
{
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), info.id(),
                                     [](const Row &row, quint64 id) { return row.info.id() < id; });
    const int row = int(at - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, Row { info, info.name() });
    endInsertRows();
}

void ClientModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ClientModel::handleConnected(const LibManager::ClientEvent &event)
{
    if (rowOf(event.client) >= 0)
        return;
    const QVariantMap map {
        { QStringLiteral("id"), event.client },
        { QStringLiteral("name"), event.name },
        { QStringLiteral("pid"), event.processId },
        { QStringLiteral("peer"), event.peer },
        { QStringLiteral("transport"), event.transport },
        { QStringLiteral("role"), event.observer ? QStringLiteral("observer") : QStringLiteral("full") },
        { QStringLiteral("connectedAt"), event.time.isValid() ? event.time.toMSecsSinceEpoch() : qint64(-1) },
    };
    insertClient(LibManager::ClientInfo::fromVariantMap(map));
    // Its counts come with the next read.
    refresh();
}

void ClientModel::handleRenamed(const LibManager::ClientEvent &event)
{
    const int row = rowOf(event.client);
    if (row < 0)
        return;
    m_rows[row].name = event.name;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ClientModel::handleGone(const LibManager::ClientEvent &event)
{
    const int row = rowOf(event.client);
    if (row < 0)
        return;
    const QString label = clientLabel(event.client);
    removeRow(row);
    Q_EMIT clientWent(event.client, label, event.reasonText.isEmpty() ? event.reason : event.reasonText);
    // Its holds went with it: other clients' locks and waits changed.
    refresh();
}

int ClientModel::rowOf(quint64 clientId) const
{
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), clientId,
                                     [](const Row &row, quint64 id) { return row.info.id() < id; });
    return at != m_rows.cend() && at->info.id() == clientId ? int(at - m_rows.cbegin()) : -1;
}

QString ClientModel::clientLabel(quint64 clientId) const
{
    const int row = rowOf(clientId);
    if (clientId != 0 && clientId == m_session->selfId())
        return tr("this inspector (client %1)").arg(clientId);
    return clientLabel(row >= 0 ? m_rows.at(row).name : QString(), clientId);
}

QString ClientModel::objectLabel(quint64 objectId, const QString &typeId)
{
    if (typeId.isEmpty())
        return tr("object %1").arg(objectId);
    return tr("%1 %2", "type and id: Lock 4").arg(typeId).arg(objectId);
}

QString ClientModel::clientLabel(const QString &name, quint64 clientId)
{
    if (name.isEmpty())
        return tr("client %1").arg(clientId);
    return tr("%1 (client %2)").arg(name).arg(clientId);
}

QString ClientModel::holdText(const LibManager::ClientHold &hold)
{
    const QString object = objectLabel(hold.objectId, hold.typeId);
    if (isPermitType(hold.typeId))
        return tr("%n permit(s) of %1", "", hold.count).arg(object);
    if (hold.count > 1)
        return tr("%1 (%n time(s))", "an RLock taken again", hold.count).arg(object);
    return object;
}

QString ClientModel::holdsText(const QList<LibManager::ClientHold> &holds)
{
    QStringList parts;
    parts.reserve(holds.size());
    for (const LibManager::ClientHold &hold : holds)
        parts.append(holdText(hold));
    return parts.join(tr(", ", "between holds"));
}

QString ClientModel::displayName(const Row &row) const
{
    if (row.info.id() == m_session->selfId()) {
        if (row.name.isEmpty())
            return tr("(this inspector)");
        return tr("%1 (this inspector)").arg(row.name);
    }
    if (row.info.isObserver())
        return tr("%1 (observer)").arg(row.name);
    return row.name;
}

QString ClientModel::description(const Row &row) const
{
    const LibManager::ClientInfo &info = row.info;
    QStringList parts;
    QString who = clientLabel(info.id());
    if (info.processId() > 0)
        who = tr("%1, pid %2").arg(who).arg(info.processId());
    parts.append(who);
    if (info.id() == m_session->selfId())
        parts.append(tr("this inspector"));
    if (info.isObserver())
        parts.append(tr("observer"));
    switch (info.transport()) {
    case LibManager::ClientInfo::Transport::Tcp:
        parts.append(tr("over TCP from %1").arg(info.peer()));
        break;
    case LibManager::ClientInfo::Transport::Tls:
        parts.append(tr("over TLS from %1").arg(info.peer()));
        break;
    case LibManager::ClientInfo::Transport::Local:
    case LibManager::ClientInfo::Transport::Unknown:
        parts.append(tr("over a local socket"));
        break;
    }
    if (info.connectedAt().isValid())
        parts.append(tr("connected %1").arg(QLocale().toString(info.connectedAt().toLocalTime(), QLocale::ShortFormat)));
    parts.append(tr("%n reference(s)", "", int(qMin<qint64>(info.references(), INT_MAX))));
    parts.append(tr("%n subscription(s)", "", int(qMin<qint64>(info.subscriptions(), INT_MAX))));
    if (info.parkedCount() > 0)
        parts.append(tr("%n parked call(s)", "", info.parkedCount()));
    if (!info.holds().isEmpty())
        parts.append(tr("holds %1").arg(holdsText(info.holds())));
    return parts.join(QStringLiteral("; "));
}

int ClientModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const LibManager::ClientInfo &info = row.info;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return QString::number(info.id());
        case NameColumn:
            return displayName(row);
        case ProcessIdColumn:
            return info.processId() > 0 ? QString::number(info.processId()) : QString();
        case PeerColumn:
            return info.peer();
        case TransportColumn:
            switch (info.transport()) {
            case LibManager::ClientInfo::Transport::Local:
                return tr("local");
            case LibManager::ClientInfo::Transport::Tcp:
                return tr("TCP");
            case LibManager::ClientInfo::Transport::Tls:
                return tr("TLS");
            case LibManager::ClientInfo::Transport::Unknown:
                break;
            }
            return QString();
        case ConnectedColumn: {
            // Today's clients by their time alone; older ones with their date.
            const QDateTime local = info.connectedAt().toLocalTime();
            if (!local.isValid())
                return QString();
            if (local.date() == QDate::currentDate())
                return locale.toString(local.time(), QLocale::ShortFormat);
            return locale.toString(local, QLocale::ShortFormat);
        }
        case ReferencesColumn:
            return locale.toString(info.references());
        case SubscriptionsColumn:
            return locale.toString(info.subscriptions());
        case ParkedColumn:
            return locale.toString(info.parkedCount());
        case HoldsColumn:
            return holdsText(info.holds());
        }
        break;
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return info.id();
        case NameColumn:
            return displayName(row);
        case ProcessIdColumn:
            return info.processId();
        case ConnectedColumn:
            return info.connectedAt();
        case ReferencesColumn:
            return info.references();
        case SubscriptionsColumn:
            return info.subscriptions();
        case ParkedColumn:
            return info.parkedCount();
        case HoldsColumn:
            return int(info.holds().size());
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case IdColumn:
        case ProcessIdColumn:
        case ReferencesColumn:
        case SubscriptionsColumn:
        case ParkedColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return description(row);
    case Qt::FontRole:
        if (info.id() == m_session->selfId()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case ClientIdRole:
        return info.id();
    case IsSelfRole:
        return info.id() == m_session->selfId();
    default:
        break;
    }
    return {};
}

QVariant ClientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case ProcessIdColumn:
        return tr("PID");
    case PeerColumn:
        return tr("Peer");
    case TransportColumn:
        return tr("Transport");
    case ConnectedColumn:
        return tr("Connected since");
    case ReferencesColumn:
        return tr("Refs");
    case SubscriptionsColumn:
        return tr("Subscriptions");
    case ParkedColumn:
        return tr("Parked calls");
    case HoldsColumn:
        return tr("Holds");
    }
    return {};
}

} // namespace Inspector
