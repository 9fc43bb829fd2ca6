// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_TLSSTREAM_P_H
#define LIBMANAGER_TLSSTREAM_P_H

#include <libmanager/transport/stream_p.h>

#include <QtCore/qmutex.h>

#include <memory>

struct ssl_st;
struct ssl_ctx_st;

namespace LibManager {
class TlsConfiguration;
}

namespace LibManager::Transport {

/*!
    A TlsConfiguration made ready for OpenSSL, for one side: certificates and keys parsed and
    checked once, shared by every connection of a manager (an SSL_CTX is thread-safe).
*/
class TlsContext
{
public:
    enum class Side { Client, Server };
    /*! Null with \a why when \a configuration cannot serve \a side (a server without a
        certificate or key, a key that does not belong to the certificate, unreadable PEM). */
    static std::shared_ptr<const TlsContext> create(const TlsConfiguration &configuration,
                                                    Side side, QString *why);
    ~TlsContext();
    Q_DISABLE_COPY_MOVE(TlsContext)

    ssl_ctx_st *handle() const { return m_context; }
    Side side() const { return m_side; }
    /*! Client: the name the server's certificate must carry instead of the address's host. */
    QString peerVerifyName() const { return m_peerVerifyName; }
    /*! Server: when its own certificate stops being valid (ms since the epoch), 0 if unknown. */
    qint64 certificateExpiresAtMs() const { return m_expiresAtMs; }

private:
    TlsContext(ssl_ctx_st *context, Side side) : m_context(context), m_side(side) { }

    ssl_ctx_st *m_context;
    Side m_side;
    QString m_peerVerifyName;
    qint64 m_expiresAtMs = 0;
};

/*!
    TLS over a TCP descriptor, with OpenSSL reading and writing the descriptor itself (no
    memory BIOs, no QSslSocket): the server's epoll loop and the client's blocking wait work
    on it as on a plain TCP socket. What differs is handled through Stream's hooks:

    \list
    \li decrypted bytes OpenSSL holds (hasBufferedInput(), SSL_pending) make wait() return at
        once, and the read loops read on while there are some;
    \li the server runs the handshake without blocking (continueHandshake()), after a plain
        "TLS follows" notice (Protocol, TlsFollows); the client reads that notice, then runs
        it in clientHandshake();
    \li a client's calls and another thread's release() may use one stream at once: every
        SSL call is made under the stream's mutex (uncontended, it costs ~20 ns);
    \li renegotiation is off (SSL_OP_NO_RENEGOTIATION, and TLS 1.3 has none), so a write never
        waits for the socket to become readable.
    \endlist
*/
class TlsStream final : public Stream
{
public:
    /*! A client's stream on a connected TCP \a socket; it reads the server's notice in plain,
        then clientHandshake() checks the server's certificate for \a verifyName. */
    TlsStream(Platform::Socket socket, std::shared_ptr<const TlsContext> context,
              const QString &verifyName);
    /*! A server's stream on an accepted \a socket: sends the plain notice, then awaits the
        handshake. */
    TlsStream(Platform::Socket socket, std::shared_ptr<const TlsContext> context);
    ~TlsStream() override;

    QLatin1String kind() const override { return QLatin1String("tls"); }
    QString peerDescription() const override;
    qsizetype read(char *buffer, qsizetype size) override;
    qsizetype write(const char *data, qsizetype size) override;
    bool hasBufferedInput() const override;
    void setLiveness(int timeoutMs) override { Platform::setLiveness(m_socket, timeoutMs); }

    bool handshakePending() const override;
    HandshakeStatus continueHandshake(QString *why) override;
    /*!
        The client's side, once connected: reads the server's plain notice (exactly its 13
        bytes: what follows is TLS), then runs the handshake and
        checks the server's certificate, until \a deadline (steady-clock ms, or -1). A server
        that refused the connection instead (full) leaves its refusal for read() to return,
        so the caller reports it as over TCP. False with \a code and \a why.
    */
    bool clientHandshake(qint64 deadline, Error *code, QString *why);
    QString errorString() const override;
    void close() override;

private:
    /*! What a failed SSL_read_ex or SSL_write_ex returns, given SSL_get_error(). */
    qsizetype failed(int error);
    QString clientFailure(int error) const;
    QString serverFailure(int error) const;
    bool readNotice(qint64 deadline, bool *tlsServer, Error *code, QString *why);

    std::shared_ptr<const TlsContext> m_context;
    TlsContext::Side m_side;
    QString m_verifyName;
    mutable QMutex m_mutex;
    ssl_st *m_ssl = nullptr;
    bool m_established = false;
    bool m_failed = false;
    QString m_error;
    QByteArray m_plain; // a refusal the server sent instead of its TLS notice, for read()
};

} // namespace LibManager::Transport

#endif // LIBMANAGER_TLSSTREAM_P_H
