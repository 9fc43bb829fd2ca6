// SPDX-License-Identifier: BSD-3-Clause
#include "serverconnection_p.h"
#include <libmanager/authkey_p.h>
#include <libmanager/deferred_p.h>
#include <libmanager/wire/handshake_p.h>
#include <libmanager/logging_p.h>
#include "loglimiter_p.h"
#include <libmanager/wire/protocol_p.h>
#include "server_p.h"
#include <libmanager/tr_p.h>
#include <libmanager/wire/wirecodec_p.h>

#include <QtCore/qabstracteventdispatcher.h>
#include <QtCore/qmutex.h>
#include <QtCore/qsocketnotifier.h>

#ifdef LIBMANAGER_HAVE_EPOLL
#include <libmanager/platform/epolldispatcher_p.h>
#endif
#include <QtCore/qtimer.h>

#include <new>

namespace LibManager {

namespace {
constexpr int HandshakeTimeoutMs = 10000;
constexpr qsizetype ReadChunk = 64 * 1024;
// Read at most this much per wake-up, so that one busy client cannot starve the others.
constexpr qsizetype ReadBudget = 16 * 1024 * 1024;

// Warnings clients cause, all connections together (many connections that each fail once).
QBasicMutex serverLogMutex;
LogLimiter serverLogLimiter(LogLimits::ServerBurst, LogLimits::ServerPerSecond);
} // namespace

ServerConnection::ServerConnection(Server *server, std::unique_ptr<Transport::Stream> stream,
                                   quint64 id, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_stream(std::move(stream))
    , m_id(id)
    , m_connectedAtMs(Platform::coarseWallClockMs())
    , m_lastActivityAtMs(m_connectedAtMs)
    , m_softLimit(server->limits().outputSoftLimit())
    , m_hardLimit(server->limits().outputHardLimit())
    , m_outputTimeout(server->limits().outputTimeout())
    , m_reader(Protocol::MaxHandshakeFrame)
    , m_streamLimit(qMax<qsizetype>(4096, m_softLimit / 2))
{
    const Platform::Socket socket = m_stream->descriptor();
    m_readNotifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &ServerConnection::onReadable);
    m_writeNotifier = new QSocketNotifier(socket, QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &ServerConnection::onWritable);
#ifdef LIBMANAGER_HAVE_EPOLL
    if (auto *epoll = qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance(thread()))) {
        // The same slots, without a QEvent and a signal emission per wake-up.
        epoll->setDirectHandler(m_readNotifier, [](void *self) { static_cast<ServerConnection *>(self)->onReadable(); }, this);
        epoll->setDirectHandler(m_writeNotifier, [](void *self) { static_cast<ServerConnection *>(self)->onWritable(); }, this);
    }
#endif

    // A peer that never completes the handshake must not hold a connection forever.
    m_handshakeTimer = new QTimer(this);
    m_handshakeTimer->setSingleShot(true);
    // It also finishes a close that ran out of memory (closeOutOfMemory()).
    connect(m_handshakeTimer, &QTimer::timeout, this, [this] {
        if (m_state == Closed && m_stream->descriptor() != Platform::InvalidSocket) {
            finishClose();
            deleteLater();
            return;
        }
        try {
            abort(QStringLiteral("no handshake within %1 ms").arg(HandshakeTimeoutMs));
        } catch (const std::bad_alloc &) {
            closeOutOfMemory();
        }
    });
    m_handshakeTimer->start(HandshakeTimeoutMs);

    m_serverNonce = Handshake::newNonce();
    Wire::appendFrame(&m_output, Handshake::serverHello(m_serverNonce));
    // A stream with a handshake of its own (TLS) runs it first, as the client's bytes come
    // (continueStreamHandshake()); the hello waits for it.
    if (!m_stream->handshakePending())
        flush();
}

