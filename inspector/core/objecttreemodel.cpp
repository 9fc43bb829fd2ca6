// SPDX-License-Identifier: BSD-3-Clause
#include "objecttreemodel.h"
#include "clientnames.h"
#include "inspectorsession.h"

#include <libmanager/pendingcallwatcher.h>

#include <QtCore/qlocale.h>
#include <QtCore/qtimer.h>
#include <QtGui/qbrush.h>
#include <QtGui/qfont.h>
#include <QtGui/qguiapplication.h>
#include <QtGui/qicon.h>
#include <QtGui/qpainter.h>
#include <QtGui/qpalette.h>
#include <QtGui/qpixmap.h>

#include <algorithm>

namespace Inspector {

namespace {
constexpr int PageSize = 1000;           // the server's largest page
constexpr int DirtyIntervalMs = 250;     // changed objects are read again at most this often
constexpr int MaxInFlight = 4;           // page requests in flight (re-reads)
constexpr int MaxReadRun = 100;          // objects per re-read page
constexpr int MaxReadGap = 16;           // unchanged objects a re-read page may span
constexpr int FadeTickMs = 50;
constexpr int RepaintMs = 16;            // changed rows are told to the view at most this often
constexpr int MaxAnimated = 500;         // above: the dot only, no fading background
constexpr int BigModel = 100000;         // above: rows are inserted at most every 100 ms
constexpr int PollMs = 2000;             // without the event stream
constexpr int SlowPollMs = 10000;
constexpr int StreamFallbackMs = 3000;   // a stream that started at sequence 0 says nothing

enum StandardGroup { Containers, Values, Queues, Synchronization, Custom };

int standardGroup(const QString &typeId)
{
    static const QHash<QString, int> groups {
        { QStringLiteral("Namespace"), Containers },  { QStringLiteral("dict"), Containers },
        { QStringLiteral("list"), Containers },       { QStringLiteral("Value"), Values },
        { QStringLiteral("Array"), Values },          { QStringLiteral("Queue"), Queues },
        { QStringLiteral("JoinableQueue"), Queues },  { QStringLiteral("Lock"), Synchronization },
        { QStringLiteral("RLock"), Synchronization }, { QStringLiteral("Semaphore"), Synchronization },
        { QStringLiteral("BoundedSemaphore"), Synchronization },
        { QStringLiteral("Condition"), Synchronization }, { QStringLiteral("Event"), Synchronization },
        { QStringLiteral("Barrier"), Synchronization },
    };
    return groups.value(typeId, Custom);
}

template<typename List>
qsizetype lowerBoundById(const List &list, quint64 id)
{
    const auto it = std::lower_bound(list.cbegin(), list.cend(), id,
                                     [](const auto *object, quint64 value) { return object->info.id < value; });
    return it - list.cbegin();
}

// The dot's room on rows without it, so that names do not move when a row changes.
QIcon noDot()
{
    static const QIcon icon = [] {
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        return QIcon(pixmap);
    }();
    return icon;
}

QIcon changeDot()
{
    // Drawn from the palette each time the palette changes (dark mode).
    static QIcon icon;
    static QRgb made = 0;
    const QColor colour = QGuiApplication::palette().color(QPalette::Highlight);
    if (icon.isNull() || made != colour.rgba()) {
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(2, 2, 8, 8));
        painter.end();
        icon = QIcon(pixmap);
        made = colour.rgba();
    }
    return icon;
}
} // namespace

ObjectTreeModel::ObjectTreeModel(InspectorSession *session, QObject *parent)
    : QAbstractItemModel(parent), m_session(session)
{
    m_clock.start();
    m_names = new ClientNames(session, this);
    for (int order = Containers; order < Custom; ++order) {
        auto group = std::make_unique<Group>();
        group->order = order;
        group->standard = true;
        m_groups.push_back(std::move(group));
    }
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &ObjectTreeModel::flush);
    m_touchTimer = new QTimer(this);
    m_touchTimer->setSingleShot(true);
    m_touchTimer->setInterval(RepaintMs);
    connect(m_touchTimer, &QTimer::timeout, this, &ObjectTreeModel::flushTouched);
    m_dirtyTimer = new QTimer(this);
    m_dirtyTimer->setSingleShot(true);
    m_dirtyTimer->setInterval(DirtyIntervalMs);
    connect(m_dirtyTimer, &QTimer::timeout, this, &ObjectTreeModel::readDirty);
    m_fadeTimer = new QTimer(this);
    m_fadeTimer->setInterval(FadeTickMs);
    connect(m_fadeTimer, &QTimer::timeout, this, &ObjectTreeModel::tick);
    m_ageTimer = new QTimer(this);
    m_ageTimer->setInterval(1000);
    connect(m_ageTimer, &QTimer::timeout, this, &ObjectTreeModel::ageTick);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &ObjectTreeModel::startSnapshot);
    m_streamTimer = new QTimer(this);
    m_streamTimer->setSingleShot(true);
    m_streamTimer->setInterval(StreamFallbackMs);
    connect(m_streamTimer, &QTimer::timeout, this, [this] {
        if (m_streamWaiting) {
            m_streamWaiting = false;
            startSnapshot();
        }
    });

    connect(m_names, &ClientNames::namesChanged, this, [this] {
        // Holders and origins are named in two columns of every row.
        if (m_flat) {
            if (!m_all.isEmpty())
                Q_EMIT dataChanged(index(0, StateColumn), index(int(m_all.size()) - 1, LastChangeColumn));
            return;
        }
        for (int g = 0; g < int(m_groups.size()); ++g) {
            const QModelIndex parent = index(g, 0);
            const int rows = int(m_groups[g]->rows.size());
            if (rows > 0)
                Q_EMIT dataChanged(index(0, StateColumn, parent), index(rows - 1, LastChangeColumn, parent));
        }
    });
    connect(session, &InspectorSession::connected, this, &ObjectTreeModel::attach);
    connect(session, &InspectorSession::pausedChanged, this, [this](bool paused) {
        if (!paused)
            replayPaused();
    });
    attach();
}

