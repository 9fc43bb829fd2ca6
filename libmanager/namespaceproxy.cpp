// SPDX-License-Identifier: BSD-3-Clause
#include "namespaceproxy.h"
#include "proxy_p.h"
#include "tr_p.h"
#include "containerresults_p.h"
#include "typedproxy_p.h"
#include <libmanager/standardtypes/vocabulary_p.h>

namespace LibManager {

namespace {
bool isOwn(const QString &name)
{
    return name.startsWith(QLatin1Char('_'));
}

Reply noOwnAttribute(const QString &name)
{
    return Reply::fromError(Error::KeyError, Tr::tr("the proxy has no attribute '%1'").arg(name));
}
} // namespace

Reply NamespaceProxy::ownValue(const QString &name) const
{
    const auto it = m_own.constFind(name);
    return it == m_own.cend() ? noOwnAttribute(name) : Reply::fromValue(*it);
}

Reply NamespaceProxy::removeOwn(const QString &name)
{
    return m_own.remove(name) > 0 ? Reply() : noOwnAttribute(name);
}

Reply NamespaceProxy::value(const QString &name) const
{
    if (isOwn(name)) {
        const Reply reply = ownValue(name);
        recordReply(reply);
        return reply;
    }
    return ProxyPrivate::call(*this, NamespaceWire::GetAttr, { name });
}

QVariant NamespaceProxy::value(const QString &name, const QVariant &defaultValue) const
{
    const Reply reply = value(name);
    return reply.isValid() ? reply.value() : defaultValue;
}

bool NamespaceProxy::setValue(const QString &name, const QVariant &value)
{
    if (isOwn(name)) {
        m_own.insert(name, value);
        recordReply(Reply());
        return true;
    }
    return ProxyPrivate::call(*this, NamespaceWire::SetAttr, { name, value }).isValid();
}

bool NamespaceProxy::remove(const QString &name)
{
    if (isOwn(name)) {
        const Reply reply = removeOwn(name);
        recordReply(reply);
        return reply.isValid();
    }
    return ProxyPrivate::call(*this, NamespaceWire::DelAttr, { name }).isValid();
}

bool NamespaceProxy::contains(const QString &name) const
{
    if (isOwn(name))
        return m_own.contains(name);
    return ProxyPrivate::call(*this, NamespaceWire::HasAttr, { name }).value().toBool();
}

QVariantMap NamespaceProxy::attributes() const
{
    return ProxyPrivate::call(*this, NamespaceWire::Attributes).value().toMap();
}

PendingReply<QVariant> NamespaceProxy::valueAsync(const QString &name) const
{
    if (isOwn(name))
        return TypedProxy::finished<QVariant>(ownValue(name));
    return TypedProxy::callAsync(*this, NamespaceWire::GetAttr, { name });
}

PendingReply<QVariant> NamespaceProxy::valueAsync(const QString &name,
                                                  const QVariant &defaultValue) const
{
    const PendingReply<QVariant> reply = valueAsync(name);
    return TypedProxy::adapted<QVariant>(reply, {}, defaultValue);
}

PendingReply<void> NamespaceProxy::setValueAsync(const QString &name, const QVariant &value)
{
    if (isOwn(name)) {
        m_own.insert(name, value);
        return TypedProxy::finished<void>(Reply());
    }
    return TypedProxy::callAsync<void>(*this, NamespaceWire::SetAttr, { name, value });
}

PendingReply<void> NamespaceProxy::removeAsync(const QString &name)
{
    if (isOwn(name))
        return TypedProxy::finished<void>(removeOwn(name));
    return TypedProxy::callAsync<void>(*this, NamespaceWire::DelAttr, { name });
}

PendingReply<bool> NamespaceProxy::containsAsync(const QString &name) const
{
    if (isOwn(name))
        return TypedProxy::finished<bool>(Reply::fromValue(m_own.contains(name)));
    return TypedProxy::callAsync<bool>(*this, NamespaceWire::HasAttr, { name });
}

PendingReply<QVariantMap> NamespaceProxy::attributesAsync() const
{
    return TypedProxy::callAsync<QVariantMap>(*this, NamespaceWire::Attributes);
}

NamespaceSnapshot NamespaceProxy::snapshot() const
{
    return TypedProxy::convertedCall(*this, NamespaceWire::Snapshot, {}, ContainerResults::namespaceSnapshot);
}

VersionedValue NamespaceProxy::lookup(const QString &name) const
{
    return TypedProxy::convertedCall(*this, NamespaceWire::Lookup, { name }, ContainerResults::versionedValue);
}

ConditionalWrite NamespaceProxy::setIf(const QString &name, const QVariant &value,
                                       quint64 expectedVersion)
{
    return TypedProxy::convertedCall(*this, NamespaceWire::SetIf, { name, value, expectedVersion },
                                     ContainerResults::conditionalWrite);
}

ExchangedValue NamespaceProxy::exchange(const QString &name, const QVariant &value)
{
    return TypedProxy::convertedCall(*this, NamespaceWire::Exchange, { name, value },
                                     ContainerResults::exchangedValue);
}

PendingReply<NamespaceSnapshot> NamespaceProxy::snapshotAsync() const
{
    return TypedProxy::convertedCallAsync(*this, NamespaceWire::Snapshot, {},
                                          ContainerResults::namespaceSnapshot);
}

PendingReply<VersionedValue> NamespaceProxy::lookupAsync(const QString &name) const
{
    return TypedProxy::convertedCallAsync(*this, NamespaceWire::Lookup, { name },
                                          ContainerResults::versionedValue);
}

PendingReply<ConditionalWrite> NamespaceProxy::setIfAsync(const QString &name, const QVariant &value,
                                                          quint64 expectedVersion)
{
    return TypedProxy::convertedCallAsync(*this, NamespaceWire::SetIf, { name, value, expectedVersion },
                                          ContainerResults::conditionalWrite);
}

PendingReply<ExchangedValue> NamespaceProxy::exchangeAsync(const QString &name,
                                                           const QVariant &value)
{
    return TypedProxy::convertedCallAsync(*this, NamespaceWire::Exchange, { name, value },
                                          ContainerResults::exchangedValue);
}

void NamespaceProxy::handleEvent(const QByteArray &name, const QVariantList &args)
{
    if (name == NamespaceWire::SetEvent)
        Q_EMIT attributeChanged(args.value(0).toString(), args.value(1));
    else if (name == NamespaceWire::DeletedEvent)
        Q_EMIT attributeRemoved(args.value(0).toString());
}

} // namespace LibManager
