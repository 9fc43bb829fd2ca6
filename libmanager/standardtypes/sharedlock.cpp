// SPDX-License-Identifier: BSD-3-Clause
#include "sharedlock_p.h"
#include <libmanager/platform/platform_p.h>
#include <libmanager/tr_p.h>


namespace LibManager {

SharedLock::SharedLock(bool recursive, QObject *parent) : StandardObject(parent), m_recursive(recursive) { }

SharedLock::~SharedLock()
{
    for (Waiter &waiter : m_waiters)
        waiter.answer.reject(Error::ObjectGone, Tr::tr("the lock was destroyed"));
}

/*! The wire methods (LockWire), in methodNames()'s order. */
const StandardMethod<SharedLock> SharedLock::Methods[] = {
    { LockWire::Acquire.bytes(), &SharedLock::serveAcquire },
    { LockWire::Release.bytes(), &SharedLock::serveRelease },
    { LockWire::Locked.bytes(), &SharedLock::serveLocked, Reads },
};

QStringList SharedLock::methodNames() const
{
    return namesOf(Methods);
}

bool SharedLock::isReadMethod(MethodName method) const
{
    return readsIn(Methods, method);
}

QString SharedLock::toString() const
{
    if (m_recursive)
        return QStringLiteral("<RLock owner=%1 count=%2>").arg(m_owner).arg(m_count);
    return m_owner ? QStringLiteral("<Lock locked>") : QStringLiteral("<Lock unlocked>");
}

Reply SharedLock::dispatch(const Caller &caller, MethodName method, const QVariantList &args)
{
    return dispatchTo(this, Methods, caller, method, args);
}

Reply SharedLock::serveAcquire(const Caller &caller, MethodName method, const QVariantList &args)
{
    if (args.size() > 2)
        return wrongArguments(method, QStringLiteral("(blocking=True, timeout=None)"));
    const bool blocking = args.isEmpty() || args.at(0).toBool();
    return acquire(caller, blocking, timeoutArgument(args.value(1)));
}

Reply SharedLock::serveRelease(const Caller &caller, MethodName, const QVariantList &)
{
    return release(caller);
}

Reply SharedLock::serveLocked(const Caller &, MethodName, const QVariantList &)
{
    return Reply::fromValue(m_owner != 0);
}

Reply SharedLock::acquire(const Caller &caller, bool blocking, int timeoutMs)
{
    if (m_owner == 0) {
        m_owner = caller.connection;
        m_count = 1;
        noteChange();
        m_ownedSinceMs = lastChangedAt();
        watchCaller(caller.connection);
        noteSync(SyncEventKind::Acquired, caller.connection, 1);
        return Reply::fromValue(true);
    }
    if (m_recursive && m_owner == caller.connection) {
        ++m_count;
        noteChange();
        noteSync(SyncEventKind::Acquired, caller.connection, m_count);
        return Reply::fromValue(true);
    }
    if (!blocking || timeoutMs == 0)
        return Reply::fromValue(false);
    Deferred answer;
    m_waiters.push_back({ caller.connection, answer, 1, true });
    return parkWaiter(m_waiters, answer, timeoutMs, [answer] { answer.resolve(false); });
}

Reply SharedLock::release(const Caller &caller)
{
    if (m_owner == 0)
        return Reply::fromError(Error::NotOwner, Tr::tr("release unlocked lock"));
    if (m_recursive && m_owner != caller.connection)
        return Reply::fromError(Error::NotOwner, Tr::tr("cannot release un-acquired lock"));
    // A plain Lock may be released by anybody, as threading.Lock can.
    noteChange();
    noteSync(SyncEventKind::HoldReleased, m_owner, m_count - 1);
    if (--m_count > 0)
        return Reply::fromValue(QVariant());
    m_owner = 0;
    m_count = 0;
    grantNext();
    return Reply::fromValue(QVariant());
}

int SharedLock::releaseAll()
{
    const int count = m_count;
    noteSync(SyncEventKind::HoldReleased, m_owner, 0);
    m_owner = 0;
    m_count = 0;
    noteChange();
    grantNext();
    return count;
}

void SharedLock::reacquire(quint64 connection, int count, const Deferred &answer, const QVariant &result)
{
    if (m_owner == 0) {
        if (answer.resolve(result)) {
            m_owner = connection;
            m_count = count;
            noteChange();
            m_ownedSinceMs = lastChangedAt();
            watchCaller(connection);
            noteSync(SyncEventKind::Acquired, connection, count);
        }
        return;
    }
    m_waiters.push_back({ connection, answer, count, result, true });
    answer.onCancelled(this, [this, answer] { removeWaiter(m_waiters, answer); });
}

void SharedLock::callerGone(quint64 connection)
{
    if (m_owner == connection) {
        const OriginScope origin(connection);
        m_owner = 0;
        m_count = 0;
        noteChange();
        noteSync(SyncEventKind::HoldReleased, connection, 0, true);
        grantNext();
    }
}

void SharedLock::grantNext()
{
    while (!m_waiters.empty() && m_owner == 0) {
        Waiter waiter = std::move(m_waiters.front());
        m_waiters.pop_front();
        if (!waiter.answer.isPending())
            continue;
        m_owner = waiter.connection;
        m_count = waiter.count;
        if (waiter.answer.resolve(waiter.result)) {
            noteChange();
            m_ownedSinceMs = lastChangedAt();
            watchCaller(waiter.connection);
            noteSync(SyncEventKind::Acquired, waiter.connection, m_count);
            return;
        }
        m_owner = 0; // that waiter is gone: try the next
        m_count = 0;
    }
}

QVariantMap SharedLock::syncState() const
{
    QVariantList waiters;
    for (const Waiter &waiter : m_waiters) {
        if (!waiter.answer.isPending())
            continue;
        QVariantMap info = waiterInfo(waiter.connection, waiter.answer);
        info[QStringLiteral("reacquire")] = waiter.reacquire;
        waiters.append(info);
    }
    return QVariantMap {
        { QStringLiteral("kind"), m_recursive ? QStringLiteral("RLock") : QStringLiteral("Lock") },
        { QStringLiteral("locked"), m_owner != 0 },
        { QStringLiteral("owner"), m_owner },
        { QStringLiteral("count"), m_count },
        { QStringLiteral("ownedSince"), m_owner != 0 ? m_ownedSinceMs : 0 },
        { QStringLiteral("waiters"), waiters },
    };
}

SharedLock::StateSummary SharedLock::stateSummary() const
{
    return { m_owner != 0 ? QLatin1String("locked") : QLatin1String("unlocked"), m_owner,
             pendingIn(m_waiters) };
}

} // namespace LibManager
