// SPDX-License-Identifier: BSD-3-Clause
// libmanager-server started by hand, as a real process, once per transport: named objects
// declared on its command line, key files read by the clients' rule, what it says about a
// wrong key and who sent it, its help, version and default address, and the options it
// refuses.

#include "transport.h"
#include "helperprocess.h"
#include "serverprogram.h"

#include <libmanager/authkey.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qcryptographichash.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace LibManager;
using TestSupport::HelperProcess;
using TestSupport::ServerProgram;

namespace {

QString sha256Prefix(const QByteArray &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(8));
}

} // namespace

class tst_ServerProgram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();

    void namedObjectsFromTheCommandLine();
    void badObjectOptionsAreRefused_data();
    void badObjectOptionsAreRefused();
    void keyFilesAreReadAsClientsReadThem_data();
    void keyFilesAreReadAsClientsReadThem();
    void badKeyFilesAreRefused_data();
    void badKeyFilesAreRefused();
    void badLimitsAreRefused_data();
    void badLimitsAreRefused();
    void wrongKeyIsDiagnosedOnBothSides();
    void omittedAddressServesOnAFreshPrivateSocket();
    void helpDescribesAddressesKeysAndDefaults();
    void maxClientsFromTheCommandLine();
    void observerKeyFromAFile();
    void observerKeyMustDifferFromTheKey();
    void versionIsTheProjectVersion();

private:
    QString writeKeyFile(const QString &name, const QByteArray &contents);
    /*! The address to give --address: a fresh socket path, or TCP on a free port. */
    QString freshAddress();

    QTemporaryDir m_dir;
    QString m_keyFile;
    QByteArray m_key;
    int m_sockets = 0;
};

void tst_ServerProgram::initTestCase_data()
{
    TestSupport::addTransportRows();
}

void tst_ServerProgram::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QStringLiteral(LIBMANAGER_SERVER_PATH)).isExecutable());
}

void tst_ServerProgram::init()
{
    // A key as "openssl rand -hex 16 > key" makes it: 32 hex digits and a line break.
    m_key = QByteArrayLiteral("5e884898da28047151d0e56f8dc62927");
    m_keyFile = writeKeyFile(QStringLiteral("key"), m_key + '\n');
    QVERIFY(!m_keyFile.isEmpty());
}

QString tst_ServerProgram::writeKeyFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size())
        return {};
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QString tst_ServerProgram::freshAddress()
{
    return TestSupport::currentTransport().listenAddress(
        m_dir.filePath(QStringLiteral("server-%1.sock").arg(++m_sockets)));
}

