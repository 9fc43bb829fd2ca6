// SPDX-License-Identifier: BSD-3-Clause
#include <libmanager/authkey_p.h>
#include "clientconnection_p.h"
#include <libmanager/wire/handshake_p.h>
#include <libmanager/logging_p.h>
#include <libmanager/pendingcallwatcher.h>
#include <libmanager/wire/protocol_p.h>
#include <libmanager/proxy_p.h>
#include <libmanager/tr_p.h>
#include <libmanager/wire/wirecodec_p.h>

#include <QtCore/qabstracteventdispatcher.h>
#include <QtCore/qcoreapplication.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qsocketnotifier.h>
#include <QtCore/qthread.h>
#include <QtCore/qthreadstorage.h>
#include <QtCore/qtimer.h>

#include <algorithm>
#include <cerrno>
#include <limits>

namespace LibManager {

namespace {

// What the kernel reports when it gave up on a TCP peer (the liveness timeout) or lost the
// way to it.
bool peerVanished(int error)
{
    return error == ETIMEDOUT || error == EHOSTUNREACH || error == ENETUNREACH
            || error == EHOSTDOWN || error == ENETDOWN;
}

constexpr qsizetype ReadChunk = 64 * 1024;
constexpr qsizetype FlushThreshold = 64 * 1024;
// Pieces of a streamed answer: small enough to stay in the cache until the sink has them.
constexpr qsizetype StreamChunk = 256 * 1024;

using Platform::deadlineAfter;
using Platform::remainingMs;

void deleteInOwnThread(ClientConnection *connection)
{
    if (QThread::currentThread() == connection->thread())
        delete connection;
    else
        connection->deleteLater();
}

} // namespace

ClientConnection::ClientConnection(const Options &options)
    : m_options(options), m_reader(Protocol::MaxHandshakeFrame)
{
}

ClientConnection::~ClientConnection()
{
    close();
    // Finished calls not yet told (close() just failed the pending ones): their watchers
    // outlive this connection. Events have no one left to go to.
    for (const Delivery &delivery : m_deliveries) {
        if (!delivery.finished || !delivery.watcher)
            continue;
        QMetaObject::invokeMethod(
                delivery.watcher.data(),
                [w = delivery.watcher] {
                    if (w)
                        Q_EMIT w->finished(w.data());
                },
                Qt::QueuedConnection);
    }
}

std::shared_ptr<ClientConnection> ClientConnection::open(const Options &options, Error *code,
                                                         QString *why)
{
    std::shared_ptr<ClientConnection> connection(new ClientConnection(options), deleteInOwnThread);
    if (options.address.kind == Address::Invalid) {
        *code = Error::InvalidAddress;
        *why = Tr::tr("not an address: %1").arg(options.addressText);
        return nullptr;
    }
    Transport::ConnectOptions transport;
    transport.timeoutMs = options.timeoutMs;
    transport.livenessTimeoutMs = options.livenessTimeoutMs;
    transport.tls = options.tls;
    connection->m_stream = Transport::connect(options.address, transport, code, why);
    if (!connection->m_stream)
        return nullptr;
    connection->m_open = true;
    if (!connection->handshake(code, why)) {
        connection->close();
        return nullptr;
    }
    if (QAbstractEventDispatcher::instance(connection->thread())) {
        // Only a thread with an event loop can be told of answers and events as they come;
        // others read the socket when they call.
        connection->m_notifier =
                new QSocketNotifier(connection->m_stream->descriptor(), QSocketNotifier::Read, connection.get());
        connect(connection->m_notifier, &QSocketNotifier::activated, connection.get(),
                &ClientConnection::onReadable);
        connection->m_writeNotifier =
                new QSocketNotifier(connection->m_stream->descriptor(), QSocketNotifier::Write, connection.get());
        connection->m_writeNotifier->setEnabled(false);
        connect(connection->m_writeNotifier, &QSocketNotifier::activated, connection.get(), [c = connection.get()] {
            c->m_writeNotifier->setEnabled(false);
            c->flushWithoutWaiting();
        });
        connection->m_deadlineTimer = new QTimer(connection.get());
        connection->m_deadlineTimer->setSingleShot(true);
        connect(connection->m_deadlineTimer, &QTimer::timeout, connection.get(),
                &ClientConnection::expireCalls);
        if (options.livenessTimeoutMs > 0) {
            connection->m_livenessTimer = new QTimer(connection.get());
            connection->m_livenessTimer->setInterval(qMax(1, options.livenessTimeoutMs / 3));
            connect(connection->m_livenessTimer, &QTimer::timeout, connection.get(),
                    &ClientConnection::onLivenessTimer);
        }
    }
    if (options.clientName)
        connection->sendClientName(options.clientName->value());
    return connection;
}

namespace {
using ConnectionPool = QHash<QString, std::shared_ptr<ClientConnection>>;
QThreadStorage<ConnectionPool *> threadPools;
} // namespace

std::shared_ptr<ClientConnection> ClientConnection::forCurrentThread(const ClientConnection &model,
                                                                     int callTimeoutMs, Error *code,
                                                                     QString *why)
{
    const Options &options = model.m_options;
    if (!threadPools.hasLocalData())
        threadPools.setLocalData(new ConnectionPool);
    ConnectionPool *pool = threadPools.localData();
    const QString key = options.addressText + QLatin1Char('\n')
            + QString::fromLatin1(options.authKey.toHex());
    auto &slot = (*pool)[key];
    if (!slot || !slot->isOpen()) {
        if (callTimeoutMs >= 0 && (options.timeoutMs < 0 || callTimeoutMs < options.timeoutMs)) {
            // Connect within the call's time; later waits of the connection keep the options'.
            Options bounded = options;
            bounded.timeoutMs = callTimeoutMs;
            slot = open(bounded, code, why);
            if (slot)
                slot->m_options.timeoutMs = options.timeoutMs;
        } else {
            slot = open(options, code, why);
        }
        if (!slot)
            return nullptr;
    }
    if (slot->m_serverId != model.m_serverId) {
        // The server was restarted at the same address.
        *code = Error::ConnectionLost;
        *why = Tr::tr("the server at %1 is gone: another server listens there now")
                   .arg(options.addressText);
        return nullptr;
    }
    return slot;
}

bool ClientConnection::readHandshakeFrame(QByteArray *payload, qint64 deadline, Error *code,
                                          QString *why)
{
    while (true) {
        const char *data = nullptr;
        qsizetype size = 0;
        const FrameReader::Status status = m_reader.next(&data, &size);
        if (status == FrameReader::Frame) {
            *payload = QByteArray(data, size);
            return true;
        }
        if (status == FrameReader::TooLarge) {
            *code = Error::ProtocolMismatch;
            *why = Tr::tr("the peer at %1 is not a libmanager server").arg(m_options.addressText);
            return false;
        }
        const int remaining = remainingMs(deadline);
        const int ready = remaining == 0 ? 0 : m_stream->wait(Platform::Readable, remaining);
        if (ready == Platform::Interrupted)
            continue;
        if (ready == 0) {
            *code = Error::Timeout;
            *why = Tr::tr("no handshake from %1 within %2 ms")
                       .arg(m_options.addressText)
                       .arg(m_options.timeoutMs);
            return false;
        }
        char *room = m_reader.appendBuffer(ReadChunk);
        const qsizetype got = m_stream->read(room, ReadChunk);
        if (got == Platform::WouldBlock) {
            m_reader.commitAppend(0);
            continue;
        }
        if (got <= 0) {
            m_reader.commitAppend(0);
            *code = Error::ConnectionLost;
            *why = Tr::tr("%1 closed the connection during the handshake")
                       .arg(m_options.addressText);
            if (const QString detail = m_stream->errorString(); !detail.isEmpty())
                *why = Tr::withDetails(*why, detail);
            return false;
        }
        m_reader.commitAppend(got);
    }
}

bool ClientConnection::handshake(Error *code, QString *why)
{
    const qint64 deadline = deadlineAfter(m_options.timeoutMs);
    QByteArray payload;
    if (!readHandshakeFrame(&payload, deadline, code, why))
        return false;
    Handshake::Hello hello;
    quint8 reason = 0;
    const bool refused = Handshake::parseServerRefusal(payload, &reason);
    if (refused && reason == Protocol::TlsFollows) {
        // A TLS server's plain notice (a TLS client's stream reads it in Transport::connect()).
        *code = Error::TlsFailed;
        *why = Tr::tr("the server at %1 requires TLS: connect to tls://%2")
                   .arg(m_options.addressText, m_options.address.toString());
        return false;
    }
    if (refused) {
        *code = Error::ServerFull;
        *why = reason == Protocol::RefusedNoResources
            ? Tr::tr("the server at %1 is full: it has no resources for another connection; "
                     "try again when some of its clients have gone")
                  .arg(m_options.addressText)
            : Tr::tr("the server at %1 is full: it serves its maximum number of clients; "
                     "try again when one has gone")
                  .arg(m_options.addressText);
        return false;
    }
    if (!Handshake::parseServerHello(payload, &hello)) {
        *code = Error::ProtocolMismatch;
        *why = Tr::tr("the peer at %1 is not a libmanager server").arg(m_options.addressText);
        return false;
    }
    if (hello.protocol != Protocol::Version || hello.dataStream != Protocol::DataStreamVersion) {
        *code = Error::ProtocolMismatch;
        *why = Tr::tr("the server speaks protocol %1 (data stream %2); this library speaks %3 "
                      "(%4)")
                   .arg(hello.protocol)
                   .arg(hello.dataStream)
                   .arg(Protocol::Version)
                   .arg(Protocol::DataStreamVersion);
        return false;
    }
    const QByteArray clientNonce = Handshake::newNonce();
    const qint64 helloSent = Platform::steadyClockMs();
    {
        QMutexLocker lock(&m_writeMutex);
        Wire::appendFrame(&m_output, Handshake::clientHello(m_options.authKey, hello.nonce, clientNonce));
    }
    if (!flushOutput(deadline, code, why))
        return false;
    if (!readHandshakeFrame(&payload, deadline, code, why)) {
        if (*code == Error::ConnectionLost) {
            *code = Error::AuthenticationFailed;
            *why = Tr::tr("%1 closed the connection instead of accepting our key (%2)")
                       .arg(m_options.addressText, describeAuthKey(m_options.authKey));
        }
        return false;
    }
    if (payload.size() != Protocol::WelcomeSize) {
        *code = Error::ProtocolMismatch;
        *why = Tr::tr("malformed welcome from %1").arg(m_options.addressText);
        return false;
    }
    const quint8 status = quint8(payload.at(0));
    if (status == Protocol::WelcomeBadKey) {
        *code = Error::AuthenticationFailed;
        // Which key, in words that let the two sides be compared without showing it.
        *why = Tr::tr("the server at %1 rejected our key (%2)")
                   .arg(m_options.addressText, describeAuthKey(m_options.authKey));
        return false;
    }
    if (status != Protocol::WelcomeOk && status != Protocol::WelcomeObserver) {
        *code = Error::ProtocolMismatch;
        *why = Tr::tr("the server at %1 refused our protocol version %2")
                   .arg(m_options.addressText)
                   .arg(Protocol::Version);
        return false;
    }
    const QByteArray serverId = payload.mid(1 + Protocol::MacSize);
    // Our key is the server's observer key: the server says so in a proof of its own.
    m_observer = status == Protocol::WelcomeObserver;
    const QByteArray expected = m_observer
            ? Handshake::observerProof(m_options.authKey, clientNonce, hello.nonce, serverId)
            : Handshake::serverProof(m_options.authKey, clientNonce, hello.nonce, serverId);
    if (!Handshake::constantTimeEquals(expected, payload.mid(1, Protocol::MacSize))) {
        *code = Error::AuthenticationFailed;
        *why = Tr::tr("the server at %1 could not prove that it holds our key (%2)")
                   .arg(m_options.addressText, describeAuthKey(m_options.authKey));
        return false;
    }
    m_serverId = serverId;
    // Our hello and the server's welcome: one round trip (see blockingGraceMs()).
    const int roundTrip
        = int(qBound(qint64(0), Platform::steadyClockMs() - helloSent, qint64(60000)));
    m_graceMs = MinBlockingGraceMs + 2 * roundTrip;
    m_reader.setMaxFrameSize(m_options.maxFrameSize > 0 ? m_options.maxFrameSize
                                                        : Protocol::DefaultMaxFrameSize);
    // Anything after the welcome stays buffered for processFrames().
    return true;
}

QString ClientName::value() const
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_name.isEmpty())
            return m_name;
    }
    QString application = QCoreApplication::applicationName();
    if (application.isEmpty())
        application = QFileInfo(Platform::currentExecutablePath()).fileName();
    return QStringLiteral("%1[%2]").arg(application).arg(QCoreApplication::applicationPid());
}

