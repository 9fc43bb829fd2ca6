// SPDX-License-Identifier: BSD-3-Clause
// Quotas (issue 10, item 4): a client that reaches one of the server's limits gets that limit's
// own error and changes nothing, the server keeps serving its other clients, what is freed
// comes back, requests for huge containers are refused before the server allocates them, and
// a server under an address-space limit refuses growth instead of aborting. Each test runs
// over a local socket and over TCP, against libmanager-server run by hand with its limit
// options, or a server that start() runs with setServerLimits().

#include "helperprocess.h"
#include "serverprogram.h"
#include "transport.h"

#include <libmanager/arrayproxy.h>
#include <libmanager/dictproxy.h>
#include <libmanager/listproxy.h>
#include <libmanager/namespaceproxy.h>
#include <libmanager/queueproxy.h>
#include <libmanager/serverlimits.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qfile.h>
#include <QtCore/qprocess.h>
#include <QtCore/qtemporarydir.h>
#include <QtTest/qtest.h>

#include <csignal>
#include <memory>
#include <vector>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace LibManager;
using TestSupport::HelperProcess;
using TestSupport::ServerProgram;

namespace {

const QByteArray Key = QByteArrayLiteral("quota-key");

// AddressSanitizer maps terabytes of shadow memory (no address-space limit leaves it room)
// and keeps freed blocks in quarantine (the resident size does not come back down).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool UnderAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool UnderAddressSanitizer = true;
#else
constexpr bool UnderAddressSanitizer = false;
#endif
#else
constexpr bool UnderAddressSanitizer = false;
#endif
constexpr qint64 MiB = 1024 * 1024;

/*! VmRSS of process \a pid in bytes, or -1. */
qint64 residentBytes(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

/*! The server's "memory" introspection: used, maxMemory, maxBytesPerClient, ... */
QVariantMap memory(SyncManager &manager)
{
    const std::unique_ptr<Proxy> server = manager.introspector();
    return server ? server->callMethod(QStringLiteral("memory")).value().toMap() : QVariantMap();
}

qint64 usedMemory(SyncManager &manager)
{
    return memory(manager).value(QStringLiteral("used"), -1).toLongLong();
}

bool pings(SyncManager &manager)
{
    const std::unique_ptr<Proxy> server = manager.introspector();
    return server
        && server->callMethod(QStringLiteral("ping")).value().toString() == QLatin1String("pong");
}

QString describe(Error error, const QString &message)
{
    return errorName(error) + QLatin1String(": ") + message;
}

} // namespace

class tst_Quotas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();

    void objectsPerClient();
    void bytesPerClientAreChargedToTheCreator();
    void serverMemoryLimit();
    void containerLength();
    void applicationTypesAndMethodResults();
    void hugeRequestsAreRefusedBeforeAllocating();
    void limitsSetThroughTheApiReachAStartedServer();
    void addressSpaceLimitRefusesInsteadOfAborting();
    void allocationFailureFailsOnlyThatRequest();

private:
    /*! libmanager-server with \a options on this row's transport; its address in \a address. */
    std::unique_ptr<ServerProgram> runServer(const QStringList &options, QString *address,
                                             qint64 addressSpaceLimit = 0);
    static std::unique_ptr<SyncManager> connect(const QString &address);

    QTemporaryDir m_dir;
    int m_sockets = 0;
};

void tst_Quotas::initTestCase_data()
{
    TestSupport::addTransportRows();
}

void tst_Quotas::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

std::unique_ptr<ServerProgram> tst_Quotas::runServer(const QStringList &options, QString *address,
                                                     qint64 addressSpaceLimit)
{
    const QString listen = TestSupport::currentTransport().listenAddress(
        m_dir.filePath(QStringLiteral("quota-%1.sock").arg(++m_sockets)));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LMQUOTA_KEY"), QString::fromLatin1(Key));
    auto server = std::make_unique<ServerProgram>(
        QStringList { QStringLiteral("--authkey-env"), QStringLiteral("LMQUOTA_KEY"),
                      QStringLiteral("--address"), listen } + options,
        environment, addressSpaceLimit);
    *address = server->waitForAddress();
    return server;
}

