// SPDX-License-Identifier: BSD-3-Clause
#include "queueproxy.h"
#include "logging_p.h"
#include "proxy_p.h"
#include "containerresults_p.h"
#include "typedproxy_p.h"
#include <libmanager/standardtypes/vocabulary_p.h>

namespace LibManager {

namespace {
// A get() answered after its caller gave up took an item out of the queue: it goes back to the
// front, where it was, so that it is neither lost nor overtaken by the items behind it.
void putBackLateItem(ClientConnection &connection, quint64 objectId, const Reply &answer)
{
    if (answer.isValid())
        connection.postLate(objectId, QueueWire::PutBack, &answer.value(), 1);
}

// A put() answered after its caller gave up has put its item: it stays (taking it out again
// could take another client's item, or lose this one to a get() in between). The caller was
// told that the outcome is unknown (ServerNotResponding); the log says what it was.
void keepLateItem(ClientConnection &connection, quint64 objectId, const Reply &answer)
{
    Q_UNUSED(connection);
    if (answer.isValid()) {
        qCInfo(lcClient) << "a put() on queue" << objectId
                         << "that had failed without an answer in time was carried out after "
                            "all: its item is in the queue";
    }
}
} // namespace

bool QueueProxy::put(const QVariant &item, int timeoutMs)
{
    return ProxyPrivate::call(*this, QueueWire::Put,
                              { item, timeoutMs != 0, TypedProxy::seconds(timeoutMs) },
                              TypedProxy::blocking(timeoutMs, keepLateItem))
            .isValid();
}

Reply QueueProxy::get(int timeoutMs)
{
    return ProxyPrivate::call(*this, QueueWire::Get,
                              { timeoutMs != 0, TypedProxy::seconds(timeoutMs) },
                              TypedProxy::blocking(timeoutMs, putBackLateItem));
}

int QueueProxy::qsize() const
{
    return ProxyPrivate::call(*this, QueueWire::QSize).value().toInt();
}

bool QueueProxy::empty() const
{
    return ProxyPrivate::call(*this, QueueWire::Empty).value().toBool();
}

bool QueueProxy::full() const
{
    return ProxyPrivate::call(*this, QueueWire::Full).value().toBool();
}

bool QueueProxy::taskDone()
{
    return ProxyPrivate::call(*this, QueueWire::TaskDone).isValid();
}

bool QueueProxy::join(int timeoutMs)
{
    return ProxyPrivate::call(*this, QueueWire::Join, { TypedProxy::seconds(timeoutMs) },
                              TypedProxy::blocking(timeoutMs))
            .value()
            .toBool();
}

PendingReply<void> QueueProxy::putAsync(const QVariant &item, int timeoutMs)
{
    return PendingReply<void>(ProxyPrivate::callAsync(
        *this, QueueWire::Put, { item, timeoutMs != 0, TypedProxy::seconds(timeoutMs) },
        TypedProxy::blocking(timeoutMs, keepLateItem)));
}

PendingReply<QVariant> QueueProxy::getAsync(int timeoutMs)
{
    return PendingReply<QVariant>(ProxyPrivate::callAsync(
        *this, QueueWire::Get, { timeoutMs != 0, TypedProxy::seconds(timeoutMs) },
        TypedProxy::blocking(timeoutMs, putBackLateItem)));
}

PendingReply<int> QueueProxy::qsizeAsync() const
{
    return TypedProxy::callAsync<int>(*this, QueueWire::QSize);
}

PendingReply<bool> QueueProxy::emptyAsync() const
{
    return TypedProxy::callAsync<bool>(*this, QueueWire::Empty);
}

PendingReply<bool> QueueProxy::fullAsync() const
{
    return TypedProxy::callAsync<bool>(*this, QueueWire::Full);
}

PendingReply<void> QueueProxy::taskDoneAsync()
{
    return TypedProxy::callAsync<void>(*this, QueueWire::TaskDone);
}

PendingReply<bool> QueueProxy::joinAsync(int timeoutMs)
{
    return PendingReply<bool>(ProxyPrivate::callAsync(*this, QueueWire::Join,
                                                      { TypedProxy::seconds(timeoutMs) },
                                                      TypedProxy::blocking(timeoutMs)));
}

ItemWindow QueueProxy::peek(qint64 offset, int count) const
{
    return TypedProxy::convertedCall(*this, QueueWire::Peek, { offset, count }, ContainerResults::itemWindow);
}

PendingReply<ItemWindow> QueueProxy::peekAsync(qint64 offset, int count) const
{
    return TypedProxy::convertedCallAsync(*this, QueueWire::Peek, { offset, count },
                                          ContainerResults::itemWindow);
}

void QueueProxy::handleEvent(const QByteArray &name, const QVariantList &args)
{
    if (name == QueueWire::SizeEvent)
        Q_EMIT sizeChanged(args.value(0).toInt());
}

} // namespace LibManager