void ClientName::setValue(const QString &name)
{
    QMutexLocker lock(&m_mutex);
    m_name = name;
}

void ClientConnection::sendClientName(const QString &name)
{
    if (!m_open)
        return;
    // An ordinary call whose answer finishes a state nobody watches: a Post would be quieter
    // on the wire, but its failure is logged, and a server from before setClientName() fails
    // it. It goes out with the next call, in the same write (sending it at once cost 3 to 5 us
    // of a 45 to 70 us connect), or from the event loop if no call comes first, so that an
    // idle client has its name too.
    const QVariant argument(name);
    const quint32 id = nextRequestId();
    QString why;
    {
        QMutexLocker lock(&m_writeMutex);
        if (!Wire::encodeCall(&m_output, id, Protocol::IntrospectorObjectId, u"setClientName",
                              &argument, 1, &why))
            return;
    }
    auto state = std::make_shared<PendingCallState>();
    state->requestId = id;
    state->connection = this;
    m_pending.insert(id, std::move(state));
    if (m_notifier)
        scheduleFlush();
}

quint32 ClientConnection::nextRequestId()
{
    if (++m_nextId == 0)
        m_nextId = 1;
    return m_nextId;
}

void ClientConnection::close()
{
    if (socketClosed())
        return;
    m_open = false;
    if (m_notifier) {
        m_notifier->setEnabled(false);
        delete m_notifier;
        m_notifier = nullptr;
    }
    if (m_writeNotifier) {
        m_writeNotifier->setEnabled(false);
        delete m_writeNotifier;
        m_writeNotifier = nullptr;
    }
    QMutexLocker lock(&m_writeMutex);
    m_stream->close();
    lock.unlock();
    if (m_closeReason.isEmpty())
        m_closeReason = Tr::tr("connection closed by this process");
    m_posted.clear();
    m_abandoned.clear(); // the server gives back what the connection held
    m_lateWrites = false;
    m_streamLeft = 0;
    const auto pending = m_pending.takeAll();
    for (const auto &state : pending)
        state->finish(lostReply());
    m_deadlines.clear();
}

