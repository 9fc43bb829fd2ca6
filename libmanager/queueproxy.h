// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_QUEUEPROXY_H
#define LIBMANAGER_QUEUEPROXY_H

#include <libmanager/containerresults.h>
#include <libmanager/pendingreply.h>
#include <libmanager/proxy.h>

namespace LibManager {

/*!
    A proxy for a shared Queue or JoinableQueue (queue.Queue).

    put() and get() block (parked on the server) when the queue is full or empty, at most
    \a timeoutMs; 0 does not block. A get() that cannot get fails with Error::Empty, a put()
    that cannot put with Error::Full. An item meant for a getter that disconnected or gave up
    goes to the next getter instead: nothing is lost.

    A put(), get() or join() with a timeout that the server does not answer by the timeout
    plus a small grace (it is stopped, hung or too busy) fails with Error::ServerNotResponding,
    and the call is cancelled. The server may still carry it out before it reads that: a get()
    then took an item nobody received, and the proxy puts it back at the front of the queue,
    ahead of the items that were behind it (maxsize may be passed by one until the next get()).
    A put() carried out so stays: its item is in the queue, once (so after ServerNotResponding
    the put may or may not have happened; a log line says when it did). A late join() changes
    nothing.
*/
class LIBMANAGER_EXPORT QueueProxy : public Proxy
{
    Q_OBJECT
public:
    using Proxy::Proxy;
    static constexpr int Forever = -1;

    bool put(const QVariant &item, int timeoutMs = Forever);
    /*! The item, or an error reply (Error::Empty). */
    Reply get(int timeoutMs = Forever);
    bool putNowait(const QVariant &item) { return put(item, 0); }
    Reply getNowait() { return get(0); }

    int qsize() const;
    bool empty() const;
    bool full() const;

    /*! JoinableQueue: one item put earlier is done; Error::ValueError if called too often. */
    bool taskDone();
    /*! JoinableQueue: waits until every item put has been marked done. */
    bool join(int timeoutMs = Forever);
    /*!
        The items [offset, offset + count) from the front (at most 10,000; 0 is the next item a
        get() takes), with the queue's size and version, without taking them: what a queue
        holds, for a view; a get() may take the items a moment later.
    */
    ItemWindow peek(qint64 offset = 0, int count = 100) const;

    // Asynchronous twins: the same calls and results, without waiting (see PendingReply). A
    // blocking put, get or join is parked on the server as it is for the synchronous call and
    // finishes when it can, or after \a timeoutMs; the caller goes on meanwhile.
    /*! put(): Error::Full if there was no room within \a timeoutMs. */
    PendingReply<void> putAsync(const QVariant &item, int timeoutMs = Forever);
    /*! get(): the item, or Error::Empty if there was none within \a timeoutMs. */
    PendingReply<QVariant> getAsync(int timeoutMs = Forever);
    PendingReply<void> putNowaitAsync(const QVariant &item) { return putAsync(item, 0); }
    PendingReply<QVariant> getNowaitAsync() { return getAsync(0); }
    PendingReply<int> qsizeAsync() const;
    PendingReply<bool> emptyAsync() const;
    PendingReply<bool> fullAsync() const;
    PendingReply<void> taskDoneAsync();
    /*! join(): true once every item is done, false if \a timeoutMs passed first. */
    PendingReply<bool> joinAsync(int timeoutMs = Forever);
    PendingReply<ItemWindow> peekAsync(qint64 offset = 0, int count = 100) const;

Q_SIGNALS:
    /*! The number of items changed (a put or get by any process). */
    void sizeChanged(int size);

protected:
    void handleEvent(const QByteArray &name, const QVariantList &args) override;
};

} // namespace LibManager

#endif // LIBMANAGER_QUEUEPROXY_H
