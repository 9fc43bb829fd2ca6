// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_BASEMANAGER_H
#define LIBMANAGER_BASEMANAGER_H

#include <libmanager/clientinfo.h>
#include <libmanager/error.h>
#include <libmanager/introspector.h>
#include <libmanager/proxy.h>
#include <libmanager/serverlimits.h>
#include <libmanager/tlsconfiguration.h>
#include <libmanager/token.h>

#include <QtCore/qobject.h>
#include <QtCore/qstringlist.h>
#include <QtCore/qvariant.h>

#include <functional>
#include <memory>
#include <optional>

namespace LibManager {

class BaseManagerPrivate;

/*!
    Controls a server process that owns shared objects, and makes proxies to them.

    Give it an address and a key, then either start() a server process of its own, serve in
    this process with serveForever(), or connect to a running server with connectToServer() /
    fromAddress(). Addresses are strings:
    \list
    \li a local socket: a path (\c /run/user/1000/app.sock), a bare name (placed as QLocalServer
        places it), or \c local:NAME;
    \li TCP: \c host:port, \c [v6addr]:port or \c tcp://host:port; port 0 picks a free port.
    \li TLS over TCP: \c tls://host:port (setTlsConfiguration()).
    \endlist
    An empty address makes start() and serveForever() pick a fresh local socket in a directory
    only this user can read. address() then reports the real address.

    Shared types are registered per manager with registerType() (server and client side) or
    registerTypeId() (client of a remote server: the typeid alone). A subclass usually does that
    in its constructor and adds typed creator functions, like the seed's CreatorMethod:
    \code
    class NewManager : public LibManager::BaseManager {
        Q_OBJECT
    public:
        explicit NewManager(QObject *parent = nullptr) : BaseManager(parent)
        { registerType<FooClass>(); }
        std::unique_ptr<LibManager::Proxy> Foo() { return create(QStringLiteral("FooClass")); }
    };
    \endcode
    A manager whose types are not all standard (SyncManager's) can only start() its server if
    the program's main() hands over to it first; see serverMain().
*/
class LIBMANAGER_EXPORT BaseManager : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString address READ address NOTIFY addressChanged)
    Q_PROPERTY(int callTimeout READ callTimeout WRITE setCallTimeout)
    Q_PROPERTY(int shutdownTimeout READ shutdownTimeout WRITE setShutdownTimeout)
    Q_PROPERTY(ServerLifetime serverLifetime READ serverLifetime WRITE setServerLifetime)
    Q_PROPERTY(int serverIdleTimeout READ serverIdleTimeout WRITE setServerIdleTimeout)
    Q_PROPERTY(int livenessTimeout READ livenessTimeout WRITE setLivenessTimeout)
