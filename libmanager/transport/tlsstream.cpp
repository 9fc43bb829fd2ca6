// SPDX-License-Identifier: BSD-3-Clause
#include "tlsstream_p.h"
#include <libmanager/tlsconfiguration.h>
#include <libmanager/tr_p.h>
#include <libmanager/wire/handshake_p.h>
#include <libmanager/wire/protocol_p.h>
#include <libmanager/wire/wirecodec_p.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qendian.h>
#include <QtNetwork/qhostaddress.h>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <cerrno>

namespace LibManager::Transport {

namespace {

// OpenSSL's queued errors, as reasons ("certificate verify failed"), oldest first; the queue
// is emptied (it is per thread: a stale error would be blamed on the next call).
QString takeErrors()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        const char *reason = ERR_reason_error_string(code);
        reasons.append(reason ? QString::fromLatin1(reason)
                              : QStringLiteral("error %1").arg(code, 0, 16));
    }
    reasons.removeDuplicates();
    return reasons.join(QLatin1String("; "));
}

// The reason of the last queued error, without emptying the queue.
int lastReason()
{
    const unsigned long code = ERR_peek_last_error();
    return code ? ERR_GET_REASON(code) : 0;
}

// The plain notice a TLS server sends before anything else (Protocol, TlsFollows).
QByteArray noticeFrame()
{
    QByteArray frame;
    Wire::appendFrame(&frame, Handshake::serverRefusal(Protocol::TlsFollows));
    return frame;
}

QString clientCertificateRequired()
{
    return Tr::tr("the server requires a client certificate (TlsConfiguration::"
                  "setCertificateChain() and setPrivateKey())");
}

struct BioDeleter
{
    void operator()(BIO *bio) const { BIO_free(bio); }
};
using Bio = std::unique_ptr<BIO, BioDeleter>;

Bio memoryBio(const QByteArray &pem)
{
    return Bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
}

qint64 toEpochMs(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return 0;
    const QDateTime when(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                         QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
    return when.toMSecsSinceEpoch();
}

// Loads this side's certificate chain and key into \a context.
bool useCertificate(SSL_CTX *context, const TlsConfiguration &configuration, qint64 *expiresAtMs,
                    QString *why)
{
    Bio chain = memoryBio(configuration.certificateChain());
    X509 *leaf = PEM_read_bio_X509_AUX(chain.get(), nullptr, nullptr, nullptr);
    if (!leaf) {
        *why = Tr::tr("the certificate is not a PEM certificate (%1)").arg(takeErrors());
        return false;
    }
    *expiresAtMs = toEpochMs(X509_get0_notAfter(leaf));
    const int used = SSL_CTX_use_certificate(context, leaf);
    X509_free(leaf);
    if (used != 1) {
        *why = Tr::tr("the certificate cannot be used (%1)").arg(takeErrors());
        return false;
    }
    // The intermediates after it, if any.
    while (X509 *next = PEM_read_bio_X509(chain.get(), nullptr, nullptr, nullptr)) {
        if (SSL_CTX_add0_chain_cert(context, next) != 1) {
            X509_free(next);
            *why = Tr::tr("the certificate chain cannot be used (%1)").arg(takeErrors());
            return false;
        }
    }
    ERR_clear_error(); // the end of the PEM data

    Bio keyData = memoryBio(configuration.privateKey());
    EVP_PKEY *key = PEM_read_bio_PrivateKey(keyData.get(), nullptr, nullptr, nullptr);
    if (!key) {
        *why = Tr::tr("the private key is not an unencrypted PEM key (%1)").arg(takeErrors());
        return false;
    }
    const int keyUsed = SSL_CTX_use_PrivateKey(context, key);
    EVP_PKEY_free(key);
    if (keyUsed != 1 || SSL_CTX_check_private_key(context) != 1) {
        *why = Tr::tr("the private key does not belong to the certificate (%1)").arg(takeErrors());
        return false;
    }
    return true;
}

// Trusts the certificates in caCertificates(); false with why if there is none.
bool trustCertificates(SSL_CTX *context, const QByteArray &pem, QString *why)
{
    Bio data = memoryBio(pem);
    X509_STORE *store = SSL_CTX_get_cert_store(context);
    int added = 0;
    while (X509 *certificate = PEM_read_bio_X509(data.get(), nullptr, nullptr, nullptr)) {
        if (X509_STORE_add_cert(store, certificate) == 1)
            ++added;
        X509_free(certificate);
    }
    ERR_clear_error();
    if (added == 0) {
        *why = Tr::tr("the CA certificates hold no PEM certificate");
        return false;
    }
    return true;
}

} // namespace

