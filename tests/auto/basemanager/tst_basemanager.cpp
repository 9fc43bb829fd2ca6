// SPDX-License-Identifier: BSD-3-Clause
// BaseManager's life cycle across real processes: start() (library server program and
// re-executed program), shutdown(), destruction, parent death, serveForever(), fromAddress(),
// authentication and connection errors.

#include "transport.h"
#include "testtypes.h"
#include "helperprocess.h"

#include <libmanager/authkey.h>
#include <libmanager/basemanager.h>
#include <libmanager/pendingcall.h>
#include <libmanager/servermain.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qdir.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qscopeguard.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qthread.h>
#include <QtNetwork/qtcpserver.h>
#include <QtNetwork/qtcpsocket.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <csignal>
#include <sys/stat.h>

using namespace LibManager;
using TestSupport::HelperProcess;
using TestSupport::processAlive;

// A manager with a custom type whose program does not hand over to serverMain() for it.
class UnhookedManager : public BaseManager
{
    Q_OBJECT
public:
    explicit UnhookedManager(QObject *parent = nullptr) : BaseManager(parent)
    {
        registerType<FooClass>();
    }
};

class tst_BaseManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsLibraryServer_data();
    void startsLibraryServer();
    void shutdownIsRepeatableAndStopsTheProcess();
    void destructionStopsTheServer();
    void shutdownOfABusyServerTakesTheGracePeriod();
    void shutdownOnlyForStartedServers();
    void serverDiesWithKilledParent();
    void serverDiesWithKilledParentThatForked();
    void sharedServerOutlivesItsStarter_data();
    void sharedServerOutlivesItsStarter();
    void startedServersIgnoreCtrlC_data();
    void startedServersIgnoreCtrlC();
    void startsCustomTypesByReExecuting();
    void refusesToReExecuteWithoutServerMain();
    void reportsStartFailures();
    void addressesAreParsedStrictly();
    void portAloneListensOnEveryInterface();
    void serveForeverStopsOnClientRequest();
    void serveForeverStopsOnSignals_data();
    void serveForeverStopsOnSignals();
    void startsFromAWorkerThread();
    void wrongKeyIsRejectedAndServerGoesOn();
    void defaultAuthKey();
    void connectionErrorsAreDistinct();
    void notLibmanagerPeer();
    void reconnectsAfterServerRestart();
};

void tst_BaseManager::startsLibraryServer_data()
{
    TestSupport::addTransportRows();
}

void tst_BaseManager::startsLibraryServer()
{
    QFETCH(TestSupport::Transport, transport);
    const QString address = transport.address;
    BaseManager manager(address, QByteArrayLiteral("start-key"));
    TestSupport::configure(manager);
    QSignalSpy addressSpy(&manager, &BaseManager::addressChanged);
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    QCOMPARE(manager.error(), Error::NoError);
    QVERIFY(manager.isConnected());
    QVERIFY(processAlive(manager.serverProcessId()));
    QCOMPARE(addressSpy.count(), 1);
    if (address.isEmpty()) {
        // A fresh socket in a directory only this user can enter.
        QVERIFY(QFileInfo::exists(manager.address()));
        struct stat info {};
        QCOMPARE(::stat(QFileInfo(manager.address()).absolutePath().toLocal8Bit().constData(), &info), 0);
        QCOMPARE(info.st_mode & 0077, 0u);
    } else {
        // The address as it was asked for (127.0.0.1:0, tls://127.0.0.1:0), with the port it got.
        const QString asked = address.left(address.size() - 1);
        QVERIFY2(manager.address().startsWith(asked), qPrintable(manager.address()));
        QVERIFY(!manager.address().endsWith(QLatin1String(":0")));
    }
    auto server = manager.introspector();
    QVERIFY(server);
    QCOMPARE(server->callMethod(QStringLiteral("ping")).value().toString(), QStringLiteral("pong"));
    QVERIFY(manager.shutdown());
}

