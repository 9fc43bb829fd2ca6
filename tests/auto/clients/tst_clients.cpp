// SPDX-License-Identifier: BSD-3-Clause
// Clients as the server describes them, seen from another client: who each one is (its id,
// its name, its process or its address), what it did (calls, bytes, subscriptions,
// references), what it holds (locks and permits) and which of its calls wait, while
// clientworker processes connect, hold, park, release and die.

#include "transport.h"
#include "helperprocess.h"

#include <libmanager/clientinfo.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qfileinfo.h>
#include <QtTest/qtest.h>

using namespace LibManager;

namespace {

using Worker = TestSupport::ClientWorker;

/*! The local port of \a pid's TCP connection to \a serverPort on this host, from /proc; 0 if
    it has none. */
quint16 localPortOfConnection(qint64 pid, quint16 serverPort)
{
    QSet<QByteArray> inodes;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    const QStringList entries = fds.entryList(QDir::NoDotAndDotDot | QDir::System | QDir::Files);
    for (const QString &fd : entries) {
        const QString target = QFileInfo(fds.filePath(fd)).symLinkTarget();
        const qsizetype open = target.indexOf(QLatin1String("socket:["));
        if (open >= 0)
            inodes.insert(target.mid(open + 8).chopped(1).toLatin1());
    }
    for (const QString &table : { QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6") }) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        // All at once: a file of /proc has no size, so atEnd() is no guide.
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 10 || !inodes.contains(fields.at(9)))
                continue;
            const quint16 local = fields.at(1).split(':').value(1).toUShort(nullptr, 16);
            const quint16 remote = fields.at(2).split(':').value(1).toUShort(nullptr, 16);
            if (remote == serverPort)
                return local;
        }
    }
    return 0;
}

} // namespace

class tst_Clients : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void fromVariantMapReadsWhatAnOlderServerSends();
    void whoAmI();
    void namesAreSeenByOtherClients();
    void processIdAndPeerAddress();
    void countsMove();
    void holdsAppearAndGo();
    void parkedCallsAreListed();

private:
    std::unique_ptr<Worker> worker(const QStringList &extra = {});
    /*! The client \a id as the server describes it now (invalid if it is not connected). */
    ClientInfo client(quint64 id);

    std::unique_ptr<SyncManager> m_manager;
    const QByteArray m_key = QByteArrayLiteral("clients-suite");
};

void tst_Clients::initTestCase_data()
{
    TestSupport::addTransportRows();
}

void tst_Clients::init()
{
    m_manager = TestSupport::makeManager<SyncManager>(m_key);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
}

void tst_Clients::cleanup()
{
    m_manager.reset();
}

std::unique_ptr<Worker> tst_Clients::worker(const QStringList &extra)
{
    auto made = std::make_unique<Worker>(
            QStringList { m_manager->address(), QString::fromLatin1(m_key.toHex()) } + extra);
    if (!made->waitFor(QStringLiteral("CONNECTED")))
        return nullptr;
    return made;
}

ClientInfo tst_Clients::client(quint64 id)
{
    const QList<ClientInfo> clients = m_manager->clients();
    for (const ClientInfo &info : clients) {
        if (info.id() == id)
            return info;
    }
    return ClientInfo();
}

// The keys of the first introspection revision only: what is not there stays at its default.
void tst_Clients::fromVariantMapReadsWhatAnOlderServerSends()
{
    const ClientInfo info = ClientInfo::fromVariantMap(
            { { QStringLiteral("id"), 7 }, { QStringLiteral("transport"), QStringLiteral("tcp") },
              { QStringLiteral("peer"), QStringLiteral("192.0.2.7:50412") },
              { QStringLiteral("references"), 3 }, { QStringLiteral("parkedCalls"), 1 } });
    QVERIFY(info.isValid());
    QCOMPARE(info.id(), quint64(7));
    QCOMPARE(info.transport(), ClientInfo::Transport::Tcp);
    QCOMPARE(info.peer(), QStringLiteral("192.0.2.7:50412"));
    QCOMPARE(info.references(), 3);
    QCOMPARE(info.parkedCount(), 1);
    QVERIFY(info.name().isEmpty());
    QCOMPARE(info.processId(), 0);
    QVERIFY(!info.connectedAt().isValid());
    QVERIFY(info.holds().isEmpty());
    QVERIFY(info.parked().isEmpty());
    QVERIFY(!ClientInfo().isValid());
    QVERIFY(!ClientInfo::fromVariantMap({}).isValid());
}