std::shared_ptr<const TlsContext> TlsContext::create(const TlsConfiguration &configuration,
                                                     Side side, QString *why)
{
    ERR_clear_error();
    SSL_CTX *handle = SSL_CTX_new(side == Side::Server ? TLS_server_method() : TLS_client_method());
    if (!handle) {
        *why = Tr::tr("TLS is not available: %1").arg(takeErrors());
        return nullptr;
    }
    std::shared_ptr<TlsContext> context(new TlsContext(handle, side));
    SSL_CTX_set_min_proto_version(handle, TLS1_2_VERSION);
    // No renegotiation: a write never needs the socket readable. A peer that closes without
    // close_notify (every libmanager peer that exits) is an end of stream, as over TCP.
    SSL_CTX_set_options(handle, SSL_OP_NO_RENEGOTIATION | SSL_OP_IGNORE_UNEXPECTED_EOF);
    // Writes take what the socket takes, and are retried from wherever the buffer then is.
    SSL_CTX_set_mode(handle, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);

    const bool hasCertificate = !configuration.certificateChain().isEmpty();
    const bool hasKey = !configuration.privateKey().isEmpty();
    if (side == Side::Server && (!hasCertificate || !hasKey)) {
        *why = Tr::tr("a TLS server needs a certificate and its private key "
                      "(TlsConfiguration::setCertificateChain() and setPrivateKey(); "
                      "libmanager-server --tls-cert and --tls-key)");
        return nullptr;
    }
    if (hasCertificate != hasKey) {
        *why = hasCertificate ? Tr::tr("the TLS configuration has a certificate but no private key")
                              : Tr::tr("the TLS configuration has a private key but no certificate");
        return nullptr;
    }
    if (hasCertificate && !useCertificate(handle, configuration, &context->m_expiresAtMs, why))
        return nullptr;

    const QByteArray ca = configuration.caCertificates();
    if (side == Side::Client) {
        if (!ca.isEmpty()) {
            if (!trustCertificates(handle, ca, why))
                return nullptr;
        } else if (SSL_CTX_set_default_verify_paths(handle) != 1) {
            *why = Tr::tr("cannot load the system's trusted certificates (%1)").arg(takeErrors());
            return nullptr;
        }
        SSL_CTX_set_verify(handle, SSL_VERIFY_PEER, nullptr);
        context->m_peerVerifyName = configuration.peerVerifyName();
    } else if (configuration.requiresClientCertificate()) {
        if (ca.isEmpty()) {
            *why = Tr::tr("a TLS server that requires client certificates needs the CA "
                          "certificates they must chain to (TlsConfiguration::setCaCertificates(); "
                          "libmanager-server --tls-ca)");
            return nullptr;
        }
        if (!trustCertificates(handle, ca, why))
            return nullptr;
        SSL_CTX_set_verify(handle, SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, nullptr);
    } else {
        SSL_CTX_set_verify(handle, SSL_VERIFY_NONE, nullptr);
    }
    return context;
}

TlsContext::~TlsContext()
{
    SSL_CTX_free(m_context);
}

TlsStream::TlsStream(Platform::Socket socket, std::shared_ptr<const TlsContext> context,
                     const QString &verifyName)
    : Stream(socket), m_context(std::move(context)), m_side(TlsContext::Side::Client),
      m_verifyName(verifyName)
{
    Platform::setNonBlocking(m_socket);
}

