// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_ADDRESS_P_H
#define LIBMANAGER_ADDRESS_P_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qstring.h>

namespace LibManager {

/*!
    A parsed manager address; see BaseManager for the accepted forms. Parsing is strict: a
    local socket is a path (it has a '/'), local:NAME, or a bare name without ':' (but not
    "localhost" or an IP address, which lack their port); tls://host:port is TLS over TCP;
    anything else with a ':' is TCP (host:port, [IPv6]:port, tcp://host:port, or :port for
    every interface) or an error that says what was expected. Nothing is guessed.
*/
struct LIBMANAGER_AUTOTEST_EXPORT Address
{
    enum Kind { Invalid, Local, Tcp, Tls };
    Kind kind = Invalid;
    QString local;  // Local: the name or path as given
    QString host;   // Tcp, Tls; empty for ":port" (every interface)
    quint16 port = 0;
    QString error;  // Invalid: what is wrong, and what was expected

    static Address parse(const QString &text);
    /*! Tcp, Tls: the host a client connects to (":port" means this host). */
    QString connectHost() const;
    /*! Local: the socket's path (a bare name resolved as QLocalServer does); Tcp: host:port;
        Tls: tls://host:port. */
    QString toString() const;
    QString localPath() const;
};

} // namespace LibManager

#endif // LIBMANAGER_ADDRESS_P_H
