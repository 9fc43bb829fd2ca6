// SPDX-License-Identifier: BSD-3-Clause
#include "containermodel.h"
#include "containermodel_p.h"
#include "logging_p.h"
#include <libmanager/standardtypes/pythonrepr_p.h>
#include <libmanager/standardtypes/pythonvalue_p.h>
#include "tr_p.h"

#include <QtCore/qthread.h>
#include <QtCore/qtimer.h>

#include <algorithm>

namespace LibManager {

namespace {

// Page requests on their way at most: a view asks for a few pages; something that reads every
// row (a sort proxy over a million entries) waits its turn instead of flooding the server.
constexpr int MaxPagesInFlight = 8;
// What DisplayRole shows of a value that is no plain string or number.
constexpr qsizetype DisplayChars = 200;
constexpr qsizetype ToolTipChars = 2000;

// A position moved by \a count rows inserted at \a at.
void shiftForInsert(qint64 &position, qint64 at, qint64 count)
{
    if (position >= at)
        position += count;
}

// A position moved by rows [at, at + count) removed; -1 if it was one of them.
void shiftForRemove(qint64 &position, qint64 at, qint64 count)
{
    if (position < at)
        return;
    position = position < at + count ? -1 : position - count;
}

bool isPlainScalar(const QVariant &value)
{
    const int id = value.metaType().id();
    switch (id) {
    case QMetaType::QString:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    case QMetaType::Bool:
        return false; // shown as Python does: True, False
    default:
        return isIntegerType(id);
    }
}

QString reprLimited(const QVariant &value, qsizetype limit)
{
    QString out;
    if (!appendPythonRepr(out, value, limit))
        out += QChar(0x2026);
    return out;
}

} // namespace

// --- RowCache ---

int RowCache::chunkAt(qint64 position) const
{
    auto it = std::upper_bound(m_chunks.begin(), m_chunks.end(), position,
                               [](qint64 p, const Chunk &c) { return p < c.start; });
    if (it == m_chunks.begin())
        return -1;
    --it;
    return position < it->end() ? int(it - m_chunks.begin()) : -1;
}

ModelRow *RowCache::touch(qint64 position)
{
    const int i = chunkAt(position);
    if (i < 0)
        return nullptr;
    Chunk &chunk = m_chunks[size_t(i)];
    chunk.used = ++m_clock;
    return &chunk.rows[position - chunk.start];
}

ModelRow *RowCache::row(qint64 position)
{
    const int i = chunkAt(position);
    return i < 0 ? nullptr : &m_chunks[size_t(i)].rows[position - m_chunks[size_t(i)].start];
}

const ModelRow *RowCache::row(qint64 position) const
{
    const int i = chunkAt(position);
    return i < 0 ? nullptr : &m_chunks[size_t(i)].rows.at(position - m_chunks[size_t(i)].start);
}

qint64 RowCache::findKey(const QVariant &key) const
{
    for (const Chunk &chunk : m_chunks) {
        for (qsizetype i = 0; i < chunk.rows.size(); ++i) {
            if (pythonEquals(chunk.rows.at(i).key, key))
                return chunk.start + i;
        }
    }
    return -1;
}

void RowCache::clear()
{
    m_chunks.clear();
    m_dropped.clear();
    m_rows = 0;
}

void RowCache::recount()
{
    m_rows = 0;
    for (const Chunk &chunk : m_chunks)
        m_rows += chunk.rows.size();
}

void RowCache::insert(qint64 at, qint64 count, const QList<ModelRow> *known,
                      std::optional<quint64> movedVersion)
{
    if (count <= 0)
        return;
    auto moved = [&](Chunk &chunk, qsizetype from) {
        if (movedVersion) {
            for (qsizetype i = from; i < chunk.rows.size(); ++i)
                chunk.rows[i].version = *movedVersion;
        }
    };
    size_t after = 0; // the first chunk that only moves
    if (known) {
        // Into the chunk that holds or ends at the position, if any.
        size_t host = m_chunks.size();
        for (size_t i = 0; i < m_chunks.size(); ++i) {
            if (m_chunks[i].start <= at && at <= m_chunks[i].end()) {
                host = i;
                break;
            }
        }
        if (host < m_chunks.size()) {
            Chunk &chunk = m_chunks[host];
            const qsizetype offset = at - chunk.start;
            for (qsizetype i = 0; i < known->size(); ++i)
                chunk.rows.insert(offset + i, known->at(i));
            moved(chunk, offset + known->size());
            chunk.used = ++m_clock;
            after = host + 1;
        } else {
            after = size_t(std::upper_bound(m_chunks.begin(), m_chunks.end(), at,
                                            [](qint64 p, const Chunk &c) { return p < c.start; })
                           - m_chunks.begin());
            Chunk chunk;
            chunk.start = at;
            chunk.rows = *known;
            chunk.used = ++m_clock;
            m_chunks.insert(m_chunks.begin() + qsizetype(after), std::move(chunk));
            host = after;
            ++after;
        }
        for (size_t i = after; i < m_chunks.size(); ++i) {
            m_chunks[i].start += count;
            moved(m_chunks[i], 0);
        }
        m_rows += count;
        splitLarge(host); // over the limit for a while: trim() from the event loop
        return;
    }
    // Unknown rows: a chunk they fall into splits around them.
    const int inside = chunkAt(at);
    if (inside >= 0 && m_chunks[size_t(inside)].start < at) {
        Chunk &chunk = m_chunks[size_t(inside)];
        Chunk tail;
        tail.start = at;
        tail.rows = chunk.rows.mid(at - chunk.start);
        tail.used = chunk.used;
        chunk.rows.resize(at - chunk.start);
        m_chunks.insert(m_chunks.begin() + inside + 1, std::move(tail));
    }
    for (Chunk &chunk : m_chunks) {
        if (chunk.start >= at) {
            chunk.start += count;
            moved(chunk, 0);
        }
    }
}

void RowCache::remove(qint64 at, qint64 count, std::optional<quint64> movedVersion)
{
    if (count <= 0)
        return;
    const qint64 stop = at + count;
    std::vector<Chunk> kept;
    kept.reserve(m_chunks.size());
    for (Chunk &chunk : m_chunks) {
        if (chunk.end() <= at) {
            kept.push_back(std::move(chunk));
            continue;
        }
        if (chunk.start >= stop) {
            chunk.start -= count;
            if (movedVersion) {
                for (ModelRow &row : chunk.rows)
                    row.version = *movedVersion;
            }
            kept.push_back(std::move(chunk));
            continue;
        }
        // Overlaps: keep what is before and after the removed rows, joined.
        const qsizetype before = qMax<qint64>(0, at - chunk.start);
        const qsizetype afterFrom = qMin<qint64>(chunk.rows.size(), stop - chunk.start);
        QList<ModelRow> rows = chunk.rows.mid(0, before);
        const qsizetype movedFrom = rows.size();
        rows.append(chunk.rows.mid(afterFrom));
        if (rows.isEmpty())
            continue;
        if (movedVersion) {
            for (qsizetype i = movedFrom; i < rows.size(); ++i)
                rows[i].version = *movedVersion;
        }
        chunk.start = qMin(chunk.start, at);
        chunk.rows = std::move(rows);
        kept.push_back(std::move(chunk));
    }
    m_chunks = std::move(kept);
    recount();
}

void RowCache::cut(qint64 from, qint64 to)
{
    std::vector<Chunk> kept;
    kept.reserve(m_chunks.size() + 1);
    for (Chunk &chunk : m_chunks) {
        if (chunk.end() <= from || chunk.start >= to) {
            kept.push_back(std::move(chunk));
            continue;
        }
        if (chunk.start < from) {
            Chunk head;
            head.start = chunk.start;
            head.rows = chunk.rows.mid(0, from - chunk.start);
            head.used = chunk.used;
            kept.push_back(std::move(head));
        }
        if (chunk.end() > to) {
            Chunk tail;
            tail.start = to;
            tail.rows = chunk.rows.mid(to - chunk.start);
            tail.used = chunk.used;
            kept.push_back(std::move(tail));
        }
    }
    m_chunks = std::move(kept);
    recount();
}

void RowCache::fill(qint64 at, QList<ModelRow> rows)
{
    if (rows.isEmpty())
        return;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ModelRow *old = row(at + i);
        if (old && old->pendingWrites > 0 && pythonEquals(old->key, rows.at(i).key)) {
            rows[i].pendingWrites = old->pendingWrites;
            rows[i].pendingValue = old->pendingValue;
        }
    }
    const qint64 to = at + rows.size();
    cut(at, to);
    Chunk chunk;
    chunk.start = at;
    chunk.rows = std::move(rows);
    chunk.used = ++m_clock;
    const auto where = std::upper_bound(m_chunks.begin(), m_chunks.end(), at,
                                        [](qint64 p, const Chunk &c) { return p < c.start; });
    const size_t index = size_t(where - m_chunks.begin());
    m_chunks.insert(where, std::move(chunk));
    m_rows += to - at;
    splitLarge(index);
    trim(at, to);
}

