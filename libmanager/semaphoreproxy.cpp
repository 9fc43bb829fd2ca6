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

} // namespace LibManager