std::unique_ptr<SyncManager> tst_Quotas::connect(const QString &address)
{
    return TestSupport::connectTo<SyncManager>(address, Key, 10000);
}

// Without enforcement, the sixth dict was made like the first five (and a client could hold a
// million, 885 MB of server memory).
void tst_Quotas::objectsPerClient()
{
    QString address;
    const auto server
        = runServer({ QStringLiteral("--max-objects-per-client"), QStringLiteral("5") }, &address);
    QVERIFY(!address.isEmpty());
    auto first = connect(address);
    auto second = connect(address);
    QCOMPARE(first->error(), Error::NoError);
    QCOMPARE(second->error(), Error::NoError);
    QCOMPARE(memory(*first).value(QStringLiteral("maxObjectsPerClient")).toLongLong(), 5);

    std::vector<std::unique_ptr<DictProxy>> dicts;
    for (int i = 0; i < 5; ++i) {
        dicts.push_back(first->dict());
        QVERIFY2(dicts.back(), qPrintable(first->errorString()));
    }
    const int objects = memory(*first).value(QStringLiteral("used")).toInt();
    QVERIFY(!first->dict());
    QCOMPARE(first->error(), Error::ObjectQuotaExceeded);
    QCOMPARE(errorText(Error::ObjectQuotaExceeded), QStringLiteral("Object quota exceeded"));
    QVERIFY2(first->errorString().contains(QLatin1String("holds references to 5 objects, the most "
                                                         "one client may hold on this server "
                                                         "(maxObjectsPerClient)")),
             qPrintable(first->errorString()));
    // Nothing was made for the refused call.
    QCOMPARE(memory(*first).value(QStringLiteral("used")).toInt(), objects);
    // A named object and a proxy for another client's object count the same way.
    QVERIFY(!first->named(QStringLiteral("counter"), QStringLiteral("dict")));
    QCOMPARE(first->error(), Error::ObjectQuotaExceeded);
    auto theirs = second->dict();
    QVERIFY(theirs);
    QVERIFY(!first->proxyForToken(theirs->token()));
    QCOMPARE(first->error(), Error::ObjectQuotaExceeded);
    // ... but a second proxy for an object it holds does not.
    auto again = first->proxyForToken(dicts.front()->token());
    QVERIFY2(again, qPrintable(first->errorString()));

    // Another client has a quota of its own, and is served meanwhile.
    for (int i = 0; i < 4; ++i)
        QVERIFY2(second->dict(), qPrintable(second->errorString()));
    QVERIFY(pings(*second));

    // An object let go is room for another (once the server has the release).
    dicts.pop_back();
    std::unique_ptr<DictProxy> next;
    QTRY_VERIFY((next = first->dict()) != nullptr);
    QVERIFY(server->isRunning());
}

// Without enforcement the list grew without bound and nothing was refused.
void tst_Quotas::bytesPerClientAreChargedToTheCreator()
{
    QString address;
    const auto server
        = runServer({ QStringLiteral("--max-bytes-per-client"), QStringLiteral("256K") }, &address);
    QVERIFY(!address.isEmpty());
    auto creator = connect(address);
    auto other = connect(address);
    QCOMPARE(creator->error(), Error::NoError);
    const qint64 baseline = usedMemory(*creator);

    auto list = creator->list();
    QVERIFY(list);
    const QVariantList chunk(16, QString(500, QLatin1Char('x'))); // about 17 KB a chunk
    int chunks = 0;
    while (list->extend(chunk) && ++chunks < 100) { }
    QVERIFY2(chunks > 5 && chunks < 16, qPrintable(QString::number(chunks)));
    QCOMPARE(list->lastError(), Error::MemoryQuotaExceeded);
    QCOMPARE(errorText(Error::MemoryQuotaExceeded), QStringLiteral("Memory quota exceeded"));
    QVERIFY2(list->lastErrorString().contains(
                 QLatin1String("more than its quota of 262144 (maxBytesPerClient)")),
             qPrintable(list->lastErrorString()));
    // The refused extend changed nothing.
    QCOMPARE(list->size(), chunks * 16);

    // Whoever makes an object grow, its creator pays: the other client cannot grow it either,
    // and its own quota is untouched.
    auto shared = other->proxyForToken(list->token());
    QVERIFY(shared);
    auto sharedList = std::unique_ptr<ListProxy>(qobject_cast<ListProxy *>(shared.release()));
    QVERIFY(sharedList);
    QVERIFY(!sharedList->extend(chunk));
    QCOMPARE(sharedList->lastError(), Error::MemoryQuotaExceeded);
    auto own = other->list(chunk);
    QVERIFY2(own, qPrintable(other->errorString()));
    QVERIFY(own->extend(chunk));
    // The creator may still shrink what it has, and that makes room.
    QVERIFY(list->removeSlice(0, 32));
    QVERIFY2(list->extend(chunk), qPrintable(list->lastErrorString()));

    // The object goes with its last proxy, and its bytes with it.
    const qint64 beforeRelease = usedMemory(*creator);
    QVERIFY(beforeRelease > baseline + 100 * 1024);
    list.reset();
    sharedList.reset();
    own.reset();
    QTRY_COMPARE(usedMemory(*creator), baseline);
    auto fresh = creator->list();
    QVERIFY(fresh);
    QVERIFY2(fresh->extend(chunk), qPrintable(fresh->lastErrorString()));
    QVERIFY(server->isRunning());
}

