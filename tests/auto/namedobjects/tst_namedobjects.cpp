// SPDX-License-Identifier: BSD-3-Clause
// Named objects across real processes, once per transport: clients find one object by name,
// get-or-create is atomic, a name keeps its object alive until it is removed, and the errors
// for a missing name and for a name of another type are distinct.

#include "transport.h"
#include "helperprocess.h"
#include "introspection.h"

#include <libmanager/syncmanager.h>

#include <QtTest/qtest.h>

using namespace LibManager;
using TestSupport::HelperProcess;

class tst_NamedObjects : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void twoClientsFindTheSameObject();
    void getOrCreateIsAtomic();
    void argumentsOnlyMakeTheObject();
    void nameOfAnotherTypeIsAnError();
    void missingNameIsAnError();
    void emptyNameIsRefused();
    void nameKeepsItsObjectAlive();
    void removedNameLetsTheObjectGo();
    void namedObjectSurvivesItsCreatorsDeath();
    void namesAreListedAndIntrospected();
    void typedLookupChecksTheProxyClass();
    void everyStandardTypeCanBeNamed();
    void declaredNamesExistWhenStartReturns();
    void badDeclarationFailsStart();

private:
    QStringList helperArgs(const QString &mode, const QStringList &rest) const;
    int liveObjects() const;
    QVariantMap objectInfo(quint64 id) const;

    std::unique_ptr<SyncManager> m_manager;
    std::unique_ptr<Proxy> m_server;
    const QByteArray m_key = QByteArrayLiteral("named-objects-key");
};

void tst_NamedObjects::initTestCase_data()
{
    TestSupport::addTransportRows();
}

void tst_NamedObjects::init()
{
    m_manager = TestSupport::makeManager<SyncManager>(m_key);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
    m_server = m_manager->introspector();
    QVERIFY(m_server);
}

void tst_NamedObjects::cleanup()
{
    m_server.reset();
    m_manager.reset();
}

QStringList tst_NamedObjects::helperArgs(const QString &mode, const QStringList &rest) const
{
    return QStringList { mode, m_manager->address(), QString::fromLatin1(m_key.toHex()) } + rest;
}

int tst_NamedObjects::liveObjects() const
{
    // On the manager's connection, after whatever it sent before (releases included).
    return m_server->callMethod(QStringLiteral("liveObjectCount")).value().toInt();
}

QVariantMap tst_NamedObjects::objectInfo(quint64 id) const
{
    const QVariantList objects = m_server->callMethod(QStringLiteral("objects")).value().toList();
    for (const QVariant &object : objects) {
        if (object.toMap().value(QStringLiteral("id")).toULongLong() == id)
            return object.toMap();
    }
    return {};
}

void tst_NamedObjects::twoClientsFindTheSameObject()
{
    auto jobs = m_manager->namedDict(QStringLiteral("jobs"), { { QStringLiteral("first"), 1 } });
    QVERIFY2(jobs, qPrintable(m_manager->errorString()));
    QCOMPARE(jobs->typeId(), QStringLiteral("dict"));

    // Another process gets the same object by name, not by token, and changes it.
    HelperProcess other(TestSupport::Helper::LmHelper, helperArgs(QStringLiteral("named"),
                                   { QStringLiteral("jobs"), QStringLiteral("dict"), QStringLiteral("set"),
                                     QStringLiteral("second"), QStringLiteral("2") }));
    const Token token = Token::fromString(other.waitForLine(QStringLiteral("TOKEN ")));
    QVERIFY2(token.isValid(), qPrintable(other.output().join(QLatin1Char('\n'))));
    QVERIFY(other.finish());
    QCOMPARE(other.process().exitCode(), 0);
    QCOMPARE(token.objectId(), jobs->objectId());
    QCOMPARE(jobs->value(QStringLiteral("second")).value().toString(), QStringLiteral("2"));

    // And one that only looks the name up reads what we wrote.
    QVERIFY(jobs->setValue(QStringLiteral("third"), QStringLiteral("three")));
    HelperProcess reader(TestSupport::Helper::LmHelper, helperArgs(QStringLiteral("named"),
                                    { QStringLiteral("jobs"), QStringLiteral("-"), QStringLiteral("value"),
                                      QStringLiteral("third") }));
    QCOMPARE(reader.waitForLine(QStringLiteral("VALUE ")), QStringLiteral("three"));
    QCOMPARE(Token::fromString(reader.output().value(0).mid(6)).objectId(), jobs->objectId());
    QCOMPARE(liveObjects(), 1);
}