ObjectTreeModel::~ObjectTreeModel()
{
    qDeleteAll(m_objects);
    qDeleteAll(m_pendingRemove);
}

void ObjectTreeModel::setFlat(bool flat)
{
    if (m_flat == flat)
        return;
    beginResetModel();
    m_flat = flat;
    m_touched.clear(); // the reset repaints everything
    endResetModel();
    Q_EMIT flatChanged(flat);
}

void ObjectTreeModel::setPreviewChars(int chars)
{
    m_previewChars = qBound(0, chars, 1000);
}

void ObjectTreeModel::setHighlightDuration(int ms)
{
    m_highlightMs = qMax(0, ms);
    if (m_highlightMs == 0 && !m_highlighted.isEmpty()) {
        const QSet<Object *> highlighted = std::exchange(m_highlighted, {});
        m_fadeTimer->stop();
        for (Object *object : highlighted) {
            object->highlightAt = -1;
            touch(object, ObjectColumn, LastChangeColumn);
        }
    }
}

void ObjectTreeModel::setFadeEnabled(bool fade)
{
    m_fade = fade;
}

void ObjectTreeModel::reload()
{
    startSnapshot();
}

// --- Feeding -------------------------------------------------------------------------------

void ObjectTreeModel::attach()
{
    LibManager::Introspector *introspector = m_session->introspector();
    if (!introspector || introspector == m_introspector)
        return;
    const QByteArray serverId = introspector->token().serverId();
    if (!m_serverId.isEmpty() && serverId != m_serverId)
        clearAll(); // another server: its ids mean other objects
    m_serverId = serverId;
    m_introspector = introspector;
    ++m_generation; // answers of the lost connection are not this one's
    m_paused.clear();
    m_pausedOverflow = false;
    m_inFlight = 0;
    m_dirty.clear();

    if (!m_session->capabilities().hasEventStream()) {
        m_polling = true;
        startSnapshot();
        return;
    }
    m_polling = false;
    using LibManager::Introspector;
    connect(introspector, &Introspector::streamStarted, this, [this] {
        m_streamWaiting = false;
        m_streamTimer->stop();
        startSnapshot();
    });
    connect(introspector, &Introspector::resyncNeeded, this,
            [this] { deliver([this] { startSnapshot(); }); });
    connect(introspector, &Introspector::objectCreated, this,
            [this](const LibManager::ObjectEvent &e) { deliver([this, e] { onCreated(e); }); });
    connect(introspector, &Introspector::objectReleased, this,
            [this](const LibManager::ObjectEvent &e) { deliver([this, e] { onReleased(e); }); });
    connect(introspector, &Introspector::referencesChanged, this,
            [this](const LibManager::ObjectEvent &e) { deliver([this, e] { onReferences(e); }); });
    connect(introspector, &Introspector::objectChanged, this,
            [this](const LibManager::ObjectEvent &e) { deliver([this, e] { onChanged(e); }); });
    connect(introspector, &Introspector::syncEvent, this,
            [this](const LibManager::SyncEvent &e) { deliver([this, e] { onSync(e); }); });
    // Connecting subscribed. A stream some other view started already runs: the snapshot can
    // be read now; otherwise streamStarted() comes from the event loop.
    if (introspector->streamSequence() > 0) {
        startSnapshot();
    } else {
        m_streamWaiting = true;
        m_streamTimer->start();
    }
}

void ObjectTreeModel::startSnapshot()
{
    if (!m_introspector)
        return;
    ++m_generation;
    setLoading(true);
    requestPage(0, m_generation);
}