// Without enforcement nothing was refused and nothing logged.
void tst_Quotas::serverMemoryLimit()
{
    QString address;
    const auto server
        = runServer({ QStringLiteral("--max-memory"), QStringLiteral("1M") }, &address);
    QVERIFY(!address.isEmpty());
    auto greedy = connect(address);
    auto modest = connect(address);
    QCOMPARE(greedy->error(), Error::NoError);
    QCOMPARE(memory(*greedy).value(QStringLiteral("maxMemory")).toLongLong(), MiB);
    auto small = modest->dict(QVariantMap { { QStringLiteral("x"), 1 } });
    QVERIFY(small);

    // Redis' maxmemory: growth past the limit is refused, whichever way it comes.
    std::vector<std::unique_ptr<DictProxy>> dicts;
    const QVariantMap contents { { QStringLiteral("blob"), QString(8000, QLatin1Char('b')) } };
    for (int i = 0; i < 200; ++i) {
        auto dict = greedy->dict(contents);
        if (!dict)
            break;
        dicts.push_back(std::move(dict));
    }
    QVERIFY2(dicts.size() > 30 && dicts.size() < 70, qPrintable(QString::number(dicts.size())));
    QCOMPARE(greedy->error(), Error::ServerMemoryFull);
    QCOMPARE(errorText(Error::ServerMemoryFull), QStringLiteral("Server memory full"));
    QVERIFY2(
        greedy->errorString().contains(QLatin1String("more than its limit of 1048576 (maxMemory)")),
        qPrintable(greedy->errorString()));
    QVERIFY(usedMemory(*greedy) <= MiB);
    QVERIFY(!dicts.front()->setValue(QStringLiteral("more"), QString(20000, QLatin1Char('m'))));
    QCOMPARE(dicts.front()->lastError(), Error::ServerMemoryFull);
    QVERIFY(!dicts.front()->contains(QStringLiteral("more")));

    // Every client is refused growth now, and still served otherwise.
    QVERIFY(!modest->dict(contents));
    QCOMPARE(modest->error(), Error::ServerMemoryFull);
    QVERIFY(pings(*modest));
    QCOMPARE(small->value(QStringLiteral("x")).value().toInt(), 1);
    QVERIFY(small->setValue(QStringLiteral("x"), 2)); // the same size: no growth

    // The operator hears of it, once for the lot.
    QTRY_VERIFY(server->errors().contains(QLatin1String("memory limit of 1048576 bytes (maxMemory)")));
    QCOMPARE(server->errors().count(QLatin1String("(maxMemory)")), 1);

    // The greedy client goes: its objects with it, and the others may grow again.
    greedy.reset();
    dicts.clear();
    std::unique_ptr<DictProxy> later;
    QTRY_VERIFY((later = modest->dict(contents)) != nullptr);
    QVERIFY(server->isRunning());
}

