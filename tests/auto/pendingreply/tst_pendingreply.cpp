// SPDX-License-Identifier: BSD-3-Clause
// The typed asynchronous twins of the standard proxies (PendingReply<T>), against a real server
// process, once per transport. Every twin is checked against its synchronous method on an
// identical object: the same value, the same error (what the synchronous call leaves in
// lastError()), the same effect. Parked twins (a get on an empty queue, an acquire of a held
// lock, waits) must leave the event loop running and finish when another client (a second
// connection of this process, or a syncworker process) puts, releases, sets or arrives.
//
// No sleeps and no wall-clock assertions: waits are QTRY_* on what the server reports or on
// signals.

#include "transport.h"
#include "typedproxy.h"
#include "introspection.h"
#include "helperprocess.h"

#include <libmanager/pendingcallwatcher.h>
#include <libmanager/pendingreply.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qregularexpression.h>
#include <QtCore/qtimer.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <csignal>
#include <functional>
#include <memory>
#include <sys/types.h>

using namespace LibManager;
using TestSupport::typed;

namespace {

// Waits for the twin \a reply and checks it against the synchronous call: value() equals
// \a syncValue, error() equals \a syncError (the proxy's lastError() after that call).
#define COMPARE_TWIN(reply, syncValue, syncError)                                                  \
    do {                                                                                           \
        auto twin_ = (reply);                                                                      \
        QVERIFY2(twin_.waitForFinished(), "the asynchronous call did not finish");                 \
        QCOMPARE(twin_.error(), (syncError));                                                      \
        QCOMPARE(twin_.value(), (syncValue));                                                      \
    } while (false)

// The same for a PendingReply<void>: its outcome is the error alone.
#define COMPARE_VOID_TWIN(reply, syncError)                                                        \
    do {                                                                                           \
        auto twin_ = (reply);                                                                      \
        QVERIFY2(twin_.waitForFinished(), "the asynchronous call did not finish");                 \
        QCOMPARE(twin_.error(), (syncError));                                                      \
        QCOMPARE(twin_.isValid(), (syncError) == Error::NoError);                                  \
    } while (false)

class Worker : public TestSupport::HelperProcess
{
public:
    explicit Worker(const QStringList &arguments)
        : HelperProcess(TestSupport::Helper::SyncWorker, arguments, 120000)
    {
    }
};

// Counts turns of the event loop: a timer that fires whenever the loop runs.
// A Lock, RLock, Semaphore or Condition behind one face.
struct Acquirable
{
    std::unique_ptr<Proxy> proxy;
    std::function<bool(int)> acquire;
    std::function<bool()> release;
    std::function<PendingReply<bool>(int)> acquireAsync;
};

Acquirable acquirable(std::unique_ptr<Proxy> proxy)
{
    Acquirable out;
    if (auto *lock = qobject_cast<LockProxy *>(proxy.get())) {
        out.acquire = [lock](int timeoutMs) { return lock->acquire(timeoutMs); };
        out.release = [lock] { return lock->release(); };
        out.acquireAsync = [lock](int timeoutMs) { return lock->acquireAsync(timeoutMs); };
    } else if (auto *semaphore = qobject_cast<SemaphoreProxy *>(proxy.get())) {
        out.acquire = [semaphore](int timeoutMs) { return semaphore->acquire(timeoutMs); };
        out.release = [semaphore] { return semaphore->release(); };
        out.acquireAsync
            = [semaphore](int timeoutMs) { return semaphore->acquireAsync(timeoutMs); };
    } else if (auto *condition = qobject_cast<ConditionProxy *>(proxy.get())) {
        out.acquire = [condition](int timeoutMs) { return condition->acquire(timeoutMs); };
        out.release = [condition] { return condition->release(); };
        out.acquireAsync
            = [condition](int timeoutMs) { return condition->acquireAsync(timeoutMs); };
    } else {
        return out;
    }
    out.proxy = std::move(proxy);
    return out;
}

class EventLoopTicker
{
public:
    EventLoopTicker()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { ++m_ticks; });
        m_timer.start(0);
    }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    int m_ticks = 0;
};

} // namespace

class tst_PendingReply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    // PendingReply itself
    void emptyAndUnfinishedReplies();
    void typedReplyOverAnyPendingCall();
    void watcherGivesTheTypedValue();
    void waitForFinishedWithALimit();
    // Every twin against its synchronous method
    void dictTwins();
    void listTwins();
    void namespaceTwins();
    void valueTwins();
    void arrayTwins_data();
    void arrayTwins();
    void queueTwins();
    void eventTwins();
    void semaphoreTwins();
    void barrierTwins();
    void conditionTwins();
    void lockTwins_data();
    void lockTwins();
    void storedProxyComesBackTheSame();
    // Parked twins leave the event loop running and finish when another client acts
    void parkedGetFinishesOnAnotherClientsPut();
    void parkedAcquireFinishesOnAnotherClientsRelease_data();
    void parkedAcquireFinishesOnAnotherClientsRelease();
    void parkedAcquireFinishesWhenTheHolderProcessDies();
    void parkedWaitsFinishWhenOtherProcessesAct();
    void parkedWaitsTimeOutTyped();
    void parkedCallFailsWhenTheServerDies();
    // LockProxy's hold count (ReleaseMode::Posted) with the twins
    void asyncAcquireIsCountedForPostedRelease();
    void asyncReleaseUncountsAtOnce();
    void holdGrantedWhileReleasingIsNotCounted();
    void asyncAcquireOutlivesItsProxy();

    // Change signals and finished calls are told after the read, in the order they came.
    void answersAndEventsAreToldInTheirOrder();
    void aSlotMayDeleteTheManager();

private:
    std::unique_ptr<SyncManager> otherClient();
    QStringList workerArgs(const QString &mode, const QStringList &rest) const;
    int parkedCalls() const { return TestSupport::parkedCalls(*m_server); }

    std::unique_ptr<SyncManager> m_manager;
    std::unique_ptr<Proxy> m_server;
    const QByteArray m_key = QByteArrayLiteral("pending-reply-key");
};

void tst_PendingReply::initTestCase_data()
{
    TestSupport::addTransportRows();
}

void tst_PendingReply::init()
{
    m_manager = TestSupport::makeManager<SyncManager>(m_key);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
    m_server = m_manager->introspector();
    QVERIFY2(m_server, qPrintable(m_manager->errorString()));
}

void tst_PendingReply::cleanup()
{
    m_server.reset();
    m_manager.reset();
}

// Another client of the same server: its own connection, so its own lock ownership.
std::unique_ptr<SyncManager> tst_PendingReply::otherClient()
{
    auto other = TestSupport::connectTo<SyncManager>(m_manager->address(), m_key);
    if (!other || !other->isConnected())
        return nullptr;
    return other;
}

QStringList tst_PendingReply::workerArgs(const QString &mode, const QStringList &rest) const
{
    return QStringList { mode, m_manager->address(), QString::fromLatin1(m_key.toHex()) } + rest;
}

