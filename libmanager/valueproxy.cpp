// SPDX-License-Identifier: BSD-3-Clause
#include "valueproxy.h"
#include "proxy_p.h"

namespace LibManager {

char ValueProxy::typeCode() const
{
    const QString code = callMethod(QStringLiteral("typecode")).value().toString();
    return code.isEmpty() ? 0 : code.at(0).toLatin1();
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
    const QVariantList result = reply.value().toList();
    if (current && result.size() == 2)
        *current = result.at(1);
    return reply.isValid() && result.value(0).toBool();
}

void ValueProxy::handleEvent(const QByteArray &name, const QVariantList &args)
{
    if (name == "changed")
        Q_EMIT valueChanged(args.value(0));
}

} // namespace LibManager
