// SPDX-License-Identifier: BSD-3-Clause
#include "sharedsemaphore_p.h"
#include <libmanager/tr_p.h>

namespace LibManager {

SharedSemaphore::SharedSemaphore(int value, bool bounded, QObject *parent)
    : StandardObject(parent), m_value(value), m_initial(value), m_bounded(bounded)
{
}

SharedSemaphore::~SharedSemaphore()
{
    for (Waiter &waiter : m_waiters)
        waiter.answer.reject(Error::ObjectGone, Tr::tr("the semaphore was destroyed"));
}

/*! The wire methods (SemaphoreWire), in methodNames()'s order. */
const StandardMethod<SharedSemaphore> SharedSemaphore::Methods[] = {
    { SemaphoreWire::Acquire.bytes(), &SharedSemaphore::serveAcquire },
    { SemaphoreWire::Release.bytes(), &SharedSemaphore::serveRelease },
    { SemaphoreWire::GetValue.bytes(), &SharedSemaphore::serveGetValue, Reads },
};

QStringList SharedSemaphore::methodNames() const
{
    return namesOf(Methods);
}

bool SharedSemaphore::isReadMethod(MethodName method) const
{
    return readsIn(Methods, method);
}

QString SharedSemaphore::toString() const
{
    return QStringLiteral("<%1 value=%2>")
            .arg(m_bounded ? QStringLiteral("BoundedSemaphore") : QStringLiteral("Semaphore"))
            .arg(m_value);
}

Reply SharedSemaphore::dispatch(const Caller &caller, MethodName method, const QVariantList &args)
{
    return dispatchTo(this, Methods, caller, method, args);
}

Reply SharedSemaphore::serveAcquire(const Caller &caller, MethodName, const QVariantList &args)
{
    const bool blocking = args.isEmpty() || args.at(0).toBool();
    const int timeoutMs = timeoutArgument(args.value(1));
    if (m_value > 0) {
        --m_value;
        const int held = ++m_held[caller.connection];
        noteChange();
        watchCaller(caller.connection);
        noteSync(SyncEventKind::Acquired, caller.connection, held);
        return Reply::fromValue(true);
    }
    if (!blocking || timeoutMs == 0)
        return Reply::fromValue(false);
    Deferred answer;
    m_waiters.push_back({ caller.connection, answer });
    return parkWaiter(m_waiters, answer, timeoutMs, [answer] { answer.resolve(false); });
}

Reply SharedSemaphore::serveRelease(const Caller &caller, MethodName, const QVariantList &args)
{
    const int n = args.isEmpty() ? 1 : args.at(0).toInt();
    if (n < 1)
        return Reply::fromError(Error::ValueError, Tr::tr("n must be one or more"));
    if (m_bounded && m_value + n > m_initial)
        return Reply::fromError(Error::ValueError, Tr::tr("Semaphore released too many times"));
    auto held = m_held.find(caller.connection);
    int left = 0;
    if (held != m_held.end()) {
        held.value() -= qMin(n, held.value());
        left = held.value();
        if (held.value() == 0)
            m_held.erase(held);
    }
    noteSync(SyncEventKind::HoldReleased, caller.connection, left);
    giveBack(n);
    return Reply::fromValue(QVariant());
}

Reply SharedSemaphore::serveGetValue(const Caller &, MethodName, const QVariantList &)
{
    return Reply::fromValue(m_value);
}

void SharedSemaphore::giveBack(int permits)
{
    m_value += permits;
    if (m_bounded)
        m_value = qMin(m_value, m_initial);
    noteChange();
    wakeWaiters();
}

void SharedSemaphore::wakeWaiters()
{
    while (m_value > 0 && !m_waiters.empty()) {
        Waiter waiter = std::move(m_waiters.front());
        m_waiters.pop_front();
        if (!waiter.answer.isPending())
            continue;
        --m_value;
        if (waiter.answer.resolve(true)) {
            const int held = ++m_held[waiter.connection];
            noteChange();
            watchCaller(waiter.connection);
            noteSync(SyncEventKind::Acquired, waiter.connection, held);
        } else {
            ++m_value;
        }
    }
}

void SharedSemaphore::callerGone(quint64 connection)
{
    const int permits = m_held.take(connection);
    if (permits > 0) {
        const OriginScope origin(connection);
        noteSync(SyncEventKind::HoldReleased, connection, 0, true);
        giveBack(permits);
    }
}

QVariantMap SharedSemaphore::syncState() const
{
    QVariantMap held;
    for (auto it = m_held.cbegin(); it != m_held.cend(); ++it) {
        if (it.value() > 0)
            held.insert(QString::number(it.key()), it.value());
    }
    QVariantList waiters;
    for (const Waiter &waiter : m_waiters) {
        if (waiter.answer.isPending())
            waiters.append(waiterInfo(waiter.connection, waiter.answer));
    }
    return QVariantMap {
        { QStringLiteral("kind"), m_bounded ? QStringLiteral("BoundedSemaphore") : QStringLiteral("Semaphore") },
        { QStringLiteral("value"), m_value },
        { QStringLiteral("initial"), m_initial },
        { QStringLiteral("bounded"), m_bounded },
        { QStringLiteral("held"), held },
        { QStringLiteral("waiters"), waiters },
    };
}

SharedSemaphore::StateSummary SharedSemaphore::stateSummary() const
{
    return { m_value == 0 ? QLatin1String("exhausted") : QLatin1String(), 0, pendingIn(m_waiters) };
}

} // namespace LibManager