void tst_PendingReply::emptyAndUnfinishedReplies()
{
    PendingReply<int> empty;
    QVERIFY(!empty.isFinished());
    QVERIFY(!empty.waitForFinished());
    QVERIFY(!empty.isValid());
    QCOMPARE(empty.error(), Error::NotConnected);
    QCOMPARE(empty.value(), 0);

    auto queue = m_manager->Queue();
    auto list = m_manager->list({ 1, 2 });
    QVERIFY(queue && list);
    // Nothing has been read yet: both are on their way, and value() does not wait.
    PendingReply<QVariant> get = queue->getAsync();
    PendingReply<int> index = list->indexAsync(2);
    QVERIFY(!get.isFinished());
    QVERIFY(!index.isFinished());
    QCOMPARE(get.error(), Error::NotFinished);
    QVERIFY(!get.isValid());
    QCOMPARE(get.value(), QVariant());
    QCOMPARE(index.value(), -1); // what index() returns on failure, until it succeeds
    QVERIFY(index.waitForFinished());
    QVERIFY2(index.isValid(), qPrintable(index.errorString()));
    QCOMPARE(index.value(), 1);
    QVERIFY(!get.isFinished()); // parked: the quicker call behind it finished first
    QVERIFY(queue->put(QStringLiteral("late")));
    QVERIFY(get.waitForFinished());
    QCOMPARE(get.value(), QVariant(QStringLiteral("late")));
    QCOMPARE(get.errorString(), QString());
    QCOMPARE(get.message(), QString());
}

void tst_PendingReply::typedReplyOverAnyPendingCall()
{
    auto list = m_manager->list({ 10, 20, 30 });
    QVERIFY(list);
    // Untyped calls convert with qvariant_cast<T>.
    const PendingReply<int> size(list->callMethodAsync(QStringLiteral("__len__")));
    const PendingReply<QVariantList> items(list->callMethodAsync(QStringLiteral("tolist")));
    PendingReply<QString> text(list->callMethodAsync(QStringLiteral("__str__")));
    QVERIFY(text.waitForFinished());
    QVERIFY(size.isFinished() && items.isFinished()); // answered in order, before the text
    QCOMPARE(size.value(), 3);
    QCOMPARE(items.value(), (QVariantList { 10, 20, 30 }));
    QCOMPARE(text.value(), list->toString());

    // A copy, or a PendingReply made from the bare PendingCall of a twin, shares the call
    // and its converted value.
    auto dict = m_manager->dict();
    QVERIFY(dict && dict->setValue(QStringLiteral("k"), 1));
    const PendingReply<VariantPairList> items2 = dict->itemsAsync();
    const PendingCall bare = items2;
    PendingReply<VariantPairList> again(bare);
    QVERIFY(again.waitForFinished());
    QVERIFY(items2.isFinished());
    QCOMPARE(again.value(), dict->items());
    QCOMPARE(items2.value(), dict->items());
    QCOMPARE(again.reply().value().value<VariantPairList>(), dict->items());
}

void tst_PendingReply::watcherGivesTheTypedValue()
{
    auto array = m_manager->Array('h', QVariantList { 1, -2, 300 });
    QVERIFY(array);
    // A proxy that has not learnt its typecode yet: the twin asks for it in the same pipeline.
    auto fresh = typed<ArrayProxy>(m_manager->proxyForToken(array->token()));
    QVERIFY(fresh);
    const QVariantList expected = array->toList();
    QCOMPARE(expected, (QVariantList { 1, -2, 300 }));

    QVariantList got;
    Error error = Error::NotFinished;
    auto *watcher = new PendingCallWatcher(fresh->toListAsync(), this);
    connect(watcher, &PendingCallWatcher::finished, this, [&](PendingCallWatcher *call) {
        const PendingReply<QVariantList> reply(*call);
        error = reply.error();
        got = reply.value();
        call->deleteLater();
    });
    QTRY_COMPARE(error, Error::NoError);
    QCOMPARE(got, expected);
    // The PendingCall's own reply is the synchronous method's Reply too (unpacked).
    PendingReply<QVariantList> slice = fresh->sliceAsync(1, 3);
    QVERIFY(slice.waitForFinished());
    QCOMPARE(slice.reply().value(), array->slice(1, 3).value());
}

void tst_PendingReply::waitForFinishedWithALimit()
{
    auto queue = m_manager->Queue();
    QVERIFY(queue);
    PendingReply<QVariant> get = queue->getAsync();
    QVERIFY(!get.waitForFinished(0));
    QVERIFY(!get.waitForFinished(50));
    // Still pending, not failed: the limit was the caller's, not the call's.
    QCOMPARE(get.error(), Error::NotFinished);
    QTRY_COMPARE(parkedCalls(), 1);
    auto other = otherClient();
    QVERIFY(other);
    auto otherQueue = typed<QueueProxy>(other->proxyForToken(queue->token()));
    QVERIFY(otherQueue && otherQueue->put(42));
    QVERIFY(get.waitForFinished(60000));
    QCOMPARE(get.value(), QVariant(42));
}

void tst_PendingReply::dictTwins()
{
    const QVariantMap initial { { QStringLiteral("a"), 1 },
                                { QStringLiteral("b"), QStringLiteral("two") },
                                { QStringLiteral("c"), QVariantList { 3, 4.5 } } };
    // s changes through the synchronous methods, a through their twins.
    auto s = m_manager->dict(initial);
    auto a = m_manager->dict(initial);
    QVERIFY(s && a);
    const auto same = [&] { return a->items() == s->items(); };

    const QString missing = QStringLiteral("missing");
    for (const QVariant &key : { QVariant(QStringLiteral("a")), QVariant(missing) }) {
        const Reply value = s->value(key);
        COMPARE_TWIN(a->valueAsync(key), value.value(), s->lastError());
        const QVariant orDefault = s->value(key, 99);
        COMPARE_TWIN(a->valueAsync(key, 99), orDefault, s->lastError());
        const bool contains = s->contains(key);
        COMPARE_TWIN(a->containsAsync(key), contains, s->lastError());
    }
    QCOMPARE(a->valueAsync(missing).message(), QString()); // not finished yet: no message
    {
        auto reply = a->valueAsync(missing);
        QVERIFY(reply.waitForFinished());
        QCOMPARE(reply.error(), Error::KeyError);
        QCOMPARE(reply.message(), s->value(missing).message());
        QCOMPARE(reply.errorString(), s->value(missing).errorString());
    }
    // An unhashable key.
    const QVariant listKey = QVariantList { 1 };
    QVERIFY(!s->setValue(listKey, 1));
    QCOMPARE(s->lastError(), Error::TypeError);
    COMPARE_VOID_TWIN(a->setValueAsync(listKey, 1), Error::TypeError);

    const int size = s->size();
    COMPARE_TWIN(a->sizeAsync(), size, s->lastError());
    const QVariantList keys = s->keys();
    COMPARE_TWIN(a->keysAsync(), keys, s->lastError());
    const QVariantList values = s->values();
    COMPARE_TWIN(a->valuesAsync(), values, s->lastError());
    const VariantPairList items = s->items();
    QCOMPARE(items.size(), 3);
    COMPARE_TWIN(a->itemsAsync(), items, s->lastError());
    const VariantPairList copy = s->copy();
    COMPARE_TWIN(a->copyAsync(), copy, s->lastError());
    const QVariantMap map = s->toMap();
    COMPARE_TWIN(a->toMapAsync(), map, s->lastError());
    QCOMPARE(map, initial);

    QVERIFY(s->setValue(QStringLiteral("d"), 5));
    COMPARE_VOID_TWIN(a->setValueAsync(QStringLiteral("d"), 5), s->lastError());
    QVERIFY(same());
    for (const QVariant &key : { QVariant(QStringLiteral("d")), QVariant(missing) }) {
        s->remove(key);
        COMPARE_VOID_TWIN(a->removeAsync(key), s->lastError());
    }
    QCOMPARE(s->lastError(), Error::KeyError);
    QVERIFY(same());

    for (const QVariant &key : { QVariant(QStringLiteral("e")), QVariant(QStringLiteral("a")) }) {
        const QVariant setDefault = s->setDefault(key, 7);
        COMPARE_TWIN(a->setDefaultAsync(key, 7), setDefault, s->lastError());
    }
    QVERIFY(same());
    for (const QVariant &key : { QVariant(QStringLiteral("e")), QVariant(missing) }) {
        const Reply pop = s->pop(key);
        COMPARE_TWIN(a->popAsync(key), pop.value(), s->lastError());
        const QVariant popDefault = s->pop(key, -1);
        COMPARE_TWIN(a->popAsync(key, -1), popDefault, s->lastError());
    }
    QVERIFY(same());

    QVERIFY(s->update(QVariantMap { { QStringLiteral("m"), 1 } }));
    COMPARE_VOID_TWIN(a->updateAsync(QVariantMap { { QStringLiteral("m"), 1 } }), s->lastError());
    QVERIFY(s->update(QVariantHash { { QStringLiteral("h"), 2 } }));
    COMPARE_VOID_TWIN(a->updateAsync(QVariantHash { { QStringLiteral("h"), 2 } }), s->lastError());
    const VariantPairList pairs { { 10, QStringLiteral("ten") }, { 2.5, true } };
    QVERIFY(s->update(pairs));
    COMPARE_VOID_TWIN(a->updateAsync(pairs), s->lastError());
    QVERIFY(same());

    const Reply popItem = s->popItem();
    QCOMPARE(popItem.value().toList(), (QVariantList { 2.5, true }));
    COMPARE_TWIN(a->popItemAsync(), popItem.value().toList(), s->lastError());
    QVERIFY(s->clear());
    COMPARE_VOID_TWIN(a->clearAsync(), s->lastError());
    QCOMPARE(a->size(), 0);
    const Reply popEmpty = s->popItem();
    QCOMPARE(popEmpty.error(), Error::KeyError);
    COMPARE_TWIN(a->popItemAsync(), QVariantList(), s->lastError());
}