// Racers park on an Event, so that when it is set they all ask for the new name at once; the
// server must make one dict, which every racer then writes to.
void tst_NamedObjects::getOrCreateIsAtomic()
{
    constexpr int Racers = 6;
    auto gate = m_manager->namedEvent(QStringLiteral("gate"));
    QVERIFY(gate);
    std::vector<std::unique_ptr<HelperProcess>> racers;
    for (int i = 0; i < Racers; ++i) {
        racers.push_back(std::make_unique<HelperProcess>(TestSupport::Helper::LmHelper, helperArgs(
                QStringLiteral("race"), { QStringLiteral("gate"), QStringLiteral("race"),
                                          QStringLiteral("racer%1").arg(i) })));
    }
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::parkedCalls(*m_server), Racers, 20000);
    QVERIFY(gate->set());

    QSet<quint64> ids;
    for (auto &racer : racers) {
        const Token token = Token::fromString(racer->waitForLine(QStringLiteral("TOKEN ")));
        QVERIFY2(token.isValid(), qPrintable(racer->output().join(QLatin1Char('\n'))));
        ids.insert(token.objectId());
        QVERIFY(racer->finish());
        QCOMPARE(racer->process().exitCode(), 0);
    }
    QCOMPARE(ids.size(), 1);
    auto race = m_manager->proxyForName<DictProxy>(QStringLiteral("race"));
    QVERIFY2(race, qPrintable(m_manager->errorString()));
    QCOMPARE(race->objectId(), *ids.cbegin());
    QCOMPARE(race->keys().size(), Racers);
    // The gate and the one dict.
    QCOMPARE(liveObjects(), 2);
}

void tst_NamedObjects::argumentsOnlyMakeTheObject()
{
    auto first = m_manager->namedQueue(QStringLiteral("bounded"), 1);
    QVERIFY(first);
    auto second = m_manager->namedQueue(QStringLiteral("bounded"), 100);
    QVERIFY2(second, qPrintable(m_manager->errorString()));
    QCOMPARE(second->objectId(), first->objectId());
    QVERIFY(second->put(QStringLiteral("one")));
    // Still the maxsize of whoever made it.
    QVERIFY(first->full());
}

void tst_NamedObjects::nameOfAnotherTypeIsAnError()
{
    auto jobs = m_manager->namedQueue(QStringLiteral("jobs"));
    QVERIFY(jobs);
    QVERIFY(!m_manager->namedDict(QStringLiteral("jobs")));
    QCOMPARE(m_manager->error(), Error::NameTypeMismatch);
    QCOMPARE(m_manager->errorString(),
             QStringLiteral("Name holds another type: 'jobs' is the name of a Queue, not of a dict"));
    // A JoinableQueue has the same proxy class, and still is another type.
    QVERIFY(!m_manager->namedJoinableQueue(QStringLiteral("jobs")));
    QCOMPARE(m_manager->error(), Error::NameTypeMismatch);
    // The same from another process, and nothing was made.
    HelperProcess other(TestSupport::Helper::LmHelper, helperArgs(QStringLiteral("named"),
                                   { QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("none") }));
    QCOMPARE(other.waitForLine(QStringLiteral("ERROR ")).section(QLatin1Char(' '), 0, 0),
             QStringLiteral("NameTypeMismatch"));
    QCOMPARE(liveObjects(), 1);
    QVERIFY(m_manager->namedQueue(QStringLiteral("jobs")));
    QCOMPARE(m_manager->error(), Error::NoError);
}

void tst_NamedObjects::missingNameIsAnError()
{
    QVERIFY(!m_manager->proxyForName(QStringLiteral("nobody")));
    QCOMPARE(m_manager->error(), Error::NameNotFound);
    QCOMPARE(m_manager->errorString(),
             QStringLiteral("Name not found: no object is named 'nobody' on this server"));
    QVERIFY(!m_manager->removeName(QStringLiteral("nobody")));
    QCOMPARE(m_manager->error(), Error::NameNotFound);
    HelperProcess other(TestSupport::Helper::LmHelper, helperArgs(QStringLiteral("named"),
                                   { QStringLiteral("nobody"), QStringLiteral("-"), QStringLiteral("none") }));
    QCOMPARE(other.waitForLine(QStringLiteral("ERROR ")).section(QLatin1Char(' '), 0, 0),
             QStringLiteral("NameNotFound"));
    // Looking a name up makes nothing.
    QCOMPARE(liveObjects(), 0);
    QVERIFY(m_manager->names().isEmpty());
    QCOMPARE(m_manager->error(), Error::NoError);
}

