// SPDX-License-Identifier: BSD-3-Clause
// The server-wide event stream, as an observer sees it through Introspector's signals while
// clientworker processes make and drop objects, connect and die, hold and wait, and change an
// object as fast as they can; an observer that stops reading (speaking the protocol itself,
// against libmanager-server run with small limits) gets an overflow notice, not a closed
// connection, and slows nobody; an observer-role connection may watch too.

#include "transport.h"
#include "serverprogram.h"
#include "helperprocess.h"

#include <libmanager/clientinfo.h>
#include <libmanager/wire/handshake_p.h>
#include <libmanager/introspector.h>
#include <libmanager/wire/protocol_p.h>
#include <libmanager/syncmanager.h>
#include <libmanager/wire/wirecodec_p.h>

#include <QtCore/qendian.h>
#include <QtCore/qfile.h>
#include <QtCore/qtemporarydir.h>
#include <QtNetwork/qlocalsocket.h>
#include <QtNetwork/qtcpsocket.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <memory>

using namespace LibManager;
using TestSupport::ServerProgram;

namespace {

using Worker = TestSupport::ClientWorker;

/*! Everything an introspector's stream said, in order. */
class StreamLog : public QObject
{
public:
    struct Entry
    {
        QString what; // the signal's name, or the SyncEvent kind
        quint64 sequence = 0;
        quint64 object = 0;
        quint64 client = 0;
        qint64 number = 0; // references, version, count
        QString text;      // typeId, name, reason, outcome, method
        bool deadline = false;
    };

    explicit StreamLog(Introspector *introspector)
    {
        connect(introspector, &Introspector::streamStarted, this, [this](quint64 sequence) {
            started = true;
            startedAt = sequence;
        });
        connect(introspector, &Introspector::resyncNeeded, this,
                [this](const StreamGap &gap) { gaps.append(gap); });
        const auto object = [this](const char *what) {
            return [this, what](const ObjectEvent &e) {
                add({ QString::fromLatin1(what), e.sequence, e.object, e.client,
                      qint64(e.version ? e.version : quint64(e.references)), e.typeId, false });
            };
        };
        connect(introspector, &Introspector::objectCreated, this, object("created"));
        connect(introspector, &Introspector::objectReleased, this, object("released"));
        connect(introspector, &Introspector::referencesChanged, this, object("references"));
        connect(introspector, &Introspector::objectChanged, this, object("changed"));
        const auto client = [this](const char *what) {
            return [this, what](const ClientEvent &e) {
                add({ QString::fromLatin1(what), e.sequence, 0, e.client, e.processId,
                      e.reason.isEmpty() ? e.name : e.reason, false });
            };
        };
        connect(introspector, &Introspector::clientConnected, this, client("clientConnected"));
        connect(introspector, &Introspector::clientRenamed, this, client("clientRenamed"));
        connect(introspector, &Introspector::clientGone, this, client("clientGone"));
        connect(introspector, &Introspector::syncEvent, this, [this](const SyncEvent &e) {
            const QString kind = QString::fromLatin1(QMetaEnum::fromType<SyncEvent::Kind>().valueToKey(int(e.kind)));
            const QString outcome = QString::fromLatin1(QMetaEnum::fromType<SyncEvent::Outcome>().valueToKey(int(e.outcome)));
            add({ kind, e.sequence, e.object, e.client, e.count,
                  e.kind == SyncEvent::Kind::WaitStarted ? e.method : outcome, e.deadline.isValid() });
        });
    }

