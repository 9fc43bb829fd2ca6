// SPDX-License-Identifier: BSD-3-Clause
#include "problemsmodel.h"
#include "objecttreemodel.h"
#include "clientmodel.h"
#include "inspectorsession.h"
#include "objecttyperesolver.h"

#include <libmanager/pendingcallwatcher.h>

#include <QtCore/qlocale.h>
#include <QtCore/qset.h>
#include <QtCore/qtimer.h>
#include <QtGui/qfont.h>

#include <algorithm>

namespace Inspector {

namespace {
constexpr int MinimumReadIntervalMs = 500;
constexpr int TickMs = 1000;
// A server without the event stream says nothing of what changes: it is asked this often.
constexpr int PollIntervalMs = 2000;

const QString Arrow = QStringLiteral("\u2192");
} // namespace

ProblemsModel::ProblemsModel(InspectorSession *session, QObject *parent)
    : QAbstractItemModel(parent), m_session(session)
{
    m_types = new ObjectTypeResolver(session, this);
    // waitGraph() asks every object of the server: paced (see ReadPacer).
    m_pacer = new ReadPacer(MinimumReadIntervalMs, this);
    connect(m_pacer, &ReadPacer::due, this, &ProblemsModel::readNow);
    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(TickMs);
    connect(m_tickTimer, &QTimer::timeout, this, &ProblemsModel::tick);
    // Answers of the resolver come one by one: one repaint for a burst of them.
    m_typesTimer = new QTimer(this);
    m_typesTimer->setSingleShot(true);
    m_typesTimer->setInterval(50);
    connect(m_typesTimer, &QTimer::timeout, this, &ProblemsModel::typesResolved);
    connect(m_types, &ObjectTypeResolver::resolved, m_typesTimer, qOverload<>(&QTimer::start));
    connect(session, &InspectorSession::connected, this, &ProblemsModel::attach);
    connect(session, &InspectorSession::connectionLost, this, &ProblemsModel::detach);
    m_now = QDateTime::currentDateTimeUtc();
    if (session->introspector())
        attach();
}

ProblemsModel::~ProblemsModel() = default;

void ProblemsModel::setHeldThreshold(int seconds)
{
    m_heldThreshold = qMax(0, seconds);
    rebuild();
}

void ProblemsModel::setWaitThreshold(int seconds)
{
    m_waitThreshold = qMax(0, seconds);
    rebuild();
}

void ProblemsModel::setMaximumRows(int rows)
{
    m_maximumRows = qMax(1, rows);
    rebuild();
}

void ProblemsModel::setIcons(const QIcon &error, const QIcon &warning)
{
    m_errorIcon = error;
    m_warningIcon = warning;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, 0), { Qt::DecorationRole });
}

void ProblemsModel::detach()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_streamConnections))
        disconnect(connection);
    m_streamConnections.clear();
    ++m_generation;
    m_pacer->reset();
}

void ProblemsModel::attach()
{
    detach();
    LibManager::Introspector *introspector = m_session->introspector();
    if (!introspector)
        return;
    m_stream = m_session->capabilities().hasEventStream();
    if (m_stream) {
        using LibManager::Introspector;
        m_streamConnections = {
            connect(introspector, &Introspector::syncEvent, this, &ProblemsModel::refresh),
            connect(introspector, &Introspector::clientGone, this, &ProblemsModel::refresh),
            connect(introspector, &Introspector::resyncNeeded, this, &ProblemsModel::refresh),
            connect(introspector, &Introspector::clientRenamed, this,
                    [this](const LibManager::ClientEvent &event) {
                        m_names.insert(event.client, event.name);
                        typesResolved(); // the same repaint
                    }),
        };
    }
    readNow();
}

void ProblemsModel::refresh()
{
    m_pacer->request();
}

