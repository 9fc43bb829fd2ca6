// SPDX-License-Identifier: BSD-3-Clause
#include "barrierproxy.h"
#include "proxy_p.h"
#include "typedproxy_p.h"

namespace LibManager {

int BarrierProxy::wait(int timeoutMs)
{
    const Reply reply = timeoutMs == BarrierTimeout
            ? ProxyPrivate::call(*this, QStringLiteral("wait"), {}, NoTimeout)
            : ProxyPrivate::call(*this, QStringLiteral("wait"), { TypedProxy::seconds(timeoutMs) }, TypedProxy::clientWait(timeoutMs));
    return reply.isValid() ? reply.value().toInt() : -1;
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

} // namespace LibManager