void RowCache::forEach(qint64 from, qint64 to, const std::function<void(qint64, ModelRow &)> &f)
{
    for (Chunk &chunk : m_chunks) {
        const qint64 begin = qMax(from, chunk.start);
        const qint64 end = qMin(to, chunk.end());
        for (qint64 p = begin; p < end; ++p)
            f(p, chunk.rows[p - chunk.start]);
    }
}

void RowCache::splitLarge(size_t index)
{
    // Chunks grow with insertions (a dict's new keys join the last page): cut them back to
    // pages, so that the least recently used part can go on its own.
    while (index < m_chunks.size() && m_chunks[index].rows.size() > 2 * m_pageSize) {
        Chunk &chunk = m_chunks[index];
        Chunk tail;
        tail.start = chunk.start + m_pageSize;
        tail.rows = chunk.rows.mid(m_pageSize);
        tail.used = chunk.used;
        chunk.rows.resize(m_pageSize);
        m_chunks.insert(m_chunks.begin() + qsizetype(index) + 1, std::move(tail));
        ++index;
    }
}

void RowCache::trim(qint64 keepFrom, qint64 keepTo)
{
    while (m_rows > m_limit) {
        size_t victim = m_chunks.size();
        for (size_t i = 0; i < m_chunks.size(); ++i) {
            const Chunk &chunk = m_chunks[i];
            if (chunk.start < keepTo && chunk.end() > keepFrom)
                continue;
            if (victim == m_chunks.size() || chunk.used < m_chunks[victim].used)
                victim = i;
        }
        if (victim == m_chunks.size())
            return;
        m_rows -= m_chunks[victim].rows.size();
        m_dropped.emplace_back(m_chunks[victim].start, m_chunks[victim].end());
        m_chunks.erase(m_chunks.begin() + qsizetype(victim));
    }
}

