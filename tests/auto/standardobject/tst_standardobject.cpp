// SPDX-License-Identifier: BSD-3-Clause
// The standard types' bookkeeping for introspection, in process: versions that every change
// (and no read) moves, the connection each change is attributed to, and bounded previews.
#include <libmanager/deferred_p.h>
#include <libmanager/standardtypes/sharedarray_p.h>
#include <libmanager/standardtypes/sharedbarrier_p.h>
#include <libmanager/standardtypes/sharedcondition_p.h>
#include <libmanager/standardtypes/sharedevent_p.h>
#include <libmanager/standardtypes/sharedlist_p.h>
#include <libmanager/standardtypes/sharedlock_p.h>
#include <libmanager/standardtypes/sharednamespace_p.h>
#include <libmanager/standardtypes/sharedqueue_p.h>
#include <libmanager/standardtypes/sharedsemaphore_p.h>
#include <libmanager/standardtypes/sharedvalue_p.h>

#include <QtTest/qtest.h>

using namespace LibManager;

namespace {

Reply call(StandardObject &object, quint64 caller, QByteArrayView method, const QVariantList &args = {})
{
    return object.call(Caller { caller }, MethodName(method), args);
}

} // namespace

class tst_StandardObject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void containersCountChangesNotReads();
    void synchronizationObjectsCountStateNotWaiters();
    void conditionCountsWhatItsCallsDoToItsLock();
    void aDepartedClientIsTheOriginOfWhatItGaveBack();
    void aTimeoutIsTheWaitersDoing();
    void previewsStopEarly();
    void listItemVersionsFollowTheItems();
};

void tst_StandardObject::containersCountChangesNotReads()
{
    SharedList list;
    QCOMPARE(list.version(), 0u);
    QCOMPARE(list.lastOrigin(), 0u);
    QVERIFY(list.lastChangedAt() > 0);
    call(list, 3, "extend", { QVariant(QVariantList { 1, 2, 3 }) });
    call(list, 4, "__getitem__", { 0 });
    call(list, 4, "window", { 0, 10 });
    QCOMPARE(list.version(), 1u);
    QCOMPARE(list.lastOrigin(), 3u);
    call(list, 4, "sort", {});
    call(list, 4, "pop", {});
    QCOMPARE(list.version(), 3u);
    QCOMPARE(list.lastOrigin(), 4u);

    SharedNamespace ns;
    call(ns, 5, "setattr", { QStringLiteral("x"), 1 });
    call(ns, 5, "getattr", { QStringLiteral("x") });
    call(ns, 6, "delattr", { QStringLiteral("x") });
    call(ns, 6, "delattr", { QStringLiteral("x") }); // fails: no change
    QCOMPARE(ns.version(), 2u);
    QCOMPARE(ns.lastOrigin(), 6u);

    SharedQueue queue(0, false);
    call(queue, 7, "put", { 1 });
    call(queue, 7, "peek", {});
    call(queue, 8, "get", {});
    QCOMPARE(queue.version(), 2u);
    QCOMPARE(queue.lastOrigin(), 8u);

    SharedValue value(TypeCode::find('i'));
    call(value, 9, "set", { 5 });
    call(value, 9, "set", { 5 }); // the same value: no change, as no event
    call(value, 10, "fetch_add", { 1 });
    QCOMPARE(value.version(), 2u);
    QCOMPARE(value.lastOrigin(), 10u);

    SharedArray array(TypeCode::find('d'));
    QVERIFY(array.initialize(4).isValid());
    call(array, 11, "setitem", { 0, 1.5 });
    call(array, 11, "window", { 0, 2 });
    QCOMPARE(array.version(), 1u);
}

void tst_StandardObject::synchronizationObjectsCountStateNotWaiters()
{
    SharedLock lock(false);
    QVERIFY(call(lock, 1, "acquire", {}).value().toBool());
    // A waiter parks: no change.
    const Reply parked = call(lock, 2, "acquire", { true, 10.0 });
    QVERIFY(parked.value().canConvert<Deferred>());
    QCOMPARE(lock.version(), 1u);
    // The release hands the lock over: both are the releaser's doing.
    call(lock, 1, "release", {});
    QCOMPARE(lock.version(), 3u);
    QCOMPARE(lock.lastOrigin(), 1u);
    QVERIFY(call(lock, 3, "locked", {}).value().toBool());
    QCOMPARE(lock.version(), 3u);

    SharedSemaphore semaphore(1, false);
    call(semaphore, 1, "acquire", {});
    call(semaphore, 1, "get_value", {});
    call(semaphore, 2, "release", {});
    QCOMPARE(semaphore.version(), 2u);
    QCOMPARE(semaphore.lastOrigin(), 2u);

    SharedEvent event;
    call(event, 1, "set", {});
    call(event, 1, "set", {});
    call(event, 2, "wait", { 0 });
    QCOMPARE(event.version(), 1u);

    SharedBarrier barrier(2, -1);
    call(barrier, 1, "wait", {});
    QCOMPARE(barrier.version(), 1u);
    call(barrier, 2, "wait", {});
    QCOMPARE(barrier.version(), 2u);
    QCOMPARE(barrier.lastOrigin(), 2u);
}

