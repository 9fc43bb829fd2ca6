// SPDX-License-Identifier: BSD-3-Clause
// The observer role: a server with a second, read-only key. Clients that authenticate with it
// are told so in the handshake, may introspect, subscribe and call what only reads, and get
// Error::ReadOnly for everything else (every write method of every standard type, an
// application type's methods not declared read, create, named, removeName, shutdown), in this
// process and in another one; a client with a wrong key learns nothing of either key.

#include "transport.h"
#include "testtypes.h"
#include "helperprocess.h"

#include <libmanager/servermain.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qcoreapplication.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace LibManager;

// The standard types and two application types: FooClass declares its read methods with
// Q_CLASSINFO, MessageQueue's are declared at registration.
class ObservedManager : public SyncManager
{
    Q_OBJECT
public:
    explicit ObservedManager(QObject *parent = nullptr) : SyncManager(parent) { registerAll(); }
    ObservedManager(const QString &address, const QByteArray &key)
        : SyncManager(address, key)
    {
        registerAll();
    }

private:
    void registerAll()
    {
        registerType<FooClass>();
        registerType<MessageQueue>();
        registerReadMethods(QStringLiteral("MessageQueue"), { QStringLiteral("qsize") });
    }
};

namespace {

using Worker = TestSupport::ClientWorker;

// The wire methods of the standard types that only read; every other one is a write.
const QHash<QString, QStringList> readMethods {
    { QStringLiteral("dict"),
      { QStringLiteral("__getitem__"), QStringLiteral("__contains__"), QStringLiteral("__len__"),
        QStringLiteral("keys"), QStringLiteral("values"), QStringLiteral("items"),
        QStringLiteral("get"), QStringLiteral("copy"), QStringLiteral("items_range"),
        QStringLiteral("find"), QStringLiteral("value_info"), QStringLiteral("get_range"),
        QStringLiteral("lookup") } },
    { QStringLiteral("list"),
      { QStringLiteral("__getitem__"), QStringLiteral("getslice"), QStringLiteral("index"),
        QStringLiteral("count"), QStringLiteral("__len__"), QStringLiteral("__contains__"),
        QStringLiteral("tolist"), QStringLiteral("window") } },
    { QStringLiteral("Namespace"),
      { QStringLiteral("getattr"), QStringLiteral("hasattr"), QStringLiteral("attributes"),
        QStringLiteral("snapshot"), QStringLiteral("lookup") } },
    { QStringLiteral("Value"), { QStringLiteral("get"), QStringLiteral("typecode") } },
    { QStringLiteral("Array"),
      { QStringLiteral("len"), QStringLiteral("typecode"), QStringLiteral("getitem"),
        QStringLiteral("getslice"), QStringLiteral("tolist"), QStringLiteral("window") } },
    { QStringLiteral("JoinableQueue"),
      { QStringLiteral("qsize"), QStringLiteral("empty"), QStringLiteral("full"),
        QStringLiteral("join"), QStringLiteral("peek") } },
    { QStringLiteral("Lock"), { QStringLiteral("locked") } },
    { QStringLiteral("RLock"), { QStringLiteral("locked") } },
    { QStringLiteral("BoundedSemaphore"), { QStringLiteral("get_value") } },
    { QStringLiteral("Condition"), {} },
    { QStringLiteral("Event"), { QStringLiteral("is_set"), QStringLiteral("wait") } },
    { QStringLiteral("Barrier"),
      { QStringLiteral("parties"), QStringLiteral("n_waiting"), QStringLiteral("broken") } },
};

// Arguments that make each read succeed on the objects tst_Observer makes (the others get
// none: they are refused before they run).
QVariantList readArguments(const QString &typeId, const QString &method)
{
    if (typeId == QLatin1String("dict")) {
        if (method == QLatin1String("items_range"))
            return { 0, 10 };
        if (method == QLatin1String("get_range"))
            return { QStringLiteral("s"), 0, 2 };
        if (method != QLatin1String("__len__") && method != QLatin1String("keys")
            && method != QLatin1String("values") && method != QLatin1String("items")
            && method != QLatin1String("copy"))
            return { QStringLiteral("k") };
    }
    if ((typeId == QLatin1String("list") || typeId == QLatin1String("Array"))
        && method == QLatin1String("window"))
        return { 0, 1 };
    if (typeId == QLatin1String("list")) {
        if (method == QLatin1String("__getitem__"))
            return { 0 };
        if (method == QLatin1String("getslice"))
            return { 0, 1 };
        if (method == QLatin1String("index") || method == QLatin1String("count")
            || method == QLatin1String("__contains__"))
            return { 1 };
    }
    if (typeId == QLatin1String("Namespace") && method != QLatin1String("attributes")
        && method != QLatin1String("snapshot"))
        return { QStringLiteral("x") };
    if (typeId == QLatin1String("Array")) {
        if (method == QLatin1String("getitem"))
            return { 0 };
        if (method == QLatin1String("getslice"))
            return { 0, 1 };
    }
    if (typeId == QLatin1String("Event") && method == QLatin1String("wait"))
        return { 0.0 };
    return {};
}

bool isReadOnlyRefusal(const Reply &reply)
{
    return !reply.isValid() && reply.error() == Error::ReadOnly
            && reply.message().contains(QLatin1String("observer key"));
}

} // namespace

