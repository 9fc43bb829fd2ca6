// SPDX-License-Identifier: BSD-3-Clause
#ifndef INSPECTOR_INSPECTORSESSION_H
#define INSPECTOR_INSPECTORSESSION_H

#include <libmanager/tlsconfiguration.h>
#include <libmanager/error.h>
#include <libmanager/introspector.h>
#include <libmanager/token.h>

#include <QtCore/qobject.h>
#include <QtCore/qstring.h>

#include <memory>

QT_BEGIN_NAMESPACE
class QTimer;
class QUndoStack;
QT_END_NAMESPACE

namespace LibManager {
class Proxy;
class SyncManager;
}

namespace Inspector {

class ActivityModel;

/*!
    One connection of the inspector to a server: the manager, its introspector (the event
    stream), what the server offers, and who this inspector is on it. Everything the views
    show is read through it, with the public library API only.

    open() connects once; when an open connection is lost the session keeps trying again with
    back-off (0.5, 1, 2, 4, then every 10 s) and emits connected() each time it is back, so
    that views make their proxies and models again, re-read and restore what they showed.
    The proxies of a lost connection stay valid objects (their calls fail) until the views
    drop them: data on screen stays visible until then.

    The key is kept in memory only. Read-only is what the user asked for, or forced by the
    server when the key was its observer key (the server refuses writes then).
*/
class InspectorSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool readOnly READ isReadOnly NOTIFY readOnlyChanged)
    Q_PROPERTY(bool paused READ isPaused WRITE setPaused NOTIFY pausedChanged)
public:
    enum class State {
        Disconnected, //!< never opened, or closed
        Connecting,   //!< open() is connecting
        Connected,
        Reconnecting, //!< the connection was lost; attempts follow with back-off
    };
    Q_ENUM(State)

    explicit InspectorSession(QObject *parent = nullptr);
    ~InspectorSession() override;

    QString address() const;
    void setAddress(const QString &address);
    void setAuthKey(const QByteArray &key);
    /*! For tls:// addresses: the CA that vouches for the server, and a client certificate if
        the server asks for one (BaseManager::setTlsConfiguration()). */
    LibManager::TlsConfiguration tlsConfiguration() const;
    void setTlsConfiguration(const LibManager::TlsConfiguration &configuration);
    /*! The user asked for read-only: no view offers a write. */
    bool isReadOnlyRequested() const;
    void setReadOnlyRequested(bool readOnly);
    /*! Requested, or the server gave this connection the observer role. */
    bool isReadOnly() const;
    int connectTimeout() const;
    void setConnectTimeout(int timeoutMs);

    /*! Connects, waiting up to connectTimeout(); false with lastError() set. */
    bool open();
    /*! Closes the connection and stops reconnecting. */
    void close();
    State state() const;
    /*! How many attempts reconnecting made so far (0 when connected). */
    int reconnectAttempt() const;
    LibManager::Error lastError() const;
    QString lastErrorString() const;

    /*! The connection's manager and introspector; nullptr unless connected. Both change on
        every reconnection (connected() says when). */
    LibManager::SyncManager *manager() const;
    LibManager::Introspector *introspector() const;
    LibManager::ServerCapabilities capabilities() const;
    /*! This inspector's client id on the server (whoAmI()), 0 if unknown. */
    quint64 selfId() const;
    /*! The token of the object \a objectId of \a typeId on this server. */
    LibManager::Token token(quint64 objectId, const QString &typeId) const;
    /*!
        A proxy of the class registered for \a typeId (DictProxy for "dict"...) that looks at
        the object without holding a reference (BaseManager::observe()); the caller owns it.
        nullptr with lastError() set if the object is gone or there is no connection.
    */
    std::unique_ptr<LibManager::Proxy> observe(quint64 objectId, const QString &typeId);

    /*! Paused: views keep what they show and buffer or count the changes that come, until
        resumed. */
    bool isPaused() const;
    void setPaused(bool paused);

    /*! The activity log: events of what the views watch, and this inspector's own calls. */
    ActivityModel *activity() const;
    /*! Undo of this inspector's own edits. */
    QUndoStack *undoStack() const;

Q_SIGNALS:
    void stateChanged(Inspector::InspectorSession::State state);
    /*! Connected (again): make proxies and models, subscribe, read. */
    void connected();
    /*! The connection went: \a reason in words. Reconnecting follows. */
    void connectionLost(const QString &reason);
    void readOnlyChanged(bool readOnly);
    void pausedChanged(bool paused);

private:
    void setState(State state);
    void handleDisconnect();
    void attemptReconnect();
    bool connectManager();

    struct Private;
    std::unique_ptr<Private> const d;
};

} // namespace Inspector

#endif // INSPECTOR_INSPECTORSESSION_H
