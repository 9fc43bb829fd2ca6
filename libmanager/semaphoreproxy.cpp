// SPDX-License-Identifier: BSD-3-Clause
#include "semaphoreproxy.h"
#include "proxy_p.h"
#include "typedproxy_p.h"

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
    return ProxyPrivate::call(*this, QStringLiteral("release"), { n }).isValid();
}

int SemaphoreProxy::value() const
{
    return callMethod(QStringLiteral("get_value")).value().toInt();
}

PendingReply<bool> SemaphoreProxy::acquireAsync(int timeoutMs)
{
    return TypedProxy::acquireAsync(*this, timeoutMs);
}

PendingReply<void> SemaphoreProxy::releaseAsync(int n)
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("release"), { n });
}

PendingReply<int> SemaphoreProxy::valueAsync() const
{
    return TypedProxy::callAsync<int>(*this, QStringLiteral("get_value"));
}

} // namespace LibManager