TlsStream::TlsStream(Platform::Socket socket, std::shared_ptr<const TlsContext> context)
    : Stream(socket), m_context(std::move(context)), m_side(TlsContext::Side::Server)
{
    // The notice first, in plain: 13 bytes, which any new socket takes.
    const QByteArray notice = noticeFrame();
    Platform::send(m_socket, notice.constData(), notice.size());
    m_ssl = SSL_new(m_context->handle());
    if (!m_ssl || SSL_set_fd(m_ssl, socket) != 1) {
        m_failed = true;
        m_error = takeErrors();
        return;
    }
    SSL_set_accept_state(m_ssl);
}

TlsStream::~TlsStream()
{
    close();
    SSL_free(m_ssl);
}

void TlsStream::close()
{
    QMutexLocker lock(&m_mutex);
    if (m_established && m_socket != Platform::InvalidSocket) {
        // close_notify, if the socket takes it now; the peer sees the end either way.
        SSL_shutdown(m_ssl);
        ERR_clear_error();
    }
    m_established = false;
    Stream::close();
}

QString TlsStream::peerDescription() const
{
    QString description = Platform::tcpPeerDescription(m_socket);
    QMutexLocker lock(&m_mutex);
    if (m_established) {
        if (X509 *certificate = SSL_get_peer_certificate(m_ssl)) {
            char name[256] = {};
            X509_NAME_get_text_by_NID(X509_get_subject_name(certificate), NID_commonName, name,
                                      sizeof name - 1);
            X509_free(certificate);
            if (name[0])
                description += QStringLiteral(", certificate CN=%1").arg(QString::fromUtf8(name));
        }
    }
    return description;
}

qsizetype TlsStream::read(char *buffer, qsizetype size)
{
    if (Q_UNLIKELY(!m_established)) {
        // A refusal instead of the TLS notice, then the end of the stream.
        if (m_failed)
            return Failed;
        const qsizetype n = qMin(size, m_plain.size());
        memcpy(buffer, m_plain.constData(), size_t(n));
        m_plain.remove(0, n);
        return n;
    }
    QMutexLocker lock(&m_mutex);
    size_t got = 0;
    const int result = SSL_read_ex(m_ssl, buffer, size_t(size), &got);
    if (result == 1)
        return qsizetype(got);
    return failed(SSL_get_error(m_ssl, result));
}

qsizetype TlsStream::write(const char *data, qsizetype size)
{
    if (Q_UNLIKELY(!m_established))
        return m_failed ? Failed : WouldBlock; // nothing goes out in plain once TLS is due
    if (size == 0)
        return 0;
    QMutexLocker lock(&m_mutex);
    size_t sent = 0;
    const int result = SSL_write_ex(m_ssl, data, size_t(size), &sent);
    if (result == 1)
        return qsizetype(sent);
    return failed(SSL_get_error(m_ssl, result));
}

qsizetype TlsStream::failed(int error)
{
    switch (error) {
    case SSL_ERROR_WANT_READ:
    case SSL_ERROR_WANT_WRITE:
        return WouldBlock;
    case SSL_ERROR_ZERO_RETURN:
        return 0; // close_notify: the end of the stream
    case SSL_ERROR_SYSCALL:
        if (ERR_peek_error() == 0 && errno == 0)
            return 0;
        m_error = errno ? Platform::errorString(errno) : takeErrors();
        return Failed;
    default:
        m_error = takeErrors();
        if (errno == 0)
            errno = ECONNRESET; // callers tell a peer gone from other failures by errno
        return Failed;
    }
}

bool TlsStream::hasBufferedInput() const
{
    if (!m_established)
        return false;
    QMutexLocker lock(&m_mutex);
    return SSL_pending(m_ssl) > 0;
}

bool TlsStream::handshakePending() const
{
    return m_side == TlsContext::Side::Server && !m_established && !m_failed;
}

Stream::HandshakeStatus TlsStream::continueHandshake(QString *why)
{
    if (m_failed) {
        *why = m_error;
        return HandshakeStatus::Failed;
    }
    QMutexLocker lock(&m_mutex);
    ERR_clear_error();
    errno = 0;
    const int result = SSL_do_handshake(m_ssl);
    if (result == 1) {
        m_established = true;
        return HandshakeStatus::Done;
    }
    const int error = SSL_get_error(m_ssl, result);
    if (error == SSL_ERROR_WANT_READ)
        return HandshakeStatus::WantRead;
    if (error == SSL_ERROR_WANT_WRITE)
        return HandshakeStatus::WantWrite;
    m_failed = true;
    m_error = serverFailure(error);
    *why = m_error;
    return HandshakeStatus::Failed;
}