void tst_BaseManager::shutdownIsRepeatableAndStopsTheProcess()
{
    BaseManager manager;
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    const qint64 pid = manager.serverProcessId();
    const QString address = manager.address();
    QVERIFY(manager.shutdown());
    QVERIFY(!processAlive(pid));
    QVERIFY(!QFileInfo::exists(address));
    QVERIFY(manager.shutdown());
    QVERIFY(manager.shutdown());
    QCOMPARE(manager.error(), Error::NoError);
    QVERIFY(!manager.isConnected());
    QVERIFY(!manager.create(QStringLiteral("anything")));
    QCOMPARE(manager.error(), Error::NotConnected);
    // A manager starts one server in its life, as Python's does ("Manager has shut down").
    QVERIFY(!manager.start());
    QCOMPARE(manager.error(), Error::ShutDown);
    QVERIFY2(manager.errorString().contains(QLatin1String("new manager")), qPrintable(manager.errorString()));
    QCOMPARE(manager.serverProcessId(), 0);
    QVERIFY(!manager.isConnected());
}

// A server stuck in a long method answers nothing, not even SIGTERM's handler: shutdown()
// waits shutdownTimeout(), then terminates, then kills; it does not wait for the method.
void tst_BaseManager::shutdownOfABusyServerTakesTheGracePeriod()
{
    TestManager manager;
    QCOMPARE(manager.shutdownTimeout(), 1000);
    manager.setShutdownTimeout(200);
    QCOMPARE(manager.shutdownTimeout(), 200);
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    const qint64 pid = manager.serverProcessId();
    auto foo = manager.create(QStringLiteral("FooClass"));
    QVERIFY(foo);
    PendingCall busy = foo->callMethodAsync(QStringLiteral("block"), { 60000 });
    // The server is inside block() once it no longer answers a ping.
    auto server = manager.introspector();
    QTRY_COMPARE_WITH_TIMEOUT(server->callMethod(QStringLiteral("ping"), {}, 100).error(), Error::Timeout, 10000);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(manager.shutdown());
    const qint64 took = clock.elapsed();
    QVERIFY(!processAlive(pid));
    // 200 ms of grace and 500 ms after SIGTERM; it took 12 s before the grace period was settable.
    QVERIFY2(took < 8000, qPrintable(QStringLiteral("shutdown() took %1 ms").arg(took)));
}

void tst_BaseManager::destructionStopsTheServer()
{
    qint64 pid = 0;
    {
        BaseManager manager;
        QVERIFY2(manager.start(), qPrintable(manager.errorString()));
        pid = manager.serverProcessId();
        QVERIFY(processAlive(pid));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 10000);
}

void tst_BaseManager::shutdownOnlyForStartedServers()
{
    BaseManager owner(QString(), QByteArrayLiteral("k"));
    TestSupport::configure(owner);
    QVERIFY2(owner.start(), qPrintable(owner.errorString()));
    auto other = TestSupport::connectTo(owner.address(), QByteArrayLiteral("k"));
    QVERIFY2(other->isConnected(), qPrintable(other->errorString()));
    QVERIFY(!other->shutdown());
    QCOMPARE(other->error(), Error::NotStarted);
    QVERIFY2(other->errorString().contains(QLatin1String("requestServerShutdown")), qPrintable(other->errorString()));
    // The server was not touched.
    QVERIFY(processAlive(owner.serverProcessId()));
    QCOMPARE(owner.introspector()->callMethod(QStringLiteral("ping")).value().toString(), QStringLiteral("pong"));
}

void tst_BaseManager::serverDiesWithKilledParent()
{
    HelperProcess parent(TestSupport::Helper::LmHelper, { QStringLiteral("start"), QString::fromLatin1(QByteArrayLiteral("parent-key").toHex()) });
    const QString line = parent.waitForLine(QStringLiteral("SERVER "));
    QVERIFY2(!line.isEmpty(), qPrintable(parent.output().join(QLatin1Char('\n'))));
    const qint64 serverPid = line.section(QLatin1Char(' '), 0, 0).toLongLong();
    const QString address = line.section(QLatin1Char(' '), 1);
    QVERIFY(processAlive(serverPid));
    {
        // It serves.
        auto client = TestSupport::connectTo(address, QByteArrayLiteral("parent-key"));
        QVERIFY2(client->isConnected(), qPrintable(client->errorString()));
    }
    parent.killHard();
    QVERIFY(parent.finish());
    // The kernel closes the pipe the server watches: it shuts down on its own.
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(serverPid), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(address), 5000);
}

