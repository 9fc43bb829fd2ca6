// SPDX-License-Identifier: BSD-3-Clause
#include "eventproxy.h"
#include "proxy_p.h"
#include "typedproxy_p.h"
#include <libmanager/standardtypes/vocabulary_p.h>

namespace LibManager {

bool EventProxy::set()
{
    return ProxyPrivate::call(*this, EventWire::Set).isValid();
}

bool EventProxy::clear()
{
    return ProxyPrivate::call(*this, EventWire::Clear).isValid();
}

bool EventProxy::isSet() const
{
    return ProxyPrivate::call(*this, EventWire::IsSet).value().toBool();
}

bool EventProxy::wait(int timeoutMs)
{
    // A late answer changes nothing: dropped.
    return ProxyPrivate::call(*this, EventWire::Wait, { TypedProxy::seconds(timeoutMs) },
                              TypedProxy::blocking(timeoutMs))
            .value()
            .toBool();
}

PendingReply<void> EventProxy::setAsync()
{
    return TypedProxy::callAsync<void>(*this, EventWire::Set);
}

PendingReply<void> EventProxy::clearAsync()
{
    return TypedProxy::callAsync<void>(*this, EventWire::Clear);
}

PendingReply<bool> EventProxy::isSetAsync() const
{
    return TypedProxy::callAsync<bool>(*this, EventWire::IsSet);
}

PendingReply<bool> EventProxy::waitAsync(int timeoutMs)
{
    return PendingReply<bool>(ProxyPrivate::callAsync(*this, EventWire::Wait,
                                                      { TypedProxy::seconds(timeoutMs) },
                                                      TypedProxy::blocking(timeoutMs)));
}

void EventProxy::handleEvent(const QByteArray &name, const QVariantList &args)
{
    Q_UNUSED(args);
    if (name == EventWire::SetEvent)
        Q_EMIT eventSet();
    else if (name == EventWire::ClearedEvent)
        Q_EMIT eventCleared();
}

} // namespace LibManager
