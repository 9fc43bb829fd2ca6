// SPDX-License-Identifier: BSD-3-Clause
#include "sharedcondition_p.h"
#include <libmanager/tr_p.h>

#include <libmanager/token.h>

namespace LibManager {

SharedCondition::SharedCondition(SharedLock *lock, const QVariant &lockToken, QObject *parent)
    : StandardObject(parent), m_lock(lock), m_lockToken(lockToken)
{
    if (!m_lock) {
        m_ownLock = new SharedLock(true, this);
        m_lock = m_ownLock;
    } else {
        retainValue(m_lockToken);
    }
}

SharedCondition::~SharedCondition()
{
    for (Waiter &waiter : m_waiters)
        waiter.answer.reject(Error::ObjectGone, Tr::tr("the condition was destroyed"));
    releaseValue(m_lockToken);
}

void SharedCondition::attached()
{
    // The own lock is not a shared object of its own, but it must hear of dead owners.
    if (m_ownLock && host())
        m_ownLock->attach(host(), 0);
}

/*! The wire methods (ConditionWire), in methodNames()'s order. */
const StandardMethod<SharedCondition> SharedCondition::Methods[] = {
    { ConditionWire::Acquire.bytes(), &SharedCondition::serveAcquire },
    { ConditionWire::Release.bytes(), &SharedCondition::serveAcquire },
    { ConditionWire::Wait.bytes(), &SharedCondition::serveWait },
    { ConditionWire::Notify.bytes(), &SharedCondition::serveNotify },
    { ConditionWire::NotifyAll.bytes(), &SharedCondition::serveNotify },
};

QStringList SharedCondition::methodNames() const
{
    return namesOf(Methods);
}

bool SharedCondition::isReadMethod(MethodName method) const
{
    return readsIn(Methods, method);
}

QString SharedCondition::toString() const
{
    return QStringLiteral("<Condition(%1, %2 waiting)>")
            .arg(m_lock ? m_lock->toString() : QStringLiteral("no lock"))
            .arg(m_waiters.size());
}

Reply SharedCondition::dispatch(const Caller &caller, MethodName method, const QVariantList &args)
{
    // Its state is its lock's: what a call did to the lock is a change of the Condition too.
    const quint64 lockVersion = m_lock ? m_lock->version() : 0;
    Reply reply = handle(caller, method, args);
    if (m_lock && m_lock->version() != lockVersion)
        noteChange();
    return reply;
}

Reply SharedCondition::handle(const Caller &caller, MethodName method, const QVariantList &args)
{
    if (!m_lock)
        return Reply::fromError(Error::ObjectGone, Tr::tr("the condition's lock is gone"));
    return dispatchTo(this, Methods, caller, method, args);
}

Reply SharedCondition::serveAcquire(const Caller &caller, MethodName method, const QVariantList &args)
{
    return m_lock->call(caller, method, args);
}

Reply SharedCondition::serveWait(const Caller &caller, MethodName, const QVariantList &args)
{
    if (!m_lock->isOwnedBy(caller.connection))
        return Reply::fromError(Error::NotOwner, Tr::tr("cannot wait on un-acquired lock"));
    const int timeoutMs = timeoutArgument(args.value(0));
    const bool counted = args.value(1).toBool();
    // The caller owns the lock: count >= 1, so a counted answer's sign tells the outcome.
    Deferred answer;
    const int count = m_lock->releaseAll();
    if (timeoutMs == 0) {
        m_lock->reacquire(caller.connection, count, answer, waitResult(false, count, counted));
        return parked(answer);
    }
    m_waiters.push_back({ caller.connection, answer, count, counted });
    const auto drop = [this, answer] { return removeWaiter(m_waiters, answer); };
    answer.onCancelled(this, [drop] { drop(); });
    armTimeout(answer, timeoutMs,
               [this, drop, answer, connection = caller.connection, count, counted] {
                   // Timed out: take the lock back, then answer false, as
                   // threading.Condition does.
                   if (drop() && m_lock) {
                       m_lock->reacquire(connection, count, answer,
                                         waitResult(false, count, counted));
                   }
               });
    return parked(answer);
}

Reply SharedCondition::serveNotify(const Caller &caller, MethodName method, const QVariantList &args)
{
    if (!m_lock->isOwnedBy(caller.connection))
        return Reply::fromError(Error::NotOwner, Tr::tr("cannot notify on un-acquired lock"));
    notify(method == ConditionWire::NotifyAll ? int(m_waiters.size()) : (args.isEmpty() ? 1 : args.at(0).toInt()));
    return Reply::fromValue(QVariant());
}

void SharedCondition::notify(int n)
{
    while (n > 0 && !m_waiters.empty()) {
        Waiter waiter = std::move(m_waiters.front());
        m_waiters.pop_front();
        if (!waiter.answer.isPending())
            continue;
        m_lock->reacquire(waiter.connection, waiter.count, waiter.answer,
                          waitResult(true, waiter.count, waiter.counted));
        --n;
    }
}

QVariant SharedCondition::waitResult(bool notified, int count, bool counted)
{
    if (!counted)
        return notified;
    return notified ? count : -count;
}


QVariantMap SharedCondition::syncState() const
{
    QVariantList waiters;
    for (const Waiter &waiter : m_waiters) {
        if (waiter.answer.isPending())
            waiters.append(waiterInfo(waiter.connection, waiter.answer));
    }
    // Its lock's holder and queue (re-acquiring waiters among them) are the lock's own; which
    // lock it is (0: its own, not a shared object) lets a view link to it and follow its events.
    return QVariantMap {
        { QStringLiteral("kind"), QStringLiteral("Condition") },
        { QStringLiteral("lock"), m_lock ? QVariant(m_lock->syncState()) : QVariant() },
        { QStringLiteral("lockObject"), m_ownLock ? quint64(0) : m_lockToken.value<Token>().objectId() },
        { QStringLiteral("waiters"), waiters },
    };
}

SharedCondition::StateSummary SharedCondition::stateSummary() const
{
    // Its lock's state, and who waits on either.
    StateSummary summary = m_lock ? m_lock->stateSummary() : StateSummary();
    summary.waiting += pendingIn(m_waiters);
    return summary;
}

} // namespace LibManager
