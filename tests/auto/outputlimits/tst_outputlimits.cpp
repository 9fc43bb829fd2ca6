// SPDX-License-Identifier: BSD-3-Clause
// A server's output limits, against clients that do not read what they are sent: one that
// pipelines requests without reading the answers is not read from either (backpressure), and
// loses nothing; one that lets events pile up past the hard limit, or takes nothing for the
// output timeout, is disconnected with the reason logged and what it held released. The
// server's other clients go on. libmanager-server runs with small limits, over a local socket
// and TCP; the client that misbehaves speaks the protocol itself.

#include "transport.h"
#include "serverprogram.h"

#include <libmanager/dictproxy.h>
#include <libmanager/wire/handshake_p.h>
#include <libmanager/lockproxy.h>
#include <libmanager/wire/protocol_p.h>
#include <libmanager/syncmanager.h>
#include <libmanager/wire/wirecodec_p.h>

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qendian.h>
#include <QtCore/qfile.h>
#include <QtCore/qtemporarydir.h>
#include <QtNetwork/qlocalsocket.h>
#include <QtNetwork/qtcpsocket.h>
#include <QtTest/qtest.h>

#include <algorithm>

using namespace LibManager;
using TestSupport::ServerProgram;

namespace {

const QByteArray Key = QByteArrayLiteral("output-limits-suite");

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

// A client that speaks the protocol itself and reads only when it is told to.
class RawClient
{
public:
    bool connectTo(const QString &address)
    {
        const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
        if (address.startsWith(QLatin1Char('/'))) {
            auto socket = std::make_unique<QLocalSocket>();
            socket->connectToServer(address);
            if (!socket->waitForConnected(5000))
                return false;
            m_device = std::move(socket);
        } else {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(address.left(colon), quint16(address.mid(colon + 1).toUInt()));
            if (!socket->waitForConnected(5000))
                return false;
            m_device = std::move(socket);
        }
        return authenticate();
    }

    bool send(const QByteArray &bytes)
    {
        m_device->write(bytes);
        while (m_device->bytesToWrite() > 0) {
            if (!m_device->waitForBytesWritten(10000))
                return false;
        }
        return true;
    }

    bool readMessage(Wire::Message *message, int timeoutMs = 10000)
    {
        QByteArray payload;
        QString why;
        return readFrame(&payload, timeoutMs)
                && Wire::decodeMessage(payload.constData(), payload.size(), message, &why);
    }

    bool isConnected() const
    {
        if (const auto *local = qobject_cast<const QLocalSocket *>(m_device.get()))
            return local->state() == QLocalSocket::ConnectedState;
        return static_cast<const QTcpSocket *>(m_device.get())->state() == QAbstractSocket::ConnectedState;
    }

    /*! Reads (and drops) everything until the server closes the connection. */
    bool readUntilClosed(int timeoutMs = 20000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            m_device->readAll();
            if (!isConnected())
                return true;
            m_device->waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(100))));
        }
        return false;
    }

private:
    bool readFrame(QByteArray *payload, int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        const auto waitFor = [&](qint64 bytes) {
            while (m_device->bytesAvailable() < bytes) {
                if (deadline.hasExpired() || !m_device->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                    return false;
            }
            return true;
        };
        if (!waitFor(Protocol::FrameHeaderSize))
            return false;
        char header[Protocol::FrameHeaderSize];
        m_device->peek(header, sizeof header);
        const quint32 length = qFromBigEndian<quint32>(header);
        if (!waitFor(Protocol::FrameHeaderSize + qint64(length)))
            return false;
        m_device->skip(Protocol::FrameHeaderSize);
        *payload = m_device->read(length);
        return true;
    }

    bool authenticate()
    {
        QByteArray hello;
        Handshake::Hello server;
        if (!readFrame(&hello, 5000) || !Handshake::parseServerHello(hello, &server))
            return false;
        QByteArray clientHello;
        Wire::appendFrame(&clientHello, Handshake::clientHello(Key, server.nonce, Handshake::newNonce()));
        QByteArray welcome;
        return send(clientHello) && readFrame(&welcome, 5000)
                && welcome.size() == Protocol::WelcomeSize && welcome.at(0) == char(Protocol::WelcomeOk);
    }

    std::unique_ptr<QIODevice> m_device;
};

} // namespace

class tst_OutputLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void requestsWaitWhileTheirAnswersAreUnread();
    void unreadEventsPastTheHardLimitCloseOnlyThatClient();
    void clientThatTakesNothingIsDroppedAfterTheOutputTimeout();

