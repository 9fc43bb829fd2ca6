// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_SERVERCONNECTION_P_H
#define LIBMANAGER_SERVERCONNECTION_P_H

#include <libmanager/deferred_p.h>
#include <libmanager/wire/framereader_p.h>
#include <libmanager/server/loglimiter_p.h>
#include <libmanager/platform/platform_p.h>
#include <libmanager/transport/stream_p.h>
#include <libmanager/reply.h>
#include <libmanager/wire/wirecodec_p.h>

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

class QuotaAccount;
class Server;
namespace Wire { struct Message; }

/*!
    One client of the server: its socket, its handshake state, the references it holds and its
    parked calls. Reads what the socket has, handles the complete frames, and writes the
    answers of that turn in one go. Never blocks: what the socket cannot take now waits in an
    output buffer.

    Limits (ServerLimits): a turn ends after TurnBudgetUs of work, and the frames left wait for
    the next one, after every other client's; once the unsent output reaches the soft limit
    the connection handles no further request and reads nothing until the client has read
    enough of it. Output the client did not ask for at that point (events, answers to parked
    calls) that passes the hard limit, or output the client takes no byte of for the output
    timeout, closes the connection with the reason logged.
*/
class ServerConnection : public QObject, public ParkedCallSink
{
    Q_OBJECT
public:
    /*! Serves the client at the other end of \a stream (which it owns). */
    ServerConnection(Server *server, std::unique_ptr<Transport::Stream> stream, quint64 id,
                     QObject *parent = nullptr);
    ~ServerConnection() override;

    /*! What a client may do: everything, or (authenticated with the server's observer key)
        introspect, subscribe and read (AccessPolicy). */
    enum class Role { Full, Observer };

    quint64 id() const { return m_id; }
    Server *server() const { return m_server; }
    /*! The stream's kind: "local", "tcp" or "tls". */
    QLatin1String transport() const { return m_stream->kind(); }
    bool isOpen() const { return m_state != Closed; }
    bool isAuthenticated() const { return m_state == Ready; }
    Role role() const { return m_role; }
    bool isObserver() const { return m_role == Role::Observer; }
    /*! Who the client is, for logs and introspection (see Transport::Stream::peerDescription()). */
    QString peer() const;

    // What introspection tells of the client (Server::describeClient()).
    /*! Its process id, from the local socket's credentials; 0 over TCP. */
    qint64 peerProcessId() const { return m_peerPid; }
    /*! When it connected, and when it last sent something: wall clock, ms since the epoch. */
    qint64 connectedAtMs() const { return m_connectedAtMs; }
    qint64 lastActivityAtMs() const { return m_lastActivityAtMs; }
    /*! Calls (and posted calls) it made, and the bytes it sent and was sent. */
    qint64 calls() const { return m_calls; }
    qint64 bytesIn() const { return m_bytesIn; }
    qint64 bytesOut() const { return m_bytesOut; }
    /*! Its calls the server holds unanswered, by request id. */
    const QHash<quint32, std::shared_ptr<DeferredState>> &parkedCalls() const { return m_parked; }
    /*! The name it gave itself (BaseManager::setClientName()); empty until it does. */
    QString clientName;
    /*! Longer names are cut to this many characters. */
    static constexpr qsizetype MaxClientNameLength = 256;

    void sendReply(quint32 requestId, const Reply &reply);
    /*! Answers a client's Ping: this server's loop still turns. */
    void sendPong();
    /*! Answers \a requestId with a shared object the caller now holds a reference to. */
    void sendObjectResult(quint32 requestId, const Token &token);
    void sendEvent(quint64 objectId, const QByteArray &name, const QVariantList &args);
    /*! sendEvent() with the change's version, origin and position (Kind::EventInfo). */
    void sendEventInfo(quint64 objectId, const QByteArray &name, const QVariantList &args,
                       quint64 version, quint64 origin, qint64 position);
    /*! Sends a Goodbye, writes what it can, and closes. */
    void closeGracefully(const QString &reason);
    /*! Closes at once, logging \a reason (a protocol violation or failed handshake). */
    void abort(const QString &reason);

    /*! Holds \a requestId, a call of \a method on \a objectId, until \a state is answered. */
    void park(quint32 requestId, quint64 objectId, const QByteArray &method,
              const std::shared_ptr<DeferredState> &state);
    void answerParked(quint32 requestId, const Reply &reply) final;
    /*! The client gave up on \a requestId: cancel it if it is still parked. */
    void cancelParked(quint32 requestId);
    int parkedCount() const { return int(m_parked.size()); }
    /*! Answers and events not sent yet: what the socket could not take. */
    qsizetype pendingOutput() const { return m_queuedBytes + m_output.size() - m_outputPos; }
    /*! Work one connection does per turn of the event loop before the others get theirs. */
    static constexpr qint64 TurnBudgetUs = 1000;

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
    void closeOutOfMemory() final;
    /*! Objects whose change events this client receives. */
    QSet<quint64> subscriptions;
    /*! Subscribed objects whose events it receives with change info (a subset). */
    QSet<quint64> changeInfo;