QString TlsStream::serverFailure(int error) const
{
    const int reason = lastReason();
    const long verify = SSL_get_verify_result(m_ssl);
    const bool nothingCame = BIO_number_read(SSL_get_rbio(m_ssl)) == 0;
    const QString errors = takeErrors();
    if (nothingCame && (error == SSL_ERROR_SYSCALL || error == SSL_ERROR_ZERO_RETURN
                        || reason == SSL_R_UNEXPECTED_EOF_WHILE_READING || errors.isEmpty())) {
        return QStringLiteral("the client closed the connection before the TLS handshake: it "
                              "does not use TLS (it connected without tls://)");
    }
    if (reason == SSL_R_PEER_DID_NOT_RETURN_A_CERTIFICATE)
        return QStringLiteral("the client sent no certificate, and this server requires one");
    if (verify != X509_V_OK && reason == SSL_R_CERTIFICATE_VERIFY_FAILED) {
        return QStringLiteral("the client's certificate is not trusted: %1")
                .arg(QString::fromLatin1(X509_verify_cert_error_string(verify)));
    }
    if (reason == SSL_R_WRONG_VERSION_NUMBER || reason == SSL_R_HTTP_REQUEST
        || reason == SSL_R_PACKET_LENGTH_TOO_LONG) {
        return QStringLiteral("the client does not speak TLS (%1)").arg(errors);
    }
    if (errors.contains(QLatin1String("alert"))) // the client rejected this server: it says why
        return QStringLiteral("the client refused this server's certificate or settings (%1)")
                .arg(errors);
    if (error == SSL_ERROR_SYSCALL)
        return QStringLiteral("the client closed the connection during the TLS handshake%1")
                .arg(errors.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(errors));
    return errors.isEmpty() ? QStringLiteral("error %1").arg(error) : errors;
}

bool TlsStream::clientHandshake(qint64 deadline, Error *code, QString *why)
{
    QMutexLocker lock(&m_mutex);
    ERR_clear_error();
    m_ssl = SSL_new(m_context->handle());
    if (!m_ssl || SSL_set_fd(m_ssl, m_socket) != 1) {
        *code = Error::TlsFailed;
        *why = Tr::tr("TLS: %1").arg(takeErrors());
        return false;
    }
    SSL_set_connect_state(m_ssl);
    // The name the server's certificate must carry: a host name (also sent as SNI) or an IP
    // address.
    const QString name = m_context->peerVerifyName().isEmpty() ? m_verifyName
                                                               : m_context->peerVerifyName();
    const QByteArray nameBytes = name.toUtf8();
    if (QHostAddress(name).isNull()) {
        SSL_set_tlsext_host_name(m_ssl, nameBytes.constData());
        SSL_set1_host(m_ssl, nameBytes.constData());
    } else {
        X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(m_ssl), nameBytes.constData());
    }
    // The server's plain notice first: OpenSSL must not take its bytes for a TLS record.
    bool tlsServer = false;
    if (!readNotice(deadline, &tlsServer, code, why))
        return false;
    if (!m_plain.isEmpty())
        return true; // refused: read() hands the refusal to the caller
    if (!tlsServer) {
        // A plain server: our ClientHello still goes, so that it logs a TLS client came.
        SSL_connect(m_ssl);
        ERR_clear_error();
        m_failed = true;
        *code = Error::TlsFailed;
        *why = Tr::tr("the server does not use TLS: connect to it without tls://");
        return false;
    }
    while (true) {
        errno = 0;
        const int result = SSL_connect(m_ssl);
        if (result == 1) {
            m_established = true;
            return true;
        }
        const int error = SSL_get_error(m_ssl, result);
        if (error != SSL_ERROR_WANT_READ && error != SSL_ERROR_WANT_WRITE) {
            m_failed = true;
            *code = Error::TlsFailed;
            *why = clientFailure(error);
            m_error = *why;
            return false;
        }
        const int left = Platform::remainingMs(deadline);
        const int ready = left == 0 ? 0
                : Platform::wait(m_socket,
                                 error == SSL_ERROR_WANT_READ ? Platform::Readable : Platform::Writable,
                                 left);
        if (ready == Platform::Interrupted)
            continue;
        if (ready == 0) {
            m_failed = true;
            *code = Error::Timeout;
            *why = Tr::tr("no TLS handshake from the server in time");
            return false;
        }
    }
}