void ServerConnection::continueStreamHandshake()
{
    QString why;
    const Transport::Stream::HandshakeStatus status = m_stream->continueHandshake(&why);
    const bool wantWrite = status == Transport::Stream::HandshakeStatus::WantWrite;
    if (wantWrite != m_writeEnabled) {
        m_writeEnabled = wantWrite;
        m_writeNotifier->setEnabled(wantWrite);
    }
    switch (status) {
    case Transport::Stream::HandshakeStatus::Done:
        qCDebug(lcServer) << "client" << m_id << m_stream->kind() << "handshake done";
        flush(); // the hello
        break;
    case Transport::Stream::HandshakeStatus::WantRead:
    case Transport::Stream::HandshakeStatus::WantWrite:
        break;
    case Transport::Stream::HandshakeStatus::Failed:
        m_goneReason = "protocol";
        abort(QStringLiteral("%1 handshake failed: %2").arg(m_stream->kind(), why));
        break;
    }
}

ServerConnection::~ServerConnection()
{
    // Closed out of memory, the rest of closing may still be to come.
    if (m_state != Closed || m_stream->descriptor() != Platform::InvalidSocket) {
        m_state = Closed;
        finishClose();
    }
}

void ServerConnection::onReadable()
{
    // Out of memory anywhere in a request (decoding it, running it, answering it) closes this
    // client's connection, which gives back what it held; it never takes the server down, as
    // an exception escaping into the event loop would.
    try {
        if (Q_UNLIKELY(m_stream->handshakePending()))
            continueStreamHandshake();
        else
            readAndHandle();
    } catch (const std::bad_alloc &) {
        closeOutOfMemory();
    }
}

void ServerConnection::closeOutOfMemory()
{
    if (m_state == Closed)
        return;
    m_state = Closed;
    m_goneReason = "outOfMemory";
    m_output = QByteArray(); // the largest buffer this connection may hold, maybe half a frame
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    // Nothing here may allocate much: a fixed line, rate-limited with the other warnings
    // about clients, and dropped if even that fails.
    try {
        qint64 suppressed = 0;
        QMutexLocker lock(&serverLogMutex);
        if (serverLogLimiter.allow(&suppressed)) {
            qCWarning(lcServer, "closing client %llu: the server ran out of memory for it",
                      static_cast<unsigned long long>(m_id));
        }
    } catch (const std::bad_alloc &) {
    }
    // The rest from the event loop (the handshake timer's handler, whose timer is already
    // there): closing releases the client's objects, which a request running now may use.
    try {
        m_handshakeTimer->start(0);
    } catch (const std::bad_alloc &) {
        finishClose();
        deleteLater();
    }
}

void ServerConnection::readAndHandle()
{
    if (m_state >= Closing)
        return;
    // Frames left from the last turn go first; nothing more is read until they are handled,
    // so that what one client buffered here stays within a read budget.
    if (!m_backlog) {
        qsizetype budget = ReadBudget;
        while (budget > 0) {
            const qsizetype chunk = qMin(qMax(ReadChunk, m_reader.missingBytes()), budget);
            char *room = m_reader.appendBuffer(chunk);
            const qsizetype got = m_stream->read(room, chunk);
            if (got == Platform::WouldBlock)
                break;
            if (got <= 0) {
                m_reader.commitAppend(0);
                m_peerClosed = true;
                break;
            }
            m_reader.commitAppend(got);
            m_bytesIn += got;
            budget -= got;
            // Short: the socket is empty, unless the stream holds decrypted bytes (TLS).
            if (got < chunk && !m_stream->hasBufferedInput())
                break;
        }
        if (budget < ReadBudget)
            m_lastActivityAtMs = Platform::coarseWallClockMs();
    }
    handleFrames();
}

