// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_PROXY_P_H
#define LIBMANAGER_PROXY_P_H

#include <libmanager/wire/protocol_p.h>
#include <libmanager/proxy.h>

#include <QtCore/qmutex.h>
#include <QtCore/qpointer.h>

#include <atomic>
#include <initializer_list>
#include <memory>

namespace LibManager {

class BulkSink;
class ClientConnection;
struct BlockingCall;

class ProxyPrivate
{
    Q_DECLARE_PUBLIC(Proxy)
public:
    explicit ProxyPrivate(Proxy *q) : q_ptr(q) { }
    /*! Typed proxies extend this class (Proxy(ProxyPrivate &, QObject *)). */
    virtual ~ProxyPrivate() = default;
    static ProxyPrivate *get(Proxy *proxy) { return proxy->d_func(); }
    static const ProxyPrivate *get(const Proxy *proxy) { return proxy->d_func(); }

    /*! Binds the proxy to \a token; \a connection holds the reference the proxy owns. */
    void attach(const Token &token, const std::shared_ptr<ClientConnection> &connection,
                const std::shared_ptr<const std::atomic<int>> &managerTimeout, bool ownsReference);
    /*! The connection for a call from the current thread, with the call's timeout. */
    std::shared_ptr<ClientConnection> connectionForCall(Reply *failure, int timeoutMs) const;
    int timeoutFor(int timeoutMs) const;
    void record(const Reply &reply) const;
    /*!
        Proxy::callMethod() for the library's typed proxies: the arguments need no QVariantList
        of their own (\a args lives on the caller's stack).
    */
    static Reply call(const Proxy &proxy, QStringView method, std::initializer_list<QVariant> args = {},
                      int timeoutMs = Proxy::DefaultTimeout);
    static Reply call(const Proxy &proxy, QStringView method, const QVariant *args, qsizetype count,
                      int timeoutMs, BulkSink *sink = nullptr);
    static PendingCall callAsync(const Proxy &proxy, QStringView method, const QVariant *args,
                                 qsizetype count, int timeoutMs);
    static PendingCall callAsync(const Proxy &proxy, QStringView method,
                                 std::initializer_list<QVariant> args = {},
                                 int timeoutMs = Proxy::DefaultTimeout)
    {
        return callAsync(proxy, method, args.begin(), qsizetype(args.size()), timeoutMs);
    }
    /*!
        call() and callAsync() for a call that the server ends itself after \a blocking's
        timeout (see BlockingCall): the proxy's and the manager's call timeouts do not apply.
    */
    static Reply call(const Proxy &proxy, QStringView method, std::initializer_list<QVariant> args,
                      const BlockingCall &blocking);
    static PendingCall callAsync(const Proxy &proxy, QStringView method,
                                 std::initializer_list<QVariant> args,
                                 const BlockingCall &blocking);
    /*! A PendingCall that has already finished with \a reply (an answer known locally). */
    static PendingCall finishedCall(Reply reply);
    /*!
        Sends the call now and returns without waiting for the answer (LockProxy's posted
        release): a valid Reply once sent, an error only if it could not be sent (also
        recorded). A failure the server answers with is reported later, through the proxy's
        errorOccurred() and lastError().
    */
    static Reply post(const Proxy &proxy, QStringView method);
    /*! Records \a reply as \a proxy's outcome from its event loop (a posted call's failure). */
    static void reportLater(Proxy *proxy, const Reply &reply);
    /*!
        connectNotify()/disconnectNotify() may run with a QObject mutex held, where no QObject
        function may be called (not even isSignalConnected()): they only count, and subscribe
        or unsubscribe as the count leaves or reaches zero.
    */
    void signalConnectionsChanged(int delta);
    /*! Counts the connections again with isSignalConnected(); only from the event loop or
        other places where no QObject mutex is held. */
    void recount();
    void setSubscribed(bool wanted);
    static void deliver(Proxy *proxy, const QByteArray &name, const QVariantList &args,
                        const ChangeInfo &info = {})
    {
        if (Q_UNLIKELY(name == Protocol::ReleasedEvent)) {
            proxy->d_func()->released();
            return;
        }
        ProxyPrivate *d = proxy->d_func();
        const ChangeInfo outer = std::exchange(d->currentChange, info);
        const QPointer<Proxy> alive(proxy); // a slot may delete it
        proxy->handleEvent(name, args);
        if (alive)
            d->currentChange = outer;
    }
    /*! The event being delivered (Proxy::changeInfo()). */
    ChangeInfo currentChange;
    /*! setChangeInfoEnabled(). */
    bool changeInfoWanted = false;
    /*! The server released the object (an observer's proxy holds no reference). */
    void released();
    /*! Subscribed for the proxy's life, whatever signals are connected: an observer. */
    void observe();
    bool observing = false;

    Proxy *q_ptr;
    Token token;
    std::shared_ptr<ClientConnection> owner;
    // The manager's callTimeout(), read at every call (the manager may change it, or be gone),
    // unless the proxy has a timeout of its own (Proxy::setCallTimeout()).
    std::shared_ptr<const std::atomic<int>> managerTimeout;
    std::atomic<int> ownTimeout { Proxy::DefaultTimeout };
    bool ownsReference = false;
    Proxy::State state = Proxy::State::Unattached;
    bool subscribed = false;
    int signalConnections = 0;
    mutable QMutex errorMutex;
    // Read without the mutex by record(), so that a success after a success costs nothing.
    mutable std::atomic<Error> lastError { Error::NoError };
    mutable QString lastErrorString;
};

} // namespace LibManager

#endif // LIBMANAGER_PROXY_P_H
