// SPDX-License-Identifier: BSD-3-Clause
// The server's introspection object, as an inspector uses it: the objects a page at a time in
// creation order (each once, however many there are, while another process creates and
// releases them), filtered by type with bounded work per page, with who holds references to
// each; and the capabilities a client checks before it relies on any of it.

#include "transport.h"
#include "testtypes.h"
#include "helperprocess.h"

#include <libmanager/basemanager.h>
#include <libmanager/dictproxy.h>
#include <libmanager/lockproxy.h>
#include <libmanager/semaphoreproxy.h>
#include <libmanager/syncmanager.h>
#include <libmanager/wire/protocol_p.h>
#include <libmanager/servermain.h>

#include <QtCore/qdatetime.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <csignal>
#include <set>

using namespace LibManager;
using TestSupport::HelperProcess;

namespace {

// The server stamps times with a coarse clock (a kernel tick, a few ms): compared with this
// process's precise one, a time may seem that much earlier.
constexpr qint64 CoarseSlackMs = 50;

struct Page
{
    QVariantList objects;
    qint64 total = -1;
    quint64 next = 0;
    bool atEnd = false;
};

Page objectsPage(const Proxy &introspector, const QVariantMap &options)
{
    const Reply reply = introspector.callMethod(QStringLiteral("objectsPage"), { options });
    Page page;
    if (!reply.isValid())
        return page;
    const QVariantMap map = reply.value().toMap();
    page.objects = map.value(QStringLiteral("objects")).toList();
    page.total = map.value(QStringLiteral("total")).toLongLong();
    page.next = map.value(QStringLiteral("next")).toULongLong();
    page.atEnd = map.value(QStringLiteral("atEnd")).toBool();
    return page;
}

} // namespace

class tst_Introspection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();
    void capabilities();
    void objectsComeAPageAtATimeInCreationOrder();
    void filteredPagesBoundTheirWork();
    void pagingStaysConsistentWhileAnotherProcessReleases();
    void lockHoldersAndWaitersComeAndGo();
    void semaphorePermitsPerClient();
    void deadlockBetweenTwoClientsIsACycle();
    void typedCallsReadTheSameAnswers();
    void conditionSaysWhichLockItUses();
    void observerNeitherKeepsNorCountsAnObject();
    void objectRowsSayStateLengthAndLastChange();
    void typedPagesAgreeWithMaps();

private:
    std::unique_ptr<HelperProcess> holder(int objects);

    std::unique_ptr<TestManager> m_manager;
    const QByteArray m_key = QByteArrayLiteral("introspection-suite");
};

void tst_Introspection::initTestCase_data()
{
    TestSupport::addTransportRows();
}

void tst_Introspection::init()
{
    m_manager = TestSupport::makeManager<TestManager>(m_key);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
}

void tst_Introspection::cleanup()
{
    m_manager.reset();
}

std::unique_ptr<HelperProcess> tst_Introspection::holder(int objects)
{
    auto helper = std::make_unique<HelperProcess>(TestSupport::Helper::LmHelper, QStringList {
            QStringLiteral("hold"), m_manager->address(), QString::fromLatin1(m_key.toHex()),
            QString::number(objects) });
    if (!helper->waitFor(QStringLiteral("HOLDING")))
        return nullptr;
    return helper;
}

void tst_Introspection::capabilities()
{
    const auto introspector = m_manager->introspector();
    QVERIFY(introspector);
    const QVariantMap capabilities = introspector->callMethod(QStringLiteral("capabilities")).value().toMap();
    QCOMPARE(capabilities.value(QStringLiteral("protocol")).toInt(), int(Protocol::Version));
    // 3: the event stream (tst_eventstream).
    QCOMPARE(capabilities.value(QStringLiteral("introspection")).toInt(), 5);
    QVERIFY(capabilities.value(QStringLiteral("calls")).toStringList().contains(QStringLiteral("objectsPage")));
}