void ObjectTreeModel::requestPage(quint64 after, int generation)
{
    if (!m_introspector)
        return;
    QElapsedTimer took;
    took.start();
    auto *watcher = new LibManager::PendingCallWatcher(
            m_introspector->objectsPageAsync(after, PageSize, {}, m_previewChars), this);
    connect(watcher, &LibManager::PendingCallWatcher::finished, this,
            [this, after, generation, took](LibManager::PendingCallWatcher *call) {
                call->deleteLater();
                const LibManager::PendingReply<LibManager::ObjectPage> reply(*call);
                const qint64 elapsed = took.elapsed();
                deliver([this, after, generation, reply, elapsed] {
                    if (generation != m_generation)
                        return;
                    if (!reply.isValid()) {
                        setLoading(false);
                        if (m_polling)
                            m_pollTimer->start(SlowPollMs);
                        return;
                    }
                    const LibManager::ObjectPage page = reply.value();
                    applyPage(after, page, true);
                    if (!page.atEnd && !page.objects.isEmpty()) {
                        requestPage(page.next, generation);
                        return;
                    }
                    setLoading(false);
                    if (m_polling)
                        m_pollTimer->start(elapsed > 100 ? SlowPollMs : PollMs);
                });
            });
}

void ObjectTreeModel::applyPage(quint64 after, const LibManager::ObjectPage &page, bool snapshot)
{
    // A page is newer than every event that came before it on this connection (one FIFO
    // connection): what it says wins; what it leaves out of the range it covers is gone.
    if (snapshot) {
        m_total = page.total;
        const bool toEnd = page.atEnd || page.objects.isEmpty();
        const quint64 last = toEnd ? std::numeric_limits<quint64>::max() : page.objects.constLast().id;
        QSet<quint64> present;
        present.reserve(page.objects.size());
        for (const LibManager::ObjectInfo &info : page.objects)
            present.insert(info.id);
        QList<Object *> gone;
        for (auto it = m_objects.lowerBound(after + 1); it != m_objects.end() && it.key() <= last; ++it) {
            if (!present.contains(it.key()))
                gone.append(it.value());
        }
        for (Object *object : std::as_const(gone))
            removeObject(object);
    }
    for (const LibManager::ObjectInfo &info : page.objects) {
        Object *known = m_objects.value(info.id);
        if (known && known->info.typeId != info.typeId) {
            removeObject(known); // not the object the row showed: another group, maybe
            known = nullptr;
        }
        if (known) {
            const bool changed = info.version != known->info.version;
            updateObject(known, info);
            if (changed && snapshot && m_polling)
                highlight(known);
        } else {
            addObject(info);
        }
    }
    Q_EMIT countsChanged();
}

void ObjectTreeModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void ObjectTreeModel::deliver(std::function<void()> event)
{
    // Paused: events and replies wait, in the order they came, so that what was read and
    // what changed afterwards still apply in order on resume.
    if (!m_session->isPaused()) {
        event();
        return;
    }
    if (m_pausedOverflow)
        return;
    if (m_paused.size() >= MaxPaused) {
        m_paused.clear();
        m_pausedOverflow = true;
        ++m_generation; // replies of the current snapshot are dropped with the buffer
        return;
    }
    m_paused.append(std::move(event));
}

void ObjectTreeModel::replayPaused()
{
    const QList<std::function<void()>> events = std::exchange(m_paused, {});
    const bool overflow = std::exchange(m_pausedOverflow, false);
    if (overflow) {
        startSnapshot();
        return;
    }
    for (const auto &event : events)
        event();
    if (!m_dirty.isEmpty() && !m_dirtyTimer->isActive())
        m_dirtyTimer->start();
}

void ObjectTreeModel::onCreated(const LibManager::ObjectEvent &event)
{
    ++m_total;
    if (m_objects.contains(event.object)) {
        Q_EMIT countsChanged();
        return;
    }
    LibManager::ObjectInfo info;
    info.id = event.object;
    info.typeId = event.typeId;
    info.creator = event.client;
    info.createdAt = event.time;
    info.token = m_session->token(event.object, event.typeId);
    Object *object = addObject(info);
    object->syncAt = event.time;
    object->syncBy = event.client;
    highlight(object);
    markDirty(event.object);
    Q_EMIT countsChanged();
}

void ObjectTreeModel::onReleased(const LibManager::ObjectEvent &event)
{
    m_total = qMax<qint64>(0, m_total - 1);
    if (Object *object = m_objects.value(event.object))
        removeObject(object);
    Q_EMIT countsChanged();
}

void ObjectTreeModel::onReferences(const LibManager::ObjectEvent &event)
{
    Object *object = m_objects.value(event.object);
    if (!object)
        return;
    object->info.references = event.references;
    touch(object, RefsColumn, RefsColumn);
    markDirty(event.object); // per client, and names: only a page says
}

void ObjectTreeModel::onChanged(const LibManager::ObjectEvent &event)
{
    Object *object = m_objects.value(event.object);
    if (!object)
        return;
    if (event.version >= object->info.version) {
        object->info.version = event.version;
        object->info.changedAt = event.changedAt.isValid() ? event.changedAt : event.time;
        object->info.changedBy = event.client;
    }
    highlight(object);
    touch(object, ObjectColumn, LastChangeColumn);
    markDirty(event.object);
}

