// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SHAREDQUEUE_P_H
#define LIBMANAGER_SHAREDQUEUE_P_H

#include <libmanager/standardtypes/standardobject_p.h>

#include <deque>

namespace LibManager {

/*!
    queue.Queue, and JoinableQueue (joinable = true). Wire methods: put(item, block, timeout),
    get(block, timeout), put_nowait(item), get_nowait(), qsize(), empty(), full(), and for a
    JoinableQueue task_done(), join(timeout). Event: "size" (n) when the size changes.

    Beyond Python, put_back(item): the item a get() took goes back to the front, for a client
    that gave up on that get() before its answer came (QueueProxy does it by itself). It goes
    behind the items the same connection put back before that are still at the front, since a
    connection's late gets come back in the order they took their items. It does not wait for
    room (the item had a place; the queue may hold one more than maxsize until a get()), and it
    does not count as a new task for join().

    Also beyond Python, peek(offset = 0, count = 100) -> {size, version, offset, items}: the
    items at [offset, offset + count) from the front, without taking them; at most MaxPeek.
*/
class LIBMANAGER_AUTOTEST_EXPORT SharedQueue : public StandardObject
{
    Q_OBJECT
public:
    SharedQueue(int maxsize, bool joinable, QObject *parent = nullptr);
    ~SharedQueue() override;

    QString toString() const override;

    qint64 containerLength() const override { return qint64(m_items.size()); }
    QStringList methodNames() const override;
    bool isReadMethod(MethodName method) const override;
    QVariantMap syncState() const override;
    StateSummary stateSummary() const override;

    /*! Items per peek(), at most. */
    static constexpr qsizetype MaxPeek = 10000;

protected:
    Reply dispatch(const Caller &caller, MethodName method, const QVariantList &args) override;

private:
    Reply put(const QVariant &item, bool block, int timeoutMs);
    Reply get(bool block, int timeoutMs);
    Reply putBack(quint64 connection, const QVariant &item);
    /*! Hands \a item to a waiting getter, or queues it: mayStore() said it may. */
    void deliver(const QVariant &item);
    static qint64 itemFootprint(const QVariant &item);
    bool mayStore(const QVariant &item, Reply *failure) const;
    void admitPutters();
    bool isFull() const { return m_maxsize > 0 && qsizetype(m_items.size()) >= m_maxsize; }
    void sizeChanged(qsizetype before);

    const int m_maxsize;
    const bool m_joinable;
    std::deque<QVariant> m_items;
    // The connections that put back the first m_returnedBy.size() items of m_items, front first
    // (put_back() only puts items there, and get() takes them from there).
    std::deque<quint64> m_returnedBy;
    std::deque<Deferred> m_getters;
    struct Putter
    {
        Deferred answer;
        QVariant item;
    };
    std::deque<Putter> m_putters;
    qint64 m_unfinished = 0;
    QList<Deferred> m_joiners;

    // The wire methods: a row of Methods each (QueueWire).
    static const StandardMethod<SharedQueue> Methods[];
    static const StandardMethod<SharedQueue> JoinableMethods[];
    Reply servePut(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveGet(const Caller &caller, MethodName method, const QVariantList &args);
    Reply servePutNowait(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveGetNowait(const Caller &caller, MethodName method, const QVariantList &args);
    Reply servePutBack(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveQSize(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveEmpty(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveFull(const Caller &caller, MethodName method, const QVariantList &args);
    Reply servePeek(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveTaskDone(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveJoin(const Caller &caller, MethodName method, const QVariantList &args);
};

} // namespace LibManager

#endif // LIBMANAGER_SHAREDQUEUE_P_H