void ProblemsModel::readNow()
{
    LibManager::Introspector *introspector = m_session->introspector();
    if (!introspector)
        return;
    m_pacer->started();
    m_pending = 2;
    m_readOk = true;
    const quint64 generation = m_generation;
    auto *graph = new LibManager::PendingCallWatcher(introspector->waitGraphAsync(), this);
    connect(graph, &LibManager::PendingCallWatcher::finished, this,
            [this, generation](LibManager::PendingCallWatcher *call) {
                call->deleteLater();
                if (generation != m_generation)
                    return;
                const LibManager::PendingReply<LibManager::WaitGraph> reply(*call);
                m_readOk = m_readOk && reply.isValid();
                m_readGraph = reply.value();
                if (--m_pending == 0)
                    apply();
            });
    auto *clients = new LibManager::PendingCallWatcher(introspector->clientsAsync(), this);
    connect(clients, &LibManager::PendingCallWatcher::finished, this,
            [this, generation](LibManager::PendingCallWatcher *call) {
                call->deleteLater();
                if (generation != m_generation)
                    return;
                const LibManager::PendingReply<QList<LibManager::ClientInfo>> reply(*call);
                m_readOk = m_readOk && reply.isValid();
                m_readClients = reply.value();
                if (--m_pending == 0)
                    apply();
            });
}

void ProblemsModel::apply()
{
    if (m_readOk) {
        m_graph = m_readGraph;
        m_clients = m_readClients;
        m_names.clear();
        QList<quint64> unknown;
        for (const LibManager::ClientInfo &client : std::as_const(m_clients)) {
            m_names.insert(client.id(), client.name());
            for (const LibManager::ClientHold &hold : client.holds())
                m_types->insert(hold.objectId, hold.typeId);
            for (const LibManager::ParkedCall &call : client.parked())
                unknown.append(call.objectId);
        }
        for (const LibManager::WaiterInfo &wait : std::as_const(m_graph.waits))
            unknown.append(wait.object);
        for (const LibManager::HoldInfo &hold : std::as_const(m_graph.holds))
            unknown.append(hold.object);
        m_types->request(unknown);
        rebuild();
        Q_EMIT refreshed();
    }
    m_pacer->finished();
}

void ProblemsModel::tick()
{
    // Calls wait: the graph moves without events (waits grow long, deadlines pass).
    if (!m_graph.waits.isEmpty() || !m_stream)
        refresh();
    rebuild();
}

std::vector<ProblemsModel::Step> ProblemsModel::chain(const QList<quint64> &cycle) const
{
    const QSet<quint64> members(cycle.cbegin(), cycle.cend());
    QMultiHash<quint64, const LibManager::HoldInfo *> holdersOf;
    for (const LibManager::HoldInfo &hold : m_graph.holds)
        holdersOf.insert(hold.object, &hold);
    // Client c waits for client h: c waits on an object that h (a member) holds.
    struct Edge
    {
        const LibManager::WaiterInfo *wait = nullptr;
        const LibManager::HoldInfo *hold = nullptr;
    };
    const auto edgeFrom = [&](quint64 client) {
        for (const LibManager::WaiterInfo &wait : m_graph.waits) {
            if (wait.client != client)
                continue;
            for (auto it = holdersOf.constFind(wait.object); it != holdersOf.cend() && it.key() == wait.object; ++it) {
                if (members.contains((*it)->client))
                    return Edge { &wait, *it };
            }
        }
        return Edge {};
    };

    std::vector<Step> steps;
    if (cycle.isEmpty())
        return steps;
    QHash<quint64, size_t> at; // client → its step
    quint64 current = cycle.first();
    QDateTime heldSince;
    for (int guard = 0; guard <= cycle.size(); ++guard) {
        if (at.contains(current)) {
            // Closed: the loop starts where current first came.
            const size_t from = at.value(current);
            steps.erase(steps.begin(), steps.begin() + qsizetype(from));
            steps.push_back(Step { false, current, heldSince });
            steps.front().since = QDateTime();
            return steps;
        }
        at.insert(current, steps.size());
        steps.push_back(Step { false, current, heldSince });
        const Edge edge = edgeFrom(current);
        if (!edge.wait)
            break;
        steps.push_back(Step { true, edge.wait->object, edge.wait->since });
        heldSince = edge.hold->since;
        current = edge.hold->client;
    }
    // The graph changed under the cycle: the members, without a chain.
    steps.clear();
    for (quint64 client : cycle)
        steps.push_back(Step { false, client, {} });
    return steps;
}

