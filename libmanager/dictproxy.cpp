// SPDX-License-Identifier: BSD-3-Clause
#include "dictproxy.h"
#include "proxy_p.h"
#include "typedproxy_p.h"

namespace LibManager {

namespace {
QVariantList pairsToList(const VariantPairList &pairs)
{
    QVariantList out;
    out.reserve(pairs.size());
    for (const VariantPair &pair : pairs)
        out.append(QVariant(QVariantList { pair.first, pair.second }));
    return out;
}

// items() as the server answers it: [key, value] lists.
VariantPairList toPairs(const QVariant &answer)
{
    VariantPairList out;
    for (const QVariant &pair : answer.toList()) {
        const QVariantList kv = pair.toList();
        out.append({ kv.value(0), kv.value(1) });
    }
    return out;
}

QVariantMap pairsToMap(const VariantPairList &pairs)
{
    QVariantMap out;
    for (const VariantPair &pair : pairs)
        out.insert(pair.first.toString(), pair.second);
    return out;
}
} // namespace

Reply DictProxy::value(const QVariant &key) const
{
    return ProxyPrivate::call(*this, QStringLiteral("__getitem__"), { key });
}

QVariant DictProxy::value(const QVariant &key, const QVariant &defaultValue) const
{
    return ProxyPrivate::call(*this, QStringLiteral("get"), { key, defaultValue }).value();
}

bool DictProxy::setValue(const QVariant &key, const QVariant &value)
{
    return ProxyPrivate::call(*this, QStringLiteral("__setitem__"), { key, value }).isValid();
}

bool DictProxy::remove(const QVariant &key)
{
    return ProxyPrivate::call(*this, QStringLiteral("__delitem__"), { key }).isValid();
}

bool DictProxy::contains(const QVariant &key) const
{
    return ProxyPrivate::call(*this, QStringLiteral("__contains__"), { key }).value().toBool();
}

int DictProxy::size() const
{
    return callMethod(QStringLiteral("__len__")).value().toInt();
}

QVariantList DictProxy::keys() const
{
    return callMethod(QStringLiteral("keys")).value().toList();
}

QVariantList DictProxy::values() const
{
    return callMethod(QStringLiteral("values")).value().toList();
}

VariantPairList DictProxy::items() const
{
    return toPairs(callMethod(QStringLiteral("items")).value());
}

Reply DictProxy::pop(const QVariant &key)
{
    return ProxyPrivate::call(*this, QStringLiteral("pop"), { key });
}

QVariant DictProxy::pop(const QVariant &key, const QVariant &defaultValue)
{
    return ProxyPrivate::call(*this, QStringLiteral("pop"), { key, defaultValue }).value();
}

Reply DictProxy::popItem()
{
    return callMethod(QStringLiteral("popitem"));
}

QVariant DictProxy::setDefault(const QVariant &key, const QVariant &defaultValue)
{
    return ProxyPrivate::call(*this, QStringLiteral("setdefault"), { key, defaultValue }).value();
}

bool DictProxy::update(const QVariantMap &values)
{
    return ProxyPrivate::call(*this, QStringLiteral("update"), { values }).isValid();
}

bool DictProxy::update(const QVariantHash &values)
{
    return ProxyPrivate::call(*this, QStringLiteral("update"), { values }).isValid();
}

bool DictProxy::update(const VariantPairList &pairs)
{
    return ProxyPrivate::call(*this, QStringLiteral("update"), { QVariant(pairsToList(pairs)) }).isValid();
}

bool DictProxy::clear()
{
    return callMethod(QStringLiteral("clear")).isValid();
}

QVariantMap DictProxy::toMap() const
{
    return pairsToMap(items());
}

PendingReply<QVariant> DictProxy::valueAsync(const QVariant &key) const
{
    return TypedProxy::callAsync(*this, QStringLiteral("__getitem__"), { key });
}

PendingReply<QVariant> DictProxy::valueAsync(const QVariant &key,
                                             const QVariant &defaultValue) const
{
    return TypedProxy::callAsync(*this, QStringLiteral("get"), { key, defaultValue });
}

PendingReply<void> DictProxy::setValueAsync(const QVariant &key, const QVariant &value)
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("__setitem__"), { key, value });
}

PendingReply<void> DictProxy::removeAsync(const QVariant &key)
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("__delitem__"), { key });
}

PendingReply<bool> DictProxy::containsAsync(const QVariant &key) const
{
    return TypedProxy::callAsync<bool>(*this, QStringLiteral("__contains__"), { key });
}

PendingReply<int> DictProxy::sizeAsync() const
{
    return TypedProxy::callAsync<int>(*this, QStringLiteral("__len__"));
}

PendingReply<QVariantList> DictProxy::keysAsync() const
{
    return TypedProxy::callAsync<QVariantList>(*this, QStringLiteral("keys"));
}

PendingReply<QVariantList> DictProxy::valuesAsync() const
{
    return TypedProxy::callAsync<QVariantList>(*this, QStringLiteral("values"));
}

PendingReply<VariantPairList> DictProxy::itemsAsync() const
{
    return TypedProxy::adapted<VariantPairList>(
        ProxyPrivate::callAsync(*this, QStringLiteral("items")), TypedProxy::converting(toPairs));
}

PendingReply<QVariant> DictProxy::popAsync(const QVariant &key)
{
    return TypedProxy::callAsync(*this, QStringLiteral("pop"), { key });
}

PendingReply<QVariant> DictProxy::popAsync(const QVariant &key, const QVariant &defaultValue)
{
    return TypedProxy::callAsync(*this, QStringLiteral("pop"), { key, defaultValue });
}

PendingReply<QVariantList> DictProxy::popItemAsync()
{
    return TypedProxy::callAsync<QVariantList>(*this, QStringLiteral("popitem"));
}

PendingReply<QVariant> DictProxy::setDefaultAsync(const QVariant &key, const QVariant &defaultValue)
{
    return TypedProxy::callAsync(*this, QStringLiteral("setdefault"), { key, defaultValue });
}

PendingReply<void> DictProxy::updateAsync(const QVariantMap &values)
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("update"), { values });
}

PendingReply<void> DictProxy::updateAsync(const QVariantHash &values)
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("update"), { values });
}

PendingReply<void> DictProxy::updateAsync(const VariantPairList &pairs)
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("update"),
                                       { QVariant(pairsToList(pairs)) });
}

PendingReply<void> DictProxy::clearAsync()
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("clear"));
}

PendingReply<QVariantMap> DictProxy::toMapAsync() const
{
    return TypedProxy::adapted<QVariantMap>(
        ProxyPrivate::callAsync(*this, QStringLiteral("items")),
        TypedProxy::converting([](const QVariant &answer) { return pairsToMap(toPairs(answer)); }));
}

void DictProxy::handleEvent(const QByteArray &name, const QVariantList &args)
{
    if (name == "inserted")
        Q_EMIT itemInserted(args.value(0), args.value(1));
    else if (name == "changed")
        Q_EMIT itemChanged(args.value(0), args.value(1));
    else if (name == "removed")
        Q_EMIT itemRemoved(args.value(0));
    else if (name == "cleared")
        Q_EMIT cleared();
}

} // namespace LibManager