// Without enforcement every one of these was made, as long as the frames allowed.
void tst_Quotas::containerLength()
{
    QString address;
    const auto server
        = runServer({ QStringLiteral("--max-container-length"), QStringLiteral("1000") }, &address);
    QVERIFY(!address.isEmpty());
    auto manager = connect(address);
    QCOMPARE(manager->error(), Error::NoError);
    QCOMPARE(memory(*manager).value(QStringLiteral("maxContainerLength")).toLongLong(), 1000);
    const qint64 baseline = usedMemory(*manager);

    QVariantList items;
    for (int i = 0; i < 1001; ++i)
        items.append(i);
    QVERIFY(!manager->list(items));
    QCOMPARE(manager->error(), Error::ContainerTooLarge);
    QCOMPARE(errorText(Error::ContainerTooLarge), QStringLiteral("Container too large"));
    QVERIFY2(
        manager->errorString().contains(QLatin1String("1001 elements are more than one container "
                                                      "may hold on this server (1000, "
                                                      "maxContainerLength)")),
        qPrintable(manager->errorString()));
    QVERIFY(!manager->Array('d', 1001));
    QCOMPARE(manager->error(), Error::ContainerTooLarge);
    QVERIFY(!manager->Array('i', items));
    QCOMPARE(manager->error(), Error::ContainerTooLarge);
    QCOMPARE(usedMemory(*manager), baseline); // nothing made, nothing charged

    items.removeLast();
    auto list = manager->list(items);
    QVERIFY2(list, qPrintable(manager->errorString()));
    QVERIFY(!list->append(1));
    QCOMPARE(list->lastError(), Error::ContainerTooLarge);
    QVERIFY(!list->setSlice(0, 1, { 1, 2 }));
    QCOMPARE(list->lastError(), Error::ContainerTooLarge);
    QVERIFY(list->setSlice(0, 2, { 7 })); // shorter: fine
    QCOMPARE(list->size(), 999);

    VariantPairList pairs;
    for (int i = 0; i < 1001; ++i)
        pairs.append({ i, i });
    auto dict = manager->dict();
    QVERIFY(dict);
    QVERIFY(!dict->update(pairs));
    QCOMPARE(dict->lastError(), Error::ContainerTooLarge);
    QCOMPARE(dict->size(), 0); // all or nothing
    pairs.removeLast();
    QVERIFY(dict->update(pairs));
    QVERIFY(!dict->setValue(QStringLiteral("new"), 1));
    QCOMPARE(dict->lastError(), Error::ContainerTooLarge);
    QVERIFY(dict->setValue(0, QStringLiteral("replaced"))); // an existing key

    auto ns = manager->Namespace();
    QVERIFY(ns);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(ns->setValue(QStringLiteral("a%1").arg(i), i));
    QVERIFY(!ns->setValue(QStringLiteral("one_more"), 1));
    QCOMPARE(ns->lastError(), Error::ContainerTooLarge);

    auto queue = manager->Queue();
    QVERIFY(queue);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(queue->put(i));
    QVERIFY(!queue->put(1000, 0));
    QCOMPARE(queue->lastError(), Error::ContainerTooLarge);
    QCOMPARE(queue->qsize(), 1000);
    QVERIFY(server->isRunning());
}

