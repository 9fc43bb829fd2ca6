// SPDX-License-Identifier: BSD-3-Clause
#include "listproxy.h"
#include "proxy_p.h"
#include "containerresults_p.h"
#include "typedproxy_p.h"
#include <libmanager/standardtypes/vocabulary_p.h>

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
    return ProxyPrivate::call(*this, ListWire::GetItem, { index });
}

bool ListProxy::set(int index, const QVariant &value)
{
    return ProxyPrivate::call(*this, ListWire::SetItem, { index, value }).isValid();
}

Reply ListProxy::slice(int start, int stop, int step) const
{
    return ProxyPrivate::call(*this, ListWire::GetSlice, { start, bound(stop), step });
}

bool ListProxy::setSlice(int start, int stop, const QVariantList &values, int step)
{
    return ProxyPrivate::call(*this, ListWire::SetSlice, { start, bound(stop), QVariant(values), step }).isValid();
}

bool ListProxy::removeSlice(int start, int stop)
{
    return ProxyPrivate::call(*this, ListWire::DelSlice, { start, bound(stop) }).isValid();
}

bool ListProxy::append(const QVariant &value)
{
    return ProxyPrivate::call(*this, ListWire::Append, { value }).isValid();
}

bool ListProxy::extend(const QVariantList &values)
{
    return ProxyPrivate::call(*this, ListWire::Extend, { QVariant(values) }).isValid();
}

bool ListProxy::insert(int index, const QVariant &value)
{
    return ProxyPrivate::call(*this, ListWire::Insert, { index, value }).isValid();
}

Reply ListProxy::pop(int index)
{
    return ProxyPrivate::call(*this, ListWire::Pop, { index });
}

bool ListProxy::remove(const QVariant &value)
{
    return ProxyPrivate::call(*this, ListWire::Remove, { value }).isValid();
}

int ListProxy::index(const QVariant &value, int start, int stop) const
{
    const Reply reply = ProxyPrivate::call(*this, ListWire::Index, { value, start, bound(stop) });
    return reply.isValid() ? reply.value().toInt() : NotFound;
}

int ListProxy::count(const QVariant &value) const
{
    return ProxyPrivate::call(*this, ListWire::Count, { value }).value().toInt();
}

bool ListProxy::reverse()
{
    return ProxyPrivate::call(*this, ListWire::Reverse).isValid();
}

bool ListProxy::sort(Qt::SortOrder order)
{
    return ProxyPrivate::call(*this, ListWire::Sort, { order == Qt::DescendingOrder }).isValid();
}

bool ListProxy::clear()
{
    return ProxyPrivate::call(*this, ListWire::Clear).isValid();
}

int ListProxy::size() const
{
    return ProxyPrivate::call(*this, ListWire::Len).value().toInt();
}

bool ListProxy::contains(const QVariant &value) const
{
    return ProxyPrivate::call(*this, ListWire::Contains, { value }).value().toBool();
}

QVariantList ListProxy::toList() const
{
    return ProxyPrivate::call(*this, ListWire::ToList).value().toList();
}

PendingReply<QVariant> ListProxy::atAsync(int index) const
{
    return TypedProxy::callAsync(*this, ListWire::GetItem, { index });
}

PendingReply<void> ListProxy::setAsync(int index, const QVariant &value)
{
    return TypedProxy::callAsync<void>(*this, ListWire::SetItem, { index, value });
}

PendingReply<QVariantList> ListProxy::sliceAsync(int start, int stop, int step) const
{
    return TypedProxy::callAsync<QVariantList>(*this, ListWire::GetSlice,
                                               { start, bound(stop), step });
}

PendingReply<void> ListProxy::setSliceAsync(int start, int stop, const QVariantList &values,
                                            int step)
{
    return TypedProxy::callAsync<void>(*this, ListWire::SetSlice,
                                       { start, bound(stop), QVariant(values), step });
}

PendingReply<void> ListProxy::removeSliceAsync(int start, int stop)
{
    return TypedProxy::callAsync<void>(*this, ListWire::DelSlice, { start, bound(stop) });
}

PendingReply<void> ListProxy::appendAsync(const QVariant &value)
{
    return TypedProxy::callAsync<void>(*this, ListWire::Append, { value });
}

