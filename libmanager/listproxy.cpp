// SPDX-License-Identifier: BSD-3-Clause
#include "listproxy.h"
#include "proxy_p.h"
#include "containerresults_p.h"
#include "typedproxy_p.h"

namespace LibManager {

namespace {
QVariant bound(int value)
{
    return value == ListProxy::End ? QVariant() : QVariant(value);
}

// What index() returns when the value is not there (or the call failed).
constexpr int NotFound = -1;
} // namespace

Reply ListProxy::at(int index) const
{
    return ProxyPrivate::call(*this, QStringLiteral("__getitem__"), { index });
}

bool ListProxy::set(int index, const QVariant &value)
{
    return ProxyPrivate::call(*this, QStringLiteral("__setitem__"), { index, value }).isValid();
}

Reply ListProxy::slice(int start, int stop, int step) const
{
    return ProxyPrivate::call(*this, QStringLiteral("getslice"), { start, bound(stop), step });
}

bool ListProxy::setSlice(int start, int stop, const QVariantList &values, int step)
{
    return ProxyPrivate::call(*this, QStringLiteral("setslice"), { start, bound(stop), QVariant(values), step }).isValid();
}

bool ListProxy::removeSlice(int start, int stop)
{
    return ProxyPrivate::call(*this, QStringLiteral("delslice"), { start, bound(stop) }).isValid();
}

bool ListProxy::append(const QVariant &value)
{
    return ProxyPrivate::call(*this, QStringLiteral("append"), { value }).isValid();
}

bool ListProxy::extend(const QVariantList &values)
{
    return ProxyPrivate::call(*this, QStringLiteral("extend"), { QVariant(values) }).isValid();
}

bool ListProxy::insert(int index, const QVariant &value)
{
    return ProxyPrivate::call(*this, QStringLiteral("insert"), { index, value }).isValid();
}

Reply ListProxy::pop(int index)
{
    return ProxyPrivate::call(*this, QStringLiteral("pop"), { index });
}

bool ListProxy::remove(const QVariant &value)
{
    return ProxyPrivate::call(*this, QStringLiteral("remove"), { value }).isValid();
}

int ListProxy::index(const QVariant &value, int start, int stop) const
{
    const Reply reply = ProxyPrivate::call(*this, QStringLiteral("index"), { value, start, bound(stop) });
    return reply.isValid() ? reply.value().toInt() : NotFound;
}

int ListProxy::count(const QVariant &value) const
{
    return ProxyPrivate::call(*this, QStringLiteral("count"), { value }).value().toInt();
}

bool ListProxy::reverse()
{
    return callMethod(QStringLiteral("reverse")).isValid();
}

bool ListProxy::sort(Qt::SortOrder order)
{
    return ProxyPrivate::call(*this, QStringLiteral("sort"), { order == Qt::DescendingOrder }).isValid();
}

bool ListProxy::clear()
{
    return callMethod(QStringLiteral("clear")).isValid();
}

int ListProxy::size() const
{
    return callMethod(QStringLiteral("__len__")).value().toInt();
}

bool ListProxy::contains(const QVariant &value) const
{
    return ProxyPrivate::call(*this, QStringLiteral("__contains__"), { value }).value().toBool();
}

QVariantList ListProxy::toList() const
{
    return callMethod(QStringLiteral("tolist")).value().toList();
}

PendingReply<QVariant> ListProxy::atAsync(int index) const
{
    return TypedProxy::callAsync(*this, QStringLiteral("__getitem__"), { index });
}

PendingReply<void> ListProxy::setAsync(int index, const QVariant &value)
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("__setitem__"), { index, value });
}

PendingReply<QVariantList> ListProxy::sliceAsync(int start, int stop, int step) const
{
    return TypedProxy::callAsync<QVariantList>(*this, QStringLiteral("getslice"),
                                               { start, bound(stop), step });
}

PendingReply<void> ListProxy::setSliceAsync(int start, int stop, const QVariantList &values,
                                            int step)
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("setslice"),
                                       { start, bound(stop), QVariant(values), step });
}