// The pipe a started server watches is inherited by a child its parent forks without exec:
// the server must notice the parent's death all the same (it watches the parent itself).
void tst_BaseManager::serverDiesWithKilledParentThatForked()
{
    HelperProcess parent(TestSupport::Helper::LmHelper, { QStringLiteral("startfork"), QString::fromLatin1(QByteArrayLiteral("fork-key").toHex()) });
    const QString line = parent.waitForLine(QStringLiteral("SERVER "));
    QVERIFY2(!line.isEmpty(), qPrintable(parent.output().join(QLatin1Char('\n'))));
    const qint64 serverPid = line.section(QLatin1Char(' '), 0, 0).toLongLong();
    const qint64 forked = parent.waitForLine(QStringLiteral("FORKED ")).toLongLong();
    QVERIFY(forked > 0);
    const auto killForked = qScopeGuard([forked] { ::kill(pid_t(forked), SIGKILL); });
    QVERIFY(processAlive(serverPid));
    parent.killHard();
    QVERIFY(parent.finish());
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(serverPid), 10000);
    // The forked child, which still holds the pipe, was not what ended it.
    QVERIFY(processAlive(forked));
}

void tst_BaseManager::sharedServerOutlivesItsStarter_data()
{
    QTest::addColumn<bool>("starterIsKilled");
    QTest::newRow("the starter quits") << false;
    QTest::newRow("the starter is killed") << true;
}

// Two instances of one application share state through the server the first one started
// (ServerLifetime::WhileClientsConnected): the second keeps it when the first goes, and the
// server ends when the second goes too.
void tst_BaseManager::sharedServerOutlivesItsStarter()
{
    QFETCH(bool, starterIsKilled);
    const QByteArray key = QByteArrayLiteral("two-instances");
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString address = directory.filePath(QStringLiteral("app.sock"));
    HelperProcess first(TestSupport::Helper::LmHelper, { QStringLiteral("instance"), address, QString::fromLatin1(key.toHex()) });
    const QString started = first.waitForLine(QStringLiteral("STARTED "));
    QVERIFY2(!started.isEmpty(), qPrintable(first.output().join(QLatin1Char('\n'))));
    const qint64 serverPid = started.toLongLong();
    const QString token = first.waitForLine(QStringLiteral("TOKEN "));
    QVERIFY(!token.isEmpty());

    HelperProcess second(TestSupport::Helper::LmHelper, { QStringLiteral("instance"), address, QString::fromLatin1(key.toHex()), token });
    QCOMPARE(second.waitForLine(QStringLiteral("VALUE ")), QStringLiteral("1"));
    QVERIFY2(!second.output().join(QLatin1Char('\n')).contains(QLatin1String("STARTED")),
             qPrintable(second.output().join(QLatin1Char('\n'))));

    // The first instance goes; its dict and its server stay for the second.
    if (starterIsKilled) {
        first.killHard();
    } else {
        first.process().write("quit\n");
        QVERIFY2(first.waitFor(QStringLiteral("QUITTING")), qPrintable(first.output().join(QLatin1Char('\n'))));
    }
    QVERIFY(first.finish());
    if (!starterIsKilled)
        QCOMPARE(first.process().exitCode(), 0);
    QVERIFY(processAlive(serverPid));
    {
        auto client = TestSupport::connectTo<SyncManager>(address, key);
        QVERIFY2(client->isConnected(), qPrintable(client->errorString()));
        auto dict = client->proxyForToken(Token::fromString(token));
        QVERIFY2(dict, qPrintable(client->errorString()));
        QCOMPARE(qobject_cast<DictProxy *>(dict.get())->value(QStringLiteral("x")).value().toInt(), 1);
    }
    QVERIFY(processAlive(serverPid));

    // The last client goes: so does the server, without an orphan.
    second.process().write("quit\n");
    QVERIFY(second.finish());
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(serverPid), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(address), 5000);
}