void tst_PendingReply::listTwins()
{
    const QVariantList initial { 3, QStringLiteral("x"), 1.5, 3 };
    auto s = m_manager->list(initial);
    auto a = m_manager->list(initial);
    QVERIFY(s && a);
    const auto same = [&] { return a->toList() == s->toList(); };

    for (int index : { 1, -1, 10 }) {
        const Reply at = s->at(index);
        COMPARE_TWIN(a->atAsync(index), at.value(), s->lastError());
    }
    QCOMPARE(s->lastError(), Error::IndexError);
    const Reply slice = s->slice(0, ListProxy::End, 2);
    COMPARE_TWIN(a->sliceAsync(0, ListProxy::End, 2), slice.value().toList(), s->lastError());
    const Reply slice2 = s->slice(-3, -1);
    COMPARE_TWIN(a->sliceAsync(-3, -1), slice2.value().toList(), s->lastError());
    for (const QVariant &value : { QVariant(3), QVariant(QStringLiteral("nope")) }) {
        const int index = s->index(value);
        COMPARE_TWIN(a->indexAsync(value), index, s->lastError());
        const int indexFrom = s->index(value, 1);
        COMPARE_TWIN(a->indexAsync(value, 1), indexFrom, s->lastError());
        const int count = s->count(value);
        COMPARE_TWIN(a->countAsync(value), count, s->lastError());
        const bool contains = s->contains(value);
        COMPARE_TWIN(a->containsAsync(value), contains, s->lastError());
    }
    QCOMPARE(s->index(QStringLiteral("nope")), -1);
    QCOMPARE(s->lastError(), Error::ValueError);
    const int size = s->size();
    COMPARE_TWIN(a->sizeAsync(), size, s->lastError());
    const QVariantList all = s->toList();
    COMPARE_TWIN(a->toListAsync(), all, s->lastError());

    for (int index : { 0, 7 }) {
        s->set(index, QStringLiteral("y"));
        COMPARE_VOID_TWIN(a->setAsync(index, QStringLiteral("y")), s->lastError());
    }
    QCOMPARE(s->lastError(), Error::IndexError);
    s->setSlice(1, 2, { 7, 8, 9 });
    COMPARE_VOID_TWIN(a->setSliceAsync(1, 2, { 7, 8, 9 }), s->lastError());
    s->setSlice(0, ListProxy::End, { 1 }, 2); // stepped, wrong length
    QCOMPARE(s->lastError(), Error::ValueError);
    COMPARE_VOID_TWIN(a->setSliceAsync(0, ListProxy::End, { 1 }, 2), s->lastError());
    s->removeSlice(0, 1);
    COMPARE_VOID_TWIN(a->removeSliceAsync(0, 1), s->lastError());
    s->append(QStringLiteral("end"));
    COMPARE_VOID_TWIN(a->appendAsync(QStringLiteral("end")), s->lastError());
    s->extend({ 5, 6 });
    COMPARE_VOID_TWIN(a->extendAsync({ 5, 6 }), s->lastError());
    s->insert(2, 0.25);
    COMPARE_VOID_TWIN(a->insertAsync(2, 0.25), s->lastError());
    QVERIFY(same());
    for (int index : { -1, 0, 99 }) {
        const Reply pop = s->pop(index);
        COMPARE_TWIN(a->popAsync(index), pop.value(), s->lastError());
    }
    for (const QVariant &value : { QVariant(8), QVariant(QStringLiteral("nope")) }) {
        s->remove(value);
        COMPARE_VOID_TWIN(a->removeAsync(value), s->lastError());
    }
    QCOMPARE(s->lastError(), Error::ValueError);
    s->reverse();
    COMPARE_VOID_TWIN(a->reverseAsync(), s->lastError());
    QVERIFY(same());
    s->sort(); // strings and numbers: no order
    QCOMPARE(s->lastError(), Error::TypeError);
    COMPARE_VOID_TWIN(a->sortAsync(), s->lastError());
    QVERIFY(same());
    QVERIFY(s->remove(QStringLiteral("end")) && a->remove(QStringLiteral("end")));
    s->sort(Qt::DescendingOrder);
    COMPARE_VOID_TWIN(a->sortAsync(Qt::DescendingOrder), s->lastError());
    QCOMPARE(s->lastError(), Error::NoError);
    QVERIFY(same());
    QCOMPARE(a->toList(), (QVariantList { 9, 5, 3, 1.5, 0.25 }));
    s->clear();
    COMPARE_VOID_TWIN(a->clearAsync(), s->lastError());
    QVERIFY(same());
    QCOMPARE(a->size(), 0);
}