// Objects of application types count against both quotas (their bookkeeping only), and so
// do the objects their methods return. Without enforcement, the fourth object and the fifth
// FooClass were made.
void tst_Quotas::applicationTypesAndMethodResults()
{
    const TestSupport::Transport transport = TestSupport::currentTransport();
    const auto serve = [&](int maxObjects, qint64 maxBytes) {
        const QString listen = transport.listenAddress(
            m_dir.filePath(QStringLiteral("quota-%1.sock").arg(++m_sockets)));
        return std::make_unique<HelperProcess>(
            TestSupport::Helper::LmHelper, QStringList { QStringLiteral("limited"), listen, QString::fromLatin1(Key.toHex()),
                          QStringLiteral("0"), QStringLiteral("0"), QString::number(maxObjects),
                          QString::number(maxBytes) },
            60000, HelperProcess::OutputAndErrors);
    };

    const auto counting = serve(3, 0);
    const QString address = counting->waitForLine(QStringLiteral("SERVING "));
    QVERIFY2(!address.isEmpty(), qPrintable(counting->output().join(QLatin1Char('\n'))));
    auto manager = TestSupport::connectTo(address, Key, 10000);
    QCOMPARE(manager->error(), Error::NoError);
    auto pool = manager->create(QStringLiteral("Pool"));
    QVERIFY2(pool, qPrintable(manager->errorString()));
    auto a = pool->callMethodForProxy(QStringLiteral("spawn"), { QStringLiteral("a") });
    auto b = pool->callMethodForProxy(QStringLiteral("spawn"), { QStringLiteral("b") });
    QVERIFY(a && b);
    const auto server = manager->introspector();
    QVERIFY(server);
    QCOMPARE(server->callMethod(QStringLiteral("liveObjectCount")).value().toInt(), 3);
    const Reply refused = pool->callMethod(QStringLiteral("spawn"), { QStringLiteral("c") });
    QVERIFY2(refused.error() == Error::ObjectQuotaExceeded,
             qPrintable(describe(refused.error(), refused.message())));
    // The object the method made is not kept for nobody.
    QTRY_COMPARE(server->callMethod(QStringLiteral("liveObjectCount")).value().toInt(), 3);
    QVERIFY(!manager->create(QStringLiteral("FooClass")));
    QCOMPARE(manager->error(), Error::ObjectQuotaExceeded);
    QCOMPARE(a->callMethod(QStringLiteral("name")).value().toString(), QStringLiteral("a"));

    // 4 KiB: four objects of 1 KiB each, whatever they hold.
    const auto weighing = serve(0, 4096);
    const QString other = weighing->waitForLine(QStringLiteral("SERVING "));
    QVERIFY2(!other.isEmpty(), qPrintable(weighing->output().join(QLatin1Char('\n'))));
    auto client = TestSupport::connectTo(other, Key, 10000);
    QCOMPARE(client->error(), Error::NoError);
    std::vector<std::unique_ptr<Proxy>> foos;
    for (int i = 0; i < 4; ++i) {
        foos.push_back(client->create(QStringLiteral("FooClass")));
        QVERIFY2(foos.back(), qPrintable(client->errorString()));
    }
    QVERIFY(!client->create(QStringLiteral("FooClass")));
    QCOMPARE(client->error(), Error::MemoryQuotaExceeded);
    foos.pop_back();
    std::unique_ptr<Proxy> again;
    QTRY_VERIFY((again = client->create(QStringLiteral("FooClass"))) != nullptr);
}

// Without the checks, Array('d', 2**28) made the server allocate (and zero) 2 GiB, and a list
// of four million zeros took some 130 MB of it for good.
void tst_Quotas::hugeRequestsAreRefusedBeforeAllocating()
{
    const QString address = TestSupport::currentTransport().address;
    SyncManager defaults(address, Key);
    TestSupport::configure(defaults);
    QVERIFY2(defaults.start(), qPrintable(defaults.errorString()));
    const qint64 before = residentBytes(defaults.serverProcessId());
    QVERIFY(before > 0);
    QVERIFY(!defaults.Array('d', 1 << 28));
    QCOMPARE(defaults.error(), Error::ContainerTooLarge);
    QVERIFY2(defaults.errorString().contains(QLatin1String("(134217728, maxContainerLength)")),
             qPrintable(defaults.errorString()));
    const qint64 after = residentBytes(defaults.serverProcessId());
    QVERIFY2(after - before < 16 * MiB, qPrintable(QString::number(after - before)));

    ServerLimits limits;
    limits.setMaxContainerLength(1 << 21);
    limits.setMaxMemory(256 * MiB);
    SyncManager limited(address, Key);
    TestSupport::configure(limited);
    limited.setServerLimits(limits);
    QVERIFY2(limited.start(), qPrintable(limited.errorString()));
    const qint64 pid = limited.serverProcessId();
    // 2**21 doubles are 16 MiB, within both limits; 2**25 would be 256 MiB.
    QVERIFY(limited.Array('d', 1 << 21));
    QVERIFY(!limited.Array('d', 1 << 22));
    QCOMPARE(limited.error(), Error::ContainerTooLarge);

    // [0] * 2**22: 22 MB on the wire, 128 MiB of QVariants once decoded, refused as one
    // container; the decoded list goes back once the call is answered.
    const qint64 listBefore = residentBytes(pid);
    {
        const QVariantList zeros(1 << 22, 0);
        QVERIFY(!limited.list(zeros));
    }
    QCOMPARE(limited.error(), Error::ContainerTooLarge);
    QVERIFY(pings(limited));
    const qint64 listAfter = residentBytes(pid);
    if (!UnderAddressSanitizer)
        QVERIFY2(listAfter - listBefore < 32 * MiB,
                 qPrintable(QString::number(listAfter - listBefore)));

    // Within the length, past the memory: refused before it is allocated too.
    limits.setMaxContainerLength(1 << 26);
    SyncManager lengthy(address, Key);
    TestSupport::configure(lengthy);
    lengthy.setServerLimits(limits);
    QVERIFY2(lengthy.start(), qPrintable(lengthy.errorString()));
    const qint64 arrayBefore = residentBytes(lengthy.serverProcessId());
    QVERIFY(!lengthy.Array('d', 1 << 26)); // 512 MiB
    QCOMPARE(lengthy.error(), Error::ServerMemoryFull);
    const qint64 arrayAfter = residentBytes(lengthy.serverProcessId());
    QVERIFY2(arrayAfter - arrayBefore < 16 * MiB,
             qPrintable(QString::number(arrayAfter - arrayBefore)));
}