// The README's recipe: a server started by hand with named objects; one client puts, another
// process gets, both by name.
void tst_ServerProgram::namedObjectsFromTheCommandLine()
{
    ServerProgram server({ QStringLiteral("--address"), freshAddress(), QStringLiteral("--authkey-file"), m_keyFile,
                           QStringLiteral("--object"), QStringLiteral("jobs=Queue"),
                           QStringLiteral("--object"), QStringLiteral("results=dict"),
                           QStringLiteral("--object"), QStringLiteral("slots=Semaphore:2"),
                           QStringLiteral("--object"), QStringLiteral("hits=Value:i,40") });
    const QString address = server.waitForAddress();
    QVERIFY2(!address.isEmpty(), qPrintable(server.log()));

    QString why;
    const QByteArray key = readAuthKeyFile(m_keyFile, &why);
    QVERIFY2(!key.isEmpty(), qPrintable(why));
    SyncManager manager(address, key);
    TestSupport::configure(manager);
    QVERIFY2(manager.connectToServer(), qPrintable(manager.errorString()));
    QCOMPARE(manager.names(), (QStringList { QStringLiteral("hits"), QStringLiteral("jobs"),
                                             QStringLiteral("results"), QStringLiteral("slots") }));
    auto jobs = manager.proxyForName<QueueProxy>(QStringLiteral("jobs"));
    QVERIFY2(jobs, qPrintable(manager.errorString()));
    QCOMPARE(jobs->typeId(), QStringLiteral("Queue"));
    QVERIFY(jobs->put(QStringLiteral("hello")));
    // The arguments of the command line made them.
    QCOMPARE(manager.proxyForName<SemaphoreProxy>(QStringLiteral("slots"))->value(), 2);
    QCOMPARE(manager.proxyForName<ValueProxy>(QStringLiteral("hits"))->value().toInt(), 40);

    HelperProcess worker(TestSupport::Helper::LmHelper, { QStringLiteral("named"), address, QString::fromLatin1(key.toHex()), QStringLiteral("jobs"),
                           QStringLiteral("-"), QStringLiteral("get") });
    QCOMPARE(worker.waitForLine(QStringLiteral("GOT ")), QStringLiteral("hello"));
    QVERIFY(worker.finish());
    QCOMPARE(worker.process().exitCode(), 0);
    // And the other way round, the worker creating nothing: the name was there.
    HelperProcess producer(TestSupport::Helper::LmHelper, { QStringLiteral("named"), address, QString::fromLatin1(key.toHex()), QStringLiteral("jobs"),
                             QStringLiteral("Queue"), QStringLiteral("put"), QStringLiteral("from the worker") });
    QVERIFY2(producer.waitFor(QStringLiteral("PUT")), qPrintable(producer.output().join(QLatin1Char('\n'))));
    QCOMPARE(jobs->get().value().toString(), QStringLiteral("from the worker"));
    QCOMPARE(manager.introspector()->callMethod(QStringLiteral("liveObjectCount")).value().toInt(), 4);

    QVERIFY(manager.requestServerShutdown());
    QCOMPARE(server.exitCode(), 0);
}

void tst_ServerProgram::badObjectOptionsAreRefused_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const auto object = [](const QString &value) { return QStringList { QStringLiteral("--object"), value }; };
    QTest::newRow("no type") << object(QStringLiteral("jobs")) << 2
                             << QStringLiteral("libmanager-server: --object jobs: expected NAME=TYPE or NAME=TYPE:ARG,...");
    QTest::newRow("empty type") << object(QStringLiteral("jobs=")) << 2
                                << QStringLiteral("libmanager-server: --object jobs=: expected NAME=TYPE");
    QTest::newRow("no name") << object(QStringLiteral("=Queue")) << 2
                             << QStringLiteral("libmanager-server: --object =Queue: expected NAME=TYPE");
    QTest::newRow("arguments, no type") << object(QStringLiteral("jobs=:5")) << 2
                                        << QStringLiteral("libmanager-server: --object jobs=:5: expected NAME=TYPE");
    QTest::newRow("unknown type") << object(QStringLiteral("jobs=Quue")) << 2
                                  << QStringLiteral("libmanager-server: --object jobs=Quue: unknown type 'Quue' (this "
                                                    "server has: Array, Barrier, BoundedSemaphore, Condition, Event, "
                                                    "JoinableQueue, Lock, Namespace, Queue, RLock, Semaphore, Value, dict, list)");
    QTest::newRow("a type of another manager")
            << object(QStringLiteral("jobs=Queue")) + QStringList { QStringLiteral("--manager"), QStringLiteral("base") } << 2
            << QStringLiteral("libmanager-server: --object jobs=Queue: unknown type 'Queue' (this server has: no types)");
    QTest::newRow("a name twice") << object(QStringLiteral("a=Queue")) + object(QStringLiteral("a=dict")) << 2
                                  << QStringLiteral("libmanager-server: --object a=dict: the name 'a' is given twice");
    QTest::newRow("bad arguments") << object(QStringLiteral("jobs=Queue:many")) << 1
                                   << QStringLiteral("libmanager-server: Could not serve: cannot name 'jobs': Invalid "
                                                     "arguments: cannot create Queue: maxsize must be an integer");
    QTest::newRow("bad typecode") << object(QStringLiteral("hits=Value:x,1")) << 1
                                  << QStringLiteral("libmanager-server: Could not serve: cannot name 'hits': Invalid "
                                                    "arguments: cannot create Value: bad typecode 'x'");
    QTest::newRow("max clients 0") << QStringList { QStringLiteral("--max-clients"), QStringLiteral("0") } << 2
                                   << QStringLiteral("libmanager-server: --max-clients 0: not a positive number");
    QTest::newRow("max clients text") << QStringList { QStringLiteral("--max-clients"), QStringLiteral("many") } << 2
                                      << QStringLiteral("libmanager-server: --max-clients many: not a positive number");
}