private:
    /*! libmanager-server on a fresh address of the row's transport, with a dict "big" and a
        Lock "lock", and \a limits on its command line. */
    std::unique_ptr<ServerProgram> startServer(const QStringList &limits);

    QTemporaryDir m_dir;
    int m_servers = 0;
    QString m_address;
};

void tst_OutputLimits::initTestCase_data()
{
    TestSupport::addTransportRows();
}

void tst_OutputLimits::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<ServerProgram> tst_OutputLimits::startServer(const QStringList &limits)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LMTEST_KEY"), QString::fromLatin1(Key));
    const QString address = TestSupport::currentTransport().listenAddress(
        m_dir.filePath(QStringLiteral("server%1").arg(++m_servers)));
    auto server = std::make_unique<ServerProgram>(
            QStringList { QStringLiteral("--address"), address, QStringLiteral("--authkey-env"),
                          QStringLiteral("LMTEST_KEY"), QStringLiteral("--object"),
                          QStringLiteral("big=dict"), QStringLiteral("--object"),
                          QStringLiteral("lock=Lock") }
                    + limits,
            environment);
    m_address = server->waitForAddress();
    return m_address.isEmpty() ? nullptr : std::move(server);
}

// A client sends 1,000 requests whose answers take 256 KiB each and reads none of them: the
// server answers until 1 MiB waits, then reads no more of its requests until it reads the
// answers. It grows by about the soft limit, not by 250 MB; another client is served all the
// while; and when the first reads, every answer comes, in order.
void tst_OutputLimits::requestsWaitWhileTheirAnswersAreUnread()
{
    if (TestSupport::currentTransport().name == QLatin1String("tls"))
        QSKIP("its hand-written protocol client speaks plain sockets, not TLS; the limits it "
              "checks are the server's, the same for every transport (run over local and TCP)");
    const auto server = startServer({ QStringLiteral("--output-soft-limit"), QStringLiteral("1M") });
    QVERIFY(server);
    SyncManager manager(m_address, Key);
    TestSupport::configure(manager);
    QVERIFY2(manager.connectToServer(), qPrintable(manager.errorString()));
    const auto big = manager.namedDict(QStringLiteral("big"));
    QVERIFY(big);
    const QString value(128 * 1024, QLatin1Char('x'));
    QVERIFY(big->setValue(QStringLiteral("v"), value));
    const qint64 before = residentBytes(server->pid());
    QVERIFY(before > 0);

    RawClient flooder;
    QVERIFY(flooder.connectTo(m_address));
    constexpr quint32 Requests = 1000;
    QByteArray requests;
    for (quint32 id = 1; id <= Requests; ++id)
        QVERIFY(Wire::encodeCall(&requests, id, big->token().objectId(), QByteArray("get"), { QStringLiteral("v") }));
    QVERIFY(flooder.send(requests));

    // The server takes turns between the two clients: the other one's calls are answered
    // while the flooder's wait (their times are for the record, not a pass mark).
    QList<qint64> micros;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(big->size(), 1);
        micros.append(timer.nsecsElapsed() / 1000);
    }
    std::sort(micros.begin(), micros.end());
    qInfo("another client's calls meanwhile: median %lld us, slowest %lld us",
          micros.at(micros.size() / 2), micros.constLast());

    const qint64 grown = residentBytes(server->pid()) - before;
    QVERIFY2(grown < 48 * 1024 * 1024,
             qPrintable(QStringLiteral("the server grew by %1 MB for answers nobody reads")
                                .arg(grown / (1024 * 1024))));

    Wire::Message message;
    for (quint32 id = 1; id <= Requests; ++id) {
        QVERIFY2(flooder.readMessage(&message), qPrintable(QStringLiteral("answer %1 missing").arg(id)));
        QCOMPARE(message.kind, Protocol::Kind::Result);
        QCOMPARE(message.requestId, id);
        QCOMPARE(message.value.toString().size(), value.size());
    }
    QVERIFY(flooder.isConnected());
    QVERIFY(!server->errors().contains(QLatin1String("closing client")));
}

