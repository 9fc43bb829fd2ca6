// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_TYPEDPROXY_P_H
#define LIBMANAGER_TYPEDPROXY_P_H

#include <libmanager/client/clientconnection_p.h>
#include <libmanager/exception.h>
#include <libmanager/pendingreply.h>
#include <libmanager/proxy_p.h>
#include <libmanager/tr_p.h>
#include <libmanager/standardtypes/vocabulary_p.h>

#include <utility>

namespace LibManager::TypedProxy {

/*!
    \a call as the PendingReply<T> of an asynchronous twin: \a adapter (if given) turns its
    successful answer into what the synchronous method gives, and value() is \a failure until
    the call succeeds (what the synchronous method returns on failure, if not T()).
*/
template<typename T>
PendingReply<T> adapted(const PendingCall &call, PendingCallState::Adapter adapter,
                        const QVariant &failure = {})
{
    PendingCallState *state = call.state().get();
    if (failure.isValid())
        state->setFailureValue(failure);
    if (adapter)
        state->adapt(std::move(adapter));
    return PendingReply<T>(call);
}

/*! An Adapter that stores \a convert(value) (a T) as the reply's value. */
template<typename Convert>
PendingCallState::Adapter converting(Convert convert)
{
    return [convert = std::move(convert)](QVariant &&value) {
        return Reply::fromValue(QVariant::fromValue(convert(std::move(value))));
    };
}

/*! The asynchronous twin of a call whose reply needs no conversion beyond qvariant_cast<T>. */
template<typename T = QVariant>
PendingReply<T> callAsync(const Proxy &proxy, QStringView method,
                          std::initializer_list<QVariant> args = {},
                          int timeoutMs = Proxy::DefaultTimeout)
{
    return PendingReply<T>(ProxyPrivate::callAsync(proxy, method, args, timeoutMs));
}

/*! A call whose answer (a map, see containerresults_p.h) becomes a T by \a convert; T() and
    the proxy's lastError() if it fails. */
template<typename T>
T convertedCall(const Proxy &proxy, QStringView method, std::initializer_list<QVariant> args,
                T (*convert)(const QVariant &))
{
    const Reply reply = ProxyPrivate::call(proxy, method, args);
    return reply.isValid() ? convert(reply.value()) : T();
}

/*! convertedCall()'s asynchronous twin. */
template<typename T>
PendingReply<T> convertedCallAsync(const Proxy &proxy, QStringView method,
                                   std::initializer_list<QVariant> args,
                                   T (*convert)(const QVariant &))
{
    return adapted<T>(ProxyPrivate::callAsync(proxy, method, args), converting(convert));
}

/*! A twin whose result is known without asking the server (a proxy's own attribute). */
template<typename T>
PendingReply<T> finished(Reply reply, const QVariant &failure = {})
{
    return adapted<T>(ProxyPrivate::finishedCall(std::move(reply)), {}, failure);
}

/*! The server's timeout argument (seconds, or None) for a timeout in ms (< 0: none). */
inline QVariant seconds(int timeoutMs)
{
    return timeoutMs < 0 ? QVariant() : QVariant(timeoutMs / 1000.0);
}

/*!
    A blocking call that the server times out itself after \a timeoutMs (< 0: never): the client
    waits that long plus the connection's grace, then gives up, and \a late decides what an
    answer that comes after all means (see BlockingCall).
*/
inline BlockingCall blocking(int timeoutMs, LateAnswerHandler late = nullptr)
{
    return BlockingCall { timeoutMs < 0 ? -1 : timeoutMs, late };
}

/*!
    The LateAnswerHandler of acquire() on a Lock, RLock, Semaphore or Condition: a lock or
    permit that the server granted after the caller gave up is released at once, so that nobody
    waits for a lock its holder does not know it holds. A late "not acquired" needs nothing.
*/
inline void releaseLateGrant(ClientConnection &connection, quint64 objectId, const Reply &answer)
{
    if (answer.isValid() && answer.value().toBool())
        connection.postLate(objectId, LockWire::Release);
}

/*! The acquire(blocking, timeout) call of Lock, RLock, Semaphore and Condition: its value is
    true once acquired, false on a timeout; an error is recorded as the proxy's lastError(). */
inline Reply acquireCall(const Proxy &proxy, int timeoutMs)
{
    return ProxyPrivate::call(proxy, LockWire::Acquire,
                              { timeoutMs != 0, seconds(timeoutMs) },
                              blocking(timeoutMs, releaseLateGrant));
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
                    Tr::tr("the server ended a wait without a timeout unacquired"));
}

/*! acquire()'s twin: the same call, sent without waiting; \a adapter as in adapted(). */
inline PendingReply<bool> acquireAsync(const Proxy &proxy, int timeoutMs,
                                       PendingCallState::Adapter adapter = {})
{
    return adapted<bool>(ProxyPrivate::callAsync(proxy, LockWire::Acquire,
                                                 { timeoutMs != 0, seconds(timeoutMs) },
                                                 blocking(timeoutMs, releaseLateGrant)),
                         std::move(adapter));
}

/*! The typecode answered by a Value's or Array's typecode(): its first letter, 0 if none. */
inline char typeCodeOf(const QVariant &answer)
{
    const QString code = answer.toString();
    return code.isEmpty() ? 0 : code.at(0).toLatin1();
}

/*! Packed little-endian elements of \a typeCode as QVariants. */
QVariantList unpack(char typeCode, const QByteArray &packed);

} // namespace LibManager::TypedProxy

#endif // LIBMANAGER_TYPEDPROXY_P_H