// --- ContainerModelPrivate ---

ContainerModelPrivate::~ContainerModelPrivate() = default;

QVariant ContainerModelPrivate::cell(qint64 position, const ModelRow &row, int column, int role) const
{
    Q_UNUSED(column);
    const QVariant &value = row.pendingWrites > 0 ? row.pendingValue : row.value;
    switch (role) {
    case Qt::DisplayRole:
        return isPlainScalar(value) ? value : QVariant(reprLimited(value, DisplayChars));
    case Qt::EditRole:
    case ContainerModel::RawValueRole:
        return value;
    case Qt::ToolTipRole:
        return reprLimited(value, ToolTipChars);
    case ContainerModel::TypeNameRole:
        return pythonTypeName(value);
    case ContainerModel::VersionRole:
        return row.version == NoVersion ? QVariant() : QVariant(row.version);
    case ContainerModel::KeyRole:
        return row.key.isValid() ? row.key : QVariant(position);
    case ContainerModel::PendingWriteRole:
        return row.pendingWrites > 0;
    case ContainerModel::LoadingRole:
        return false;
    default:
        return {};
    }
}

QVariant ContainerModelPrivate::rowData(qint64 position, int column, int role) const
{
    if (const ModelRow *row = cache.touch(position))
        return cell(position, *row, column, role);
    wantRow(position);
    switch (role) {
    case Qt::DisplayRole:
        //: What a row of an item model shows while its contents are on their way
        return Tr::tr("Loading\u2026");
    case ContainerModel::LoadingRole:
        return true;
    case ContainerModel::PendingWriteRole:
        return false;
    default:
        return {};
    }
}