// A client subscribes to a dict and stops reading: the events of another client's changes
// pile up until they pass the hard limit (2 MiB here); then that client alone is
// disconnected, with the reason in the server's log.
void tst_OutputLimits::unreadEventsPastTheHardLimitCloseOnlyThatClient()
{
    if (TestSupport::currentTransport().name == QLatin1String("tls"))
        QSKIP("its hand-written protocol client speaks plain sockets, not TLS; the limits it "
              "checks are the server's, the same for every transport (run over local and TCP)");
    const auto server = startServer({ QStringLiteral("--output-hard-limit"), QStringLiteral("2M") });
    QVERIFY(server);
    SyncManager manager(m_address, Key);
    TestSupport::configure(manager);
    QVERIFY2(manager.connectToServer(), qPrintable(manager.errorString()));
    const auto big = manager.namedDict(QStringLiteral("big"));
    QVERIFY(big);

    RawClient subscriber;
    QVERIFY(subscriber.connectTo(m_address));
    QByteArray subscribe;
    Wire::encodeSubscribe(&subscribe, 1, big->token().objectId());
    QVERIFY(subscriber.send(subscribe));
    Wire::Message answer;
    QVERIFY(subscriber.readMessage(&answer));
    QCOMPARE(answer.requestId, 1u);

    // 128 KiB per event: the limit and the sockets' buffers are passed within 100 changes.
    const QString value(64 * 1024, QLatin1Char('e'));
    const QString reason = QStringLiteral("more than the output limit of 2097152");
    int changes = 0;
    while (changes < 400 && !server->waitForError(reason, 0)) {
        QVERIFY(big->setValue(QStringLiteral("k"), QString(value + QString::number(changes))));
        ++changes;
    }
    QVERIFY2(server->waitForError(reason, 5000), qPrintable(server->log()));
    qInfo("disconnected after %d changes", changes);
    QVERIFY(subscriber.readUntilClosed());
    // The one that changes the dict goes on.
    QVERIFY(big->setValue(QStringLiteral("after"), 1));
    QCOMPARE(big->value(QStringLiteral("after")).value().toInt(), 1);
}

// A client holds the Lock and has events waiting that it takes none of (its program hangs, or
// is stopped): after the output timeout (1 s here) the server drops it, and the Lock goes to
// the next client.
void tst_OutputLimits::clientThatTakesNothingIsDroppedAfterTheOutputTimeout()
{
    if (TestSupport::currentTransport().name == QLatin1String("tls"))
        QSKIP("its hand-written protocol client speaks plain sockets, not TLS; the limits it "
              "checks are the server's, the same for every transport (run over local and TCP)");
    const auto server = startServer({ QStringLiteral("--output-timeout"), QStringLiteral("1000") });
    QVERIFY(server);
    SyncManager manager(m_address, Key);
    TestSupport::configure(manager);
    QVERIFY2(manager.connectToServer(), qPrintable(manager.errorString()));
    const auto big = manager.namedDict(QStringLiteral("big"));
    const auto lock = manager.namedLock(QStringLiteral("lock"));
    QVERIFY(big && lock);

    RawClient stuck;
    QVERIFY(stuck.connectTo(m_address));
    QByteArray requests;
    QVERIFY(Wire::encodeCall(&requests, 1, lock->token().objectId(), QByteArray("acquire"), { true, QVariant() }));
    Wire::encodeSubscribe(&requests, 2, big->token().objectId());
    QVERIFY(stuck.send(requests));
    Wire::Message answer;
    QVERIFY(stuck.readMessage(&answer));
    QCOMPARE(answer.requestId, 1u);
    QCOMPARE(answer.value.toBool(), true);
    QVERIFY(stuck.readMessage(&answer));
    QCOMPARE(answer.requestId, 2u);
    QVERIFY(!lock->acquire(0));

    // Changes until the events fill the sockets' buffers and wait in the server, which then
    // gives the client a second to take some.
    const QString value(16 * 1024, QLatin1Char('t'));
    const QString reason = QStringLiteral("of waiting output for");
    int changes = 0;
    while (changes < 2000 && !server->waitForError(reason, 0)) {
        QVERIFY(big->setValue(QStringLiteral("k"), QString(value + QString::number(changes))));
        if (++changes % 100 == 0)
            server->waitForError(reason, 200);
    }
    QVERIFY2(server->waitForError(reason, 10000), qPrintable(server->log()));
    QVERIFY2(lock->acquire(10000), qPrintable(lock->lastErrorString()));
    QVERIFY(lock->release());
    QVERIFY(stuck.readUntilClosed());
}

QTEST_GUILESS_MAIN(tst_OutputLimits)
#include "tst_outputlimits.moc"
