// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_CLIENTCONNECTION_P_H
#define LIBMANAGER_CLIENTCONNECTION_P_H

#include <libmanager/transport/address_p.h>
#include <libmanager/transport/transport_p.h>
#include <libmanager/wire/framereader_p.h>
#include <libmanager/pendingcall_p.h>
#include <libmanager/platform/platform_p.h>
#include <libmanager/reply.h>
#include <libmanager/client/proxyfactoryregistry_p.h>
#include <libmanager/client/requesttable_p.h>
#include <libmanager/token.h>
#include <libmanager/wire/wirecodec_p.h>

#include <QtCore/qhash.h>
#include <QtCore/qmutex.h>
#include <QtCore/qobject.h>
#include <QtCore/qpointer.h>
#include <QtCore/qset.h>
#include <QtCore/qthread.h>

#include <atomic>
#include <functional>
#include <deque>
#include <memory>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
class QTimer;
QT_END_NAMESPACE

namespace LibManager {

class ClientConnection;
class PendingCallWatcher;
class Proxy;
struct ChangeInfo;

/*!
    The name a manager's connections give the server (BaseManager::setClientName()), shared by
    the manager and its connections, which may be made in any thread.
*/
class ClientName
{
public:
    /*! The name set, or "<application name>[<pid>]". */
    QString value() const;
    /*! An empty name restores the default. */
    void setValue(const QString &name);

private:
    mutable QMutex m_mutex;
    QString m_name;
};

/*!
    Where a large byte-array answer goes as it comes off the socket, instead of into a buffer
    of its own: a reader that converts the bytes (ArrayProxy::toDoubles()) then works on data
    still in the cache, and no buffer the size of the answer is made. Given to
    ClientConnection::call(); only an answer of Wire::BulkBytes or more streams.
*/
class BulkSink
{
public:
    virtual ~BulkSink() = default;
    /*! The answer holds \a size bytes; write() is then given all of them, in order, in pieces. */
    virtual void begin(qsizetype size) = 0;
    virtual void write(const char *data, qsizetype size) = 0;
};

/*!
    A call that the server parks and ends itself after \a timeoutMs (< 0: never): acquire(),
    Queue.get() and put(), Condition.wait(), Barrier.wait(), Event.wait(), Queue.join(). The
    client waits that long plus the connection's grace (ClientConnection::blockingGraceMs());
    if no answer has come by then, the call fails with Error::ServerNotResponding, a Cancel
    goes to the server, and an answer that still comes goes to \a late (nullptr: dropped).
*/
struct BlockingCall
{
    int timeoutMs = -1;
    LateAnswerHandler late = nullptr;
};

/*!
    The reference to a shared object that an ObjectResult handed to this side: a proxy takes
    it over (take()), or it is given back when the last Reply holding it goes.
*/
class ReturnedObject : public Detail::ReplyAttachment
{
public:
    ReturnedObject(std::shared_ptr<ClientConnection> connection, const Token &token);
    ~ReturnedObject() override;
    Q_DISABLE_COPY_MOVE(ReturnedObject)

    /*! A proxy of the class registered for the token's typeid, owning the reference; nullptr
        once taken. Defined in proxy.cpp. */
    std::unique_ptr<Proxy> take();
    bool isTaken() const { return m_taken.load(); }

private:
    std::shared_ptr<ClientConnection> m_connection;
    Token m_token;
    std::atomic<bool> m_taken { false };
};

/*!
    One authenticated connection to a server, used from the thread it was made in (release()
    alone may come from any thread).

    Synchronous calls write their frame and read the socket directly until their answer comes,
    without running an event loop: the cost is close to one socket round trip. Answers to other
    calls that arrive meanwhile finish their PendingCalls, whose watchers are told through the
    event loop. Asynchronous calls are batched: their frames go out together when control
    returns to the event loop, when 64 KiB are waiting, or when anything waits on this
    connection.
*/
class ClientConnection : public QObject, public std::enable_shared_from_this<ClientConnection>
{
    Q_OBJECT
public:
    struct Options
    {
        Address address;
        QString addressText; // as the server reports it: the token address
        QByteArray authKey;
        qsizetype maxFrameSize = 0;
        int timeoutMs = 10000;
        int livenessTimeoutMs = 0; // TCP: see Platform::setLiveness()
        // TLS: the client's context (CA, client certificate), from the manager's configuration.
        std::shared_ptr<const Transport::TlsContext> tls;
        std::shared_ptr<ProxyFactoryRegistry> proxyFactories;
        // The manager's callTimeout(), for the proxies this connection makes (ObjectResult).
        std::shared_ptr<const std::atomic<int>> callTimeout;
        // What the connection tells the server it is called (none if null).
        std::shared_ptr<const ClientName> clientName;
    };