void tst_PendingReply::namespaceTwins()
{
    auto s = m_manager->Namespace();
    auto a = m_manager->Namespace();
    QVERIFY(s && a);
    const QString x = QStringLiteral("x");
    const QString own = QStringLiteral("_own");
    const QString missing = QStringLiteral("missing");

    QVERIFY(s->setValue(x, 10));
    COMPARE_VOID_TWIN(a->setValueAsync(x, 10), s->lastError());
    for (const QString &name : { x, missing }) {
        const Reply value = s->value(name);
        COMPARE_TWIN(a->valueAsync(name), value.value(), s->lastError());
        const QVariant orDefault = s->value(name, 42);
        COMPARE_TWIN(a->valueAsync(name, 42), orDefault, s->lastError());
        const bool contains = s->contains(name);
        COMPARE_TWIN(a->containsAsync(name), contains, s->lastError());
    }
    QCOMPARE(s->value(missing, 42), QVariant(42));
    QCOMPARE(s->lastError(), Error::KeyError);

    // A proxy's own attributes are never sent: the replies have finished when returned.
    QVERIFY(s->setValue(own, 1.5));
    PendingReply<void> setOwn = a->setValueAsync(own, 1.5);
    QVERIFY(setOwn.isFinished());
    QCOMPARE(setOwn.error(), s->lastError());
    for (const QString &name : { own, QStringLiteral("_absent") }) {
        const Reply value = s->value(name);
        PendingReply<QVariant> twin = a->valueAsync(name);
        QVERIFY(twin.isFinished());
        QCOMPARE(twin.error(), s->lastError());
        QCOMPARE(twin.value(), value.value());
        QCOMPARE(twin.message(), value.message());
        const QVariant orDefault = s->value(name, 42);
        PendingReply<QVariant> twinDefault = a->valueAsync(name, 42);
        QVERIFY(twinDefault.isFinished());
        QCOMPARE(twinDefault.value(), orDefault);
        PendingReply<bool> contains = a->containsAsync(name);
        QVERIFY(contains.isFinished());
        QCOMPARE(contains.value(), s->contains(name));
    }
    const QVariantMap attributes = s->attributes();
    QCOMPARE(attributes, (QVariantMap { { x, 10 } }));
    COMPARE_TWIN(a->attributesAsync(), attributes, s->lastError());

    for (const QString &name : { own, own, x, missing }) {
        s->remove(name);
        COMPARE_VOID_TWIN(a->removeAsync(name), s->lastError());
    }
    QCOMPARE(s->lastError(), Error::KeyError);
    QCOMPARE(a->attributes(), s->attributes());
    QCOMPARE(a->toString(), s->toString());
}

void tst_PendingReply::valueTwins()
{
    auto s = m_manager->Value('b', 5);
    auto a = m_manager->Value('b', 5);
    QVERIFY(s && a);
    const char code = s->typeCode();
    QCOMPARE(code, 'b');
    COMPARE_TWIN(a->typeCodeAsync(), code, s->lastError());
    const QVariant value = s->value();
    COMPARE_TWIN(a->valueAsync(), value, s->lastError());

    for (const QVariant &v : { QVariant(7), QVariant(1000), QVariant(QStringLiteral("x")) }) {
        s->setValue(v);
        COMPARE_VOID_TWIN(a->setValueAsync(v), s->lastError());
    }
    QCOMPARE(s->lastError(), Error::TypeError);
    for (const QVariant &delta : { QVariant(3), QVariant(200), QVariant(-1) }) {
        const Reply before = s->fetchAdd(delta);
        COMPARE_TWIN(a->fetchAddAsync(delta), before.value(), s->lastError());
    }
    QCOMPARE(s->value(), QVariant(9));
    QCOMPARE(a->value(), s->value());

    for (const QVariant &expected : { QVariant(9), QVariant(9) }) {
        QVariant current;
        const bool exchanged = s->compareExchange(expected, 11, &current);
        auto twin = a->compareExchangeAsync(expected, 11);
        QVERIFY(twin.waitForFinished());
        QCOMPARE(twin.error(), s->lastError());
        QCOMPARE(twin.value().exchanged, exchanged);
        QCOMPARE(twin.value().previous, current);
    }
    QCOMPARE(a->value(), QVariant(11));
    // Out of range: refused, nothing exchanged.
    QVERIFY(!s->compareExchange(11, 1000));
    auto refused = a->compareExchangeAsync(11, 1000);
    QVERIFY(refused.waitForFinished());
    QCOMPARE(refused.error(), s->lastError());
    QCOMPARE(refused.error(), Error::ValueError);
    QCOMPARE(refused.value().exchanged, false);
    QCOMPARE(refused.value().previous, QVariant());
}

void tst_PendingReply::arrayTwins_data()
{
    QTest::addColumn<char>("typeCode");
    QTest::addColumn<QVariantList>("values");
    QTest::newRow("d") << 'd' << QVariantList { 1.5, -2.25, 1e300, 0.0 };
    QTest::newRow("i") << 'i' << QVariantList { 1, -2, 2147483647, 0 };
    QTest::newRow("B") << 'B' << QVariantList { 0, 255, 7, 8 };
    QTest::newRow("u") << 'u'
                       << QVariantList { QStringLiteral("a"), QStringLiteral("\u00e9"),
                                         QStringLiteral("z"), QStringLiteral(" ") };
}

void tst_PendingReply::arrayTwins()
{
    QFETCH(char, typeCode);
    QFETCH(QVariantList, values);
    auto s = m_manager->Array(typeCode, values);
    auto a = m_manager->Array(typeCode, values);
    QVERIFY2(s && a, qPrintable(m_manager->errorString()));
    // One twin proxy knows its typecode, the other asks for it along with each bulk read.
    QCOMPARE(a->typeCode(), typeCode);
    auto fresh = typed<ArrayProxy>(m_manager->proxyForToken(a->token()));
    QVERIFY(fresh);
    const auto same = [&] { return a->rawData() == s->rawData(); };

    const char code = s->typeCode();
    COMPARE_TWIN(fresh->typeCodeAsync(), code, s->lastError());
    COMPARE_TWIN(a->typeCodeAsync(), typeCode, Error::NoError);
    const int size = s->size();
    COMPARE_TWIN(a->sizeAsync(), size, s->lastError());
    for (int index : { 0, -1, 4 }) {
        const Reply at = s->at(index);
        COMPARE_TWIN(a->atAsync(index), at.value(), s->lastError());
    }
    QCOMPARE(s->lastError(), Error::IndexError);
    for (ArrayProxy *twin : { a.get(), fresh.get() }) {
        const Reply slice = s->slice(1, 3);
        COMPARE_TWIN(twin->sliceAsync(1, 3), slice.value().toList(), s->lastError());
        const QVariantList list = s->toList();
        QCOMPARE(list, values);
        COMPARE_TWIN(twin->toListAsync(), list, s->lastError());
        const QList<double> doubles = s->toDoubles();
        COMPARE_TWIN(twin->toDoublesAsync(), doubles, s->lastError());
        const QList<qint64> integers = s->toIntegers();
        COMPARE_TWIN(twin->toIntegersAsync(), integers, s->lastError());
        const QByteArray raw = s->rawData();
        COMPARE_TWIN(twin->rawDataAsync(), raw, s->lastError());
    }
    if (typeCode == 'd')
        QCOMPARE(a->toDoublesAsync().value(), QList<double>()); // not finished: the failure value

    const QVariantList replacement = values.mid(2) + values.mid(0, 2);
    s->setSlice(1, replacement.mid(0, 2));
    COMPARE_VOID_TWIN(fresh->setSliceAsync(1, replacement.mid(0, 2)), s->lastError());
    s->setSlice(3, replacement); // too long: the length never changes
    QCOMPARE(s->lastError(), Error::ValueError);
    COMPARE_VOID_TWIN(a->setSliceAsync(3, replacement), s->lastError());
    s->set(0, values.at(3));
    COMPARE_VOID_TWIN(a->setAsync(0, values.at(3)), s->lastError());
    s->set(9, values.at(3));
    COMPARE_VOID_TWIN(a->setAsync(9, values.at(3)), s->lastError());
    QVERIFY(same());
    s->assign(replacement);
    COMPARE_VOID_TWIN(a->assignAsync(replacement), s->lastError());
    QVERIFY(same());
    const QList<double> doubles { 1, 2, 3, 4 };
    for (ArrayProxy *twin : { a.get(), fresh.get() }) {
        s->assign(doubles);
        COMPARE_VOID_TWIN(twin->assignAsync(doubles), s->lastError());
        QVERIFY(same());
        s->assign(QList<double> { 1 });
        COMPARE_VOID_TWIN(twin->assignAsync(QList<double> { 1 }), s->lastError());
    }
    QVERIFY(s->lastError() != Error::NoError); // one element for four

    if (typeCode == 'd') {
        // A large array: the synchronous read streams it off the socket, the twin gets it whole.
        QList<double> large(40000);
        for (qsizetype i = 0; i < large.size(); ++i)
            large[i] = double(i) / 7;
        auto big = m_manager->Array(large);
        QVERIFY(big);
        auto bigFresh = typed<ArrayProxy>(m_manager->proxyForToken(big->token()));
        QVERIFY(bigFresh);
        const QList<double> streamed = big->toDoubles();
        QCOMPARE(streamed, large);
        COMPARE_TWIN(bigFresh->toDoublesAsync(), streamed, big->lastError());
        COMPARE_TWIN(big->toDoublesAsync(), streamed, big->lastError());
    }
}

