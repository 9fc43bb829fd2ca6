// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_PROXY_H
#define LIBMANAGER_PROXY_H

#include <libmanager/pendingcall.h>
#include <libmanager/reply.h>
#include <libmanager/token.h>

#include <QtCore/qobject.h>
#include <QtCore/qvariant.h>

#include <memory>

namespace LibManager {

class ProxyPrivate;

/*!
    What a change event says beyond its signal's arguments: the shared object's version after
    the change (Proxy::setChangeInfoEnabled(), then Proxy::changeInfo() in a slot connected to
    a change signal). Invalid when the proxy did not ask for it or the server is too old.
*/
struct LIBMANAGER_EXPORT ChangeInfo
{
    Q_GADGET
    Q_PROPERTY(quint64 version MEMBER version)
    Q_PROPERTY(quint64 origin MEMBER origin)
    Q_PROPERTY(qint64 position MEMBER position)
public:
    /*! The object's version after the change (its count of changes; see the README). */
    quint64 version = 0;
    /*! The client whose call made the change (its id, as whoami() and ClientInfo say); 0 for
        the server itself (a timeout, or a client's departure that gave something back). */
    quint64 origin = 0;
    /*! Where it happened, for events whose arguments do not say: a dict entry's position in
        the insertion order (for a removal, the position it had). -1 otherwise. */
    qint64 position = -1;
    bool isValid() const { return version != 0; }
};

/*!
    Refers to one shared object that lives in a manager's server process.

    A proxy holds one reference to its object: the object lives at least as long as the proxy.
    callMethod() calls one of the object's exposed methods and waits for the result;
    callMethodAsync() returns at once with a PendingCall, so a GUI thread never has to block.
    Both may be used from any thread: a call made in another thread than the proxy's travels on
    that thread's own connection to the server.

    Managers make proxies (BaseManager::create(), BaseManager::proxyForToken()); a subclass adds
    typed methods over callMethod() and is registered with the typeid as its proxy type. The
    standard proxies give each typed method an asynchronous twin that returns a PendingReply.
*/
class LIBMANAGER_EXPORT Proxy : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString typeId READ typeId CONSTANT)
public:
    enum class State {
        Unattached,   //!< made but not (yet) attached to a shared object
        Connected,    //!< attached, and its connection is up
        Disconnected, //!< its connection closed (server gone or shut down)
        Released,     //!< an observer's object was released (BaseManager::observe())
    };
    Q_ENUM(State)

    /*! Use value for timeouts: the manager's callTimeout(). */
    static constexpr int DefaultTimeout = -2;
    /*! Use value for timeouts: wait as long as it takes (only for calls you know will end). */
    static constexpr int NoTimeout = -1;

    /*! Makes an unattached proxy; managers attach it. Subclasses keep this constructor. */
    explicit Proxy(QObject *parent = nullptr);
    /*! Drops this proxy's reference; the object dies with its last reference. */
    ~Proxy() override;

    State state() const;
    bool isConnected() const { return state() == State::Connected; }
    Token token() const;
    QString typeId() const;
    quint64 objectId() const;

    /*!
        Calls \a method of the referent with \a args and waits for its result, at most
        \a timeoutMs milliseconds. Never throws: a failure comes back as an invalid Reply
        whose error() says what happened.
    */
    Reply callMethod(const QString &method, const QVariantList &args = {},
                     int timeoutMs = DefaultTimeout) const;
    /*! Sends the call and returns at once; see PendingCall and PendingCallWatcher. */
    PendingCall callMethodAsync(const QString &method, const QVariantList &args = {},
                                int timeoutMs = DefaultTimeout) const;
    /*!
        Calls \a method, which returns a shared object (see BaseManager::registerMethodResult()),
        and returns a proxy to that object, owned by the caller, of the class registered for
        its typeid. nullptr with lastError() set if the call failed or returned no shared
        object (Error::TypeError). Python's method_to_typeid.
    */
    std::unique_ptr<Proxy> callMethodForProxy(const QString &method, const QVariantList &args = {},
                                              int timeoutMs = DefaultTimeout) const;
    /*! \overload A proxy of class \c P; Error::TypeError if the object's proxy is not one. */
    template<class P>
    std::unique_ptr<P> callMethodForProxy(const QString &method, const QVariantList &args = {},
                                          int timeoutMs = DefaultTimeout) const
    {
        std::unique_ptr<Proxy> proxy = callMethodForProxy(method, args, timeoutMs);
        if (proxy && !qobject_cast<P *>(proxy.get())) {
            recordProxyClassError(*proxy, P::staticMetaObject.className());
            return nullptr;
        }
        return std::unique_ptr<P>(static_cast<P *>(proxy.release()));
    }

    /*!
        The referent's string form (Python's str()): its toString() if it has one, else its
        class and address. Always available, whatever the exposed methods. If the server
        cannot be asked, says so: "<Proxy[typeid] ...; toString() failed: reason>".
    */
    QString toString() const;
    /*!
        The proxy's own description, made locally without asking the server: its class, the
        typeid, the object id and the server's address, as in
        "<LibManager::ListProxy[list] object 31 at 127.0.0.1:50000>"; an unattached proxy
        gives "<LibManager::Proxy, unattached>".
    */
    QString repr() const;

    /*!
        The timeout of this proxy's calls that do not give one: DefaultTimeout (the default)
        follows the manager's BaseManager::callTimeout() as it is at the time of each call,
        also after a change; any other value (milliseconds, or NoTimeout) overrides it for
        this proxy. A timeout given to a call overrides both.
    */
    int callTimeout() const;
    void setCallTimeout(int timeoutMs);

    /*!
        Asks the server to send this proxy's change events with a ChangeInfo: the object's
        version after each change, the client that made it, and a dict entry's position.
        Costs a few bytes per event and, for a dict, a lookup in its order index per change
        or removal; off by default. Takes effect with the next events (a call is pipelined
        after the subscription; a server older than the feature ignores it). A shared object
        may send change info to every proxy of it in this process once one proxy asked.
    */
    void setChangeInfoEnabled(bool enabled);
    bool isChangeInfoEnabled() const;
    /*!
        The change info of the event being delivered: valid inside a slot (directly)
        connected to one of this proxy's change signals, once setChangeInfoEnabled(true) took
        effect; invalid outside one.
    */
    ChangeInfo changeInfo() const;

    /*! The error of the last call made through this proxy from any thread. */
    Error lastError() const;
    QString lastErrorString() const;

    /*!
        A new proxy, owned by the caller, for a shared object found inside a value this proxy
        returned (a proxy stored in a shared dict or list travels as its Token). Its class is
        the one registered for the object's typeid. Returns nullptr, with lastError() set, if
        \a value holds no token of this proxy's server or the object is gone.
    */
    std::unique_ptr<Proxy> proxyForValue(const QVariant &value) const;

