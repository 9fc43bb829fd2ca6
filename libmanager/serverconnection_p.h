// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SERVERCONNECTION_P_H
#define LIBMANAGER_SERVERCONNECTION_P_H

#include <libmanager/framereader_p.h>
#include <libmanager/loglimiter_p.h>
#include <libmanager/platform_p.h>
#include <libmanager/reply.h>
#include <libmanager/wirecodec_p.h>

#include <QtCore/qhash.h>
#include <QtCore/qobject.h>
#include <QtCore/qset.h>

#include <deque>
#include <memory>

QT_BEGIN_NAMESPACE
class QLoggingCategory;
class QSocketNotifier;
class QTimer;
QT_END_NAMESPACE

namespace LibManager {

class DeferredState;
class QuotaAccount;
class Server;
namespace Wire { struct Message; }

/*!
    One client of the server: its socket, its handshake state, the references it holds and its
    parked calls. Reads whatever the socket has, handles every complete frame, and writes all
    the answers of that batch in one go. Never blocks: what the socket cannot take now waits in
    an output buffer, and a client that lets too much pile up is not read from until it drains.
*/
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    ServerConnection(Server *server, Platform::Socket socket, bool tcp, quint64 id,
                     QObject *parent = nullptr);
    ~ServerConnection() override;

    quint64 id() const { return m_id; }
    bool isTcp() const { return m_tcp; }
    bool isOpen() const { return m_state != Closed; }
    bool isAuthenticated() const { return m_state == Ready; }
    /*! Who the client is, for logs and introspection (see Platform::peerDescription()). */
    QString peer() const;

    void sendReply(quint32 requestId, const Reply &reply);
    /*! Answers a client's Ping: this server's loop still turns. */
    void sendPong();
    /*! Answers \a requestId with a shared object the caller now holds a reference to. */
    void sendObjectResult(quint32 requestId, const Token &token);
    void sendEvent(quint64 objectId, const QByteArray &name, const QVariantList &args);
    /*! Sends a Goodbye, writes what it can, and closes. */
    void closeGracefully(const QString &reason);
    /*! Closes at once, logging \a reason (a protocol violation or failed handshake). */
    void abort(const QString &reason);

    void park(quint32 requestId, const std::shared_ptr<DeferredState> &state);
    void answerParked(quint32 requestId, const Reply &reply);
    /*! The client gave up on \a requestId: cancel it if it is still parked. */
    void cancelParked(quint32 requestId);
    int parkedCount() const { return int(m_parked.size()); }

    /*! References this client holds, by object id. */
    QHash<quint64, qint64> references;
    /*! What the objects this client created are charged to (set by the server). */
    std::shared_ptr<QuotaAccount> quota;

    /*!
        The server ran out of memory for this client (its request, or output for it): the
        connection closes, giving back what it held, with one log line. Safe anywhere, even
        inside another client's request: nothing is sent or read from now on, and the rest of
        the closing (which releases objects) runs from the event loop.
    */
    void closeOutOfMemory();
    /*! Objects whose change events this client receives. */
    QSet<quint64> subscriptions;

private:
    enum State { AwaitingHello, Ready, Closed };

    void onReadable();
    void onWritable();
    void readAndHandle();
    void writeQueued();
    void handleHello(const char *payload, qsizetype size);
    void handleFrame(const char *payload, qsizetype size);
    void flush();
    /*! Sends \a bytes after everything appended so far, from its own buffer. */
    void queue(const QByteArray &bytes);
    /*! Sends what m_queued holds; false if some of it must wait (or the peer is gone). */
    bool sendQueued();
    void finishClose();
    using LogCategory = const QLoggingCategory &(*)();
    /*! Logs \a line as a warning, unless this client or all of them have been logged about
        too often lately (see LogLimiter); cuts it to LogLimits::MaxReasonLength. */
    void warn(LogCategory category, const QString &line);

    Server *m_server;
    Platform::Socket m_socket;
    bool m_tcp;
    quint64 m_id;
    State m_state = AwaitingHello;
    bool m_inBatch = false;
    FrameReader m_reader;
    Wire::Message m_message; // decoded into frame after frame, so that its buffers are reused
    LogLimiter m_logLimiter { LogLimits::ConnectionBurst, LogLimits::ConnectionPerSecond };
    // What goes out: the buffers in m_queued (bulk data sent from where it lies), then
    // m_output, which every frame is appended to.
    std::deque<QByteArray> m_queued;
    qsizetype m_queuedPos = 0; // sent of m_queued.front()
    qsizetype m_queuedBytes = 0;
    QByteArray m_output;
    qsizetype m_outputPos = 0;
    QByteArray m_serverNonce;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    bool m_readEnabled = true;   // what the notifiers were last set to
    bool m_writeEnabled = false;
    QTimer *m_handshakeTimer = nullptr;
    QHash<quint32, std::shared_ptr<DeferredState>> m_parked;
};

} // namespace LibManager

#endif // LIBMANAGER_SERVERCONNECTION_P_H
