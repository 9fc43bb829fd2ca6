// SPDX-License-Identifier: BSD-3-Clause
#include "queueproxy.h"
#include "proxy_p.h"
#include "typedproxy_p.h"

namespace LibManager {

bool QueueProxy::put(const QVariant &item, int timeoutMs)
{
    return ProxyPrivate::call(*this, QStringLiteral("put"), { item, timeoutMs != 0, TypedProxy::seconds(timeoutMs) },
                      TypedProxy::clientWait(timeoutMs))
            .isValid();
}

Reply QueueProxy::get(int timeoutMs)
{
    return ProxyPrivate::call(*this, QStringLiteral("get"), { timeoutMs != 0, TypedProxy::seconds(timeoutMs) },
                      TypedProxy::clientWait(timeoutMs));
}

int QueueProxy::qsize() const
{
    return callMethod(QStringLiteral("qsize")).value().toInt();
}

bool QueueProxy::empty() const
{
    return callMethod(QStringLiteral("empty")).value().toBool();
}

bool QueueProxy::full() const
{
    return callMethod(QStringLiteral("full")).value().toBool();
}

bool QueueProxy::taskDone()
{
    return callMethod(QStringLiteral("task_done")).isValid();
}

bool QueueProxy::join(int timeoutMs)
{
    return ProxyPrivate::call(*this, QStringLiteral("join"), { TypedProxy::seconds(timeoutMs) }, TypedProxy::clientWait(timeoutMs))
            .value()
            .toBool();
}

PendingReply<void> QueueProxy::putAsync(const QVariant &item, int timeoutMs)
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("put"),
                                       { item, timeoutMs != 0, TypedProxy::seconds(timeoutMs) },
                                       TypedProxy::clientWait(timeoutMs));
}

PendingReply<QVariant> QueueProxy::getAsync(int timeoutMs)
{
    return TypedProxy::callAsync(*this, QStringLiteral("get"),
                                 { timeoutMs != 0, TypedProxy::seconds(timeoutMs) },
                                 TypedProxy::clientWait(timeoutMs));
}

PendingReply<int> QueueProxy::qsizeAsync() const
{
    return TypedProxy::callAsync<int>(*this, QStringLiteral("qsize"));
}

PendingReply<bool> QueueProxy::emptyAsync() const
{
    return TypedProxy::callAsync<bool>(*this, QStringLiteral("empty"));
}

PendingReply<bool> QueueProxy::fullAsync() const
{
    return TypedProxy::callAsync<bool>(*this, QStringLiteral("full"));
}

PendingReply<void> QueueProxy::taskDoneAsync()
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("task_done"));
}

PendingReply<bool> QueueProxy::joinAsync(int timeoutMs)
{
    return TypedProxy::callAsync<bool>(*this, QStringLiteral("join"),
                                       { TypedProxy::seconds(timeoutMs) },
                                       TypedProxy::clientWait(timeoutMs));
}

void QueueProxy::handleEvent(const QByteArray &name, const QVariantList &args)
{
    if (name == "size")
        Q_EMIT sizeChanged(args.value(0).toInt());
}

} // namespace LibManager