    /*! The first entry after \a from that is \a what about \a object (0: any) and \a client
        (0: any), and passes \a also; its index, or -1. */
    int find(const QString &what, quint64 object, quint64 client, int from = 0,
             const std::function<bool(const Entry &)> &also = {}) const
    {
        for (int i = qMax(0, from); i < entries.size(); ++i) {
            const Entry &e = entries.at(i);
            if (e.what == what && (object == 0 || e.object == object)
                && (client == 0 || e.client == client) && (!also || also(e)))
                return i;
        }
        return -1;
    }
    QString dump() const
    {
        QStringList lines;
        for (const Entry &e : entries) {
            lines.append(QStringLiteral("%1 %2 object %3 client %4 %5 %6")
                                 .arg(e.sequence)
                                 .arg(e.what)
                                 .arg(e.object)
                                 .arg(e.client)
                                 .arg(e.number)
                                 .arg(e.text));
        }
        return lines.mid(qMax(0, int(lines.size()) - 60)).join(QLatin1Char('\n'));
    }

    QList<Entry> entries;
    QList<StreamGap> gaps;
    bool started = false;
    quint64 startedAt = 0;
    bool increasing = true;

private:
    void add(const Entry &entry)
    {
        if (!entries.isEmpty() ? entry.sequence <= entries.constLast().sequence : entry.sequence <= startedAt)
            increasing = false;
        entries.append(entry);
    }
};

/*! A client that speaks the protocol itself, subscribes to the stream and reads only when it
    is told to. */
class RawObserver
{
public:
    bool connectTo(const QString &address, const QByteArray &key)
    {
        if (address.startsWith(QLatin1Char('/'))) {
            auto socket = std::make_unique<QLocalSocket>();
            socket->setReadBufferSize(64 * 1024);
            socket->connectToServer(address);
            if (!socket->waitForConnected(5000))
                return false;
            m_device = std::move(socket);
        } else {
            auto socket = std::make_unique<QTcpSocket>();
            // Small kernel buffers on our side: the server's output waits in the server soon.
            socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 16 * 1024);
            socket->setReadBufferSize(64 * 1024);
            const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
            socket->connectToHost(address.left(colon), quint16(address.mid(colon + 1).toUInt()));
            if (!socket->waitForConnected(5000))
                return false;
            m_device = std::move(socket);
        }
        QByteArray hello;
        Handshake::Hello server;
        if (!readFrame(&hello, 5000) || !Handshake::parseServerHello(hello, &server))
            return false;
        QByteArray clientHello;
        Wire::appendFrame(&clientHello, Handshake::clientHello(key, server.nonce, Handshake::newNonce()));
        QByteArray welcome;
        return send(clientHello) && readFrame(&welcome, 5000) && welcome.size() == Protocol::WelcomeSize
                && welcome.at(0) == char(Protocol::WelcomeOk);
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

private:
    bool readFrame(QByteArray *payload, int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        const auto waitFor = [&](qint64 bytes) {
            while (m_device->bytesAvailable() < bytes) {
                if (deadline.hasExpired()
                    || !m_device->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                    return false;
            }
            return true;
        };
        char header[Protocol::FrameHeaderSize];
        if (!waitFor(sizeof header))
            return false;
        m_device->peek(header, sizeof header);
        const quint32 length = qFromBigEndian<quint32>(header);
        if (length > 1024 * 1024 || !waitFor(qint64(sizeof header) + length))
            return false;
        m_device->skip(sizeof header);
        *payload = m_device->read(length);
        return true;
    }

    std::unique_ptr<QIODevice> m_device;
};

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

} // namespace

class tst_EventStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void capabilitiesSayItIsThere();
    void objectsAndReferencesComeAndGo();
    void clientsComeAndGoWithAReason();
    void holdersAndWaiters();
    void timedWaitEndsWithTimeout();
    void barrierAndEvent();
    void changesAreCoalesced();
    void stalledObserverGetsAnOverflowNotice();
    void observerRoleMayWatch();
    void lastDisconnectUnsubscribes();

private:
    std::unique_ptr<Worker> worker(const QStringList &extra = {});
    /*! An introspector of m_manager that watches the stream, started. */
    std::unique_ptr<Introspector> watch(std::unique_ptr<StreamLog> *log, SyncManager *manager = nullptr);

