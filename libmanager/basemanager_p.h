// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_BASEMANAGER_P_H
#define LIBMANAGER_BASEMANAGER_P_H

#include <libmanager/transport/transport_p.h>
#include <libmanager/basemanager.h>
#include <libmanager/client/clientconnection_p.h>
#include <libmanager/server/server_p.h>

#include <QtCore/qmutex.h>

#include <atomic>
#include <functional>
#include <memory>

namespace LibManager {

class ClientConnection;
class ServerProcess;
struct StandardType;

class BaseManagerPrivate
{
    Q_DECLARE_PUBLIC(BaseManager)
public:
    explicit BaseManagerPrivate(BaseManager *q);
    /*! Managers of the library extend this class (BaseManager(BaseManagerPrivate &, QObject *)). */
    virtual ~BaseManagerPrivate();

    QByteArray effectiveKey() const;
    void setError(Error code, const QString &message);
    void clearError();
    /*! The connection for a call from the current thread; nullptr with the error set. */
    std::shared_ptr<ClientConnection> connection();
    std::unique_ptr<Proxy> makeProxy(const Token &token,
                                     const std::shared_ptr<ClientConnection> &connection,
                                     bool ownsReference);
    /*!
        Listens on the address and serves until shut down. \a onListening is told the real
        address once clients can connect; \a parentFd, if not -1, is a pipe whose end means
        that the parent process is gone, and \a parentPid, if not 0, that process, watched
        beside the pipe (a child it forked may hold the pipe's other end too).
    */
    bool serve(const std::function<void(const QString &)> &onListening, int parentFd,
               qint64 parentPid = 0);
    static QString freshLocalAddress();
    /*! Calls \a method of the server's object 0, which answers with a token, and makes a proxy
        for it; nullptr with the error set. */
    std::unique_ptr<Proxy> proxyFromServer(QStringView method, const QVariantList &args);
    /*!
        Calls \a method of the server's own object (object 0) on \a connection (the current
        thread's if null) within callTimeout(); a failure is also this manager's error(), a
        success clears it.
    */
    Reply callServer(QStringView method, const QVariantList &args,
                     std::shared_ptr<ClientConnection> connection = nullptr);

    BaseManager *q_ptr;
    QString address;
    QByteArray authKey;
    QByteArray observerKey; // setObserverKey(): what the server it runs accepts besides
    TypeRegistry registry;
    std::shared_ptr<ProxyFactoryRegistry> proxyFactories = std::make_shared<ProxyFactoryRegistry>();
    /*! Registers a standard type (a row of standardTypes()), which the library's own server
        program also knows. */
    void registerStandardType(const StandardType &type);
    static constexpr int DefaultCallTimeout = 60000;
    /*! callTimeout(), shared with the proxies, which read it at every call. */
    std::shared_ptr<std::atomic<int>> callTimeout =
            std::make_shared<std::atomic<int>>(DefaultCallTimeout);
    /*! clientName(), shared with the connections, which tell it to the server. */
    std::shared_ptr<ClientName> clientName = std::make_shared<ClientName>();
    qsizetype maxFrameSize = 0;
    ServerLimits limits;
    int shutdownTimeout = 1000;
    BaseManager::ServerLifetime serverLifetime = BaseManager::ServerLifetime::WithManager;
    int serverIdleTimeout = 0;
    int livenessTimeout = 30000;
    TlsConfiguration tls;
    /*! The client's side of tls, made on the first TLS connection. */
    std::shared_ptr<const Transport::TlsContext> clientTls;
    bool hasShutDown = false; // shutdown() stopped the server start() started
    std::shared_ptr<ClientConnection> primary;
    std::unique_ptr<ServerProcess> process;
    Server *server = nullptr; // while serveForever() runs
    struct NamedObject
    {
        QString name;
        QString typeId;
        QVariantList args;
    };
    QList<NamedObject> namedObjects; // addNamedObject()

    mutable QMutex errorMutex;
    Error error = Error::NoError;
    QString errorString;
};

} // namespace LibManager

#endif // LIBMANAGER_BASEMANAGER_P_H