class tst_Observer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void roleIsToldInTheHandshake();
    void wrongKeysLearnNothing();
    void everyStandardMethodIsReadOrRefused();
    void observerReadsAndSubscribes();
    void applicationTypesReadOnlyWhatTheyDeclare();
    void serverCallsThatWriteAreRefused();
    void observerInAnotherProcess();

private:
    std::unique_ptr<SyncManager> observer();

    std::unique_ptr<ObservedManager> m_manager;
    const QByteArray m_key = QByteArrayLiteral("observer-suite-key");
    const QByteArray m_observerKey = QByteArrayLiteral("observer-suite-read-only-key");
};

void tst_Observer::initTestCase_data()
{
    TestSupport::addTransportRows();
}

void tst_Observer::init()
{
    const QString address = TestSupport::currentTransport().address;
    m_manager = std::make_unique<ObservedManager>(address, m_key);
    TestSupport::configure(*m_manager);
    m_manager->setObserverKey(m_observerKey);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
}

void tst_Observer::cleanup()
{
    m_manager.reset();
}

std::unique_ptr<SyncManager> tst_Observer::observer()
{
    auto made = std::make_unique<SyncManager>(m_manager->address(), m_observerKey);
    TestSupport::configure(*made);
    if (!made->connectToServer())
        qWarning() << made->errorString();
    return made;
}

void tst_Observer::roleIsToldInTheHandshake()
{
    QCOMPARE(m_manager->role(), BaseManager::Role::Full);
    const auto watcher = observer();
    QVERIFY(watcher->isConnected());
    QCOMPARE(watcher->role(), BaseManager::Role::Observer);
    // The server tells the same: the observer is one, its starter is not.
    QVERIFY(watcher->whoAmI().isObserver());
    QVERIFY(!m_manager->whoAmI().isObserver());
    int observers = 0;
    for (const ClientInfo &client : m_manager->clients())
        observers += client.isObserver() ? 1 : 0;
    QCOMPARE(observers, 1);

    // The same key is refused as an observer key.
    ObservedManager same;
    same.setAuthKey(m_key);
    same.setObserverKey(m_key);
    QVERIFY(!same.start());
    QCOMPARE(same.error(), Error::StartFailed);
    QVERIFY2(same.errorString().contains(QLatin1String("observer key")), qPrintable(same.errorString()));
}

void tst_Observer::wrongKeysLearnNothing()
{
    // A wrong key is refused as before, and told nothing about observers.
    SyncManager stranger(m_manager->address(), QByteArrayLiteral("neither key"));
    TestSupport::configure(stranger);
    QVERIFY(!stranger.connectToServer());
    QCOMPARE(stranger.error(), Error::AuthenticationFailed);
    QVERIFY(!stranger.errorString().contains(QLatin1String("observer"), Qt::CaseInsensitive));

    // A server without an observer key takes the observer's key for a wrong one.
    SyncManager plain;
    QVERIFY(plain.start());
    SyncManager late(plain.address(), m_observerKey);
    TestSupport::configure(late);
    QVERIFY(!late.connectToServer());
    QCOMPARE(late.error(), Error::AuthenticationFailed);
    // Its clients are all full clients.
    SyncManager full(plain.address(), plain.authKey());
    TestSupport::configure(full);
    QVERIFY(full.connectToServer());
    QCOMPARE(full.role(), BaseManager::Role::Full);
}

