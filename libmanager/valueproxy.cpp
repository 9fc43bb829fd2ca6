// SPDX-License-Identifier: BSD-3-Clause
#include "valueproxy.h"
#include "proxy_p.h"
#include "typedproxy_p.h"

namespace LibManager {

namespace {
// compare_exchange answers [exchanged, value before].
ValueProxy::ExchangeResult exchangeResult(const QVariantList &answer)
{
    return { answer.value(0).toBool(), answer.value(1) };
}
} // namespace

char ValueProxy::typeCode() const
{
    return TypedProxy::typeCodeOf(callMethod(QStringLiteral("typecode")).value());
}

QVariant ValueProxy::value() const
{
    return callMethod(QStringLiteral("get")).value();
}

bool ValueProxy::setValue(const QVariant &value)
{
    return ProxyPrivate::call(*this, QStringLiteral("set"), { value }).isValid();
}

Reply ValueProxy::fetchAdd(const QVariant &delta)
{
    return ProxyPrivate::call(*this, QStringLiteral("fetch_add"), { delta });
}

bool ValueProxy::compareExchange(const QVariant &expected, const QVariant &desired, QVariant *current)
{
    const Reply reply = ProxyPrivate::call(*this, QStringLiteral("compare_exchange"), { expected, desired });
    const QVariantList answer = reply.value().toList();
    const ExchangeResult result = exchangeResult(answer);
    if (current && answer.size() == 2)
        *current = result.previous;
    return reply.isValid() && result.exchanged;
}

PendingReply<char> ValueProxy::typeCodeAsync() const
{
    return TypedProxy::adapted<char>(ProxyPrivate::callAsync(*this, QStringLiteral("typecode")),
                                     TypedProxy::converting(TypedProxy::typeCodeOf));
}

PendingReply<QVariant> ValueProxy::valueAsync() const
{
    return TypedProxy::callAsync(*this, QStringLiteral("get"));
}

PendingReply<void> ValueProxy::setValueAsync(const QVariant &value)
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("set"), { value });
}

PendingReply<QVariant> ValueProxy::fetchAddAsync(const QVariant &delta)
{
    return TypedProxy::callAsync(*this, QStringLiteral("fetch_add"), { delta });
}

PendingReply<ValueProxy::ExchangeResult> ValueProxy::compareExchangeAsync(const QVariant &expected,
                                                                          const QVariant &desired)
{
    return TypedProxy::adapted<ExchangeResult>(
        ProxyPrivate::callAsync(*this, QStringLiteral("compare_exchange"), { expected, desired }),
        TypedProxy::converting(
            [](const QVariant &answer) { return exchangeResult(answer.toList()); }));
}

void ValueProxy::handleEvent(const QByteArray &name, const QVariantList &args)
{
    if (name == "changed")
        Q_EMIT valueChanged(args.value(0));
}

} // namespace LibManager
