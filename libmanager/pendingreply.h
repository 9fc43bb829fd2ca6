// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_PENDINGREPLY_H
#define LIBMANAGER_PENDINGREPLY_H

#include <libmanager/pendingcall.h>

namespace LibManager {

/*!
    The untyped part of PendingReply<T>: a PendingCall that also tells how it ended.

    error() is Error::NotFinished until the call has finished, then Error::NoError or what went
    wrong, exactly as the synchronous method would have left it in Proxy::lastError().
*/
class LIBMANAGER_EXPORT PendingReplyBase : public PendingCall
{
public:
    /*! True once the call has finished and succeeded. */
    bool isValid() const { return error() == Error::NoError; }
    Error error() const { return reply().error(); }
    /*! The message that came with the error, without the code's text. */
    QString message() const { return reply().message(); }
    /*! errorText(error()) followed by the message; empty when valid. */
    QString errorString() const { return reply().errorString(); }

protected:
    PendingReplyBase() = default;
    explicit PendingReplyBase(const PendingCall &call) : PendingCall(call) { }
    /*! The result as value() converts it: the reply's value once the call has succeeded;
        before that, and if it failed, what the synchronous method returns on failure. */
    QVariant resultValue() const;
};

/*!
    A typed call on its way: what the typed proxies' asynchronous methods return (the twins of
    their synchronous methods, named with "Async": DictProxy::valueAsync(),
    QueueProxy::getAsync(), LockProxy::acquireAsync()...).

    The call is sent at once and the caller does not wait. Copies share the call, which
    belongs to the thread that made it (like PendingCall). Block on it with waitForFinished(),
    or give it to a PendingCallWatcher (a PendingReply is a PendingCall) and read it when the
    watcher's finished() comes:

    \code
    auto *watcher = new LibManager::PendingCallWatcher(queue->getAsync(), this);
    connect(watcher, &LibManager::PendingCallWatcher::finished, this,
            [](LibManager::PendingCallWatcher *call) {
                const LibManager::PendingReply<QVariant> item(*call);
                if (item.isValid())
                    qDebug() << "got" << item.value();
                call->deleteLater();
            });
    \endcode

    value() is exactly what the synchronous method returns, and error() what it leaves in
    Proxy::lastError(): an acquire that timed out is a valid \c false, a missing dict key is
    Error::KeyError, an Array's packed data comes unpacked. A synchronous method that returns a
    Reply has a twin whose value() is that reply's value; one that returns a \c bool telling
    only whether the call succeeded has a PendingReply<void> twin, whose isValid() is that
    \c bool. The conversion happens once, when the answer arrives, so a PendingReply<T> made
    from the watcher (as above) or from any copy of the call gives the same value().

    value() never waits: until the call has finished, and if it failed, it is what the
    synchronous method returns on failure (T() for most, -1 for ListProxy::index() and
    BarrierProxy::wait()). Unlike the synchronous methods, asynchronous calls leave the proxy's
    lastError() alone and emit no errorOccurred(): the outcome is here.

    A PendingReply<T> made from a PendingCall of Proxy::callMethodAsync() gives
    qvariant_cast<T>() of its reply's value.
*/
template<typename T>
class PendingReply : public PendingReplyBase
{
public:
    using Type = T;
    PendingReply() = default;
    /*! The same call, typed; see the class description. */
    explicit PendingReply(const PendingCall &call) : PendingReplyBase(call) { }

    /*! The result, never waiting; see the class description. */
    T value() const { return qvariant_cast<T>(resultValue()); }
};

/*!
    A call on its way whose synchronous method returns nothing, or only whether it succeeded:
    isValid() is that outcome once isFinished().
*/
template<>
class PendingReply<void> : public PendingReplyBase
{
public:
    using Type = void;
    PendingReply() = default;
    explicit PendingReply(const PendingCall &call) : PendingReplyBase(call) { }
};

} // namespace LibManager

#endif // LIBMANAGER_PENDINGREPLY_H