void ContainerModelPrivate::emitChanged(qint64 from, qint64 to)
{
    Q_Q(ContainerModel);
    if (from > to || from >= length)
        return;
    to = qMin(to, length - 1);
    Q_EMIT q->dataChanged(q->index(int(from), 0), q->index(int(to), columns() - 1));
}

void ContainerModelPrivate::setStatus(ContainerModel::Status value)
{
    Q_Q(ContainerModel);
    if (status == value)
        return;
    status = value;
    Q_EMIT q->statusChanged(value);
}

void ContainerModelPrivate::fail(Error error, const QString &message)
{
    Q_Q(ContainerModel);
    qCDebug(lcClient) << "item model:" << errorName(error) << message;
    setStatus(ContainerModel::Status::Error);
    Q_EMIT q->errorOccurred(error, message);
}

void ContainerModelPrivate::watch(const PendingCall &call,
                                  std::function<void(const PendingCall &)> handler)
{
    Q_Q(ContainerModel);
    auto *watcher = new PendingCallWatcher(call, q);
    QObject::connect(watcher, &PendingCallWatcher::finished, q,
                     [this, gen = generation, handler = std::move(handler)](PendingCallWatcher *w) {
                         w->deleteLater();
                         if (gen == generation)
                             handler(*w);
                     });
}

void ContainerModelPrivate::attach()
{
    Q_Q(ContainerModel);
    Proxy *p = proxy();
    if (!p || p->state() == Proxy::State::Unattached) {
        setStatus(ContainerModel::Status::Unattached);
        return;
    }
    if (p->thread() != q->thread())
        qCWarning(lcClient) << "an item model must live in the thread of its proxy" << p->repr();
    setStatus(ContainerModel::Status::Loading);
    // From the event loop, so that the properties set after construction (pageSize()) count.
    QTimer::singleShot(0, q, [this, gen = generation] {
        if (gen == generation && !subscribed)
            begin();
    });
}

void ContainerModelPrivate::begin()
{
    Q_Q(ContainerModel);
    if (!subscribed) {
        subscribed = true;
        connectSignals(); // subscribes: the server sends the events made after it answers a page
        // Each event's version (rows from events can be written without reading them again)
        // and a dict entry's position. Asked before the first page: every event after it has it.
        proxy()->setChangeInfoEnabled(true);
        connections.push_back(QObject::connect(
                proxy(), &Proxy::stateChanged, q, [this](Proxy::State state, Proxy::State old) {
                    if (state == Proxy::State::Connected && old != Proxy::State::Connected) {
                        Q_Q(ContainerModel);
                        q->refresh(); // events may have been missed meanwhile
                    } else if (state != Proxy::State::Connected) {
                        //: An item model's proxy lost its connection or its object
                        fail(Error::ConnectionLost, Tr::tr("the shared object can no longer be reached"));
                    }
                }));
    }
    setStatus(ContainerModel::Status::Loading);
    sendPage(0, pageSize);
}

void ContainerModelPrivate::detach()
{
    for (const QMetaObject::Connection &c : connections)
        QObject::disconnect(c);
    connections.clear();
}

void ContainerModelPrivate::sendPage(qint64 start, int count)
{
    Q_Q(ContainerModel);
    ++pageRequests;
    auto *watcher = new PendingCallWatcher(requestPage(start, count), q);
    requests.push_back({ start, start + count, watcher });
    QObject::connect(watcher, &PendingCallWatcher::finished, q,
                     [this, gen = generation](PendingCallWatcher *w) { pageArrived(w, gen); });
}