PendingReply<void> ListProxy::extendAsync(const QVariantList &values)
{
    return TypedProxy::callAsync<void>(*this, ListWire::Extend, { QVariant(values) });
}

PendingReply<void> ListProxy::insertAsync(int index, const QVariant &value)
{
    return TypedProxy::callAsync<void>(*this, ListWire::Insert, { index, value });
}

PendingReply<QVariant> ListProxy::popAsync(int index)
{
    return TypedProxy::callAsync(*this, ListWire::Pop, { index });
}

PendingReply<void> ListProxy::removeAsync(const QVariant &value)
{
    return TypedProxy::callAsync<void>(*this, ListWire::Remove, { value });
}

PendingReply<int> ListProxy::indexAsync(const QVariant &value, int start, int stop) const
{
    return TypedProxy::adapted<int>(
        ProxyPrivate::callAsync(*this, ListWire::Index, { value, start, bound(stop) }), {},
        NotFound);
}

PendingReply<int> ListProxy::countAsync(const QVariant &value) const
{
    return TypedProxy::callAsync<int>(*this, ListWire::Count, { value });
}

PendingReply<void> ListProxy::reverseAsync()
{
    return TypedProxy::callAsync<void>(*this, ListWire::Reverse);
}

PendingReply<void> ListProxy::sortAsync(Qt::SortOrder order)
{
    return TypedProxy::callAsync<void>(*this, ListWire::Sort,
                                       { order == Qt::DescendingOrder });
}

PendingReply<void> ListProxy::clearAsync()
{
    return TypedProxy::callAsync<void>(*this, ListWire::Clear);
}

PendingReply<int> ListProxy::sizeAsync() const
{
    return TypedProxy::callAsync<int>(*this, ListWire::Len);
}

PendingReply<bool> ListProxy::containsAsync(const QVariant &value) const
{
    return TypedProxy::callAsync<bool>(*this, ListWire::Contains, { value });
}

PendingReply<QVariantList> ListProxy::toListAsync() const
{
    return TypedProxy::callAsync<QVariantList>(*this, ListWire::ToList);
}

ItemWindow ListProxy::window(qint64 start, int count) const
{
    return TypedProxy::convertedCall(*this, ListWire::Window, { start, count }, ContainerResults::itemWindow);
}

ConditionalWrite ListProxy::setIf(int index, const QVariant &value, quint64 expectedVersion)
{
    return TypedProxy::convertedCall(*this, ListWire::SetIf, { index, value, expectedVersion },
                                     ContainerResults::conditionalWrite);
}

ExchangedValue ListProxy::exchange(int index, const QVariant &value)
{
    return TypedProxy::convertedCall(*this, ListWire::Exchange, { index, value },
                                     ContainerResults::exchangedValue);
}

PendingReply<ItemWindow> ListProxy::windowAsync(qint64 start, int count) const
{
    return TypedProxy::convertedCallAsync(*this, ListWire::Window, { start, count },
                                          ContainerResults::itemWindow);
}

PendingReply<ConditionalWrite> ListProxy::setIfAsync(int index, const QVariant &value,
                                                     quint64 expectedVersion)
{
    return TypedProxy::convertedCallAsync(*this, ListWire::SetIf, { index, value, expectedVersion },
                                          ContainerResults::conditionalWrite);
}

PendingReply<ExchangedValue> ListProxy::exchangeAsync(int index, const QVariant &value)
{
    return TypedProxy::convertedCallAsync(*this, ListWire::Exchange, { index, value },
                                          ContainerResults::exchangedValue);
}

void ListProxy::handleEvent(const QByteArray &name, const QVariantList &args)
{
    if (name == ListWire::InsertedEvent)
        Q_EMIT itemsInserted(args.value(0).toInt(), args.value(1).toList());
    else if (name == ListWire::RemovedEvent)
        Q_EMIT itemsRemoved(args.value(0).toInt(), args.value(1).toInt());
    else if (name == ListWire::ChangedEvent)
        Q_EMIT itemsChanged(args.value(0).toInt(), args.value(1).toList());
    else if (name == ListWire::ResetEvent)
        Q_EMIT listReset(args.value(0).toList());
}

} // namespace LibManager
