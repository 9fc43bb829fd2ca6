// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_BARRIERPROXY_H
#define LIBMANAGER_BARRIERPROXY_H

#include <libmanager/pendingreply.h>
#include <libmanager/proxy.h>

namespace LibManager {

/*!
    A proxy for a shared Barrier (threading.Barrier), as Python's SyncManager has since 3.3.

    wait() returns each party's arrival index (0 for the first). abort() breaks the barrier;
    reset() breaks it for the current waiters and makes it usable again; a wait that times out
    breaks it too. Every waiter of a broken barrier fails with Error::BrokenBarrier. A waiter
    that disconnects is dropped from the count.

    A wait() with a timeout of its own that the server does not answer by the timeout plus a
    small grace (it is stopped, hung or too busy) fails with Error::ServerNotResponding and is
    cancelled. If the server let it pass the barrier after all, the other parties went on and
    that cannot be undone; the proxy then aborts the barrier, as a wait that times out breaks
    it in Python: the parties' next wait() fails with Error::BrokenBarrier until reset(),
    instead of the parties waiting in rounds out of step.
*/
class LIBMANAGER_EXPORT BarrierProxy : public Proxy
{
    Q_OBJECT
public:
    using Proxy::Proxy;
    static constexpr int Forever = -1;
    /*! Timeout value: the barrier's own timeout, given when it was made. */
    static constexpr int BarrierTimeout = -3;

    /*! The arrival index, or -1 with lastError() (BrokenBarrier, ...). */
    int wait(int timeoutMs = BarrierTimeout);
    bool abort();
    bool reset();
    int parties() const;
    /*! Python's n_waiting. */
    int waitingCount() const;
    bool isBroken() const;

    // Asynchronous twins: the same calls and results, without waiting (see PendingReply).
    /*! wait(), parked on the server: the arrival index once every party has come; value()
        is -1 with Error::BrokenBarrier (or another error) if it failed. The caller goes on
        meanwhile. */
    PendingReply<int> waitAsync(int timeoutMs = BarrierTimeout);
    PendingReply<void> abortAsync();
    PendingReply<void> resetAsync();
    PendingReply<int> partiesAsync() const;
    PendingReply<int> waitingCountAsync() const;
    PendingReply<bool> isBrokenAsync() const;
};

} // namespace LibManager

#endif // LIBMANAGER_BARRIERPROXY_H