// Every method of every standard type: the read ones answer, the others are refused with
// ReadOnly and change nothing.
void tst_Observer::everyStandardMethodIsReadOrRefused()
{
    std::vector<std::unique_ptr<Proxy>> objects;
    objects.push_back(m_manager->dict(QVariantMap { { QStringLiteral("k"), 1 },
                                                    { QStringLiteral("s"), QStringLiteral("text") } }));
    objects.push_back(m_manager->list(QVariantList { 1, 2 }));
    auto ns = m_manager->Namespace();
    ns->setValue(QStringLiteral("x"), 1);
    objects.push_back(std::move(ns));
    objects.push_back(m_manager->Value('i', 7));
    objects.push_back(m_manager->Array('d', QVariantList { 1.0, 2.0 }));
    objects.push_back(m_manager->JoinableQueue());
    objects.push_back(m_manager->Lock());
    objects.push_back(m_manager->RLock());
    objects.push_back(m_manager->BoundedSemaphore(2));
    objects.push_back(m_manager->Condition());
    objects.push_back(m_manager->Event());
    objects.push_back(m_manager->Barrier(2));
    const auto introspector = m_manager->introspector();
    const auto watcher = observer();
    QCOMPARE(watcher->role(), BaseManager::Role::Observer);
    for (const auto &object : objects) {
        QVERIFY(object);
        const QString typeId = object->typeId();
        QVERIFY2(readMethods.contains(typeId), qPrintable(typeId));
        const QString before = object->toString();
        const auto seen = watcher->proxyForToken(object->token());
        QVERIFY2(seen, qPrintable(watcher->errorString()));
        const QStringList methods = introspector->callMethod(QStringLiteral("methods"),
                                                             { object->token().objectId() })
                                            .value().toStringList();
        QVERIFY(!methods.isEmpty());
        for (const QString &method : methods) {
            const bool read = readMethods.value(typeId).contains(method);
            const Reply reply = seen->callMethod(method, read ? readArguments(typeId, method)
                                                              : QVariantList());
            if (read) {
                QVERIFY2(reply.isValid(), qPrintable(typeId + QLatin1Char('.') + method + QLatin1String(": ")
                                                     + reply.errorString()));
            } else {
                QVERIFY2(isReadOnlyRefusal(reply), qPrintable(typeId + QLatin1Char('.') + method + QLatin1String(": ")
                                                              + reply.errorString()));
                QVERIFY(reply.message().contains(typeId + QLatin1Char('.') + method + QLatin1String("()")));
            }
        }
        QCOMPARE(seen->toString(), before);
        QCOMPARE(object->toString(), before);
    }
    // The Lock, the semaphore and the barrier are as they were: nobody holds or waits.
    for (const ClientInfo &client : m_manager->clients()) {
        QVERIFY(client.holds().isEmpty());
        QCOMPARE(client.parkedCount(), 0);
    }
}