void ContainerModelPrivate::pageArrived(PendingCallWatcher *watcher, qint64 gen)
{
    Q_Q(ContainerModel);
    watcher->deleteLater();
    if (gen != generation)
        return;
    requests.erase(std::remove_if(requests.begin(), requests.end(),
                                  [watcher](const PageRequest &r) { return r.watcher == watcher; }),
                   requests.end());
    const Reply reply = watcher->reply();
    if (!reply.isValid()) {
        fail(reply.error(), reply.errorString());
        return;
    }
    ModelPage page = pageOf(*watcher);
    // The answer was made after every event delivered before it: its positions are the
    // model's positions now.
    if (!ready) {
        ready = true;
        if (page.length > 0) {
            q->beginInsertRows(QModelIndex(), 0, modelRowsFor(page.length) - 1);
            length = page.length;
            cache.fill(page.start, std::move(page.rows));
            cache.takeDropped();
            q->endInsertRows();
        }
        setStatus(ContainerModel::Status::Ready);
    } else {
        if (page.length != length) {
            // Events were lost (they cannot be, while the connection lasts): start over.
            qCWarning(lcClient) << "item model: a page says" << page.length << "rows, the model has"
                                << length << "; reloading";
            q->refresh();
            return;
        }
        const qint64 start = page.start;
        const qint64 count = page.rows.size();
        cache.fill(start, std::move(page.rows));
        emitChanged(start, start + count - 1);
        announceDropped();
        if (status != ContainerModel::Status::Ready)
            setStatus(ContainerModel::Status::Ready);
    }
    // Rows asked for that this page did not bring (they moved meanwhile) are asked for again.
    for (auto it = wanted.begin(); it != wanted.end();) {
        if (*it >= length || cache.row(*it))
            it = wanted.erase(it);
        else
            ++it;
    }
    if (!wanted.empty())
        scheduleFlush();
}

void ContainerModelPrivate::wantRow(qint64 position) const
{
    if (!ready || position < 0 || position >= length)
        return;
    wanted.insert(position);
    scheduleFlush();
}

void ContainerModelPrivate::scheduleFlush() const
{
    if (flushScheduled)
        return;
    flushScheduled = true;
    auto *self = const_cast<ContainerModelPrivate *>(this);
    // After the view's paint has asked for every row it shows: one request per page.
    QTimer::singleShot(0, q_ptr, [self] { self->flush(); });
}

void ContainerModelPrivate::announceDropped()
{
    // Rows dropped from the cache show as loading again: the views are told, as of any
    // change (a view that shows them asks for them again).
    for (const auto &[from, to] : cache.takeDropped())
        emitChanged(from, to - 1);
}

void ContainerModelPrivate::flush()
{
    flushScheduled = false;
    if (!ready)
        return;
    if (cache.size() > cache.limit()) { // grown by events
        cache.trim();
        announceDropped();
    }
    for (auto it = wanted.begin(); it != wanted.end();) {
        const qint64 position = *it;
        if (position >= length || cache.row(position)) {
            it = wanted.erase(it);
            continue;
        }
        const bool covered = std::any_of(requests.begin(), requests.end(), [&](const PageRequest &r) {
            return r.start <= position && position < r.end;
        });
        if (!covered) {
            if (int(requests.size()) >= MaxPagesInFlight)
                break; // the rest when an answer comes
            sendPage(position / pageSize * pageSize, pageSize);
        }
        ++it;
    }
}

void ContainerModelPrivate::applyInserted(qint64 at, const QList<ModelRow> &rows,
                                          std::optional<quint64> movedVersion)
{
    Q_Q(ContainerModel);
    const qint64 count = rows.size();
    if (!ready || count <= 0)
        return;
    at = qBound<qint64>(0, at, length);
    q->beginInsertRows(QModelIndex(), int(at), int(at + count - 1));
    length += count;
    cache.insert(at, count, &rows, movedVersion);
    if (cache.size() > cache.limit())
        scheduleFlush(); // trims the cache from the event loop, not inside the insertion
    std::set<qint64> moved;
    for (qint64 p : wanted) {
        shiftForInsert(p, at, count);
        moved.insert(p);
    }
    wanted.swap(moved);
    for (PageRequest &r : requests) {
        shiftForInsert(r.start, at, count);
        shiftForInsert(r.end, at + 1, count);
    }
    for (const auto &w : writes) {
        shiftForInsert(w->position, at, count);
    }
    q->endInsertRows();
}

