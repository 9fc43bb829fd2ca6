// SPDX-License-Identifier: BSD-3-Clause
#include "barrierproxy.h"
#include "proxy_p.h"
#include "typedproxy_p.h"
#include <libmanager/standardtypes/vocabulary_p.h>

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
        connection.postLate(objectId, BarrierWire::Abort);
}
} // namespace

int BarrierProxy::wait(int timeoutMs)
{
    const Reply reply = timeoutMs == BarrierTimeout
        ? ProxyPrivate::call(*this, BarrierWire::Wait, {}, NoTimeout)
        : ProxyPrivate::call(*this, BarrierWire::Wait, { TypedProxy::seconds(timeoutMs) },
                             TypedProxy::blocking(timeoutMs, breakOnLatePass));
    return reply.isValid() ? reply.value().toInt() : Failed;
}

bool BarrierProxy::abort()
{
    return ProxyPrivate::call(*this, BarrierWire::Abort).isValid();
}

bool BarrierProxy::reset()
{
    return ProxyPrivate::call(*this, BarrierWire::Reset).isValid();
}

int BarrierProxy::parties() const
{
    return ProxyPrivate::call(*this, BarrierWire::Parties).value().toInt();
}

int BarrierProxy::waitingCount() const
{
    return ProxyPrivate::call(*this, BarrierWire::NWaiting).value().toInt();
}

bool BarrierProxy::isBroken() const
{
    return ProxyPrivate::call(*this, BarrierWire::Broken).value().toBool();
}

PendingReply<int> BarrierProxy::waitAsync(int timeoutMs)
{
    const PendingCall call = timeoutMs == BarrierTimeout
        ? ProxyPrivate::callAsync(*this, BarrierWire::Wait, {}, NoTimeout)
        : ProxyPrivate::callAsync(*this, BarrierWire::Wait, { TypedProxy::seconds(timeoutMs) },
                                  TypedProxy::blocking(timeoutMs, breakOnLatePass));
    return TypedProxy::adapted<int>(call, {}, Failed);
}

PendingReply<void> BarrierProxy::abortAsync()
{
    return TypedProxy::callAsync<void>(*this, BarrierWire::Abort);
}

PendingReply<void> BarrierProxy::resetAsync()
{
    return TypedProxy::callAsync<void>(*this, BarrierWire::Reset);
}

PendingReply<int> BarrierProxy::partiesAsync() const
{
    return TypedProxy::callAsync<int>(*this, BarrierWire::Parties);
}

PendingReply<int> BarrierProxy::waitingCountAsync() const
{
    return TypedProxy::callAsync<int>(*this, BarrierWire::NWaiting);
}

PendingReply<bool> BarrierProxy::isBrokenAsync() const
{
    return TypedProxy::callAsync<bool>(*this, BarrierWire::Broken);
}

} // namespace LibManager
