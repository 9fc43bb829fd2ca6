// SPDX-License-Identifier: BSD-3-Clause
#include "transport.h"

#ifdef LIBMANAGER_TEST_TLS
#include "testcertificates.h"
#include <libmanager/tlsconfiguration.h>

#include <QtCore/qfileinfo.h>
#include <QtCore/qtemporarydir.h>
#endif
#include <QtTest/qtest.h>

namespace TestSupport {

QList<Transport> transports()
{
    return {
        { QStringLiteral("local"), QString() },
        { QStringLiteral("tcp"), QStringLiteral("127.0.0.1:0") },
#ifdef LIBMANAGER_TEST_TLS
        { QStringLiteral("tls"), QStringLiteral("tls://127.0.0.1:0") },
#endif
    };
}

#ifdef LIBMANAGER_TEST_TLS
namespace {

constexpr char TlsDirectoryVariable[] = "LIBMANAGER_TEST_TLS_DIR";

// The run's TLS files (ca.pem, server.pem, server.key), made by the first process that needs
// them and named in the environment, which the helper programs it starts inherit.
QString tlsDirectory()
{
    static const QString directory = [] {
        const QString inherited = qEnvironmentVariable(TlsDirectoryVariable);
        if (!inherited.isEmpty() && QFileInfo::exists(inherited + QStringLiteral("/server.key")))
            return inherited;
        static QTemporaryDir made; // goes with this process, after the helpers it started
        const Certificate ca = makeCa(QStringLiteral("libmanager test CA"));
        const Certificate server = makeSigned(ca);
        if (!made.isValid() || !writeFile(made.filePath(QStringLiteral("ca.pem")), ca.certificate)
            || !writeFile(made.filePath(QStringLiteral("server.pem")), server.certificate)
            || !writeFile(made.filePath(QStringLiteral("server.key")), server.key)) {
            qFatal("cannot write the TLS test certificates");
        }
        qputenv(TlsDirectoryVariable, made.path().toLocal8Bit());
        return made.path();
    }();
    return directory;
}

} // namespace
#endif

void addTransportRows()
{
    QTest::addColumn<Transport>("transport");
    const QList<Transport> all = transports();
    for (const Transport &transport : all)
        QTest::newRow(qPrintable(transport.name)) << transport;
}

Transport currentTransport()
{
    return *static_cast<Transport *>(QTest::qGlobalData("transport", qMetaTypeId<Transport>()));
}

QStringList serverOptions(const QString &address)
{
#ifdef LIBMANAGER_TEST_TLS
    if (address.startsWith(QLatin1String("tls://"))) {
        const QString directory = tlsDirectory();
        return { QStringLiteral("--tls-cert"), directory + QStringLiteral("/server.pem"),
                 QStringLiteral("--tls-key"), directory + QStringLiteral("/server.key") };
    }
#else
    Q_UNUSED(address);
#endif
    return {};
}

LibManager::TlsConfiguration tlsConfiguration()
{
    // Read once per process: configure() runs for every manager a suite makes.
    static const LibManager::TlsConfiguration tls = [] {
        LibManager::TlsConfiguration read;
#ifdef LIBMANAGER_TEST_TLS
        const QString directory = tlsDirectory();
        if (!read.loadCaCertificates(directory + QStringLiteral("/ca.pem"))
            || !read.loadCertificateChain(directory + QStringLiteral("/server.pem"))
            || !read.loadPrivateKey(directory + QStringLiteral("/server.key"))) {
            qFatal("cannot read the TLS test certificates in %s", qPrintable(directory));
        }
#endif
        return read;
    }();
    return tls;
}

void configure(LibManager::BaseManager &manager)
{
    // Every manager may meet a tls:// address (a token's): all of them trust the run's CA, and
    // hold the server's certificate in case they start or serve one. Other transports ignore it.
    if (manager.tlsConfiguration().isNull())
        manager.setTlsConfiguration(tlsConfiguration());
}

} // namespace TestSupport