void ContainerModelPrivate::applyRemoved(qint64 at, qint64 count, std::optional<quint64> movedVersion)
{
    Q_Q(ContainerModel);
    if (!ready || at < 0 || count <= 0 || at >= length)
        return;
    count = qMin(count, length - at);
    q->beginRemoveRows(QModelIndex(), int(at), int(at + count - 1));
    length -= count;
    cache.remove(at, count, movedVersion);
    std::set<qint64> moved;
    for (qint64 p : wanted) {
        shiftForRemove(p, at, count);
        if (p >= 0)
            moved.insert(p);
    }
    wanted.swap(moved);
    for (PageRequest &r : requests) {
        r.start = r.start >= at + count ? r.start - count : qMin(r.start, at);
        r.end = r.end >= at + count ? r.end - count : qMin(r.end, at);
    }
    for (const auto &w : writes)
        shiftForRemove(w->position, at, count);
    q->endRemoveRows();
}

void ContainerModelPrivate::applyChanged(qint64 at, const QVariantList &values, quint64 version)
{
    if (!ready || values.isEmpty())
        return;
    const qint64 to = qMin<qint64>(at + values.size(), length);
    cache.forEach(at, to, [&](qint64 position, ModelRow &row) {
        row.value = values.at(position - at);
        row.version = version;
    });
    emitChanged(at, to - 1);
}

void ContainerModelPrivate::applyReplaced(const QList<ModelRow> &rows)
{
    Q_Q(ContainerModel);
    if (!ready)
        return;
    // Reordered in place (a sort, a reverse, a stepped assignment: same length): a layout
    // change that leaves the view where it is; persistent indexes keep their rows, as the
    // items cannot be told apart. A new length: a reset.
    const bool sameLength = rows.size() == length;
    if (sameLength)
        Q_EMIT q->layoutAboutToBeChanged();
    else
        q->beginResetModel();
    std::vector<std::pair<qint64, qint64>> held; // the pages held, kept as pages of the new order
    cache.forEach(0, length, [&held](qint64 position, ModelRow &) {
        if (held.empty() || held.back().second != position)
            held.emplace_back(position, position + 1);
        else
            held.back().second = position + 1;
    });
    cache.clear();
    wanted.clear();
    length = rows.size();
    for (const auto &w : writes)
        w->position = -1;
    for (const auto &[from, to] : held) {
        if (from < length)
            cache.fill(from, rows.mid(from, qMin(to, length) - from));
    }
    if (held.empty())
        cache.fill(0, rows.mid(0, qMin<qint64>(length, pageSize)));
    cache.takeDropped();
    if (sameLength)
        Q_EMIT q->layoutChanged();
    else
        q->endResetModel();
}

void ContainerModelPrivate::applyCleared()
{
    if (!ready || length == 0)
        return;
    applyRemoved(0, length, std::nullopt);
}

void ContainerModelPrivate::applyRemovedSomewhere()
{
    Q_Q(ContainerModel);
    if (!ready || length == 0)
        return;
    // Which row went is unknown: the count is right if the last row goes; then every row
    // changed, as far as the model knows, and is fetched again as the view asks for it.
    q->beginRemoveRows(QModelIndex(), int(length - 1), int(length - 1));
    --length;
    cache.remove(length, 1, std::nullopt);
    for (const auto &w : writes) {
        if (w->position >= length)
            w->position = -1;
    }
    wanted.erase(wanted.lower_bound(length), wanted.end());
    q->endRemoveRows();
    cache.clear();
    if (length > 0)
        emitChanged(0, length - 1);
}

std::shared_ptr<ModelWrite> ContainerModelPrivate::newWrite(qint64 position, const ModelRow &row,
                                                            const QVariant &value)
{
    auto write = std::make_shared<ModelWrite>();
    write->position = position;
    write->sentAt = position;
    write->key = row.key;
    write->attempted = value;
    write->seen = row.pendingWrites > 0 ? row.pendingValue : row.value;
    writes.push_back(write);
    return write;
}

qint64 ContainerModelPrivate::locate(const ModelWrite &write) const
{
    if (write.position >= 0) {
        const ModelRow *row = cache.row(write.position);
        if (!write.key.isValid() || (row && pythonEquals(row->key, write.key)))
            return write.position;
    }
    return write.key.isValid() ? cache.findKey(write.key) : -1;
}

void ContainerModelPrivate::endWrite(const std::shared_ptr<ModelWrite> &write)
{
    writes.erase(std::remove(writes.begin(), writes.end(), write), writes.end());
}