// 30 objects of ours and 250 of another process, 100 a page: each once, in the order they
// were made, with the client that holds each, and when it was made.
void tst_Introspection::objectsComeAPageAtATimeInCreationOrder()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch() - CoarseSlackMs;
    std::vector<std::unique_ptr<Proxy>> ours;
    for (int i = 0; i < 30; ++i) {
        ours.push_back(m_manager->create(QStringLiteral("FooClass")));
        QVERIFY(ours.back());
    }
    const auto other = holder(250);
    QVERIFY(other);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const auto introspector = m_manager->introspector();
    QVERIFY(introspector);

    QList<quint64> seen;
    QHash<QString, int> objectsByHolder;
    Page page;
    int pages = 0;
    do {
        page = objectsPage(*introspector, { { QStringLiteral("after"), page.next },
                                            { QStringLiteral("count"), 100 } });
        QCOMPARE(page.total, 280);
        QVERIFY(page.objects.size() <= 100);
        for (const QVariant &object : std::as_const(page.objects)) {
            const QVariantMap info = object.toMap();
            seen.append(info.value(QStringLiteral("id")).toULongLong());
            const qint64 created = info.value(QStringLiteral("createdAt")).toLongLong();
            QVERIFY2(created >= before && created <= after, qPrintable(QString::number(created)));
            const QVariantMap byClient = info.value(QStringLiteral("referencesByClient")).toMap();
            QCOMPARE(byClient.size(), 1);
            QCOMPARE(byClient.first().toLongLong(), info.value(QStringLiteral("references")).toLongLong());
            ++objectsByHolder[byClient.firstKey()];
            // Made by the client that holds it.
            QCOMPARE(info.value(QStringLiteral("creator")).toString(), byClient.firstKey());
        }
        ++pages;
    } while (!page.atEnd);
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 280);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(std::set<quint64>(seen.begin(), seen.end()).size(), size_t(280));
    // Two clients: this one with its 30, the other process with its 250.
    QCOMPARE(objectsByHolder.size(), 2);
    QList<int> counts = objectsByHolder.values();
    std::sort(counts.begin(), counts.end());
    QCOMPARE(counts, (QList<int> { 30, 250 }));
}

// One "Later" among 400 FooClass objects: a page with a typeid filter looks at 64 times its
// count at most and says where it stopped, so finding it takes several short calls, not one
// that walks every object.
void tst_Introspection::filteredPagesBoundTheirWork()
{
    const auto other = holder(400);
    QVERIFY(other);
    const auto later = m_manager->create(QStringLiteral("Later"));
    QVERIFY(later);
    const auto introspector = m_manager->introspector();
    QVERIFY(introspector);
    QVariantList found;
    Page page;
    int pages = 0;
    do {
        page = objectsPage(*introspector, { { QStringLiteral("after"), page.next },
                                            { QStringLiteral("count"), 1 },
                                            { QStringLiteral("typeIds"), QStringList { QStringLiteral("Later") } } });
        QVERIFY(page.total >= 401);
        found += page.objects;
        ++pages;
        QVERIFY(pages < 100);
    } while (!page.atEnd);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toMap().value(QStringLiteral("id")).toULongLong(), later->token().objectId());
    QVERIFY2(pages >= 400 / 64, qPrintable(QString::number(pages)));
}

// Another process's objects go (it is killed) while we page: the pages go on from their
// cursor, never repeat an object, never skip one that lived throughout, and never list one
// that is gone.
void tst_Introspection::pagingStaysConsistentWhileAnotherProcessReleases()
{
    auto other = holder(300);
    QVERIFY(other);
    std::vector<std::unique_ptr<Proxy>> ours;
    for (int i = 0; i < 20; ++i) {
        ours.push_back(m_manager->create(QStringLiteral("FooClass")));
        QVERIFY(ours.back());
    }
    const auto introspector = m_manager->introspector();
    QVERIFY(introspector);
    Page page = objectsPage(*introspector, { { QStringLiteral("count"), 50 } });
    QCOMPARE(page.total, 320);
    QList<quint64> seen;
    for (const QVariant &object : std::as_const(page.objects))
        seen.append(object.toMap().value(QStringLiteral("id")).toULongLong());

    other->killHard();
    QVERIFY(other->finish());
    // The server sees the other process go; its 300 objects with it.
    QTRY_COMPARE(objectsPage(*introspector, { { QStringLiteral("count"), 1 } }).total, 20);

    while (!page.atEnd) {
        page = objectsPage(*introspector, { { QStringLiteral("after"), page.next },
                                            { QStringLiteral("count"), 50 } });
        for (const QVariant &object : std::as_const(page.objects))
            seen.append(object.toMap().value(QStringLiteral("id")).toULongLong());
    }
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(std::set<quint64>(seen.begin(), seen.end()).size(), size_t(seen.size()));
    for (const auto &proxy : ours)
        QVERIFY(seen.contains(proxy->token().objectId()));
    // The first page's 50 were the other process's; after them, only ours.
    QCOMPARE(seen.size(), 50 + 20);
}

