// SPDX-License-Identifier: BSD-3-Clause
#include "address_p.h"

#include <QtCore/qdir.h>
#include <QtNetwork/qhostaddress.h>

#include <algorithm>

namespace LibManager {

Address Address::parse(const QString &text)
{
    Address address;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return address;
    if (trimmed.startsWith(QLatin1String("local:"))) {
        address.kind = Local;
        address.local = trimmed.mid(6);
        if (address.local.isEmpty())
            address.kind = Invalid;
        return address;
    }
    QString rest = trimmed;
    const bool explicitTcp = rest.startsWith(QLatin1String("tcp://"));
    if (explicitTcp)
        rest = rest.mid(6);
    if (!explicitTcp && rest.contains(QLatin1Char('/'))) {
        address.kind = Local;
        address.local = rest;
        return address;
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon > 0) {
        const QStringView portText = QStringView(rest).mid(colon + 1);
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        // "name:digits" is meant as TCP: a bad port there is an error, not a local name.
        const bool looksLikePort = !portText.isEmpty() && !rest.startsWith(QLatin1Char('['))
                && !rest.left(colon).contains(QLatin1Char(':'))
                && std::all_of(portText.begin(), portText.end(),
                               [](QChar c) { return c.isDigit() || c == QLatin1Char('-'); });
        if (looksLikePort && (!ok || port > 65535))
            return address;
        QString host = rest.left(colon);
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        if (ok && port <= 65535 && !host.isEmpty()
            && (host.contains(QLatin1Char(':')) == rest.startsWith(QLatin1Char('[')))) {
            address.kind = Tcp;
            address.host = host;
            address.port = quint16(port);
            return address;
        }
    }
    if (explicitTcp)
        return address; // tcp:// without a usable host:port
    address.kind = Local;
    address.local = rest;
    return address;
}

QString Address::localPath() const
{
    if (local.startsWith(QLatin1Char('/')))
        return local;
    // Where QLocalServer::listen() puts a bare name.
    return QDir::cleanPath(QDir::tempPath() + QLatin1Char('/') + local);
}

QString Address::toString() const
{
    switch (kind) {
    case Local:
        return localPath();
    case Tcp:
        if (host.contains(QLatin1Char(':')))
            return QLatin1Char('[') + host + QLatin1String("]:") + QString::number(port);
        return host + QLatin1Char(':') + QString::number(port);
    case Invalid:
        break;
    }
    return {};
}

} // namespace LibManager