void tst_Clients::whoAmI()
{
    const QString address = TestSupport::currentTransport().address;
    const ClientInfo me = m_manager->whoAmI();
    QVERIFY2(me.isValid(), qPrintable(m_manager->errorString()));
    const auto introspector = m_manager->introspector();
    QCOMPARE(introspector->callMethod(QStringLiteral("whoami")).value().toULongLong(), me.id());
    const QString kind = TestSupport::currentTransport().name;
    QCOMPARE(me.transport(), kind == QLatin1String("local") ? ClientInfo::Transport::Local
                             : kind == QLatin1String("tls") ? ClientInfo::Transport::Tls
                                                            : ClientInfo::Transport::Tcp);
    QCOMPARE(me.name(), QStringLiteral("%1[%2]").arg(QCoreApplication::applicationName())
                                .arg(QCoreApplication::applicationPid()));
    QCOMPARE(client(me.id()).name(), me.name());

    // Another client's whoami is its own, and both are listed.
    const auto other = worker();
    QVERIFY(other);
    const quint64 otherId = other->waitForLine(QStringLiteral("CONNECTED")).toULongLong();
    QVERIFY(otherId != 0 && otherId != me.id());
    QVERIFY(client(otherId).isValid());
    QCOMPARE(m_manager->whoAmI().id(), me.id());
}

void tst_Clients::namesAreSeenByOtherClients()
{
    // The default: the application's name and pid.
    const auto unnamed = worker();
    QVERIFY(unnamed);
    const quint64 unnamedId = unnamed->waitForLine(QStringLiteral("CONNECTED")).toULongLong();
    QCOMPARE(client(unnamedId).name(), QStringLiteral("clientworker[%1]").arg(unnamed->pid()));

    // Set before connecting, and after.
    const auto named = worker({ QStringLiteral("worker one") });
    QVERIFY(named);
    const quint64 namedId = named->waitForLine(QStringLiteral("CONNECTED")).toULongLong();
    QCOMPARE(client(namedId).name(), QStringLiteral("worker one"));
    QVERIFY(!named->ask(QStringLiteral("name renamed worker")).isNull());
    QTRY_COMPARE(client(namedId).name(), QStringLiteral("renamed worker"));

    // Ours, while connected; an empty name restores the default; long ones are cut.
    const QString ourDefault = m_manager->clientName();
    m_manager->setClientName(QStringLiteral("the inspector"));
    QCOMPARE(m_manager->whoAmI().name(), QStringLiteral("the inspector"));
    QCOMPARE(client(m_manager->whoAmI().id()).name(), QStringLiteral("the inspector"));
    m_manager->setClientName(QString(300, QLatin1Char('x')));
    QCOMPARE(m_manager->whoAmI().name(), QString(256, QLatin1Char('x')));
    m_manager->setClientName({});
    QCOMPARE(m_manager->clientName(), ourDefault);
    QCOMPARE(m_manager->whoAmI().name(), ourDefault);
}

