// SPDX-License-Identifier: BSD-3-Clause
#include "dictproxy.h"
#include "proxy_p.h"

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
    VariantPairList out;
    for (const QVariant &pair : callMethod(QStringLiteral("items")).value().toList()) {
        const QVariantList kv = pair.toList();
        out.append({ kv.value(0), kv.value(1) });
    }
    return out;
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
    QVariantMap out;
    for (const VariantPair &pair : items())
        out.insert(pair.first.toString(), pair.second);
    return out;
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
