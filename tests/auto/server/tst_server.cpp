// SPDX-License-Identifier: BSD-3-Clause
// The server against hostile and broken clients: garbage before and after authentication,
// truncated, oversize and malformed frames. Each closes only that connection, with a logged
// reason; the server and its other clients go on.

#include "transport.h"
#include "testtypes.h"
#include "helperprocess.h"

#include <libmanager/authkey.h>
#include <libmanager/basemanager.h>
#include <libmanager/wire/handshake_p.h>
#include <libmanager/wire/protocol_p.h>
#include <libmanager/wire/wirecodec_p.h>

#include <QtCore/qbuffer.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qendian.h>
#include <QtCore/qrandom.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qtemporarydir.h>
#include <QtNetwork/qtcpsocket.h>
#include <QtTest/qtest.h>

#include <algorithm>

using namespace LibManager;
using TestSupport::HelperProcess;

namespace {

QByteArray frame(const QByteArray &payload)
{
    QByteArray out;
    Wire::appendFrame(&out, payload);
    return out;
}

// A payload built by hand with the protocol's stream settings.
QByteArray payload(const std::function<void(QDataStream &)> &write)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(Protocol::DataStreamVersion);
    write(out);
    return bytes;
}

QByteArray deepList(int depth)
{
    return payload([depth](QDataStream &out) {
        out << quint8(Protocol::Kind::Call) << quint32(1) << quint64(0) << QByteArray("ping");
        for (int i = 0; i < depth; ++i)
            out << quint8(Protocol::Tag::List) << quint32(1);
        out << quint8(Protocol::Tag::Null);
    });
}

// VmRSS of \a pid in bytes, -1 if it cannot be read.
qint64 residentBytes(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// A Call to the manager's ping with \a count arguments, each written by \a item.
QByteArray manyArguments(quint32 count, const std::function<void(QDataStream &, quint32)> &item)
{
    return payload([count, &item](QDataStream &out) {
        out << quint8(Protocol::Kind::Call) << quint32(7) << quint64(0) << QByteArray("ping")
            << quint8(Protocol::Tag::List) << count;
        for (quint32 i = 0; i < count; ++i)
            item(out, i);
    });
}

bool writeAll(QTcpSocket &socket, const QByteArray &bytes)
{
    socket.write(bytes);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(10000))
            return false;
    }
    return true;
}

} // namespace

class tst_Server : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void badClientLosesOnlyItsConnection_data();
    void badClientLosesOnlyItsConnection();
    void manyBadClientsInARow();
    void silentClientsAreDroppedAfterTheHandshakeTimeout();
    void authenticationFailureIsDiagnosedOnBothSides();
    void decodedMemoryIsBoundedAndReleased();
    void logFloodIsLimited(); // last: it uses up the server's log allowance

private:
    bool readFrame(QTcpSocket &socket, QByteArray *payload);
    bool authenticate(QTcpSocket &socket);

    std::unique_ptr<HelperProcess> m_server;
    std::unique_ptr<TestManager> m_client;
    std::unique_ptr<Proxy> m_witness;
    QString m_address;
    const QByteArray m_key = QByteArrayLiteral("server-suite");
};

void tst_Server::initTestCase()
{
    m_server = std::make_unique<HelperProcess>(
            TestSupport::Helper::LmHelper, QStringList { QStringLiteral("serve"), QStringLiteral("127.0.0.1:0"), QString::fromLatin1(m_key.toHex()) },
            120000, HelperProcess::OutputAndErrors);
    m_address = m_server->waitForLine(QStringLiteral("SERVING "));
    QVERIFY2(!m_address.isEmpty(), qPrintable(m_server->output().join(QLatin1Char('\n'))));
    m_client = std::make_unique<TestManager>(m_address, m_key);
    TestSupport::configure(*m_client);
    QVERIFY2(m_client->connectToServer(), qPrintable(m_client->errorString()));
    // A well-behaved client with an object: it must not notice any of what follows.
    m_witness = m_client->create(QStringLiteral("FooClass"));
    QVERIFY(m_witness);
    QCOMPARE(m_witness->callMethod(QStringLiteral("count")).value().toInt(), 1);
}

void tst_Server::cleanupTestCase()
{
    if (m_client && m_client->isConnected())
        m_client->requestServerShutdown();
    if (m_server)
        QVERIFY(m_server->finish());
}