    std::unique_ptr<SyncManager> m_manager;
    const QByteArray m_key = QByteArrayLiteral("event-stream-suite");
    const QByteArray m_observerKey = QByteArrayLiteral("event-stream-suite-observer");
    QTemporaryDir m_dir;
    int m_servers = 0;
};

void tst_EventStream::initTestCase_data()
{
    TestSupport::addTransportRows();
}

void tst_EventStream::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_EventStream::init()
{
    m_manager = TestSupport::makeManager<SyncManager>(m_key);
    m_manager->setObserverKey(m_observerKey);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
}

void tst_EventStream::cleanup()
{
    m_manager.reset();
}

std::unique_ptr<Worker> tst_EventStream::worker(const QStringList &extra)
{
    auto made = std::make_unique<Worker>(
            QStringList { m_manager->address(), QString::fromLatin1(m_key.toHex()) } + extra);
    const QString id = made->waitForLine(QStringLiteral("CONNECTED"));
    if (id.isNull())
        return nullptr;
    made->id = id.toULongLong();
    return made;
}

std::unique_ptr<Introspector> tst_EventStream::watch(std::unique_ptr<StreamLog> *log, SyncManager *manager)
{
    auto introspector = (manager ? manager : m_manager.get())->introspector();
    if (!introspector)
        return nullptr;
    *log = std::make_unique<StreamLog>(introspector.get());
    // Connecting subscribes; the start comes from the event loop.
    if (!QTest::qWaitFor([&] { return (*log)->started; }, 10000))
        return nullptr;
    return introspector;
}

void tst_EventStream::capabilitiesSayItIsThere()
{
    const auto introspector = m_manager->introspector();
    QVERIFY(introspector);
    const ServerCapabilities capabilities = introspector->capabilities();
    QVERIFY(capabilities.hasEventStream());
    QVERIFY(capabilities.introspection >= 3);
    QVERIFY(capabilities.hasCall(QStringLiteral("eventStream")));
}

// Another process makes a dict and drops it at once (its proxy goes with the command), and
// takes a proxy to ours, then dies: created, released, and our dict's count going 1, 2, 1.
void tst_EventStream::objectsAndReferencesComeAndGo()
{
    std::unique_ptr<StreamLog> log;
    const auto introspector = watch(&log);
    QVERIFY(introspector);
    QCOMPARE(introspector->streamSequence(), log->startedAt);
    const auto other = worker();
    QVERIFY(other);

    const QString made = other->ask(QStringLiteral("create dict"), QStringLiteral("TOKEN"));
    QVERIFY(!made.isNull());
    const quint64 madeId = Token::fromString(made).objectId();
    QTRY_VERIFY(log->find(QStringLiteral("released"), madeId, 0) >= 0);
    const int created = log->find(QStringLiteral("created"), madeId, 0);
    QVERIFY2(created >= 0, qPrintable(log->dump()));
    QCOMPARE(log->entries.at(created).text, QStringLiteral("dict"));
    QCOMPARE(log->entries.at(created).client, other->id);
    QVERIFY(created < log->find(QStringLiteral("released"), madeId, 0));

    const auto ours = m_manager->dict();
    QVERIFY(ours);
    const quint64 id = ours->token().objectId();
    QTRY_VERIFY(log->find(QStringLiteral("references"), id, 0) >= 0);
    QVERIFY(log->find(QStringLiteral("created"), id, m_manager->whoAmI().id()) >= 0);
    const auto count = [&](qint64 total) {
        return [total](const StreamLog::Entry &e) { return e.number == total; };
    };
    QVERIFY(!other->ask(QStringLiteral("call %1 __len__").arg(ours->token().toString()), QStringLiteral("RESULT")).isNull());
    QTRY_VERIFY2(log->find(QStringLiteral("references"), id, 0, 0, count(2)) >= 0, qPrintable(log->dump()));
    const int two = log->find(QStringLiteral("references"), id, 0, 0, count(2));
    other->killHard();
    QTRY_VERIFY2(log->find(QStringLiteral("references"), id, 0, two + 1, count(1)) >= 0, qPrintable(log->dump()));
    QVERIFY(log->find(QStringLiteral("released"), id, 0) < 0);
    QVERIFY(log->gaps.isEmpty());
    QVERIFY(log->increasing);
}