void tst_ServerProgram::badObjectOptionsAreRefused()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString address = freshAddress();
    ServerProgram server(QStringList { QStringLiteral("--address"), address, QStringLiteral("--authkey-file"), m_keyFile }
                         + options);
    QCOMPARE(server.exitCode(), exitCode);
    QVERIFY2(server.errors().startsWith(message), qPrintable(server.errors()));
    // It never served: no socket was left behind.
    QVERIFY2(server.output().filter(QStringLiteral("serving at")).isEmpty(), qPrintable(server.log()));
    QVERIFY(!QFileInfo::exists(address));
}

void tst_ServerProgram::keyFilesAreReadAsClientsReadThem_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QByteArray>("key");

    QTest::newRow("openssl rand -hex 16") << QByteArray("0123456789abcdef0123456789abcdef\n")
                                          << QByteArray("0123456789abcdef0123456789abcdef");
    QTest::newRow("CRLF") << QByteArray("windows-key\r\n") << QByteArray("windows-key");
    QTest::newRow("spaces are part of the key") << QByteArray(" spaced key \n") << QByteArray(" spaced key ");
    // head -c 32 /dev/urandom > key, with whitespace inside and a line break at the end:
    // the whole file is the key.
    QByteArray binary(32, Qt::Uninitialized);
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 151 + 7) & 0xff);
    binary[3] = ' ';
    binary[9] = '\t';
    binary[31] = '\n';
    QTest::newRow("binary") << binary << binary;
}

void tst_ServerProgram::keyFilesAreReadAsClientsReadThem()
{
    QFETCH(QByteArray, contents);
    QFETCH(QByteArray, key);
    const QString path = writeKeyFile(QStringLiteral("shared-key"), contents);
    ServerProgram server({ QStringLiteral("--address"), freshAddress(), QStringLiteral("--authkey-file"), path });
    const QString address = server.waitForAddress();
    QVERIFY2(!address.isEmpty(), qPrintable(server.log()));
    QCOMPARE(readAuthKeyFile(path), key);
    SyncManager manager(address, readAuthKeyFile(path));
    TestSupport::configure(manager);
    QVERIFY2(manager.connectToServer(), qPrintable(manager.errorString()));
    // The exact bytes, from another process.
    HelperProcess other(TestSupport::Helper::LmHelper, { QStringLiteral("connect"), address, QString::fromLatin1(key.toHex()) });
    QVERIFY2(other.waitFor(QStringLiteral("CONNECTED")), qPrintable(other.output().join(QLatin1Char('\n'))));
    // It says which key it holds, as a client would describe it.
    QVERIFY2(server.output().contains(QStringLiteral("libmanager-server: key: %1 bytes, SHA-256 %2, from the file %3")
                                              .arg(key.size())
                                              .arg(sha256Prefix(key), path)),
             qPrintable(server.log()));
    QVERIFY(manager.requestServerShutdown());
    QCOMPARE(server.exitCode(), 0);
}

