// SPDX-License-Identifier: BSD-3-Clause
#include "barrierproxy.h"
#include "proxy_p.h"
#include "typedproxy_p.h"

namespace LibManager {

namespace {
// What wait() returns when it fails.
constexpr int Failed = -1;

// A wait() answered after its caller gave up has passed the barrier, and the other parties
// went on; that cannot be undone, and the caller believes it failed (a retry would wait with
// the next round, one round out of step with the others). So the barrier is broken, as a wait
// that times out breaks it in Python: the parties' next wait() fails with BrokenBarrier until
// one of them calls reset(). A late failure needs nothing.
void breakOnLatePass(ClientConnection &connection, quint64 objectId, const Reply &answer)
{
    if (answer.isValid())
        connection.postLate(objectId, QStringLiteral("abort"));
}
} // namespace

int BarrierProxy::wait(int timeoutMs)
{
    const Reply reply = timeoutMs == BarrierTimeout
        ? ProxyPrivate::call(*this, QStringLiteral("wait"), {}, NoTimeout)
        : ProxyPrivate::call(*this, QStringLiteral("wait"), { TypedProxy::seconds(timeoutMs) },
                             TypedProxy::blocking(timeoutMs, breakOnLatePass));
    return reply.isValid() ? reply.value().toInt() : Failed;
}

bool BarrierProxy::abort()
{
    return callMethod(QStringLiteral("abort")).isValid();
}

bool BarrierProxy::reset()
{
    return callMethod(QStringLiteral("reset")).isValid();
}

int BarrierProxy::parties() const
{
    return callMethod(QStringLiteral("parties")).value().toInt();
}

int BarrierProxy::waitingCount() const
{
    return callMethod(QStringLiteral("n_waiting")).value().toInt();
}

bool BarrierProxy::isBroken() const
{
    return callMethod(QStringLiteral("broken")).value().toBool();
}

PendingReply<int> BarrierProxy::waitAsync(int timeoutMs)
{
    const PendingCall call = timeoutMs == BarrierTimeout
        ? ProxyPrivate::callAsync(*this, QStringLiteral("wait"), {}, NoTimeout)
        : ProxyPrivate::callAsync(*this, QStringLiteral("wait"), { TypedProxy::seconds(timeoutMs) },
                                  TypedProxy::blocking(timeoutMs, breakOnLatePass));
    return TypedProxy::adapted<int>(call, {}, Failed);
}

PendingReply<void> BarrierProxy::abortAsync()
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("abort"));
}

PendingReply<void> BarrierProxy::resetAsync()
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("reset"));
}

PendingReply<int> BarrierProxy::partiesAsync() const
{
    return TypedProxy::callAsync<int>(*this, QStringLiteral("parties"));
}

PendingReply<int> BarrierProxy::waitingCountAsync() const
{
    return TypedProxy::callAsync<int>(*this, QStringLiteral("n_waiting"));
}

PendingReply<bool> BarrierProxy::isBrokenAsync() const
{
    return TypedProxy::callAsync<bool>(*this, QStringLiteral("broken"));
}

} // namespace LibManager