void tst_PendingReply::queueTwins()
{
    auto s = m_manager->JoinableQueue(2);
    auto a = m_manager->JoinableQueue(2);
    QVERIFY(s && a);
    const auto counts = [&](QueueProxy *q) {
        return QList<QVariant> { q->qsize(), q->empty(), q->full() };
    };

    for (const QVariant &item : { QVariant(1), QVariant(QStringLiteral("two")) }) {
        const bool empty = s->empty();
        COMPARE_TWIN(a->emptyAsync(), empty, s->lastError());
        s->put(item);
        COMPARE_VOID_TWIN(a->putAsync(item), s->lastError());
    }
    const int size = s->qsize();
    COMPARE_TWIN(a->qsizeAsync(), size, s->lastError());
    const bool full = s->full();
    QVERIFY(full);
    COMPARE_TWIN(a->fullAsync(), full, s->lastError());
    QVERIFY(!s->putNowait(3));
    QCOMPARE(s->lastError(), Error::Full);
    COMPARE_VOID_TWIN(a->putNowaitAsync(3), s->lastError());
    QVERIFY(!s->put(3, 10));
    COMPARE_VOID_TWIN(a->putAsync(3, 10), s->lastError());
    QCOMPARE(counts(a.get()), counts(s.get()));

    const bool joined = s->join(0);
    QVERIFY(!joined);
    COMPARE_TWIN(a->joinAsync(0), joined, s->lastError());
    for (int i = 0; i < 3; ++i) {
        const Reply got = s->getNowait();
        COMPARE_TWIN(a->getNowaitAsync(), got.value(), s->lastError());
    }
    QCOMPARE(s->lastError(), Error::Empty);
    const Reply timedOut = s->get(10);
    COMPARE_TWIN(a->getAsync(10), timedOut.value(), s->lastError());
    {
        auto reply = a->getAsync(10);
        QVERIFY(reply.waitForFinished());
        QCOMPARE(reply.error(), Error::Empty);
        QCOMPARE(reply.message(), timedOut.message());
    }
    for (int i = 0; i < 3; ++i) {
        s->taskDone();
        COMPARE_VOID_TWIN(a->taskDoneAsync(), s->lastError());
    }
    QCOMPARE(s->lastError(), Error::ValueError); // once more than items put
    const bool joinedNow = s->join();
    QVERIFY(joinedNow);
    COMPARE_TWIN(a->joinAsync(), joinedNow, s->lastError());
    QCOMPARE(counts(a.get()), counts(s.get()));
}

void tst_PendingReply::eventTwins()
{
    auto s = m_manager->Event();
    auto a = m_manager->Event();
    QVERIFY(s && a);
    for (int round = 0; round < 2; ++round) {
        const bool isSet = s->isSet();
        COMPARE_TWIN(a->isSetAsync(), isSet, s->lastError());
        const bool waited = s->wait(0);
        COMPARE_TWIN(a->waitAsync(0), waited, s->lastError());
        const bool waitedAWhile = s->wait(10);
        COMPARE_TWIN(a->waitAsync(10), waitedAWhile, s->lastError());
        QVERIFY(s->set());
        COMPARE_VOID_TWIN(a->setAsync(), s->lastError());
        const bool waitedSet = s->wait();
        QVERIFY(waitedSet);
        COMPARE_TWIN(a->waitAsync(), waitedSet, s->lastError());
        QVERIFY(s->clear());
        COMPARE_VOID_TWIN(a->clearAsync(), s->lastError());
    }
    QCOMPARE(a->isSet(), false);
}

void tst_PendingReply::semaphoreTwins()
{
    auto s = m_manager->BoundedSemaphore(2);
    auto a = m_manager->BoundedSemaphore(2);
    QVERIFY(s && a);
    for (int i = 0; i < 3; ++i) {
        const bool acquired = s->acquire(0);
        COMPARE_TWIN(a->acquireAsync(0), acquired, s->lastError());
        const int value = s->value();
        COMPARE_TWIN(a->valueAsync(), value, s->lastError());
    }
    QCOMPARE(a->value(), 0);
    const bool timedOut = s->acquire(10);
    QVERIFY(!timedOut);
    COMPARE_TWIN(a->acquireAsync(10), timedOut, s->lastError());
    QVERIFY(s->release(2));
    COMPARE_VOID_TWIN(a->releaseAsync(2), s->lastError());
    QVERIFY(!s->release());
    QCOMPARE(s->lastError(), Error::ValueError);
    COMPARE_VOID_TWIN(a->releaseAsync(), s->lastError());
    QCOMPARE(a->value(), s->value());
}

void tst_PendingReply::barrierTwins()
{
    auto s = m_manager->Barrier(1);
    auto a = m_manager->Barrier(1);
    QVERIFY(s && a);
    for (int timeout : { BarrierProxy::BarrierTimeout, BarrierProxy::Forever, 1000 }) {
        const int index = s->wait(timeout);
        QCOMPARE(index, 0);
        COMPARE_TWIN(a->waitAsync(timeout), index, s->lastError());
    }
    const int parties = s->parties();
    COMPARE_TWIN(a->partiesAsync(), parties, s->lastError());
    const int waiting = s->waitingCount();
    COMPARE_TWIN(a->waitingCountAsync(), waiting, s->lastError());
    QVERIFY(s->abort());
    COMPARE_VOID_TWIN(a->abortAsync(), s->lastError());
    const bool broken = s->isBroken();
    QVERIFY(broken);
    COMPARE_TWIN(a->isBrokenAsync(), broken, s->lastError());
    const int failed = s->wait();
    QCOMPARE(failed, -1);
    QCOMPARE(s->lastError(), Error::BrokenBarrier);
    COMPARE_TWIN(a->waitAsync(), failed, s->lastError());
    QVERIFY(s->reset());
    COMPARE_VOID_TWIN(a->resetAsync(), s->lastError());
    const bool brokenAfterReset = s->isBroken();
    QVERIFY(!brokenAfterReset);
    COMPARE_TWIN(a->isBrokenAsync(), brokenAfterReset, s->lastError());
}

