// SPDX-License-Identifier: BSD-3-Clause
// The seed's two examples, run as the demo programs a user runs, in separate processes:
// "Customized managers" (FooClass through NewManager.start()) and "Using a remote manager"
// (a queue served over TCP with a key; one client puts, another gets).

#include "transport.h"
#include "helperprocess.h"
#include "introspection.h"

#include <libmanager/basemanager.h>

#include <QtCore/qprocess.h>
#include <QtTest/qtest.h>

class tst_SeedExamples : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void customizedManager();
    void remoteManager_data();
    void remoteManager();
    void remoteManagerRejectsWrongKey();
    void remoteQueueShowcase();

private:
    static QString run(const QString &program, const QStringList &args, int *exitCode);
};

QString tst_SeedExamples::run(const QString &program, const QStringList &args, int *exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, args);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        *exitCode = -1;
        return {};
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

void tst_SeedExamples::customizedManager()
{
    int exitCode = 0;
    const QString output = run(QStringLiteral(NEWTYPE_PATH), {}, &exitCode);
    QCOMPARE(exitCode, 0);
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // The server process prints, in call order; the client then shows the proxy's str().
    QVERIFY2(lines.size() >= 3, qPrintable(output));
    QCOMPARE(lines.at(0), QStringLiteral("BAR"));
    QCOMPARE(lines.at(1), QStringLiteral("BAZ"));
    QVERIFY2(lines.at(2).startsWith(QLatin1String("foo is <FooClass object at 0x")), qPrintable(lines.at(2)));
}

void tst_SeedExamples::remoteManager_data()
{
    QTest::addColumn<bool>("getFirst");
    QTest::newRow("put, then get") << false;
    QTest::newRow("get waits for put") << true;
}

void tst_SeedExamples::remoteManager()
{
    QFETCH(bool, getFirst);
    const QString program = QStringLiteral(REMOTEQUEUE_PATH);
    const QString key = QStringLiteral("none");
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(program, { QStringLiteral("serve"), QStringLiteral("127.0.0.1:0"), key });
    QVERIFY(server.waitForReadyRead(20000));
    const QString line = QString::fromUtf8(server.readLine()).trimmed();
    QVERIFY2(line.startsWith(QLatin1String("serving a queue at 127.0.0.1:")), qPrintable(line));
    const QString address = line.section(QLatin1Char(' '), -1);

    QProcess getter;
    getter.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (getFirst) {
        getter.start(program, { QStringLiteral("get"), address, key });
        QVERIFY(getter.waitForStarted());
        // Its get is parked on the server, which goes on serving (us, for one).
        auto observer = TestSupport::connectTo(address, key.toUtf8());
        QVERIFY2(observer->isConnected(), qPrintable(observer->errorString()));
        auto server = observer->introspector();
        QVERIFY(server);
        QTRY_COMPARE_WITH_TIMEOUT(TestSupport::parkedCalls(*server), 1, 20000);
        QCOMPARE(getter.state(), QProcess::Running);
    }
    int exitCode = 0;
    QCOMPARE(run(program, { QStringLiteral("put"), address, key, QStringLiteral("hello") }, &exitCode).trimmed(),
             QStringLiteral("put hello"));
    QCOMPARE(exitCode, 0);
    if (!getFirst)
        getter.start(program, { QStringLiteral("get"), address, key });
    QVERIFY(getter.waitForFinished(20000));
    QCOMPARE(QString::fromUtf8(getter.readAllStandardOutput()).trimmed(), QStringLiteral("got hello"));
    QCOMPARE(getter.exitCode(), 0);

    server.terminate(); // Ctrl+C or SIGTERM ends serveForever() cleanly
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
}

void tst_SeedExamples::remoteManagerRejectsWrongKey()
{
    const QString program = QStringLiteral(REMOTEQUEUE_PATH);
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(program, { QStringLiteral("serve"), QStringLiteral("127.0.0.1:0"), QStringLiteral("right") });
    QVERIFY(server.waitForReadyRead(20000));
    const QString address = QString::fromUtf8(server.readLine()).trimmed().section(QLatin1Char(' '), -1);
    QProcess intruder;
    intruder.start(program, { QStringLiteral("put"), address, QStringLiteral("wrong"), QStringLiteral("x") });
    QVERIFY(intruder.waitForFinished(20000));
    QCOMPARE(intruder.exitCode(), 1);
    QVERIFY2(QString::fromUtf8(intruder.readAllStandardError()).contains(QLatin1String("Authentication failed")),
             "no authentication error shown");
    server.terminate();
    QVERIFY(server.waitForFinished(10000));
}

void tst_SeedExamples::remoteQueueShowcase()
{
    int exitCode = 0;
    const QString output = run(QStringLiteral(REMOTEQUEUE_PATH), {}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(output.contains(QLatin1String("[client 1] put hello")), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("[client 2] got hello")), qPrintable(output));
}

QTEST_GUILESS_MAIN(tst_SeedExamples)
#include "tst_seedexamples.moc"