void tst_BaseManager::startedServersIgnoreCtrlC_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("libmanager-server (SyncManager)") << QStringLiteral("sync");
    QTest::newRow("re-executed program (custom types)") << QStringLiteral("custom");
}

// Ctrl+C in a terminal sends SIGINT to the foreground process group. An application that
// handles it itself keeps its started servers: they end with the manager or the application.
void tst_BaseManager::startedServersIgnoreCtrlC()
{
    QFETCH(QString, kind);
    const QByteArray key = QByteArrayLiteral("ctrl-c");
    HelperProcess application(TestSupport::Helper::LmHelper, { QStringLiteral("start"), QString::fromLatin1(key.toHex()), kind }, 60000,
                              HelperProcess::OutputOnly, HelperProcess::OwnGroup);
    const QString line = application.waitForLine(QStringLiteral("SERVER "));
    QVERIFY2(!line.isEmpty(), qPrintable(application.output().join(QLatin1Char('\n'))));
    const qint64 serverPid = line.section(QLatin1Char(' '), 0, 0).toLongLong();
    const QString address = line.section(QLatin1Char(' '), 1);

    // What the terminal does: the signal goes to every process of the application's group.
    QCOMPARE(::kill(-pid_t(application.pid()), SIGINT), 0);
    QVERIFY2(application.waitFor(QStringLiteral("INTERRUPTED")), qPrintable(application.output().join(QLatin1Char('\n'))));
    auto client = TestSupport::connectTo(address, key);
    QVERIFY2(client->isConnected(), qPrintable(client->errorString()));
    auto server = client->introspector();
    QCOMPARE(server->callMethod(QStringLiteral("ping")).value().toString(), QStringLiteral("pong"));
    QVERIFY(processAlive(serverPid));
    // Once more, then the application goes: its server follows it.
    QCOMPARE(::kill(-pid_t(application.pid()), SIGINT), 0);
    QCOMPARE(server->callMethod(QStringLiteral("ping")).value().toString(), QStringLiteral("pong"));
    application.killHard();
    QVERIFY(application.finish());
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(serverPid), 10000);
}

void tst_BaseManager::startsCustomTypesByReExecuting()
{
    // This test program's main() hands over to serverMain<TestManager>(): start() runs it
    // again as the server.
    TestManager manager;
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    auto foo = manager.create(QStringLiteral("FooClass"));
    QVERIFY2(foo, qPrintable(manager.errorString()));
    QCOMPARE(foo->callMethod(QStringLiteral("bar")).value().toString(), QStringLiteral("BAR"));
    QCOMPARE(foo->callMethod(QStringLiteral("baz")).value().toString(), QStringLiteral("BAZ"));
    QVERIFY(manager.shutdown());
}

void tst_BaseManager::refusesToReExecuteWithoutServerMain()
{
    UnhookedManager manager;
    QVERIFY(!manager.start());
    QCOMPARE(manager.error(), Error::StartFailed);
    QVERIFY2(manager.errorString().contains(QLatin1String("serverMain<UnhookedManager>")),
             qPrintable(manager.errorString()));
    QCOMPARE(manager.serverProcessId(), 0);
}

void tst_BaseManager::reportsStartFailures()
{
    BaseManager invalid(QStringLiteral("tcp://no-port-here"));
    TestSupport::configure(invalid);
    QVERIFY(!invalid.start());
    QCOMPARE(invalid.error(), Error::InvalidAddress);

    BaseManager first;
    QVERIFY2(first.start(), qPrintable(first.errorString()));
    BaseManager second(first.address());
    TestSupport::configure(second);
    QVERIFY(!second.start());
    QCOMPARE(second.error(), Error::StartFailed);
    QVERIFY2(second.errorString().contains(QLatin1String("in use")), qPrintable(second.errorString()));
    QVERIFY(!first.start());
    QCOMPARE(first.error(), Error::AlreadyStarted);
}