void ServerConnection::handleFrames()
{
    m_inBatch = true;
    m_backlog = false;
    int handled = 0;
    qint64 turnStart = 0;
    while (m_state < Closing) {
        if (handled > 0) {
            // A client that waits for each answer leaves here at once; one that pipelines
            // takes turns with the others.
            if (!m_reader.hasFrame())
                break;
            if (pendingOutput() >= m_softLimit) {
                m_backlog = true;
                break;
            }
            if (handled == 1) {
                turnStart = Platform::steadyClockUs();
            } else if ((handled & 7) == 0
                       && Platform::steadyClockUs() - turnStart >= TurnBudgetUs) {
                m_backlog = true;
                break;
            }
        }
        const char *payload = nullptr;
        qsizetype size = 0;
        const FrameReader::Status status = m_reader.next(&payload, &size);
        if (status == FrameReader::NeedMore)
            break;
        if (status == FrameReader::TooLarge) {
            if (m_state == AwaitingHello && (m_reader.announcedSize() >> 16) == 0x1603) {
                // A TLS record (handshake, version 3.x) where the hello should be.
                abort(QStringLiteral("the client speaks TLS (it connected with tls://); this "
                                     "address is plain %1")
                              .arg(m_stream->kind()));
                break;
            }
            abort(QStringLiteral("frame of %1 bytes exceeds the limit of %2")
                          .arg(m_reader.announcedSize())
                          .arg(m_reader.maxFrameSize()));
            break;
        }
        if (m_state == AwaitingHello)
            handleHello(payload, size);
        else
            handleFrame(payload, size);
        ++handled;
    }
    m_inBatch = false;
    if (m_state >= Closing)
        return;
    flush();
    if (m_state >= Closing)
        return;
    if (m_backlog) {
        // Unless the output must drain first: flush() schedules the turn once it has.
        if (pendingOutput() < m_softLimit)
            scheduleTurn();
    } else if (m_peerClosed) {
        qCDebug(lcServer) << "client" << m_id << "disconnected";
        m_state = Closed;
        finishClose();
        deleteLater();
    }
}

void ServerConnection::scheduleTurn()
{
    if (m_turnScheduled)
        return;
    m_turnScheduled = true;
    // A posted call runs after the sockets that are ready now have had their turn.
    QMetaObject::invokeMethod(this, &ServerConnection::onTurn, Qt::QueuedConnection);
}

void ServerConnection::onTurn()
{
    m_turnScheduled = false;
    if (m_state >= Closing || !m_backlog || pendingOutput() >= m_softLimit)
        return;
    try {
        handleFrames();
    } catch (const std::bad_alloc &) {
        closeOutOfMemory();
    }
}

void ServerConnection::handleHello(const char *payload, qsizetype size)
{
    Handshake::Hello hello;
    if (!Handshake::parseClientHello(QByteArray(payload, size), &hello)) {
        abort(QStringLiteral("not a libmanager client (bad hello)"));
        return;
    }
    if (hello.protocol != Protocol::Version || hello.dataStream != Protocol::DataStreamVersion) {
        Wire::appendFrame(&m_output, Handshake::welcome(Protocol::WelcomeBadVersion, {}, {}, {}, {}));
        flush();
        abort(QStringLiteral("client speaks protocol %1 (data stream %2); this server speaks %3 (%4)")
                      .arg(hello.protocol)
                      .arg(hello.dataStream)
                      .arg(Protocol::Version)
                      .arg(Protocol::DataStreamVersion));
        return;
    }
    // Both keys are tried, each compared in full, so that the time taken tells a client with a
    // wrong key nothing about either (only whether the server has an observer key at all).
    const QByteArray &key = m_server->authKey();
    const QByteArray &observerKey = m_server->observerKey();
    const bool full = Handshake::constantTimeEquals(
            Handshake::clientProof(key, m_serverNonce, hello.nonce), hello.mac);
    const bool observer = !observerKey.isEmpty()
            && Handshake::constantTimeEquals(
                    Handshake::clientProof(observerKey, m_serverNonce, hello.nonce), hello.mac);
    if (!full && !observer) {
        Wire::appendFrame(&m_output, Handshake::welcome(Protocol::WelcomeBadKey, {}, {}, {}, {}));
        flush();
        // Ours, described as the client describes its own: a mismatch shows in the two logs.
        abort(QStringLiteral("authentication failed: the client's key differs from this "
                             "server's (%1)")
                  .arg(describeAuthKey(key)));
        return;
    }
    m_role = full ? Role::Full : Role::Observer;
    Wire::appendFrame(&m_output,
                      Handshake::welcome(full ? Protocol::WelcomeOk : Protocol::WelcomeObserver,
                                         full ? key : observerKey, hello.nonce, m_serverNonce,
                                         m_server->serverId()));
    m_state = Ready;
    m_peerPid = m_stream->peerProcessId();
    m_handshakeTimer->stop();
    m_reader.setMaxFrameSize(m_server->maxFrameSize());
    qCDebug(lcServer) << "client" << m_id << (full ? "authenticated" : "authenticated as an observer");
    m_server->connectionAuthenticated(this);
}