void tst_PendingReply::conditionTwins()
{
    auto s = m_manager->Condition();
    auto a = m_manager->Condition();
    QVERIFY(s && a);
    // Without the lock: NotOwner.
    QVERIFY(!s->wait(0));
    COMPARE_TWIN(a->waitAsync(0), false, s->lastError());
    QVERIFY(!s->notify());
    QCOMPARE(s->lastError(), Error::NotOwner);
    COMPARE_VOID_TWIN(a->notifyAsync(), s->lastError());
    QVERIFY(!s->release());
    COMPARE_VOID_TWIN(a->releaseAsync(), s->lastError());

    for (int i = 0; i < 2; ++i) { // its own RLock: twice
        const bool acquired = s->acquire(0);
        QVERIFY(acquired);
        COMPARE_TWIN(a->acquireAsync(0), acquired, s->lastError());
    }
    QVERIFY(s->notify(2));
    COMPARE_VOID_TWIN(a->notifyAsync(2), s->lastError());
    QVERIFY(s->notifyAll());
    COMPARE_VOID_TWIN(a->notifyAllAsync(), s->lastError());
    // Nobody notifies: false with Timeout, the lock held again.
    const bool notified = s->wait(10);
    QVERIFY(!notified);
    QCOMPARE(s->lastError(), Error::Timeout);
    COMPARE_TWIN(a->waitAsync(10), notified, s->lastError());
    {
        auto reply = a->waitAsync(10);
        QVERIFY(reply.waitForFinished());
        QCOMPARE(reply.message(), QStringLiteral("no notify within 10 ms"));
    }
    for (int i = 0; i < 2; ++i) {
        QVERIFY(s->release());
        COMPARE_VOID_TWIN(a->releaseAsync(), s->lastError());
    }
    auto other = otherClient();
    QVERIFY(other);
    auto otherCondition = typed<ConditionProxy>(other->proxyForToken(a->token()));
    QVERIFY(otherCondition);
    QVERIFY(otherCondition->acquire(0)); // free: both levels were released
    QVERIFY(otherCondition->release());
}

void tst_PendingReply::lockTwins_data()
{
    QTest::addColumn<bool>("recursive");
    QTest::newRow("Lock") << false;
    QTest::newRow("RLock") << true;
}

void tst_PendingReply::lockTwins()
{
    QFETCH(bool, recursive);
    auto s = recursive ? m_manager->RLock() : m_manager->Lock();
    auto a = recursive ? m_manager->RLock() : m_manager->Lock();
    QVERIFY(s && a);
    for (int i = 0; i < 2; ++i) {
        const bool locked = s->isLocked();
        COMPARE_TWIN(a->isLockedAsync(), locked, s->lastError());
        const bool acquired = s->acquire(0); // the second time: only an RLock
        QCOMPARE(acquired, i == 0 || recursive);
        COMPARE_TWIN(a->acquireAsync(0), acquired, s->lastError());
    }
    const bool timedOut = s->acquire(10);
    COMPARE_TWIN(a->acquireAsync(10), timedOut, s->lastError());
    const int holds = recursive ? 3 : 1;
    for (int i = 0; i <= holds; ++i) { // and once more than held
        s->release();
        COMPARE_VOID_TWIN(a->releaseAsync(), s->lastError());
    }
    QCOMPARE(s->lastError(), Error::NotOwner);
    const bool locked = s->isLocked();
    QVERIFY(!locked);
    COMPARE_TWIN(a->isLockedAsync(), locked, s->lastError());
}

void tst_PendingReply::storedProxyComesBackTheSame()
{
    auto d = m_manager->dict();
    auto stored = m_manager->Value('i', 7);
    QVERIFY(d && stored);
    QVERIFY(d->setValue(QStringLiteral("v"), QVariant::fromValue<QObject *>(stored.get())));
    const Reply sync = d->value(QStringLiteral("v"));
    auto twin = d->valueAsync(QStringLiteral("v"));
    QVERIFY(twin.waitForFinished());
    QVERIFY2(twin.isValid(), qPrintable(twin.errorString()));
    QCOMPARE(twin.value().value<Token>(), sync.value().value<Token>());
    auto back = typed<ValueProxy>(d->proxyForValue(twin.value()));
    QVERIFY2(back, qPrintable(d->lastErrorString()));
    QCOMPARE(back->value(), QVariant(7));
}

void tst_PendingReply::parkedGetFinishesOnAnotherClientsPut()
{
    auto queue = m_manager->Queue();
    QVERIFY(queue);
    auto other = otherClient();
    QVERIFY(other);
    auto otherQueue = typed<QueueProxy>(other->proxyForToken(queue->token()));
    QVERIFY(otherQueue);

    EventLoopTicker ticker;
    PendingReply<QVariant> get = queue->getAsync();
    PendingCallWatcher watcher(get);
    QSignalSpy finished(&watcher, &PendingCallWatcher::finished);
    QVERIFY(!get.isFinished());
    QTRY_COMPARE(parkedCalls(), 1); // parked on the server
    // The event loop runs while it waits, and later calls on the same connection go past it.
    const int ticks = ticker.ticks();
    QTRY_VERIFY(ticker.ticks() > ticks + 10);
    PendingReply<int> size = queue->qsizeAsync();
    QTRY_VERIFY(size.isFinished());
    QCOMPARE(size.value(), 0);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!get.isFinished());

    QVERIFY(otherQueue->put(QStringLiteral("hello")));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(get.isValid(), qPrintable(get.errorString()));
    QCOMPARE(get.value(), QVariant(QStringLiteral("hello")));
    QCOMPARE(parkedCalls(), 0);
}

void tst_PendingReply::parkedAcquireFinishesOnAnotherClientsRelease_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("Lock") << QStringLiteral("Lock");
    QTest::newRow("RLock") << QStringLiteral("RLock");
    QTest::newRow("Semaphore") << QStringLiteral("Semaphore");
    QTest::newRow("Condition") << QStringLiteral("Condition");
}