// setServerLimits() reaches the server that start() runs (ServerProcess's config), and the
// defaults are what ServerLimits documents.
void tst_Quotas::limitsSetThroughTheApiReachAStartedServer()
{
    const QString address = TestSupport::currentTransport().address;
    SyncManager defaults(address, Key);
    TestSupport::configure(defaults);
    QVERIFY2(defaults.start(), qPrintable(defaults.errorString()));
    const QVariantMap automatic = memory(defaults);
    QCOMPARE(automatic.value(QStringLiteral("maxObjectsPerClient")).toLongLong(),
             ServerLimits::DefaultMaxObjectsPerClient);
    QCOMPARE(automatic.value(QStringLiteral("maxBytesPerClient")).toLongLong(),
             ServerLimits::DefaultMaxBytesPerClient);
    QCOMPARE(automatic.value(QStringLiteral("maxContainerLength")).toLongLong(),
             ServerLimits::DefaultMaxContainerLength);
    // Automatic: half of the machine's memory at most, and something.
    const qint64 physical = qint64(::sysconf(_SC_PHYS_PAGES)) * ::sysconf(_SC_PAGESIZE);
    const qint64 automaticMemory = automatic.value(QStringLiteral("maxMemory")).toLongLong();
    QVERIFY2(automaticMemory > 0 && automaticMemory <= physical / 2,
             qPrintable(QString::number(automaticMemory)));

    ServerLimits limits;
    limits.setMaxObjectsPerClient(2);
    limits.setMaxBytesPerClient(3 * MiB);
    limits.setMaxMemory(5 * MiB);
    limits.setMaxContainerLength(7);
    SyncManager manager(address, Key);
    TestSupport::configure(manager);
    manager.setServerLimits(limits);
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    const QVariantMap set = memory(manager);
    QCOMPARE(set.value(QStringLiteral("maxObjectsPerClient")).toLongLong(), 2);
    QCOMPARE(set.value(QStringLiteral("maxBytesPerClient")).toLongLong(), 3 * MiB);
    QCOMPARE(set.value(QStringLiteral("maxMemory")).toLongLong(), 5 * MiB);
    QCOMPARE(set.value(QStringLiteral("maxContainerLength")).toLongLong(), 7);
    auto one = manager.dict();
    auto two = manager.list({ 1, 2, 3, 4, 5, 6, 7 });
    QVERIFY(one && two);
    QVERIFY(!manager.dict());
    QCOMPARE(manager.error(), Error::ObjectQuotaExceeded);
    QVERIFY(!two->append(8));
    QCOMPARE(two->lastError(), Error::ContainerTooLarge);
}