void ObjectTreeModel::onSync(const LibManager::SyncEvent &event)
{
    Object *object = m_objects.value(event.object);
    if (!object)
        return;
    object->syncAt = event.time;
    object->syncBy = event.client;
    highlight(object);
    touch(object, ObjectColumn, LastChangeColumn);
    markDirty(event.object);
}

ObjectTreeModel::Object *ObjectTreeModel::addObject(const LibManager::ObjectInfo &info)
{
    auto *object = new Object;
    object->info = info;
    object->group = groupFor(info.typeId);
    m_objects.insert(info.id, object);
    m_pendingInsert.append(object);
    scheduleFlush();
    return object;
}

void ObjectTreeModel::removeObject(Object *object)
{
    const quint64 id = object->info.id;
    m_objects.remove(id);
    m_dirty.remove(id);
    m_highlighted.remove(object);
    m_recent.remove(object);
    m_touched.remove(object);
    if (object->inView) {
        m_pendingRemove.append(object);
        scheduleFlush();
    } else {
        m_pendingInsert.removeOne(object);
        delete object;
    }
    Q_EMIT objectRemoved(id);
}

void ObjectTreeModel::updateObject(Object *object, const LibManager::ObjectInfo &info)
{
    const LibManager::ObjectInfo &old = object->info;
    const bool visible = old.references != info.references || old.subscribers != info.subscribers
            || old.version != info.version || old.changedAt != info.changedAt
            || old.changedBy != info.changedBy || old.state != info.state || old.holder != info.holder
            || old.waiting != info.waiting || old.preview != info.preview || old.names != info.names
            || old.className != info.className || old.length != info.length;
    object->info = info;
    if (object->info.changedAt.isValid() && object->info.changedAt.secsTo(QDateTime::currentDateTime()) < 3600)
        m_recent.insert(object);
    if (!m_recent.isEmpty() && !m_ageTimer->isActive())
        m_ageTimer->start();
    if (visible)
        touch(object, ObjectColumn, LastChangeColumn);
    Q_EMIT objectUpdated(info.id);
}

void ObjectTreeModel::touch(Object *object, int firstColumn, int lastColumn)
{
    // Coalesced: a row changed by many events is repainted once per tick, and neighbouring
    // rows in one dataChanged.
    Q_UNUSED(firstColumn);
    Q_UNUSED(lastColumn);
    if (!object->inView)
        return;
    m_touched.insert(object);
    if (!m_touchTimer->isActive())
        m_touchTimer->start();
}

void ObjectTreeModel::flushTouched()
{
    if (m_touched.isEmpty())
        return;
    const QSet<Object *> touched = std::exchange(m_touched, {});
    // By parent (a group, or none when flat), then runs of rows.
    QHash<Group *, QList<int>> rows;
    for (Object *object : touched) {
        const int row = rowOf(object);
        if (row >= 0)
            rows[m_flat ? nullptr : object->group].append(row);
    }
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        QList<int> &list = it.value();
        std::sort(list.begin(), list.end());
        const QModelIndex parent = it.key() ? index(groupRow(it.key()), 0) : QModelIndex();
        qsizetype i = 0;
        while (i < list.size()) {
            qsizetype j = i;
            while (j + 1 < list.size() && list.at(j + 1) == list.at(j) + 1)
                ++j;
            Q_EMIT dataChanged(index(list.at(i), 0, parent), index(list.at(j), ColumnCount - 1, parent));
            i = j + 1;
        }
    }
}

void ObjectTreeModel::highlight(Object *object)
{
    m_recent.insert(object);
    if (!m_ageTimer->isActive())
        m_ageTimer->start();
    if (m_highlightMs <= 0)
        return;
    object->highlightAt = m_clock.elapsed();
    m_highlighted.insert(object);
    if (!m_fadeTimer->isActive())
        m_fadeTimer->start();
}

void ObjectTreeModel::markDirty(quint64 objectId)
{
    m_dirty.insert(objectId);
    if (!m_dirtyTimer->isActive() && !m_session->isPaused())
        m_dirtyTimer->start();
}