Reply ClientConnection::lostReply() const
{
    return Reply::fromError(m_closeError, m_closeReason);
}

void ClientConnection::lose(const QString &reason, Error code)
{
    if (!m_open)
        return;
    m_closeError = code;
    m_closeReason
        = m_goodbye.isEmpty() ? reason : Tr::tr("the server shut down (%1)").arg(m_goodbye);
    qCDebug(lcClient) << "connection to" << m_options.addressText << "lost:" << m_closeReason;
    close();
    if (m_syncId != 0) {
        m_syncReply = lostReply();
        m_syncDone = true;
    }
    // Tell proxies from the event loop, never from inside a call.
    QMetaObject::invokeMethod(
            this, [this, why = m_closeReason] { Q_EMIT disconnected(why); }, Qt::QueuedConnection);
}

bool ClientConnection::flushOutput(qint64 deadline, Error *code, QString *why)
{
    QMutexLocker lock(&m_writeMutex);
    qsizetype done = 0;
    while (done < m_output.size()) {
        if (socketClosed()) {
            *code = Error::ConnectionLost;
            *why = m_closeReason;
            return false;
        }
        const qsizetype sent = m_stream->write(m_output.constData() + done, m_output.size() - done);
        if (sent == Platform::Failed) {
            const int error = errno;
            m_output.clear();
            lock.unlock();
            if (peerVanished(error))
                lose(stoppedAnswering(), Error::ServerNotResponding);
            else
                lose(Tr::tr("the connection to %1 broke while sending").arg(m_options.addressText));
            *code = Error::ConnectionLost;
            *why = m_closeReason;
            return false;
        }
        if (sent == Platform::WouldBlock) {
            // The server may be waiting for us to read its answers before it reads more:
            // keep reading while we wait to write, or both sides would stall.
            const int ready = m_stream->wait(Platform::Readable | Platform::Writable,
                                             remainingMs(deadline));
            if (ready == Platform::Interrupted)
                continue;
            if (ready == 0) {
                m_output.remove(0, done);
                *code = Error::Timeout;
                *why = Tr::tr("the server at %1 did not take our data in time")
                           .arg(m_options.addressText);
                return false;
            }
            if ((ready & Platform::Readable) && QThread::currentThread() == thread()) {
                // Another thread's release() may append and send while we read: hand it a
                // buffer that holds only what is still unsent.
                m_output.remove(0, done);
                done = 0;
                lock.unlock();
                const bool alive = readAvailable();
                lock.relock();
                if (!alive) {
                    *code = Error::ConnectionLost;
                    *why = m_closeReason;
                    return false;
                }
            }
            continue;
        }
        done += sent;
    }
    m_output.resize(0);
    return true;
}

void ClientConnection::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(
            this,
            [this] {
                m_flushScheduled = false;
                flushWithoutWaiting();
            },
            Qt::QueuedConnection);
}

