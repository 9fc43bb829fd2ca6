// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_LOCKPROXY_H
#define LIBMANAGER_LOCKPROXY_H

#include <libmanager/pendingreply.h>
#include <libmanager/proxy.h>

namespace LibManager {

/*!
    A proxy for a shared Lock or RLock (SyncManager::Lock(), SyncManager::RLock()).

    The owner is the connection that acquired it, that is one thread of one process. An RLock
    may be acquired again by its owner and is free after as many releases; releasing an RLock
    one does not own fails with Error::NotOwner, as in Python. If the owner disconnects or
    dies, the lock is released at once and the next waiter gets it.

    Works with std::lock_guard, std::unique_lock and std::scoped_lock (lock(), unlock(),
    try_lock()) and with QMutexLocker (tryLock()). lock() owns the lock when it returns or
    throws Exception: a guard never runs its body without the lock. Blocking waits are parked on the server: they
    cost the server nothing and end if the connection fails, with lastError() set.

    A wait with a timeout ends at the timeout: the server answers false then. If the server
    does not answer by the timeout plus a small grace (250 ms plus twice the connection's round
    trip; see the README), being stopped, hung or too busy, acquire() returns false with
    Error::ServerNotResponding, and the lock is not held. Should the server grant
    that acquire after all, before it reads that the client gave up, the proxy releases the lock
    at once by itself: nobody waits for a lock whose holder does not know it holds it.
*/
class LIBMANAGER_EXPORT LockProxy : public Proxy
{
    Q_OBJECT
public:
    explicit LockProxy(QObject *parent = nullptr);

    /*! Timeout value: wait as long as it takes. */
    static constexpr int Forever = -1;

    /*! How release() waits; see setReleaseMode(). */
    enum class ReleaseMode {
        /*! release() returns once the server has released the lock (Python's behaviour). */
        Confirmed,
        /*! release() of a lock this proxy holds returns once the request is sent. */
        Posted,
    };
    Q_ENUM(ReleaseMode)

    /*!
        Posted saves most of a round trip per critical section: acquire() waits for the lock,
        release() only sends. It applies when this proxy acquired the lock in the calling
        thread and has not released it yet. That release cannot fail, because the server ties
        ownership to the connection. Its request is in the socket before release() returns,
        and everything this connection sends afterwards is handled after it. Another process
        waiting in acquire() gets the lock exactly as before.

        What differs: a process that learns of the release some other way (a pipe, a file)
        and then tries acquire(0) may still find the lock held for about a round trip. A
        release that fails anyway (its object destroyed, say) is reported afterwards, through
        errorOccurred() and lastError(). Any other release() waits, as in Confirmed mode.
        The default is Confirmed.
    */
    void setReleaseMode(ReleaseMode mode);
    ReleaseMode releaseMode() const;

    /*! Python's acquire(): true once held. \a timeoutMs 0 does not block; Forever waits. */
    bool acquire(int timeoutMs = Forever);
    /*!
        acquire() without waiting (see PendingReply): parked on the server, true once held,
        false if \a timeoutMs passed first. As after acquire(), the lock is then held by the
        calling thread's connection, and this proxy counts the hold for that thread when the
        answer comes, so that ReleaseMode::Posted applies to its release. One exception keeps
        the count safe: a hold granted while a release by this proxy was on its way is not
        counted (which hold that release gave back is unknown), and its release waits for the
        server's answer, as in Confirmed mode.
    */
    PendingReply<bool> acquireAsync(int timeoutMs = Forever);
    /*! False with lastError() if not held (Error::NotOwner, "release unlocked lock"). In
        ReleaseMode::Posted, true as soon as a release of a lock this proxy holds is sent. */
    bool release();
    /*!
        release() without waiting (see PendingReply). A hold this proxy counted for the calling
        thread is uncounted at once, as everything this connection sends afterwards is handled
        after the release. In ReleaseMode::Posted such a release is posted as release() posts
        it: the reply has finished once the request is sent, and a later failure is reported
        through errorOccurred() and lastError(). Otherwise the reply tells how it went
        (Error::NotOwner for a lock that was not held).
    */
    PendingReply<void> releaseAsync();
    /*! True while somebody holds it. */
    bool isLocked() const;
    PendingReply<bool> isLockedAsync() const;

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
    bool tryLock(int timeoutMs = 0) { return acquire(timeoutMs); }
};

} // namespace LibManager

#endif // LIBMANAGER_LOCKPROXY_H