void ObjectTreeModel::readDirty()
{
    if (!m_introspector || m_session->isPaused())
        return;
    QList<quint64> ids(m_dirty.cbegin(), m_dirty.cend());
    std::sort(ids.begin(), ids.end());
    qsizetype next = 0;
    while (m_inFlight < MaxInFlight && next < ids.size()) {
        const quint64 first = ids.at(next);
        if (!m_dirty.contains(first)) {
            ++next;
            continue;
        }
        // A run of changed objects, with few unchanged ones between them: one page.
        int count = 0;
        int lastDirty = 0;
        for (auto it = m_objects.lowerBound(first); it != m_objects.end() && count < MaxReadRun; ++it) {
            ++count;
            if (m_dirty.remove(it.key()))
                lastDirty = count;
            else if (count - lastDirty > MaxReadGap)
                break;
        }
        m_dirty.remove(first); // gone already, if it was not among them
        ++next;
        if (lastDirty == 0)
            continue;
        ++m_inFlight;
        const int generation = m_generation;
        auto *watcher = new LibManager::PendingCallWatcher(
                m_introspector->objectsPageAsync(first - 1, lastDirty, {}, m_previewChars), this);
        connect(watcher, &LibManager::PendingCallWatcher::finished, this,
                [this, first, generation](LibManager::PendingCallWatcher *call) {
                    call->deleteLater();
                    m_inFlight = qMax(0, m_inFlight - 1);
                    const LibManager::PendingReply<LibManager::ObjectPage> reply(*call);
                    deliver([this, first, generation, reply] {
                        if (reply.isValid() && generation == m_generation)
                            applyPage(first - 1, reply.value(), false);
                    });
                    if (!m_dirty.isEmpty() && !m_dirtyTimer->isActive())
                        m_dirtyTimer->start();
                });
    }
    if (!m_dirty.isEmpty() && !m_dirtyTimer->isActive())
        m_dirtyTimer->start();
}

// --- Applying to the view ----------------------------------------------------------------

void ObjectTreeModel::scheduleFlush()
{
    if (m_flushTimer->isActive())
        return;
    // Big models: one batch per 100 ms, so that a flood of new objects is a few inserts.
    m_flushTimer->start(m_all.size() > BigModel ? 100 : 0);
}

void ObjectTreeModel::flush()
{
    const bool structural = !m_pendingRemove.isEmpty() || !m_pendingInsert.isEmpty();
    flushRemovals();
    flushInserts();
    // Custom groups without objects go.
    for (int g = int(m_groups.size()) - 1; g >= 0; --g) {
        Group *group = m_groups[g].get();
        if (group->standard || !group->rows.isEmpty())
            continue;
        const bool waiting = std::any_of(m_pendingInsert.cbegin(), m_pendingInsert.cend(),
                                         [group](const Object *o) { return o->group == group; });
        if (waiting)
            continue;
        if (!m_flat)
            beginRemoveRows({}, g, g);
        m_groups.erase(m_groups.begin() + g);
        if (!m_flat)
            endRemoveRows();
    }
    if (structural && !m_flat && !m_groups.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, 0)); // the counts
    Q_EMIT countsChanged();
}

void ObjectTreeModel::flushRemovals()
{
    if (m_pendingRemove.isEmpty())
        return;
    QList<Object *> victims = std::exchange(m_pendingRemove, {});
    std::sort(victims.begin(), victims.end(),
              [](const Object *a, const Object *b) { return a->info.id < b->info.id; });
    // Contiguous runs, last first, so that earlier rows keep their numbers.
    const auto removeFrom = [this](QList<Object *> &list, const QList<Object *> &gone,
                                   const QModelIndex &parent, bool tell) {
        QList<qsizetype> rows;
        rows.reserve(gone.size());
        for (const Object *object : gone) {
            const qsizetype row = lowerBoundById(list, object->info.id);
            if (row < list.size() && list.at(row) == object)
                rows.append(row);
        }
        std::sort(rows.begin(), rows.end());
        qsizetype i = rows.size() - 1;
        while (i >= 0) {
            const qsizetype last = rows.at(i);
            qsizetype first = last;
            while (i > 0 && rows.at(i - 1) == first - 1) {
                --i;
                --first;
            }
            --i;
            if (tell)
                beginRemoveRows(parent, int(first), int(last));
            list.remove(first, last - first + 1);
            if (tell)
                endRemoveRows();
        }
    };
    removeFrom(m_all, victims, {}, m_flat);
    for (int g = 0; g < int(m_groups.size()); ++g) {
        Group *group = m_groups[g].get();
        QList<Object *> mine;
        for (Object *object : std::as_const(victims)) {
            if (object->group == group)
                mine.append(object);
        }
        if (!mine.isEmpty())
            removeFrom(group->rows, mine, m_flat ? QModelIndex() : index(g, 0), !m_flat);
    }
    qDeleteAll(victims);
}

void ObjectTreeModel::flushInserts()
{
    if (m_pendingInsert.isEmpty())
        return;
    QList<Object *> added = std::exchange(m_pendingInsert, {});
    std::sort(added.begin(), added.end(),
              [](const Object *a, const Object *b) { return a->info.id < b->info.id; });
    // Merged in id order: one insert per run of new rows that land together (a page, a burst
    // of new objects at the end).
    const auto insertInto = [this](QList<Object *> &list, const QList<Object *> &items,
                                   const QModelIndex &parent, bool tell) {
        qsizetype i = 0;
        while (i < items.size()) {
            const qsizetype at = lowerBoundById(list, items.at(i)->info.id);
            qsizetype j = i + 1;
            while (j < items.size() && (at == list.size() || items.at(j)->info.id < list.at(at)->info.id))
                ++j;
            if (tell)
                beginInsertRows(parent, int(at), int(at + (j - i) - 1));
            list.insert(at, j - i, nullptr);
            for (qsizetype k = 0; k < j - i; ++k)
                list[at + k] = items.at(i + k);
            if (tell)
                endInsertRows();
            i = j;
        }
    };
    for (Object *object : std::as_const(added))
        object->inView = true;
    insertInto(m_all, added, {}, m_flat);
    for (int g = 0; g < int(m_groups.size()); ++g) {
        Group *group = m_groups[g].get();
        QList<Object *> mine;
        for (Object *object : std::as_const(added)) {
            if (object->group == group)
                mine.append(object);
        }
        if (!mine.isEmpty())
            insertInto(group->rows, mine, m_flat ? QModelIndex() : index(g, 0), !m_flat);
    }
    for (Object *object : std::as_const(added))
        Q_EMIT objectUpdated(object->info.id);
}