    // The server-wide event stream (Server::subscribeStream()).
    /*! It receives the stream. */
    bool streamSubscribed = false;
    /*!
        Appends a stream event (a whole frame, numbered \a seq) to what goes out with the next
        write, unless the unsent output has reached the stream's bound (half the output soft
        limit): then it drops this event and every later one until the client has read its
        output down to half that bound, and sends it one "overflow" notice instead
        (resumeStream()). Stream output never closes a connection: it cannot reach the hard
        limit, and a client whose waiting output is all stream events keeps its connection
        after the output timeout (see onOutputTimer()).
    */
    void appendStream(const QByteArray &frame, quint64 seq);
    /*! A notice for this client alone (its "streamStarted"): appended whatever waits. */
    void appendStreamNotice(const QByteArray &frame);
    /*! Events from \a seq on were lost for this client (the server could not make them). */
    void streamLost(quint64 seq);
    /*! Stops the stream for this client; an overflow not yet told is forgotten. */
    void endStream();
    /*! Writes what the stream appended, unless a batch of this client's writes it anyway. */
    void flushStream();
    /*! Why the connection closed, for the stream's "clientGone": "closed", "protocol",
        "outputLimit", "outputTimeout", "outOfMemory" or "shutdown". */
    const char *goneReason() const { return m_goneReason; }

private:
    // ParkedCallSink: what a Deferred bound to one of this client's calls sees.
    QObject *lifetimeObject() final { return this; }
    quint64 clientId() const final { return m_id; }
    bool acceptsAnswers() const final { return isOpen(); }
    void parkedCallEnded(quint64 objectId, quint32 requestId,
                         DeferredState::Outcome outcome) final;

    // Closing: closed for a reason found while another client's call runs; it ends after it.
    enum State { AwaitingHello, Ready, Closing, Closed };

    void onReadable();
    void onWritable();
    void readAndHandle();
    /*! Handles the complete frames buffered, until the turn's budget or the output's soft
        limit ends the turn (m_backlog then says that some may be left). */
    void handleFrames();
    /*! Another turn for the frames left, after the other clients' turns. */
    void scheduleTurn();
    void onTurn();
    /*! Closes the connection if unrequested output passed the hard limit. */
    bool checkHardLimit();
    void onOutputTimer();
    void writeQueued();
    /*! Advances the stream's own handshake (TLS); the hello goes once it is done. */
    void continueStreamHandshake();
    void handleHello(const char *payload, qsizetype size);
    void handleFrame(const char *payload, qsizetype size);
    void flush();
    /*! Sends \a bytes after everything appended so far, from its own buffer. */
    void queue(const QByteArray &bytes);
    /*! Sends what m_queued holds; false if some of it must wait (or the peer is gone). */
    bool sendQueued();
    /*! Writes m_output as far as the socket takes it. */
    void sendOutput();
    /*! The client has read enough after an overflow: appends the notice; false if not yet. */
    bool resumeStream();
    /*! Whether all the output waiting is stream events (which never close a connection). */
    bool onlyStreamWaits();
    void finishClose();
    using LogCategory = const QLoggingCategory &(*)();
    /*! Logs \a line as a warning, unless this client or all of them have been logged about
        too often lately (see LogLimiter); cuts it to LogLimits::MaxReasonLength. */
    void warn(LogCategory category, const QString &line);

    Server *m_server;
    std::unique_ptr<Transport::Stream> m_stream;
    quint64 m_id;
    State m_state = AwaitingHello;
    Role m_role = Role::Full;
    qint64 m_peerPid = 0;
    qint64 m_connectedAtMs = 0;
    // Both from the coarse wall clock (a kernel tick), like the other times introspection
    // shows: the last activity is taken on every wake-up that reads, and must cost little.
    qint64 m_lastActivityAtMs = 0;
    // Counted where the work is done anyway: an increment per call, an addition per read
    // and per write.
    qint64 m_calls = 0;
    qint64 m_bytesIn = 0;
    qint64 m_bytesOut = 0;
    bool m_inBatch = false;
    bool m_backlog = false;     // frames may be buffered that no turn has handled yet
    bool m_turnScheduled = false;
    bool m_peerClosed = false;  // the peer's end of the stream was read
    qsizetype m_softLimit;
    qsizetype m_hardLimit;
    int m_outputTimeout;
    qint64 m_lastOutputProgress = 0; // steady ms: output waited and some of it left
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
    QTimer *m_outputTimer = nullptr; // made when output first has to wait
    QHash<quint32, std::shared_ptr<DeferredState>> m_parked;
    const char *m_goneReason = "closed";
    // The stream: its bound, the overflow state, and where in the output (counted from the
    // connection's first byte) the last stream frame and the last other frame end.
    qsizetype m_streamLimit;
    bool m_streamLost = false;
    quint64 m_streamFirstLost = 0;
    qint64 m_streamEnd = 0;
    qint64 m_nonStreamEnd = 0;
};

} // namespace LibManager

#endif // LIBMANAGER_SERVERCONNECTION_P_H