// A mistyped address is an error that says what was expected, before anything is started,
// never a local socket named after the typo.
void tst_BaseManager::addressesAreParsedStrictly()
{
    for (const QString &text : { QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                                 QStringLiteral("example.org:80x"), QStringLiteral("::1"),
                                 QStringLiteral("host:70000") }) {
        BaseManager starter(text);
        TestSupport::configure(starter);
        QVERIFY2(!starter.start(), qPrintable(text));
        QCOMPARE(starter.error(), Error::InvalidAddress);
        QCOMPARE(starter.serverProcessId(), 0);
        auto client = TestSupport::connectTo(text);
        QCOMPARE(client->error(), Error::InvalidAddress);
        QVERIFY2(client->errorString().contains(text), qPrintable(client->errorString()));
        QVERIFY2(!QFileInfo::exists(QDir::tempPath() + QLatin1Char('/') + text), qPrintable(text));
    }
    BaseManager hostOnly(QStringLiteral("localhost"));
    TestSupport::configure(hostOnly);
    QVERIFY(!hostOnly.start());
    QVERIFY2(hostOnly.errorString().contains(QLatin1String("localhost:PORT")), qPrintable(hostOnly.errorString()));
}

// ":port" is Python's ('', port): the server listens on every interface, and a client given
// the same text reaches it on this host.
void tst_BaseManager::portAloneListensOnEveryInterface()
{
    const QByteArray key = QByteArrayLiteral("every-interface");
    HelperProcess server(TestSupport::Helper::LmHelper, { QStringLiteral("serve"), QStringLiteral(":0"), QString::fromLatin1(key.toHex()) });
    const QString address = server.waitForLine(QStringLiteral("SERVING "));
    QVERIFY2(address.startsWith(QLatin1Char(':')) && address.size() > 1,
             qPrintable(server.output().join(QLatin1Char('\n'))));
    const QString port = address.mid(1);
    for (const QString &via : QStringList { address, QStringLiteral("127.0.0.1:") + port,
                                QStringLiteral("localhost:") + port, QStringLiteral("tcp://:") + port }) {
        auto client = TestSupport::connectTo(via, key);
        QVERIFY2(client->isConnected(), qPrintable(via + QLatin1String(": ") + client->errorString()));
        QCOMPARE(client->introspector()->callMethod(QStringLiteral("ping")).value().toString(), QStringLiteral("pong"));
    }
    auto last = TestSupport::connectTo(address, key);
    QVERIFY(last->requestServerShutdown());
    QVERIFY(server.finish());
}

void tst_BaseManager::serveForeverStopsOnClientRequest()
{
    const QByteArray key = QByteArrayLiteral("serve-key");
    HelperProcess server(TestSupport::Helper::LmHelper, { QStringLiteral("serve"), QStringLiteral("127.0.0.1:0"), QString::fromLatin1(key.toHex()) });
    const QString address = server.waitForLine(QStringLiteral("SERVING "));
    QVERIFY2(!address.isEmpty(), qPrintable(server.output().join(QLatin1Char('\n'))));
    auto client = TestSupport::connectTo(address, key);
    QVERIFY2(client->isConnected(), qPrintable(client->errorString()));
    QVERIFY2(client->requestServerShutdown(), qPrintable(client->errorString()));
    QVERIFY2(server.waitFor(QStringLiteral("STOPPED")), qPrintable(server.output().join(QLatin1Char('\n'))));
    QVERIFY(server.finish());
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);
}

void tst_BaseManager::serveForeverStopsOnSignals_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void tst_BaseManager::serveForeverStopsOnSignals()
{
    QFETCH(int, signal);
    HelperProcess server(TestSupport::Helper::LmHelper, { QStringLiteral("serve"), QString(), QStringLiteral("6b") });
    const QString address = server.waitForLine(QStringLiteral("SERVING "));
    QVERIFY2(!address.isEmpty(), qPrintable(server.output().join(QLatin1Char('\n'))));
    ::kill(pid_t(server.pid()), signal);
    QVERIFY2(server.waitFor(QStringLiteral("STOPPED")), qPrintable(server.output().join(QLatin1Char('\n'))));
    QVERIFY(server.finish());
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);
    QVERIFY(!QFileInfo::exists(address));
}