void ObjectTreeModel::tick()
{
    const qint64 now = m_clock.elapsed();
    const bool animate = m_fade && m_highlighted.size() <= MaxAnimated;
    QList<Object *> ended;
    for (Object *object : std::as_const(m_highlighted)) {
        const bool over = now - object->highlightAt >= m_highlightMs;
        if (over)
            ended.append(object);
        else if (animate)
            touch(object, ObjectColumn, LastChangeColumn);
    }
    for (Object *object : std::as_const(ended)) {
        object->highlightAt = -1;
        m_highlighted.remove(object);
        touch(object, ObjectColumn, LastChangeColumn);
    }
    if (m_highlighted.isEmpty())
        m_fadeTimer->stop();
}

void ObjectTreeModel::ageTick()
{
    // Ages in cells move: every second under a minute, every 30 s under an hour; then the
    // cell shows a time, which stays.
    ++m_ageTicks;
    const QDateTime now = QDateTime::currentDateTime();
    QList<Object *> old;
    for (Object *object : std::as_const(m_recent)) {
        const QDateTime when = lastChange(object, nullptr);
        const qint64 age = when.isValid() ? when.secsTo(now) : 3600;
        if (age >= 3600)
            old.append(object);
        if (age < 60 || age >= 3600 || m_ageTicks % 30 == 0)
            touch(object, LastChangeColumn, LastChangeColumn);
    }
    for (Object *object : std::as_const(old))
        m_recent.remove(object);
    if (m_recent.isEmpty())
        m_ageTimer->stop();
}

void ObjectTreeModel::clearAll()
{
    beginResetModel();
    qDeleteAll(m_objects);
    qDeleteAll(m_pendingRemove);
    m_objects.clear();
    m_pendingRemove.clear();
    m_pendingInsert.clear();
    m_all.clear();
    m_dirty.clear();
    m_highlighted.clear();
    m_recent.clear();
    m_touched.clear();
    m_groups.erase(std::remove_if(m_groups.begin(), m_groups.end(),
                                  [](const std::unique_ptr<Group> &g) { return !g->standard; }),
                   m_groups.end());
    for (const auto &group : m_groups)
        group->rows.clear();
    m_total = 0;
    endResetModel();
    Q_EMIT countsChanged();
}

ObjectTreeModel::Group *ObjectTreeModel::groupFor(const QString &typeId)
{
    const int order = standardGroup(typeId);
    if (order != Custom)
        return m_groups[order].get();
    const auto found = std::find_if(m_groups.cbegin(), m_groups.cend(), [&](const auto &g) {
        return !g->standard && g->key == typeId;
    });
    if (found != m_groups.cend())
        return found->get();
    const auto at = std::find_if(m_groups.cbegin(), m_groups.cend(), [&](const auto &g) {
        return !g->standard && g->key > typeId;
    });
    const int row = int(at - m_groups.cbegin());
    auto group = std::make_unique<Group>();
    group->key = typeId;
    group->order = Custom;
    Group *made = group.get();
    if (!m_flat)
        beginInsertRows({}, row, row);
    m_groups.insert(m_groups.begin() + row, std::move(group));
    if (!m_flat)
        endInsertRows();
    return made;
}

// --- Reading ---------------------------------------------------------------------------------

LibManager::ObjectInfo ObjectTreeModel::object(quint64 objectId) const
{
    const Object *object = m_objects.value(objectId);
    return object ? object->info : LibManager::ObjectInfo();
}

int ObjectTreeModel::groupRow(const Group *group) const
{
    for (int g = 0; g < int(m_groups.size()); ++g) {
        if (m_groups[g].get() == group)
            return g;
    }
    return -1;
}

int ObjectTreeModel::rowOf(const Object *object) const
{
    const QList<Object *> &list = m_flat ? m_all : object->group->rows;
    const qsizetype row = lowerBoundById(list, object->info.id);
    return row < list.size() && list.at(row) == object ? int(row) : -1;
}

QModelIndex ObjectTreeModel::indexFor(const Object *object, int column) const
{
    const int row = rowOf(object);
    if (row < 0)
        return {};
    return createIndex(row, column, m_flat ? nullptr : object->group);
}

