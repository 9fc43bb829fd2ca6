// SPDX-License-Identifier: BSD-3-Clause
#include "eventproxy.h"
#include "proxy_p.h"
#include "typedproxy_p.h"

namespace LibManager {

bool EventProxy::set()
{
    return callMethod(QStringLiteral("set")).isValid();
}

bool EventProxy::clear()
{
    return callMethod(QStringLiteral("clear")).isValid();
}

bool EventProxy::isSet() const
{
    return callMethod(QStringLiteral("is_set")).value().toBool();
}

bool EventProxy::wait(int timeoutMs)
{
    // A late answer changes nothing: dropped.
    return ProxyPrivate::call(*this, QStringLiteral("wait"), { TypedProxy::seconds(timeoutMs) },
                              TypedProxy::blocking(timeoutMs))
            .value()
            .toBool();
}

PendingReply<void> EventProxy::setAsync()
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("set"));
}

PendingReply<void> EventProxy::clearAsync()
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("clear"));
}

PendingReply<bool> EventProxy::isSetAsync() const
{
    return TypedProxy::callAsync<bool>(*this, QStringLiteral("is_set"));
}

PendingReply<bool> EventProxy::waitAsync(int timeoutMs)
{
    return PendingReply<bool>(ProxyPrivate::callAsync(*this, QStringLiteral("wait"),
                                                      { TypedProxy::seconds(timeoutMs) },
                                                      TypedProxy::blocking(timeoutMs)));
}

void EventProxy::handleEvent(const QByteArray &name, const QVariantList &args)
{
    Q_UNUSED(args);
    if (name == "set")
        Q_EMIT eventSet();
    else if (name == "cleared")
        Q_EMIT eventCleared();
}

} // namespace LibManager
