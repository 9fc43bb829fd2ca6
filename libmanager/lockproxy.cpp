// SPDX-License-Identifier: BSD-3-Clause
#include "lockproxy.h"
#include "typedproxy_p.h"

namespace LibManager {

bool LockProxy::acquire(int timeoutMs)
{
    const Reply reply = callMethod(QStringLiteral("acquire"), { timeoutMs != 0, TypedProxy::seconds(timeoutMs) },
                                   TypedProxy::clientWait(timeoutMs));
    return reply.isValid() && reply.value().toBool();
}

bool LockProxy::release()
{
    return callMethod(QStringLiteral("release")).isValid();
}

bool LockProxy::isLocked() const
{
    return callMethod(QStringLiteral("locked")).value().toBool();
}

} // namespace LibManager
