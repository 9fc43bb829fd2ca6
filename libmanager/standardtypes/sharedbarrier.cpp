// SPDX-License-Identifier: BSD-3-Clause
#include "sharedbarrier_p.h"
#include <libmanager/tr_p.h>

namespace LibManager {

SharedBarrier::SharedBarrier(int parties, int timeoutMs, QObject *parent)
    : StandardObject(parent), m_parties(parties), m_timeoutMs(timeoutMs)
{
}

SharedBarrier::~SharedBarrier()
{
    for (const Deferred &waiter : std::as_const(m_waiters))
        waiter.reject(Error::ObjectGone, Tr::tr("the barrier was destroyed"));
}

/*! The wire methods (BarrierWire), in methodNames()'s order. */
const StandardMethod<SharedBarrier> SharedBarrier::Methods[] = {
    { BarrierWire::Wait.bytes(), &SharedBarrier::serveWait },
    { BarrierWire::Abort.bytes(), &SharedBarrier::serveAbort },
    { BarrierWire::Reset.bytes(), &SharedBarrier::serveReset },
    { BarrierWire::Parties.bytes(), &SharedBarrier::serveParties, Reads },
    { BarrierWire::NWaiting.bytes(), &SharedBarrier::serveNWaiting, Reads },
    { BarrierWire::Broken.bytes(), &SharedBarrier::serveBroken, Reads },
};

QStringList SharedBarrier::methodNames() const
{
    return namesOf(Methods);
}

bool SharedBarrier::isReadMethod(MethodName method) const
{
    return readsIn(Methods, method);
}

QString SharedBarrier::toString() const
{
    return QStringLiteral("<Barrier parties=%1 waiting=%2%3>")
            .arg(m_parties)
            .arg(m_waiters.size())
            .arg(m_broken ? QStringLiteral(" broken") : QString());
}

void SharedBarrier::breakBarrier(const QString &why)
{
    m_broken = true;
    noteChange();
    noteSync(SyncEventKind::Broken, lastOrigin());
    const QList<Deferred> waiters = std::exchange(m_waiters, {});
    for (const Deferred &waiter : waiters)
        waiter.reject(Error::BrokenBarrier, why);
}

Reply SharedBarrier::dispatch(const Caller &caller, MethodName method, const QVariantList &args)
{
    return dispatchTo(this, Methods, caller, method, args);
}

Reply SharedBarrier::serveWait(const Caller &, MethodName, const QVariantList &args)
{
    if (m_broken)
        return Reply::fromError(Error::BrokenBarrier, Tr::tr("the barrier is broken"));
    // Waiters that went away do not count.
    m_waiters.removeIf([](const Deferred &d) { return !d.isPending(); });
    const int index = int(m_waiters.size());
    noteChange(); // an arrival, or the last one that lets everybody through
    if (index + 1 >= m_parties) {
        const QList<Deferred> waiters = std::exchange(m_waiters, {});
        for (int i = 0; i < waiters.size(); ++i)
            waiters.at(i).resolve(i);
        return Reply::fromValue(index);
    }
    const int timeoutMs = args.isEmpty() ? m_timeoutMs : timeoutArgument(args.at(0));
    Deferred answer;
    m_waiters.append(answer);
    answer.onCancelled(this, [this, answer] { removeWaiter(m_waiters, answer); });
    armTimeout(answer, timeoutMs, [this, answer] {
        // threading.Barrier: a wait that times out breaks the barrier for everybody.
        breakBarrier(Tr::tr("a wait timed out"));
        answer.reject(Error::BrokenBarrier, Tr::tr("timed out; the barrier is broken"));
    });
    return parked(answer);
}

Reply SharedBarrier::serveAbort(const Caller &, MethodName, const QVariantList &)
{
    breakBarrier(Tr::tr("the barrier was aborted"));
    return Reply::fromValue(QVariant());
}

Reply SharedBarrier::serveReset(const Caller &caller, MethodName, const QVariantList &)
{
    breakBarrier(Tr::tr("the barrier was reset"));
    m_broken = false;
    noteChange();
    noteSync(SyncEventKind::Reset, caller.connection);
    return Reply::fromValue(QVariant());
}

Reply SharedBarrier::serveParties(const Caller &, MethodName, const QVariantList &)
{
    return Reply::fromValue(m_parties);
}

Reply SharedBarrier::serveNWaiting(const Caller &, MethodName, const QVariantList &)
{
    m_waiters.removeIf([](const Deferred &d) { return !d.isPending(); });
    return Reply::fromValue(int(m_waiters.size()));
}

Reply SharedBarrier::serveBroken(const Caller &, MethodName, const QVariantList &)
{
    return Reply::fromValue(m_broken);
}

QVariantMap SharedBarrier::syncState() const
{
    QList<Deferred> pending;
    for (const Deferred &waiter : m_waiters) {
        if (waiter.isPending())
            pending.append(waiter);
    }
    return QVariantMap {
        { QStringLiteral("kind"), QStringLiteral("Barrier") },
        { QStringLiteral("parties"), m_parties },
        { QStringLiteral("timeout"), m_timeoutMs },
        { QStringLiteral("broken"), m_broken },
        { QStringLiteral("waiters"), waitersInfo(pending) },
    };
}

SharedBarrier::StateSummary SharedBarrier::stateSummary() const
{
    return { m_broken ? QLatin1String("broken") : QLatin1String(), 0, pendingIn(m_waiters) };
}

} // namespace LibManager
