// SPDX-License-Identifier: BSD-3-Clause
// TLS (tls://host:port) across real processes: libmanager-server serves with the test's
// certificates, the test connects as a client; and SyncManager::start() runs a TLS server.
// Each mistake (an untrusted, expired or wrongly named certificate, a missing or untrusted
// client certificate, a plain client on a TLS port, a TLS client on a plain port) gives the
// client a clear error and the server a log line, and the server goes on serving others.
#include "serverprogram.h"
#include "testcertificates.h"

#include <libmanager/clientinfo.h>
#include <libmanager/dictproxy.h>
#include <libmanager/introspector.h>
#include <libmanager/syncmanager.h>
#include <libmanager/tlsconfiguration.h>

#include <QtCore/qtemporarydir.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace LibManager;
using TestSupport::Certificate;
using TestSupport::CertificateOptions;
using TestSupport::ServerProgram;

class tst_Tls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void callsOverTls();
    void startedServerOverTls();
    void untrustedServerCertificate();
    void expiredServerCertificate();
    void serverCertificateForAnotherHost();
    void plainClientOnTlsPort();
    void tlsClientOnPlainPort();
    void mutualTls();
    void authKeyStillChecked();
    void fullServerAndHostNames();
    void unusableConfiguration();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QStringList serverArgs(const QString &certificate, const QString &extra = {}) const;
    /*! A client configuration that trusts \a caFile's CA. */
    TlsConfiguration trusting(const Certificate &ca) const;
    /*! Connects a SyncManager to \a address with \a tls; its error if that failed. */
    std::unique_ptr<SyncManager> connectTo(const QString &address, const TlsConfiguration &tls,
                                           const QByteArray &key = {});
    /*! A round trip through the dict "d" of the server at \a address. */
    void checkServes(const QString &address);

    QTemporaryDir m_dir;
    const QByteArray m_key = QByteArrayLiteral("tls-test-key");
    Certificate m_ca;
    Certificate m_otherCa;
    Certificate m_server;
};

void tst_Tls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(TestSupport::writeFile(file(QStringLiteral("key")), m_key));
    m_ca = TestSupport::makeCa(QStringLiteral("libmanager test CA"));
    m_otherCa = TestSupport::makeCa(QStringLiteral("another CA"));
    QVERIFY(!m_ca.isNull() && !m_otherCa.isNull());
    m_server = TestSupport::makeSigned(m_ca);
    CertificateOptions expired;
    expired.notBeforeDays = -30;
    expired.notAfterDays = -1;
    CertificateOptions otherHost;
    otherHost.commonName = QStringLiteral("other.invalid");
    otherHost.altNames = QStringList { QStringLiteral("DNS:other.invalid") };
    const struct
    {
        const char *name;
        Certificate certificate;
    } files[] = {
        { "ca", m_ca },
        { "server", m_server },
        { "expired", TestSupport::makeSigned(m_ca, expired) },
        { "otherhost", TestSupport::makeSigned(m_ca, otherHost) },
        { "untrusted", TestSupport::makeSigned(m_otherCa) },
    };
    for (const auto &entry : files) {
        const QString name = QString::fromLatin1(entry.name);
        QVERIFY(!entry.certificate.isNull());
        QVERIFY(TestSupport::writeFile(file(name + QStringLiteral(".pem")), entry.certificate.certificate));
        QVERIFY(TestSupport::writeFile(file(name + QStringLiteral(".key")), entry.certificate.key));
    }
}

QStringList tst_Tls::serverArgs(const QString &certificate, const QString &extra) const
{
    QStringList args { QStringLiteral("--address"), QStringLiteral("tls://127.0.0.1:0"),
                       QStringLiteral("--authkey-file"), file(QStringLiteral("key")),
                       QStringLiteral("--object"), QStringLiteral("d=dict"),
                       QStringLiteral("--tls-cert"), file(certificate + QStringLiteral(".pem")),
                       QStringLiteral("--tls-key"), file(certificate + QStringLiteral(".key")) };
    if (!extra.isEmpty())
        args += extra.split(QLatin1Char(' '));
    return args;
}

TlsConfiguration tst_Tls::trusting(const Certificate &ca) const
{
    TlsConfiguration tls;
    tls.setCaCertificates(ca.certificate);
    return tls;
}

std::unique_ptr<SyncManager> tst_Tls::connectTo(const QString &address, const TlsConfiguration &tls,
                                                const QByteArray &key)
{
    auto manager = std::make_unique<SyncManager>(address, key.isEmpty() ? m_key : key);
    manager->setTlsConfiguration(tls);
    manager->connectToServer(10000);
    return manager;
}

