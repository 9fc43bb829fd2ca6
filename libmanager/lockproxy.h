// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_LOCKPROXY_H
#define LIBMANAGER_LOCKPROXY_H

#include <libmanager/proxy.h>

namespace LibManager {

/*!
    A proxy for a shared Lock or RLock (SyncManager::Lock(), SyncManager::RLock()).

    The owner is the connection that acquired it, that is one thread of one process. An RLock
    may be acquired again by its owner and is free after as many releases; releasing an RLock
    one does not own fails with Error::NotOwner, as in Python. If the owner disconnects or
    dies, the lock is released at once and the next waiter gets it.

    Works with std::lock_guard, std::unique_lock and std::scoped_lock (lock(), unlock(),
    try_lock()) and with QMutexLocker (tryLock()). Blocking waits are parked on the server: they
    cost the server nothing and end if the connection fails, with lastError() set.
*/
class LIBMANAGER_EXPORT LockProxy : public Proxy
{
    Q_OBJECT
public:
    using Proxy::Proxy;

    /*! Timeout value: wait as long as it takes. */
    static constexpr int Forever = -1;

    /*! Python's acquire(): true once held. \a timeoutMs 0 does not block; Forever waits. */
    bool acquire(int timeoutMs = Forever);
    /*! False with lastError() if not held (Error::NotOwner, "release unlocked lock"). */
    bool release();
    /*! True while somebody holds it. */
    bool isLocked() const;

    void lock() { acquire(Forever); }
    void unlock() { release(); }
    bool try_lock() { return acquire(0); }
    bool tryLock(int timeoutMs = 0) { return acquire(timeoutMs); }
};

} // namespace LibManager

#endif // LIBMANAGER_LOCKPROXY_H