void tst_EventStream::clientsComeAndGoWithAReason()
{
    const QString address = TestSupport::currentTransport().address;
    std::unique_ptr<StreamLog> log;
    const auto introspector = watch(&log);
    QVERIFY(introspector);
    const auto other = worker({ QStringLiteral("stream worker") });
    QVERIFY(other);
    QTRY_VERIFY(log->find(QStringLiteral("clientConnected"), 0, other->id) >= 0);
    const StreamLog::Entry connected = log->entries.at(log->find(QStringLiteral("clientConnected"), 0, other->id));
    QCOMPARE(connected.number, address.isEmpty() ? other->pid() : 0);
    QTRY_VERIFY(log->find(QStringLiteral("clientRenamed"), 0, other->id) >= 0);
    QCOMPARE(log->entries.at(log->find(QStringLiteral("clientRenamed"), 0, other->id)).text,
             QStringLiteral("stream worker"));

    other->killHard();
    QTRY_VERIFY(log->find(QStringLiteral("clientGone"), 0, other->id) >= 0);
    QCOMPARE(log->entries.at(log->find(QStringLiteral("clientGone"), 0, other->id)).text,
             QStringLiteral("closed"));
    QVERIFY(log->increasing);
}

// One process holds a Lock, another waits for it; the holder is killed: its hold goes (as
// gone), the wait ends granted, and the other holds the Lock.
void tst_EventStream::holdersAndWaiters()
{
    const auto lock = m_manager->Lock();
    QVERIFY(lock);
    const quint64 id = lock->token().objectId();
    std::unique_ptr<StreamLog> log;
    const auto introspector = watch(&log);
    QVERIFY(introspector);
    const auto holder = worker();
    const auto waiter = worker();
    QVERIFY(holder && waiter);

    QVERIFY(!holder->ask(QStringLiteral("acquire ") + lock->token().toString()).isNull());
    QTRY_VERIFY(log->find(QStringLiteral("Acquired"), id, holder->id) >= 0);
    QCOMPARE(log->entries.at(log->find(QStringLiteral("Acquired"), id, holder->id)).number, 1);
    const QString waiting = waiter->post(QStringLiteral("acquire ") + lock->token().toString());
    QTRY_VERIFY(log->find(QStringLiteral("WaitStarted"), id, waiter->id) >= 0);
    const StreamLog::Entry started = log->entries.at(log->find(QStringLiteral("WaitStarted"), id, waiter->id));
    QCOMPARE(started.text, QStringLiteral("acquire"));
    QVERIFY(!started.deadline);

    holder->killHard();
    QVERIFY(waiter->waitFor(waiting + QStringLiteral(" OK"), 20000));
    QTRY_VERIFY(log->find(QStringLiteral("clientGone"), 0, holder->id) >= 0);
    const int released = log->find(QStringLiteral("Released"), id, holder->id);
    QVERIFY2(released >= 0, qPrintable(log->dump()));
    QCOMPARE(log->entries.at(released).text, QStringLiteral("Gone"));
    const int ended = log->find(QStringLiteral("WaitEnded"), id, waiter->id);
    QVERIFY(ended > released);
    QCOMPARE(log->entries.at(ended).text, QStringLiteral("Granted"));
    const int acquired = log->find(QStringLiteral("Acquired"), id, waiter->id);
    QVERIFY(acquired > ended);
    QVERIFY(log->increasing);
    QVERIFY(log->gaps.isEmpty());
}

