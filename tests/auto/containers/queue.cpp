// SPDX-License-Identifier: BSD-3-Clause
// tst_containers: SyncManager's Queue and JoinableQueue: timeouts, blocking across processes, parked getters.

#include "tst_containers.h"

// --- Queue, JoinableQueue ---------------------------------------------------------------------

void tst_Containers::queueNonBlockingAndTimeouts()
{
    auto q = m_manager->Queue(2);
    QVERIFY2(q, qPrintable(m_manager->errorString()));
    QCOMPARE(q->typeId(), QStringLiteral("Queue"));
    QVERIFY(q->empty());
    QVERIFY(!q->full());
    QCOMPARE(q->qsize(), 0);

    // Empty, without blocking and after a timeout.
    Reply got = q->getNowait();
    QCOMPARE(got.error(), Error::Empty);
    QElapsedTimer timer;
    timer.start();
    got = q->get(300);
    QCOMPARE(got.error(), Error::Empty);
    QVERIFY2(timer.elapsed() >= atLeast(300), qPrintable(QString::number(timer.elapsed())));

    QVERIFY(q->put(QStringLiteral("first")));
    QVERIFY(q->putNowait(QStringLiteral("second")));
    QCOMPARE(q->qsize(), 2);
    QVERIFY(q->full());
    QVERIFY(!q->empty());

    // Full, without blocking and after a timeout: a different error.
    QVERIFY(!q->putNowait(QStringLiteral("third")));
    QCOMPARE(q->lastError(), Error::Full);
    QVERIFY(Error::Full != Error::Empty);
    timer.restart();
    QVERIFY(!q->put(QStringLiteral("third"), 300));
    QCOMPARE(q->lastError(), Error::Full);
    QVERIFY2(timer.elapsed() >= atLeast(300), qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(q->qsize(), 2);

    // First in, first out.
    COMPARE_TYPED(q->get().value(), QVariant(QStringLiteral("first")));
    COMPARE_TYPED(q->getNowait().value(), QVariant(QStringLiteral("second")));
    QVERIFY(q->empty());

    // Unbounded.
    auto unbounded = m_manager->Queue();
    QVERIFY(unbounded);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(unbounded->putNowait(i));
    QVERIFY(!unbounded->full());
    QCOMPARE(unbounded->qsize(), 1000);
}

// A parked call's timeout goes as soon as the call is settled, not when it would have fired:
// a consumer keeping gets in flight with long timeouts must not pile timers up on the server.
void tst_Containers::answeredCallsLeaveNoTimeouts()
{
    auto q = m_manager->Queue();
    QVERIFY2(q, qPrintable(m_manager->errorString()));
    const quint64 id = q->token().objectId();
    const auto pendingTimeouts = [this, id] {
        const QVariantList objects = m_server->callMethod(QStringLiteral("objects")).value().toList();
        for (const QVariant &object : objects) {
            const QVariantMap info = object.toMap();
            if (info.value(QStringLiteral("id")).toULongLong() == id)
                return info.value(QStringLiteral("pendingTimeouts"), -1).toInt();
        }
        return -1;
    };
    const int parkedBefore = TestSupport::parkedCalls(*m_server);
    constexpr int Count = 200;
    QList<PendingCall> gets;
    for (int i = 0; i < Count; ++i) // get(block=True, timeout=60)
        gets.append(q->callMethodAsync(QStringLiteral("get"), { true, 60.0 }, 70000));
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::parkedCalls(*m_server), parkedBefore + Count, 10000);
    QCOMPARE(pendingTimeouts(), Count);
    for (int i = 0; i < Count; ++i)
        QVERIFY(q->put(i));
    for (int i = 0; i < Count; ++i) {
        QVERIFY(gets[i].waitForFinished());
        COMPARE_TYPED(gets[i].reply().value(), QVariant(i));
    }
    QCOMPARE(pendingTimeouts(), 0);

    // One that times out on the server takes its timer with it.
    QCOMPARE(q->get(100).error(), Error::Empty);
    QCOMPARE(pendingTimeouts(), 0);
    // And one the client gives up on (the server hears of it, and cancels the call).
    const Reply given = q->callMethod(QStringLiteral("get"), { true, 60.0 }, 200);
    QCOMPARE(given.error(), Error::Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(pendingTimeouts(), 0, 10000);
    QCOMPARE(TestSupport::parkedCalls(*m_server), parkedBefore);
}

void tst_Containers::queueBlocksAcrossProcesses()
{
    auto q = m_manager->Queue(1);
    QVERIFY2(q, qPrintable(m_manager->errorString()));

    // A get in another process waits, parked on the server, until an item comes.
    auto getter = startWorker(QStringLiteral("apply"), *q,
                              { QStringLiteral("get"), QStringLiteral("30000") });
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, SignalTimeout);
    QVERIFY(!getter->hasLine(QStringLiteral("RESULT")));
    QVERIFY(q->put(QDateTime(QDate(2024, 2, 29), QTime(1, 2, 3), Qt::UTC)));
    QVERIFY2(getter->waitFor(QStringLiteral("END")), qPrintable(getter->log()));
    COMPARE_TYPED(resultOf(getter->lines(QStringLiteral("RESULT")).value(0)),
                  QVariant(QDateTime(QDate(2024, 2, 29), QTime(1, 2, 3), Qt::UTC)));
    QVERIFY(q->empty());

    // A put into a full queue waits until there is room.
    QVERIFY(q->put(QStringLiteral("a")));
    auto putter
        = startWorker(QStringLiteral("apply"), *q,
                      { QStringLiteral("put"), V(QStringLiteral("b")), QStringLiteral("30000") });
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, SignalTimeout);
    QVERIFY(!putter->hasLine(QStringLiteral("OK")));
    COMPARE_TYPED(q->get().value(), QVariant(QStringLiteral("a")));
    QVERIFY2(putter->waitFor(QStringLiteral("END")), qPrintable(putter->log()));
    QCOMPARE(putter->lines(QStringLiteral("OK")).size(), 1);
    COMPARE_TYPED(q->get(5000).value(), QVariant(QStringLiteral("b")));

    // Timeouts in another process: Empty and Full.
    const QStringList out
        = apply(*q,
                { QStringLiteral("get"), QStringLiteral("200"), QStringLiteral("put"), V(1),
                  QStringLiteral("0"), QStringLiteral("put"), V(2), QStringLiteral("200"),
                  QStringLiteral("qsize") });
    QVERIFY2(out.size() == 4, qPrintable(out.join(QLatin1String(" | "))));
    QCOMPARE(errorOf(out.at(0)), QStringLiteral("Empty"));
    QCOMPARE(out.at(1), QStringLiteral("OK"));
    QCOMPARE(errorOf(out.at(2)), QStringLiteral("Full"));
    COMPARE_TYPED(resultOf(out.at(3)), QVariant(1));
}