void ProblemsModel::rebuild()
{
    m_now = QDateTime::currentDateTimeUtc();
    const qint64 now = m_now.toMSecsSinceEpoch();
    std::vector<std::unique_ptr<Problem>> deadlocks, held, late, waits;

    for (const QList<quint64> &cycle : std::as_const(m_graph.cycles)) {
        auto problem = std::make_unique<Problem>();
        problem->kind = Kind::Deadlock;
        QStringList ids;
        for (quint64 id : cycle)
            ids.append(QString::number(id));
        problem->key = QStringLiteral("d:") + ids.join(QLatin1Char(','));
        problem->cycle = cycle;
        problem->steps = chain(cycle);
        problem->clientId = cycle.value(0);
        if (problem->steps.size() > 1 && problem->steps.at(1).isObject)
            problem->objectId = problem->steps.at(1).id;
        // A deadlock lasts since the latest of its waits began.
        for (const Step &step : problem->steps) {
            if (step.isObject && step.since.isValid() && (!problem->since.isValid() || step.since > problem->since))
                problem->since = step.since;
        }
        deadlocks.push_back(std::move(problem));
    }
    for (const LibManager::HoldInfo &hold : std::as_const(m_graph.holds)) {
        if (!hold.since.isValid() || now - hold.since.toMSecsSinceEpoch() < qint64(m_heldThreshold) * 1000)
            continue;
        auto problem = std::make_unique<Problem>();
        problem->kind = Kind::HeldTooLong;
        problem->key = QStringLiteral("h:%1:%2").arg(hold.object).arg(hold.client);
        problem->objectId = hold.object;
        problem->clientId = hold.client;
        problem->since = hold.since;
        problem->count = hold.count;
        held.push_back(std::move(problem));
    }
    for (const LibManager::ClientInfo &client : std::as_const(m_clients)) {
        for (const LibManager::ParkedCall &call : client.parked()) {
            if (!call.deadline.isValid() || call.deadline.toMSecsSinceEpoch() >= now)
                continue;
            auto problem = std::make_unique<Problem>();
            problem->kind = Kind::PastDeadline;
            problem->key = QStringLiteral("p:%1:%2").arg(client.id()).arg(call.requestId);
            problem->objectId = call.objectId;
            problem->clientId = client.id();
            problem->since = call.since;
            problem->deadline = call.deadline;
            problem->method = call.method;
            late.push_back(std::move(problem));
        }
    }
    for (const LibManager::WaiterInfo &wait : std::as_const(m_graph.waits)) {
        if (!wait.since.isValid() || now - wait.since.toMSecsSinceEpoch() < qint64(m_waitThreshold) * 1000)
            continue;
        auto problem = std::make_unique<Problem>();
        problem->kind = Kind::LongWait;
        problem->key = QStringLiteral("w:%1:%2:%3").arg(wait.client).arg(wait.requestId).arg(wait.object);
        problem->objectId = wait.object;
        problem->clientId = wait.client;
        problem->since = wait.since;
        problem->count = wait.reacquire ? 1 : 0;
        waits.push_back(std::move(problem));
    }
    const auto oldestFirst = [](const std::unique_ptr<Problem> &a, const std::unique_ptr<Problem> &b) {
        return a->since < b->since || (a->since == b->since && a->key < b->key);
    };
    std::stable_sort(held.begin(), held.end(), oldestFirst);
    std::stable_sort(waits.begin(), waits.end(), oldestFirst);
    std::stable_sort(late.begin(), late.end(), [](const auto &a, const auto &b) {
        return a->deadline < b->deadline || (a->deadline == b->deadline && a->key < b->key);
    });

    std::vector<std::unique_ptr<Problem>> fresh;
    m_cycles = int(deadlocks.size());
    m_total = int(deadlocks.size() + held.size() + late.size() + waits.size());
    for (auto *group : { &deadlocks, &held, &late, &waits }) {
        for (auto &problem : *group) {
            if (int(fresh.size()) >= m_maximumRows)
                break;
            fresh.push_back(std::move(problem));
        }
    }
    merge(std::move(fresh));

    // Durations move while anything is held or waited for; nothing to tick otherwise.
    bool timed = !m_graph.waits.isEmpty() || !m_graph.holds.isEmpty() || !m_stream;
    for (const LibManager::ClientInfo &client : std::as_const(m_clients))
        timed = timed || client.parkedCount() > 0;
    if (timed && !m_tickTimer->isActive())
        m_tickTimer->start();
    else if (!timed)
        m_tickTimer->stop();
}