void tst_ServerProgram::badKeyFilesAreRefused_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");

    const QString empty = writeKeyFile(QStringLiteral("empty"), {});
    QTest::newRow("empty") << QStringList { QStringLiteral("--authkey-file"), empty }
                           << QStringLiteral("libmanager-server: the key file %1 is empty").arg(empty);
    const QString newline = writeKeyFile(QStringLiteral("newline"), "\n");
    QTest::newRow("a line break alone") << QStringList { QStringLiteral("--authkey-file"), newline }
                                        << QStringLiteral("libmanager-server: the key file %1 is empty").arg(newline);
    const QString missing = m_dir.filePath(QStringLiteral("missing"));
    QTest::newRow("missing") << QStringList { QStringLiteral("--authkey-file"), missing }
                             << QStringLiteral("libmanager-server: cannot read the key file %1: No such file or directory")
                                        .arg(missing);
    QTest::newRow("no key at all") << QStringList()
                                   << QStringLiteral("libmanager-server: An authentication key is required "
                                                     "(--authkey-file or --authkey-env).");
    QTest::newRow("empty environment variable")
            << QStringList { QStringLiteral("--authkey-env"), QStringLiteral("LIBMANAGER_TEST_NO_SUCH_VARIABLE") }
            << QStringLiteral("libmanager-server: An authentication key is required");
}

void tst_ServerProgram::badKeyFilesAreRefused()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    ServerProgram server(QStringList { QStringLiteral("--address"), freshAddress() } + options);
    QCOMPARE(server.exitCode(), 2);
    QVERIFY2(server.errors().startsWith(message), qPrintable(server.errors()));
}

void tst_ServerProgram::badLimitsAreRefused_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *option, const char *value, const char *message) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(option), QLatin1String(value))))
                << QStringList { QLatin1String(option), QLatin1String(value) }
                << QStringLiteral("libmanager-server: %1 %2: %3")
                           .arg(QLatin1String(option), QLatin1String(value), QLatin1String(message));
    };
    const char notSize[] = "not a size (a positive number of bytes, optionally followed by K, M or G)";
    row("--max-memory", "12Q", notSize);
    row("--max-memory", "0", notSize);
    row("--output-soft-limit", "-1M", notSize);
    row("--output-hard-limit", "99999999999G", notSize);
    row("--max-clients", "many", "not a positive number");
    row("--output-timeout", "0", "not a positive number");
    row("--max-objects-per-client", "10K", "not a positive number");
    row("--max-container-length", "", "not a positive number");
}

void tst_ServerProgram::badLimitsAreRefused()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    ServerProgram server(QStringList { QStringLiteral("--address"), freshAddress(),
                                       QStringLiteral("--authkey-file"), m_keyFile } + options);
    QCOMPARE(server.exitCode(), 2);
    QVERIFY2(server.errors().startsWith(message), qPrintable(server.errors()));
}

// A client with another key learns which key it used (and where it read it); the server's log
// says which client failed (its address, or its pid over a local socket) and which key the
// server holds. Neither shows a key.
void tst_ServerProgram::wrongKeyIsDiagnosedOnBothSides()
{
    const bool local = TestSupport::currentTransport().isLocal();
    ServerProgram server({ QStringLiteral("--address"), freshAddress(), QStringLiteral("--authkey-file"), m_keyFile });
    const QString address = server.waitForAddress();
    QVERIFY2(!address.isEmpty(), qPrintable(server.log()));

    const QString otherFile = writeKeyFile(QStringLiteral("other-key"), "ffffffffffffffffffffffffffffffff\n");
    const QByteArray otherKey = readAuthKeyFile(otherFile);
    SyncManager manager(address, otherKey);
    TestSupport::configure(manager);
    QVERIFY(!manager.connectToServer());
    QCOMPARE(manager.error(), Error::AuthenticationFailed);
    QCOMPARE(manager.errorString(),
             QStringLiteral("Authentication failed: the server at %1 rejected our key (32 bytes, SHA-256 %2, from "
                            "the file %3)")
                     .arg(address, sha256Prefix(otherKey), otherFile));

    const QString peer = local ? QStringLiteral("local socket, pid %1, uid %2").arg(QCoreApplication::applicationPid()).arg(::getuid())
                               : QStringLiteral("127\\.0\\.0\\.1:\\d+");
    const QRegularExpression logged(
            QStringLiteral("closing client \\d+ \\(%1\\): authentication failed: the client's key differs from "
                           "this server's \\(32 bytes, SHA-256 %2, from the file %3\\)")
                    .arg(peer, sha256Prefix(m_key), QRegularExpression::escape(m_keyFile)));
    QTRY_VERIFY2(logged.match(server.errors()).hasMatch(), qPrintable(server.errors()));
    QVERIFY2(!server.errors().contains(QString::fromLatin1(m_key)), "the server logged its key");
    QVERIFY(!manager.errorString().contains(QString::fromLatin1(otherKey)));

    // The server goes on.
    SyncManager good(address, readAuthKeyFile(m_keyFile));
    TestSupport::configure(good);
    QVERIFY2(good.connectToServer(), qPrintable(good.errorString()));
    QVERIFY(server.stop());
}