namespace {

QVariantMap syncState(const Proxy &introspector, const Proxy &object)
{
    return introspector.callMethod(QStringLiteral("syncState"), { object.token().objectId() })
            .value()
            .toMap();
}

QVariantMap waitGraph(const Proxy &introspector)
{
    return introspector.callMethod(QStringLiteral("waitGraph")).value().toMap();
}

} // namespace

// A Lock held by one process and waited for by another: its owner, since when, and the
// waiter with since when; the holder is killed, the waiter gets it, and nobody waits.
void tst_Introspection::lockHoldersAndWaitersComeAndGo()
{
    const QString address = TestSupport::currentTransport().address;
    SyncManager manager(address, m_key);
    TestSupport::configure(manager);
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    const auto lock = manager.namedLock(QStringLiteral("lock"));
    const auto introspector = manager.introspector();
    QVERIFY(lock && introspector);
    QVariantMap state = syncState(*introspector, *lock);
    QCOMPARE(state.value(QStringLiteral("kind")).toString(), QStringLiteral("Lock"));
    QCOMPARE(state.value(QStringLiteral("locked")).toBool(), false);

    const QString keyHex = QString::fromLatin1(m_key.toHex());
    const qint64 before = QDateTime::currentMSecsSinceEpoch() - CoarseSlackMs;
    HelperProcess holder(TestSupport::Helper::LmHelper, { QStringLiteral("lock"), manager.address(), keyHex, QStringLiteral("lock"),
                           QStringLiteral("-1"), QStringLiteral("watch") });
    QVERIFY(holder.waitFor(QStringLiteral("ACQUIRED")));
    HelperProcess waiter(TestSupport::Helper::LmHelper, { QStringLiteral("lock"), manager.address(), keyHex, QStringLiteral("lock"),
                           QStringLiteral("-1"), QStringLiteral("watch") });
    QVERIFY(waiter.waitFor(QStringLiteral("WAITING")));
    QTRY_COMPARE(syncState(*introspector, *lock).value(QStringLiteral("waiters")).toList().size(), 1);
    state = syncState(*introspector, *lock);
    const quint64 owner = state.value(QStringLiteral("owner")).toULongLong();
    QVERIFY(owner != 0);
    QCOMPARE(state.value(QStringLiteral("count")).toInt(), 1);
    QVERIFY(state.value(QStringLiteral("ownedSince")).toLongLong() >= before);
    const QVariantMap waiting = state.value(QStringLiteral("waiters")).toList().first().toMap();
    const quint64 waiterClient = waiting.value(QStringLiteral("client")).toULongLong();
    QVERIFY(waiterClient != 0 && waiterClient != owner);
    QVERIFY(waiting.value(QStringLiteral("since")).toLongLong() >= before);
    QCOMPARE(waiting.value(QStringLiteral("reacquire")).toBool(), false);
    // The same in the graph, without a cycle.
    QVariantMap graph = waitGraph(*introspector);
    QCOMPARE(graph.value(QStringLiteral("holds")).toList().size(), 1);
    QCOMPARE(graph.value(QStringLiteral("waits")).toList().size(), 1);
    QVERIFY(graph.value(QStringLiteral("cycles")).toList().isEmpty());

    holder.killHard();
    QVERIFY(waiter.waitFor(QStringLiteral("ACQUIRED")));
    QTRY_COMPARE(syncState(*introspector, *lock).value(QStringLiteral("owner")).toULongLong(), waiterClient);
    QVERIFY(syncState(*introspector, *lock).value(QStringLiteral("waiters")).toList().isEmpty());
}

