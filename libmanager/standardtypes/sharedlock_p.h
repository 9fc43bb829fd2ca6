// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SHAREDLOCK_P_H
#define LIBMANAGER_SHAREDLOCK_P_H

#include <libmanager/standardtypes/standardobject_p.h>

#include <deque>

namespace LibManager {

/*!
    threading.Lock (recursive = false) and threading.RLock (true), owned by connections.
    Waiters queue in arrival order; a connection that closes gives its lock back.
    Wire methods: acquire(blocking, timeout), release(), locked().
*/
class LIBMANAGER_AUTOTEST_EXPORT SharedLock : public StandardObject
{
    Q_OBJECT
public:
    explicit SharedLock(bool recursive, QObject *parent = nullptr);
    ~SharedLock() override;

    void callerGone(quint64 connection) override;
    int holdsOf(quint64 connection) const override { return isOwnedBy(connection) ? m_count : 0; }
    QString toString() const override;
    QStringList methodNames() const override;
    bool isReadMethod(MethodName method) const override;
    QVariantMap syncState() const override;
    StateSummary stateSummary() const override;

    bool isRecursive() const { return m_recursive; }
    bool isOwnedBy(quint64 connection) const { return m_owner != 0 && m_owner == connection; }
    Reply acquire(const Caller &caller, bool blocking, int timeoutMs);
    Reply release(const Caller &caller);
    /*! For Condition.wait(): gives the lock up entirely; returns the recursion count. */
    int releaseAll();
    /*! For Condition: \a connection takes the lock back with \a count, then \a answer gets
        \a result; queued behind the current waiters. */
    void reacquire(quint64 connection, int count, const Deferred &answer, const QVariant &result);

protected:
    Reply dispatch(const Caller &caller, MethodName method, const QVariantList &args) override;

private:
    struct Waiter
    {
        quint64 connection;
        Deferred answer;
        int count;
        QVariant result;
        bool reacquire = false; // a Condition's waiter taking its lock back
    };
    void grantNext();

    bool m_recursive;
    quint64 m_owner = 0;
    int m_count = 0;
    qint64 m_ownedSinceMs = 0; // when m_owner got it (wall clock, ms since the epoch)
    std::deque<Waiter> m_waiters;

    // The wire methods: a row of Methods each (LockWire).
    static const StandardMethod<SharedLock> Methods[];
    Reply serveAcquire(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveRelease(const Caller &caller, MethodName method, const QVariantList &args);
    Reply serveLocked(const Caller &caller, MethodName method, const QVariantList &args);
};

} // namespace LibManager

#endif // LIBMANAGER_SHAREDLOCK_P_H
