// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SHAREDQUEUE_P_H
#define LIBMANAGER_SHAREDQUEUE_P_H

#include <libmanager/nativeobject_p.h>

#include <deque>

namespace LibManager {

/*!
    queue.Queue, and JoinableQueue (joinable = true). Wire methods: put(item, block, timeout),
    get(block, timeout), put_nowait(item), get_nowait(), qsize(), empty(), full(), and for a
    JoinableQueue task_done(), join(timeout). Event: "size" (n) when the size changes.
*/
class LIBMANAGER_EXPORT SharedQueue : public NativeObject
{
    Q_OBJECT
public:
    SharedQueue(int maxsize, bool joinable, QObject *parent = nullptr);
    ~SharedQueue() override;

    Reply call(const Caller &caller, MethodName method, const QVariantList &args) override;
    QString toString() const override;
    QStringList methodNames() const override;

private:
    Reply put(const QVariant &item, bool block, int timeoutMs);
    Reply get(bool block, int timeoutMs);
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
    std::deque<Deferred> m_getters;
    struct Putter
    {
        Deferred answer;
        QVariant item;
    };
    std::deque<Putter> m_putters;
    qint64 m_unfinished = 0;
    QList<Deferred> m_joiners;
};

} // namespace LibManager

#endif // LIBMANAGER_SHAREDQUEUE_P_H
