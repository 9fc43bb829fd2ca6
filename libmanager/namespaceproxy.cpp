// SPDX-License-Identifier: BSD-3-Clause
#include "namespaceproxy.h"
#include "proxy_p.h"

namespace LibManager {

namespace {
bool isOwn(const QString &name)
{
    return name.startsWith(QLatin1Char('_'));
}
} // namespace

Reply NamespaceProxy::value(const QString &name) const
{
    if (isOwn(name)) {
        const auto it = m_own.constFind(name);
        const Reply reply = it == m_own.cend()
                ? Reply::fromError(Error::KeyError, QStringLiteral("the proxy has no attribute '%1'").arg(name))
                : Reply::fromValue(*it);
        recordReply(reply);
        return reply;
    }
    return ProxyPrivate::call(*this, QStringLiteral("getattr"), { name });
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
    return ProxyPrivate::call(*this, QStringLiteral("setattr"), { name, value }).isValid();
}

bool NamespaceProxy::remove(const QString &name)
{
    if (isOwn(name)) {
        const bool had = m_own.remove(name) > 0;
        recordReply(had ? Reply() : Reply::fromError(Error::KeyError, QStringLiteral("the proxy has no attribute '%1'").arg(name)));
        return had;
    }
    return ProxyPrivate::call(*this, QStringLiteral("delattr"), { name }).isValid();
}

bool NamespaceProxy::contains(const QString &name) const
{
    if (isOwn(name))
        return m_own.contains(name);
    return ProxyPrivate::call(*this, QStringLiteral("hasattr"), { name }).value().toBool();
}

QVariantMap NamespaceProxy::attributes() const
{
    return callMethod(QStringLiteral("attributes")).value().toMap();
}

void NamespaceProxy::handleEvent(const QByteArray &name, const QVariantList &args)
{
    if (name == "set")
        Q_EMIT attributeChanged(args.value(0).toString(), args.value(1));
    else if (name == "deleted")
        Q_EMIT attributeRemoved(args.value(0).toString());
}

} // namespace LibManager