Q_SIGNALS:
    void stateChanged(LibManager::Proxy::State state, LibManager::Proxy::State oldState);
    /*! Emitted in the proxy's thread when a call made in that thread fails. */
    void errorOccurred(LibManager::Error error, const QString &message);

protected:
    /*!
        Called, in the proxy's thread and in the order the server made them, with the change
        events of the referent while the proxy is subscribed. Typed proxies turn them into
        signals. The subscription starts when a signal of a Proxy subclass is first connected
        and ends when the last such connection goes, or with the proxy.
    */
    virtual void handleEvent(const QByteArray &name, const QVariantList &args);
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;
    /*! Records \a reply as the last error (and emits errorOccurred() if it failed). */
    void recordReply(const Reply &reply) const;
    /*! For the library's typed proxies: \a dd extends ProxyPrivate with their own state. */
    Proxy(ProxyPrivate &dd, QObject *parent);

private:
    void recordProxyClassError(const Proxy &proxy, const char *className) const;

    Q_DISABLE_COPY(Proxy)
    Q_DECLARE_PRIVATE(Proxy)
    std::unique_ptr<ProxyPrivate> const d_ptr;
    friend class BaseManager;
    friend class BaseManagerPrivate;
    friend class ProxyPrivate;
};

} // namespace LibManager

#endif // LIBMANAGER_PROXY_H
