// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_CONDITIONPROXY_H
#define LIBMANAGER_CONDITIONPROXY_H

#include <libmanager/pendingreply.h>
#include <libmanager/proxy.h>

#include <QtCore/qdeadlinetimer.h>

namespace LibManager {

/*!
    A proxy for a shared Condition (SyncManager::Condition()), over its own RLock or a given
    Lock or RLock.

    wait() releases the lock, waits for a notify() (or the timeout), and acquires the lock again
    before it returns, as threading.Condition does. wait(), notify() and notifyAll() without
    owning the lock fail with Error::NotOwner. A waiter that disconnects is dropped.

    The one exception: a wait() (or an acquire()) with a timeout that the server does not
    answer by the timeout plus a small grace (it is stopped, hung or too busy) fails with
    Error::ServerNotResponding, and then the lock is not held: do not release it. If the server
    takes the lock back for that wait after all, or grants that acquire, the proxy gives back
    exactly the holds it took (all of an RLock's recursion levels), so that the lock is neither
    held by a caller who does not know it nor taken from one who acquired it since.
    Error::Timeout from wait() still means the timeout passed first, lock held again.
*/
class LIBMANAGER_EXPORT ConditionProxy : public Proxy
{
    Q_OBJECT
public:
    using Proxy::Proxy;
    static constexpr int Forever = -1;

    bool acquire(int timeoutMs = Forever);
    bool release();
    /*!
        std::lock_guard's lock(): acquires, waiting as long as it takes, and owns the lock on
        return. Throws Exception (with the call's Error, e.g. ConnectionLost) if it cannot
        acquire, so that the guarded code never runs without the lock. acquire() does not throw.
    */
    void lock();
    /*! Releases; never throws (std::lock_guard calls it from a destructor): a failure is only
        recorded in lastError(). */
    void unlock() { release(); }
    /*! acquire(0): false if held elsewhere or on error; never throws. */
    bool try_lock() { return acquire(0); }

    /*! False if the timeout passed first (lastError() Timeout, lock held again), or on error
        (lastError(); ServerNotResponding: the lock is not held). */
    bool wait(int timeoutMs = Forever);
    /*!
        Waits until \a predicate (called with the lock held) is true, or the timeout passes;
        returns the predicate's last value. Python's wait_for().
    */
    template<typename Predicate>
    bool waitFor(Predicate predicate, int timeoutMs = Forever)
    {
        QDeadlineTimer deadline(timeoutMs < 0 ? QDeadlineTimer::Forever : QDeadlineTimer(timeoutMs));
        bool result = predicate();
        while (!result) {
            const qint64 remaining = deadline.remainingTime();
            if (remaining == 0 || !wait(remaining < 0 ? Forever : int(remaining))) {
                if (lastError() != Error::Timeout && lastError() != Error::NoError)
                    return false;
                return predicate();
            }
            result = predicate();
        }
        return result;
    }
    /*! Wakes up to \a n waiters. */
    bool notify(int n = 1);
    bool notifyAll();

    // Asynchronous twins: the same calls and results, without waiting (see PendingReply). The
    // lock is owned by the connection of the thread that acquired it: call waitAsync(),
    // notifyAsync() and releaseAsync() from that thread. waitFor() has no twin, since it runs
    // its predicate between waits: call it again from the finished() of a waitAsync().
    /*! acquire(): true once held, false if \a timeoutMs passed first. */
    PendingReply<bool> acquireAsync(int timeoutMs = Forever);
    PendingReply<void> releaseAsync();
    /*! wait(), parked on the server: true once notified and holding the lock again; false
        with Error::Timeout if \a timeoutMs passed first (the lock is held again then too);
        false with Error::ServerNotResponding, the lock not held, as for wait(). */
    PendingReply<bool> waitAsync(int timeoutMs = Forever);
    PendingReply<void> notifyAsync(int n = 1);
    PendingReply<void> notifyAllAsync();
};

} // namespace LibManager

#endif // LIBMANAGER_CONDITIONPROXY_H