// Without the quotas the server grew until an allocation failed: the client's connection was
// closed (ConnectionLost) or the server aborted on an exception outside any handler, taking
// every client with it.
void tst_Quotas::addressSpaceLimitRefusesInsteadOfAborting()
{
    if (UnderAddressSanitizer)
        QSKIP("AddressSanitizer's shadow memory does not fit under an address-space limit");
    QString address;
    constexpr qint64 Limit = 384 * MiB;
    const auto server = runServer({}, &address, Limit);
    QVERIFY2(!address.isEmpty(), qPrintable(server->errors()));
    auto bystander = connect(address);
    auto greedy = connect(address);
    QCOMPARE(greedy->error(), Error::NoError);
    auto kept = bystander->dict(QVariantMap { { QStringLiteral("x"), 1 } });
    QVERIFY(kept);
    // The automatic limit follows the address-space limit: half of what it left the server.
    const qint64 maxMemory = memory(*greedy).value(QStringLiteral("maxMemory")).toLongLong();
    QVERIFY2(maxMemory > 64 * MiB && maxMemory < Limit / 2, qPrintable(QString::number(maxMemory)));

    std::vector<std::unique_ptr<DictProxy>> dicts;
    const QVariantMap contents { { QStringLiteral("blob"), QString(16000, QLatin1Char('g')) } };
    while (dicts.size() < 100000) {
        auto dict = greedy->dict(contents);
        if (!dict)
            break;
        dicts.push_back(std::move(dict));
    }
    QVERIFY2(greedy->error() == Error::ServerMemoryFull,
             qPrintable(describe(greedy->error(), greedy->errorString())));
    qInfo("%d dicts of 32 KB made under a %lld MiB address-space limit", int(dicts.size()),
          Limit / MiB);
    // The server and its other clients go on; the greedy one too.
    QVERIFY(server->isRunning());
    QVERIFY(pings(*bystander));
    QCOMPARE(kept->value(QStringLiteral("x")).value().toInt(), 1);
    QVERIFY(pings(*greedy));
    QCOMPARE(dicts.back()->value(QStringLiteral("blob")).value().toString().size(), 16000);
    auto late = connect(address);
    QCOMPARE(late->error(), Error::NoError);
    QVERIFY(pings(*late));
    // Once the greedy client goes, there is room again.
    greedy.reset();
    dicts.clear();
    std::unique_ptr<DictProxy> again;
    QTRY_VERIFY((again = bystander->dict(contents)) != nullptr);
    QVERIFY(server->isRunning());
}

// What the quotas do not foresee (here they are set out of the way): an allocation that fails
// while a request runs fails that request with ServerMemoryFull, and the server, that client
// and the others go on. Without the handlers, creating the Array failed with RemoteException
// ("threw: std::bad_alloc"), and the failed copy of a slice closed the client's connection.
void tst_Quotas::allocationFailureFailsOnlyThatRequest()
{
    if (UnderAddressSanitizer)
        QSKIP("AddressSanitizer's shadow memory does not fit under an address-space limit");
    QString address;
    constexpr qint64 Limit = 384 * MiB;
    const auto server
        = runServer({ QStringLiteral("--max-memory"), QStringLiteral("64G"),
                      QStringLiteral("--max-container-length"), QStringLiteral("1000000000") },
                    &address, Limit);
    QVERIFY2(!address.isEmpty(), qPrintable(server->errors()));
    auto bystander = connect(address);
    auto manager = connect(address);
    QCOMPARE(manager->error(), Error::NoError);

    // A factory: 512 MiB of doubles cannot be had under the limit.
    QVERIFY(!manager->Array('d', 1 << 26));
    QVERIFY2(manager->error() == Error::ServerMemoryFull
                 && manager->errorString().contains(
                     QLatin1String("ran out of memory while creating Array")),
             qPrintable(describe(manager->error(), manager->errorString())));
    QVERIFY(pings(*manager));

    // A method: 200 MiB fit once, not twice (a slice is a copy).
    auto array = manager->Array('d', 200 * 1024 * 128);
    QVERIFY2(array, qPrintable(manager->errorString()));
    const Reply slice = array->callMethod(QStringLiteral("getslice"), { 1, QVariant() });
    QVERIFY2(
        slice.error() == Error::ServerMemoryFull
            && slice.message().contains(QLatin1String("ran out of memory while running getslice")),
        qPrintable(describe(slice.error(), slice.message())));
    QCOMPARE(array->size(), 200 * 1024 * 128);
    QVERIFY(pings(*manager));
    QVERIFY(pings(*bystander));
    QVERIFY(server->isRunning());
}

QTEST_GUILESS_MAIN(tst_Quotas)
#include "tst_quotas.moc"