void tst_Tls::checkServes(const QString &address)
{
    auto manager = connectTo(address, trusting(m_ca));
    QVERIFY2(manager->isConnected(), qPrintable(manager->errorString()));
    auto dict = manager->proxyForName<DictProxy>(QStringLiteral("d"));
    QVERIFY2(dict, qPrintable(manager->errorString()));
    QVERIFY(dict->setValue(QStringLiteral("k"), 42));
    QCOMPARE(dict->value(QStringLiteral("k"), {}).toInt(), 42);
}

void tst_Tls::callsOverTls()
{
    ServerProgram server(serverArgs(QStringLiteral("server")));
    const QString address = server.waitForAddress();
    QVERIFY2(address.startsWith(QLatin1String("tls://127.0.0.1:")), qPrintable(server.log()));

    auto manager = connectTo(address, trusting(m_ca));
    QVERIFY2(manager->isConnected(), qPrintable(manager->errorString()));
    auto dict = manager->proxyForName<DictProxy>(QStringLiteral("d"));
    QVERIFY2(dict, qPrintable(manager->errorString()));
    // Small calls, then values larger than a TLS record (16 KiB) and than the socket buffers,
    // both ways: partial writes, and decrypted bytes left in OpenSSL between reads.
    for (int i = 0; i < 100; ++i)
        QVERIFY(dict->setValue(QString::number(i), i));
    QCOMPARE(dict->size(), 100);
    for (const qsizetype size : { qsizetype(20000), qsizetype(3 * 1024 * 1024) }) {
        QByteArray big(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            big[i] = char(i * 7 + size);
        QVERIFY(dict->setValue(QStringLiteral("big"), big));
        QCOMPARE(dict->value(QStringLiteral("big"), {}).toByteArray(), big);
    }
    // Events come over TLS too, read from the event loop.
    QSignalSpy changed(dict.get(), &DictProxy::itemInserted);
    QVERIFY(dict->contains(QStringLiteral("big"))); // the subscription is in before the write
    auto writer = connectTo(address, trusting(m_ca));
    QVERIFY2(writer->isConnected(), qPrintable(writer->errorString()));
    auto writerDict = writer->proxyForName<DictProxy>(QStringLiteral("d"));
    QVERIFY(writerDict);
    QVERIFY(writerDict->setValue(QStringLiteral("from-writer"), QByteArray(100000, 'w')));
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.constFirst().at(1).toByteArray(), QByteArray(100000, 'w'));

    // The server tells introspection the transport, and the peer.
    const QList<ClientInfo> clients = manager->clients();
    QVERIFY(!clients.isEmpty());
    for (const ClientInfo &client : clients)
        QCOMPARE(client.transport(), ClientInfo::Transport::Tls);
}

void tst_Tls::startedServerOverTls()
{
    // start() hands the configuration (certificate and key included) to the server process
    // through its pipe, as it does the authentication key.
    SyncManager manager(QStringLiteral("tls://127.0.0.1:0"), m_key);
    TlsConfiguration tls = trusting(m_ca);
    tls.setCertificateChain(m_server.certificate);
    tls.setPrivateKey(m_server.key);
    manager.setTlsConfiguration(tls);
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    QVERIFY2(manager.address().startsWith(QLatin1String("tls://127.0.0.1:")), qPrintable(manager.address()));
    QVERIFY(manager.serverProcessId() > 0);
    auto dict = manager.dict();
    QVERIFY2(dict, qPrintable(manager.errorString()));
    QVERIFY(dict->setValue(QStringLiteral("x"), 1));
    QCOMPARE(dict->value(QStringLiteral("x"), {}).toInt(), 1);
    // A second client, on the token's address.
    auto other = connectTo(manager.address(), trusting(m_ca));
    QVERIFY2(other->isConnected(), qPrintable(other->errorString()));
    std::unique_ptr<Proxy> proxy = other->proxyForToken(dict->token());
    auto *same = qobject_cast<DictProxy *>(proxy.get());
    QVERIFY2(same, qPrintable(other->errorString()));
    QCOMPARE(same->value(QStringLiteral("x"), {}).toInt(), 1);
    QVERIFY(manager.shutdown());
}

void tst_Tls::untrustedServerCertificate()
{
    ServerProgram server(serverArgs(QStringLiteral("untrusted")));
    const QString address = server.waitForAddress();
    QVERIFY2(!address.isEmpty(), qPrintable(server.log()));
    auto manager = connectTo(address, trusting(m_ca));
    QVERIFY(!manager->isConnected());
    QCOMPARE(manager->error(), Error::TlsFailed);
    QVERIFY2(manager->errorString().contains(QLatin1String("certificate is not trusted")),
             qPrintable(manager->errorString()));
    QVERIFY2(server.waitForError(QStringLiteral("tls handshake failed")), qPrintable(server.log()));
    // The server goes on: a client that trusts its CA is served.
    auto trusted = connectTo(address, trusting(m_otherCa));
    QVERIFY2(trusted->isConnected(), qPrintable(trusted->errorString()));
}