void ServerConnection::handleFrame(const char *payload, qsizetype size)
{
    Wire::Message &message = m_message;
    QString why;
    if (!Wire::decodeFrame(&m_reader, payload, size, &message, &why)) {
        abort(QStringLiteral("malformed frame: %1").arg(why));
        return;
    }
    switch (message.kind) {
    case Protocol::Kind::Call:
    case Protocol::Kind::Post:
        ++m_calls;
        Q_FALLTHROUGH();
    case Protocol::Kind::Release:
    case Protocol::Kind::Cancel:
    case Protocol::Kind::Subscribe:
    case Protocol::Kind::Unsubscribe:
    case Protocol::Kind::Ping:
        m_server->handleMessage(this, message);
        // Small messages are decoded over the last one's buffers; a large one's are let go
        // (an idle connection would hold them until it closes).
        if (Q_UNLIKELY(message.decodedSize > Protocol::ReleaseDecodedAbove))
            message.release();
        break;
    default:
        abort(QStringLiteral("a client sent a server's message (kind %1)").arg(int(message.kind)));
        break;
    }
}

void ServerConnection::sendPong()
{
    if (m_state != Ready)
        return;
    Wire::encodeEmpty(&m_output, Protocol::Kind::Pong);
    if (!m_inBatch)
        flush();
}

void ServerConnection::sendObjectResult(quint32 requestId, const Token &token)
{
    if (m_state != Ready)
        return;
    Wire::encodeObjectResult(&m_output, requestId, token);
    if (!m_inBatch)
        flush();
}

void ServerConnection::sendReply(quint32 requestId, const Reply &reply)
{
    if (m_state != Ready)
        return;
    if (reply.isValid() && reply.value().metaType().id() == QMetaType::QByteArray
        && static_cast<const QByteArray *>(reply.value().constData())->size() >= Wire::BulkBytes) {
        // Bulk data (an Array's contents): its buffer is queued as it is, not copied.
        const auto &bytes = *static_cast<const QByteArray *>(reply.value().constData());
        Wire::encodeBytesResultHead(&m_output, requestId, bytes.size());
        queue(bytes);
    } else if (reply.isValid()) {
        QString why;
        if (!Wire::encodeResult(&m_output, requestId, reply.value(), &why)) {
            Wire::encodeFailure(&m_output, requestId, Error::TypeError,
                                Tr::tr("the result cannot be sent: %1").arg(why));
        }
    } else {
        Wire::encodeFailure(&m_output, requestId, reply.error(), reply.message());
    }
    if (!m_inBatch)
        flush();
}

void ServerConnection::sendEvent(quint64 objectId, const QByteArray &name, const QVariantList &args)
{
    sendEventInfo(objectId, name, args, 0, 0, -1);
}

void ServerConnection::sendEventInfo(quint64 objectId, const QByteArray &name,
                                     const QVariantList &args, quint64 version, quint64 origin,
                                     qint64 position)
{
    if (m_state != Ready)
        return;
    QString why;
    const bool encoded = version == 0
            ? Wire::encodeEvent(&m_output, objectId, name, args, &why)
            : Wire::encodeEventInfo(&m_output, objectId, name, args, version, origin, position, &why);
    if (!encoded) {
        warn(lcServer, QStringLiteral("event %1 of object %2 not sent to client %3: %4")
                               .arg(QString::fromLatin1(name.left(LogLimits::MaxReasonLength)))
                               .arg(objectId)
                               .arg(m_id)
                               .arg(why));
    }
    if (checkHardLimit())
        return;
    if (!m_inBatch)
        flush();
}