bool tst_Server::readFrame(QTcpSocket &socket, QByteArray *payload)
{
    while (socket.bytesAvailable() < 4) {
        if (!socket.waitForReadyRead(5000))
            return false;
    }
    char header[4];
    socket.peek(header, 4);
    const quint32 length = qFromBigEndian<quint32>(header);
    while (socket.bytesAvailable() < 4 + qint64(length)) {
        if (!socket.waitForReadyRead(5000))
            return false;
    }
    socket.read(4);
    *payload = socket.read(length);
    return true;
}

bool tst_Server::authenticate(QTcpSocket &socket)
{
    QByteArray hello;
    Handshake::Hello server;
    if (!readFrame(socket, &hello) || !Handshake::parseServerHello(hello, &server))
        return false;
    const QByteArray nonce = Handshake::newNonce();
    socket.write(frame(Handshake::clientHello(m_key, server.nonce, nonce)));
    QByteArray welcome;
    return readFrame(socket, &welcome) && welcome.size() == Protocol::WelcomeSize
            && welcome.at(0) == char(Protocol::WelcomeOk);
}

void tst_Server::badClientLosesOnlyItsConnection_data()
{
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("logged");

    QTest::newRow("http request") << false << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n") << QStringLiteral("exceeds the limit");
    QTest::newRow("short hello") << false << frame("LMGR") << QStringLiteral("bad hello");
    QTest::newRow("hello, wrong magic") << false << frame(QByteArray(Protocol::ClientHelloSize, 'x')) << QStringLiteral("bad hello");
    const auto hello = [](quint16 protocol) {
        char versions[4];
        qToBigEndian<quint16>(protocol, versions);
        qToBigEndian<quint16>(Protocol::DataStreamVersion, versions + 2);
        return frame(QByteArray("LMGR") + QByteArray(versions, 4) + QByteArray(64, '\1'));
    };
    QTest::newRow("hello, wrong key") << false << hello(Protocol::Version) << QStringLiteral("authentication failed");
    QTest::newRow("hello, other version") << false << hello(9) << QStringLiteral("speaks protocol 9");

    QTest::newRow("empty frame") << true << frame({}) << QStringLiteral("empty frame");
    QTest::newRow("unknown kind") << true << frame(QByteArray(1, char(99))) << QStringLiteral("unknown message kind 99");
    QTest::newRow("server's message") << true
                                      << frame(payload([](QDataStream &out) {
                                             out << quint8(Protocol::Kind::Result) << quint32(1) << quint8(Protocol::Tag::Null);
                                         }))
                                      << QStringLiteral("server's message");
    QTest::newRow("truncated call") << true
                                    << frame(payload([](QDataStream &out) {
                                           out << quint8(Protocol::Kind::Call) << quint32(1) << quint16(0);
                                       }))
                                    << QStringLiteral("truncated");
    QTest::newRow("list count beyond the frame") << true
                                                 << frame(payload([](QDataStream &out) {
                                                        out << quint8(Protocol::Kind::Call) << quint32(1) << quint64(0)
                                                            << QByteArray("ping") << quint8(Protocol::Tag::List) << quint32(0xffffffff);
                                                    }))
                                                 << QStringLiteral("claims 4294967295 items");
    QTest::newRow("nesting too deep") << true << frame(deepList(Protocol::MaxNestingDepth + 10)) << QStringLiteral("nest deeper");
    QTest::newRow("container as opaque value") << true
                                               << frame(payload([](QDataStream &out) {
                                                      out << quint8(Protocol::Kind::Call) << quint32(1) << quint64(0)
                                                          << QByteArray("ping") << quint8(Protocol::Tag::List) << quint32(1)
                                                          << quint8(Protocol::Tag::Other)
                                                          << quint32(QMetaType::QVariantList) << qint8(0) << quint32(0);
                                                  }))
                                               << QStringLiteral("may not travel as an opaque value");
    QTest::newRow("unknown user type") << true
                                       << frame(payload([](QDataStream &out) {
                                              out << quint8(Protocol::Kind::Call) << quint32(1) << quint64(0)
                                                  << QByteArray("ping") << quint8(Protocol::Tag::List) << quint32(1)
                                                          << quint8(Protocol::Tag::Other)
                                                  << quint32(QMetaType::User) << qint8(0) << QByteArray("NoSuchType");
                                          }))
                                       << QStringLiteral("unknown type NoSuchType");
    QTest::newRow("stray bytes") << true
                                 << frame(payload([](QDataStream &out) {
                                        out << quint8(Protocol::Kind::Cancel) << quint32(7) << quint32(0xdeadbeef);
                                    }))
                                 << QStringLiteral("stray bytes");
    QByteArray oversize(4, '\0');
    qToBigEndian<quint32>(quint32(Protocol::DefaultMaxFrameSize + 1), oversize.data());
    QTest::newRow("oversize frame") << true << oversize << QStringLiteral("exceeds the limit");
}