void ClientConnection::flushWithoutWaiting()
{
    // The event loop never waits here for a server that reads nothing (stopped, or its host
    // gone): what the socket does not take now goes when it has room, and meanwhile the
    // liveness timer of the calls waiting can give up on the server.
    Error code = Error::NoError;
    QString why;
    if (!flushOutput(Platform::steadyClockMs(), &code, &why) && m_open && code == Error::Timeout
        && m_writeNotifier) {
        m_writeNotifier->setEnabled(true);
    }
}

bool ClientConnection::readAvailable(int waitMs)
{
    bool wait = waitMs != NoWait && waitMs != 0;
    // Over TCP, sleeping in recv() itself saves the poll() before it: measured here at about
    // 0.07 raw round trips per call. Over a Unix socket the same blocking read measured slower
    // than poll() then recv() (1.51-1.56 against 1.44-1.52 round trips), so it keeps poll().
    // The receive timeout is a socket option: it is set only when the one in place would sleep
    // past the caller's deadline or wake it much too early (waking early only costs a turn of
    // the caller's loop; a wait without a limit takes any timeout of a second or more), so
    // calls with and without a limit (a Lock's acquire() and release()) do not set it in turn.
    if (wait && m_stream->canSleepInRead()) {
        const bool keepTimeout = m_receiveTimeoutMs < 0
                ? waitMs < 0
                : (waitMs < 0 ? m_receiveTimeoutMs >= 1000
                              : m_receiveTimeoutMs <= waitMs + 1 && m_receiveTimeoutMs >= waitMs / 2);
        if (!keepTimeout && m_stream->setReadTimeout(waitMs))
            m_receiveTimeoutMs = waitMs;
    }
    if (wait && !m_stream->canSleepInRead()) {
        wait = false;
        if (m_stream->wait(Platform::Readable, waitMs) <= 0)
            return m_open; // the time is up, or a signal: nothing to read yet
    }
    while (m_open) {
        if (m_streamLeft > 0) {
            // The body of a streamed answer: from the socket to its sink, a piece at a time.
            const qsizetype chunk = qMin(m_streamLeft, StreamChunk);
            if (m_streamBuffer.size() < chunk)
                m_streamBuffer.resize(StreamChunk);
            char *room = m_streamBuffer.data();
            const qsizetype got = wait ? m_stream->readWaiting(room, chunk)
                                       : m_stream->read(room, chunk);
            wait = false;
            if (got == Platform::WouldBlock)
                return true;
            if (got <= 0)
                return ended(got);
            m_streamLeft -= got;
            ++m_heard;
            if (m_sink && m_streamId == m_syncId)
                m_sink->write(room, got); // else the call gave up: the bytes are dropped
            if (m_streamLeft == 0)
                answer(m_streamId, Reply::fromValue(QVariant()));
            // Back to the caller after every piece: a call's deadline holds while it streams.
            return true;
        }
        // A large frame under way: room for all of it, read in as few calls as the kernel
        // allows. Not while a sink waits for its answer: that one is not to be buffered.
        const qsizetype chunk = m_sink ? ReadChunk : qMax(ReadChunk, m_reader.missingBytes());
        char *room = m_reader.appendBuffer(chunk);
        const qsizetype got = wait ? m_stream->readWaiting(room, chunk)
                                   : m_stream->read(room, chunk);
        wait = false;
        if (got == Platform::WouldBlock) {
            m_reader.commitAppend(0);
            return true;
        }
        if (got <= 0) {
            m_reader.commitAppend(0);
            return ended(got);
        }
        m_reader.commitAppend(got);
        ++m_heard;
        if (m_sink && startStream())
            continue;
        // Short: the socket is empty, unless the stream holds decrypted bytes (TLS).
        if (got < chunk && !m_stream->hasBufferedInput())
            return true;
    }
    return false;
}

// The socket ended (\a got 0) or broke.
bool ClientConnection::ended(qsizetype got)
{
    const int error = errno;
    // Answers that came before the end still count.
    processFrames();
    if (got == 0)
        lose(Tr::tr("the server at %1 closed the connection").arg(m_options.addressText));
    else if (peerVanished(error))
        lose(stoppedAnswering(), Error::ServerNotResponding);
    else
        lose(Tr::tr("the connection to %1 broke").arg(m_options.addressText));
    return false;
}

bool ClientConnection::checkLiveness(int silentForMs)
{
    const int liveness = m_options.livenessTimeoutMs;
    if (liveness <= 0 || !m_open)
        return m_open;
    const qint64 now = Platform::steadyClockMs();
    if (m_heard != m_heardAtCheck || m_heardBy == 0) {
        m_heardAtCheck = m_heard;
        m_heardBy = now - silentForMs;
    }
    if (now - m_heardBy >= liveness) {
        lose(Tr::tr("the server at %1 answered nothing, not even a ping, for %2 ms (the "
                    "liveness timeout): it is stopped, hung, or busy in one long call")
                     .arg(m_options.addressText)
                     .arg(now - m_heardBy),
             Error::ServerNotResponding);
        return false;
    }
    if (now - m_heardBy >= liveness / 3 && now - m_lastPing >= liveness / 3) {
        m_lastPing = now;
        {
            QMutexLocker lock(&m_writeMutex);
            Wire::encodeEmpty(&m_output, Protocol::Kind::Ping);
            ++m_pingsSent;
        }
        if (m_writeNotifier && QThread::currentThread() == thread()) {
            flushWithoutWaiting();
        } else {
            Error code = Error::NoError;
            QString why;
            flushOutput(deadlineAfter(liveness), &code, &why);
        }
    }
    return m_open;
}

void ClientConnection::onLivenessTimer()
{
    if (m_pending.isEmpty()) {
        // Nothing waits: no server to watch (a later async call starts the timer again).
        m_livenessTimer->stop();
        m_heardBy = 0;
        return;
    }
    checkLiveness(0);
}

