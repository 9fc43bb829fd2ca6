// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_TYPEDPROXY_P_H
#define LIBMANAGER_TYPEDPROXY_P_H

#include <libmanager/exception.h>
#include <libmanager/proxy_p.h>

namespace LibManager::TypedProxy {

/*! The server's timeout argument (seconds, or None) for a timeout in ms (< 0: none). */
inline QVariant seconds(int timeoutMs)
{
    return timeoutMs < 0 ? QVariant() : QVariant(timeoutMs / 1000.0);
}

/*!
    How long the client waits for a blocking call that the server itself times out after
    \a timeoutMs: the server's answer comes first; the margin only guards against a server
    that stopped answering. No timeout: as long as the connection lives.
*/
inline int clientWait(int timeoutMs)
{
    return timeoutMs < 0 ? Proxy::NoTimeout : timeoutMs + 10000;
}

/*! The acquire(blocking, timeout) call of Lock, RLock, Semaphore and Condition: its value is
    true once acquired, false on a timeout; an error is recorded as the proxy's lastError(). */
inline Reply acquireCall(const Proxy &proxy, int timeoutMs)
{
    return ProxyPrivate::call(proxy, QStringLiteral("acquire"), { timeoutMs != 0, seconds(timeoutMs) },
                              clientWait(timeoutMs));
}

inline bool isAcquired(const Reply &reply)
{
    return reply.isValid() && reply.value().toBool();
}

inline bool acquire(const Proxy &proxy, int timeoutMs)
{
    return isAcquired(acquireCall(proxy, timeoutMs));
}

/*!
    For the Lockable lock() functions, which must own the lock when they return: throws
    Exception with the call's error unless \a reply acquired it.
*/
inline void throwUnlessAcquired(const Reply &reply)
{
    if (isAcquired(reply))
        return;
    if (!reply.isValid())
        throw Exception(reply.error(), reply.message());
    // A wait without a timeout does not end unacquired; a server that says so is broken.
    throw Exception(Error::ProtocolError,
                    QStringLiteral("the server ended a wait without a timeout unacquired"));
}

/*! Packed little-endian elements of \a typeCode as QVariants. */
QVariantList unpack(char typeCode, const QByteArray &packed);

} // namespace LibManager::TypedProxy

#endif // LIBMANAGER_TYPEDPROXY_P_H