void tst_Tls::expiredServerCertificate()
{
    ServerProgram server(serverArgs(QStringLiteral("expired")));
    const QString address = server.waitForAddress();
    QVERIFY2(!address.isEmpty(), qPrintable(server.log()));
    // The operator is told when the server starts.
    QVERIFY2(server.waitForError(QStringLiteral("TLS certificate expired on")), qPrintable(server.log()));
    auto manager = connectTo(address, trusting(m_ca));
    QCOMPARE(manager->error(), Error::TlsFailed);
    QVERIFY2(manager->errorString().contains(QLatin1String("certificate has expired")),
             qPrintable(manager->errorString()));
    QVERIFY2(server.waitForError(QStringLiteral("tls handshake failed")), qPrintable(server.log()));
}

void tst_Tls::serverCertificateForAnotherHost()
{
    ServerProgram server(serverArgs(QStringLiteral("otherhost")));
    const QString address = server.waitForAddress();
    QVERIFY2(!address.isEmpty(), qPrintable(server.log()));
    auto manager = connectTo(address, trusting(m_ca));
    QCOMPARE(manager->error(), Error::TlsFailed);
    QVERIFY2(manager->errorString().contains(QLatin1String("for another host")),
             qPrintable(manager->errorString()));
    // Told which name to expect, the client accepts it.
    TlsConfiguration named = trusting(m_ca);
    named.setPeerVerifyName(QStringLiteral("other.invalid"));
    auto again = connectTo(address, named);
    QVERIFY2(again->isConnected(), qPrintable(again->errorString()));
}

void tst_Tls::plainClientOnTlsPort()
{
    ServerProgram server(serverArgs(QStringLiteral("server")));
    const QString address = server.waitForAddress();
    QVERIFY2(!address.isEmpty(), qPrintable(server.log()));
    const QString plain = address.mid(int(qstrlen("tls://")));
    auto manager = connectTo(plain, {});
    QCOMPARE(manager->error(), Error::TlsFailed);
    QVERIFY2(manager->errorString().contains(QLatin1String("requires TLS")),
             qPrintable(manager->errorString()));
    QVERIFY2(manager->errorString().contains(address), qPrintable(manager->errorString()));
    QVERIFY2(server.waitForError(QStringLiteral("does not use TLS")), qPrintable(server.log()));
    checkServes(address);
}

void tst_Tls::tlsClientOnPlainPort()
{
    QStringList args = serverArgs(QStringLiteral("server"));
    args[1] = QStringLiteral("127.0.0.1:0");
    ServerProgram server(args);
    const QString address = server.waitForAddress();
    QVERIFY2(!address.isEmpty(), qPrintable(server.log()));
    auto manager = connectTo(QStringLiteral("tls://") + address, trusting(m_ca));
    QCOMPARE(manager->error(), Error::TlsFailed);
    QVERIFY2(manager->errorString().contains(QLatin1String("does not use TLS")),
             qPrintable(manager->errorString()));
    QVERIFY2(server.waitForError(QStringLiteral("the client speaks TLS")), qPrintable(server.log()));
    auto plain = connectTo(address, {});
    QVERIFY2(plain->isConnected(), qPrintable(plain->errorString()));
}

void tst_Tls::mutualTls()
{
    ServerProgram server(serverArgs(QStringLiteral("server"),
                                    QStringLiteral("--tls-ca ") + file(QStringLiteral("ca.pem"))
                                            + QStringLiteral(" --tls-verify-clients")));
    const QString address = server.waitForAddress();
    QVERIFY2(!address.isEmpty(), qPrintable(server.log()));

    // No client certificate.
    auto anonymous = connectTo(address, trusting(m_ca));
    QVERIFY(!anonymous->isConnected());
    QVERIFY2(anonymous->errorString().contains(QLatin1String("requires a client certificate")),
             qPrintable(anonymous->errorString()));
    QVERIFY2(server.waitForError(QStringLiteral("sent no certificate")), qPrintable(server.log()));

    // A certificate of another CA.
    CertificateOptions clientOptions;
    clientOptions.client = true;
    clientOptions.commonName = QStringLiteral("worker-7");
    clientOptions.altNames.clear();
    const Certificate stranger = TestSupport::makeSigned(m_otherCa, clientOptions);
    TlsConfiguration strangerTls = trusting(m_ca);
    strangerTls.setCertificateChain(stranger.certificate);
    strangerTls.setPrivateKey(stranger.key);
    auto rejected = connectTo(address, strangerTls);
    QVERIFY(!rejected->isConnected());
    QVERIFY2(rejected->errorString().contains(QLatin1String("refused this client's certificate")),
             qPrintable(rejected->errorString()));
    QVERIFY2(server.waitForError(QStringLiteral("client's certificate is not trusted")),
             qPrintable(server.log()));

    // A certificate of the server's CA: served, and named in the peer description.
    const Certificate member = TestSupport::makeSigned(m_ca, clientOptions);
    TlsConfiguration memberTls = trusting(m_ca);
    memberTls.setCertificateChain(member.certificate);
    memberTls.setPrivateKey(member.key);
    auto accepted = connectTo(address, memberTls);
    QVERIFY2(accepted->isConnected(), qPrintable(accepted->errorString()));
    const ClientInfo me = accepted->whoAmI();
    QVERIFY2(me.peer().contains(QLatin1String("CN=worker-7")), qPrintable(me.peer()));
}