QString ClientConnection::stoppedAnswering() const
{
    return Tr::tr("the server at %1 stopped answering: its host, or the network to it, "
                  "acknowledged nothing within the liveness timeout (%2 ms)")
            .arg(m_options.addressText)
            .arg(m_options.livenessTimeoutMs);
}


bool ClientConnection::startStream()
{
    if (m_streamLeft > 0)
        return false;
    const char *payload = nullptr;
    qsizetype buffered = 0;
    qsizetype length = 0;
    if (!m_reader.peekPartial(&payload, &buffered, &length))
        return false;
    // A Result for the call with the sink, holding a large byte array and nothing else.
    quint32 requestId = 0;
    qsizetype size = 0;
    if (!Wire::peekBytesResultHead(payload, buffered, &requestId, &size) || requestId != m_syncId
        || size != length - Wire::BytesResultHeadSize || size < Wire::BulkBytes) {
        return false;
    }
    // Less than size: the frame is not complete.
    const qsizetype here = buffered - Wire::BytesResultHeadSize;
    m_sink->begin(size);
    if (here > 0)
        m_sink->write(payload + Wire::BytesResultHeadSize, here);
    m_reader.skip(Protocol::FrameHeaderSize + buffered);
    m_streamId = m_syncId;
    m_streamLeft = size - here;
    return true;
}

void ClientConnection::processFrames()
{
    while (m_open) {
        const char *payload = nullptr;
        qsizetype size = 0;
        const FrameReader::Status status = m_reader.next(&payload, &size);
        if (status == FrameReader::NeedMore)
            return;
        if (status == FrameReader::TooLarge) {
            qCWarning(lcProtocol) << "server frame of" << m_reader.announcedSize() << "bytes exceeds the limit";
            lose(Tr::tr("the server sent a frame of %1 bytes, above the limit of %2")
                     .arg(m_reader.announcedSize())
                     .arg(m_reader.maxFrameSize()));
            return;
        }
        QString why;
        if (!Wire::decodeFrame(&m_reader, payload, size, &m_message, &why)) {
            qCWarning(lcProtocol) << "malformed frame from the server:" << why;
            lose(Tr::tr("protocol error: %1").arg(why));
            return;
        }
        dispatch(m_message);
        // As the server does: a large message's buffers are not kept for the next one.
        if (Q_UNLIKELY(m_message.decodedSize > Protocol::ReleaseDecodedAbove))
            m_message.release();
    }
}

void ClientConnection::dispatch(Wire::Message &message)
{
    switch (message.kind) {
    case Protocol::Kind::Result:
    case Protocol::Kind::Failure:
        answer(message.requestId, message.kind == Protocol::Kind::Result
                                          ? Reply::fromValue(std::move(message.value))
                                          : Reply::fromError(message.error, message.text));
        return;
    case Protocol::Kind::ObjectResult: {
        // We hold a reference to the object now: the reply carries it to whoever takes the
        // proxy, and gives it back if nobody does (an answer nobody waits for any more too).
        Reply reply = Reply::fromValue(message.value);
        reply.m_attachment = new ReturnedObject(shared_from_this(), message.value.value<Token>());
        answer(message.requestId, std::move(reply));
        return;
    }
    case Protocol::Kind::Event:
    case Protocol::Kind::EventInfo: {
        // Delivered from the event loop, in the order the server made them.
        Delivery delivery;
        delivery.objectId = message.objectId;
        delivery.name = message.name;
        delivery.args = message.args;
        if (message.kind == Protocol::Kind::EventInfo) {
            delivery.version = message.version;
            delivery.origin = message.origin;
            delivery.position = message.position;
        }
        m_deliveries.push_back(std::move(delivery));
        scheduleDelivery();
        return;
    }
    case Protocol::Kind::Goodbye:
        m_goodbye = message.text;
        return;
    case Protocol::Kind::Pong:
        // Heard. And the server has read whatever came before the Ping: a call given up on
        // before it that has had no answer will not get one.
        ++m_pongs;
        while (!m_abandoned.empty() && m_abandoned.front().ping <= m_pongs) {
            qCDebug(lcClient) << "call" << m_abandoned.front().requestId
                              << "was cancelled before the server answered it";
            m_abandoned.pop_front();
        }
        return;
    default:
        lose(Tr::tr("protocol error: the server sent a client's message (kind %1)")
                 .arg(int(message.kind)));
        return;
    }
}

void ClientConnection::answer(quint32 requestId, Reply reply)
{
    if (!m_posted.empty() && settlePosted(requestId, reply))
        return;
    if (requestId == m_syncId && m_syncId != 0) {
        m_syncReply = std::move(reply);
        m_syncDone = true;
        return;
    }
    if (const auto state = m_pending.take(requestId))
        state->finish(std::move(reply));
    else
        lateAnswer(requestId, std::move(reply)); // to a call that timed out
}

bool ClientConnection::pumpUntil(const bool *done, qint64 deadline)
{
    while (true) {
        processFrames();
        if (Q_UNLIKELY(m_lateWrites))
            sendLateWrites();
        if (m_sink)
            startStream(); // its answer may be the frame the reader has begun
        if (*done)
            return true;
        if (!m_open)
            return false;
        const int remaining = remainingMs(deadline);
        if (remaining == 0)
            return false;
        // Waits for data (over TCP, in the read itself): a timeout or a signal reads nothing,
        // and the loop works out what is left of the time. With a liveness timeout, a third of
        // it at most, so that a server that stopped turning its loop is noticed.
        const int liveness = m_options.livenessTimeoutMs;
        const int wait = liveness > 0 && (remaining < 0 || remaining > liveness / 3) ? liveness / 3
                                                                                  : remaining;
        const quint64 heard = m_heard;
        if (!readAvailable(wait)) {
            processFrames();
            return *done;
        }
        if (wait != remaining && m_heard == heard && !*done && !checkLiveness(wait))
            return *done;
    }
}

Reply ClientConnection::call(quint64 objectId, QStringView method, const QVariant *args,
                             qsizetype count, int timeoutMs, BulkSink *sink)
{
    return callSync(objectId, method, args, count, timeoutMs, sink, nullptr);
}