void tst_EventStream::timedWaitEndsWithTimeout()
{
    const auto lock = m_manager->Lock();
    QVERIFY(lock && lock->acquire());
    const quint64 id = lock->token().objectId();
    std::unique_ptr<StreamLog> log;
    const auto introspector = watch(&log);
    QVERIFY(introspector);
    const auto other = worker();
    QVERIFY(other);
    // acquire(blocking, timeout in seconds): false after 300 ms.
    QCOMPARE(other->ask(QStringLiteral("call %1 acquire [true, 0.3]").arg(lock->token().toString()),
                        QStringLiteral("RESULT")),
             QStringLiteral("false"));
    QTRY_VERIFY(log->find(QStringLiteral("WaitEnded"), id, other->id) >= 0);
    const int started = log->find(QStringLiteral("WaitStarted"), id, other->id);
    QVERIFY(started >= 0);
    QVERIFY(log->entries.at(started).deadline);
    QCOMPARE(log->entries.at(log->find(QStringLiteral("WaitEnded"), id, other->id)).text,
             QStringLiteral("Timeout"));

    // A queue get that the client gives up on: cancelled; one of a client that dies: gone.
    const auto queue = m_manager->Queue();
    QVERIFY(queue);
    const quint64 queueId = queue->token().objectId();
    other->post(QStringLiteral("get %1 -1").arg(queue->token().toString()));
    QTRY_VERIFY(log->find(QStringLiteral("WaitStarted"), queueId, other->id) >= 0);
    other->killHard();
    QTRY_VERIFY(log->find(QStringLiteral("WaitEnded"), queueId, other->id) >= 0);
    QCOMPARE(log->entries.at(log->find(QStringLiteral("WaitEnded"), queueId, other->id)).text,
             QStringLiteral("Gone"));
}

void tst_EventStream::barrierAndEvent()
{
    const auto barrier = m_manager->Barrier(2);
    const auto event = m_manager->Event();
    QVERIFY(barrier && event);
    std::unique_ptr<StreamLog> log;
    const auto introspector = watch(&log);
    QVERIFY(introspector);
    const quint64 me = m_manager->whoAmI().id();
    QVERIFY(event->set());
    QVERIFY(event->clear());
    barrier->abort();
    barrier->reset();
    QTRY_VERIFY(log->find(QStringLiteral("Reset"), barrier->token().objectId(), me) >= 0);
    const int set = log->find(QStringLiteral("Set"), event->token().objectId(), me);
    const int cleared = log->find(QStringLiteral("Cleared"), event->token().objectId(), me);
    const int broken = log->find(QStringLiteral("Broken"), barrier->token().objectId(), me);
    QVERIFY2(set >= 0 && set < cleared && cleared < broken, qPrintable(log->dump()));
}

// A process adds to a Value 20,000 times as fast as it can: the observer gets far fewer
// "changed" events, the last with the final version and the writer as its origin.
void tst_EventStream::changesAreCoalesced()
{
    const auto value = m_manager->Value('i', 0);
    QVERIFY(value);
    const quint64 id = value->token().objectId();
    std::unique_ptr<StreamLog> log;
    const auto introspector = watch(&log);
    QVERIFY(introspector);
    const auto writer = worker();
    QVERIFY(writer);
    constexpr int Sets = 20000;
    const QString done = writer->ask(QStringLiteral("repeat %1 %2 fetch_add [1]").arg(Sets).arg(value->token().toString()),
                                     QStringLiteral("DONE"), 60000);
    QVERIFY(!done.isNull());
    const qint64 ms = done.section(QLatin1Char(' '), 0, 0).toLongLong();
    const auto finalVersion = [](const StreamLog::Entry &e) { return e.number == Sets; };
    QTRY_VERIFY2(log->find(QStringLiteral("changed"), id, 0, 0, finalVersion) >= 0, qPrintable(log->dump()));
    int changed = 0;
    quint64 lastVersion = 0;
    for (const StreamLog::Entry &e : std::as_const(log->entries)) {
        if (e.what != QLatin1String("changed") || e.object != id)
            continue;
        ++changed;
        QVERIFY(quint64(e.number) > lastVersion);
        lastVersion = quint64(e.number);
        QCOMPARE(e.client, writer->id);
    }
    QCOMPARE(lastVersion, quint64(Sets));
    // At most one report per 10 ms, give or take the turns around them.
    qInfo("%d sets in %lld ms gave %d changed events", Sets, ms, changed);
    QVERIFY2(changed <= ms / 10 + 20 && changed < Sets / 10, qPrintable(QString::number(changed)));
    QVERIFY(log->increasing);
    QVERIFY(log->gaps.isEmpty());
}