void tst_ServerProgram::omittedAddressServesOnAFreshPrivateSocket()
{
    if (!TestSupport::currentTransport().isLocal())
        QSKIP("the default address is a local socket");
    ServerProgram server({ QStringLiteral("--authkey-file"), m_keyFile });
    const QString address = server.waitForAddress();
    QVERIFY2(!address.isEmpty(), qPrintable(server.log()));
    QVERIFY2(address.startsWith(QLatin1Char('/')) && QFileInfo::exists(address), qPrintable(address));
    struct stat info {};
    QCOMPARE(::stat(QFileInfo(address).absolutePath().toLocal8Bit().constData(), &info), 0);
    QCOMPARE(info.st_mode & 0077, 0u);
    // Another run gets another socket: two servers started without --address do not collide.
    ServerProgram second({ QStringLiteral("--authkey-file"), m_keyFile });
    const QString secondAddress = second.waitForAddress();
    QVERIFY2(!secondAddress.isEmpty() && secondAddress != address, qPrintable(second.log()));
    SyncManager manager(address, readAuthKeyFile(m_keyFile));
    TestSupport::configure(manager);
    QVERIFY2(manager.connectToServer(), qPrintable(manager.errorString()));
    QVERIFY(server.stop());
    QVERIFY(second.stop());
    QVERIFY(!QFileInfo::exists(address));
}