void tst_Observer::observerReadsAndSubscribes()
{
    const auto dict = m_manager->dict(QVariantMap { { QStringLiteral("a"), 1 } });
    const auto watcher = observer();
    auto seen = watcher->proxyForToken(dict->token());
    auto *seenDict = qobject_cast<DictProxy *>(seen.get());
    QVERIFY(seenDict);
    QCOMPARE(seenDict->value(QStringLiteral("a")).value().toInt(), 1);
    QCOMPARE(seenDict->keys(), QVariantList { QStringLiteral("a") });
    QVERIFY(seenDict->contains(QStringLiteral("a")));

    // Subscribed: the full client's changes reach it.
    QSignalSpy changed(seenDict, &DictProxy::itemChanged);
    QSignalSpy inserted(seenDict, &DictProxy::itemInserted);
    const quint64 observerId = watcher->whoAmI().id();
    const auto subscriptions = [&] {
        for (const ClientInfo &client : m_manager->clients()) {
            if (client.id() == observerId)
                return client.subscriptions();
        }
        return qint64(-1);
    };
    QTRY_COMPARE(subscriptions(), 1);
    QVERIFY(dict->setValue(QStringLiteral("a"), 2));
    QVERIFY(dict->setValue(QStringLiteral("b"), 3));
    QTRY_COMPARE(changed.size(), 1);
    QTRY_COMPARE(inserted.size(), 1);
    QCOMPARE(changed.at(0).at(1).toInt(), 2);

    // Looking without a reference (observe()) works for it as for anyone.
    const auto unreferenced = watcher->observe(dict->token());
    QVERIFY2(unreferenced, qPrintable(watcher->errorString()));
    QCOMPARE(unreferenced->callMethod(QStringLiteral("__getitem__"), { QStringLiteral("a") }).value().toInt(), 2);

    // Its own writes are refused, and change nothing.
    QVERIFY(!seenDict->setValue(QStringLiteral("a"), 99));
    QCOMPARE(seenDict->lastError(), Error::ReadOnly);
    QCOMPARE(dict->value(QStringLiteral("a")).value().toInt(), 2);

    // Introspection, named objects and a blocking read.
    const auto introspector = watcher->introspector();
    QVERIFY(introspector->capabilities().hasCall(QStringLiteral("whoami")));
    const auto lock = m_manager->Lock();
    QVERIFY(lock->acquire());
    introspector->syncState(*lock);
    QCOMPARE(introspector->lastError(), Error::NoError);
    introspector->waitGraph();
    QCOMPARE(introspector->lastError(), Error::NoError);
    QVERIFY(watcher->whoAmI().isValid());
    QVERIFY(!watcher->clients().isEmpty());
    QVERIFY(watcher->names().isEmpty());
    QCOMPARE(watcher->error(), Error::NoError);
    const auto event = m_manager->namedEvent(QStringLiteral("go"));
    QVERIFY(event);
    const auto seenEvent = watcher->proxyForName<EventProxy>(QStringLiteral("go"));
    QVERIFY2(seenEvent, qPrintable(watcher->errorString()));
    QVERIFY(!seenEvent->wait(0));
    QVERIFY(event->set());
    QVERIFY(seenEvent->wait(5000));
    QVERIFY(!seenEvent->clear());
    QCOMPARE(seenEvent->lastError(), Error::ReadOnly);
    QVERIFY(event->isSet());
}

void tst_Observer::applicationTypesReadOnlyWhatTheyDeclare()
{
    const auto foo = m_manager->create(QStringLiteral("FooClass"), { QStringLiteral("foo") });
    const auto queue = m_manager->create(QStringLiteral("MessageQueue"));
    QVERIFY(foo && queue);
    const auto watcher = observer();
    const auto seenFoo = watcher->proxyForToken(foo->token());
    const auto seenQueue = watcher->proxyForToken(queue->token());
    QVERIFY(seenFoo && seenQueue);

    // Declared with Q_CLASSINFO.
    QCOMPARE(seenFoo->callMethod(QStringLiteral("name")).value().toString(), QStringLiteral("foo"));
    QCOMPARE(seenFoo->callMethod(QStringLiteral("add"), { 2, 3 }).value().toInt(), 5);
    QCOMPARE(seenFoo->callMethod(QStringLiteral("echo"), { 4 }).value().toInt(), 4);
    QVERIFY(seenFoo->callMethod(QStringLiteral("__str__")).isValid());
    for (const QString &write : { QStringLiteral("bar"), QStringLiteral("count"), QStringLiteral("fail") }) {
        const Reply reply = seenFoo->callMethod(write);
        QVERIFY2(isReadOnlyRefusal(reply), qPrintable(write + QLatin1String(": ") + reply.errorString()));
        QVERIFY(reply.message().contains(QStringLiteral("FooClass.%1()").arg(write)));
    }
    // count() was never run: the full client's first call counts 1.
    QCOMPARE(foo->callMethod(QStringLiteral("count")).value().toInt(), 1);

    // Declared at registration.
    QVERIFY(queue->callMethod(QStringLiteral("put"), { 1 }).isValid());
    QCOMPARE(seenQueue->callMethod(QStringLiteral("qsize")).value().toInt(), 1);
    QVERIFY(isReadOnlyRefusal(seenQueue->callMethod(QStringLiteral("put"), { 2 })));
    QVERIFY(isReadOnlyRefusal(seenQueue->callMethod(QStringLiteral("get"))));
    QCOMPARE(queue->callMethod(QStringLiteral("qsize")).value().toInt(), 1);
    // A method nobody exposes is refused as a write too: what it is stays unsaid.
    QVERIFY(isReadOnlyRefusal(seenFoo->callMethod(QStringLiteral("hiddenProtected"))));
}