void tst_Clients::processIdAndPeerAddress()
{
    const QString address = TestSupport::currentTransport().address;
    const auto other = worker();
    QVERIFY(other);
    const ClientInfo info = client(other->waitForLine(QStringLiteral("CONNECTED")).toULongLong());
    QVERIFY(info.isValid());
    if (address.isEmpty()) {
        // The kernel's word, not the client's: SO_PEERCRED.
        QCOMPARE(info.processId(), other->pid());
        QVERIFY2(info.peer().contains(QStringLiteral("pid %1").arg(other->pid())), qPrintable(info.peer()));
        QCOMPARE(m_manager->whoAmI().processId(), QCoreApplication::applicationPid());
        return;
    }
    // Over TCP no pid, but the address: the port of the worker's own socket.
    QCOMPARE(info.processId(), 0);
    const quint16 serverPort = m_manager->address().section(QLatin1Char(':'), -1).toUShort();
    const quint16 workerPort = localPortOfConnection(other->pid(), serverPort);
    QVERIFY(workerPort != 0);
    QCOMPARE(info.peer(), QStringLiteral("127.0.0.1:%1").arg(workerPort));
    QVERIFY(m_manager->whoAmI().peer() != info.peer());
}

void tst_Clients::countsMove()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const auto other = worker();
    QVERIFY(other);
    const quint64 id = other->waitForLine(QStringLiteral("CONNECTED")).toULongLong();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const auto dict = m_manager->dict();
    QVERIFY(dict);
    dict->setValue(QStringLiteral("k"), QString(1000, QLatin1Char('v')));
    const QString token = dict->token().toString();

    const ClientInfo start = client(id);
    // The server's times come from the coarse clock: up to a kernel tick behind ours.
    QVERIFY(start.connectedAt().toMSecsSinceEpoch() >= before - 20);
    QVERIFY(start.connectedAt().toMSecsSinceEpoch() <= after);
    QCOMPARE(start.subscriptions(), 0);
    QCOMPARE(start.references(), 0);
    // setClientName and whoAmI's client().
    QVERIFY2(start.calls() >= 2, qPrintable(QString::number(start.calls())));
    QVERIFY(start.bytesIn() > 0 && start.bytesOut() > 0);

    for (int i = 0; i < 10; ++i)
        QVERIFY(!other->ask(QStringLiteral("call %1 __getitem__ [\"k\"]").arg(token), QStringLiteral("RESULT")).isNull());
    const ClientInfo busy = client(id);
    QCOMPARE(busy.references(), 1); // its proxy (an incref)
    QCOMPARE(busy.objects(), 1);
    QVERIFY2(busy.calls() >= start.calls() + 11, qPrintable(QString::number(busy.calls())));
    // Ten answers of a thousand characters went to it.
    QVERIFY2(busy.bytesOut() >= start.bytesOut() + 10 * 2000, qPrintable(QString::number(busy.bytesOut())));
    QVERIFY(busy.bytesIn() > start.bytesIn());
    QVERIFY(busy.lastActivityAt() >= start.lastActivityAt());
    QVERIFY(busy.lastActivityAt() >= busy.connectedAt());

    QVERIFY(!other->ask(QStringLiteral("subscribe %1").arg(token)).isNull());
    QTRY_COMPARE(client(id).subscriptions(), 1);
}