void tst_PendingReply::parkedAcquireFinishesOnAnotherClientsRelease()
{
    QFETCH(QString, kind);
    std::unique_ptr<Proxy> made;
    if (kind == QLatin1String("Lock"))
        made = m_manager->Lock();
    else if (kind == QLatin1String("RLock"))
        made = m_manager->RLock();
    else if (kind == QLatin1String("Semaphore"))
        made = m_manager->Semaphore(1);
    else
        made = m_manager->Condition();
    Acquirable mine = acquirable(std::move(made));
    QVERIFY(mine.proxy);
    auto other = otherClient();
    QVERIFY(other);
    Acquirable theirs = acquirable(other->proxyForToken(mine.proxy->token()));
    QVERIFY(theirs.proxy);
    QVERIFY(theirs.acquire(0));

    EventLoopTicker ticker;
    PendingReply<bool> acquire = mine.acquireAsync(-1);
    PendingCallWatcher watcher(acquire);
    QSignalSpy finished(&watcher, &PendingCallWatcher::finished);
    QTRY_COMPARE(parkedCalls(), 1);
    const int ticks = ticker.ticks();
    QTRY_VERIFY(ticker.ticks() > ticks + 10);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!acquire.isFinished());

    QVERIFY(theirs.release());
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY2(acquire.isValid(), qPrintable(acquire.errorString()));
    QCOMPARE(acquire.value(), true);
    // Now this client holds it: the other one cannot take it.
    QVERIFY(!theirs.acquire(0));
    QVERIFY(mine.release());
    QVERIFY(theirs.acquire(0));
}

void tst_PendingReply::parkedAcquireFinishesWhenTheHolderProcessDies()
{
    auto lock = m_manager->Lock();
    QVERIFY(lock);
    Worker holder(
        workerArgs(QStringLiteral("acquire"),
                   { lock->token().toString(), QStringLiteral("-1"), QStringLiteral("hold") }));
    QVERIFY2(holder.waitFor(QStringLiteral("HELD")), qPrintable(holder.log()));

    EventLoopTicker ticker;
    PendingReply<bool> acquire = lock->acquireAsync();
    PendingCallWatcher watcher(acquire);
    QSignalSpy finished(&watcher, &PendingCallWatcher::finished);
    QTRY_COMPARE(parkedCalls(), 1);
    const int ticks = ticker.ticks();
    QTRY_VERIFY(ticker.ticks() > ticks + 10);
    QCOMPARE(finished.count(), 0);

    holder.killHard();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(acquire.error(), Error::NoError);
    QCOMPARE(acquire.value(), true);
    QVERIFY(lock->isLocked());
    QVERIFY(lock->release());
}

void tst_PendingReply::parkedWaitsFinishWhenOtherProcessesAct()
{
    // An Event set by another process.
    auto event = m_manager->Event();
    QVERIFY(event);
    EventLoopTicker ticker;
    PendingReply<bool> wait = event->waitAsync();
    QTRY_COMPARE(parkedCalls(), 1);
    const int ticks = ticker.ticks();
    QTRY_VERIFY(ticker.ticks() > ticks + 10);
    QVERIFY(!wait.isFinished());
    Worker setter(workerArgs(QStringLiteral("event-set"), { event->token().toString() }));
    QVERIFY2(setter.waitFor(QStringLiteral("OK")), qPrintable(setter.log()));
    QTRY_VERIFY(wait.isFinished());
    QCOMPARE(wait.error(), Error::NoError);
    QCOMPARE(wait.value(), true);

    // A Barrier of two: another process is the second party.
    auto barrier = m_manager->Barrier(2);
    QVERIFY(barrier);
    PendingReply<int> arrive = barrier->waitAsync();
    QTRY_COMPARE(parkedCalls(), 1);
    QCOMPARE(barrier->waitingCount(), 1);
    Worker party(workerArgs(QStringLiteral("barrier-wait"), { barrier->token().toString() }));
    const QString theirIndex = party.waitForLine(QStringLiteral("INDEX "));
    QVERIFY2(!theirIndex.isNull(), qPrintable(party.log()));
    QTRY_VERIFY(arrive.isFinished());
    QVERIFY2(arrive.isValid(), qPrintable(arrive.errorString()));
    QCOMPARE(arrive.value(), 0); // first to arrive
    QCOMPARE(theirIndex, QStringLiteral("1"));
    QVERIFY(party.exitedWith(0));

    // A Condition notified by another client; the wait gives the lock back meanwhile.
    auto condition = m_manager->Condition();
    QVERIFY(condition && condition->acquire());
    PendingReply<bool> notified = condition->waitAsync();
    QTRY_COMPARE(parkedCalls(), 1);
    auto other = otherClient();
    QVERIFY(other);
    auto otherCondition = typed<ConditionProxy>(other->proxyForToken(condition->token()));
    QVERIFY(otherCondition);
    QVERIFY(otherCondition->acquire(0)); // free while this client waits
    QVERIFY(otherCondition->notify());
    QVERIFY(otherCondition->release());
    QTRY_VERIFY(notified.isFinished());
    QCOMPARE(notified.error(), Error::NoError);
    QCOMPARE(notified.value(), true);
    QVERIFY(!otherCondition->acquire(0)); // held again by this client
    QVERIFY(condition->release());
}

void tst_PendingReply::parkedWaitsTimeOutTyped()
{
    auto queue = m_manager->Queue();
    auto condition = m_manager->Condition();
    auto lock = m_manager->Lock();
    QVERIFY(queue && condition && lock);
    auto other = otherClient();
    QVERIFY(other);
    auto otherLock = typed<LockProxy>(other->proxyForToken(lock->token()));
    QVERIFY(otherLock && otherLock->acquire());
    QVERIFY(condition->acquire());

    EventLoopTicker ticker;
    PendingReply<QVariant> get = queue->getAsync(200);
    PendingReply<bool> wait = condition->waitAsync(200);
    PendingReply<bool> acquire = lock->acquireAsync(200);
    PendingCallWatcher getWatcher(get);
    PendingCallWatcher waitWatcher(wait);
    PendingCallWatcher acquireWatcher(acquire);
    QSignalSpy getFinished(&getWatcher, &PendingCallWatcher::finished);
    QSignalSpy waitFinished(&waitWatcher, &PendingCallWatcher::finished);
    QSignalSpy acquireFinished(&acquireWatcher, &PendingCallWatcher::finished);
    QTRY_COMPARE(parkedCalls(), 3);
    const int ticks = ticker.ticks();
    QTRY_VERIFY(ticker.ticks() > ticks + 10);
    QTRY_COMPARE(getFinished.count() + waitFinished.count() + acquireFinished.count(), 3);
    QCOMPARE(get.error(), Error::Empty);
    QCOMPARE(get.value(), QVariant());
    QCOMPARE(wait.error(), Error::Timeout);
    QCOMPARE(wait.value(), false);
    QCOMPARE(acquire.error(), Error::NoError); // as acquire(): a plain false
    QCOMPARE(acquire.value(), false);
    QVERIFY(condition->release()); // the wait took the lock back before it ended
    QVERIFY(otherLock->release());
}

void tst_PendingReply::parkedCallFailsWhenTheServerDies()
{
    auto queue = m_manager->Queue();
    auto list = m_manager->list({ 1 });
    QVERIFY(queue && list);
    PendingReply<QVariant> get = queue->getAsync();
    PendingReply<int> index = list->indexAsync(5); // fails first: ValueError
    PendingCallWatcher watcher(get);
    QSignalSpy finished(&watcher, &PendingCallWatcher::finished);
    QTRY_COMPARE(parkedCalls(), 1);
    QVERIFY(index.isFinished());
    QCOMPARE(index.error(), Error::ValueError);
    QCOMPARE(index.value(), -1);
    const qint64 pid = m_manager->serverProcessId();
    QVERIFY(pid > 0);
    ::kill(pid_t(pid), SIGKILL);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(get.error(), Error::ConnectionLost);
    QCOMPARE(get.value(), QVariant());
    // Later twins fail at once, typed.
    PendingReply<int> late = list->indexAsync(1);
    QVERIFY(late.isFinished() || late.waitForFinished());
    QVERIFY(late.error() == Error::ConnectionLost || late.error() == Error::NotConnected);
    QCOMPARE(late.value(), -1);
}