// An observer that stops reading: once its unread output passes half the soft limit, the
// server drops its events (it keeps no more for it, and the writer is not held up), keeps its
// connection past the output timeout, and tells it what it lost when it reads again.
void tst_EventStream::stalledObserverGetsAnOverflowNotice()
{
    if (TestSupport::currentTransport().name == QLatin1String("tls"))
        QSKIP("its hand-written protocol client speaks plain sockets, not TLS; the limits it "
              "checks are the server's, the same for every transport (run over local and TCP)");
    const QString address = TestSupport::currentTransport().address;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LMTEST_KEY"), QString::fromLatin1(m_key));
    const QString listen = address.isEmpty() ? m_dir.filePath(QStringLiteral("server%1").arg(++m_servers)) : address;
    ServerProgram server({ QStringLiteral("--address"), listen, QStringLiteral("--authkey-env"),
                           QStringLiteral("LMTEST_KEY"), QStringLiteral("--object"),
                           QStringLiteral("flag=Event"), QStringLiteral("--output-soft-limit"),
                           QStringLiteral("256K"), QStringLiteral("--output-timeout"),
                           QStringLiteral("1000") },
                         environment);
    const QString serving = server.waitForAddress();
    QVERIFY(!serving.isEmpty());
    SyncManager manager(serving, m_key);
    TestSupport::configure(manager);
    QVERIFY2(manager.connectToServer(), qPrintable(manager.errorString()));
    const auto flag = manager.proxyForName<EventProxy>(QStringLiteral("flag"));
    QVERIFY(flag);

    RawObserver observer;
    QVERIFY(observer.connectTo(serving, m_key));
    QByteArray subscribe;
    Wire::encodeSubscribe(&subscribe, 1, Protocol::IntrospectorObjectId);
    QVERIFY(observer.send(subscribe));
    Wire::Message message;
    QVERIFY(observer.readMessage(&message));
    QCOMPARE(message.kind, Protocol::Kind::Result);
    QVERIFY(observer.readMessage(&message));
    QCOMPARE(message.name, QByteArray(Protocol::Stream::Started));
    quint64 last = message.args.value(0).toULongLong();

    const qint64 before = residentBytes(server.pid());
    QVERIFY(before > 0);
    // Another process sets and clears the Event, pipelined: two events a call pair, far more
    // than the sockets' buffers and the bound hold. It is neither held up nor closed.
    Worker writer({ serving, QString::fromLatin1(m_key.toHex()) });
    QVERIFY(!writer.waitForLine(QStringLiteral("CONNECTED")).isNull());
    constexpr int Calls = 200000;
    const QString done = writer.ask(QStringLiteral("burst %1 %2 set,clear").arg(Calls).arg(flag->token().toString()),
                                    QStringLiteral("DONE"), 80000);
    QVERIFY2(!done.isNull(), qPrintable(writer.log()));
    // Every call was answered (the last one cleared the Event), and the writer is served on.
    QCOMPARE(writer.ask(QStringLiteral("call %1 is_set").arg(flag->token().toString()), QStringLiteral("RESULT")),
             QStringLiteral("false"));
    // Stalled for longer than the output timeout: stream output alone closes nothing.
    QTest::qWait(1500);
    const qint64 grown = residentBytes(server.pid()) - before;
    qInfo("%d calls in %s ms; the server grew by %lld KiB", Calls, qPrintable(done), grown / 1024);
    QVERIFY2(grown < 32 * 1024 * 1024, qPrintable(QString::number(grown)));
    const QList<ClientInfo> clients = manager.clients();
    qint64 waiting = -1;
    for (const ClientInfo &client : clients) {
        if (client.isWatchingServer())
            waiting = client.pendingOutput();
    }
    QVERIFY2(waiting >= 0 && waiting <= 128 * 1024 + 4096, qPrintable(QString::number(waiting)));
    QVERIFY(!server.errors().contains(QLatin1String("closing client")));

    // Reading again: consecutive events, then one overflow notice naming the lost ones, then
    // consecutive events again from the one after it.
    int events = 0;
    bool overflow = false;
    while (!overflow && observer.readMessage(&message, 10000)) {
        QCOMPARE(message.kind, Protocol::Kind::Event);
        const quint64 sequence = message.args.value(0).toULongLong();
        if (message.name == Protocol::Stream::Overflow) {
            const quint64 firstLost = message.args.value(2).toULongLong();
            QCOMPARE(firstLost, last + 1);
            QVERIFY(sequence >= firstLost);
            qInfo("%d events read, then %llu lost", events, sequence - firstLost + 1);
            overflow = true;
        } else {
            QCOMPARE(sequence, last + 1);
            ++events;
        }
        last = sequence;
    }
    QVERIFY(overflow);
    QVERIFY(flag->set());
    QVERIFY(flag->clear());
    for (int i = 0; i < 2; ++i) {
        QVERIFY(observer.readMessage(&message, 10000));
        if (message.name == Protocol::Stream::Changed) {
            --i;
            last = message.args.value(0).toULongLong();
            continue;
        }
        QCOMPARE(message.args.value(0).toULongLong(), last + 1);
        last = message.args.value(0).toULongLong();
    }
    QVERIFY(observer.isConnected());
    QVERIFY2(!server.errors().contains(QLatin1String("closing client")), qPrintable(server.errors()));
}