void tst_StandardObject::conditionCountsWhatItsCallsDoToItsLock()
{
    SharedLock lock(true);
    SharedCondition condition(&lock, QVariant());
    call(condition, 4, "acquire", {});
    QCOMPARE(lock.version(), 1u);
    QCOMPARE(lock.lastOrigin(), 4u);
    QCOMPARE(condition.version(), 1u);
    QCOMPARE(condition.lastOrigin(), 4u);
    call(condition, 4, "notify", {}); // nobody waits: nothing changes
    QCOMPARE(condition.version(), 1u);
    call(condition, 4, "release", {});
    QCOMPARE(condition.version(), 2u);
}

void tst_StandardObject::aDepartedClientIsTheOriginOfWhatItGaveBack()
{
    SharedLock lock(false);
    call(lock, 1, "acquire", {});
    call(lock, 2, "acquire", { false });
    QCOMPARE(lock.lastOrigin(), 1u);
    lock.callerGone(1);
    QCOMPARE(lock.version(), 2u);
    QCOMPARE(lock.lastOrigin(), 1u);

    SharedSemaphore semaphore(2, false);
    call(semaphore, 5, "acquire", {});
    call(semaphore, 6, "acquire", {});
    semaphore.callerGone(5);
    QCOMPARE(semaphore.version(), 3u);
    QCOMPARE(semaphore.lastOrigin(), 5u);
}

void tst_StandardObject::aTimeoutIsTheWaitersDoing()
{
    // A timed-out wait breaks the barrier: a change. With no connection behind the call (in
    // process), the server itself (0) is the origin, not whoever called last.
    SharedBarrier barrier(3, -1);
    call(barrier, 7, "wait", { 0.01 });
    QCOMPARE(barrier.lastOrigin(), 7u);
    QTRY_COMPARE(barrier.version(), 2u);
    QCOMPARE(barrier.lastOrigin(), 0u);
    QVERIFY(call(barrier, 8, "broken", {}).value().toBool());
}

void tst_StandardObject::previewsStopEarly()
{
    SharedList list;
    QVariantList many;
    for (int i = 0; i < 100000; ++i)
        many.append(i);
    list.initialize(many);
    QCOMPARE(list.preview(20), QStringLiteral("[0, 1, 2, 3, 4, 5, 6, \u2026 (100,000 items)]"));
    SharedList small;
    small.initialize({ 1, QStringLiteral("a") });
    QCOMPARE(small.preview(200), small.toString());

    SharedNamespace ns;
    for (int i = 0; i < 50; ++i)
        call(ns, 1, "setattr", { QStringLiteral("a%1").arg(i, 2, 10, QLatin1Char('0')), i });
    QCOMPARE(ns.preview(30), QStringLiteral("Namespace(a00=0, a01=1, a02=2, \u2026 (50 attributes))"));

    SharedArray array(TypeCode::find('i'));
    array.initialize(1000000);
    QCOMPARE(array.preview(20), QStringLiteral("array('i', [0, 0, 0, \u2026 (1,000,000 items)])"));

    // The default for the other types: their string, cut.
    SharedLock lock(true);
    QCOMPARE(lock.preview(200), lock.toString());
    QCOMPARE(lock.preview(5), QStringLiteral("<RLoc\u2026"));
}

void tst_StandardObject::listItemVersionsFollowTheItems()
{
    SharedList list;
    list.initialize({ 0, 1, 2, 3 });
    const quint64 seen = call(list, 1, "window", { 0, 10 }).value().toMap().value(QStringLiteral("version")).toULongLong();
    call(list, 2, "pop", { 0 }); // everything moves one place
    QVERIFY(!call(list, 1, "set_if", { 0, 10, seen }).value().toMap().value(QStringLiteral("ok")).toBool());
    const quint64 now = list.version();
    call(list, 2, "append", { 4 }); // nothing moves
    call(list, 2, "__setitem__", { 1, 20 });
    QVERIFY(call(list, 1, "set_if", { 0, 10, now }).value().toMap().value(QStringLiteral("ok")).toBool());
    QVERIFY(!call(list, 1, "set_if", { 1, 30, now }).value().toMap().value(QStringLiteral("ok")).toBool());
    call(list, 2, "reverse", {});
    QVERIFY(!call(list, 1, "set_if", { 3, 30, list.version() - 1 }).value().toMap().value(QStringLiteral("ok")).toBool());
    QVERIFY(call(list, 1, "set_if", { 3, 30, list.version() }).value().toMap().value(QStringLiteral("ok")).toBool());
    QCOMPARE(call(list, 1, "tolist", {}).value().toList(), (QVariantList { 4, 3, 20, 30 }));
}

QTEST_GUILESS_MAIN(tst_StandardObject)
#include "tst_standardobject.moc"
