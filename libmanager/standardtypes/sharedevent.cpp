// SPDX-License-Identifier: BSD-3-Clause
#include "sharedevent_p.h"
#include <libmanager/tr_p.h>

namespace LibManager {

SharedEvent::~SharedEvent()
{
    for (const Deferred &waiter : std::as_const(m_waiters))
        waiter.reject(Error::ObjectGone, Tr::tr("the event was destroyed"));
}

/*! The wire methods (EventWire), in methodNames()'s order. */
const StandardMethod<SharedEvent> SharedEvent::Methods[] = {
    { EventWire::Set.bytes(), &SharedEvent::serveSet },
    { EventWire::Clear.bytes(), &SharedEvent::serveClear },
    { EventWire::IsSet.bytes(), &SharedEvent::serveIsSet, Reads },
    { EventWire::Wait.bytes(), &SharedEvent::serveWait, Reads },
};

QStringList SharedEvent::methodNames() const
{
    return namesOf(Methods);
}

bool SharedEvent::isReadMethod(MethodName method) const
{
    return readsIn(Methods, method);
}

QString SharedEvent::toString() const
{
    return m_flag ? QStringLiteral("<Event set>") : QStringLiteral("<Event unset>");
}

Reply SharedEvent::dispatch(const Caller &caller, MethodName method, const QVariantList &args)
{
    return dispatchTo(this, Methods, caller, method, args);
}

Reply SharedEvent::serveSet(const Caller &caller, MethodName, const QVariantList &)
{
    if (!m_flag) {
        m_flag = true;
        noteChange();
        noteSync(SyncEventKind::Set, caller.connection);
        const QList<Deferred> waiters = std::exchange(m_waiters, {});
        for (const Deferred &waiter : waiters)
            waiter.resolve(true);
        publish(EventWire::SetEvent);
    }
    return Reply::fromValue(QVariant());
}

Reply SharedEvent::serveClear(const Caller &caller, MethodName, const QVariantList &)
{
    if (m_flag) {
        m_flag = false;
        noteChange();
        noteSync(SyncEventKind::Cleared, caller.connection);
        publish(EventWire::ClearedEvent);
    }
    return Reply::fromValue(QVariant());
}

Reply SharedEvent::serveIsSet(const Caller &, MethodName, const QVariantList &)
{
    return Reply::fromValue(m_flag);
}

Reply SharedEvent::serveWait(const Caller &, MethodName, const QVariantList &args)
{
    const int timeoutMs = timeoutArgument(args.value(0));
    if (m_flag || timeoutMs == 0)
        return Reply::fromValue(m_flag);
    Deferred answer;
    m_waiters.append(answer);
    return parkWaiter(m_waiters, answer, timeoutMs, [answer] { answer.resolve(false); });
}

QVariantMap SharedEvent::syncState() const
{
    QList<Deferred> pending;
    for (const Deferred &waiter : m_waiters) {
        if (waiter.isPending())
            pending.append(waiter);
    }
    return QVariantMap {
        { QStringLiteral("kind"), QStringLiteral("Event") },
        { QStringLiteral("isSet"), m_flag },
        { QStringLiteral("waiters"), waitersInfo(pending) },
    };
}

SharedEvent::StateSummary SharedEvent::stateSummary() const
{
    return { m_flag ? QLatin1String("set") : QLatin1String("clear"), 0, pendingIn(m_waiters) };
}

} // namespace LibManager