Reply ClientConnection::callBlocking(quint64 objectId, QStringView method, const QVariant *args,
                                     qsizetype count, const BlockingCall &blocking)
{
    return callSync(objectId, method, args, count, blocking.timeoutMs, nullptr, &blocking);
}

qint64 ClientConnection::blockingDeadline(int timeoutMs) const
{
    return timeoutMs < 0 ? -1 : Platform::steadyClockMs() + timeoutMs + m_graceMs;
}

Reply ClientConnection::callSync(quint64 objectId, QStringView method, const QVariant *args,
                                 qsizetype count, int timeoutMs, BulkSink *sink,
                                 const BlockingCall *blocking)
{
    if (!m_open)
        return lostReply();
    const quint32 id = nextRequestId();
    const qint64 deadline = blocking ? blockingDeadline(timeoutMs) : deadlineAfter(timeoutMs);
    QString why;
    {
        QMutexLocker lock(&m_writeMutex);
        if (!Wire::encodeCall(&m_output, id, objectId, method, args, count, &why))
            return Reply::fromError(Error::UnsupportedValue, why);
    }
    Error code = Error::NoError;
    if (!flushOutput(deadline, &code, &why))
        return Reply::fromError(code, why);
    m_syncId = id;
    m_syncDone = false;
    m_sink = sink;
    const bool answered = pumpUntil(&m_syncDone, deadline);
    m_sink = nullptr;
    m_syncId = 0;
    if (answered)
        return std::exchange(m_syncReply, Reply());
    if (!m_open)
        return lostReply();
    // Tell the server, so that a parked call does not take something nobody waits for.
    cancelCall(id, objectId, blocking ? blocking->late : nullptr);
    flushOutput(Platform::steadyClockMs() + 1000, &code, &why);
    if (blocking) {
        return Reply::fromError(
            Error::ServerNotResponding,
            Tr::tr("%1() got no answer within its timeout (%2 ms) and a grace of %3 ms: the "
                   "server at %4 is stopped, hung or too busy; the call was cancelled")
                .arg(method.toString())
                .arg(timeoutMs)
                .arg(m_graceMs)
                .arg(m_options.addressText));
    }
    return Reply::fromError(
        Error::Timeout,
        Tr::tr("%1() got no answer within %2 ms").arg(method.toString()).arg(timeoutMs));
}

void ClientConnection::cancelCall(quint32 requestId, quint64 objectId, LateAnswerHandler late)
{
    QMutexLocker lock(&m_writeMutex);
    Wire::encodeCancel(&m_output, requestId);
    if (!late)
        return;
    Wire::encodeEmpty(&m_output, Protocol::Kind::Ping);
    m_abandoned.push_back({ requestId, objectId, late, ++m_pingsSent });
}

void ClientConnection::lateAnswer(quint32 requestId, Reply &&reply)
{
    const auto it
        = std::find_if(m_abandoned.begin(), m_abandoned.end(),
                       [requestId](const Abandoned &call) { return call.requestId == requestId; });
    if (it == m_abandoned.end()) {
        qCDebug(lcClient) << "dropped the late answer to call" << requestId;
        return;
    }
    const Abandoned call = *it;
    m_abandoned.erase(it);
    qCDebug(lcClient) << "late answer to call" << requestId << "on object" << call.objectId
                      << (reply.isValid() ? "(a success)" : "(a failure)");
    call.late(*this, call.objectId, reply);
}

void ClientConnection::postLate(quint64 objectId, QStringView method, const QVariant *args,
                                qsizetype count)
{
    if (!m_open)
        return; // the server gave back whatever the connection held
    const quint32 id = nextRequestId();
    QString why;
    {
        QMutexLocker lock(&m_writeMutex);
        if (!Wire::encodePost(&m_output, id, objectId, method, args, count, &why)) {
            qCWarning(lcClient) << "could not undo a late answer:" << method << why;
            return;
        }
    }
    m_posted.emplace_back(id, nullptr);
    m_lateWrites = true;
}

void ClientConnection::sendLateWrites()
{
    while (m_lateWrites && m_open) {
        m_lateWrites = false;
        Error code = Error::NoError;
        QString why;
        // Now, without waiting for room: what the socket does not take goes with the next
        // write.
        if (!flushOutput(Platform::steadyClockMs(), &code, &why) && m_open && m_notifier)
            scheduleFlush();
        // A full socket makes flushOutput() read what came meanwhile: handled here, since
        // nothing would wake the caller for data already read (it may queue more).
        processFrames();
    }
}

PendingCall ClientConnection::callAsync(quint64 objectId, QStringView method, const QVariant *args,
                                        qsizetype count, int timeoutMs)
{
    return callAsyncImpl(objectId, method, args, count, timeoutMs, nullptr);
}

PendingCall ClientConnection::callBlockingAsync(quint64 objectId, QStringView method,
                                                const QVariant *args, qsizetype count,
                                                const BlockingCall &blocking)
{
    return callAsyncImpl(objectId, method, args, count, blocking.timeoutMs, &blocking);
}

