// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_TLSCONFIGURATION_H
#define LIBMANAGER_TLSCONFIGURATION_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>

QT_BEGIN_NAMESPACE
class QDataStream;
QT_END_NAMESPACE

namespace LibManager {

/*!
    What a manager needs for TLS (addresses tls://host:port): certificates and keys in PEM, the
    certificates that vouch for the peer, and whether the server asks clients for theirs.

    Plain data, set with BaseManager::setTlsConfiguration() before start(), serveForever() or
    connectToServer(). One configuration serves both sides, as QSslConfiguration does:

    \list
    \li A server needs certificateChain() and privateKey(). With
        setRequireClientCertificate(true) it serves only clients whose certificate chains to
        caCertificates() (mutual TLS).
    \li A client checks the server's certificate against caCertificates() (the system's trusted
        certificates when empty) and the host of the address, or peerVerifyName() when set. Its
        own certificateChain() and privateKey() are sent to servers that ask for one.
    \endlist

    The authentication key is checked inside TLS as over any other transport: TLS keeps the
    traffic secret and proves the server's identity, the key proves the client's right to use
    the server. \c libmanager-server takes the same settings as files (--tls-cert, --tls-key,
    --tls-ca, --tls-verify-clients).
*/
class LIBMANAGER_EXPORT TlsConfiguration
{
public:
    TlsConfiguration() = default;

    /*! True when nothing is set. */
    bool isNull() const;

    /*! This side's certificate in PEM, followed by any intermediate certificates. */
    QByteArray certificateChain() const { return m_certificateChain; }
    void setCertificateChain(const QByteArray &pem) { m_certificateChain = pem; }
    /*! The private key of certificateChain()'s first certificate, in PEM, not encrypted. */
    QByteArray privateKey() const { return m_privateKey; }
    void setPrivateKey(const QByteArray &pem) { m_privateKey = pem; }
    /*! The certificates (PEM, one or more) that the peer's certificate must chain to. */
    QByteArray caCertificates() const { return m_caCertificates; }
    void setCaCertificates(const QByteArray &pem) { m_caCertificates = pem; }

    /*! Server: serve only clients with a certificate that chains to caCertificates(). */
    bool requiresClientCertificate() const { return m_requireClientCertificate; }
    void setRequireClientCertificate(bool require) { m_requireClientCertificate = require; }

    /*! Client: the name the server's certificate must carry; empty (the default) for the
        host of the address (a name, or an IP address that the certificate lists). */
    QString peerVerifyName() const { return m_peerVerifyName; }
    void setPeerVerifyName(const QString &name) { m_peerVerifyName = name; }

    /*! Read PEM files into the fields above; false (and the field unchanged) with \a why
        when the file cannot be read or holds no PEM block. */
    bool loadCertificateChain(const QString &path, QString *why = nullptr);
    bool loadPrivateKey(const QString &path, QString *why = nullptr);
    bool loadCaCertificates(const QString &path, QString *why = nullptr);

    friend bool operator==(const TlsConfiguration &a, const TlsConfiguration &b);
    friend bool operator!=(const TlsConfiguration &a, const TlsConfiguration &b) { return !(a == b); }

private:
    QByteArray m_certificateChain;
    QByteArray m_privateKey;
    QByteArray m_caCertificates;
    QString m_peerVerifyName;
    bool m_requireClientCertificate = false;
};

LIBMANAGER_EXPORT QDataStream &operator<<(QDataStream &out, const TlsConfiguration &configuration);
LIBMANAGER_EXPORT QDataStream &operator>>(QDataStream &in, TlsConfiguration &configuration);

} // namespace LibManager

#endif // LIBMANAGER_TLSCONFIGURATION_H
