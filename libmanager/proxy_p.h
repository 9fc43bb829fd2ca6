// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_PROXY_P_H
#define LIBMANAGER_PROXY_P_H

#include <libmanager/proxy.h>

#include <QtCore/qmutex.h>

#include <memory>

namespace LibManager {

class ClientConnection;

/*! The standard proxy class for a SyncManager typeid, or nullptr (syncmanager.cpp). */
Proxy *makeStandardProxy(const QString &typeId);

class ProxyPrivate
{
    Q_DECLARE_PUBLIC(Proxy)
public:
    explicit ProxyPrivate(Proxy *q) : q_ptr(q) { }

    /*! Binds the proxy to \a token; \a connection holds the reference the proxy owns. */
    void attach(const Token &token, const std::shared_ptr<ClientConnection> &connection,
                int defaultTimeout, bool ownsReference);
    /*! The connection for a call from the current thread. */
    std::shared_ptr<ClientConnection> connectionForCall(Reply *failure) const;
    int timeoutFor(int timeoutMs) const;
    void record(const Reply &reply) const;
    /*! Subscribes or unsubscribes as the typed signals gain or lose their last receiver. */
    void updateSubscription();
    static void deliver(Proxy *proxy, const QByteArray &name, const QVariantList &args)
    {
        proxy->handleEvent(name, args);
    }

    Proxy *q_ptr;
    Token token;
    std::shared_ptr<ClientConnection> owner;
    int defaultTimeout = 60000;
    bool ownsReference = false;
    Proxy::State state = Proxy::State::Unattached;
    bool subscribed = false;
    mutable QMutex errorMutex;
    mutable Error lastError = Error::NoError;
    mutable QString lastErrorString;
};

} // namespace LibManager

#endif // LIBMANAGER_PROXY_P_H
