// SPDX-License-Identifier: BSD-3-Clause
// The showcase demo, run as a user runs it (without the inspector): it prints the address and
// the connect command; a client with that address and key finds every named object, the Lock
// "resource" held with waiters and the workers under their names; and when the showcase ends,
// its server and every worker end with it.
#include "transport.h"

#include <libmanager/authkey.h>
#include <libmanager/introspector.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qfile.h>
#include <QtCore/qprocess.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qset.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/qtest.h>

#include <algorithm>
#include <csignal>

using namespace LibManager;

namespace {

// True while \a pid runs (a zombie counts as gone).
bool processAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    const char state = close > 0 && close + 2 < line.size() ? line.at(close + 2) : 0;
    return state != 0 && state != 'Z' && state != 'X';
}

} // namespace

class tst_Showcase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsAndEndsCleanly();
    void deadlock();
};

void tst_Showcase::runsAndEndsCleanly()
{
    QTemporaryDir stateDir;
    QVERIFY(stateDir.isValid());
    QProcess showcase;
    showcase.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    showcase.start(QStringLiteral(SHOWCASE_PATH),
                   { QStringLiteral("--no-inspector"), QStringLiteral("--seconds"), QStringLiteral("5"),
                     QStringLiteral("--state-dir"), stateDir.path() });
    QVERIFY2(showcase.waitForStarted(), qPrintable(showcase.errorString()));
    auto killer = qScopeGuard([&] {
        if (showcase.state() != QProcess::NotRunning) {
            showcase.kill();
            showcase.waitForFinished(5000);
        }
    });

    // The connect command, once everything is made.
    static const QRegularExpression connectLine(
            QStringLiteral("connect with: \\S*libmanager-inspector --address (\\S+) --authkey-file (\\S+)"));
    QByteArray output;
    QRegularExpressionMatch match;
    QTRY_VERIFY_WITH_TIMEOUT((output += showcase.readAllStandardOutput(),
                              match = connectLine.match(QString::fromLocal8Bit(output)), match.hasMatch()),
                             60000);
    QVERIFY2(output.contains(QByteArray("showcase: serving at " + match.captured(1).toLocal8Bit())), output.constData());
    const QString address = match.captured(1);
    const QString keyFile = match.captured(2);
    QCOMPARE(keyFile, stateDir.filePath(QStringLiteral("authkey")));
    QCOMPARE(QFile::permissions(keyFile), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    QString why;
    const QByteArray key = readAuthKeyFile(keyFile, &why);
    QVERIFY2(!key.isEmpty(), qPrintable(why));

    auto manager = TestSupport::connectTo<SyncManager>(address, key);
    QVERIFY2(manager->isConnected(), qPrintable(manager->errorString()));
    manager->setClientName(QStringLiteral("tst_showcase"));

    // Every named object, of its type.
    const QStringList names = manager->names();
    const QHash<QString, QString> expected {
        { QStringLiteral("settings"), QStringLiteral("dict") }, { QStringLiteral("big"), QStringLiteral("dict") },
        { QStringLiteral("log"), QStringLiteral("list") }, { QStringLiteral("status"), QStringLiteral("Namespace") },
        { QStringLiteral("progress"), QStringLiteral("Value") }, { QStringLiteral("samples"), QStringLiteral("Array") },
        { QStringLiteral("jobs"), QStringLiteral("Queue") }, { QStringLiteral("tasks"), QStringLiteral("JoinableQueue") },
        { QStringLiteral("resource"), QStringLiteral("Lock") }, { QStringLiteral("rlock"), QStringLiteral("RLock") },
        { QStringLiteral("slots"), QStringLiteral("Semaphore") }, { QStringLiteral("pool"), QStringLiteral("BoundedSemaphore") },
        { QStringLiteral("changed"), QStringLiteral("Condition") }, { QStringLiteral("ready"), QStringLiteral("Event") },
        { QStringLiteral("sync"), QStringLiteral("Barrier") },
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(names.contains(it.key()), qPrintable(it.key() + QStringLiteral(" missing from ") + names.join(u' ')));
        std::unique_ptr<Proxy> proxy = manager->proxyForName(it.key());
        QVERIFY2(proxy, qPrintable(manager->errorString()));
        QCOMPARE(proxy->typeId(), it.value());
    }
    auto settings = manager->proxyForName<DictProxy>(QStringLiteral("settings"));
    auto big = manager->proxyForName<DictProxy>(QStringLiteral("big"));
    QVERIFY(settings && big);
    QVERIFY(settings->size() >= 20);
    QCOMPARE(big->size(), 100000);
    auto samples = manager->proxyForName<ArrayProxy>(QStringLiteral("samples"));
    QVERIFY(samples);
    QCOMPARE(samples->size(), 64);

    // The Lock "resource": held, with waiters.
    auto introspector = manager->introspector();
    QVERIFY(introspector);
    auto resource = manager->proxyForName<LockProxy>(QStringLiteral("resource"));
    QVERIFY(resource);
    SyncState state;
    QTRY_VERIFY_WITH_TIMEOUT((state = introspector->syncState(*resource), state.locked && !state.waiters.isEmpty()),
                             10000);
    QVERIFY(state.owner != 0);

    // The workers, by name; they have pids (a local socket).
    const QSet<QString> roles { QStringLiteral("producer"), QStringLiteral("consumer"), QStringLiteral("holder"),
                                QStringLiteral("waiter-1"), QStringLiteral("waiter-2"),
                                QStringLiteral("notifier"), QStringLiteral("watcher") };
    QHash<QString, qint64> pids;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 pids.clear();
                                 const QList<ClientInfo> clients = manager->clients();
                                 for (const ClientInfo &client : clients) {
                                     if (roles.contains(client.name()))
                                         pids.insert(client.name(), client.processId());
                                 }
                                 return pids.size() == roles.size();
                             }()),
                             10000);
    for (auto it = pids.cbegin(); it != pids.cend(); ++it) {
        QVERIFY2(it.value() > 0, qPrintable(it.key()));
        QVERIFY2(processAlive(it.value()), qPrintable(it.key()));
    }
    // The workers change things: the consumer's count goes up.
    auto status = manager->proxyForName<NamespaceProxy>(QStringLiteral("status"));
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->value(QStringLiteral("done"), 0).toInt() > 0, 10000);

    // After --seconds it ends by itself, cleanly, and takes its server and workers along.
    QVERIFY(showcase.waitForFinished(30000));
    output += showcase.readAllStandardOutput();
    QCOMPARE(showcase.exitStatus(), QProcess::NormalExit);
    QVERIFY2(showcase.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("workers ended by themselves"), output.constData());
    for (auto it = pids.cbegin(); it != pids.cend(); ++it)
        QTRY_VERIFY2_WITH_TIMEOUT(!processAlive(it.value()), qPrintable(it.key() + QStringLiteral(" still runs")), 5000);
    // The server is gone too: a new connection is refused.
    auto again = TestSupport::connectTo<SyncManager>(address, key, 2000);
    QVERIFY(!again->isConnected());
}