void tst_NamedObjects::emptyNameIsRefused()
{
    QVERIFY(!m_manager->namedDict(QString()));
    QCOMPARE(m_manager->error(), Error::InvalidArguments);
    QVERIFY2(m_manager->errorString().contains(QLatin1String("may not be empty")), qPrintable(m_manager->errorString()));
    QCOMPARE(liveObjects(), 0);
}

void tst_NamedObjects::nameKeepsItsObjectAlive()
{
    auto settings = m_manager->namedDict(QStringLiteral("settings"));
    QVERIFY(settings);
    QVERIFY(settings->setValue(QStringLiteral("theme"), QStringLiteral("dark")));
    const quint64 id = settings->objectId();
    // The name and the proxy each hold a reference.
    QCOMPARE(objectInfo(id).value(QStringLiteral("references")).toInt(), 2);
    settings.reset();
    // Every proxy is gone; the name keeps the object, with its contents.
    QCOMPARE(liveObjects(), 1);
    QCOMPARE(objectInfo(id).value(QStringLiteral("references")).toInt(), 1);
    auto again = m_manager->proxyForName<DictProxy>(QStringLiteral("settings"));
    QVERIFY2(again, qPrintable(m_manager->errorString()));
    QCOMPARE(again->objectId(), id);
    QCOMPARE(again->value(QStringLiteral("theme")).value().toString(), QStringLiteral("dark"));
}

void tst_NamedObjects::removedNameLetsTheObjectGo()
{
    // Removed while a proxy holds the object: it lives on for that proxy, nameless.
    auto held = m_manager->namedList(QStringLiteral("held"), { 1, 2 });
    QVERIFY(held);
    QVERIFY(m_manager->removeName(QStringLiteral("held")));
    QCOMPARE(m_manager->error(), Error::NoError);
    QVERIFY(!m_manager->proxyForName(QStringLiteral("held")));
    QCOMPARE(m_manager->error(), Error::NameNotFound);
    QCOMPARE(liveObjects(), 1);
    QCOMPARE(held->size(), 2);
    held.reset();
    QCOMPARE(liveObjects(), 0);

    // Removed with no proxy left: it goes at once.
    QVERIFY(m_manager->namedValue(QStringLiteral("counter"), 'i', 7));
    QCOMPARE(liveObjects(), 1);
    QVERIFY(m_manager->removeName(QStringLiteral("counter")));
    QCOMPARE(liveObjects(), 0);
    // The name is free again, for any type.
    auto fresh = m_manager->namedQueue(QStringLiteral("counter"));
    QVERIFY2(fresh, qPrintable(m_manager->errorString()));
    QCOMPARE(fresh->typeId(), QStringLiteral("Queue"));
}

void tst_NamedObjects::namedObjectSurvivesItsCreatorsDeath()
{
    HelperProcess creator(TestSupport::Helper::LmHelper, helperArgs(QStringLiteral("named"),
                                     { QStringLiteral("orphan"), QStringLiteral("Queue"), QStringLiteral("hold") }));
    const Token token = Token::fromString(creator.waitForLine(QStringLiteral("TOKEN ")));
    QVERIFY2(token.isValid(), qPrintable(creator.output().join(QLatin1Char('\n'))));
    auto queue = m_manager->proxyForName<QueueProxy>(QStringLiteral("orphan"));
    QVERIFY(queue);
    QVERIFY(queue->put(QStringLiteral("kept")));
    queue.reset();
    creator.killHard();
    QVERIFY(creator.finish());
    // The creator's reference went with its connection; the name's did not.
    QTRY_COMPARE(objectInfo(token.objectId()).value(QStringLiteral("references")).toInt(), 1);
    HelperProcess consumer(TestSupport::Helper::LmHelper, helperArgs(QStringLiteral("named"),
                                      { QStringLiteral("orphan"), QStringLiteral("-"), QStringLiteral("get") }));
    QCOMPARE(consumer.waitForLine(QStringLiteral("GOT ")), QStringLiteral("kept"));
}