QModelIndex ObjectTreeModel::indexOf(quint64 objectId, int column) const
{
    const Object *object = m_objects.value(objectId);
    return object && object->inView ? indexFor(object, column) : QModelIndex();
}

ObjectTreeModel::Object *ObjectTreeModel::objectAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (m_flat)
        return m_all.value(index.row());
    auto *group = static_cast<Group *>(index.internalPointer());
    return group ? group->rows.value(index.row()) : nullptr;
}

ObjectTreeModel::Group *ObjectTreeModel::groupAt(const QModelIndex &index) const
{
    if (m_flat || !index.isValid() || index.internalPointer() || index.row() >= int(m_groups.size()))
        return nullptr;
    return m_groups[index.row()].get();
}

QModelIndex ObjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (m_flat) {
        if (parent.isValid() || row >= m_all.size())
            return {};
        return createIndex(row, column, nullptr);
    }
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    Group *group = parent.column() == 0 ? groupAt(parent) : nullptr;
    if (!group || row >= group->rows.size())
        return {};
    return createIndex(row, column, group);
}

QModelIndex ObjectTreeModel::parent(const QModelIndex &child) const
{
    if (m_flat || !child.isValid() || !child.internalPointer())
        return {};
    const int row = groupRow(static_cast<const Group *>(child.internalPointer()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, nullptr);
}

int ObjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (m_flat)
        return parent.isValid() ? 0 : int(m_all.size());
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    const Group *group = groupAt(parent);
    return group ? int(group->rows.size()) : 0;
}

int ObjectTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ObjectTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags ObjectTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (groupAt(index))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString ObjectTreeModel::groupTitle(const Group *group) const
{
    switch (group->order) {
    case Containers:
        return tr("Containers");
    case Values:
        return tr("Values");
    case Queues:
        return tr("Queues");
    case Synchronization:
        return tr("Synchronization");
    default:
        return group->key;
    }
}

QString ObjectTreeModel::objectLabel(const LibManager::ObjectInfo &info)
{
    return objectLabel(info.id, info.typeId, info.names);
}

QString ObjectTreeModel::objectLabel(quint64 objectId, const QString &typeId, const QStringList &names)
{
    const QString plain = tr("%1 %2").arg(typeId, QLocale().toString(objectId));
    if (names.isEmpty())
        return plain;
    return tr("%1 (%2)").arg(names.join(QStringLiteral(", ")), plain);
}

QString ObjectTreeModel::shortAge(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = qMax<qint64>(0, when.secsTo(now));
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (when.date() == now.date())
        return QLocale().toString(when.time(), QLocale::ShortFormat);
    return QLocale().toString(when, QLocale::ShortFormat);
}

QString ObjectTreeModel::longAge(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = qMax<qint64>(0, when.secsTo(now));
    if (seconds < 60)
        return tr("%n second(s) ago", "", int(seconds));
    if (seconds < 3600)
        return tr("%n minute(s) ago", "", int(seconds / 60));
    return tr("at %1").arg(QLocale().toString(when, QLocale::ShortFormat));
}

QDateTime ObjectTreeModel::lastChange(const Object *object, quint64 *client) const
{
    const LibManager::ObjectInfo &info = object->info;
    const bool sync = object->syncAt.isValid() && (!info.changedAt.isValid() || object->syncAt > info.changedAt);
    if (client)
        *client = sync ? object->syncBy : info.changedBy;
    return sync ? object->syncAt : info.changedAt;
}

qreal ObjectTreeModel::highlightStrength(const Object *object) const
{
    if (object->highlightAt < 0 || m_highlightMs <= 0)
        return 0;
    const qint64 age = m_clock.elapsed() - object->highlightAt;
    if (age >= m_highlightMs)
        return 0;
    if (!m_fade || m_highlighted.size() > MaxAnimated)
        return 1;
    return 1.0 - qreal(age) / m_highlightMs;
}

QString ObjectTreeModel::stateText(const Object *object) const
{
    const LibManager::ObjectInfo &info = object->info;
    const QString &word = info.state;
    if (word.isEmpty())
        return {};
    if (word == QLatin1String("locked"))
        return info.holder ? tr("held by %1").arg(m_names->label(info.holder)) : tr("locked");
    if (word == QLatin1String("unlocked"))
        return tr("free");
    if (word == QLatin1String("set"))
        return tr("set");
    if (word == QLatin1String("clear"))
        return tr("clear");
    if (word == QLatin1String("broken"))
        return tr("broken");
    if (word == QLatin1String("exhausted"))
        return tr("no permits left");
    if (word == QLatin1String("full"))
        return tr("full");
    if (word == QLatin1String("empty"))
        return tr("empty");
    return word;
}