void tst_ServerProgram::helpDescribesAddressesKeysAndDefaults()
{
    ServerProgram help({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode(), 0);
    const QString text = help.output().join(QLatin1Char('\n'));
    for (const char *expected : { "local:NAME", "a bare NAME", "HOST:PORT", "[IPV6]:PORT", "tcp://HOST:PORT",
                                  ":PORT for every interface", "port 0 picks a free port",
                                  "Without --address the server listens on a fresh local socket",
                                  "libmanager-server: serving at ADDRESS", "openssl rand -hex 16 > key",
                                  "head -c 32 /dev/urandom > key", "LibManager::readAuthKeyFile()",
                                  "--object <NAME=TYPE[:ARG,...]>", "jobs=Queue", "--version",
                                  "--max-clients <N>", "Default: 10000.",
                                  "--observer-key-file <file>" }) {
        QVERIFY2(text.contains(QLatin1String(expected)), expected);
    }
}

// --max-clients N: client N + 1 is told that the server is full; the others are served.
void tst_ServerProgram::maxClientsFromTheCommandLine()
{
    ServerProgram server({ QStringLiteral("--address"), freshAddress(), QStringLiteral("--authkey-file"), m_keyFile,
                           QStringLiteral("--max-clients"), QStringLiteral("1") });
    const QString address = server.waitForAddress();
    QVERIFY2(!address.isEmpty(), qPrintable(server.log()));
    SyncManager first(address, m_key);
    TestSupport::configure(first);
    QVERIFY2(first.connectToServer(), qPrintable(first.errorString()));
    SyncManager second(address, m_key);
    TestSupport::configure(second);
    QVERIFY(!second.connectToServer());
    QCOMPARE(second.error(), Error::ServerFull);
    QVERIFY2(second.errorString().contains(QLatin1String("maximum number of clients")),
             qPrintable(second.errorString()));
    QCOMPARE(first.introspector()->callMethod(QStringLiteral("ping")).value().toString(), QStringLiteral("pong"));
    QVERIFY(first.requestServerShutdown());
    QCOMPARE(server.exitCode(), 0);
    QVERIFY2(server.errors().contains(QLatin1String("the server has its maximum of 1 clients")),
             qPrintable(server.errors()));
}

// --observer-key-file: clients with that key read and subscribe; their writes, creations and
// shutdown requests are refused with ReadOnly, while clients with the key go on as before.
void tst_ServerProgram::observerKeyFromAFile()
{
    const QByteArray observerKey = QByteArrayLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
    const QString observerFile = writeKeyFile(QStringLiteral("observer-key"), observerKey + '\n');
    ServerProgram server({ QStringLiteral("--address"), freshAddress(), QStringLiteral("--authkey-file"), m_keyFile,
                           QStringLiteral("--observer-key-file"), observerFile,
                           QStringLiteral("--object"), QStringLiteral("results=dict") });
    const QString address = server.waitForAddress();
    QVERIFY2(!address.isEmpty(), qPrintable(server.log()));
    QVERIFY(server.output().join(QLatin1Char('\n')).contains(QLatin1String("observer key: 32 bytes")));

    SyncManager writer(address, m_key);
    TestSupport::configure(writer);
    QVERIFY2(writer.connectToServer(), qPrintable(writer.errorString()));
    QCOMPARE(writer.role(), BaseManager::Role::Full);
    auto results = writer.proxyForName<DictProxy>(QStringLiteral("results"));
    QVERIFY(results && results->setValue(QStringLiteral("answer"), 42));

    SyncManager observer(address, observerKey);
    TestSupport::configure(observer);
    QVERIFY2(observer.connectToServer(), qPrintable(observer.errorString()));
    QCOMPARE(observer.role(), BaseManager::Role::Observer);
    auto seen = observer.proxyForName<DictProxy>(QStringLiteral("results"));
    QVERIFY2(seen, qPrintable(observer.errorString()));
    QCOMPARE(seen->value(QStringLiteral("answer")).value().toInt(), 42);
    QSignalSpy changed(seen.get(), &DictProxy::itemChanged);
    QVERIFY(!seen->setValue(QStringLiteral("answer"), 0));
    QCOMPARE(seen->lastError(), Error::ReadOnly);
    QVERIFY(!observer.dict());
    QCOMPARE(observer.error(), Error::ReadOnly);
    QVERIFY(!observer.requestServerShutdown());
    QCOMPARE(observer.error(), Error::ReadOnly);
    QVERIFY(results->setValue(QStringLiteral("answer"), 43));
    QTRY_COMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(1).toInt(), 43);

    QVERIFY(writer.requestServerShutdown());
    QCOMPARE(server.exitCode(), 0);
}

void tst_ServerProgram::observerKeyMustDifferFromTheKey()
{
    ServerProgram server({ QStringLiteral("--address"), freshAddress(), QStringLiteral("--authkey-file"), m_keyFile,
                           QStringLiteral("--observer-key-file"), m_keyFile });
    QCOMPARE(server.exitCode(), 1);
    QVERIFY2(server.errors().startsWith(QLatin1String("libmanager-server: Could not serve: the observer key "
                                                      "is the server's key")),
             qPrintable(server.errors()));
}

void tst_ServerProgram::versionIsTheProjectVersion()
{
    ServerProgram version({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode(), 0);
    QCOMPARE(version.output(), QStringList { QStringLiteral("libmanager-server " LIBMANAGER_PROJECT_VERSION) });
}

QTEST_GUILESS_MAIN(tst_ServerProgram)
#include "tst_serverprogram.moc"