void tst_BaseManager::startsFromAWorkerThread()
{
    // An ordinary Qt program: the main thread runs its event loop (a timer keeps ticking)
    // while a worker thread starts a manager, uses it and stops it.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(5);
    std::atomic<bool> done { false };
    QString failure;
    qint64 pid = 0;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        BaseManager manager;
        if (!manager.start()) {
            failure = manager.errorString();
        } else {
            pid = manager.serverProcessId();
            const Reply pong = manager.introspector()->callMethod(QStringLiteral("ping"));
            if (pong.value().toString() != QLatin1String("pong"))
                failure = pong.errorString();
        }
        done = true;
    }));
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(done.load(), 20000);
    QVERIFY(worker->wait(5000));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(pid > 0);
    QVERIFY(ticks > 0);
    // The manager died with the worker's scope, and its server with it.
    QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 10000);
}

void tst_BaseManager::wrongKeyIsRejectedAndServerGoesOn()
{
    BaseManager owner(QStringLiteral("127.0.0.1:0"), QByteArrayLiteral("right"));
    TestSupport::configure(owner);
    QVERIFY2(owner.start(), qPrintable(owner.errorString()));
    for (int i = 0; i < 3; ++i) {
        auto intruder = TestSupport::connectTo(owner.address(), QByteArrayLiteral("wrong"));
        QVERIFY(!intruder->isConnected());
        QCOMPARE(intruder->error(), Error::AuthenticationFailed);
        QVERIFY2(intruder->errorString().contains(QLatin1String("rejected our key")),
                 qPrintable(intruder->errorString()));
    }
    // Another process with the wrong key, too.
    HelperProcess helper(TestSupport::Helper::LmHelper, { QStringLiteral("connect"), owner.address(), QString::fromLatin1(QByteArrayLiteral("bad").toHex()) });
    QCOMPARE(helper.waitForLine(QStringLiteral("ERROR ")).section(QLatin1Char(' '), 0, 0),
             QStringLiteral("AuthenticationFailed"));
    auto friendly = TestSupport::connectTo(owner.address(), QByteArrayLiteral("right"));
    QVERIFY2(friendly->isConnected(), qPrintable(friendly->errorString()));
    QCOMPARE(friendly->introspector()->callMethod(QStringLiteral("ping")).value().toString(), QStringLiteral("pong"));
}

void tst_BaseManager::defaultAuthKey()
{
    const QByteArray key = LibManager::defaultAuthKey();
    QCOMPARE(key.size(), 32);
    QCOMPARE(LibManager::defaultAuthKey(), key);
    // A manager with no key uses the process's default, and so does the server it starts.
    BaseManager manager;
    QCOMPARE(manager.authKey(), key);
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    auto explicitKey = TestSupport::connectTo(manager.address(), key);
    QVERIFY2(explicitKey->isConnected(), qPrintable(explicitKey->errorString()));
    // The default can be set.
    LibManager::setDefaultAuthKey(QByteArrayLiteral("chosen"));
    QCOMPARE(LibManager::defaultAuthKey(), QByteArrayLiteral("chosen"));
    auto stale = TestSupport::connectTo(manager.address());
    QCOMPARE(stale->error(), Error::AuthenticationFailed);
    LibManager::setDefaultAuthKey(key);
}

void tst_BaseManager::connectionErrorsAreDistinct()
{
    auto nobody = BaseManager::fromAddress(QStringLiteral("/nonexistent-dir-%1/sock").arg(QCoreApplication::applicationPid()));
    QCOMPARE(nobody->error(), Error::ConnectionRefused);
    QVERIFY(!nobody->errorString().isEmpty());

    QTcpServer closedPort;
    QVERIFY(closedPort.listen(QHostAddress::LocalHost));
    const quint16 port = closedPort.serverPort();
    closedPort.close();
    auto refused = BaseManager::fromAddress(QStringLiteral("127.0.0.1:%1").arg(port));
    QCOMPARE(refused->error(), Error::ConnectionRefused);

    auto invalid = BaseManager::fromAddress(QString());
    QCOMPARE(invalid->error(), Error::InvalidAddress);

    // A listener that never speaks: the handshake times out, promptly.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QElapsedTimer timer;
    timer.start();
    auto mute = BaseManager::fromAddress(QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()), {}, 300);
    QCOMPARE(mute->error(), Error::Timeout);
    QVERIFY(timer.elapsed() < 5000);
}

