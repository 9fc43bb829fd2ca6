// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_TRANSPORT_P_H
#define LIBMANAGER_TRANSPORT_P_H

#include <libmanager/transport/address_p.h>
#include <libmanager/tlsconfiguration.h>
#include <libmanager/transport/stream_p.h>

#include <functional>
#include <memory>

namespace LibManager::Transport {

class TlsContext;

/*! How a client connects. */
struct ConnectOptions
{
    int timeoutMs = 10000;
    int livenessTimeoutMs = 0; // TCP and TLS: Stream::setLiveness()
    /*! TLS: the client's context (CA, client certificate), made once from the manager's
        TlsConfiguration and shared by its connections. Null: the system's trusted
        certificates vouch for the server. */
    std::shared_ptr<const TlsContext> tls;
};

/*! How a server listens. */
struct ListenOptions
{
    /*! TLS: the server's certificate, key and client verification; checked when listening. */
    TlsConfiguration tls;
};

/*! What the server makes of each accepted socket: a stream of the listener's kind. */
using StreamMaker = std::function<std::unique_ptr<Stream>(Platform::Socket)>;

/*! A listening socket, as listen() opened it. */
struct Listening
{
    Platform::Socket socket = Platform::InvalidSocket;
    QString address;    // what clients connect to: the path, host:port or tls://host:port
    QString localPath;  // the socket file to remove when the listener closes (local only)
    QString description; // for logs: the path, "tcp" or "tls"
    StreamMaker makeStream;
};

/*!
    The transports, one per address scheme (Address::Kind): a table of backends in
    transport.cpp, each with how to connect and how to listen. Adding a transport is one
    Address kind, one Stream class and one row.
*/
/*! Connects to \a address; nullptr with \a code and \a why (which names the address). */
std::unique_ptr<Stream> connect(const Address &address, const ConnectOptions &options,
                                Error *code, QString *why);
/*! Opens a listening socket for \a address; false with \a why. */
bool listen(const Address &address, const ListenOptions &options, Listening *listening,
            QString *why);

} // namespace LibManager::Transport

#endif // LIBMANAGER_TRANSPORT_P_H