void tst_NamedObjects::namesAreListedAndIntrospected()
{
    QVERIFY(m_manager->names().isEmpty());
    auto b = m_manager->namedEvent(QStringLiteral("b"));
    auto a = m_manager->namedNamespace(QStringLiteral("a"));
    auto unnamed = m_manager->dict();
    QVERIFY(a && b && unnamed);
    QCOMPARE(m_manager->names(), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(objectInfo(a->objectId()).value(QStringLiteral("names")).toStringList(), QStringList { QStringLiteral("a") });
    QCOMPARE(objectInfo(unnamed->objectId()).value(QStringLiteral("names")).toStringList(), QStringList());
    QVERIFY(m_manager->removeName(QStringLiteral("a")));
    QCOMPARE(m_manager->names(), QStringList { QStringLiteral("b") });
    QCOMPARE(objectInfo(a->objectId()).value(QStringLiteral("names")).toStringList(), QStringList());
}

void tst_NamedObjects::typedLookupChecksTheProxyClass()
{
    QVERIFY(m_manager->namedDict(QStringLiteral("table")));
    QVERIFY(!m_manager->proxyForName<QueueProxy>(QStringLiteral("table")));
    QCOMPARE(m_manager->error(), Error::TypeError);
    QVERIFY2(m_manager->errorString().contains(QLatin1String("LibManager::QueueProxy")), qPrintable(m_manager->errorString()));
    // The refused proxy gave its reference back; the name's remains.
    QTRY_COMPARE(objectInfo(m_manager->proxyForName(QStringLiteral("table"))->objectId())
                         .value(QStringLiteral("references")).toInt(), 2);
    // The generic form, with any typeid.
    auto generic = m_manager->named(QStringLiteral("table"), QStringLiteral("dict"));
    QVERIFY(qobject_cast<DictProxy *>(generic.get()));
}

void tst_NamedObjects::everyStandardTypeCanBeNamed()
{
    auto lock = m_manager->namedLock(QStringLiteral("lock"));
    QVERIFY(lock);
    const std::vector<std::pair<QString, std::unique_ptr<Proxy>>> made = [&] {
        std::vector<std::pair<QString, std::unique_ptr<Proxy>>> out;
        out.emplace_back(QStringLiteral("RLock"), m_manager->namedRLock(QStringLiteral("rlock")));
        out.emplace_back(QStringLiteral("Semaphore"), m_manager->namedSemaphore(QStringLiteral("sem"), 2));
        out.emplace_back(QStringLiteral("BoundedSemaphore"), m_manager->namedBoundedSemaphore(QStringLiteral("bsem")));
        out.emplace_back(QStringLiteral("Condition"), m_manager->namedCondition(QStringLiteral("cond"), lock.get()));
        out.emplace_back(QStringLiteral("Barrier"), m_manager->namedBarrier(QStringLiteral("barrier"), 2));
        out.emplace_back(QStringLiteral("JoinableQueue"), m_manager->namedJoinableQueue(QStringLiteral("jq")));
        out.emplace_back(QStringLiteral("Array"), m_manager->namedArray(QStringLiteral("arr"), 'd', QVariantList { 1.5 }));
        out.emplace_back(QStringLiteral("Array"), m_manager->namedArray(QStringLiteral("zeros"), 'i', 3));
        return out;
    }();
    for (const auto &[typeId, proxy] : made) {
        QVERIFY2(proxy, qPrintable(typeId + QLatin1String(": ") + m_manager->errorString()));
        QCOMPARE(proxy->typeId(), typeId);
    }
    QCOMPARE(m_manager->names().size(), 9);
}

void tst_NamedObjects::declaredNamesExistWhenStartReturns()
{
    const QString address = TestSupport::currentTransport().address;
    SyncManager manager(address, m_key);
    TestSupport::configure(manager);
    manager.addNamedObject(QStringLiteral("work"), QStringLiteral("Queue"), { 2 });
    manager.addNamedObject(QStringLiteral("results"), QStringLiteral("dict"));
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    QCOMPARE(manager.names(), (QStringList { QStringLiteral("results"), QStringLiteral("work") }));
    // Held by their names alone.
    QCOMPARE(manager.introspector()->callMethod(QStringLiteral("liveObjectCount")).value().toInt(), 2);
    auto work = manager.proxyForName<QueueProxy>(QStringLiteral("work"));
    QVERIFY(work);
    QVERIFY(work->put(1) && work->put(2));
    QVERIFY(work->full());
}

void tst_NamedObjects::badDeclarationFailsStart()
{
    SyncManager manager(QString(), m_key);
    TestSupport::configure(manager);
    manager.addNamedObject(QStringLiteral("work"), QStringLiteral("Queue"), { QStringLiteral("lots") });
    QVERIFY(!manager.start());
    QCOMPARE(manager.error(), Error::StartFailed);
    QVERIFY2(manager.errorString().contains(QLatin1String("cannot name 'work'"))
                     && manager.errorString().contains(QLatin1String("maxsize must be an integer")),
             qPrintable(manager.errorString()));
    // The server it ran is stopped.
    QVERIFY(!manager.isConnected());
    QVERIFY(!TestSupport::processAlive(manager.serverProcessId()));
}

QTEST_GUILESS_MAIN(tst_NamedObjects)
#include "tst_namedobjects.moc"
