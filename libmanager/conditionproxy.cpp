// SPDX-License-Identifier: BSD-3-Clause
#include "conditionproxy.h"
#include "proxy_p.h"
#include "typedproxy_p.h"

namespace LibManager {

bool ConditionProxy::acquire(int timeoutMs)
{
    return TypedProxy::acquire(*this, timeoutMs);
}

void ConditionProxy::lock()
{
    TypedProxy::throwUnlessAcquired(TypedProxy::acquireCall(*this, Forever));
}

bool ConditionProxy::release()
{
    return callMethod(QStringLiteral("release")).isValid();
}

bool ConditionProxy::wait(int timeoutMs)
{
    const Reply reply = ProxyPrivate::call(*this, QStringLiteral("wait"), { TypedProxy::seconds(timeoutMs) },
                                   TypedProxy::clientWait(timeoutMs));
    if (reply.isValid() && !reply.value().toBool())
        recordReply(Reply::fromError(Error::Timeout, QStringLiteral("no notify within %1 ms").arg(timeoutMs)));
    return reply.isValid() && reply.value().toBool();
}

bool ConditionProxy::notify(int n)
{
    return ProxyPrivate::call(*this, QStringLiteral("notify"), { n }).isValid();
}

bool ConditionProxy::notifyAll()
{
    return callMethod(QStringLiteral("notify_all")).isValid();
}

} // namespace LibManager