void tst_Tls::authKeyStillChecked()
{
    ServerProgram server(serverArgs(QStringLiteral("server")));
    const QString address = server.waitForAddress();
    QVERIFY2(!address.isEmpty(), qPrintable(server.log()));
    auto manager = connectTo(address, trusting(m_ca), QByteArrayLiteral("not the key"));
    QCOMPARE(manager->error(), Error::AuthenticationFailed);
}

void tst_Tls::fullServerAndHostNames()
{
    ServerProgram server(serverArgs(QStringLiteral("server"), QStringLiteral("--max-clients 1")));
    const QString address = server.waitForAddress();
    QVERIFY2(!address.isEmpty(), qPrintable(server.log()));
    // The certificate names localhost too: a client that connects by name checks that name.
    const QString byName = QString(address).replace(QLatin1String("127.0.0.1"), QLatin1String("localhost"));
    auto first = connectTo(byName, trusting(m_ca));
    QVERIFY2(first->isConnected(), qPrintable(first->errorString()));
    // A full server refuses in plain, before its TLS notice: a TLS client reports it as such.
    auto second = connectTo(address, trusting(m_ca));
    QCOMPARE(second->error(), Error::ServerFull);
    QVERIFY2(second->errorString().contains(QLatin1String("is full")), qPrintable(second->errorString()));
    first.reset();
    QTRY_VERIFY_WITH_TIMEOUT(connectTo(address, trusting(m_ca))->isConnected(), 10000);
}

void tst_Tls::unusableConfiguration()
{
    // A TLS server without a certificate.
    SyncManager noCertificate(QStringLiteral("tls://127.0.0.1:0"), m_key);
    QVERIFY(!noCertificate.start());
    QVERIFY2(noCertificate.errorString().contains(QLatin1String("needs a certificate")),
             qPrintable(noCertificate.errorString()));

    // A key that is not the certificate's.
    SyncManager mismatched(QStringLiteral("tls://127.0.0.1:0"), m_key);
    TlsConfiguration tls;
    tls.setCertificateChain(m_server.certificate);
    tls.setPrivateKey(m_ca.key);
    mismatched.setTlsConfiguration(tls);
    QVERIFY(!mismatched.start());
    QVERIFY2(mismatched.errorString().contains(QLatin1String("does not belong")),
             qPrintable(mismatched.errorString()));

    // Not PEM at all, for a client.
    TlsConfiguration garbage;
    garbage.setCaCertificates(QByteArrayLiteral("not a certificate"));
    auto client = connectTo(QStringLiteral("tls://127.0.0.1:1"), garbage);
    QCOMPARE(client->error(), Error::TlsFailed);
    QVERIFY2(client->errorString().contains(QLatin1String("CA certificates")),
             qPrintable(client->errorString()));

    // libmanager-server says what is wrong with its files, and exits.
    QStringList args = serverArgs(QStringLiteral("server"));
    args[args.indexOf(QStringLiteral("--tls-key")) + 1] = file(QStringLiteral("missing.key"));
    ServerProgram server(args);
    QCOMPARE(server.exitCode(), 2);
    QVERIFY2(server.errors().contains(QLatin1String("missing.key")), qPrintable(server.log()));

    TlsConfiguration fromFile;
    QString why;
    QVERIFY(!fromFile.loadCaCertificates(file(QStringLiteral("key")), &why));
    QVERIFY2(why.contains(QLatin1String("not a PEM file")), qPrintable(why));
    QVERIFY(fromFile.loadCaCertificates(file(QStringLiteral("ca.pem")), &why));
    QCOMPARE(fromFile.caCertificates(), m_ca.certificate);
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