void ContainerModelPrivate::writeDone(const std::shared_ptr<ModelWrite> &write, bool ok,
                                      const QVariant &current, bool currentKnown, quint64 version,
                                      qint64 outcomeAt)
{
    Q_Q(ContainerModel);
    endWrite(write);
    const qint64 shownAt = locate(*write);
    if (ModelRow *shown = shownAt >= 0 ? cache.row(shownAt) : nullptr) {
        shown->pendingWrites = qMax(0, shown->pendingWrites - 1);
        if (shown->pendingWrites == 0)
            shown->pendingValue = QVariant();
        emitChanged(shownAt, shownAt);
    }
    const qint64 position = outcomeAt >= 0 ? outcomeAt : shownAt;
    ModelRow *row = position >= 0 && position < length ? cache.row(position) : nullptr;
    if (row) {
        if (ok) {
            row->value = write->attempted;
            row->version = version;
        } else if (currentKnown) {
            row->value = current;
            row->version = version;
        }
        emitChanged(position, position);
    }
    const QModelIndex index = row ? valueIndex(position) : QModelIndex();
    if (ok)
        Q_EMIT q->writeSucceeded(index);
    else
        Q_EMIT q->writeConflict(index, currentKnown ? current : QVariant(), write->attempted);
    if (const std::shared_ptr<ModelWrite> next = write->followUp) {
        if (ok)
            startWriteNow(next);
        else // made on top of a value that did not go in
            writeDone(next, false, current, currentKnown, version, outcomeAt);
    }
}

void ContainerModelPrivate::startWriteNow(const std::shared_ptr<ModelWrite> &write)
{
    const qint64 position = locate(*write);
    const ModelRow *row = position >= 0 ? cache.row(position) : nullptr;
    // A row no longer held is read again first (as one of unknown version).
    startWrite(write, row ? *row : ModelRow { write->key, write->seen, NoVersion, {}, 0 });
}

QModelIndex ContainerModelPrivate::valueIndex(qint64 position) const
{
    Q_Q(const ContainerModel);
    for (int column = 0; column < columns(); ++column) {
        if (isValueColumn(column))
            return q->index(int(position), column);
    }
    return {};
}

void ContainerModelPrivate::writeFailed(const std::shared_ptr<ModelWrite> &write, Error error,
                                        const QString &message)
{
    Q_Q(ContainerModel);
    endWrite(write);
    const qint64 position = locate(*write);
    if (ModelRow *row = position >= 0 ? cache.row(position) : nullptr) {
        row->pendingWrites = qMax(0, row->pendingWrites - 1);
        if (row->pendingWrites == 0)
            row->pendingValue = QVariant();
        emitChanged(position, position);
    }
    Q_EMIT q->errorOccurred(error, message);
    if (const std::shared_ptr<ModelWrite> next = write->followUp)
        writeFailed(next, error, message);
}

// --- ContainerModel ---

ContainerModel::ContainerModel(ContainerModelPrivate &dd, QObject *parent)
    : QAbstractTableModel(parent), d_ptr(&dd)
{
    d_ptr->q_ptr = this;
}

ContainerModel::~ContainerModel()
{
    Q_D(ContainerModel);
    d->detach();
}

ContainerModel::Status ContainerModel::status() const
{
    Q_D(const ContainerModel);
    return d->status;
}

bool ContainerModel::isReadOnly() const
{
    Q_D(const ContainerModel);
    return d->readOnly;
}

void ContainerModel::setReadOnly(bool readOnly)
{
    Q_D(ContainerModel);
    if (d->readOnly == readOnly)
        return;
    d->readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { });
}

int ContainerModel::pageSize() const
{
    Q_D(const ContainerModel);
    return d->pageSize;
}

void ContainerModel::setPageSize(int rows)
{
    Q_D(ContainerModel);
    d->pageSize = qBound(1, rows, 10000);
    d->cache.setPageSize(d->pageSize);
    d->cache.setLimit(qMax(d->cache.limit(), 2 * qint64(d->pageSize)));
}

int ContainerModel::cacheLimit() const
{
    Q_D(const ContainerModel);
    return int(d->cache.limit());
}