void tst_PendingReply::asyncAcquireIsCountedForPostedRelease()
{
    auto lock = m_manager->Lock();
    QVERIFY(lock);
    lock->setReleaseMode(LockProxy::ReleaseMode::Posted);
    PendingReply<bool> acquire = lock->acquireAsync();
    QTRY_VERIFY(acquire.isFinished());
    QCOMPARE(acquire.value(), true);

    // Another process releases the plain Lock first. A counted hold is released posted:
    // release() returns true at once, and the server's NotOwner comes afterwards. (An
    // uncounted one would wait for that answer and return false.)
    Worker other(workerArgs(QStringLiteral("release"), { lock->token().toString() }));
    QVERIFY2(other.waitFor(QStringLiteral("RELEASED")), qPrintable(other.log()));
    QSignalSpy errors(lock.get(), &Proxy::errorOccurred);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("a posted call failed")));
    QVERIFY(lock->release());
    QCOMPARE(errors.count(), 0);
    QTRY_COMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<Error>(), Error::NotOwner);
}

void tst_PendingReply::asyncReleaseUncountsAtOnce()
{
    auto lock = m_manager->Lock();
    QVERIFY(lock);
    lock->setReleaseMode(LockProxy::ReleaseMode::Posted);
    QVERIFY(lock->acquire());
    // Posted: sent, and finished, at once.
    PendingReply<void> posted = lock->releaseAsync();
    QVERIFY(posted.isFinished());
    QVERIFY(posted.isValid());
    // No longer counted: this release waits for the server, which says the lock is free.
    QVERIFY(!lock->release());
    QCOMPARE(lock->lastError(), Error::NotOwner);

    // Confirmed mode: uncounted as soon as it is sent, too.
    lock->setReleaseMode(LockProxy::ReleaseMode::Confirmed);
    QVERIFY(lock->acquire());
    PendingReply<void> confirmed = lock->releaseAsync();
    QVERIFY(!confirmed.isFinished()); // nothing has been read yet
    lock->setReleaseMode(LockProxy::ReleaseMode::Posted);
    QVERIFY(!lock->release()); // waits: not counted
    QCOMPARE(lock->lastError(), Error::NotOwner);
    QVERIFY(confirmed.isFinished()); // its answer came first
    QVERIFY2(confirmed.isValid(), qPrintable(confirmed.errorString()));
}

void tst_PendingReply::holdGrantedWhileReleasingIsNotCounted()
{
    auto lock = m_manager->Lock();
    QVERIFY(lock);
    lock->setReleaseMode(LockProxy::ReleaseMode::Posted);
    // The acquire is granted at once on the server; before its answer is read, a release goes
    // out (waiting, as the hold is not counted yet) and gives that hold back.
    PendingReply<bool> acquire = lock->acquireAsync();
    QVERIFY(!acquire.isFinished());
    QVERIFY(lock->release());
    QVERIFY(acquire.isFinished());
    QCOMPARE(acquire.value(), true);
    QVERIFY(!lock->isLocked());
    // Had the late answer been counted, this release would be posted and return true.
    QVERIFY(!lock->release());
    QCOMPARE(lock->lastError(), Error::NotOwner);
}

void tst_PendingReply::asyncAcquireOutlivesItsProxy()
{
    auto lock = m_manager->Lock();
    QVERIFY(lock);
    auto other = otherClient();
    QVERIFY(other);
    auto otherLock = typed<LockProxy>(other->proxyForToken(lock->token()));
    QVERIFY(otherLock && otherLock->acquire());
    auto doomed = typed<LockProxy>(m_manager->proxyForToken(lock->token()));
    QVERIFY(doomed);
    doomed->setReleaseMode(LockProxy::ReleaseMode::Posted);
    PendingReply<bool> acquire = doomed->acquireAsync();
    QTRY_COMPARE(parkedCalls(), 1);
    doomed.reset();
    QVERIFY(otherLock->release());
    QTRY_VERIFY(acquire.isFinished());
    QCOMPARE(acquire.value(), true);
    // This client's connection holds it; another proxy of the same connection gives it back.
    QVERIFY(!otherLock->acquire(0));
    QVERIFY(lock->release());
    QVERIFY(otherLock->acquire(0));
    QVERIFY(otherLock->release());
}

void tst_PendingReply::answersAndEventsAreToldInTheirOrder()
{
    auto dict = m_manager->dict();
    QVERIFY(dict);
    QStringList told;
    connect(dict.get(), &DictProxy::itemInserted, this,
            [&told](const QVariant &key) { told << QStringLiteral("event ") + key.toString(); });
    // The server sends the event of a set before its answer; each call's watcher must hear of
    // it after the event, and the next event after that, however the reads group them.
    std::vector<std::unique_ptr<PendingCallWatcher>> watchers;
    for (const QString &key : { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }) {
        watchers.push_back(std::make_unique<PendingCallWatcher>(dict->setValueAsync(key, 1)));
        connect(watchers.back().get(), &PendingCallWatcher::finished, this,
                [&told, key] { told << QStringLiteral("set ") + key; });
    }
    QTRY_COMPARE(told.size(), 6);
    QCOMPARE(told, (QStringList { QStringLiteral("event a"), QStringLiteral("set a"),
                                  QStringLiteral("event b"), QStringLiteral("set b"),
                                  QStringLiteral("event c"), QStringLiteral("set c") }));

    // Events that came while a synchronous call read the socket are told after it, from
    // the event loop, and before what came later.
    told.clear();
    auto other = otherClient();
    QVERIFY(other);
    auto otherDict = typed<DictProxy>(other->proxyForToken(dict->token()));
    QVERIFY(otherDict && otherDict->setValue(QStringLiteral("d"), 1));
    QVERIFY(otherDict->setValue(QStringLiteral("e"), 1));
    QCOMPARE(dict->size(), 5); // reads both events, tells neither
    QVERIFY(told.isEmpty());
    QTRY_COMPARE(told, (QStringList { QStringLiteral("event d"), QStringLiteral("event e") }));
}

void tst_PendingReply::aSlotMayDeleteTheManager()
{
    // The first of several events already read deletes the manager, its proxies and its
    // connection: the rest are dropped, and nothing is used after it is gone.
    auto other = otherClient();
    QVERIFY(other);
    auto dict = m_manager->dict();
    QVERIFY(dict);
    auto otherDict = typed<DictProxy>(other->proxyForToken(dict->token()));
    QVERIFY(otherDict);
    int told = 0;
    connect(dict.get(), &DictProxy::itemInserted, this, [&] {
        ++told;
        m_server.reset();
        dict.reset();
        m_manager.reset();
    });
    QCOMPARE(dict->size(), 0); // the subscription went out before it: it is live
    for (const QString &key : { QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z") })
        QVERIFY(otherDict->setValue(key, 0));
    QTRY_COMPARE(told, 1);
    QVERIFY(!m_manager);
}

QTEST_GUILESS_MAIN(tst_PendingReply)
#include "tst_pendingreply.moc"
