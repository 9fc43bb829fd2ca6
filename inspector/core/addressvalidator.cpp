// SPDX-License-Identifier: BSD-3-Clause
#include "addressvalidator.h"

#include <QtNetwork/qhostaddress.h>

#include <algorithm>

namespace Inspector {

namespace {

AddressValidator::Kind invalid(QString *why, const QString &text)
{
    if (why)
        *why = text;
    return AddressValidator::Kind::Invalid;
}

// "host:port", "[v6]:port" or ":port" after any "tcp://"; \a original is for messages.
AddressValidator::Kind checkTcp(const QString &rest, const QString &original, QString *why)
{
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        return invalid(why, AddressValidator::tr("%1 has no port: write %1:PORT").arg(original));
    QString host = rest.left(colon);
    const QStringView portText = QStringView(rest).mid(colon + 1);
    if (host.startsWith(QLatin1Char('['))) {
        if (!host.endsWith(QLatin1Char(']')) || host.size() < 3)
            return invalid(why, AddressValidator::tr("An IPv6 address goes in brackets: [::1]:PORT"));
        host = host.mid(1, host.size() - 2);
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return invalid(why, AddressValidator::tr("%1 in brackets is not an IPv6 address").arg(host));
    } else if (host.contains(QLatin1Char(':'))) {
        return invalid(why, AddressValidator::tr("An IPv6 address goes in brackets, as in [%1]:PORT").arg(host));
    } else if (host.contains(QLatin1Char('[')) || host.contains(QLatin1Char(']'))
               || host.contains(QLatin1Char(' '))) {
        return invalid(why, AddressValidator::tr("%1 is not a host name").arg(host));
    }
    const bool digits = !portText.isEmpty()
            && std::all_of(portText.begin(), portText.end(), [](QChar c) { return c.isDigit(); });
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!digits || !ok || port > 65535) {
        return invalid(why, AddressValidator::tr("The port must be a number from 1 to 65535, not \"%1\"")
                                    .arg(portText.toString()));
    }
    if (port == 0)
        return invalid(why, AddressValidator::tr("Port 0 is for servers (it picks a free port): give the port the server listens on"));
    return AddressValidator::Kind::Tcp;
}

} // namespace

AddressValidator::AddressValidator(QObject *parent) : QValidator(parent) { }

AddressValidator::Kind AddressValidator::check(const QString &address, QString *why)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return invalid(why, tr("Give the server's address"));
    if (trimmed.startsWith(QLatin1String("local:"))) {
        if (trimmed.size() == 6)
            return invalid(why, tr("local: names no socket: write local:NAME"));
        return Kind::Local;
    }
    if (trimmed.startsWith(QLatin1String("tcp://")))
        return checkTcp(trimmed.mid(6), trimmed, why);
    if (trimmed.contains(QLatin1Char('/')))
        return Kind::Local;
    if (trimmed.contains(QLatin1Char(':')))
        return checkTcp(trimmed, trimmed, why);
    if (trimmed == QLatin1String("localhost") || !QHostAddress(trimmed).isNull()) {
        return invalid(why, tr("%1 is a host without a port: write %1:PORT for TCP, or local:%1 for a "
                               "local socket of that name")
                                    .arg(trimmed));
    }
    return Kind::Local;
}

QString AddressValidator::explain(const QString &address)
{
    QString why;
    check(address, &why);
    return why;
}

QValidator::State AddressValidator::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos);
    return check(input) == Kind::Invalid ? Intermediate : Acceptable;
}

} // namespace Inspector