void tst_Server::badClientLosesOnlyItsConnection()
{
    QFETCH(bool, authenticated);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, logged);

    const qsizetype loggedBefore = m_server->output().size();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_address.section(QLatin1Char(':'), -1).toUInt()));
    QVERIFY(socket.waitForConnected(5000));
    if (authenticated)
        QVERIFY(authenticate(socket));
    socket.write(bytes);
    QVERIFY(socket.waitForBytesWritten(5000));
    // The server closes this connection...
    if (socket.state() != QAbstractSocket::UnconnectedState) {
        QVERIFY(socket.waitForDisconnected(5000) || socket.state() == QAbstractSocket::UnconnectedState);
    }
    // ... and says why.
    QVERIFY2(m_server->waitFor(QStringLiteral("libmanager.protocol: closing client"), 5000), "no log line");
    QString line;
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        m_server->waitForLine(QStringLiteral("\x01"), 50); // drain what is there
        const QStringList all = m_server->output();
        for (qsizetype i = loggedBefore; i < all.size(); ++i) {
            if (all.at(i).contains(QLatin1String("closing client")) && all.at(i).contains(logged)) {
                line = all.at(i);
                return true;
            }
        }
        return false;
    }(), 5000);
    QVERIFY(!line.isEmpty());
    // The server and the other client are untouched.
    QCOMPARE(m_witness->callMethod(QStringLiteral("count")).value().toInt() > 1, true);
    QCOMPARE(m_client->introspector()->callMethod(QStringLiteral("ping")).value().toString(), QStringLiteral("pong"));
}

void tst_Server::manyBadClientsInARow()
{
    const int before = m_witness->callMethod(QStringLiteral("count")).value().toInt();
    QRandomGenerator random(20261125);
    for (int i = 0; i < 50; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_address.section(QLatin1Char(':'), -1).toUInt()));
        QVERIFY(socket.waitForConnected(5000));
        if (i % 2)
            QVERIFY(authenticate(socket));
        QByteArray junk(int(random.bounded(1, 2000)), Qt::Uninitialized);
        for (char &c : junk)
            c = char(random.bounded(256));
        socket.write(junk);
        socket.waitForBytesWritten(1000);
        if (i % 3 == 0)
            socket.abort(); // vanish mid-stream
    }
    QCOMPARE(m_witness->callMethod(QStringLiteral("count")).value().toInt(), before + 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->introspector()->callMethod(QStringLiteral("clients")).value().toList().size(), 1, 15000);
}