    /*! Connects and authenticates; nullptr with \a code and \a why on failure. The result
        deletes itself in its own thread when the last reference goes. */
    static std::shared_ptr<ClientConnection> open(const Options &options, Error *code, QString *why);
    /*!
        This thread's connection to the same server as \a model (another thread's), made on
        first use. Making it waits at most the options' timeout, or \a callTimeoutMs (the
        timeout of the call it is made for) if that is shorter: a call never waits longer than
        its timeout. Fails with Error::ConnectionLost if another server than \a model's now
        listens at the address (object ids would name other objects there).
    */
    static std::shared_ptr<ClientConnection> forCurrentThread(const ClientConnection &model,
                                                              int callTimeoutMs, Error *code,
                                                              QString *why);
    ~ClientConnection() override;

    const Options &options() const { return m_options; }
    /*! The id the server named itself by in the handshake (what its tokens carry). */
    const QByteArray &serverId() const { return m_serverId; }
    /*! The server took our key for its observer key: it refuses our writes. */
    bool isObserver() const { return m_observer; }
    /*! The thread the connection was made in and serves (cheaper to compare than thread()). */
    Qt::HANDLE threadId() const { return m_threadId; }
    bool isOpen() const { return m_open; }
    QString closeReason() const { return m_closeReason; }