// Permits per client, and the waiter for the last one.
void tst_Introspection::semaphorePermitsPerClient()
{
    const QString address = TestSupport::currentTransport().address;
    SyncManager manager(address, m_key);
    TestSupport::configure(manager);
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    const auto semaphore = manager.namedBoundedSemaphore(QStringLiteral("permits"), 2);
    const auto introspector = manager.introspector();
    QVERIFY(semaphore && introspector);
    QVERIFY(semaphore->acquire());
    QVERIFY(semaphore->acquire());
    SyncManager other(manager.address(), m_key);
    TestSupport::configure(other);
    QVERIFY(other.connectToServer());
    const auto theirs = other.namedBoundedSemaphore(QStringLiteral("permits"), 2);
    QVERIFY(theirs);
    PendingReply<bool> waiting = theirs->acquireAsync();
    QTRY_COMPARE(syncState(*introspector, *semaphore).value(QStringLiteral("waiters")).toList().size(), 1);
    QVariantMap state = syncState(*introspector, *semaphore);
    QCOMPARE(state.value(QStringLiteral("kind")).toString(), QStringLiteral("BoundedSemaphore"));
    QCOMPARE(state.value(QStringLiteral("value")).toInt(), 0);
    QCOMPARE(state.value(QStringLiteral("initial")).toInt(), 2);
    const QVariantMap held = state.value(QStringLiteral("held")).toMap();
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.first().toInt(), 2);
    QVERIFY(semaphore->release());
    QTRY_VERIFY(waiting.isFinished());
    QCOMPARE(waiting.value(), true);
    state = syncState(*introspector, *semaphore);
    QCOMPARE(state.value(QStringLiteral("held")).toMap().size(), 2);
    QVERIFY(state.value(QStringLiteral("waiters")).toList().isEmpty());
}

// A holds one Lock and waits for the other; B the other way round: the graph reports the two
// as a cycle. When B gives its Lock up, A gets it and the cycle is gone.
void tst_Introspection::deadlockBetweenTwoClientsIsACycle()
{
    const QString address = TestSupport::currentTransport().address;
    SyncManager manager(address, m_key);
    TestSupport::configure(manager);
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    const auto introspector = manager.introspector();
    QVERIFY(introspector);
    auto a = std::make_unique<SyncManager>(manager.address(), m_key);
    TestSupport::configure(*a);
    auto b = std::make_unique<SyncManager>(manager.address(), m_key);
    TestSupport::configure(*b);
    QVERIFY(a->connectToServer() && b->connectToServer());
    const auto first = a->namedLock(QStringLiteral("first"));
    const auto second = b->namedLock(QStringLiteral("second"));
    const auto firstForB = b->namedLock(QStringLiteral("first"));
    const auto secondForA = a->namedLock(QStringLiteral("second"));
    QVERIFY(first && second && firstForB && secondForA);
    QVERIFY(first->acquire());
    QVERIFY(second->acquire());
    PendingReply<bool> aWaits = secondForA->acquireAsync();
    PendingReply<bool> bWaits = firstForB->acquireAsync();
    QTRY_COMPARE(waitGraph(*introspector).value(QStringLiteral("cycles")).toList().size(), 1);
    const QVariantMap graph = waitGraph(*introspector);
    const QVariantList cycle = graph.value(QStringLiteral("cycles")).toList().first().toList();
    QCOMPARE(cycle.size(), 2);
    const quint64 aId = syncState(*introspector, *first).value(QStringLiteral("owner")).toULongLong();
    const quint64 bId = syncState(*introspector, *second).value(QStringLiteral("owner")).toULongLong();
    QVERIFY(aId != bId);
    QList<quint64> ids;
    for (const QVariant &id : cycle)
        ids.append(id.toULongLong());
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<quint64> { qMin(aId, bId), qMax(aId, bId) }));
    QCOMPARE(graph.value(QStringLiteral("holds")).toList().size(), 2);
    QCOMPARE(graph.value(QStringLiteral("waits")).toList().size(), 2);

    QVERIFY(second->release());
    QTRY_VERIFY(aWaits.isFinished());
    QCOMPARE(aWaits.value(), true);
    QVERIFY(waitGraph(*introspector).value(QStringLiteral("cycles")).toList().isEmpty());
}

