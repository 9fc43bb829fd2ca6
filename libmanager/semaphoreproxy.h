// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_SEMAPHOREPROXY_H
#define LIBMANAGER_SEMAPHOREPROXY_H

#include <libmanager/pendingreply.h>
#include <libmanager/proxy.h>

namespace LibManager {

/*!
    A proxy for a shared Semaphore or BoundedSemaphore. Permits a client holds are given back
    if it disconnects or dies. A BoundedSemaphore refuses a release above its initial value
    with Error::ValueError ("Semaphore released too many times").

    An acquire() with a timeout that the server does not answer by the timeout plus a small
    grace fails with Error::ServerNotResponding, without a permit; a permit the server grants
    it after all is given back at once, as LockProxy does with a lock.
*/
class LIBMANAGER_EXPORT SemaphoreProxy : public Proxy
{
    Q_OBJECT
public:
    using Proxy::Proxy;
    static constexpr int Forever = -1;

    /*! Takes one permit: true once taken. \a timeoutMs 0 does not block. */
    bool acquire(int timeoutMs = Forever);
    /*! acquire() without waiting (see PendingReply): parked on the server, true once a permit
        is taken, false if \a timeoutMs passed first. */
    PendingReply<bool> acquireAsync(int timeoutMs = Forever);
    /*! Gives back \a n permits. */
    bool release(int n = 1);
    PendingReply<void> releaseAsync(int n = 1);
    /*! The permits available now. */
    int value() const;
    PendingReply<int> valueAsync() const;

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
};

} // namespace LibManager

#endif // LIBMANAGER_SEMAPHOREPROXY_H