void ProblemsModel::merge(std::vector<std::unique_ptr<Problem>> fresh)
{
    QStringList order; // the keys, in the order wanted
    QHash<QString, Problem *> byKey;
    for (auto &problem : fresh) {
        order.append(problem->key);
        byKey.insert(problem->key, problem.get());
    }

    // 1. What went, from the bottom up.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (byKey.contains(m_rows.at(size_t(row))->key))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }
    for (size_t row = 0; row < m_rows.size(); ++row)
        m_rows[row]->row = int(row);

    // 2. What stays takes the new values (the Problem itself stays: indexes point at it).
    QSet<QString> kept;
    for (auto &old : m_rows) {
        Problem *update = byKey.value(old->key);
        kept.insert(old->key);
        const QModelIndex parent = createIndex(old->row, 0, nullptr);
        const int oldSteps = int(old->steps.size());
        const int newSteps = int(update->steps.size());
        if (oldSteps != newSteps && oldSteps > 0) {
            beginRemoveRows(parent, 0, oldSteps - 1);
            old->steps.clear();
            endRemoveRows();
        }
        std::vector<Step> steps = std::move(update->steps);
        const int row = old->row;
        *old = *update;
        old->row = row;
        if (oldSteps != newSteps && newSteps > 0) {
            beginInsertRows(parent, 0, newSteps - 1);
            old->steps = std::move(steps);
            endInsertRows();
        } else {
            old->steps = std::move(steps);
            if (newSteps > 0)
                Q_EMIT dataChanged(index(0, 0, parent), index(newSteps - 1, ColumnCount - 1, parent));
        }
    }

    // 3. What is new comes at the end...
    std::vector<std::unique_ptr<Problem>> added;
    for (auto &problem : fresh) {
        if (!kept.contains(problem->key))
            added.push_back(std::move(problem));
    }
    if (!added.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (auto &problem : added) {
            problem->row = int(m_rows.size());
            m_rows.push_back(std::move(problem));
        }
        endInsertRows();
    }

    // 4. ...then everything is put in order, if it is not. Steps keep their indexes: they point
    // at their Problem, whose row is looked up.
    bool ordered = true;
    for (size_t row = 0; row < m_rows.size() && ordered; ++row)
        ordered = m_rows[row]->key == order.at(qsizetype(row));
    if (!ordered) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<QString, int> position;
        for (qsizetype i = 0; i < order.size(); ++i)
            position.insert(order.at(i), int(i));
        std::vector<int> oldToNew(m_rows.size());
        for (size_t row = 0; row < m_rows.size(); ++row)
            oldToNew[row] = position.value(m_rows[row]->key);
        std::sort(m_rows.begin(), m_rows.end(), [&position](const auto &a, const auto &b) {
            return position.value(a->key) < position.value(b->key);
        });
        for (size_t row = 0; row < m_rows.size(); ++row)
            m_rows[row]->row = int(row);
        const QModelIndexList persistent = persistentIndexList();
        for (const QModelIndex &index : persistent) {
            if (index.internalPointer())
                continue; // a step: unchanged
            changePersistentIndex(index, createIndex(oldToNew.at(size_t(index.row())), index.column(), nullptr));
        }
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ProblemsModel::typesResolved()
{
    if (m_rows.empty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    for (const auto &problem : m_rows) {
        if (problem->steps.empty())
            continue;
        const QModelIndex parent = index(problem->row, 0);
        Q_EMIT dataChanged(index(0, 0, parent), index(int(problem->steps.size()) - 1, ColumnCount - 1, parent));
    }
}

QString ProblemsModel::clientText(quint64 clientId) const
{
    if (clientId != 0 && clientId == m_session->selfId())
        return tr("this inspector (client %1)").arg(clientId);
    return ClientModel::clientLabel(m_names.value(clientId), clientId);
}

QString ProblemsModel::objectText(quint64 objectId) const
{
    // A named object by its name too: "lock-b (Lock 17)".
    const QStringList names = m_types->names(objectId);
    if (!names.isEmpty())
        return ObjectTreeModel::objectLabel(objectId, m_types->typeId(objectId), names);
    return ClientModel::objectLabel(objectId, m_types->typeId(objectId));
}

qint64 ProblemsModel::durationMs(const Problem &problem) const
{
    if (problem.kind == Kind::PastDeadline)
        return problem.deadline.isValid() ? qMax<qint64>(0, problem.deadline.msecsTo(m_now)) : 0;
    return problem.since.isValid() ? qMax<qint64>(0, problem.since.msecsTo(m_now)) : 0;
}

QString ProblemsModel::durationText(qint64 ms) const
{
    const QLocale locale;
    if (ms < 60000)
        return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    if (ms < 3600000)
        return tr("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60);
    return tr("%1 h %2 min").arg(locale.toString(ms / 3600000)).arg((ms / 60000) % 60);
}

QString ProblemsModel::stepText(const Problem &problem, size_t step) const
{
    const Step &s = problem.steps.at(step);
    if (s.isObject)
        return tr("%1 waits for %2").arg(Arrow, objectText(s.id));
    if (step == 0)
        return clientText(s.id);
    // Members listed without a chain (the graph moved) have no object before them.
    if (!problem.steps.at(step - 1).isObject)
        return clientText(s.id);
    return tr("%1 held by %2").arg(Arrow, clientText(s.id));
}

QString ProblemsModel::problemText(const Problem &problem) const
{
    switch (problem.kind) {
    case Kind::Deadlock: {
        QString chainText;
        for (size_t i = 0; i < problem.steps.size(); ++i) {
            const Step &s = problem.steps.at(i);
            if (i == 0)
                chainText = clientText(s.id);
            else if (s.isObject)
                chainText = tr("%1 waits for %2", "a deadlock chain").arg(chainText, objectText(s.id));
            else if (problem.steps.at(i - 1).isObject)
                chainText = tr("%1 %2 held by %3", "a deadlock chain").arg(chainText, Arrow, clientText(s.id));
            else
                chainText = tr("%1, %2", "deadlocked clients").arg(chainText, clientText(s.id));
        }
        return tr("Deadlock: %1").arg(chainText);
    }
    case Kind::HeldTooLong:
        return tr("%1 holds %2").arg(clientText(problem.clientId), objectText(problem.objectId));
    case Kind::PastDeadline:
        return tr("%1: %2() on %3 is past its deadline")
                .arg(clientText(problem.clientId), problem.method, objectText(problem.objectId));
    case Kind::LongWait:
        return problem.count ? tr("%1 waits to take %2 back").arg(clientText(problem.clientId), objectText(problem.objectId))
                             : tr("%1 waits for %2").arg(clientText(problem.clientId), objectText(problem.objectId));
    case Kind::Step:
        break;
    }
    return {};
}

QModelIndex ProblemsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_rows.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.column() != 0 || parent.row() >= int(m_rows.size()))
        return {};
    Problem *problem = m_rows.at(size_t(parent.row())).get();
    return row < int(problem->steps.size()) ? createIndex(row, column, problem) : QModelIndex();
}

QModelIndex ProblemsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const auto *problem = static_cast<const Problem *>(child.internalPointer());
    return createIndex(problem->row, 0, nullptr);
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalPointer() || parent.column() != 0)
        return 0;
    return int(m_rows.at(size_t(parent.row()))->steps.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const auto *owner = static_cast<const Problem *>(index.internalPointer())) {
        const Step &step = owner->steps.at(size_t(index.row()));
        const qint64 ms = step.since.isValid() ? qMax<qint64>(0, step.since.msecsTo(m_now)) : -1;
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == ProblemColumn)
                return stepText(*owner, size_t(index.row()));
            if (index.column() == KindColumn)
                return step.isObject ? tr("waits") : (index.row() == 0 ? tr("client") : tr("holds"));
            if (index.column() == DurationColumn)
                return ms >= 0 ? durationText(ms) : QString();
            break;
        case Qt::ToolTipRole:
        case Qt::AccessibleDescriptionRole:
            return ms >= 0 ? tr("%1, for %2").arg(stepText(*owner, size_t(index.row())), durationText(ms))
                           : stepText(*owner, size_t(index.row()));
        case KindRole:
            return int(Kind::Step);
        case ObjectIdRole:
            return step.isObject ? step.id : quint64(0);
        case TypeIdRole:
            return step.isObject ? m_types->typeId(step.id) : QString();
        case ClientIdRole:
            return step.isObject ? quint64(0) : step.id;
        case SortRole:
            return index.column() == DurationColumn ? QVariant(ms) : data(index, Qt::DisplayRole);
        default:
            break;
        }
        return {};
    }

    const Problem &problem = *m_rows.at(size_t(index.row()));
    const qint64 ms = durationMs(problem);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProblemColumn:
            return problemText(problem);
        case KindColumn:
            switch (problem.kind) {
            case Kind::Deadlock:
                return tr("Deadlock");
            case Kind::HeldTooLong:
                return tr("Held too long");
            case Kind::PastDeadline:
                return tr("Past deadline");
            case Kind::LongWait:
                return tr("Long wait");
            case Kind::Step:
                break;
            }
            break;
        case DurationColumn:
            return problem.since.isValid() || problem.deadline.isValid() ? durationText(ms) : QString();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == ProblemColumn)
            return problem.kind == Kind::Deadlock ? m_errorIcon : m_warningIcon;
        break;
    case Qt::FontRole:
        if (problem.kind == Kind::Deadlock) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        switch (problem.kind) {
        case Kind::PastDeadline:
            return tr("%1, by %2").arg(problemText(problem), durationText(ms));
        case Kind::Deadlock:
            return problem.since.isValid() ? tr("%1, for %2").arg(problemText(problem), durationText(ms))
                                           : problemText(problem);
        default:
            return tr("%1, for %2").arg(problemText(problem), durationText(ms));
        }
    case KindRole:
        return int(problem.kind);
    case ObjectIdRole:
        return problem.objectId;
    case TypeIdRole:
        return problem.objectId ? m_types->typeId(problem.objectId) : QString();
    case ClientIdRole:
        return problem.clientId;
    case SortRole:
        return index.column() == DurationColumn ? QVariant(ms) : data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ProblemColumn:
        return tr("Problem");
    case KindColumn:
        return tr("Kind");
    case DurationColumn:
        return tr("For");
    }
    return {};
}

} // namespace Inspector