PendingCall ClientConnection::callAsyncImpl(quint64 objectId, QStringView method,
                                            const QVariant *args, qsizetype count, int timeoutMs,
                                            const BlockingCall *blocking)
{
    auto state = std::make_shared<PendingCallState>();
    state->connection = this;
    if (!m_open) {
        state->finish(lostReply());
        return PendingCall(state);
    }
    const quint32 id = nextRequestId();
    QString why;
    qsizetype buffered = 0;
    {
        QMutexLocker lock(&m_writeMutex);
        if (!Wire::encodeCall(&m_output, id, objectId, method, args, count, &why)) {
            state->finish(Reply::fromError(Error::UnsupportedValue, why));
            return PendingCall(state);
        }
        buffered = m_output.size();
    }
    state->requestId = id;
    if (blocking) {
        state->deadline = blockingDeadline(timeoutMs);
        state->blockingTimeoutMs = timeoutMs;
        state->objectId = objectId;
        state->late = blocking->late;
    } else {
        state->deadline = deadlineAfter(timeoutMs);
    }
    m_pending.insert(id, state);
    if (state->deadline >= 0) {
        addDeadline(state->deadline, id);
        armDeadline(state->deadline);
    }
    if (m_livenessTimer && !m_livenessTimer->isActive()) {
        // Calls wait from now on: watch that the server still answers while they do.
        m_heardBy = 0;
        checkLiveness(0);
        m_livenessTimer->start();
    }
    if (buffered >= FlushThreshold || !m_notifier) {
        // Backpressure on a caller that sends faster than the server reads, for as long as
        // the server may be silent (the liveness timeout) at most: then it is given up on.
        const int liveness = m_options.livenessTimeoutMs;
        qint64 deadline = state->deadline;
        if (liveness > 0 && (deadline < 0 || deadline > deadlineAfter(liveness)))
            deadline = deadlineAfter(liveness);
        Error code = Error::NoError;
        const quint64 heard = m_heard;
        if (!flushOutput(deadline, &code, &why) && code == Error::Timeout && m_open
            && deadline != state->deadline && m_heard == heard) {
            checkLiveness(liveness); // silent all along: ServerNotResponding
        }
    } else {
        scheduleFlush();
    }
    return PendingCall(state);
}

bool ClientConnection::settlePosted(quint32 requestId, const Reply &reply)
{
    // Request ids are compared as serial numbers: they wrap around.
    const auto before = [](quint32 a, quint32 b) { return qint32(a - b) < 0; };
    while (!m_posted.empty() && before(m_posted.front().first, requestId))
        m_posted.pop_front(); // answered nothing before a later call's answer: it succeeded
    if (m_posted.empty() || m_posted.front().first != requestId)
        return false;
    const QPointer<Proxy> proxy = m_posted.front().second;
    m_posted.pop_front();
    if (!reply.isValid()) {
        qCWarning(lcClient) << "a posted call failed:" << reply.errorString();
        if (proxy)
            ProxyPrivate::reportLater(proxy.data(), reply);
    }
    return true;
}

Reply ClientConnection::post(quint64 objectId, QStringView method, Proxy *reportTo)
{
    if (!m_open)
        return lostReply();
    const quint32 id = nextRequestId();
    QString why;
    {
        QMutexLocker lock(&m_writeMutex);
        if (!Wire::encodePost(&m_output, id, objectId, method, nullptr, 0, &why))
            return Reply::fromError(Error::UnsupportedValue, why);
    }
    m_posted.emplace_back(id, reportTo);
    // On its way before the caller goes on: that is what makes a posted call safe to rely on.
    Error code = Error::NoError;
    if (!flushOutput(deadlineAfter(m_options.timeoutMs), &code, &why)) {
        if (!m_posted.empty() && m_posted.back().first == id)
            m_posted.pop_back();
        return Reply::fromError(code, why);
    }
    return Reply();
}

bool ClientConnection::waitForFinished(PendingCallState *state, int timeoutMs)
{
    if (state->finished)
        return true;
    if (QThread::currentThread() != thread()) {
        qCWarning(lcClient) << "PendingCall::waitForFinished() called from another thread than the call's";
        return false;
    }
    Error code;
    QString why;
    if (!flushOutput(state->deadline, &code, &why)) {
        m_pending.take(state->requestId);
        state->finish(Reply::fromError(code, why));
        return true;
    }
    qint64 until = state->deadline;
    if (timeoutMs >= 0) {
        const qint64 limit = deadlineAfter(timeoutMs);
        if (until < 0 || limit < until)
            until = limit; // the caller's limit: the call itself goes on
    }
    pumpUntil(&state->finished, until);
    if (!state->finished)
        expireCalls();
    return state->finished;
}

void ClientConnection::addDeadline(qint64 deadline, quint32 requestId)
{
    if (m_deadlines.size() > 2 * size_t(m_pending.size()) + 64) {
        // Mostly answered calls: keep the pending ones only, in place.
        m_deadlines.erase(std::remove_if(m_deadlines.begin(), m_deadlines.end(),
                                         [this](const std::pair<qint64, quint32> &entry) {
                                             return !m_pending.contains(entry.second);
                                         }),
                          m_deadlines.end());
    }
    // Calls with the same timeout come in deadline order: the common case appends.
    if (m_deadlines.empty() || m_deadlines.back().first <= deadline) {
        m_deadlines.emplace_back(deadline, requestId);
        return;
    }
    const auto at = std::upper_bound(m_deadlines.begin(), m_deadlines.end(), deadline,
                                     [](qint64 d, const std::pair<qint64, quint32> &e) { return d < e.first; });
    m_deadlines.emplace(at, deadline, requestId);
}

void ClientConnection::armDeadline(qint64 deadline)
{
    if (!m_deadlineTimer)
        return;
    if (m_deadlineTimer->isActive() && m_timerDeadline <= deadline)
        return; // it fires first for an earlier call; expireCalls() arms it again
    m_timerDeadline = deadline;
    m_deadlineTimer->start(remainingMs(deadline));
}

void ClientConnection::expireCalls()
{
    const qint64 now = Platform::steadyClockMs();
    while (!m_deadlines.empty() && m_deadlines.front().first <= now) {
        const quint32 id = m_deadlines.front().second;
        m_deadlines.pop_front();
        const auto state = m_pending.take(id);
        if (!state)
            continue;
        cancelCall(id, state->objectId, state->late);
        if (state->blockingTimeoutMs >= 0) {
            state->finish(Reply::fromError(
                Error::ServerNotResponding,
                Tr::tr("no answer within the call's timeout (%1 ms) and a grace of %2 ms: the "
                       "server at %3 is stopped, hung or too busy; the call was cancelled")
                    .arg(state->blockingTimeoutMs)
                    .arg(m_graceMs)
                    .arg(m_options.addressText)));
        } else {
            state->finish(Reply::fromError(Error::Timeout, Tr::tr("no answer in time")));
        }
    }
    if (m_open && !m_output.isEmpty())
        scheduleFlush();
    if (!m_deadlines.empty())
        armDeadline(m_deadlines.front().first);
}