bool TlsStream::readNotice(qint64 deadline, bool *tlsServer, Error *code, QString *why)
{
    const QByteArray notice = noticeFrame();
    QByteArray got(notice.size(), Qt::Uninitialized);
    qsizetype have = 0;
    while (have < got.size()) {
        const qsizetype n = Platform::receive(m_socket, got.data() + have, got.size() - have);
        if (n > 0) {
            have += n;
            continue;
        }
        if (n == 0 || n == Failed) {
            m_failed = true;
            *code = Error::ConnectionLost;
            *why = Tr::tr("the server closed the connection before TLS began");
            return false;
        }
        const int left = Platform::remainingMs(deadline);
        const int ready = left == 0 ? 0 : Platform::wait(m_socket, Platform::Readable, left);
        if (ready == 0) {
            m_failed = true;
            *code = Error::Timeout;
            *why = Tr::tr("no answer from the server in time");
            return false;
        }
    }
    *tlsServer = got == notice;
    // Another refusal (the server is full) has the notice's size and form: the caller reads
    // and reports it. Anything else is a plain server's hello.
    quint8 reason = 0;
    if (!*tlsServer && qFromBigEndian<quint32>(got.constData()) == got.size() - 4
        && Handshake::parseServerRefusal(got.mid(4), &reason))
        m_plain = got;
    return true;
}

QString TlsStream::clientFailure(int error) const
{
    const long verify = SSL_get_verify_result(m_ssl);
    const int reason = lastReason();
    const QString errors = takeErrors();
    if (verify != X509_V_OK && reason == SSL_R_CERTIFICATE_VERIFY_FAILED) {
        const QString text = QString::fromLatin1(X509_verify_cert_error_string(verify));
        switch (verify) {
        case X509_V_ERR_CERT_HAS_EXPIRED:
            return Tr::tr("the server's certificate has expired (%1)").arg(text);
        case X509_V_ERR_CERT_NOT_YET_VALID:
            return Tr::tr("the server's certificate is not valid yet (%1)").arg(text);
        case X509_V_ERR_HOSTNAME_MISMATCH:
        case X509_V_ERR_IP_ADDRESS_MISMATCH:
            return Tr::tr("the server's certificate is for another host (%1); connect with the "
                          "name it carries, or set TlsConfiguration::setPeerVerifyName()")
                    .arg(text);
        default:
            return Tr::tr("the server's certificate is not trusted (%1): is the CA that signed "
                          "it in TlsConfiguration::caCertificates()?")
                    .arg(text);
        }
    }
    if (reason == SSL_R_TLSV13_ALERT_CERTIFICATE_REQUIRED)
        return clientCertificateRequired();
    if (errors.contains(QLatin1String("alert")))
        return Tr::tr("the server refused the TLS handshake (%1)").arg(errors);
    if (error == SSL_ERROR_SYSCALL || errors.isEmpty())
        return Tr::tr("the server closed the connection during the TLS handshake");
    return Tr::tr("TLS handshake failed (%1)").arg(errors);
}

QString TlsStream::errorString() const
{
    // A server that refuses our certificate says so after the handshake (TLS 1.3): the alert
    // ends the first read.
    if (m_error.contains(QLatin1String("certificate required")))
        return clientCertificateRequired();
    if (m_error.contains(QLatin1String("alert")))
        return Tr::tr("the server refused this client's certificate (%1)").arg(m_error);
    return m_error;
}

} // namespace LibManager::Transport