PendingReply<void> ListProxy::removeSliceAsync(int start, int stop)
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("delslice"), { start, bound(stop) });
}

PendingReply<void> ListProxy::appendAsync(const QVariant &value)
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("append"), { value });
}

PendingReply<void> ListProxy::extendAsync(const QVariantList &values)
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("extend"), { QVariant(values) });
}

PendingReply<void> ListProxy::insertAsync(int index, const QVariant &value)
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("insert"), { index, value });
}

PendingReply<QVariant> ListProxy::popAsync(int index)
{
    return TypedProxy::callAsync(*this, QStringLiteral("pop"), { index });
}

PendingReply<void> ListProxy::removeAsync(const QVariant &value)
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("remove"), { value });
}

PendingReply<int> ListProxy::indexAsync(const QVariant &value, int start, int stop) const
{
    return TypedProxy::adapted<int>(
        ProxyPrivate::callAsync(*this, QStringLiteral("index"), { value, start, bound(stop) }), {},
        NotFound);
}

PendingReply<int> ListProxy::countAsync(const QVariant &value) const
{
    return TypedProxy::callAsync<int>(*this, QStringLiteral("count"), { value });
}

PendingReply<void> ListProxy::reverseAsync()
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("reverse"));
}

PendingReply<void> ListProxy::sortAsync(Qt::SortOrder order)
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("sort"),
                                       { order == Qt::DescendingOrder });
}

PendingReply<void> ListProxy::clearAsync()
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("clear"));
}

PendingReply<int> ListProxy::sizeAsync() const
{
    return TypedProxy::callAsync<int>(*this, QStringLiteral("__len__"));
}

PendingReply<bool> ListProxy::containsAsync(const QVariant &value) const
{
    return TypedProxy::callAsync<bool>(*this, QStringLiteral("__contains__"), { value });
}

PendingReply<QVariantList> ListProxy::toListAsync() const
{
    return TypedProxy::callAsync<QVariantList>(*this, QStringLiteral("tolist"));
}

ItemWindow ListProxy::window(qint64 start, int count) const
{
    return TypedProxy::convertedCall(*this, u"window", { start, count }, ContainerResults::itemWindow);
}

ConditionalWrite ListProxy::setIf(int index, const QVariant &value, quint64 expectedVersion)
{
    return TypedProxy::convertedCall(*this, u"set_if", { index, value, expectedVersion },
                                     ContainerResults::conditionalWrite);
}

ExchangedValue ListProxy::exchange(int index, const QVariant &value)
{
    return TypedProxy::convertedCall(*this, u"exchange", { index, value },
                                     ContainerResults::exchangedValue);
}

PendingReply<ItemWindow> ListProxy::windowAsync(qint64 start, int count) const
{
    return TypedProxy::convertedCallAsync(*this, u"window", { start, count },
                                          ContainerResults::itemWindow);
}

PendingReply<ConditionalWrite> ListProxy::setIfAsync(int index, const QVariant &value,
                                                     quint64 expectedVersion)
{
    return TypedProxy::convertedCallAsync(*this, u"set_if", { index, value, expectedVersion },
                                          ContainerResults::conditionalWrite);
}

PendingReply<ExchangedValue> ListProxy::exchangeAsync(int index, const QVariant &value)
{
    return TypedProxy::convertedCallAsync(*this, u"exchange", { index, value },
                                          ContainerResults::exchangedValue);
}

void ListProxy::handleEvent(const QByteArray &name, const QVariantList &args)
{
    if (name == "inserted")
        Q_EMIT itemsInserted(args.value(0).toInt(), args.value(1).toList());
    else if (name == "removed")
        Q_EMIT itemsRemoved(args.value(0).toInt(), args.value(1).toInt());
    else if (name == "changed")
        Q_EMIT itemsChanged(args.value(0).toInt(), args.value(1).toList());
    else if (name == "reset")
        Q_EMIT listReset(args.value(0).toList());
}

} // namespace LibManager