void ClientConnection::onReadable()
{
    if (!m_open)
        return;
    m_reading = true;
    readAvailable();
    processFrames();
    m_reading = false;
    if (Q_UNLIKELY(m_lateWrites))
        sendLateWrites();
    deliver();
    // Decrypted bytes the descriptor no longer shows (TLS, a streamed answer read a piece at a
    // time): the notifier will not say so; come back from the event loop.
    if (m_open && m_stream->hasBufferedInput())
        QMetaObject::invokeMethod(this, &ClientConnection::onReadable, Qt::QueuedConnection);
}

void ClientConnection::scheduleDelivery()
{
    if (m_reading || m_deliveryPosted)
        return; // onReadable() delivers when its read is done, or a posted call will
    m_deliveryPosted = true;
    QMetaObject::invokeMethod(
            this,
            [this] {
                m_deliveryPosted = false;
                deliver();
            },
            Qt::QueuedConnection);
}

void ClientConnection::queueFinished(PendingCallWatcher *watcher)
{
    Delivery delivery;
    delivery.finished = true;
    delivery.watcher = watcher;
    m_deliveries.push_back(std::move(delivery));
    scheduleDelivery();
}

void ClientConnection::deliver()
{
    // A slot may close this connection, delete the last proxy and with it this object, or
    // make calls whose reads queue more: each delivery is taken out before it is made.
    const QPointer<ClientConnection> alive(this);
    while (alive && !m_deliveries.empty()) {
        Delivery delivery = std::move(m_deliveries.front());
        m_deliveries.pop_front();
        if (delivery.finished) {
            if (delivery.watcher)
                Q_EMIT delivery.watcher->finished(delivery.watcher.data());
        } else {
            deliverEvent(delivery.objectId, delivery.name, delivery.args,
                         ChangeInfo { delivery.version, delivery.origin, delivery.position });
        }
    }
}

void ClientConnection::deliverEvent(quint64 objectId, const QByteArray &name,
                                    const QVariantList &args, const ChangeInfo &info)
{
    const QList<QPointer<Proxy>> proxies = m_subscribers.values(objectId);
    for (const QPointer<Proxy> &proxy : proxies) {
        if (proxy)
            ProxyPrivate::deliver(proxy.data(), name, args, info);
    }
}

void ClientConnection::requestChangeInfo(quint64 objectId)
{
    // Once per subscription: the server keeps it until the Unsubscribe.
    if (!m_open || !m_subscribers.contains(objectId) || m_changeInfoAsked.contains(objectId))
        return;
    m_changeInfoAsked.insert(objectId);
    // An ordinary call whose answer nobody waits for, pipelined after the Subscribe; a server
    // without change info fails it, and its events simply come without.
    const QVariant arguments[2] = { QVariant(objectId), QVariant(true) };
    const quint32 id = nextRequestId();
    QString why;
    {
        QMutexLocker lock(&m_writeMutex);
        if (!Wire::encodeCall(&m_output, id, Protocol::IntrospectorObjectId, u"changeInfo",
                              arguments, 2, &why))
            return;
    }
    auto state = std::make_shared<PendingCallState>();
    state->requestId = id;
    state->connection = this;
    m_pending.insert(id, std::move(state));
    if (m_notifier) {
        scheduleFlush();
    } else {
        Error code;
        flushOutput(-1, &code, &why);
    }
}

void ClientConnection::subscribe(quint64 objectId, Proxy *proxy)
{
    const bool first = !m_subscribers.contains(objectId);
    m_subscribers.insert(objectId, proxy);
    if (!first || !m_open) {
        if (ProxyPrivate::get(proxy)->changeInfoWanted)
            requestChangeInfo(objectId);
        return;
    }
    {
        QMutexLocker lock(&m_writeMutex);
        Wire::encodeSubscribe(&m_output, nextRequestId(), objectId);
    }
    if (m_notifier) {
        scheduleFlush();
    } else {
        Error code;
        QString why;
        flushOutput(-1, &code, &why);
    }
    if (ProxyPrivate::get(proxy)->changeInfoWanted)
        requestChangeInfo(objectId);
}

void ClientConnection::unsubscribe(quint64 objectId, Proxy *proxy)
{
    m_subscribers.remove(objectId, proxy);
    for (auto it = m_subscribers.find(objectId); it != m_subscribers.end() && it.key() == objectId;) {
        if (!it.value())
            it = m_subscribers.erase(it);
        else
            ++it;
    }
    if (m_subscribers.contains(objectId) || !m_open)
        return;
    m_changeInfoAsked.remove(objectId);
    QMutexLocker lock(&m_writeMutex);
    Wire::encodeUnsubscribe(&m_output, objectId);
    lock.unlock();
    if (m_notifier)
        scheduleFlush();
}

ReturnedObject::ReturnedObject(std::shared_ptr<ClientConnection> connection, const Token &token)
    : m_connection(std::move(connection)), m_token(token)
{
}

ReturnedObject::~ReturnedObject()
{
    if (!m_taken.load() && m_connection)
        m_connection->release(m_token.objectId());
}

void ClientConnection::release(quint64 objectId, quint32 count)
{
    QMutexLocker lock(&m_writeMutex);
    if (socketClosed())
        return; // the server dropped our references when the connection closed
    Wire::encodeRelease(&m_output, objectId, count);
    if (QThread::currentThread() == thread() && m_notifier) {
        lock.unlock();
        scheduleFlush();
        return;
    }
    // Another thread, or no event loop: send what the socket takes now; the rest goes with
    // this connection's next write.
    const qsizetype sent = m_stream->write(m_output.constData(), m_output.size());
    if (sent > 0)
        m_output.remove(0, sent);
}

} // namespace LibManager