// Introspector's typed calls, on a server with a held Lock, a waiter, and objects of two
// clients: the same facts as the maps above, as values.
void tst_Introspection::typedCallsReadTheSameAnswers()
{
    const QString address = TestSupport::currentTransport().address;
    SyncManager manager(address, m_key);
    TestSupport::configure(manager);
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    const std::unique_ptr<Introspector> introspector = manager.introspector();
    QVERIFY(introspector);
    const ServerCapabilities capabilities = introspector->capabilities();
    QCOMPARE(capabilities.introspection, 5);
    QVERIFY(capabilities.hasCall(QStringLiteral("waitGraph")));

    const auto lock = manager.namedLock(QStringLiteral("lock"));
    QVERIFY(lock && lock->acquire());
    SyncManager other(manager.address(), m_key);
    TestSupport::configure(other);
    QVERIFY(other.connectToServer());
    const auto theirs = other.namedLock(QStringLiteral("lock"));
    QVERIFY(theirs);
    PendingReply<bool> waiting = theirs->acquireAsync();
    QTRY_COMPARE(introspector->syncState(*lock).waiters.size(), 1);
    const SyncState state = introspector->syncState(*lock);
    QCOMPARE(state.kind, QStringLiteral("Lock"));
    QVERIFY(state.locked);
    QVERIFY(state.ownedSince.isValid());
    QVERIFY(state.waiters.first().since >= state.ownedSince);
    QVERIFY(state.waiters.first().client != state.owner);

    const WaitGraph graph = introspector->waitGraph();
    QCOMPARE(graph.holds.size(), 1);
    QCOMPARE(graph.holds.first().client, state.owner);
    QCOMPARE(graph.waits.size(), 1);
    QCOMPARE(graph.waits.first().object, lock->token().objectId());
    QVERIFY(graph.cycles.isEmpty());

    const ObjectPage page = introspector->objectsPage(0, 10, { QStringLiteral("Lock") });
    QCOMPARE(page.objects.size(), 1);
    const ObjectInfo &info = page.objects.first();
    QCOMPARE(info.token, lock->token());
    QCOMPARE(info.names, QStringList { QStringLiteral("lock") });
    // The name holds one reference, each client one.
    QCOMPARE(info.referencesByClient.size(), 2);
    QVERIFY(info.createdAt.isValid());

    // The asynchronous twins give the same answers, read when they come (a GUI thread's way).
    PendingReply<ServerCapabilities> capabilitiesLater = introspector->capabilitiesAsync();
    PendingReply<SyncState> stateLater = introspector->syncStateAsync(lock->token().objectId());
    PendingReply<WaitGraph> graphLater = introspector->waitGraphAsync();
    PendingReply<ObjectPage> pageLater = introspector->objectsPageAsync(0, 10, { QStringLiteral("Lock") });
    PendingReply<QList<ClientInfo>> clientsLater = introspector->clientsAsync();
    PendingReply<ClientInfo> meLater = introspector->whoAmIAsync();
    QTRY_VERIFY(meLater.isFinished());
    for (const PendingReplyBase *reply : std::initializer_list<const PendingReplyBase *> {
                 &capabilitiesLater, &stateLater, &graphLater, &pageLater, &clientsLater, &meLater })
        QVERIFY2(reply->isValid(), qPrintable(reply->errorString()));
    QCOMPARE(capabilitiesLater.value().calls, capabilities.calls);
    QCOMPARE(stateLater.value().owner, state.owner);
    QCOMPARE(stateLater.value().waiters.size(), 1);
    QCOMPARE(graphLater.value().waits.size(), 1);
    QCOMPARE(pageLater.value().objects.size(), 1);
    QCOMPARE(pageLater.value().objects.first().token, lock->token());
    QCOMPARE(clientsLater.value().size(), manager.clients().size());
    QCOMPARE(meLater.value().id(), manager.whoAmI().id());
    PendingReply<SyncState> nothing = introspector->syncStateAsync(0xffffff);
    QTRY_VERIFY(nothing.isFinished());
    QCOMPARE(nothing.value().kind, QString());
    QVERIFY(lock->release());
    QTRY_VERIFY(waiting.isFinished());
    QCOMPARE(introspector->syncState(*lock).owner, state.waiters.first().client);
}