    /*!
        Calls \a method with the \a count arguments at \a args and waits for the answer. With
        a \a sink, a large byte-array answer goes to it as it arrives, and the Reply holds a
        null value in its place (sink->begin() tells whether that happened).
    */
    Reply call(quint64 objectId, QStringView method, const QVariant *args, qsizetype count,
               int timeoutMs, BulkSink *sink = nullptr);
    Reply call(quint64 objectId, QStringView method, const QVariantList &args, int timeoutMs)
    {
        return call(objectId, method, args.constData(), args.size(), timeoutMs);
    }
    PendingCall callAsync(quint64 objectId, QStringView method, const QVariant *args,
                          qsizetype count, int timeoutMs);
    PendingCall callAsync(quint64 objectId, QStringView method, const QVariantList &args,
                          int timeoutMs)
    {
        return callAsync(objectId, method, args.constData(), args.size(), timeoutMs);
    }
    /*!
        call() and callAsync() for a call the server ends itself after \a blocking's timeout:
        the client waits that long plus blockingGraceMs(), then gives up with
        Error::ServerNotResponding and cancels the call; an answer that comes after that goes
        to the blocking call's LateAnswerHandler.
    */
    Reply callBlocking(quint64 objectId, QStringView method, const QVariant *args, qsizetype count,
                       const BlockingCall &blocking);
    PendingCall callBlockingAsync(quint64 objectId, QStringView method, const QVariant *args,
                                  qsizetype count, const BlockingCall &blocking);
    /*!
        The least grace a blocking call gets beyond its own timeout: the server's timers are
        precise to about a millisecond, and the answers of timed-out calls were measured to
        come at most 42 ms after their timeout on a 2-CPU machine running three busy loops
        besides the test (median 0.2 ms), local socket and TCP alike; 250 ms is six times that.
    */
    static constexpr int MinBlockingGraceMs = 250;
    /*!
        How much longer than its own timeout a blocking call waits for the server to end it:
        MinBlockingGraceMs plus twice the round trip the handshake took, since the server
        starts its timer when the call arrives and its answer travels back. The grace only
        decides when the client stops waiting; a late answer is dealt with either way.
    */
    int blockingGraceMs() const { return m_graceMs; }
    /*!
        For a LateAnswerHandler: queues \a method on \a objectId with the \a count arguments
        at \a args as a Post, sent when the handler's read is done. A failure the server
        answers with is logged.
    */
    void postLate(quint64 objectId, QStringView method, const QVariant *args = nullptr,
                  qsizetype count = 0);
    /*!
        Sends a call without arguments now as a Post, and does not wait: a null valid Reply
        once sent, else why not. If the server answers with a failure, \a reportTo records it
        later, from the event loop. Only for calls that do not park.
    */
    Reply post(quint64 objectId, QStringView method, Proxy *reportTo);
    /*! Blocks until \a state finishes or its deadline passes (then it fails with Timeout), or
        for at most \a timeoutMs if that is not negative (then it may still be pending). */
    bool waitForFinished(PendingCallState *state, int timeoutMs = -1);
    /*! Drops \a count references to \a objectId. Thread-safe; no answer. */
    void release(quint64 objectId, quint32 count = 1);
    /*!
        Tells the server this connection's name, without waiting: the call goes out with the
        next call, or from the event loop if none comes first (a thread without one: only with
        the next call), and its answer is dropped. open() does it for the options' clientName.
    */
    void sendClientName(const QString &name);
    /*! \a proxy receives \a objectId's change events (subscribing on the first one). */
    void subscribe(quint64 objectId, Proxy *proxy);
    void unsubscribe(quint64 objectId, Proxy *proxy);
    /*! Asks the server for change info on \a objectId's events, once per subscription
        (Proxy::setChangeInfoEnabled()). */
    void requestChangeInfo(quint64 objectId);
    /*! Tells \a watcher that its call finished, after the read under way if any, in order
        with the events that came before (PendingCallState::finish()). */
    void queueFinished(PendingCallWatcher *watcher);
    void close();

Q_SIGNALS:
    void disconnected(const QString &reason);

private:
    explicit ClientConnection(const Options &options);
    bool handshake(Error *code, QString *why);
    Reply callSync(quint64 objectId, QStringView method, const QVariant *args, qsizetype count,
                   int timeoutMs, BulkSink *sink, const BlockingCall *blocking);
    PendingCall callAsyncImpl(quint64 objectId, QStringView method, const QVariant *args,
                              qsizetype count, int timeoutMs, const BlockingCall *blocking);
    /*! The steady-clock deadline of a blocking call with \a timeoutMs (-1: none). */
    qint64 blockingDeadline(int timeoutMs) const;
    /*!
        Tells the server that the caller gave up on \a requestId. With a \a late handler, the
        call is remembered until its answer comes (then \a late has it) or the server is known
        to have read the Cancel: a Ping follows it, and its Pong says so.
    */
    void cancelCall(quint32 requestId, quint64 objectId, LateAnswerHandler late);
    /*! An answer to a call nobody waits for any more: to its LateAnswerHandler, if it has one. */
    void lateAnswer(quint32 requestId, Reply &&reply);
    /*! Sends what LateAnswerHandlers queued, without waiting for the socket. Not from inside
        processFrames(): it processes frames itself. */
    void sendLateWrites();
    bool readHandshakeFrame(QByteArray *payload, qint64 deadline, Error *code, QString *why);
    quint32 nextRequestId();
    bool flushOutput(qint64 deadline, Error *code, QString *why);
    void scheduleFlush();
    /*! Sends what the socket takes now, and the rest once it has room. */
    void flushWithoutWaiting();
    /*! Reads what the socket has; with \a waitMs >= 0 or -1 (no limit), sleeps in the first
        read until data comes. False if the connection was lost. */
    static constexpr int NoWait = -2;
    bool readAvailable(int waitMs = NoWait);
    /*! Why a connection whose TCP liveness timeout expired ended. */
    QString stoppedAnswering() const;
    /*!
        Called while calls wait, when a wait of a third of the liveness timeout heard nothing,
        and by the async calls' timer: pings the server, or, once it has been silent for the
        whole timeout, loses the connection with Error::ServerNotResponding. False then.
    */
    bool checkLiveness(int silentForMs);
    void onLivenessTimer();
    bool ended(qsizetype got);
    void processFrames();
    void dispatch(Wire::Message &message);
    /*! Settles the call \a requestId with \a reply (an answer, from a frame or a stream). */
    void answer(quint32 requestId, Reply reply);
    /*! Starts streaming the answer at the front of the reader to m_sink, if it is one. */
    bool startStream();
    /*! Settles the posted calls the answer to \a requestId accounts for; true if it was one. */
    bool settlePosted(quint32 requestId, const Reply &reply);
    void lose(const QString &reason, Error code = Error::ConnectionLost);
    void deliverEvent(quint64 objectId, const QByteArray &name, const QVariantList &args,
                      const ChangeInfo &info);
    /*! Delivers what m_deliveries holds, oldest first: user code runs here. */
    void deliver();
    void scheduleDelivery();
    /*! Reads and dispatches answers until \a *done is set (true) or \a deadline passes. */
    bool pumpUntil(const bool *done, qint64 deadline);
    void onReadable();
    void expireCalls();
    void armDeadline(qint64 deadline);
    void addDeadline(qint64 deadline, quint32 requestId);
    Reply lostReply() const;