void tst_BaseManager::notLibmanagerPeer()
{
    // An HTTP server answers our hello with text; it must be told apart from a timeout or an
    // authentication failure. It runs in its own thread while this one waits in the handshake.
    QThread thread;
    auto *http = new QTcpServer;
    QVERIFY(http->listen(QHostAddress::LocalHost));
    const quint16 port = http->serverPort();
    connect(http, &QTcpServer::newConnection, http, [http] {
        http->nextPendingConnection()->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
    });
    http->moveToThread(&thread);
    connect(&thread, &QThread::finished, http, &QObject::deleteLater);
    thread.start();
    const auto stop = qScopeGuard([&thread] {
        thread.quit();
        thread.wait();
    });
    auto client = TestSupport::connectTo(QStringLiteral("127.0.0.1:%1").arg(port), {}, 5000);
    QCOMPARE(client->error(), Error::ProtocolMismatch);
    QVERIFY2(client->errorString().contains(QLatin1String("not a libmanager server")), qPrintable(client->errorString()));
}

void tst_BaseManager::reconnectsAfterServerRestart()
{
    const QByteArray key = QByteArrayLiteral("restart");
    const QString address = QStringLiteral("%1/lm-restart-%2.sock").arg(QDir::tempPath()).arg(QCoreApplication::applicationPid());
    auto server = std::make_unique<HelperProcess>(TestSupport::Helper::LmHelper, QStringList { QStringLiteral("serve"), address, QString::fromLatin1(key.toHex()) });
    QCOMPARE(server->waitForLine(QStringLiteral("SERVING ")), address);

    TestManager manager(address, key);
    TestSupport::configure(manager);
    QVERIFY2(manager.connectToServer(), qPrintable(manager.errorString()));
    auto foo = manager.create(QStringLiteral("FooClass"));
    QVERIFY(foo);
    QSignalSpy stateSpy(foo.get(), &Proxy::stateChanged);
    QCOMPARE(foo->callMethod(QStringLiteral("add"), { 1, 2 }).value().toInt(), 3);

    server->killHard();
    QVERIFY(server->finish());
    QElapsedTimer timer;
    timer.start();
    const Reply lost = foo->callMethod(QStringLiteral("add"), { 1, 2 });
    QCOMPARE(lost.error(), Error::ConnectionLost);
    QVERIFY(timer.elapsed() < 5000);
    QTRY_COMPARE(stateSpy.count(), 1);
    QCOMPARE(stateSpy.at(0).at(0).value<Proxy::State>(), Proxy::State::Disconnected);
    QCOMPARE(foo->state(), Proxy::State::Disconnected);

    // A new server at the same address (it removes the dead one's socket file).
    server = std::make_unique<HelperProcess>(TestSupport::Helper::LmHelper, QStringList { QStringLiteral("serve"), address, QString::fromLatin1(key.toHex()) });
    QCOMPARE(server->waitForLine(QStringLiteral("SERVING ")), address);
    QVERIFY2(manager.connectToServer(), qPrintable(manager.errorString()));
    auto again = manager.create(QStringLiteral("FooClass"));
    QVERIFY2(again, qPrintable(manager.errorString()));
    QCOMPARE(again->callMethod(QStringLiteral("add"), { 2, 2 }).value().toInt(), 4);
    // The old proxy's object died with the old server.
    QCOMPARE(foo->callMethod(QStringLiteral("add"), { 1, 2 }).error(), Error::ConnectionLost);
    QVERIFY(manager.requestServerShutdown());
    QVERIFY(server->finish());
}

int main(int argc, char *argv[])
{
    // The rule for programs with custom types: hand over first, so that TestManager::start()
    // can run this program as its server.
    if (LibManager::isServerProcess())
        return LibManager::serverMain<TestManager>(argc, argv);
    QCoreApplication app(argc, argv);
    tst_BaseManager test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_basemanager.moc"
