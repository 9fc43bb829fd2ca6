// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_STREAM_P_H
#define LIBMANAGER_STREAM_P_H

#include <libmanager/platform/platform_p.h>

#include <QtCore/qstring.h>

namespace LibManager::Transport {

/*!
    One connected byte stream: what the client's and the server's connections read from and
    write to, whatever the transport (a local socket, TCP, TLS over TCP). Every stream has a
    descriptor, which the event loop watches (QSocketNotifier, epoll), so the hot path stays a
    system call on a descriptor; only the choice of that call goes through the interface.

    Reads and writes never block, except readWaiting(). Results are as Platform's: bytes (> 0),
    0 at the end of the stream, WouldBlock or Failed.

    Streams that decrypt keep bytes poll() cannot see: hasBufferedInput() says so, and wait()
    returns at once when it is true, so a caller that sleeps only through wait() and reads
    until a read comes back short or hasBufferedInput() is false never sleeps on data that
    has come.

    A stream may have a handshake of its own below libmanager's (TLS): the server's side runs
    it without blocking through continueHandshake() before libmanager's hello goes out; the
    client's side has run it when Transport::connect() returns the stream.
*/
class Stream
{
public:
    static constexpr qsizetype WouldBlock = Platform::WouldBlock;
    static constexpr qsizetype Failed = Platform::Failed;

    explicit Stream(Platform::Socket socket) : m_socket(socket) { }
    virtual ~Stream();
    Q_DISABLE_COPY_MOVE(Stream)

    Platform::Socket descriptor() const { return m_socket; }
    /*! "local", "tcp" or "tls": introspection's transport, and logs. */
    virtual QLatin1String kind() const = 0;
    /*! Who is at the other end, for logs and introspection (see Platform::peerDescription). */
    virtual QString peerDescription() const = 0;
    /*! The peer's process id where the transport tells it (local sockets), else 0. */
    virtual qint64 peerProcessId() const { return 0; }

    virtual qsizetype read(char *buffer, qsizetype size) = 0;
    virtual qsizetype write(const char *data, qsizetype size) = 0;

    /*!
        Whether a caller that waits for an answer may sleep in readWaiting() instead of wait()
        plus read(), with setReadTimeout() bounding the sleep. Over TCP that saves a system
        call per answer; over a local socket it measured slower, and TLS cannot sleep in its
        read. A stream may stop offering it (setReadTimeout() failed).
    */
    virtual bool canSleepInRead() const { return false; }
    virtual bool setReadTimeout(int timeoutMs)
    {
        Q_UNUSED(timeoutMs);
        return false;
    }
    virtual qsizetype readWaiting(char *buffer, qsizetype size) { return read(buffer, size); }

    /*! Bytes received and decrypted that the descriptor no longer shows (TLS). */
    virtual bool hasBufferedInput() const { return false; }
    /*! As Platform::wait(), but Readable at once when hasBufferedInput(). */
    int wait(int events, int timeoutMs)
    {
        if ((events & Platform::Readable) && hasBufferedInput())
            return Platform::Readable;
        return Platform::wait(m_socket, events, timeoutMs);
    }

    enum class HandshakeStatus { Done, WantRead, WantWrite, Failed };
    /*! The server's side: whether continueHandshake() is still to be called. */
    virtual bool handshakePending() const { return false; }
    /*! The server's side: advances the stream's own handshake; \a why when it failed. */
    virtual HandshakeStatus continueHandshake(QString *why)
    {
        Q_UNUSED(why);
        return HandshakeStatus::Done;
    }
    /*! Why the last read or write failed, when the stream knows more than errno (TLS alerts);
        empty otherwise. */
    virtual QString errorString() const { return {}; }

    /*! Makes the kernel end the connection once the peer's host is silent for about
        \a timeoutMs (Platform::setLiveness); nothing for local sockets. */
    virtual void setLiveness(int timeoutMs) { Q_UNUSED(timeoutMs); }

    /*! Closes the descriptor (the destructor does too). */
    virtual void close();

protected:
    Platform::Socket m_socket;
};

/*! A local (Unix domain) socket. */
class LocalStream final : public Stream
{
public:
    using Stream::Stream;
    QLatin1String kind() const override { return QLatin1String("local"); }
    QString peerDescription() const override;
    qint64 peerProcessId() const override;
    qsizetype read(char *buffer, qsizetype size) override
    {
        return Platform::receive(m_socket, buffer, size);
    }
    qsizetype write(const char *data, qsizetype size) override
    {
        return Platform::send(m_socket, data, size);
    }
};

/*! A TCP connection (no Nagle delay); answers may be waited for in recv() itself. */
class TcpStream : public Stream
{
public:
    using Stream::Stream;
    QLatin1String kind() const override { return QLatin1String("tcp"); }
    QString peerDescription() const override;
    qsizetype read(char *buffer, qsizetype size) override
    {
        return Platform::receive(m_socket, buffer, size);
    }
    qsizetype write(const char *data, qsizetype size) override
    {
        return Platform::send(m_socket, data, size);
    }
    void setLiveness(int timeoutMs) override { Platform::setLiveness(m_socket, timeoutMs); }
    bool canSleepInRead() const override { return m_sleepInRead; }
    bool setReadTimeout(int timeoutMs) override;
    qsizetype readWaiting(char *buffer, qsizetype size) override
    {
        return Platform::receiveWaiting(m_socket, buffer, size);
    }

private:
    bool m_sleepInRead = true;
};

} // namespace LibManager::Transport

#endif // LIBMANAGER_STREAM_P_H