bool ServerConnection::checkHardLimit()
{
    if (Q_LIKELY(pendingOutput() <= m_hardLimit))
        return false;
    // Called while another client's call runs (an event it caused, a lock it released): the
    // connection closes after that call, not in the middle of it. What waits is let go now.
    warn(lcProtocol, QStringLiteral("closing client %1 (%2): %3 bytes of events and answers "
                                    "wait unread, more than the output limit of %4 (the client "
                                    "does not read what it is sent)")
                             .arg(QString::number(m_id), peer())
                             .arg(pendingOutput())
                             .arg(m_hardLimit));
    m_state = Closing;
    m_goneReason = "outputLimit";
    m_queued.clear();
    m_queuedBytes = 0;
    m_queuedPos = 0;
    m_output = QByteArray();
    m_outputPos = 0;
    m_readEnabled = m_writeEnabled = false;
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_state != Closing)
                    return;
                m_state = Closed;
                finishClose();
                deleteLater();
            },
            Qt::QueuedConnection);
    return true;
}

void ServerConnection::park(quint32 requestId, quint64 objectId, const QByteArray &method,
                            const std::shared_ptr<DeferredState> &state)
{
    state->objectId = objectId;
    state->method = method;
    m_parked.insert(requestId, state);
    state->bind(this, requestId);
    if (Q_UNLIKELY(state->parked && m_server->streamObserved()))
        m_server->streamWaitStarted(m_id, requestId, *state);
}

void ServerConnection::answerParked(quint32 requestId, const Reply &reply)
{
    m_parked.remove(requestId);
    if (m_state != Ready)
        return;
    // Answered when another client acts: like an event, not bounded by this client's reading.
    const bool inBatch = std::exchange(m_inBatch, true);
    sendReply(requestId, reply);
    m_inBatch = inBatch;
    if (checkHardLimit())
        return;
    if (!m_inBatch)
        flush();
}

void ServerConnection::parkedCallEnded(quint64 objectId, quint32 requestId,
                                       DeferredState::Outcome outcome)
{
    if (Q_UNLIKELY(m_server->streamObserved()))
        m_server->streamWaitEnded(objectId, m_id, requestId, outcome);
}

void ServerConnection::cancelParked(quint32 requestId)
{
    if (const auto state = m_parked.take(requestId))
        state->cancel();
}

void ServerConnection::queue(const QByteArray &bytes)
{
    // Whatever was appended before goes first.
    if (m_outputPos < m_output.size()) {
        m_queuedBytes += m_output.size() - m_outputPos;
        if (m_outputPos > 0)
            m_output.remove(0, m_outputPos); // the front only moves: nothing is copied
        m_queued.push_back(std::exchange(m_output, QByteArray()));
        m_outputPos = 0;
    }
    m_queuedBytes += bytes.size();
    m_queued.push_back(bytes);
}

bool ServerConnection::sendQueued()
{
    while (!m_queued.empty()) {
        const QByteArray &front = m_queued.front();
        const qsizetype sent = m_stream->write(front.constData() + m_queuedPos,
                                               front.size() - m_queuedPos);
        if (sent == Platform::WouldBlock)
            return false;
        if (sent == Platform::Failed) {
            m_queued.clear();
            m_queuedBytes = 0;
            m_queuedPos = 0;
            m_output.clear();
            m_outputPos = 0;
            return false;
        }
        m_queuedPos += sent;
        m_queuedBytes -= sent;
        m_bytesOut += sent;
        if (m_queuedPos == front.size()) {
            m_queued.pop_front();
            m_queuedPos = 0;
        }
    }
    return true;
}

void ServerConnection::appendStream(const QByteArray &frame, quint64 seq)
{
    if (m_state != Ready || m_streamLost)
        return;
    const qsizetype pending = pendingOutput();
    if (pending >= m_streamLimit) {
        m_streamLost = true;
        m_streamFirstLost = seq;
        return;
    }
    appendStreamNotice(frame);
}

