// SPDX-License-Identifier: BSD-3-Clause
// Certificates made for a test run with OpenSSL (EC P-256, SHA-256): CAs, server and client
// certificates, valid, expired, or signed by another CA. Nothing is read from or written to
// the system's stores.
#ifndef LIBMANAGER_TESTS_TESTCERTIFICATES_H
#define LIBMANAGER_TESTS_TESTCERTIFICATES_H

#include <QtCore/qbytearray.h>
#include <QtCore/qstring.h>
#include <QtCore/qstringlist.h>

namespace TestSupport {

struct Certificate
{
    QByteArray certificate; // PEM
    QByteArray key;         // PEM, unencrypted
    bool isNull() const { return certificate.isEmpty(); }
};

/*! A self-signed CA certificate named \a commonName. */
Certificate makeCa(const QString &commonName);

struct CertificateOptions
{
    QString commonName = QStringLiteral("localhost");
    /*! Subject alternative names: "IP:127.0.0.1", "DNS:localhost". */
    QStringList altNames { QStringLiteral("IP:127.0.0.1"), QStringLiteral("IP:::1"),
                           QStringLiteral("DNS:localhost") };
    /*! Validity, in days from now (negative: in the past). */
    int notBeforeDays = -1;
    int notAfterDays = 30;
    bool client = false; // clientAuth instead of serverAuth
};

/*! A certificate signed by \a ca. */
Certificate makeSigned(const Certificate &ca, const CertificateOptions &options = {});

/*! Writes \a pem to \a path; false on failure. */
bool writeFile(const QString &path, const QByteArray &pem);

} // namespace TestSupport

#endif // LIBMANAGER_TESTS_TESTCERTIFICATES_H