void tst_Containers::joinableQueueTaskDoneAndJoin()
{
    auto q = m_manager->JoinableQueue();
    QVERIFY2(q, qPrintable(m_manager->errorString()));
    QCOMPARE(q->typeId(), QStringLiteral("JoinableQueue"));
    // Nothing put: task_done is one too many, join returns at once.
    QVERIFY(!q->taskDone());
    QCOMPARE(q->lastError(), Error::ValueError);
    QVERIFY2(q->lastErrorString().contains(QLatin1String("too many")),
             qPrintable(q->lastErrorString()));
    QVERIFY(q->join(0));
    QVERIFY(q->join());

    for (int i = 1; i <= 3; ++i)
        QVERIFY(q->put(i));
    // Unfinished work: a join with a timeout gives up.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!q->join(200));
    QVERIFY2(timer.elapsed() >= atLeast(200), qPrintable(QString::number(timer.elapsed())));

    // Another process joins and waits, parked, while the items are got and marked done.
    auto joiner = startWorker(QStringLiteral("apply"), *q,
                              { QStringLiteral("join"), QStringLiteral("30000") });
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, SignalTimeout);
    COMPARE_TYPED(q->get().value(), QVariant(1));
    QVERIFY(q->taskDone());
    COMPARE_TYPED(q->get().value(), QVariant(2));
    // Got but not done: still waiting.
    QCOMPARE(parkedCalls(), 1);
    QVERIFY(!joiner->hasLine(QStringLiteral("OK")));
    QVERIFY(q->taskDone());
    QCOMPARE(parkedCalls(), 1);
    // A third process does the last one.
    const QStringList out
        = apply(*q, { QStringLiteral("getdone"), QStringLiteral("1"), QStringLiteral("5000") });
    QVERIFY2(out.size() == 1, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)), QVariant(QVariantList { 3 }));
    QVERIFY2(joiner->waitFor(QStringLiteral("END")), qPrintable(joiner->log()));
    QCOMPARE(joiner->lines(QStringLiteral("OK")).size(), 1);
    QVERIFY(joiner->exitedWith(0));
    QVERIFY(q->join(0));
    // One more is one too many.
    QVERIFY(!q->taskDone());
    QCOMPARE(q->lastError(), Error::ValueError);
}

void tst_Containers::queueGetterKilledWhileParkedLosesNothing()
{
    auto q = m_manager->Queue();
    QVERIFY2(q, qPrintable(m_manager->errorString()));
    auto doomed = startWorker(QStringLiteral("apply"), *q,
                              { QStringLiteral("get"), QStringLiteral("60000") });
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, SignalTimeout);
    const qint64 pid = doomed->pid();
    doomed->killHard();
    QVERIFY(doomed->finish());
    QVERIFY(!processAlive(pid));
    // Put at once, before the server may have noticed: the item must not go to the dead getter.
    QVERIFY(q->put(QStringLiteral("precious")));
    auto next = startWorker(QStringLiteral("apply"), *q,
                            { QStringLiteral("get"), QStringLiteral("10000") });
    QVERIFY2(next->waitFor(QStringLiteral("END")), qPrintable(next->log()));
    COMPARE_TYPED(resultOf(next->lines(QStringLiteral("RESULT")).value(0)),
                  QVariant(QStringLiteral("precious")));
    QCOMPARE(q->qsize(), 0);
    QCOMPARE(parkedCalls(), 0);
}
