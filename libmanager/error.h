// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_ERROR_H
#define LIBMANAGER_ERROR_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qobjectdefs.h>
#include <QtCore/qstring.h>

namespace LibManager {
Q_NAMESPACE_EXPORT(LIBMANAGER_EXPORT)

/*!
    What went wrong with a call, a connection or a server.

    Codes below 100 are raised on this side (the library saw the failure itself); codes from 100
    on are reported by the server about the call. Every code has a translatable description,
    errorText(); the Reply or object that carries a code also carries a message with the details,
    translated too, by the catalogues installed in the process that made it: this one for codes
    below 100, the server for the others. A server that start() runs loads the catalogue of the
    language this process has installed; a server run by hand uses its own locale.
*/
enum class Error : quint16 {
    NoError = 0,

    // Raised locally
    InvalidAddress = 1,     //!< the address is not a local socket name nor host:port
    ConnectionRefused,      //!< nobody listens at the address
    AuthenticationFailed,   //!< the keys differ (checked in both directions)
    ProtocolMismatch,       //!< the peer is not libmanager, or speaks another protocol version
    ProtocolError,          //!< the peer sent a malformed frame
    ConnectionLost,         //!< the connection closed before the answer came
    Timeout,                //!< no answer within the timeout
    NotConnected,           //!< the manager or proxy has no connection
    StartFailed,            //!< start() could not run the server process
    NotStarted,             //!< shutdown() on a manager whose server start() did not start
    AlreadyStarted,         //!< start() or serveForever() on a manager that already runs one
    ServeFailed,            //!< serveForever() could not listen on the address
    NotFinished,            //!< the reply of a PendingCall that has not finished yet
    UnsupportedValue,       //!< an argument of a type that cannot travel; nothing was sent
    ShutDown,               //!< start() on a manager whose server was shut down
    // Tokens
    InvalidToken,           //!< a token that names nothing (empty, or text Token::fromString() could not read)
    WrongServer,            //!< a token of another server than the one this side is connected to
    ServerFull,             //!< the server refused the connection: it has its maximum number of clients, or no descriptors left
    ServerNotResponding,    //!< the server (or its host) answered nothing for the liveness timeout, or not a blocking call by its timeout plus a grace
    TlsFailed,              //!< TLS: no secure connection (an untrusted, expired or missing certificate, no TLS on one side, or no TLS configuration)

    // Reported by the server
    UnknownTypeId = 100,    //!< no type is registered under that typeid on the server
    MethodNotExposed,       //!< the method is not exposed (or does not exist)
    ObjectGone,             //!< the shared object no longer exists
    InvalidArguments,       //!< wrong number or types of arguments
    RemoteException,        //!< the method failed on the server
    Cancelled,              //!< the server dropped a parked call (shutdown, or the client gave up)
    KeyError,               //!< a missing key or attribute
    IndexError,             //!< an index out of range
    ValueError,             //!< a value of the right type but unacceptable
    TypeError,              //!< a value of the wrong type
    Empty,                  //!< a queue had nothing to get
    Full,                   //!< a queue had no room to put
    NotOwner,               //!< release of a lock, or wait on a condition, without owning it
    BrokenBarrier,          //!< the barrier was aborted or reset while waiting
    // Named objects
    NameNotFound,           //!< no object has that name on the server
    NameTypeMismatch,       //!< the name holds an object of another typeid
    // Quotas (ServerLimits): the call changed nothing
    ObjectQuotaExceeded,    //!< the client holds references to as many objects as one client may
    MemoryQuotaExceeded,    //!< the objects of the client that created the object would pass its byte quota
    ServerMemoryFull,       //!< the server's shared objects would pass its memory limit, or it ran out of memory
    ContainerTooLarge,      //!< a list, dict, Namespace, Queue or Array would pass the maximum container length
    // Roles
    ReadOnly,               //!< an observer (a client with the server's observer key) called something that may write
};
Q_ENUM_NS(Error)

/*! True for the codes the server reports about a call (>= 100). */
constexpr bool isRemoteError(Error error) noexcept
{
    return quint16(error) >= 100;
}

/*! A short translated description of \a error, e.g. "Authentication failed". */
LIBMANAGER_EXPORT QString errorText(Error error);

/*! The enumerator's name, e.g. "AuthenticationFailed"; stable, for logs and tests. */
LIBMANAGER_EXPORT QString errorName(Error error);

} // namespace LibManager

#endif // LIBMANAGER_ERROR_H