void tst_Clients::holdsAppearAndGo()
{
    const auto lock = m_manager->Lock();
    const auto rlock = m_manager->RLock();
    const auto semaphore = m_manager->Semaphore(3);
    const auto condition = m_manager->Condition(); // with a lock of its own, held as itself
    QVERIFY(lock && rlock && semaphore && condition);
    const auto other = worker();
    QVERIFY(other);
    const quint64 id = other->waitForLine(QStringLiteral("CONNECTED")).toULongLong();
    QVERIFY(client(id).holds().isEmpty());

    for (const Proxy *held : { static_cast<const Proxy *>(lock.get()), static_cast<const Proxy *>(rlock.get()),
                               static_cast<const Proxy *>(rlock.get()), static_cast<const Proxy *>(semaphore.get()),
                               static_cast<const Proxy *>(semaphore.get()), static_cast<const Proxy *>(condition.get()) }) {
        QVERIFY2(!other->ask(QStringLiteral("acquire ") + held->token().toString()).isNull(), qPrintable(other->log()));
    }
    QMap<quint64, int> holds;
    for (const ClientHold &hold : client(id).holds())
        holds.insert(hold.objectId, hold.count);
    const QMap<quint64, int> expected { { lock->token().objectId(), 1 },
                                        { rlock->token().objectId(), 2 },
                                        { semaphore->token().objectId(), 2 },
                                        { condition->token().objectId(), 1 } };
    QCOMPARE(holds, expected);
    for (const ClientHold &hold : client(id).holds()) {
        if (hold.objectId == lock->token().objectId())
            QCOMPARE(hold.typeId, QStringLiteral("Lock"));
    }
    // Ours: none.
    QVERIFY(m_manager->whoAmI().holds().isEmpty());

    // Released: gone (the RLock and the semaphore count down).
    QVERIFY(!other->ask(QStringLiteral("release ") + lock->token().toString()).isNull());
    QVERIFY(!other->ask(QStringLiteral("release ") + rlock->token().toString()).isNull());
    QVERIFY(!other->ask(QStringLiteral("release ") + semaphore->token().toString()).isNull());
    holds.clear();
    for (const ClientHold &hold : client(id).holds())
        holds.insert(hold.objectId, hold.count);
    QCOMPARE(holds, (QMap<quint64, int> { { rlock->token().objectId(), 1 },
                                          { semaphore->token().objectId(), 1 },
                                          { condition->token().objectId(), 1 } }));

    // Killed: the client is gone, and so is what it held; nobody holds anything.
    other->killHard();
    QTRY_VERIFY(!client(id).isValid());
    for (const ClientInfo &info : m_manager->clients())
        QVERIFY(info.holds().isEmpty());
    QVERIFY(rlock->acquire(0));
    QCOMPARE(m_manager->whoAmI().holds().size(), 1);
    QCOMPARE(m_manager->whoAmI().holds().constFirst().objectId, rlock->token().objectId());
}

void tst_Clients::parkedCallsAreListed()
{
    const auto queue = m_manager->Queue();
    QVERIFY(queue);
    const auto other = worker();
    QVERIFY(other);
    const quint64 id = other->waitForLine(QStringLiteral("CONNECTED")).toULongLong();
    const QString token = queue->token().toString();
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString timed = other->post(QStringLiteral("get %1 30000").arg(token));
    QVERIFY(other->waitFor(timed + QStringLiteral(" SENT")));
    QTRY_COMPARE(client(id).parked().size(), 1);
    const QString forever = other->post(QStringLiteral("get %1 -1").arg(token));
    QVERIFY(other->waitFor(forever + QStringLiteral(" SENT")));
    QTRY_COMPARE(client(id).parked().size(), 2);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();

    const ClientInfo info = client(id);
    QCOMPARE(info.parkedCount(), 2);
    const ParkedCall first = info.parked().at(0);
    const ParkedCall second = info.parked().at(1);
    for (const ParkedCall &call : { first, second }) {
        QCOMPARE(call.objectId, queue->token().objectId());
        QCOMPARE(call.method, QStringLiteral("get"));
        // The server takes it from the coarse clock: up to a kernel tick behind ours.
        QVERIFY(call.since.toMSecsSinceEpoch() >= before - 20);
        QVERIFY(call.since.toMSecsSinceEpoch() <= after);
    }
    // Oldest first: the one with the timeout, which ends it 30 s after it was parked.
    QVERIFY(first.since <= second.since);
    QVERIFY(first.deadline.isValid());
    QVERIFY2(qAbs(first.since.msecsTo(first.deadline) - 30000) < 1000,
             qPrintable(QString::number(first.since.msecsTo(first.deadline))));
    QVERIFY(!second.deadline.isValid());
    QVERIFY(first.requestId != second.requestId);

    // Answered: the first waiter gets the item, and only the other call is left.
    QVERIFY(queue->put(QStringLiteral("item")));
    QVERIFY(other->waitFor(timed + QStringLiteral(" GOT item")));
    QTRY_COMPARE(client(id).parkedCount(), 1);
    QCOMPARE(client(id).parked().constFirst().requestId, second.requestId);
    QCOMPARE(m_manager->whoAmI().parkedCount(), 0);
}

QTEST_GUILESS_MAIN(tst_Clients)
#include "tst_clients.moc"
