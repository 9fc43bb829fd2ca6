// SPDX-License-Identifier: BSD-3-Clause
#include "semaphoreproxy.h"
#include "proxy_p.h"
#include "typedproxy_p.h"
#include <libmanager/standardtypes/vocabulary_p.h>

namespace LibManager {

bool SemaphoreProxy::acquire(int timeoutMs)
{
    return TypedProxy::acquire(*this, timeoutMs);
}

void SemaphoreProxy::lock()
{
    TypedProxy::throwUnlessAcquired(TypedProxy::acquireCall(*this, Forever));
}

bool SemaphoreProxy::release(int n)
{
    return ProxyPrivate::call(*this, SemaphoreWire::Release, { n }).isValid();
}

int SemaphoreProxy::value() const
{
    return ProxyPrivate::call(*this, SemaphoreWire::GetValue).value().toInt();
}

PendingReply<bool> SemaphoreProxy::acquireAsync(int timeoutMs)
{
    return TypedProxy::acquireAsync(*this, timeoutMs);
}

PendingReply<void> SemaphoreProxy::releaseAsync(int n)
{
    return TypedProxy::callAsync<void>(*this, SemaphoreWire::Release, { n });
}

PendingReply<int> SemaphoreProxy::valueAsync() const
{
    return TypedProxy::callAsync<int>(*this, SemaphoreWire::GetValue);
}

} // namespace LibManager
