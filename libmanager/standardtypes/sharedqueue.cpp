// SPDX-License-Identifier: BSD-3-Clause
#include "sharedqueue_p.h"
#include <libmanager/standardtypes/footprint_p.h>
#include "pythonrepr_p.h"
#include <libmanager/tr_p.h>

namespace LibManager {


SharedQueue::SharedQueue(int maxsize, bool joinable, QObject *parent)
    : StandardObject(parent), m_maxsize(qMax(0, maxsize)), m_joinable(joinable)
{
}

SharedQueue::~SharedQueue()
{
    for (const QVariant &item : m_items)
        releaseValue(item);
    for (Putter &putter : m_putters)
        putter.answer.reject(Error::ObjectGone, Tr::tr("the queue was destroyed"));
    for (Deferred &getter : m_getters)
        getter.reject(Error::ObjectGone, Tr::tr("the queue was destroyed"));
    for (const Deferred &joiner : std::as_const(m_joiners))
        joiner.reject(Error::ObjectGone, Tr::tr("the queue was destroyed"));
}

/*! The wire methods (QueueWire), in methodNames()'s order. */
const StandardMethod<SharedQueue> SharedQueue::Methods[] = {
    { QueueWire::Put.bytes(), &SharedQueue::servePut },
    { QueueWire::Get.bytes(), &SharedQueue::serveGet },
    { QueueWire::PutNowait.bytes(), &SharedQueue::servePutNowait },
    { QueueWire::GetNowait.bytes(), &SharedQueue::serveGetNowait },
    { QueueWire::QSize.bytes(), &SharedQueue::serveQSize, Reads },
    { QueueWire::Empty.bytes(), &SharedQueue::serveEmpty, Reads },
    { QueueWire::Full.bytes(), &SharedQueue::serveFull, Reads },
    { QueueWire::PutBack.bytes(), &SharedQueue::servePutBack },
    { QueueWire::Peek.bytes(), &SharedQueue::servePeek, Reads },
};

/*! The methods only a JoinableQueue has. */
const StandardMethod<SharedQueue> SharedQueue::JoinableMethods[] = {
    { QueueWire::TaskDone.bytes(), &SharedQueue::serveTaskDone },
    { QueueWire::Join.bytes(), &SharedQueue::serveJoin, Reads },
};

QStringList SharedQueue::methodNames() const
{
    QStringList names = namesOf(Methods);
    if (m_joinable)
        names += namesOf(JoinableMethods);
    return names;
}

bool SharedQueue::isReadMethod(MethodName method) const
{
    // join() counts as a read on either kind, as it did: a Queue answers it MethodNotExposed.
    return readsIn(Methods, method) || readsIn(JoinableMethods, method);
}

QString SharedQueue::toString() const
{
    return QStringLiteral("<%1 size=%2 maxsize=%3>")
            .arg(m_joinable ? QStringLiteral("JoinableQueue") : QStringLiteral("Queue"))
            .arg(m_items.size())
            .arg(m_maxsize);
}

void SharedQueue::sizeChanged(qsizetype before)
{
    if (qsizetype(m_items.size()) != before && observed())
        publish(QueueWire::SizeEvent, int(m_items.size()));
}

Reply SharedQueue::dispatch(const Caller &caller, MethodName method, const QVariantList &args)
{
    const StandardMethod<SharedQueue> *row = methodIn(Methods, method);
    if (!row && m_joinable)
        row = methodIn(JoinableMethods, method);
    return row ? (this->*row->serve)(caller, method, args) : notExposed(method);
}

Reply SharedQueue::servePut(const Caller &, MethodName method, const QVariantList &args)
{
    if (args.isEmpty() || args.size() > 3)
        return wrongArguments(method, QStringLiteral("(item, block=True, timeout=None)"));
    return put(args.at(0), args.size() < 2 || args.at(1).toBool(), timeoutArgument(args.value(2)));
}

Reply SharedQueue::serveGet(const Caller &, MethodName, const QVariantList &args)
{
    return get(args.isEmpty() || args.at(0).toBool(), timeoutArgument(args.value(1)));
}

Reply SharedQueue::servePutNowait(const Caller &, MethodName method, const QVariantList &args)
{
    if (args.size() != 1)
        return wrongArguments(method, QStringLiteral("(item)"));
    return put(args.at(0), false, 0);
}

Reply SharedQueue::serveGetNowait(const Caller &, MethodName, const QVariantList &)
{
    return get(false, 0);
}

Reply SharedQueue::servePutBack(const Caller &caller, MethodName method, const QVariantList &args)
{
    if (args.size() != 1)
        return wrongArguments(method, QStringLiteral("(item)"));
    return putBack(caller.connection, args.at(0));
}

Reply SharedQueue::serveQSize(const Caller &, MethodName, const QVariantList &)
{
    return Reply::fromValue(int(m_items.size()));
}

Reply SharedQueue::serveEmpty(const Caller &, MethodName, const QVariantList &)
{
    return Reply::fromValue(m_items.empty());
}

Reply SharedQueue::serveFull(const Caller &, MethodName, const QVariantList &)
{
    return Reply::fromValue(isFull());
}

Reply SharedQueue::servePeek(const Caller &, MethodName method, const QVariantList &args)
{
    bool offsetOk = true;
    bool countOk = true;
    qint64 offset = args.isEmpty() ? 0 : args.at(0).toLongLong(&offsetOk);
    qint64 count = args.size() > 1 ? args.at(1).toLongLong(&countOk) : 100;
    if (args.size() > 2 || !offsetOk || !countOk || offset < 0 || count < 0)
        return wrongArguments(method, QStringLiteral("(offset=0, count=100)"));
    const qint64 size = qint64(m_items.size());
    offset = qMin(offset, size);
    count = qMin(qMin(count, qint64(MaxPeek)), size - offset);
    QVariantList items;
    items.reserve(qsizetype(count));
    for (auto it = m_items.cbegin() + offset, end = it + count; it != end; ++it)
        items.append(*it);
    QVariantMap peek;
    peek[QStringLiteral("size")] = size;
    peek[QStringLiteral("version")] = version();
    peek[QStringLiteral("offset")] = offset;
    peek[QStringLiteral("items")] = items;
    return Reply::fromValue(peek);
}

Reply SharedQueue::serveTaskDone(const Caller &, MethodName, const QVariantList &)
{
    if (m_unfinished <= 0)
        return Reply::fromError(Error::ValueError, Tr::tr("task_done() called too many times"));
    noteChange();
    if (--m_unfinished == 0) {
        const QList<Deferred> joiners = std::exchange(m_joiners, {});
        for (const Deferred &joiner : joiners)
            joiner.resolve(true);
    }
    return Reply::fromValue(QVariant());
}

Reply SharedQueue::serveJoin(const Caller &, MethodName, const QVariantList &args)
{
    const int timeoutMs = timeoutArgument(args.value(0));
    if (m_unfinished == 0 || timeoutMs == 0)
        return Reply::fromValue(m_unfinished == 0);
    Deferred answer;
    m_joiners.append(answer);
    return parkWaiter(m_joiners, answer, timeoutMs, [answer] { answer.resolve(false); });
}

Reply SharedQueue::put(const QVariant &item, bool block, int timeoutMs)
{
    if (isFull()) {
        if (!block || timeoutMs == 0)
            return Reply::fromError(Error::Full,
                                    Tr::tr("the queue is full (maxsize %1)").arg(m_maxsize));
        Deferred answer;
        m_putters.push_back({ answer, item });
        return parkWaiter(m_putters, answer, timeoutMs, [this, answer] {
            answer.reject(Error::Full, Tr::tr("the queue stayed full (maxsize %1)").arg(m_maxsize));
        });
    }
    Reply failure;
    if (!mayStore(item, &failure))
        return failure;
    deliver(item);
    return Reply::fromValue(QVariant());
}

qint64 SharedQueue::itemFootprint(const QVariant &item)
{
    return Footprint::QueueItem + Footprint::of(item);
}

bool SharedQueue::mayStore(const QVariant &item, Reply *failure) const
{
    // A waiting getter takes it at once: nothing is stored.
    return !m_getters.empty() || mayGrow(itemFootprint(item), qint64(m_items.size()) + 1, failure);
}

void SharedQueue::deliver(const QVariant &item)
{
    ++m_unfinished;
    while (!m_getters.empty()) {
        const Deferred getter = m_getters.front();
        m_getters.pop_front();
        // A getter that gave up or went away does not swallow the item.
        if (getter.resolve(item))
            return;
    }
    const qsizetype before = qsizetype(m_items.size());
    retainValue(item);
    m_items.push_back(item);
    noteChange();
    grown(itemFootprint(item));
    sizeChanged(before);
}

void SharedQueue::admitPutters()
{
    while (!isFull() && !m_putters.empty()) {
        Putter putter = std::move(m_putters.front());
        m_putters.pop_front();
        // Its item is weighed when it goes in, not while it waits: the quotas may have
        // filled up meanwhile, and then its put() fails the way it would have at once.
        Reply failure;
        if (!mayStore(putter.item, &failure)) {
            putter.answer.reject(failure.error(), failure.message());
            continue;
        }
        if (putter.answer.resolve(QVariant()))
            deliver(putter.item);
    }
}

Reply SharedQueue::get(bool block, int timeoutMs)
{
    if (!m_items.empty()) {
        const qsizetype before = qsizetype(m_items.size());
        const QVariant item = std::move(m_items.front());
        m_items.pop_front();
        if (!m_returnedBy.empty())
            m_returnedBy.pop_front();
        noteChange();
        releaseValue(item);
        grown(-itemFootprint(item));
        admitPutters();
        sizeChanged(before);
        return Reply::fromValue(item);
    }
    if (!block || timeoutMs == 0)
        return Reply::fromError(Error::Empty, Tr::tr("the queue is empty"));
    Deferred answer;
    m_getters.push_back(answer);
    return parkWaiter(m_getters, answer, timeoutMs,
                      [answer] { answer.reject(Error::Empty, Tr::tr("the queue stayed empty")); });
}

Reply SharedQueue::putBack(quint64 connection, const QVariant &item)
{
    // Getters wait only while the queue is empty: the first one is the front.
    while (!m_getters.empty()) {
        const Deferred getter = m_getters.front();
        m_getters.pop_front();
        if (getter.resolve(item))
            return Reply::fromValue(QVariant());
    }
    qsizetype at = 0;
    for (qsizetype i = qsizetype(m_returnedBy.size()); i-- > 0;) {
        if (m_returnedBy[size_t(i)] == connection) {
            at = i + 1;
            break;
        }
    }
    const qsizetype before = qsizetype(m_items.size());
    retainValue(item);
    m_items.insert(m_items.begin() + at, item);
    m_returnedBy.insert(m_returnedBy.begin() + at, connection);
    noteChange();
    // Booked without a check: it was in the queue a moment ago, and refusing it would lose it.
    grown(itemFootprint(item));
    sizeChanged(before);
    return Reply::fromValue(QVariant());
}

QVariantMap SharedQueue::syncState() const
{
    QList<Deferred> getters;
    for (const Deferred &getter : m_getters) {
        if (getter.isPending())
            getters.append(getter);
    }
    QList<Deferred> putters;
    for (const Putter &putter : m_putters) {
        if (putter.answer.isPending())
            putters.append(putter.answer);
    }
    QList<Deferred> joiners;
    for (const Deferred &joiner : m_joiners) {
        if (joiner.isPending())
            joiners.append(joiner);
    }
    return QVariantMap {
        { QStringLiteral("kind"), QStringLiteral("Queue") },
        { QStringLiteral("size"), qint64(m_items.size()) },
        { QStringLiteral("maxsize"), m_maxsize },
        { QStringLiteral("unfinished"), m_unfinished },
        { QStringLiteral("getters"), waitersInfo(getters) },
        { QStringLiteral("putters"), waitersInfo(putters) },
        { QStringLiteral("joiners"), waitersInfo(joiners) },
    };
}

SharedQueue::StateSummary SharedQueue::stateSummary() const
{
    const QLatin1String state = isFull() ? QLatin1String("full")
            : m_items.empty()            ? QLatin1String("empty")
                                         : QLatin1String();
    return { state, 0, pendingIn(m_getters) + pendingIn(m_putters) + pendingIn(m_joiners) };
}

} // namespace LibManager
