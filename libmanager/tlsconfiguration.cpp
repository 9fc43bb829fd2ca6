// SPDX-License-Identifier: BSD-3-Clause
#include "tlsconfiguration.h"
#include "tr_p.h"

#include <QtCore/qdatastream.h>
#include <QtCore/qfile.h>

namespace LibManager {

namespace {

// A PEM file's bytes, or false with why.
bool readPem(const QString &path, QByteArray *pem, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (why)
            *why = Tr::tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    // Certificates and keys are small; a huge file is a mistake, not a chain.
    constexpr qint64 MaxPemSize = 1024 * 1024;
    const QByteArray bytes = file.read(MaxPemSize + 1);
    if (bytes.size() > MaxPemSize || !bytes.contains("-----BEGIN ")) {
        if (why)
            *why = Tr::tr("%1 is not a PEM file (no -----BEGIN line)").arg(path);
        return false;
    }
    *pem = bytes;
    return true;
}

} // namespace

bool TlsConfiguration::isNull() const
{
    return m_certificateChain.isEmpty() && m_privateKey.isEmpty() && m_caCertificates.isEmpty()
            && m_peerVerifyName.isEmpty() && !m_requireClientCertificate;
}

bool TlsConfiguration::loadCertificateChain(const QString &path, QString *why)
{
    return readPem(path, &m_certificateChain, why);
}

bool TlsConfiguration::loadPrivateKey(const QString &path, QString *why)
{
    return readPem(path, &m_privateKey, why);
}

bool TlsConfiguration::loadCaCertificates(const QString &path, QString *why)
{
    return readPem(path, &m_caCertificates, why);
}

bool operator==(const TlsConfiguration &a, const TlsConfiguration &b)
{
    return a.m_certificateChain == b.m_certificateChain && a.m_privateKey == b.m_privateKey
            && a.m_caCertificates == b.m_caCertificates
            && a.m_peerVerifyName == b.m_peerVerifyName
            && a.m_requireClientCertificate == b.m_requireClientCertificate;
}

QDataStream &operator<<(QDataStream &out, const TlsConfiguration &configuration)
{
    return out << configuration.certificateChain() << configuration.privateKey()
               << configuration.caCertificates() << configuration.peerVerifyName()
               << configuration.requiresClientCertificate();
}

QDataStream &operator>>(QDataStream &in, TlsConfiguration &configuration)
{
    QByteArray chain;
    QByteArray key;
    QByteArray ca;
    QString name;
    bool require = false;
    in >> chain >> key >> ca >> name >> require;
    configuration = TlsConfiguration();
    configuration.setCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setCaCertificates(ca);
    configuration.setPeerVerifyName(name);
    configuration.setRequireClientCertificate(require);
    return in;
}

} // namespace LibManager
