// SPDX-License-Identifier: BSD-3-Clause
#include "lockproxy.h"
#include "typedproxy_p.h"

namespace LibManager {

bool LockProxy::acquire(int timeoutMs)
{
    return TypedProxy::acquire(*this, timeoutMs);
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