void ServerConnection::appendStreamNotice(const QByteArray &frame)
{
    if (m_state != Ready)
        return;
    // Whatever was appended since the last stream frame was other output.
    const qint64 before = m_bytesOut + pendingOutput();
    if (before > m_streamEnd)
        m_nonStreamEnd = before;
    m_output.append(frame);
    m_streamEnd = before + frame.size();
}

void ServerConnection::streamLost(quint64 seq)
{
    if (!m_streamLost) {
        m_streamLost = true;
        m_streamFirstLost = seq;
    }
}

void ServerConnection::endStream()
{
    streamSubscribed = false;
    m_streamLost = false;
}

void ServerConnection::flushStream()
{
    if (m_state == Ready && !m_inBatch)
        flush();
}

bool ServerConnection::resumeStream()
{
    if (m_state != Ready || pendingOutput() > m_streamLimit / 2)
        return false;
    // The events firstLost..last went nowhere: the client resynchronizes and goes on from
    // last + 1.
    const quint64 last = m_server->streamSequence();
    QByteArray frame;
    QString why;
    const QVariantList args { QVariant(last), QVariant(Platform::coarseWallClockMs()),
                              QVariant(qMin(m_streamFirstLost, last)) };
    if (!Wire::encodeEvent(&frame, Protocol::IntrospectorObjectId,
                           QByteArray::fromRawData(Protocol::Stream::Overflow,
                                                   sizeof Protocol::Stream::Overflow - 1),
                           args, &why))
        return false;
    m_streamLost = false;
    appendStreamNotice(frame);
    return true;
}

bool ServerConnection::onlyStreamWaits()
{
    const qint64 appended = m_bytesOut + pendingOutput();
    if (appended > m_streamEnd)
        m_nonStreamEnd = appended; // other output after the last stream frame
    return m_bytesOut >= m_nonStreamEnd;
}

void ServerConnection::sendOutput()
{
    const bool queueSent = sendQueued();
    while (queueSent && m_outputPos < m_output.size()) {
        const qsizetype sent = m_stream->write(m_output.constData() + m_outputPos,
                                               m_output.size() - m_outputPos);
        if (sent == Platform::WouldBlock)
            break;
        if (sent == Platform::Failed) {
            // The peer went away; the read side will see the end of the stream.
            m_output.clear();
            m_outputPos = 0;
            break;
        }
        m_outputPos += sent;
        m_bytesOut += sent;
    }
}

void ServerConnection::flush()
{
    // Output that waited for the socket: whether some of it leaves now (see onOutputTimer()).
    const qsizetype before = m_writeEnabled ? pendingOutput() : 0;
    sendOutput();
    // A stream that overflowed resumes once the client has read enough, with a notice.
    if (Q_UNLIKELY(m_streamLost) && resumeStream())
        sendOutput();
    if (m_outputPos == m_output.size()) {
        m_output.resize(0);
        m_outputPos = 0;
    } else if (m_outputPos > 1024 * 1024 && m_outputPos > m_output.size() / 2) {
        // Only when what is left is the smaller part: each byte moves at most once on average
        // (a large answer leaves in many socket-sized pieces).
        m_output.remove(0, m_outputPos);
        m_outputPos = 0;
    }
    const qsizetype pending = pendingOutput();
    const bool wantWrite = pending > 0;
    // Backpressure: no request is read from a client that does not read its answers; and none
    // after the end of its stream (what it sent before is handled in turns).
    const bool belowSoftLimit = pending < m_softLimit;
    const bool wantRead = belowSoftLimit && !m_peerClosed;
    if (wantWrite != m_writeEnabled) {
        m_writeEnabled = wantWrite;
        m_writeNotifier->setEnabled(wantWrite);
        if (wantWrite) {
            // Output has to wait: the client has the output timeout to take some of it.
            m_lastOutputProgress = Platform::steadyClockMs();
            if (!m_outputTimer) {
                m_outputTimer = new QTimer(this);
                m_outputTimer->setSingleShot(true);
                connect(m_outputTimer, &QTimer::timeout, this, &ServerConnection::onOutputTimer);
            }
            m_outputTimer->start(m_outputTimeout);
        } else if (m_outputTimer) {
            m_outputTimer->stop();
        }
    } else if (wantWrite && pending < before) {
        m_lastOutputProgress = Platform::steadyClockMs();
    }
    if (wantRead != m_readEnabled) {
        m_readEnabled = wantRead;
        m_readNotifier->setEnabled(wantRead);
    }
    if (m_backlog && belowSoftLimit && !m_inBatch)
        scheduleTurn(); // the output drained: the frames left get their turn
}