public:
    /*! How long a server that start() runs lives. */
    enum class ServerLifetime {
        /*! It ends with this manager: on shutdown(), when the manager is destroyed, and when
            this process dies by any means. The default. */
        WithManager,
        /*!
            It outlives this manager and this process while other clients are connected, for
            programs whose instances share one server (the first one starts it, later ones
            connect to it, and any of them may quit first). Once this manager is destroyed or
            this process is gone, the server ends when no client has been connected for
            serverIdleTimeout(), so it never outlives all of its users. shutdown() still stops
            it at once.
        */
        WhileClientsConnected,
    };
    Q_ENUM(ServerLifetime)

    /*! Makes a shared object on the server; runs in the server process. Owns nothing: see
        registerType() for who deletes the object. */
    using Factory = std::function<QObject *(const QVariantList &args)>;
    /*! Makes an unattached proxy of the right class; the manager attaches it. */
    using ProxyFactory = std::function<Proxy *()>;

    explicit BaseManager(QObject *parent = nullptr);
    /*! \a authKey empty means defaultAuthKey(). */
    explicit BaseManager(const QString &address, const QByteArray &authKey = {},
                         QObject *parent = nullptr);
    /*! Stops a server that start() started (see shutdown(); with
        ServerLifetime::WhileClientsConnected, leaves it to its other clients) and closes this
        manager's connections. */
    ~BaseManager() override;

    /*! The address; after start() or serveForever() the real one (with the picked port). */
    QString address() const;
    QByteArray authKey() const;

    /*!
        Runs the server in a new process and connects to it; returns once it accepts
        connections, or false with error() set, within \a timeoutMs. A manager starts one
        server in its life: after shutdown(), start() fails with Error::ShutDown.

        The server process ends when this manager is destroyed, on shutdown(), and when this
        process dies by any means: it watches a pipe whose other end only this process holds.
    */
    bool start(int timeoutMs = 30000);
    /*!
        Serves in this process until a client asks it to stop (requestServerShutdown()), or on
        SIGINT or SIGTERM. Creates a QCoreApplication if there is none. Returns true after a
        clean shutdown, false (with error()) if it could not listen.
    */
    bool serveForever();
    /*! Connects to the server at address(); false with error() on failure. */
    bool connectToServer(int timeoutMs = 10000);
    /*! Makes an \c M for \a address and \a authKey and connects it; check its error(). */
    template<class M = BaseManager>
    static std::unique_ptr<M> fromAddress(const QString &address, const QByteArray &authKey = {},
                                          int timeoutMs = 10000)
    {
        auto manager = std::make_unique<M>();
        manager->setAddress(address);
        manager->setAuthKey(authKey);
        manager->connectToServer(timeoutMs);
        return manager;
    }

    /*!
        Stops the server process that start() started: asks it to shut down and waits up to
        shutdownTimeout() for it to end; then sends it SIGTERM, and SIGKILL if it is still
        there half a second later (a server whose event loop is stuck in a long method). May
        be called any number of times. On a manager that did not start() its server it does
        nothing and returns false with Error::NotStarted: to stop another server, use
        requestServerShutdown(). A manager whose server was shut down does not start another:
        start() then fails with Error::ShutDown (make a new manager), as in Python.
    */
    bool shutdown();
    /*! Asks the connected server, whoever started it, to stop serving. */
    bool requestServerShutdown();

    bool isConnected() const;
    /*! The process id of the server that start() runs, or 0. */
    qint64 serverProcessId() const;

    /*!
        Creates a shared object of \a typeId on the server with \a args and returns a proxy to
        it, owned by the caller; nullptr with error() set on failure.
    */
    std::unique_ptr<Proxy> create(const QString &typeId, const QVariantList &args = {});
    template<class P>
    std::unique_ptr<P> create(const QString &typeId, const QVariantList &args = {})
    {
        auto proxy = create(typeId, args);
        if (proxy && !qobject_cast<P *>(proxy.get())) {
            setCastError(typeId, P::staticMetaObject.className());
            return nullptr;
        }
        return std::unique_ptr<P>(static_cast<P *>(proxy.release()));
    }
    /*!
        A new proxy, owned by the caller, for the object \a token names, adding a reference for
        it; nullptr with error() set: Error::InvalidToken if \a token names nothing (default
        constructed, or from text Token::fromString() could not read), Error::ObjectGone if the
        object is gone, Error::InvalidAddress if the token is for another server.
    */
    std::unique_ptr<Proxy> proxyForToken(const Token &token);

    /*!
        Named objects: a server keeps a name's object alive until the name is removed, and any
        client that knows the name finds the object, without handing tokens around.

        Gets the object named \a name, or, if there is none, creates one of \a typeId with
        \a args and gives it the name, in one step on the server: clients that race for a new
        name all get the one object. \a args are used only when the object is created. Returns
        a proxy owned by the caller, or nullptr with error() set: Error::NameTypeMismatch if
        the name holds an object of another typeid, or what create() reports.

        The name holds a reference of its own: the object outlives every proxy to it, and goes
        when the name is removed (removeName()) and its last proxy is gone, or with the server.
    */
    std::unique_ptr<Proxy> named(const QString &name, const QString &typeId,
                                 const QVariantList &args = {});
    template<class P>
    std::unique_ptr<P> named(const QString &name, const QString &typeId, const QVariantList &args = {})
    {
        return castProxy<P>(named(name, typeId, args));
    }
    /*!
        A new proxy, owned by the caller, to the object named \a name; nothing is created.
        nullptr with error() Error::NameNotFound if no object has that name.
    */
    std::unique_ptr<Proxy> proxyForName(const QString &name);
    template<class P>
    std::unique_ptr<P> proxyForName(const QString &name)
    {
        return castProxy<P>(proxyForName(name));
    }
    /*!
        Removes the name \a name. Its object goes once no proxy holds it any more (at once if
        none does). False with error() Error::NameNotFound if there was no such name.
    */
    bool removeName(const QString &name);
    /*! The names on the server, sorted; an empty list with error() set if it cannot tell. */
    QStringList names();
    /*!
        Declares a named object that the server this manager runs makes before anyone else
        can use it: serveForever() makes it before it listens (and fails with
        Error::ServeFailed if it cannot), start() before it returns (it fails with
        Error::StartFailed, and stops the server, if the object cannot be made). What
        \c libmanager-server \c --object uses. Call it before start() or serveForever().
    */
    void addNamedObject(const QString &name, const QString &typeId, const QVariantList &args = {});
    /*!
        A proxy, owned by the caller, to the server's introspection object (typeid
        "__manager__"): typed calls (Introspector::objectsPage(), syncState(), waitGraph(),
        capabilities()), and by name ping(), typeIds(), objects(), clients(),
        liveObjectCount(), memory(). It holds no reference: the object lives as long as the
        server.
    */
    std::unique_ptr<Introspector> introspector();
    /*!
        A proxy to the object \a token names that holds no reference to it: looking at an
        object this way neither keeps it alive nor changes the reference counts introspection
        shows. It can call the object's methods and receives its change events while the
        object lives; when the object is released (its last reference went) its state becomes
        Proxy::State::Released and calls fail with ObjectGone. The server reports releases only
        for the standard types (application types publish no events). nullptr with error() set
        if the object is gone already or the token names another server's.
    */
    std::unique_ptr<Proxy> observe(const Token &token);
    /*!
        Every client of the server (each connection), as the server describes it; an empty
        list with error() set if it cannot tell.
    */
    QList<ClientInfo> clients();
    /*!
        The connection this thread's calls use, as the server describes it (its id, its name,
        what it holds...); an invalid ClientInfo with error() set if it cannot tell.
    */
    ClientInfo whoAmI();
    /*!
        The name this manager's connections give the server, which introspection shows
        (clients(), an inspector): the one set, or by default the application's name and this
        process's id, "app[1234]".
    */
    QString clientName() const;
    /*!
        Sets clientName(); an empty \a name restores the default. Each connection this manager
        makes tells the server its name with its first call (in the same write: no round trip
        of its own), or from the event loop if no call comes first; the manager's connection,
        if it is open, is told the new name the same way. Connections other threads opened
        before keep the name they gave. The server keeps 256 characters of it.
    */
    void setClientName(const QString &name);

    /*!
        Registers \a typeId: \a factory makes its objects on the server, \a exposed lists the
        methods clients may call (std::nullopt: the public slots and Q_INVOKABLE methods of the
        object's class, without QObject's), \a proxyFactory makes the client's proxies
        (empty: plain Proxy). An object the factory returns without a parent is owned by the
        server and deleted when its last reference goes; one with a parent is not (return a
        long-lived object that way, as the seed's remote queue does).
    */
    void registerType(const QString &typeId, Factory factory,
                      std::optional<QStringList> exposed = std::nullopt,
                      ProxyFactory proxyFactory = {});
    /*! Registers \c T (made with \c new \c T, or with args by its Q_INVOKABLE constructor)
        under \a typeId, by default the class name, with proxies of class \c P. */
    template<class T, class P = Proxy>
    void registerType(const QString &typeId = {}, std::optional<QStringList> exposed = std::nullopt)
    {
        registerType(typeId.isEmpty() ? QString::fromLatin1(T::staticMetaObject.className()) : typeId,
                     [](const QVariantList &args) -> QObject * {
                         if constexpr (std::is_default_constructible_v<T>) {
                             if (args.isEmpty())
                                 return new T;
                         }
                         return constructWithArgs(T::staticMetaObject, args);
                     },
                     std::move(exposed), [] { return new P; });
        setTypeClass(typeId.isEmpty() ? QString::fromLatin1(T::staticMetaObject.className()) : typeId,
                     &T::staticMetaObject);
    }
    /*! Client side of a remote server: knows \a typeId by name only, with proxies of class \c P. */
    template<class P = Proxy>
    void registerTypeId(const QString &typeId)
    {
        registerType(typeId, Factory(), std::nullopt, [] { return new P; });
    }
    /*!
        Declares that \a method of \a typeId's objects returns a shared object of
        \a resultTypeId (Python's method_to_typeid): the caller gets a proxy to it, through
        Proxy::callMethodForProxy() or Reply::takeProxy(). Without a declaration, a method
        that returns an object whose class was registered with registerType<T>() does the same.
        The returned object follows the rules of a factory's: without a parent it belongs to
        the server from then on, and is deleted when its last reference goes; with a parent,
        it is never deleted by the server. Declare it where the type is registered (the
        server process runs the same registration).
    */
    void registerMethodResult(const QString &typeId, const QString &method, const QString &resultTypeId);
    /*!
        Declares \a methods of \a typeId's objects as methods that only read, which observers
        (see setObserverKey()) may call; the others are refused to them. A class may declare its
        own instead, with Q_CLASSINFO("LibManager.ReadMethods", "name count"). Declare them
        where the type is registered (the server process runs the same registration).
    */
    void registerReadMethods(const QString &typeId, const QStringList &methods);
    /*! The typeids registered on this manager. */
    QStringList typeIds() const;

    /*! Timeout of calls made through this manager's proxies; default 60000 ms. */
    int callTimeout() const;
    void setCallTimeout(int timeoutMs);
    /*! How long the server that start() runs lives; set before start(). */
    ServerLifetime serverLifetime() const;
    void setServerLifetime(ServerLifetime lifetime);
    /*! ServerLifetime::WhileClientsConnected: how long a server without its starter waits for
        a client before it ends, once the last one has gone; default 0 (at once). Set before
        start(). */
    int serverIdleTimeout() const;
    void setServerIdleTimeout(int timeoutMs);
    /*!
        TCP: how long a peer's host may acknowledge nothing before the connection counts as
        gone; default 30000 ms, 0 for the system's keepalive defaults (hours). It applies in
        both directions: a server drops a client whose machine lost power or network (its
        locks and permits are released, its waits cancelled, its references dropped), and a
        client's calls to such a server fail with ConnectionLost. The server that start() runs
        or serveForever() serves uses this manager's value; set it before. Local sockets need
        none: the kernel ends them with their process.
    */
    int livenessTimeout() const;
    void setLivenessTimeout(int timeoutMs);
    /*!
        TLS (tls://host:port addresses): this side's certificate and key, the certificates that
        vouch for the peer, and whether a server requires client certificates; see
        TlsConfiguration. A server needs a certificate and key; a client without a
        configuration trusts the system's certificates. The server that start() runs uses
        this manager's configuration. Set it before start(), serveForever() or
        connectToServer().
    */
    TlsConfiguration tlsConfiguration() const;
    void setTlsConfiguration(const TlsConfiguration &configuration);
    /*! How long shutdown() (and the destructor) wait for a started server to end before
        terminating it; default 1000 ms. */
    int shutdownTimeout() const;
    void setShutdownTimeout(int timeoutMs);
    /*! Largest frame accepted from a peer, in bytes; default 256 MiB. Set before connecting. */
    qsizetype maxFrameSize() const;
    void setMaxFrameSize(qsizetype bytes);
    /*! What the server that start() or serveForever() runs gives its clients at most (see
        ServerLimits for each limit and its default). Set before start() or serveForever(). */
    ServerLimits serverLimits() const;
    void setServerLimits(const ServerLimits &limits);
    /*! serverLimits().maxClients(), kept for convenience: how many clients the server serves
        at once; one more gets Error::ServerFull. 0 restores the default. */
    int maxClients() const;
    void setMaxClients(int clients);
    static constexpr int DefaultMaxClients = ServerLimits::DefaultMaxClients;

    Error error() const;
    QString errorString() const;

    /*! For fromAddress() and subclasses: only before start(), serveForever() or connecting. */
    void setAddress(const QString &address);
    void setAuthKey(const QByteArray &authKey);

    /*!
        A second key for the server that start() or serveForever() runs (set it before), for
        observers: clients that authenticate with it may introspect, subscribe and call the
        methods that only read (the standard types' getters, an application type's methods
        declared with registerReadMethods() or Q_CLASSINFO("LibManager.ReadMethods", ...));
        anything else fails with Error::ReadOnly: every other method, create(), named(),
        removeName(), requestServerShutdown(). They may make proxies (proxyForToken(),
        proxyForName()) to read through. Empty (the default): no observers. It must differ from
        the key (serving fails otherwise); the server tries both on every connection, each
        compared in full. Read-only is enforced by the server, so a client cannot get around it.
    */
    QByteArray observerKey() const;
    void setObserverKey(const QByteArray &key);
    /*! What this manager's connection may do, as the server told it in the handshake. */
    enum class Role {
        Full,     //!< everything: it authenticated with the server's key (or is not connected)
        Observer, //!< introspect, subscribe and read: it used the server's observer key
    };
    Q_ENUM(Role)
    Role role() const;