// A Condition over a given Lock names it (a view links to it); one over its own RLock says 0.
void tst_Introspection::conditionSaysWhichLockItUses()
{
    const QString address = TestSupport::currentTransport().address;
    SyncManager manager(address, m_key);
    TestSupport::configure(manager);
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    const std::unique_ptr<Introspector> introspector = manager.introspector();
    QVERIFY(introspector);
    const auto lock = manager.Lock();
    const auto over = manager.Condition(lock.get());
    const auto own = manager.Condition();
    QVERIFY(lock && over && own);
    QVERIFY(over->acquire());
    const SyncState state = introspector->syncState(*over);
    QCOMPARE(state.kind, QStringLiteral("Condition"));
    QCOMPARE(state.lockObject, lock->token().objectId());
    QVERIFY(state.locked);
    QCOMPARE(introspector->syncState(*own).lockObject, quint64(0));
    PendingReply<SyncState> later = introspector->syncStateAsync(over->token().objectId());
    QTRY_VERIFY(later.isFinished());
    QCOMPARE(later.value().lockObject, lock->token().objectId());
    QVERIFY(over->release());
}

// Another process's dict, looked at with observe(): read and watched without a reference, so
// the counts introspection shows do not move and the dict goes when its owner lets go; then
// the observer is told, and its calls fail.
void tst_Introspection::observerNeitherKeepsNorCountsAnObject()
{
    const QString address = TestSupport::currentTransport().address;
    SyncManager manager(address, m_key);
    TestSupport::configure(manager);
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    const std::unique_ptr<Introspector> introspector = manager.introspector();
    auto owner = std::make_unique<SyncManager>(manager.address(), m_key);
    TestSupport::configure(*owner);
    QVERIFY(owner->connectToServer());
    auto dict = owner->dict(QVariantMap { { QStringLiteral("a"), 1 } });
    QVERIFY(dict);
    const Token token = dict->token();
    const auto references = [&] {
        const ObjectPage page = introspector->objectsPage(token.objectId() - 1, 1);
        return page.objects.isEmpty() || page.objects.first().id != token.objectId()
                ? -1
                : page.objects.first().references;
    };
    QCOMPARE(references(), 1);

    SyncManager observer(manager.address(), m_key);
    TestSupport::configure(observer);
    QVERIFY(observer.connectToServer());
    std::unique_ptr<Proxy> watched = observer.observe(token);
    QVERIFY2(watched, qPrintable(observer.errorString()));
    auto *watchedDict = qobject_cast<DictProxy *>(watched.get());
    QVERIFY(watchedDict);
    QCOMPARE(references(), 1);
    QCOMPARE(watchedDict->value(QStringLiteral("a")).value().toInt(), 1);
    QSignalSpy inserted(watchedDict, &DictProxy::itemInserted);
    QSignalSpy state(watched.get(), &Proxy::stateChanged);
    QVERIFY(dict->setValue(QStringLiteral("b"), 2));
    QTRY_COMPARE(inserted.size(), 1);
    QCOMPARE(references(), 1);

    dict.reset(); // the owner lets go: the dict goes, though someone looks at it
    QTRY_COMPARE(watched->state(), Proxy::State::Released);
    QCOMPARE(state.constLast().at(0).value<Proxy::State>(), Proxy::State::Released);
    QCOMPARE(watchedDict->value(QStringLiteral("a")).error(), Error::ObjectGone);
    QCOMPARE(references(), -1);
    // An object that is gone cannot be observed.
    QVERIFY(!observer.observe(token));
    QCOMPARE(observer.error(), Error::ObjectGone);
}