QVariant ObjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (const Group *group = groupAt(index)) {
        const int count = int(group->rows.size());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == ObjectColumn)
                return tr("%1 (%2)").arg(groupTitle(group), QLocale().toString(count));
            return {};
        case Qt::AccessibleDescriptionRole:
            return tr("%1, %n object(s)", "", count).arg(groupTitle(group));
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case IsGroupRole:
            return true;
        case GroupCountRole:
            return count;
        case ObjectIdRole:
            return quint64(0);
        case TypeIdRole:
            return group->standard ? QString() : group->key;
        case SortRole:
            return index.row();
        case FilterTextRole:
            return QString();
        case GroupTitleRole:
            return groupTitle(group);
        default:
            return {};
        }
    }
    const Object *object = objectAt(index);
    if (!object)
        return {};
    const LibManager::ObjectInfo &info = object->info;
    const QDateTime now = QDateTime::currentDateTime();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ObjectColumn:
            return objectLabel(info);
        case TypeColumn:
            return info.typeId;
        case PreviewColumn: {
            QString preview = info.preview;
            preview.replace(QLatin1Char('\n'), QLatin1Char(' '));
            return preview;
        }
        case RefsColumn:
            return QLocale().toString(info.references);
        case SubsColumn:
            return QLocale().toString(info.subscribers);
        case WaitersColumn:
            return info.waiting ? QLocale().toString(info.waiting) : QString();
        case StateColumn:
            return stateText(object);
        case LastChangeColumn: {
            quint64 client = 0;
            const QDateTime when = lastChange(object, &client);
            if (!when.isValid())
                return QString();
            return tr("%1 · %2").arg(shortAge(when, now), m_names->shortLabel(client));
        }
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ObjectColumn:
        case TypeColumn:
            return info.className.isEmpty() ? objectLabel(info)
                                            : tr("%1, class %2").arg(objectLabel(info), info.className);
        case PreviewColumn:
            return info.preview;
        case StateColumn:
            return stateText(object);
        case LastChangeColumn: {
            quint64 client = 0;
            const QDateTime when = lastChange(object, &client);
            if (!when.isValid())
                return tr("No change seen");
            return tr("Changed %1 by %2 (version %3)")
                    .arg(longAge(when, now), m_names->label(client), QLocale().toString(info.version));
        }
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == RefsColumn || index.column() == SubsColumn || index.column() == WaitersColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DecorationRole:
        if (index.column() == ObjectColumn)
            return highlightStrength(object) > 0 ? changeDot() : noDot();
        return {};
    case Qt::BackgroundRole: {
        const qreal strength = highlightStrength(object);
        if (strength <= 0)
            return {};
        QColor colour = QGuiApplication::palette().color(QPalette::Highlight);
        colour.setAlphaF(float(0.35 * strength));
        return QBrush(colour);
    }
    case Qt::AccessibleDescriptionRole: {
        quint64 client = 0;
        const QDateTime when = lastChange(object, &client);
        QString text = when.isValid()
                ? tr("%1, changed %2 by %3").arg(objectLabel(info), longAge(when, now), m_names->label(client))
                : tr("%1, no change seen").arg(objectLabel(info));
        const QString state = stateText(object);
        if (!state.isEmpty())
            text = tr("%1, %2").arg(text, state);
        if (info.waiting > 0)
            text = tr("%1, %n waiting", "", int(info.waiting)).arg(text);
        return text;
    }
    case ObjectIdRole:
        return info.id;
    case TypeIdRole:
        return info.typeId;
    case IsGroupRole:
        return false;
    case GroupCountRole:
        return 0;
    case HighlightRole:
        return highlightStrength(object);
    case LastChangeRole:
        return lastChange(object, nullptr);
    case LastChangeClientRole: {
        quint64 client = 0;
        lastChange(object, &client);
        return client;
    }
    case VersionRole:
        return info.version;
    case ReferencesRole:
        return info.references;
    case SubscribersRole:
        return info.subscribers;
    case WaitingRole:
        return info.waiting;
    case HolderRole:
        return info.holder;
    case HeldRole:
        return info.holder != 0 || info.state == QLatin1String("locked")
                || info.state == QLatin1String("exhausted");
    case StateWordRole:
        return info.state;
    case CreatorRole:
        return info.creator;
    case PreviewRole:
        return info.preview;
    case SortRole:
        switch (index.column()) {
        case ObjectColumn:
            return info.id;
        case TypeColumn:
            return info.typeId;
        case PreviewColumn:
            return info.preview;
        case RefsColumn:
            return info.references;
        case SubsColumn:
            return info.subscribers;
        case WaitersColumn:
            return info.waiting;
        case StateColumn:
            return stateText(object);
        case LastChangeColumn:
            return lastChange(object, nullptr);
        }
        return {};
    case FilterTextRole:
        return QStringList { QString::number(info.id), objectLabel(info), info.typeId, info.preview }.join(QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant ObjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ObjectColumn:
        return tr("Object");
    case TypeColumn:
        return tr("Type");
    case PreviewColumn:
        return tr("Preview");
    case RefsColumn:
        return tr("Refs");
    case SubsColumn:
        return tr("Subs");
    case WaitersColumn:
        return tr("Waiters");
    case StateColumn:
        return tr("State");
    case LastChangeColumn:
        return tr("Last change");
    }
    return {};
}

} // namespace Inspector