void tst_Observer::serverCallsThatWriteAreRefused()
{
    const auto named = m_manager->namedDict(QStringLiteral("shared"));
    QVERIFY(named);
    const auto watcher = observer();
    const int objects = m_manager->introspector()->callMethod(QStringLiteral("liveObjectCount")).value().toInt();

    QVERIFY(!watcher->dict());
    QCOMPARE(watcher->error(), Error::ReadOnly);
    QVERIFY2(watcher->errorString().contains(QLatin1String("create()")), qPrintable(watcher->errorString()));
    QVERIFY(!watcher->create(QStringLiteral("FooClass")));
    QCOMPARE(watcher->error(), Error::ReadOnly);
    // named() may create: refused, for a new name and for an existing one alike.
    QVERIFY(!watcher->namedDict(QStringLiteral("new")));
    QCOMPARE(watcher->error(), Error::ReadOnly);
    QVERIFY(!watcher->namedDict(QStringLiteral("shared")));
    QCOMPARE(watcher->error(), Error::ReadOnly);
    QVERIFY(!watcher->removeName(QStringLiteral("shared")));
    QCOMPARE(watcher->error(), Error::ReadOnly);
    QVERIFY(!watcher->requestServerShutdown());
    QCOMPARE(watcher->error(), Error::ReadOnly);
    // Looking a name up gives a proxy to read through.
    const auto looked = watcher->proxyForName<DictProxy>(QStringLiteral("shared"));
    QVERIFY2(looked, qPrintable(watcher->errorString()));
    QCOMPARE(looked->size(), 0);

    // Nothing was made, named or stopped.
    QCOMPARE(m_manager->names(), QStringList { QStringLiteral("shared") });
    QCOMPARE(m_manager->introspector()->callMethod(QStringLiteral("liveObjectCount")).value().toInt(), objects);
    QVERIFY(m_manager->isConnected());
    QVERIFY(named->setValue(QStringLiteral("still"), QStringLiteral("served")));
}

void tst_Observer::observerInAnotherProcess()
{
    const auto dict = m_manager->dict(QVariantMap { { QStringLiteral("k"), QStringLiteral("v") } });
    const auto lock = m_manager->Lock();
    QVERIFY(dict && lock);
    Worker worker({ m_manager->address(), QString::fromLatin1(m_observerKey.toHex()) });
    QVERIFY2(!worker.waitForLine(QStringLiteral("CONNECTED")).isNull(), qPrintable(worker.log()));
    const QString token = dict->token().toString();
    QCOMPARE(worker.ask(QStringLiteral("call %1 __getitem__ [\"k\"]").arg(token), QStringLiteral("RESULT")),
             QStringLiteral("v"));
    QVERIFY(worker.ask(QStringLiteral("call %1 __setitem__ [\"k\", \"w\"]").arg(token),
                       QStringLiteral("ERROR ReadOnly")).contains(QLatin1String("dict.__setitem__()")));
    QVERIFY(!worker.ask(QStringLiteral("acquire ") + lock->token().toString(), QStringLiteral("ERROR ReadOnly")).isNull());
    QVERIFY(!worker.ask(QStringLiteral("create dict"), QStringLiteral("ERROR ReadOnly")).isNull());
    QVERIFY(!worker.ask(QStringLiteral("shutdown"), QStringLiteral("ERROR ReadOnly")).isNull());
    QVERIFY(!worker.ask(QStringLiteral("subscribe ") + token, QStringLiteral("OK")).isNull());
    QCOMPARE(dict->value(QStringLiteral("k")).value().toString(), QStringLiteral("v"));
    QVERIFY(lock->acquire(0));
    QVERIFY(m_manager->isConnected());
}

int main(int argc, char *argv[])
{
    // ObservedManager has application types: start() runs this program again as its server.
    if (LibManager::isServerProcess())
        return LibManager::serverMain<ObservedManager>(argc, argv);
    QCoreApplication app(argc, argv);
    tst_Observer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_observer.moc"