// The rows of objectsPage(): a container's length, version, last change and preview, and a
// lock's state, holder and waiters, as other processes hold, wait and change.
void tst_Introspection::objectRowsSayStateLengthAndLastChange()
{
    const QString address = TestSupport::currentTransport().address;
    SyncManager manager(address, m_key);
    TestSupport::configure(manager);
    QVERIFY2(manager.start(), qPrintable(manager.errorString()));
    const auto lock = manager.namedLock(QStringLiteral("lock"));
    QVariantMap contents;
    for (int i = 0; i < 5000; ++i)
        contents.insert(QStringLiteral("k%1").arg(i, 4, 10, QLatin1Char('0')), i);
    const auto dict = manager.dict(contents);
    const auto event = manager.Event();
    const auto introspector = manager.introspector();
    QVERIFY(lock && dict && event && introspector);
    QVERIFY(dict->setValue(QStringLiteral("k0000"), -1));
    const quint64 me = manager.whoAmI().id();
    const auto find = [&](quint64 id, int previewChars = 0) {
        const ObjectPage page = introspector->objectsPage(0, 100, {}, previewChars);
        for (const ObjectInfo &info : page.objects) {
            if (info.id == id)
                return info;
        }
        return ObjectInfo();
    };
    ObjectInfo info = find(dict->objectId(), 40);
    QCOMPARE(info.typeId, QStringLiteral("dict"));
    QCOMPARE(info.length, 5000);
    QCOMPARE(info.version, dict->itemsRange(0, 0).version);
    QCOMPARE(info.changedBy, me);
    QVERIFY(info.changedAt.isValid());
    QVERIFY(info.token == dict->token());
    QVERIFY2(info.preview.startsWith(QLatin1String("{'k0000': -1, 'k0001': 1")), qPrintable(info.preview));
    QVERIFY2(info.preview.size() < 80, qPrintable(info.preview)); // cut, with the count
    QVERIFY2(info.preview.contains(QLatin1String("5,000")) || info.preview.contains(QLatin1String("5000")),
             qPrintable(info.preview));
    QVERIFY(find(dict->objectId()).preview.isEmpty()); // not asked for
    QCOMPARE(find(event->objectId()).state, QStringLiteral("clear"));
    QCOMPARE(find(lock->objectId()).state, QStringLiteral("unlocked"));
    QCOMPARE(find(lock->objectId()).length, -1);

    const QString keyHex = QString::fromLatin1(m_key.toHex());
    HelperProcess holder(TestSupport::Helper::LmHelper, { QStringLiteral("lock"), manager.address(), keyHex, QStringLiteral("lock"),
                           QStringLiteral("-1"), QStringLiteral("watch") });
    QVERIFY(holder.waitFor(QStringLiteral("ACQUIRED")));
    HelperProcess waiter(TestSupport::Helper::LmHelper, { QStringLiteral("lock"), manager.address(), keyHex, QStringLiteral("lock"),
                           QStringLiteral("-1"), QStringLiteral("watch") });
    QVERIFY(waiter.waitFor(QStringLiteral("WAITING")));
    QTRY_COMPARE(find(lock->objectId()).waiting, 1);
    info = find(lock->objectId());
    QCOMPARE(info.state, QStringLiteral("locked"));
    const quint64 owner = info.holder;
    QVERIFY(owner != 0 && owner != me);
    QCOMPARE(info.changedBy, owner);
    holder.killHard();
    QVERIFY(waiter.waitFor(QStringLiteral("ACQUIRED")));
    QTRY_COMPARE(find(lock->objectId()).waiting, 0);
    info = find(lock->objectId());
    QVERIFY(info.holder != 0 && info.holder != owner);
    QCOMPARE(info.state, QStringLiteral("locked"));
}