Q_SIGNALS:
    void addressChanged(const QString &address);
    void errorOccurred(LibManager::Error error, const QString &message);

protected:
    /*! Internal helper for registerType<T>(): a Q_INVOKABLE constructor matching \a args. */
    static QObject *constructWithArgs(const QMetaObject &metaObject, const QVariantList &args);
    /*! For the library's own managers: \a dd extends BaseManagerPrivate with their state. */
    BaseManager(BaseManagerPrivate &dd, QObject *parent);
    std::unique_ptr<BaseManagerPrivate> const d_ptr;

private:
    void setCastError(const QString &typeId, const char *className);
    void setTypeClass(const QString &typeId, const QMetaObject *metaObject);
    template<class P>
    std::unique_ptr<P> castProxy(std::unique_ptr<Proxy> proxy)
    {
        if (proxy && !qobject_cast<P *>(proxy.get())) {
            setCastError(proxy->typeId(), P::staticMetaObject.className());
            return nullptr;
        }
        return std::unique_ptr<P>(static_cast<P *>(proxy.release()));
    }

    Q_DISABLE_COPY(BaseManager)
    Q_DECLARE_PRIVATE(BaseManager)
    friend class ProxyPrivate;
    friend class ServerProcess;
};

} // namespace LibManager

#endif // LIBMANAGER_BASEMANAGER_H