// --deadlock: "deadlock-a" and "deadlock-b" hold one of "lock-a" and "lock-b" each and wait
// for the other, a cycle in the wait graph; Ctrl+C (SIGINT) ends it all cleanly.
void tst_Showcase::deadlock()
{
    QTemporaryDir stateDir;
    QVERIFY(stateDir.isValid());
    QProcess showcase;
    showcase.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    showcase.start(QStringLiteral(SHOWCASE_PATH),
                   { QStringLiteral("--no-inspector"), QStringLiteral("--deadlock"), QStringLiteral("--big"),
                     QStringLiteral("10"), QStringLiteral("--seconds"), QStringLiteral("60"),
                     QStringLiteral("--state-dir"), stateDir.path() });
    QVERIFY2(showcase.waitForStarted(), qPrintable(showcase.errorString()));
    auto killer = qScopeGuard([&] {
        if (showcase.state() != QProcess::NotRunning) {
            showcase.kill();
            showcase.waitForFinished(5000);
        }
    });
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += showcase.readAllStandardOutput(), output.contains("connect with:")), 60000);

    // The state directory holds what a script needs: the address, the key, the objects' ids.
    QFile addressFile(stateDir.filePath(QStringLiteral("address")));
    QVERIFY(addressFile.open(QIODevice::ReadOnly));
    const QString address = QString::fromUtf8(addressFile.readAll().trimmed());
    QVERIFY(output.contains(QByteArray("serving at " + address.toUtf8())));
    QString why;
    const QByteArray key = readAuthKeyFile(stateDir.filePath(QStringLiteral("authkey")), &why);
    QVERIFY2(!key.isEmpty(), qPrintable(why));
    QFile table(stateDir.filePath(QStringLiteral("objects.tsv")));
    QVERIFY(table.open(QIODevice::ReadOnly));
    QHash<QString, quint64> ids;
    for (const QByteArray &line : table.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() == 4 && fields.at(0) != "name")
            ids.insert(QString::fromUtf8(fields.at(0)), fields.at(2).toULongLong());
    }
    QVERIFY(ids.contains(QStringLiteral("lock-a")) && ids.contains(QStringLiteral("lock-b")));

    auto manager = TestSupport::connectTo<SyncManager>(address, key);
    QVERIFY2(manager->isConnected(), qPrintable(manager->errorString()));
    auto lockA = manager->proxyForName<LockProxy>(QStringLiteral("lock-a"));
    QVERIFY(lockA);
    QCOMPARE(lockA->objectId(), ids.value(QStringLiteral("lock-a")));
    auto introspector = manager->introspector();
    QVERIFY(introspector);
    // The two deadlock workers' ids.
    QSet<quint64> deadlockers;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 deadlockers.clear();
                                 const QList<ClientInfo> clients = manager->clients();
                                 for (const ClientInfo &client : clients) {
                                     if (client.name().startsWith(QLatin1String("deadlock-")))
                                         deadlockers.insert(client.id());
                                 }
                                 return deadlockers.size() == 2;
                             }()),
                             10000);
    WaitGraph graph;
    QTRY_VERIFY_WITH_TIMEOUT((graph = introspector->waitGraph(),
                              std::any_of(graph.cycles.cbegin(), graph.cycles.cend(), [&](const QList<quint64> &cycle) {
                                  return QSet<quint64>(cycle.cbegin(), cycle.cend()) == deadlockers;
                              })),
                             15000);

    ::kill(pid_t(showcase.processId()), SIGINT);
    QVERIFY(showcase.waitForFinished(30000));
    output += showcase.readAllStandardOutput();
    QCOMPARE(showcase.exitStatus(), QProcess::NormalExit);
    QVERIFY2(showcase.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("interrupted; shutting down"), output.constData());
    QVERIFY2(output.contains("9 of 9 workers ended by themselves"), output.constData());
}

QTEST_GUILESS_MAIN(tst_Showcase)
#include "tst_showcase.moc"