// Introspector::objectsPage() reads columns (introspection 5), the maps of objectsPage()
// without options say the same facts another way: a mixed page must read the same through
// both, names, references per client and an application type included.
void tst_Introspection::typedPagesAgreeWithMaps()
{
    // Every object of \a introspector's server, read both ways.
    const auto compare = [](const Introspector &introspector, ObjectPage *out) {
        const ObjectPage typed = introspector.objectsPage(0, 1000);
        const Page maps = objectsPage(introspector, { { QStringLiteral("count"), 1000 } });
        QCOMPARE(typed.total, maps.total);
        QCOMPARE(typed.next, maps.next);
        QCOMPARE(typed.atEnd, maps.atEnd);
        QCOMPARE(typed.objects.size(), maps.objects.size());
        for (qsizetype i = 0; i < typed.objects.size(); ++i) {
            const ObjectInfo &info = typed.objects.at(i);
            const QVariantMap map = maps.objects.at(i).toMap();
            QCOMPARE(info.id, map.value(QStringLiteral("id")).toULongLong());
            QCOMPARE(info.typeId, map.value(QStringLiteral("typeId")).toString());
            QCOMPARE(info.className, map.value(QStringLiteral("className")).toString());
            QCOMPARE(info.references, map.value(QStringLiteral("references")).toLongLong());
            QCOMPARE(info.subscribers, map.value(QStringLiteral("subscribers")).toInt());
            QCOMPARE(info.creator, map.value(QStringLiteral("creator")).toULongLong());
            QCOMPARE(info.createdAt.toMSecsSinceEpoch(), map.value(QStringLiteral("createdAt")).toLongLong());
            QCOMPARE(info.bytes, map.value(QStringLiteral("bytes")).toLongLong());
            QCOMPARE(info.names, map.value(QStringLiteral("names")).toStringList());
            QCOMPARE(info.token, map.value(QStringLiteral("token")).value<Token>());
            const QVariantMap byClient = map.value(QStringLiteral("referencesByClient")).toMap();
            QCOMPARE(info.referencesByClient.size(), byClient.size());
            for (auto it = byClient.cbegin(); it != byClient.cend(); ++it)
                QCOMPARE(info.referencesByClient.value(it.key().toULongLong()), it.value().toLongLong());
        }
        *out = typed;
    };
    const auto find = [](const ObjectPage &page, const Proxy &proxy) {
        for (const ObjectInfo &info : page.objects) {
            if (info.id == proxy.token().objectId())
                return info;
        }
        return ObjectInfo();
    };

    // Standard objects: named, held by two clients, subscribed to, locked.
    const QString address = TestSupport::currentTransport().address;
    SyncManager mine(address, m_key);
    TestSupport::configure(mine);
    QVERIFY2(mine.start(), qPrintable(mine.errorString()));
    SyncManager theirs(mine.address(), m_key);
    TestSupport::configure(theirs);
    QVERIFY(theirs.connectToServer());
    const auto lock = mine.namedLock(QStringLiteral("the lock"));
    const auto list = mine.list({ 1, 2, 3 });
    const auto queue = mine.Queue();
    QVERIFY2(lock && list && queue, qPrintable(mine.errorString()));
    QVERIFY(lock->acquire());
    const auto theirList = theirs.proxyForToken(list->token());
    const auto theirLock = theirs.namedLock(QStringLiteral("the lock"));
    QVERIFY(theirList && theirLock);
    QSignalSpy inserted(qobject_cast<ListProxy *>(theirList.get()), &ListProxy::itemsInserted);
    QVERIFY(theirList->callMethod(QStringLiteral("__len__")).isValid()); // the Subscribe went first
    const auto introspector = mine.introspector();
    QVERIFY(introspector);
    ObjectPage page;
    compare(*introspector, &page);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(page.objects.size() >= 3);
    const ObjectInfo listInfo = find(page, *list);
    QCOMPARE(listInfo.referencesByClient.size(), 2); // both clients hold it
    QCOMPARE(listInfo.subscribers, 1);
    QCOMPARE(listInfo.length, 3);
    QCOMPARE(find(page, *lock).holder, mine.whoAmI().id());
    QCOMPARE(find(page, *lock).names, QStringList { QStringLiteral("the lock") });
    QCOMPARE(find(page, *lock).state, QStringLiteral("locked"));
    QCOMPARE(find(page, *queue).state, QStringLiteral("empty"));
    QVERIFY(lock->release());

    // An application type: no length, version or state.
    const auto foo = m_manager->create(QStringLiteral("FooClass"));
    QVERIFY2(foo, qPrintable(m_manager->errorString()));
    const auto appIntrospector = m_manager->introspector();
    QVERIFY(appIntrospector);
    compare(*appIntrospector, &page);
    if (QTest::currentTestFailed())
        return;
    const ObjectInfo fooInfo = find(page, *foo);
    QCOMPARE(fooInfo.typeId, QStringLiteral("FooClass"));
    QCOMPARE(fooInfo.length, -1);
    QCOMPARE(fooInfo.version, 0u);
    QVERIFY(fooInfo.state.isEmpty());
}

int main(int argc, char *argv[])
{
    // TestManager has application types: start() runs this program again as its server.
    if (LibManager::isServerProcess())
        return LibManager::serverMain<TestManager>(argc, argv);
    QCoreApplication app(argc, argv);
    tst_Introspection test;
QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_introspection.moc"