    Options m_options;
    const Qt::HANDLE m_threadId = QThread::currentThreadId();
    std::unique_ptr<Transport::Stream> m_stream;
    bool socketClosed() const
    {
        return !m_stream || m_stream->descriptor() == Platform::InvalidSocket;
    }
    int m_receiveTimeoutMs = -1; // the stream's read timeout (-1: none), see readAvailable()
    bool m_open = false;
    QString m_closeReason;
    QByteArray m_serverId;
    bool m_observer = false;
    QString m_goodbye;
    Error m_closeError = Error::ConnectionLost; // what calls fail with once the connection is gone
    FrameReader m_reader;
    Wire::Message m_message; // decoded into frame after frame, so that its buffers are reused
    QMutex m_writeMutex; // guards m_output and writes to the socket
    QByteArray m_output;
    bool m_flushScheduled = false;
    quint32 m_nextId = 0;
    quint32 m_syncId = 0;
    bool m_syncDone = false;
    Reply m_syncReply;
    BulkSink *m_sink = nullptr; // where the synchronous call m_syncId wants a bulk answer
    qsizetype m_streamLeft = 0; // bytes still to come of a streamed answer (dropped if no sink)
    quint32 m_streamId = 0;     // the call that answer is for
    QByteArray m_streamBuffer;  // what they are read into, a piece at a time
    RequestTable<std::shared_ptr<PendingCallState>> m_pending;
    // (deadline, request id) of asynchronous calls, in deadline order. Answered calls are not
    // taken out one by one: expiry skips them, and the list is pruned when it has grown to
    // twice what is pending.
    std::deque<std::pair<qint64, quint32>> m_deadlines;
    qint64 m_timerDeadline = -1; // what m_deadlineTimer is set to fire for
    QSocketNotifier *m_notifier = nullptr;
    // Enabled while output waits for room in the socket (flushWithoutWaiting()).
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_deadlineTimer = nullptr;
    // Liveness while calls wait (livenessTimeoutMs): reads so far, and what the last check saw.
    quint64 m_heard = 0;
    quint64 m_heardAtCheck = 0;
    qint64 m_heardBy = 0;   // steady-clock ms by which the server was last heard from
    qint64 m_lastPing = 0;
    QTimer *m_livenessTimer = nullptr; // async calls waiting: checks every third of the timeout
    int m_graceMs = MinBlockingGraceMs; // see blockingGraceMs()
    // Blocking calls given up on with a LateAnswerHandler, oldest first, until their answer
    // comes or the Pong to the Ping sent after their Cancel does (the server answers pings in
    // order, after anything it answered before: no answer can follow that Pong).
    struct Abandoned
    {
        quint32 requestId;
        quint64 objectId;
        LateAnswerHandler late;
        quint64 ping; // the number of Pings sent, that one included
    };
    std::deque<Abandoned> m_abandoned;
    quint64 m_pingsSent = 0;
    quint64 m_pongs = 0;
    bool m_lateWrites = false; // LateAnswerHandlers queued messages: send them after the read
    QMultiHash<quint64, QPointer<Proxy>> m_subscribers;
    // What user code is to be told, in the order it came: change events and finished calls.
    // Never told from inside a read (a synchronous call may be reading): a read from the event
    // loop (onReadable()) delivers them when it is done, anything else through one posted
    // call. Posting one per event cost a turn of the event loop each, a third of the latency
    // from a change in another process to the signal here.
    struct Delivery
    {
        bool finished = false; // a watcher's call finished; else an event
        QPointer<PendingCallWatcher> watcher;
        quint64 objectId = 0;
        QByteArray name;
        QVariantList args;
        quint64 version = 0;
        quint64 origin = 0;
        qint64 position = -1;
    };
    std::deque<Delivery> m_deliveries;
    bool m_deliveryPosted = false;
    bool m_reading = false; // in onReadable(), before it delivers
    QSet<quint64> m_changeInfoAsked; // subscribed objects whose events come with change info
    // Posted calls not known to be done, oldest first. The server answers a posted call only
    // if it fails, and a connection's calls that do not park in order: an answer to a later
    // call means every posted call before it succeeded.
    std::deque<std::pair<quint32, QPointer<Proxy>>> m_posted;
};

} // namespace LibManager

#endif // LIBMANAGER_CLIENTCONNECTION_P_H