// A client that connects and never authenticates (silent, or stopping halfway through its
// hello) holds a connection only until the handshake timeout (10 s), and the server serves
// everyone else meanwhile.
void tst_Server::silentClientsAreDroppedAfterTheHandshakeTimeout()
{
    const quint16 port = quint16(m_address.section(QLatin1Char(':'), -1).toUInt());
    QElapsedTimer elapsed;
    elapsed.start();
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(silent.waitForConnected(5000));
    QTcpSocket halfway;
    halfway.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(halfway.waitForConnected(5000));
    QByteArray hello;
    QVERIFY(readFrame(halfway, &hello));
    Handshake::Hello server;
    QVERIFY(Handshake::parseServerHello(hello, &server));
    const QByteArray answer = frame(Handshake::clientHello(m_key, server.nonce, Handshake::newNonce()));
    halfway.write(answer.left(answer.size() / 2));
    QVERIFY(halfway.waitForBytesWritten(5000));

    // Meanwhile the server answers the others.
    QCOMPARE(m_client->introspector()->callMethod(QStringLiteral("ping")).value().toString(), QStringLiteral("pong"));
    QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QAbstractSocket::UnconnectedState, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(halfway.state(), QAbstractSocket::UnconnectedState, 20000);
    // Not at once: the server gave them the whole timeout (minus a little for clock slack).
    QVERIFY2(elapsed.elapsed() >= 9500, qPrintable(QString::number(elapsed.elapsed())));
    // And says why, for each.
    const auto timedOut = [this] {
        m_server->waitForLine(QStringLiteral("\x01"), 50); // drain what is there
        const QStringList all = m_server->output();
        return std::count_if(all.cbegin(), all.cend(), [](const QString &line) {
            return line.contains(QLatin1String("closing client")) && line.contains(QLatin1String("no handshake within 10000 ms"));
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(timedOut() >= 2, 5000);
    QCOMPARE(m_witness->callMethod(QStringLiteral("count")).value().toInt() > 1, true);
}

// A wrong key is diagnosed without showing either key: the client says which key it used
// (length, SHA-256 prefix, the file it came from), the server's log says which client failed
// (its address) and which key the server holds, so the two can be compared.
void tst_Server::authenticationFailureIsDiagnosedOnBothSides()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("stale-key"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("0123456789abcdef0123456789abcdef\n"); // as openssl rand -hex 16 writes it
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray wrongKey = readAuthKeyFile(path);
    QCOMPARE(wrongKey.size(), 32);

    const qsizetype loggedBefore = m_server->output().size();
    auto intruder = TestSupport::connectTo(m_address, wrongKey, 5000);
    QCOMPARE(intruder->error(), Error::AuthenticationFailed);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(wrongKey, QCryptographicHash::Sha256).toHex().left(8));
    QCOMPARE(intruder->errorString(),
             QStringLiteral("Authentication failed: the server at %1 rejected our key (32 bytes, SHA-256 %2, "
                            "from the file %3)")
                     .arg(m_address, sha, path));

    const QString serverSha = QString::fromLatin1(QCryptographicHash::hash(m_key, QCryptographicHash::Sha256).toHex().left(8));
    const QRegularExpression expected(
            QStringLiteral("closing client \\d+ \\(127\\.0\\.0\\.1:\\d+\\): authentication failed: the client's key "
                           "differs from this server's \\(%1 bytes, SHA-256 %2\\)$")
                    .arg(m_key.size())
                    .arg(serverSha));
    QTRY_VERIFY2_WITH_TIMEOUT([&] {
        m_server->waitForLine(QStringLiteral("\x01"), 50); // drain what is there
        const QStringList all = m_server->output();
        for (qsizetype i = loggedBefore; i < all.size(); ++i) {
            if (expected.match(all.at(i)).hasMatch())
                return true;
        }
        return false;
    }(), qPrintable(m_server->output().mid(loggedBefore).join(QLatin1Char('\n'))), 5000);
    QCOMPARE(m_witness->callMethod(QStringLiteral("count")).value().toInt() > 1, true);
}

// A frame's decoded values may take a small multiple of its size: a list of Nulls (1 byte on
// the wire, a 32-byte QVariant decoded) is refused before it is reserved, and what a large
// accepted call decoded into is released once it has been answered, so that an idle
// connection does not hold it.
void tst_Server::decodedMemoryIsBoundedAndReleased()
{
    const qint64 pid = m_server->pid();
    const quint16 port = quint16(m_address.section(QLatin1Char(':'), -1).toUInt());
    const qint64 before = residentBytes(pid);
    QVERIFY(before > 0);

    // 1,500,000 Ints: 7.5 MB on the wire, 48 MB decoded, within the limit.
    QTcpSocket large;
    large.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(large.waitForConnected(5000));
    QVERIFY(authenticate(large));
    QVERIFY(writeAll(large, frame(manyArguments(1500000, [](QDataStream &out, quint32 i) {
        out << quint8(Protocol::Tag::Int) << qint32(i);
    }))));
    QByteArray answer;
    QVERIFY2(readFrame(large, &answer), "the server did not answer the large call");
    QCOMPARE(large.state(), QAbstractSocket::ConnectedState);
    const qint64 afterLarge = residentBytes(pid);
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps freed memory in quarantine (256 MB by default) instead of giving it
    // back: the server's size says nothing there. The ordinary build checks it.
    qInfo("not checked under AddressSanitizer: the server holds %lld MB more after a 48 MB call",
          (afterLarge - before) / (1024 * 1024));
#else
    QVERIFY2(afterLarge - before < 24 * 1024 * 1024,
             qPrintable(QStringLiteral("the server holds %1 MB more after a 48 MB call")
                                .arg((afterLarge - before) / (1024 * 1024))));
#endif

    // 8,000,000 Nulls: 8 MB on the wire, 256 MB decoded: refused, the connection closed.
    const qsizetype loggedBefore = m_server->output().size();
    QTcpSocket nulls;
    nulls.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(nulls.waitForConnected(5000));
    QVERIFY(authenticate(nulls));
    const QByteArray nullFrame = frame(manyArguments(8000000, [](QDataStream &out, quint32) {
        out << quint8(Protocol::Tag::Null);
    }));
    nulls.write(nullFrame);
    nulls.waitForBytesWritten(10000);
    if (nulls.state() == QAbstractSocket::ConnectedState)
        nulls.waitForDisconnected(10000);
    QCOMPARE(nulls.state(), QAbstractSocket::UnconnectedState);
    QTRY_VERIFY2_WITH_TIMEOUT([&] {
        m_server->waitForLine(QStringLiteral("\x01"), 50); // drain what is there
        const QStringList all = m_server->output();
        for (qsizetype i = loggedBefore; i < all.size(); ++i) {
            if (all.at(i).contains(QLatin1String("closing client"))
                && all.at(i).contains(QLatin1String("bytes of memory")))
                return true;
        }
        return false;
    }(), qPrintable(m_server->output().mid(loggedBefore).join(QLatin1Char('\n'))), 5000);
    const qint64 afterNulls = residentBytes(pid);
#if !defined(__SANITIZE_ADDRESS__) // the quarantine again
    QVERIFY2(afterNulls - before < 64 * 1024 * 1024,
             qPrintable(QStringLiteral("the server holds %1 MB more after a frame of Nulls")
                                .arg((afterNulls - before) / (1024 * 1024))));
#else
    Q_UNUSED(afterNulls);
#endif

    // The server goes on, for the other client and for the first connection.
    QCOMPARE(m_witness->callMethod(QStringLiteral("count")).value().toInt() > 1, true);
    QVERIFY(writeAll(large, frame(manyArguments(0, [](QDataStream &, quint32) { }))));
    QVERIFY(readFrame(large, &answer));
}

// Many connections that each fail (here: a hello that is not one) cannot flood the server's
// log: lines past the server's allowance are counted, and the count is logged with the next
// line let through.
void tst_Server::logFloodIsLimited()
{
    const quint16 port = quint16(m_address.section(QLatin1Char(':'), -1).toUInt());
    const auto closingLines = [this](qsizetype from) {
        m_server->waitForLine(QStringLiteral("\x01"), 50); // drain what is there
        const QStringList all = m_server->output();
        return qsizetype(std::count_if(all.cbegin() + from, all.cend(), [](const QString &line) {
            return line.contains(QLatin1String("closing client")) && line.contains(QLatin1String("bad hello"));
        }));
    };
    const qsizetype loggedBefore = m_server->output().size();
    const QByteArray badHello = frame(QByteArray(Protocol::ClientHelloSize, 'x'));
    const auto failOnce = [&] {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QByteArray hello;
        if (!socket.waitForConnected(5000) || !readFrame(socket, &hello))
            return false;
        socket.write(badHello);
        if (!socket.waitForBytesWritten(5000))
            return false;
        // Closed by the server: it has handled (and maybe logged) this one.
        return socket.state() != QAbstractSocket::ConnectedState || socket.waitForDisconnected(5000);
    };
    constexpr int Attempts = 300;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < Attempts; ++i)
        QVERIFY(failOnce());
    const qint64 seconds = elapsed.elapsed() / 1000 + 1;
    const qsizetype logged = closingLines(loggedBefore);
    QVERIFY2(logged >= 10, qPrintable(QString::number(logged)));
    QVERIFY2(logged <= 60 + 20 * seconds,
             qPrintable(QStringLiteral("%1 lines for %2 failed connections in %3 s")
                                .arg(logged).arg(Attempts).arg(seconds)));

    // Once the allowance refills, the next line comes with the count of those dropped: one
    // more failure per try until it has.
    QTRY_VERIFY_WITH_TIMEOUT([&] {
        failOnce();
        m_server->waitForLine(QStringLiteral("\x01"), 50);
        const QStringList all = m_server->output();
        return std::any_of(all.cbegin() + loggedBefore, all.cend(), [](const QString &line) {
            return line.contains(QLatin1String("more warnings about clients suppressed"));
        });
    }(), 5000);
    QCOMPARE(m_witness->callMethod(QStringLiteral("count")).value().toInt() > 1, true);
}

QTEST_GUILESS_MAIN(tst_Server)
#include "tst_server.moc"
