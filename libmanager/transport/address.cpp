// SPDX-License-Identifier: BSD-3-Clause
#include "address_p.h"
#include <libmanager/tr_p.h>

#include <QtCore/qdir.h>
#include <QtNetwork/qhostaddress.h>

#include <algorithm>

namespace LibManager {

namespace {

Address invalid(const QString &why)
{
    Address address;
    address.error = why;
    return address;
}

QString forms()
{
    return Tr::tr("a local socket is a path (/run/app.sock), local:NAME or a bare name without "
                  "':'; TCP is host:port, [IPv6]:port, tcp://host:port or :port (all interfaces); TLS is "
                  "tls://host:port");
}

// "host:port", "[v6]:port" or ":port" after any "tcp://"; \a original is for messages.
Address parseTcp(const QString &rest, const QString &original)
{
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return invalid(Tr::tr("%1 has no port (%2)").arg(original, forms()));
    QString host = rest.left(colon);
    const QStringView portText = QStringView(rest).mid(colon + 1);
    if (host.startsWith(QLatin1Char('['))) {
        if (!host.endsWith(QLatin1Char(']')) || host.size() < 3)
            return invalid(
                Tr::tr("%1: an IPv6 address goes in brackets, [::1]:port").arg(original));
        host = host.mid(1, host.size() - 2);
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return invalid(Tr::tr("%1: %2 in brackets is not an IPv6 address").arg(original, host));
    } else if (host.contains(QLatin1Char(':'))) {
        // "::1:80" may mean port 80 of ::1, or the address ::1:80 without its port.
        return invalid(Tr::tr("%1: an IPv6 address goes in brackets, as in [%2]:%3")
                           .arg(original, host, portText.isEmpty() ? QStringLiteral("PORT")
                                                                   : portText.toString()));
    } else if (host.contains(QLatin1Char('[')) || host.contains(QLatin1Char(']'))
               || host.contains(QLatin1Char(' '))) {
        return invalid(Tr::tr("%1: %2 is not a host name").arg(original, host));
    }
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    const bool digits = !portText.isEmpty()
            && std::all_of(portText.begin(), portText.end(), [](QChar c) { return c.isDigit(); });
    if (!digits || !ok || port > 65535) {
        return invalid(Tr::tr("%1: the port must be a number from 0 to 65535, not \"%2\"")
                           .arg(original, portText.toString()));
    }
    Address address;
    address.kind = Address::Tcp;
    address.host = host;
    address.port = quint16(port);
    return address;
}

} // namespace

Address Address::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalid(Tr::tr("the address is empty"));
    if (trimmed.startsWith(QLatin1String("local:"))) {
        Address address;
        address.kind = Local;
        address.local = trimmed.mid(6);
        if (address.local.isEmpty())
            return invalid(Tr::tr("local: names no socket"));
        return address;
    }
    if (trimmed.startsWith(QLatin1String("tcp://")))
        return parseTcp(trimmed.mid(6), trimmed);
    if (trimmed.startsWith(QLatin1String("tls://"))) {
        Address address = parseTcp(trimmed.mid(6), trimmed);
        if (address.kind == Tcp)
            address.kind = Tls;
        return address;
    }
    if (trimmed.contains(QLatin1Char('/'))) {
        Address address;
        address.kind = Local;
        address.local = trimmed;
        return address;
    }
    if (trimmed.contains(QLatin1Char(':')))
        return parseTcp(trimmed, trimmed);
    // A bare name is a local socket, unless it is plainly a host without its port.
    if (trimmed == QLatin1String("localhost") || !QHostAddress(trimmed).isNull()) {
        return invalid(Tr::tr("%1 is a host without a port: write %1:PORT for TCP, or local:%1 "
                              "for a local socket of that name")
                           .arg(trimmed));
    }
    Address address;
    address.kind = Local;
    address.local = trimmed;
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
    case Tls: {
        const QString scheme = kind == Tls ? QStringLiteral("tls://") : QString();
        if (host.contains(QLatin1Char(':')))
            return scheme + QLatin1Char('[') + host + QLatin1String("]:") + QString::number(port);
        return scheme + host + QLatin1Char(':') + QString::number(port);
    }
    case Invalid:
        break;
    }
    return {};
}

QString Address::connectHost() const
{
    // ":port" is every interface to a server; a client reaches it on this host.
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}

} // namespace LibManager