void ContainerModel::setCacheLimit(int rows)
{
    Q_D(ContainerModel);
    if (d->pagesCoverAll())
        return; // everything is kept
    d->cache.setLimit(qMax(qint64(rows), 2 * qint64(d->pageSize)));
    if (d->cache.size() > d->cache.limit())
        d->scheduleFlush(); // trims it
}

qint64 ContainerModel::cachedRowCount() const
{
    Q_D(const ContainerModel);
    return d->cache.size();
}

qint64 ContainerModel::pageRequestCount() const
{
    Q_D(const ContainerModel);
    return d->pageRequests;
}

int ContainerModel::pendingPageCount() const
{
    Q_D(const ContainerModel);
    return int(d->requests.size());
}

void ContainerModel::refresh()
{
    Q_D(ContainerModel);
    beginResetModel();
    ++d->generation;
    for (const auto &r : d->requests)
        r.watcher->deleteLater();
    d->requests.clear();
    d->wanted.clear();
    d->cache.clear();
    d->length = 0;
    d->ready = false;
    for (const auto &w : d->writes)
        w->position = -1;
    d->writes.clear();
    endResetModel();
    Proxy *p = d->proxy();
    if (!p || p->state() == Proxy::State::Unattached) {
        d->setStatus(Status::Unattached);
        return;
    }
    d->begin();
}

int ContainerModel::rowCount(const QModelIndex &parent) const
{
    Q_D(const ContainerModel);
    return parent.isValid() ? 0 : d->modelRows();
}

int ContainerModel::columnCount(const QModelIndex &parent) const
{
    Q_D(const ContainerModel);
    return parent.isValid() ? 0 : d->columns();
}

QVariant ContainerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    Q_D(const ContainerModel);
    if (orientation == Qt::Horizontal && section >= 0 && section < d->columns())
        return d->header(section, role);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section;
    return {};
}

QVariant ContainerModel::data(const QModelIndex &index, int role) const
{
    Q_D(const ContainerModel);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 position = d->positionOf(index);
    if (position < 0 || position >= d->length)
        return {};
    return d->rowData(position, index.column(), role);
}

bool ContainerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    Q_D(ContainerModel);
    if (d->readOnly || role != Qt::EditRole || !index.isValid() || index.model() != this
        || !d->isValueColumn(index.column()))
        return false;
    const qint64 position = d->positionOf(index);
    ModelRow *row = position >= 0 && position < d->length ? d->cache.touch(position) : nullptr;
    if (!row)
        return false; // not loaded: nothing was seen to edit
    // An edit of a row whose last edit is on its way waits for it: its version comes with it.
    std::shared_ptr<ModelWrite> earlier;
    if (row->pendingWrites > 0) {
        for (const auto &w : d->writes) {
            if (!w->followUp && d->locate(*w) == position)
                earlier = w;
        }
    }
    const std::shared_ptr<ModelWrite> write = d->newWrite(position, *row, value);
    ++row->pendingWrites;
    row->pendingValue = value;
    const ModelRow snapshot = *row;
    d->emitChanged(position, position);
    if (earlier)
        earlier->followUp = write;
    else
        d->startWrite(write, snapshot);
    return true;
}

Qt::ItemFlags ContainerModel::flags(const QModelIndex &index) const
{
    Q_D(const ContainerModel);
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    const qint64 position = d->positionOf(index);
    if (position < 0 || position >= d->length)
        return Qt::NoItemFlags;
    f |= Qt::ItemNeverHasChildren;
    if (!d->readOnly && d->isValueColumn(index.column()) && d->cache.row(position))
        f |= Qt::ItemIsEditable;
    return f;
}

QHash<int, QByteArray> ContainerModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LoadingRole, QByteArrayLiteral("loading"));
    names.insert(VersionRole, QByteArrayLiteral("version"));
    names.insert(RawValueRole, QByteArrayLiteral("rawValue"));
    names.insert(TypeNameRole, QByteArrayLiteral("typeName"));
    names.insert(KeyRole, QByteArrayLiteral("key"));
    names.insert(PendingWriteRole, QByteArrayLiteral("pendingWrite"));
    return names;
}

} // namespace LibManager