void ServerConnection::onOutputTimer()
{
    if (m_state >= Closing || !m_writeEnabled)
        return;
    const qint64 idle = Platform::steadyClockMs() - m_lastOutputProgress;
    if (idle < m_outputTimeout || (streamSubscribed && onlyStreamWaits())) {
        // Stream events alone do not close a connection: they stop at their bound, and the
        // client learns what it missed when it reads again.
        m_outputTimer->start(int(idle < m_outputTimeout ? m_outputTimeout - idle : m_outputTimeout));
        return;
    }
    m_goneReason = "outputTimeout";
    abort(QStringLiteral("took none of its %1 bytes of waiting output for %2 ms")
                  .arg(pendingOutput())
                  .arg(idle));
}

void ServerConnection::onWritable()
{
    try {
        if (Q_UNLIKELY(m_stream->handshakePending()))
            continueStreamHandshake();
        else
            writeQueued();
    } catch (const std::bad_alloc &) {
        closeOutOfMemory();
    }
}

void ServerConnection::writeQueued()
{
    flush();
}

void ServerConnection::closeGracefully(const QString &reason)
{
    if (m_state == Closed)
        return;
    if (m_state == Ready)
        Wire::encodeGoodbye(&m_output, reason);
    m_goneReason = "shutdown";
    m_inBatch = false;
    flush();
    m_state = Closed;
    finishClose();
    deleteLater();
}

void ServerConnection::abort(const QString &reason)
{
    if (m_state == Closed)
        return;
    warn(lcProtocol, QStringLiteral("closing client %1 (%2): %3").arg(QString::number(m_id), peer(), reason));
    if (qstrcmp(m_goneReason, "closed") == 0)
        m_goneReason = "protocol";
    m_state = Closed;
    finishClose();
    deleteLater();
}

void ServerConnection::warn(LogCategory category, const QString &line)
{
    qint64 fromHere = 0;
    qint64 fromAll = 0;
    if (!m_logLimiter.allow(&fromHere))
        return;
    {
        QMutexLocker lock(&serverLogMutex);
        if (!serverLogLimiter.allow(&fromAll))
            return;
    }
    if (fromAll > 0)
        qCWarning(category).noquote() << QStringLiteral("… %1 more warnings about clients suppressed").arg(fromAll);
    if (fromHere > 0)
        qCWarning(category).noquote() << QStringLiteral("… %1 more warnings about client %2 suppressed").arg(fromHere).arg(m_id);
    if (line.size() > LogLimits::MaxReasonLength)
        qCWarning(category).noquote() << QStringView(line).left(LogLimits::MaxReasonLength) << QStringLiteral("…");
    else
        qCWarning(category).noquote() << line;
}

QString ServerConnection::peer() const
{
    return m_stream->descriptor() == Platform::InvalidSocket ? QStringLiteral("closed")
                                                             : m_stream->peerDescription();
}

void ServerConnection::finishClose()
{
    m_backlog = false;
    if (m_outputTimer)
        m_outputTimer->stop();
    m_readEnabled = m_writeEnabled = false;
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    m_handshakeTimer->stop();
    m_stream->close();
    const auto parked = std::exchange(m_parked, {});
    for (const auto &state : parked)
        state->cancel(DeferredState::Outcome::Gone);
    m_server->connectionClosed(this);
}

} // namespace LibManager
