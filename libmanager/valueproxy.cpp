// SPDX-License-Identifier: BSD-3-Clause
#include "valueproxy.h"
#include "proxy_p.h"
#include "typedproxy_p.h"
#include <libmanager/standardtypes/vocabulary_p.h>

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
    return TypedProxy::typeCodeOf(ProxyPrivate::call(*this, ValueWire::TypeCode).value());
}

QVariant ValueProxy::value() const
{
    return ProxyPrivate::call(*this, ValueWire::Get).value();
}

bool ValueProxy::setValue(const QVariant &value)
{
    return ProxyPrivate::call(*this, ValueWire::Set, { value }).isValid();
}

Reply ValueProxy::fetchAdd(const QVariant &delta)
{
    return ProxyPrivate::call(*this, ValueWire::FetchAdd, { delta });
}

bool ValueProxy::compareExchange(const QVariant &expected, const QVariant &desired, QVariant *current)
{
    const Reply reply = ProxyPrivate::call(*this, ValueWire::CompareExchange, { expected, desired });
    const QVariantList answer = reply.value().toList();
    const ExchangeResult result = exchangeResult(answer);
    if (current && answer.size() == 2)
        *current = result.previous;
    return reply.isValid() && result.exchanged;
}

PendingReply<char> ValueProxy::typeCodeAsync() const
{
    return TypedProxy::adapted<char>(ProxyPrivate::callAsync(*this, ValueWire::TypeCode),
                                     TypedProxy::converting(TypedProxy::typeCodeOf));
}

PendingReply<QVariant> ValueProxy::valueAsync() const
{
    return TypedProxy::callAsync(*this, ValueWire::Get);
}

PendingReply<void> ValueProxy::setValueAsync(const QVariant &value)
{
    return TypedProxy::callAsync<void>(*this, ValueWire::Set, { value });
}

PendingReply<QVariant> ValueProxy::fetchAddAsync(const QVariant &delta)
{
    return TypedProxy::callAsync(*this, ValueWire::FetchAdd, { delta });
}

PendingReply<ValueProxy::ExchangeResult> ValueProxy::compareExchangeAsync(const QVariant &expected,
                                                                          const QVariant &desired)
{
    return TypedProxy::adapted<ExchangeResult>(
        ProxyPrivate::callAsync(*this, ValueWire::CompareExchange, { expected, desired }),
        TypedProxy::converting(
            [](const QVariant &answer) { return exchangeResult(answer.toList()); }));
}

void ValueProxy::handleEvent(const QByteArray &name, const QVariantList &args)
{
    if (name == ValueWire::ChangedEvent)
        Q_EMIT valueChanged(args.value(0));
}

} // namespace LibManager