void tst_EventStream::observerRoleMayWatch()
{
    SyncManager observer(m_manager->address(), m_observerKey);
    TestSupport::configure(observer);
    QVERIFY2(observer.connectToServer(), qPrintable(observer.errorString()));
    QCOMPARE(observer.role(), BaseManager::Role::Observer);
    std::unique_ptr<StreamLog> log;
    const auto introspector = watch(&log, &observer);
    QVERIFY(introspector);
    const auto made = m_manager->list();
    QVERIFY(made);
    QTRY_VERIFY(log->find(QStringLiteral("created"), made->token().objectId(), m_manager->whoAmI().id()) >= 0);
    bool watching = false;
    for (const ClientInfo &client : m_manager->clients()) {
        if (client.isObserver())
            watching = client.isWatchingServer();
    }
    QVERIFY(watching);
}

void tst_EventStream::lastDisconnectUnsubscribes()
{
    std::unique_ptr<StreamLog> log;
    auto introspector = watch(&log);
    QVERIFY(introspector);
    const quint64 me = m_manager->whoAmI().id();
    const auto watching = [&] {
        for (const ClientInfo &client : m_manager->clients()) {
            if (client.id() == me)
                return client.isWatchingServer();
        }
        return false;
    };
    QVERIFY(watching());
    // The last connection of a stream signal goes: the introspector unsubscribes.
    QObject::disconnect(introspector.get(), nullptr, log.get(), nullptr);
    QTRY_VERIFY(!watching());
    const quint64 sequence = introspector->streamSequence();
    const auto after = m_manager->dict();
    QVERIFY(after);
    QCOMPARE(m_manager->whoAmI().id(), me); // a round trip: anything sent meanwhile is here
    QCoreApplication::processEvents();
    QCOMPARE(introspector->streamSequence(), sequence);
    // Connecting again subscribes again.
    QSignalSpy started(introspector.get(), &Introspector::streamStarted);
    QTRY_COMPARE(started.size(), 1);
    QTRY_VERIFY(watching());
}

QTEST_GUILESS_MAIN(tst_EventStream)
#include "tst_eventstream.moc"
