// SPDX-License-Identifier: BSD-3-Clause
// SyncManager's synchronization primitives across real processes, once per transport: Lock,
// RLock, Semaphore, BoundedSemaphore, Condition, Event and Barrier, with Python's semantics.
// The other processes are syncworker programs that take the primitives by token. Beyond
// Python: a client that dies holding a lock or permit frees it for the next waiter at once,
// parked waiters cost the server nothing, and a blocking call whose server dies fails promptly.
//
// Timing: only lower bounds are asserted on timeouts (the server's timers may be coarse, so
// with a 10% margin); "promptly" means within a generous bound far below the call's timeout.

#include "transport.h"
#include "helperprocess.h"
#include "introspection.h"

#include <libmanager/exception.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qmutex.h>
#include <QtCore/qregularexpression.h>
#include <QtCore/qscopeguard.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <functional>
#include <mutex>
#include <thread>

using namespace LibManager;
using TestSupport::processAlive;

namespace {

// The lowest elapsed time a wait of \a ms may take: a coarse QTimer fires up to 5% early.
constexpr qint64 atLeast(int ms)
{
    return ms - ms / 10;
}

// A syncworker process with a watchdog, killed when destroyed. Its standard input stays open,
// so it also ends if this test dies.
class Worker : public TestSupport::HelperProcess
{
public:
    explicit Worker(const QStringList &arguments, int watchdogMs = 120000)
        : HelperProcess(TestSupport::Helper::SyncWorker, arguments, watchdogMs)
    {
    }
};

// Lock, RLock, Semaphore or BoundedSemaphore behind one face, for the data-driven tests.
struct Primitive
{
    std::unique_ptr<Proxy> proxy;
    std::function<bool(int)> acquire;
    std::function<bool()> release;
};

} // namespace

class tst_SyncPrimitives : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    // Lock
    void lockAcquireAndRelease();
    void lockIsExclusiveAcrossProcesses();
    void lockWorksWithStandardAndQtLockers();
    void lockMayBeReleasedByAnotherProcess();
    void countingUnderALockIsExact();
    // RLock
    void rlockIsReentrantForItsOwner();
    void rlockRefusesReleaseByNonOwner();
    void postedRelease_data();
    void postedRelease();
    // The owner dies: the next waiter proceeds
    void holderDeathWakesTheNextWaiter_data();
    void holderDeathWakesTheNextWaiter();
    // Semaphore, BoundedSemaphore
    void semaphoreCounts();
    void boundedSemaphoreRefusesOverRelease();
    // Condition
    void conditionWaitTimesOutHoldingTheLock_data();
    void conditionWaitTimesOutHoldingTheLock();
    void conditionWaitReleasesAnRLockFully_data();
    void conditionWaitReleasesAnRLockFully();
    void conditionOverAGivenLock();
    void conditionRequiresOwnership_data();
    void conditionRequiresOwnership();
    void conditionNotifiesAcrossProcesses();
    void conditionWaitForPredicate();
    void conditionDropsDeadWaiters();
    // Event
    void eventSetClearWait();
    void eventReleasesWaitersInSeveralProcesses();
    void eventSignalsChangesByOtherProcesses();
    // Barrier
    void barrierAcrossProcesses();
    void barrierAbortBreaksEveryWaiter();
    void barrierResetBreaksCurrentWaiters();
    void barrierTimeoutBreaksIt();
    void barrierDropsDeadWaiters();
    // The server model
    void queueGetterDeathKeepsTheItem();
    void manyParkedClientsDoNotBlockTheServer();
    void blockingAcquireFailsWhenTheServerDies();
    void lockGuardNeverRunsWithoutTheLock_data();
    void lockGuardNeverRunsWithoutTheLock();
    void lockThrowsInThisProcess();
    // A frozen server: blocking calls with a timeout end at it, and late answers are undone
    void frozenServerEndsTimedCalls_data();
    void frozenServerEndsTimedCalls();
    void lateQueueItemsGoBackInTheirOrder();
    void queuePutBackKeepsEachClientsOrder();
    void lateConditionWaitGivesBackItsHoldsOnly();
    void lateBarrierPassBreaksTheBarrier();
    // Last, so that a deadlock here (the suite aborts) leaves every other result reported.
    void eventSignalReceiversMayGoFirst();

private:
    QStringList workerArgs(const QString &mode, const QStringList &rest) const;
    std::unique_ptr<Worker> startWorker(const QString &mode, const QStringList &rest);
    int parkedCalls() const;
    int clientCount() const;
    Primitive makePrimitive(const QString &kind);
    std::unique_ptr<LockProxy> makeLock(const QString &kind);
    /*! Another client of the server (a connection of its own), for the frozen-server tests. */
    std::unique_ptr<SyncManager> otherClient();
    /*! \a proxy's object through \a client, as a \a P. */
    template<typename P>
    static std::unique_ptr<P> sameObject(SyncManager &client, const Proxy &proxy);
    /*! Stops the server with SIGSTOP and returns once it is stopped. */
    bool freezeServer();
    bool thawServer();

    std::unique_ptr<SyncManager> m_manager;
    std::unique_ptr<Proxy> m_server;
    const QByteArray m_key = QByteArrayLiteral("sync-primitives-key");
};

void tst_SyncPrimitives::initTestCase_data()
{
    TestSupport::addTransportRows();
}

void tst_SyncPrimitives::init()
{
    m_manager = TestSupport::makeManager<SyncManager>(m_key);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
    m_server = m_manager->introspector();
    QVERIFY2(m_server, qPrintable(m_manager->errorString()));
}

void tst_SyncPrimitives::cleanup()
{
    m_server.reset();
    m_manager.reset();
}

QStringList tst_SyncPrimitives::workerArgs(const QString &mode, const QStringList &rest) const
{
    return QStringList { mode, m_manager->address(), QString::fromLatin1(m_key.toHex()) } + rest;
}

std::unique_ptr<Worker> tst_SyncPrimitives::startWorker(const QString &mode, const QStringList &rest)
{
    return std::make_unique<Worker>(workerArgs(mode, rest));
}

// Calls the server holds unanswered, over all its clients (this one included).
int tst_SyncPrimitives::parkedCalls() const
{
    return TestSupport::parkedCalls(*m_server);
}

int tst_SyncPrimitives::clientCount() const
{
    const Reply reply = m_server->callMethod(QStringLiteral("clients"));
    return reply.isValid() ? int(reply.value().toList().size()) : -1;
}

std::unique_ptr<LockProxy> tst_SyncPrimitives::makeLock(const QString &kind)
{
    if (kind == QLatin1String("Lock"))
        return m_manager->Lock();
    if (kind == QLatin1String("RLock"))
        return m_manager->RLock();
    return nullptr;
}

Primitive tst_SyncPrimitives::makePrimitive(const QString &kind)
{
    Primitive primitive;
    if (auto lock = makeLock(kind)) {
        LockProxy *raw = lock.get();
        primitive.acquire = [raw](int timeoutMs) { return raw->acquire(timeoutMs); };
        primitive.release = [raw] { return raw->release(); };
        primitive.proxy = std::move(lock);
        return primitive;
    }
    auto semaphore = kind == QLatin1String("Semaphore") ? m_manager->Semaphore(1)
                                                          : m_manager->BoundedSemaphore(1);
    if (semaphore) {
        SemaphoreProxy *raw = semaphore.get();
        primitive.acquire = [raw](int timeoutMs) { return raw->acquire(timeoutMs); };
        primitive.release = [raw] { return raw->release(); };
        primitive.proxy = std::move(semaphore);
    }
    return primitive;
}

// --- Lock -------------------------------------------------------------------------------------

void tst_SyncPrimitives::lockAcquireAndRelease()
{
    auto lock = m_manager->Lock();
    QVERIFY2(lock, qPrintable(m_manager->errorString()));
    QCOMPARE(lock->typeId(), QStringLiteral("Lock"));
    QVERIFY(!lock->isLocked());
    QVERIFY(lock->acquire());
    QVERIFY(lock->isLocked());
    // A Lock is not re-entrant: its owner cannot take it twice.
    QVERIFY(!lock->acquire(0));
    QVERIFY(lock->release());
    QVERIFY(!lock->isLocked());
    QCOMPARE(lock->lastError(), Error::NoError);

    QSignalSpy errors(lock.get(), &Proxy::errorOccurred);
    QVERIFY(!lock->release());
    QCOMPARE(lock->lastError(), Error::NotOwner);
    QVERIFY2(lock->lastErrorString().contains(QLatin1String("release unlocked lock")),
             qPrintable(lock->lastErrorString()));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<Error>(), Error::NotOwner);
    // Nothing changed, and the lock still works.
    QVERIFY(lock->acquire(0));
    QVERIFY(lock->release());

    // Another process gets the same answer.
    auto other = startWorker(QStringLiteral("release"), { lock->token().toString() });
    QCOMPARE(other->waitForLine(QStringLiteral("ERROR ")).section(QLatin1Char(' '), 0, 0),
             QStringLiteral("NotOwner"));
}

void tst_SyncPrimitives::lockIsExclusiveAcrossProcesses()
{
    auto lock = m_manager->Lock();
    QVERIFY2(lock, qPrintable(m_manager->errorString()));
    const QString token = lock->token().toString();
    auto holder = startWorker(QStringLiteral("acquire"), { token, QStringLiteral("-1"), QStringLiteral("hold") });
    QVERIFY2(holder->waitFor(QStringLiteral("HELD")), qPrintable(holder->log()));
    QVERIFY(lock->isLocked());

    // Non-blocking: false at once.
    QVERIFY(!lock->acquire(0));
    QVERIFY(!lock->try_lock());
    QVERIFY(lock->lastError() == Error::NoError || lock->lastError() == Error::Timeout);
    // With a timeout: false, and not before the time.
    constexpr int Timeout = 300;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!lock->acquire(Timeout));
    QVERIFY2(timer.elapsed() >= atLeast(Timeout), qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!lock->tryLock(Timeout));
    QVERIFY(lock->isLocked());
    // The gave-up waits left nothing parked behind.
    QCOMPARE(parkedCalls(), 0);

    // Now this process holds it, and another one cannot have it.
    holder.reset();
    QVERIFY(lock->acquire(20000));
    auto other = startWorker(QStringLiteral("acquire"), { token, QStringLiteral("0"), QStringLiteral("exit") });
    QVERIFY2(other->waitFor(QStringLiteral("TIMEOUT")), qPrintable(other->log()));
    QVERIFY(other->exitedWith(0));
    QVERIFY(lock->release());
    auto next = startWorker(QStringLiteral("acquire"), { token, QStringLiteral("0"), QStringLiteral("release") });
    QVERIFY2(next->waitFor(QStringLiteral("RELEASED")), qPrintable(next->log()));
    QVERIFY(next->exitedWith(0));
}

void tst_SyncPrimitives::lockWorksWithStandardAndQtLockers()
{
    auto lock = m_manager->Lock();
    auto other = m_manager->Lock();
    QVERIFY2(lock && other, qPrintable(m_manager->errorString()));
    const QString token = lock->token().toString();
    {
        std::lock_guard guard(*lock);
        QVERIFY(lock->isLocked());
        auto outsider = startWorker(QStringLiteral("acquire"), { token, QStringLiteral("0"), QStringLiteral("exit") });
        QVERIFY2(outsider->waitFor(QStringLiteral("TIMEOUT")), qPrintable(outsider->log()));
    }
    QVERIFY(!lock->isLocked());
    {
        std::unique_lock locker(*lock, std::try_to_lock);
        QVERIFY(locker.owns_lock());
        QVERIFY(lock->isLocked());
        locker.unlock();
        QVERIFY(!lock->isLocked());
        locker.lock();
        QVERIFY(lock->isLocked());
        // try_to_lock on a lock held elsewhere does not own it.
        std::unique_lock second(*lock, std::try_to_lock);
        QVERIFY(!second.owns_lock());
    }
    QVERIFY(!lock->isLocked());
    {
        QMutexLocker<LockProxy> locker(lock.get());
        QVERIFY(locker.isLocked());
        QVERIFY(lock->isLocked());
        locker.unlock();
        QVERIFY(!lock->isLocked());
        locker.relock();
        QVERIFY(lock->isLocked());
    }
    QVERIFY(!lock->isLocked());
    {
        std::scoped_lock both(*lock, *other);
        QVERIFY(lock->isLocked());
        QVERIFY(other->isLocked());
    }
    QVERIFY(!lock->isLocked());
    QVERIFY(!other->isLocked());
    // Held by a process, the std::unique_lock try fails here too.
    auto holder = startWorker(QStringLiteral("acquire"), { token, QStringLiteral("-1"), QStringLiteral("hold") });
    QVERIFY2(holder->waitFor(QStringLiteral("HELD")), qPrintable(holder->log()));
    std::unique_lock refused(*lock, std::try_to_lock);
    QVERIFY(!refused.owns_lock());
}

// A threading.Lock has no owner for release(): any process may release a held Lock (only
// RLock insists). The server must still free it only for the connection that holds it now.
void tst_SyncPrimitives::lockMayBeReleasedByAnotherProcess()
{
    auto lock = m_manager->Lock();
    QVERIFY2(lock, qPrintable(m_manager->errorString()));
    const QString token = lock->token().toString();
    auto first = startWorker(QStringLiteral("acquire"), { token, QStringLiteral("-1"), QStringLiteral("hold") });
    QVERIFY2(first->waitFor(QStringLiteral("HELD")), qPrintable(first->log()));
    QVERIFY2(lock->release(), qPrintable(lock->lastErrorString()));
    QVERIFY(!lock->isLocked());
    auto second = startWorker(QStringLiteral("acquire"), { token, QStringLiteral("-1"), QStringLiteral("hold") });
    QVERIFY2(second->waitFor(QStringLiteral("HELD")), qPrintable(second->log()));
    // The first process dies: it no longer holds the lock, so the lock stays with the second.
    const int clients = clientCount();
    first->killHard();
    QVERIFY(first->finish());
    QTRY_COMPARE_WITH_TIMEOUT(clientCount(), clients - 1, 10000);
    QVERIFY(lock->isLocked());
    QVERIFY(!lock->acquire(0));
    second->killHard();
    QVERIFY(lock->acquire(20000));
}

void tst_SyncPrimitives::countingUnderALockIsExact()
{
    auto lock = m_manager->Lock();
    auto counter = m_manager->Value('q', qlonglong(0));
    auto atomic = m_manager->Value('q', qlonglong(0));
    QVERIFY2(lock && counter && atomic, qPrintable(m_manager->errorString()));
    constexpr int Workers = 4;
    constexpr int Increments = 300;
    std::vector<std::unique_ptr<Worker>> workers;
    for (int i = 0; i < Workers; ++i) {
        workers.push_back(startWorker(QStringLiteral("count"), { counter->token().toString(), lock->token().toString(),
                                                                 QString::number(Increments) }));
        workers.push_back(startWorker(QStringLiteral("fetchadd"), { atomic->token().toString(),
                                                                    QString::number(Increments) }));
    }
    for (auto &worker : workers) {
        QVERIFY2(worker->waitFor(QStringLiteral("DONE"), 60000), qPrintable(worker->log()));
        QVERIFY(worker->exitedWith(0));
    }
    // v = v + 1 under the lock loses no update; nor does fetchAdd without one.
    QCOMPARE(counter->value().toLongLong(), qlonglong(Workers * Increments));
    QCOMPARE(atomic->value().toLongLong(), qlonglong(Workers * Increments));
    QVERIFY(!lock->isLocked());
}

// --- RLock ------------------------------------------------------------------------------------

void tst_SyncPrimitives::rlockIsReentrantForItsOwner()
{
    auto rlock = m_manager->RLock();
    QVERIFY2(rlock, qPrintable(m_manager->errorString()));
    QCOMPARE(rlock->typeId(), QStringLiteral("RLock"));
    const QString token = rlock->token().toString();
    auto tryElsewhere = [&] {
        Worker other(workerArgs(QStringLiteral("acquire"), { token, QStringLiteral("0"), QStringLiteral("release") }));
        const QString line = other.waitForLine(QStringLiteral("ACQUIRED")).isNull() ? QStringLiteral("TIMEOUT")
                                                                                      : QStringLiteral("ACQUIRED");
        return other.exitedWith(0) ? line : QStringLiteral("FAILED ") + other.log();
    };

    QVERIFY(rlock->acquire());
    QVERIFY(rlock->acquire(0));
    QVERIFY(rlock->isLocked());
    QCOMPARE(tryElsewhere(), QStringLiteral("TIMEOUT"));
    // Another thread of this process is another owner: it has its own connection.
    bool threadGotIt = true;
    std::thread([&] { threadGotIt = rlock->acquire(0); }).join();
    QVERIFY(!threadGotIt);

    QVERIFY(rlock->release());
    QVERIFY(rlock->isLocked());
    QCOMPARE(tryElsewhere(), QStringLiteral("TIMEOUT"));
    QVERIFY(rlock->release());
    QVERIFY(!rlock->isLocked());
    QCOMPARE(tryElsewhere(), QStringLiteral("ACQUIRED"));
    // One release too many.
    QVERIFY(!rlock->release());
    QCOMPARE(rlock->lastError(), Error::NotOwner);
}

void tst_SyncPrimitives::rlockRefusesReleaseByNonOwner()
{
    auto rlock = m_manager->RLock();
    QVERIFY2(rlock, qPrintable(m_manager->errorString()));
    auto holder = startWorker(QStringLiteral("acquire"), { rlock->token().toString(), QStringLiteral("-1"),
                                                          QStringLiteral("hold"), QStringLiteral("2") });
    QVERIFY2(holder->waitFor(QStringLiteral("HELD")), qPrintable(holder->log()));
    QSignalSpy errors(rlock.get(), &Proxy::errorOccurred);
    QVERIFY(!rlock->release());
    QCOMPARE(rlock->lastError(), Error::NotOwner);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).value<Error>(), Error::NotOwner);
    const QString message = errors.at(0).at(1).toString();
    QVERIFY2(!message.trimmed().isEmpty(), "NotOwner came without a message");
    QVERIFY2(rlock->lastErrorString().contains(message), qPrintable(rlock->lastErrorString()));
    // Still held by its owner.
    QVERIFY(rlock->isLocked());
    QVERIFY(!rlock->acquire(0));
    // A third process is refused too.
    auto third = startWorker(QStringLiteral("release"), { rlock->token().toString() });
    QCOMPARE(third->waitForLine(QStringLiteral("ERROR ")).section(QLatin1Char(' '), 0, 0),
             QStringLiteral("NotOwner"));
    QVERIFY(rlock->isLocked());
}

// ReleaseMode::Posted: release() of a held lock only sends, yet it takes effect in order: the
// next call on this connection finds the lock free, a waiting process gets it, and a failure
// (a Lock that another process released meanwhile) still reaches errorOccurred().
void tst_SyncPrimitives::postedRelease_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("Lock") << QStringLiteral("Lock");
    QTest::newRow("RLock") << QStringLiteral("RLock");
}

void tst_SyncPrimitives::postedRelease()
{
    QFETCH(QString, kind);
    const bool recursive = kind == QLatin1String("RLock");
    auto lock = recursive ? m_manager->RLock() : m_manager->Lock();
    QVERIFY2(lock, qPrintable(m_manager->errorString()));
    QCOMPARE(lock->releaseMode(), LockProxy::ReleaseMode::Confirmed);
    lock->setReleaseMode(LockProxy::ReleaseMode::Posted);
    QCOMPARE(lock->releaseMode(), LockProxy::ReleaseMode::Posted);
    const QString token = lock->token().toString();

    // acquire(0) does not wait: it succeeds only if the release before it was handled first.
    for (int i = 0; i < 200; ++i) {
        QVERIFY(lock->acquire(0));
        if (recursive)
            QVERIFY(lock->acquire(0));
        QVERIFY(lock->release());
        if (recursive) {
            QVERIFY(lock->isLocked()); // one level still held
            QVERIFY(lock->release());
        }
    }
    QVERIFY(!lock->isLocked());

    // A process waiting for it gets it from a posted release.
    QVERIFY(lock->acquire());
    auto waiter = startWorker(QStringLiteral("acquire"), { token, QStringLiteral("-1"), QStringLiteral("release") });
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, 10000);
    QVERIFY(lock->release());
    QVERIFY2(waiter->waitFor(QStringLiteral("RELEASED")), qPrintable(waiter->log()));
    QVERIFY(waiter->exitedWith(0));

    QSignalSpy errors(lock.get(), &Proxy::errorOccurred);
    if (!recursive) {
        // Another process may release a Lock: this proxy's own release, posted, then fails on
        // the server, and says so afterwards.
        QVERIFY(lock->acquire());
        auto other = startWorker(QStringLiteral("release"), { token });
        QVERIFY2(other->waitFor(QStringLiteral("RELEASED")), qPrintable(other->log()));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("a posted call failed")));
        QVERIFY(lock->release()); // sent: the failure is not known yet
        QCOMPARE(errors.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 10000);
        QCOMPARE(errors.at(0).at(0).value<Error>(), Error::NotOwner);
        QCOMPARE(lock->lastError(), Error::NotOwner);
        errors.clear();
    }
    // Releasing a lock this proxy does not hold waits for the answer, as in Confirmed mode.
    QVERIFY(!lock->release());
    QCOMPARE(lock->lastError(), Error::NotOwner);
    QCOMPARE(errors.count(), 1);
    // And the lock still works.
    QVERIFY(lock->acquire(0));
    QVERIFY(lock->release());
    QVERIFY(!lock->isLocked());
}

// --- Death of the owner -----------------------------------------------------------------------

void tst_SyncPrimitives::holderDeathWakesTheNextWaiter_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("times");
    QTest::newRow("Lock") << QStringLiteral("Lock") << 1;
    QTest::newRow("RLock held twice") << QStringLiteral("RLock") << 2;
    QTest::newRow("Semaphore") << QStringLiteral("Semaphore") << 1;
    QTest::newRow("BoundedSemaphore") << QStringLiteral("BoundedSemaphore") << 1;
}

// The test the issue asks for: a process holding a lock is SIGKILLed while another process
// waits for it, and the waiter proceeds at once. Python's manager keeps such a lock forever.
void tst_SyncPrimitives::holderDeathWakesTheNextWaiter()
{
    QFETCH(QString, kind);
    QFETCH(int, times);
    Primitive primitive = makePrimitive(kind);
    QVERIFY2(primitive.proxy, qPrintable(m_manager->errorString()));
    QCOMPARE(primitive.proxy->typeId(), kind);
    const QString token = primitive.proxy->token().toString();

    auto holder = startWorker(QStringLiteral("acquire"), { token, QStringLiteral("-1"), QStringLiteral("hold"),
                                                          QString::number(times) });
    QVERIFY2(holder->waitFor(QStringLiteral("HELD")), qPrintable(holder->log()));
    auto waiter = startWorker(QStringLiteral("acquire"), { token, QStringLiteral("-1"), QStringLiteral("hold") });
    QVERIFY2(waiter->waitFor(QStringLiteral("WAITING")), qPrintable(waiter->log()));
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, 20000);
    QVERIFY(!primitive.acquire(0));

    QElapsedTimer sinceKill;
    sinceKill.start();
    holder->killHard();
    QVERIFY2(waiter->waitFor(QStringLiteral("HELD"), 20000), qPrintable(waiter->log()));
    qInfo("%s: the waiter got it %lld ms after its holder was killed", qPrintable(kind), sinceKill.elapsed());
    QVERIFY(holder->finish());
    QCOMPARE(parkedCalls(), 0);
    // Now the waiter holds it, and nobody else: the dead holder's count is gone with it.
    QVERIFY(!primitive.acquire(0));
    // Its death frees it for this process in turn, this time while we wait.
    waiter->killHard();
    QVERIFY(primitive.acquire(20000));
    QVERIFY(primitive.release());
    QVERIFY(primitive.acquire(0));
    QVERIFY(primitive.release());
}

// --- Semaphore, BoundedSemaphore --------------------------------------------------------------

void tst_SyncPrimitives::semaphoreCounts()
{
    auto semaphore = m_manager->Semaphore(2);
    QVERIFY2(semaphore, qPrintable(m_manager->errorString()));
    QCOMPARE(semaphore->typeId(), QStringLiteral("Semaphore"));
    const QString token = semaphore->token().toString();
    QCOMPARE(semaphore->value(), 2);
    QVERIFY(semaphore->acquire());
    QCOMPARE(semaphore->value(), 1);
    QVERIFY(semaphore->acquire(0));
    QCOMPARE(semaphore->value(), 0);
    QVERIFY(!semaphore->acquire(0));
    QVERIFY(!semaphore->try_lock());
    constexpr int Timeout = 250;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!semaphore->acquire(Timeout));
    QVERIFY2(timer.elapsed() >= atLeast(Timeout), qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(semaphore->value(), 0);

    // A process blocks until a permit comes back.
    auto waiter = startWorker(QStringLiteral("acquire"), { token, QStringLiteral("-1"), QStringLiteral("exit") });
    QVERIFY2(waiter->waitFor(QStringLiteral("WAITING")), qPrintable(waiter->log()));
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, 20000);
    QVERIFY(semaphore->release());
    QVERIFY2(waiter->waitFor(QStringLiteral("ACQUIRED")), qPrintable(waiter->log()));
    QVERIFY(waiter->exitedWith(0));
    // It ended holding its permit: permits go back with their holder's connection.
    QTRY_COMPARE_WITH_TIMEOUT(semaphore->value(), 1, 10000);

    // A plain Semaphore may be released past its initial value, as in Python.
    QVERIFY(semaphore->release(2));
    QCOMPARE(semaphore->value(), 3);
    {
        std::lock_guard guard(*semaphore);
        QCOMPARE(semaphore->value(), 2);
    }
    QCOMPARE(semaphore->value(), 3);
    QCOMPARE(semaphore->lastError(), Error::NoError);
}

void tst_SyncPrimitives::boundedSemaphoreRefusesOverRelease()
{
    auto semaphore = m_manager->BoundedSemaphore(2);
    QVERIFY2(semaphore, qPrintable(m_manager->errorString()));
    QCOMPARE(semaphore->typeId(), QStringLiteral("BoundedSemaphore"));
    QCOMPARE(semaphore->value(), 2);
    QVERIFY(!semaphore->release());
    QCOMPARE(semaphore->lastError(), Error::ValueError);
    QVERIFY2(semaphore->lastErrorString().contains(QLatin1String("Semaphore released too many times")),
             qPrintable(semaphore->lastErrorString()));
    QCOMPARE(semaphore->value(), 2);

    QVERIFY(semaphore->acquire());
    QCOMPARE(semaphore->value(), 1);
    // Two would go above the bound: refused as a whole, nothing changes.
    QVERIFY(!semaphore->release(2));
    QCOMPARE(semaphore->lastError(), Error::ValueError);
    QCOMPARE(semaphore->value(), 1);
    QVERIFY(semaphore->release());
    QCOMPARE(semaphore->value(), 2);
    QCOMPARE(semaphore->lastError(), Error::NoError);

    // Blocking and timeouts behave as for Semaphore.
    QVERIFY(semaphore->acquire(0));
    QVERIFY(semaphore->acquire(0));
    QVERIFY(!semaphore->acquire(0));
    constexpr int Timeout = 200;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!semaphore->acquire(Timeout));
    QVERIFY2(timer.elapsed() >= atLeast(Timeout), qPrintable(QString::number(timer.elapsed())));
    QVERIFY(semaphore->release(2));

    // Another process is refused the same way.
    auto other = startWorker(QStringLiteral("release"), { semaphore->token().toString() });
    const QString error = other->waitForLine(QStringLiteral("ERROR "));
    QCOMPARE(error.section(QLatin1Char(' '), 0, 0), QStringLiteral("ValueError"));
    QVERIFY2(error.contains(QLatin1String("Semaphore released too many times")), qPrintable(error));
    QCOMPARE(semaphore->value(), 2);
}

// --- Condition --------------------------------------------------------------------------------

void tst_SyncPrimitives::conditionWaitTimesOutHoldingTheLock_data()
{
    QTest::addColumn<QString>("lockKind");
    QTest::newRow("own RLock") << QString();
    QTest::newRow("given Lock") << QStringLiteral("Lock");
    QTest::newRow("given RLock") << QStringLiteral("RLock");
}

void tst_SyncPrimitives::conditionWaitTimesOutHoldingTheLock()
{
    QFETCH(QString, lockKind);
    auto lock = makeLock(lockKind);
    QVERIFY(lockKind.isEmpty() || lock);
    auto condition = m_manager->Condition(lock.get());
    QVERIFY2(condition, qPrintable(m_manager->errorString()));
    QCOMPARE(condition->typeId(), QStringLiteral("Condition"));
    const QString token = condition->token().toString();

    QVERIFY(condition->acquire());
    if (lock)
        QVERIFY(lock->isLocked());
    constexpr int Timeout = 250;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!condition->wait(Timeout));
    QVERIFY2(timer.elapsed() >= atLeast(Timeout), qPrintable(QString::number(timer.elapsed())));
    QVERIFY(condition->lastError() == Error::NoError || condition->lastError() == Error::Timeout);
    // wait() came back with the lock held again: another process cannot have it.
    auto other = startWorker(QStringLiteral("acquire"), { token, QStringLiteral("0"), QStringLiteral("exit") });
    QVERIFY2(other->waitFor(QStringLiteral("TIMEOUT")), qPrintable(other->log()));
    if (lock)
        QVERIFY(lock->isLocked());
    QVERIFY(condition->release());
    if (lock)
        QVERIFY(!lock->isLocked());
    auto next = startWorker(QStringLiteral("acquire"), { token, QStringLiteral("0"), QStringLiteral("release") });
    QVERIFY2(next->waitFor(QStringLiteral("RELEASED")), qPrintable(next->log()));
    // Notifying nobody is fine.
    std::lock_guard guard(*condition);
    QVERIFY(condition->notify());
    QVERIFY(condition->notifyAll());
}

void tst_SyncPrimitives::conditionWaitReleasesAnRLockFully_data()
{
    QTest::addColumn<QString>("lockKind");
    QTest::newRow("own RLock") << QString();
    QTest::newRow("given RLock") << QStringLiteral("RLock");
}

// threading.Condition over an RLock: wait() releases every level of it and restores them.
void tst_SyncPrimitives::conditionWaitReleasesAnRLockFully()
{
    QFETCH(QString, lockKind);
    auto lock = makeLock(lockKind);
    auto condition = m_manager->Condition(lock.get());
    QVERIFY2(condition, qPrintable(m_manager->errorString()));
    QVERIFY(condition->acquire());
    QVERIFY(condition->acquire());
    auto other = startWorker(QStringLiteral("acquire"), { condition->token().toString(), QStringLiteral("-1"),
                                                         QStringLiteral("release") });
    QVERIFY2(other->waitFor(QStringLiteral("WAITING")), qPrintable(other->log()));
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, 20000);
    // While this wait lasts, the other process takes the lock and gives it back.
    QVERIFY(!condition->wait(1000));
    QVERIFY2(other->waitFor(QStringLiteral("RELEASED")), qPrintable(other->log()));
    // Both levels are back.
    QVERIFY(condition->release());
    if (lock)
        QVERIFY(lock->isLocked());
    QVERIFY(condition->release());
    if (lock)
        QVERIFY(!lock->isLocked());
    QVERIFY(!condition->release());
    QCOMPARE(condition->lastError(), Error::NotOwner);
}

void tst_SyncPrimitives::conditionOverAGivenLock()
{
    auto lock = m_manager->Lock();
    QVERIFY2(lock, qPrintable(m_manager->errorString()));
    auto condition = m_manager->Condition(lock.get());
    QVERIFY2(condition, qPrintable(m_manager->errorString()));
    // The condition's lock is the Lock: taking one takes the other.
    QVERIFY(condition->acquire());
    QVERIFY(lock->isLocked());
    QVERIFY(!lock->acquire(0));
    QVERIFY(condition->release());
    QVERIFY(!lock->isLocked());
    // Holding the Lock through its own proxy is owning the condition.
    QVERIFY(lock->acquire());
    QVERIFY(!condition->wait(50));
    QVERIFY2(condition->lastError() != Error::NotOwner, qPrintable(condition->lastErrorString()));
    QVERIFY(condition->notify());
    QVERIFY(lock->isLocked());
    QVERIFY(condition->release());
    QVERIFY(!lock->isLocked());
    // And a process holding the Lock keeps the condition's waiters out.
    auto holder = startWorker(QStringLiteral("acquire"), { lock->token().toString(), QStringLiteral("-1"),
                                                          QStringLiteral("hold") });
    QVERIFY2(holder->waitFor(QStringLiteral("HELD")), qPrintable(holder->log()));
    QVERIFY(!condition->acquire(0));
}

void tst_SyncPrimitives::conditionRequiresOwnership_data()
{
    conditionWaitTimesOutHoldingTheLock_data();
}

void tst_SyncPrimitives::conditionRequiresOwnership()
{
    QFETCH(QString, lockKind);
    auto lock = makeLock(lockKind);
    auto condition = m_manager->Condition(lock.get());
    QVERIFY2(condition, qPrintable(m_manager->errorString()));
    auto checkRefused = [&] {
        QVERIFY(!condition->wait(200));
        QCOMPARE(condition->lastError(), Error::NotOwner);
        QVERIFY(!condition->lastErrorString().isEmpty());
        QVERIFY(!condition->notify());
        QCOMPARE(condition->lastError(), Error::NotOwner);
        QVERIFY(!condition->notifyAll());
        QCOMPARE(condition->lastError(), Error::NotOwner);
        QVERIFY(!condition->waitFor([] { return false; }, 200));
        QCOMPARE(condition->lastError(), Error::NotOwner);
    };
    // Nobody holds it.
    checkRefused();
    if (QTest::currentTestFailed())
        return;
    // Another process holds it.
    auto holder = startWorker(QStringLiteral("acquire"), { condition->token().toString(), QStringLiteral("-1"),
                                                          QStringLiteral("hold") });
    QVERIFY2(holder->waitFor(QStringLiteral("HELD")), qPrintable(holder->log()));
    checkRefused();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(parkedCalls(), 0);
}

void tst_SyncPrimitives::conditionNotifiesAcrossProcesses()
{
    auto condition = m_manager->Condition();
    QVERIFY2(condition, qPrintable(m_manager->errorString()));
    const QString token = condition->token().toString();
    constexpr int Waiters = 6;
    std::vector<std::unique_ptr<Worker>> waiters;
    for (int i = 0; i < Waiters; ++i)
        waiters.push_back(startWorker(QStringLiteral("condition-wait"), { token, QStringLiteral("-1") }));
    // Each printed WAITING holding the lock, so once all have, every one of them is in wait()
    // or about to be; the parked count says when all are.
    for (auto &waiter : waiters)
        QVERIFY2(waiter->waitFor(QStringLiteral("WAITING")), qPrintable(waiter->log()));
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), Waiters, 20000);
    auto woken = [&] {
        int count = 0;
        for (auto &waiter : waiters)
            count += waiter->hasLine(QStringLiteral("RELEASED 1")) ? 1 : 0;
        return count;
    };

    QVERIFY(condition->acquire());
    QVERIFY(condition->notify());
    QVERIFY(condition->release());
    QTRY_COMPARE_WITH_TIMEOUT(woken(), 1, 20000);
    // Had a second one woken, it would have had the lock when the first released it.
    QCOMPARE(parkedCalls(), Waiters - 1);

    QVERIFY(condition->acquire());
    QVERIFY(condition->notify(2));
    QVERIFY(condition->release());
    QTRY_COMPARE_WITH_TIMEOUT(woken(), 3, 20000);
    QCOMPARE(parkedCalls(), Waiters - 3);

    QVERIFY(condition->acquire());
    QVERIFY(condition->notifyAll());
    QVERIFY(condition->release());
    QTRY_COMPARE_WITH_TIMEOUT(woken(), Waiters, 20000);
    for (auto &waiter : waiters) {
        QVERIFY2(waiter->hasLine(QStringLiteral("NOTIFIED 1")), qPrintable(waiter->log()));
        QVERIFY2(waiter->exitedWith(0), qPrintable(waiter->log()));
    }
    QCOMPARE(parkedCalls(), 0);
}

void tst_SyncPrimitives::conditionWaitForPredicate()
{
    auto condition = m_manager->Condition();
    auto value = m_manager->Value('q', qlonglong(0));
    QVERIFY2(condition && value, qPrintable(m_manager->errorString()));
    // In this process: a predicate that is true at once, and one that never is.
    QVERIFY(condition->acquire());
    QVERIFY(condition->waitFor([] { return true; }));
    constexpr int Timeout = 200;
    QElapsedTimer timer;
    timer.start();
    int calls = 0;
    QVERIFY(!condition->waitFor([&calls] { ++calls; return false; }, Timeout));
    QVERIFY2(timer.elapsed() >= atLeast(Timeout), qPrintable(QString::number(timer.elapsed())));
    QVERIFY(calls >= 2);
    QVERIFY(condition->release());

    // Across processes: a waiter sleeps until the shared value reaches 3, whatever wakes it.
    constexpr int Target = 3;
    auto waiter = startWorker(QStringLiteral("condition-waitfor"), { condition->token().toString(), value->token().toString(),
                                                                    QString::number(Target), QStringLiteral("-1") });
    QVERIFY2(waiter->waitFor(QStringLiteral("WAITING")), qPrintable(waiter->log()));
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, 20000);
    for (int i = 1; i <= Target; ++i) {
        std::lock_guard guard(*condition);
        QVERIFY(value->setValue(qlonglong(i)));
        QVERIFY(condition->notifyAll());
    }
    QCOMPARE(waiter->waitForLine(QStringLiteral("PREDICATE ")), QStringLiteral("1 %1").arg(Target));
    QVERIFY(waiter->exitedWith(0));
}

void tst_SyncPrimitives::conditionDropsDeadWaiters()
{
    auto condition = m_manager->Condition();
    QVERIFY2(condition, qPrintable(m_manager->errorString()));
    const QString token = condition->token().toString();
    auto doomed = startWorker(QStringLiteral("condition-wait"), { token, QStringLiteral("-1") });
    QVERIFY2(doomed->waitFor(QStringLiteral("WAITING")), qPrintable(doomed->log()));
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, 20000);
    auto survivor = startWorker(QStringLiteral("condition-wait"), { token, QStringLiteral("-1") });
    QVERIFY2(survivor->waitFor(QStringLiteral("WAITING")), qPrintable(survivor->log()));
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 2, 20000);
    doomed->killHard();
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, 10000);
    // The one notification goes to the living waiter, not to the dead one.
    QVERIFY(condition->acquire());
    QVERIFY(condition->notify(1));
    QVERIFY(condition->release());
    QVERIFY2(survivor->waitFor(QStringLiteral("RELEASED 1")), qPrintable(survivor->log()));
    QVERIFY(survivor->exitedWith(0));
}

// --- Event ------------------------------------------------------------------------------------

void tst_SyncPrimitives::eventSetClearWait()
{
    auto event = m_manager->Event();
    QVERIFY2(event, qPrintable(m_manager->errorString()));
    QCOMPARE(event->typeId(), QStringLiteral("Event"));
    QVERIFY(!event->isSet());
    QVERIFY(!event->wait(0));
    constexpr int Timeout = 200;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!event->wait(Timeout));
    QVERIFY2(timer.elapsed() >= atLeast(Timeout), qPrintable(QString::number(timer.elapsed())));
    QVERIFY(event->set());
    QVERIFY(event->isSet());
    QVERIFY(event->wait());
    QVERIFY(event->wait(0));
    QVERIFY(event->set()); // setting twice is fine
    QVERIFY(event->clear());
    QVERIFY(!event->isSet());
    QVERIFY(!event->wait(0));
    QCOMPARE(parkedCalls(), 0);
}

void tst_SyncPrimitives::eventReleasesWaitersInSeveralProcesses()
{
    auto event = m_manager->Event();
    QVERIFY2(event, qPrintable(m_manager->errorString()));
    const QString token = event->token().toString();
    std::vector<std::unique_ptr<Worker>> waiters;
    for (int i = 0; i < 3; ++i)
        waiters.push_back(startWorker(QStringLiteral("event-wait"), { token, QStringLiteral("-1") }));
    auto impatient = startWorker(QStringLiteral("event-wait"), { token, QStringLiteral("300") });
    QCOMPARE(impatient->waitForLine(QStringLiteral("EVENT ")), QStringLiteral("0"));
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 3, 20000);
    for (auto &waiter : waiters)
        QVERIFY2(!waiter->hasLine(QStringLiteral("EVENT")), qPrintable(waiter->log()));
    QVERIFY(event->set());
    for (auto &waiter : waiters) {
        QCOMPARE(waiter->waitForLine(QStringLiteral("EVENT ")), QStringLiteral("1"));
        QVERIFY(waiter->exitedWith(0));
    }
    QCOMPARE(parkedCalls(), 0);
    // Set, it lets everybody through at once.
    auto late = startWorker(QStringLiteral("event-wait"), { token, QStringLiteral("-1") });
    QCOMPARE(late->waitForLine(QStringLiteral("EVENT ")), QStringLiteral("1"));
}

void tst_SyncPrimitives::eventSignalsChangesByOtherProcesses()
{
    auto event = m_manager->Event();
    QVERIFY2(event, qPrintable(m_manager->errorString()));
    const QString token = event->token().toString();
    QSignalSpy setSpy(event.get(), &EventProxy::eventSet);
    QSignalSpy clearedSpy(event.get(), &EventProxy::eventCleared);
    // A call after connecting: the subscription reached the server before it answers.
    QVERIFY(!event->isSet());

    auto setter = startWorker(QStringLiteral("event-set"), { token });
    QVERIFY2(setter->waitFor(QStringLiteral("OK")), qPrintable(setter->log()));
    QTRY_COMPARE_WITH_TIMEOUT(setSpy.count(), 1, 10000);
    QCOMPARE(clearedSpy.count(), 0);

    auto clearer = startWorker(QStringLiteral("event-clear"), { token });
    QVERIFY2(clearer->waitFor(QStringLiteral("OK")), qPrintable(clearer->log()));
    QTRY_COMPARE_WITH_TIMEOUT(clearedSpy.count(), 1, 10000);
    QCOMPARE(setSpy.count(), 1);

    // Changes made through this very proxy are signalled too.
    QVERIFY(event->set());
    QTRY_COMPARE_WITH_TIMEOUT(setSpy.count(), 2, 10000);
    QCOMPARE(clearedSpy.count(), 1);
}

// Receivers of a proxy's signals often die before the proxy (a QSignalSpy or a widget declared
// after it). Their destruction disconnects them, which ends the subscription.
void tst_SyncPrimitives::eventSignalReceiversMayGoFirst()
{
    auto event = m_manager->Event();
    QVERIFY2(event, qPrintable(m_manager->errorString()));
    // Many receivers at many addresses: Qt guards connections with a pool of mutexes chosen by
    // address, so some receiver shares its mutex with the proxy.
    std::vector<std::unique_ptr<QObject>> receivers;
    for (int i = 0; i < 300; ++i) {
        if (i % 2) {
            receivers.push_back(std::make_unique<QSignalSpy>(event.get(), &EventProxy::eventSet));
        } else {
            receivers.push_back(std::make_unique<QObject>());
            connect(event.get(), &EventProxy::eventCleared, receivers.back().get(), [] { });
        }
    }
    receivers.clear();
    // The proxy is subscribed again when a new receiver comes.
    QSignalSpy setSpy(event.get(), &EventProxy::eventSet);
    QVERIFY(!event->isSet());
    auto setter = startWorker(QStringLiteral("event-set"), { event->token().toString() });
    QVERIFY2(setter->waitFor(QStringLiteral("OK")), qPrintable(setter->log()));
    QTRY_COMPARE_WITH_TIMEOUT(setSpy.count(), 1, 10000);
}

// --- Barrier ----------------------------------------------------------------------------------

void tst_SyncPrimitives::barrierAcrossProcesses()
{
    auto barrier = m_manager->Barrier(3);
    QVERIFY2(barrier, qPrintable(m_manager->errorString()));
    QCOMPARE(barrier->typeId(), QStringLiteral("Barrier"));
    const QString token = barrier->token().toString();
    QCOMPARE(barrier->parties(), 3);
    QCOMPARE(barrier->waitingCount(), 0);
    QVERIFY(!barrier->isBroken());

    // Arrivals in a known order get their indices in that order.
    auto first = startWorker(QStringLiteral("barrier-wait"), { token });
    QTRY_COMPARE_WITH_TIMEOUT(barrier->waitingCount(), 1, 20000);
    auto second = startWorker(QStringLiteral("barrier-wait"), { token });
    QTRY_COMPARE_WITH_TIMEOUT(barrier->waitingCount(), 2, 20000);
    QCOMPARE(barrier->wait(), 2);
    QCOMPARE(first->waitForLine(QStringLiteral("INDEX ")), QStringLiteral("0"));
    QCOMPARE(second->waitForLine(QStringLiteral("INDEX ")), QStringLiteral("1"));
    QCOMPARE(barrier->waitingCount(), 0);
    QVERIFY(!barrier->isBroken());

    // It can be used again: three processes, indices {0, 1, 2}.
    std::vector<std::unique_ptr<Worker>> parties;
    for (int i = 0; i < 3; ++i)
        parties.push_back(startWorker(QStringLiteral("barrier-wait"), { token }));
    QStringList indices;
    for (auto &party : parties) {
        indices.append(party->waitForLine(QStringLiteral("INDEX ")));
        QVERIFY2(party->exitedWith(0), qPrintable(party->log()));
    }
    indices.sort();
    QCOMPARE(indices, (QStringList { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2") }));
    QCOMPARE(barrier->waitingCount(), 0);
}

void tst_SyncPrimitives::barrierAbortBreaksEveryWaiter()
{
    auto barrier = m_manager->Barrier(3);
    QVERIFY2(barrier, qPrintable(m_manager->errorString()));
    const QString token = barrier->token().toString();
    std::vector<std::unique_ptr<Worker>> waiters;
    for (int i = 0; i < 2; ++i)
        waiters.push_back(startWorker(QStringLiteral("barrier-wait"), { token }));
    QTRY_COMPARE_WITH_TIMEOUT(barrier->waitingCount(), 2, 20000);
    QVERIFY(barrier->abort());
    for (auto &waiter : waiters)
        QCOMPARE(waiter->waitForLine(QStringLiteral("ERROR ")).section(QLatin1Char(' '), 0, 0),
                 QStringLiteral("BrokenBarrier"));
    QVERIFY(barrier->isBroken());
    QCOMPARE(barrier->waitingCount(), 0);
    // A broken barrier fails every new wait at once, with the same error.
    QCOMPARE(barrier->wait(), -1);
    QCOMPARE(barrier->lastError(), Error::BrokenBarrier);
    QVERIFY(!barrier->lastErrorString().isEmpty());
    // reset() mends it.
    QVERIFY(barrier->reset());
    QVERIFY(!barrier->isBroken());
    waiters.clear();
    for (int i = 0; i < 2; ++i)
        waiters.push_back(startWorker(QStringLiteral("barrier-wait"), { token }));
    QTRY_COMPARE_WITH_TIMEOUT(barrier->waitingCount(), 2, 20000);
    QCOMPARE(barrier->wait(), 2);
    for (auto &waiter : waiters)
        QVERIFY2(waiter->exitedWith(0), qPrintable(waiter->log()));
}

void tst_SyncPrimitives::barrierResetBreaksCurrentWaiters()
{
    auto barrier = m_manager->Barrier(2);
    QVERIFY2(barrier, qPrintable(m_manager->errorString()));
    auto waiter = startWorker(QStringLiteral("barrier-wait"), { barrier->token().toString() });
    QTRY_COMPARE_WITH_TIMEOUT(barrier->waitingCount(), 1, 20000);
    QVERIFY(barrier->reset());
    QCOMPARE(waiter->waitForLine(QStringLiteral("ERROR ")).section(QLatin1Char(' '), 0, 0),
             QStringLiteral("BrokenBarrier"));
    // Unlike abort(), reset() leaves it usable.
    QVERIFY(!barrier->isBroken());
    QCOMPARE(barrier->waitingCount(), 0);
    auto next = startWorker(QStringLiteral("barrier-wait"), { barrier->token().toString() });
    QTRY_COMPARE_WITH_TIMEOUT(barrier->waitingCount(), 1, 20000);
    QCOMPARE(barrier->wait(), 1);
    QCOMPARE(next->waitForLine(QStringLiteral("INDEX ")), QStringLiteral("0"));
}

void tst_SyncPrimitives::barrierTimeoutBreaksIt()
{
    auto barrier = m_manager->Barrier(3);
    QVERIFY2(barrier, qPrintable(m_manager->errorString()));
    auto waiter = startWorker(QStringLiteral("barrier-wait"), { barrier->token().toString() });
    QTRY_COMPARE_WITH_TIMEOUT(barrier->waitingCount(), 1, 20000);
    constexpr int Timeout = 250;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(barrier->wait(Timeout), -1);
    QVERIFY2(timer.elapsed() >= atLeast(Timeout), qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(barrier->lastError(), Error::BrokenBarrier);
    // The timeout broke it for the other waiter too.
    QCOMPARE(waiter->waitForLine(QStringLiteral("ERROR ")).section(QLatin1Char(' '), 0, 0),
             QStringLiteral("BrokenBarrier"));
    QVERIFY(barrier->isBroken());

    // The barrier's own timeout applies when wait() is given none.
    auto timed = m_manager->Barrier(2, Timeout);
    QVERIFY2(timed, qPrintable(m_manager->errorString()));
    timer.restart();
    QCOMPARE(timed->wait(), -1);
    QVERIFY2(timer.elapsed() >= atLeast(Timeout), qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(timed->lastError(), Error::BrokenBarrier);
    QVERIFY(timed->isBroken());
    QCOMPARE(timed->parties(), 2);
}

void tst_SyncPrimitives::barrierDropsDeadWaiters()
{
    auto barrier = m_manager->Barrier(2);
    QVERIFY2(barrier, qPrintable(m_manager->errorString()));
    const QString token = barrier->token().toString();
    auto doomed = startWorker(QStringLiteral("barrier-wait"), { token });
    QTRY_COMPARE_WITH_TIMEOUT(barrier->waitingCount(), 1, 20000);
    doomed->killHard();
    QTRY_COMPARE_WITH_TIMEOUT(barrier->waitingCount(), 0, 10000);
    QVERIFY(!barrier->isBroken());
    // The dead party does not count: two live ones are needed to pass.
    auto live = startWorker(QStringLiteral("barrier-wait"), { token });
    QTRY_COMPARE_WITH_TIMEOUT(barrier->waitingCount(), 1, 20000);
    QCOMPARE(barrier->wait(), 1);
    QCOMPARE(live->waitForLine(QStringLiteral("INDEX ")), QStringLiteral("0"));
}

// --- The server model -------------------------------------------------------------------------

void tst_SyncPrimitives::queueGetterDeathKeepsTheItem()
{
    auto queue = m_manager->Queue();
    QVERIFY2(queue, qPrintable(m_manager->errorString()));
    auto doomed = startWorker(QStringLiteral("queue-get"), { queue->token().toString(), QStringLiteral("-1") });
    QVERIFY2(doomed->waitFor(QStringLiteral("WAITING")), qPrintable(doomed->log()));
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, 20000);
    doomed->killHard();
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 0, 10000);
    QVERIFY(queue->put(QStringLiteral("kept")));
    QCOMPARE(queue->qsize(), 1);
    const Reply reply = queue->get(0);
    QVERIFY2(reply.isValid(), qPrintable(reply.errorString()));
    QCOMPARE(reply.value().toString(), QStringLiteral("kept"));
}

// Twenty processes blocked in acquire, get and wait are parked: the one server loop answers
// everybody else at once, and then wakes each waiter.
void tst_SyncPrimitives::manyParkedClientsDoNotBlockTheServer()
{
    auto lock = m_manager->Lock();
    auto queue = m_manager->Queue();
    auto event = m_manager->Event();
    auto value = m_manager->Value('q', qlonglong(0));
    QVERIFY2(lock && queue && event && value, qPrintable(m_manager->errorString()));
    QVERIFY(lock->acquire());

    constexpr int LockWaiters = 7;
    constexpr int QueueWaiters = 7;
    constexpr int EventWaiters = 6;
    constexpr int Parked = LockWaiters + QueueWaiters + EventWaiters;
    std::vector<std::unique_ptr<Worker>> lockWaiters;
    std::vector<std::unique_ptr<Worker>> queueWaiters;
    std::vector<std::unique_ptr<Worker>> eventWaiters;
    for (int i = 0; i < LockWaiters; ++i)
        lockWaiters.push_back(startWorker(QStringLiteral("acquire"), { lock->token().toString(), QStringLiteral("-1"),
                                                                      QStringLiteral("release") }));
    for (int i = 0; i < QueueWaiters; ++i)
        queueWaiters.push_back(startWorker(QStringLiteral("queue-get"), { queue->token().toString(), QStringLiteral("-1") }));
    for (int i = 0; i < EventWaiters; ++i)
        eventWaiters.push_back(startWorker(QStringLiteral("event-wait"), { event->token().toString(), QStringLiteral("-1") }));
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), Parked, 60000);
    QVERIFY(clientCount() > Parked);

    // While they wait, every quick call is answered.
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 100; ++i) {
        switch (i % 5) {
        case 0:
            QVERIFY(lock->isLocked());
            break;
        case 1:
            QCOMPARE(queue->qsize(), 0);
            break;
        case 2:
            QVERIFY(!event->isSet());
            break;
        case 3: {
            const Reply reply = value->fetchAdd(1);
            QVERIFY2(reply.isValid(), qPrintable(reply.errorString()));
            break;
        }
        default:
            QCOMPARE(m_server->callMethod(QStringLiteral("ping")).value().toString(), QStringLiteral("pong"));
        }
    }
    qInfo("100 calls took %lld ms with %d clients parked", timer.elapsed(), Parked);
    QCOMPARE(value->value().toLongLong(), qlonglong(20));
    QCOMPARE(parkedCalls(), Parked);

    // Then each kind of waiter is woken.
    QVERIFY(event->set());
    for (auto &waiter : eventWaiters) {
        QCOMPARE(waiter->waitForLine(QStringLiteral("EVENT ")), QStringLiteral("1"));
        QVERIFY(waiter->exitedWith(0));
    }
    for (int i = 0; i < QueueWaiters; ++i)
        QVERIFY(queue->put(i));
    QStringList got;
    for (auto &waiter : queueWaiters) {
        got.append(waiter->waitForLine(QStringLiteral("GOT ")));
        QVERIFY2(waiter->exitedWith(0), qPrintable(waiter->log()));
    }
    got.sort();
    QCOMPARE(got, (QStringList { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                 QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6") }));
    // The lock passes from hand to hand.
    QVERIFY(lock->release());
    for (auto &waiter : lockWaiters) {
        QVERIFY2(waiter->waitFor(QStringLiteral("RELEASED"), 30000), qPrintable(waiter->log()));
        QVERIFY(waiter->exitedWith(0));
    }
    QVERIFY(!lock->isLocked());
    QCOMPARE(parkedCalls(), 0);
}

void tst_SyncPrimitives::blockingAcquireFailsWhenTheServerDies()
{
    auto lock = m_manager->Lock();
    QVERIFY2(lock, qPrintable(m_manager->errorString()));
    const QString token = lock->token().toString();
    auto holder = startWorker(QStringLiteral("acquire"), { token, QStringLiteral("-1"), QStringLiteral("hold") });
    QVERIFY2(holder->waitFor(QStringLiteral("HELD")), qPrintable(holder->log()));
    auto waiter = startWorker(QStringLiteral("acquire"), { token, QStringLiteral("-1"), QStringLiteral("exit") });
    QVERIFY2(waiter->waitFor(QStringLiteral("WAITING")), qPrintable(waiter->log()));
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, 20000);
    const qint64 serverPid = m_manager->serverProcessId();
    QVERIFY(processAlive(serverPid));

    // This thread blocks in acquire(); another kills the server once that acquire is parked.
    QElapsedTimer clock;
    clock.start();
    std::atomic<qint64> killedAt { -1 };
    std::thread killer([&] {
        for (int i = 0; i < 2000 && parkedCalls() < 2; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        killedAt = clock.elapsed();
        ::kill(pid_t(serverPid), SIGKILL);
    });
    const bool acquired = lock->acquire(60000);
    const qint64 returnedAt = clock.elapsed();
    killer.join();
    QVERIFY(!acquired);
    QCOMPARE(lock->lastError(), Error::ConnectionLost);
    QVERIFY2(returnedAt - killedAt < 10000,
             qPrintable(QStringLiteral("acquire() returned %1 ms after the server died").arg(returnedAt - killedAt)));
    // The other process's wait fails the same way.
    QCOMPARE(waiter->waitForLine(QStringLiteral("FAILED ")).section(QLatin1Char(' '), 0, 0),
             QStringLiteral("ConnectionLost"));
    QVERIFY(waiter->exitedWith(1));
    // And later calls fail at once instead of hanging.
    QVERIFY(!lock->acquire(LockProxy::Forever));
    QVERIFY(lock->lastError() == Error::ConnectionLost || lock->lastError() == Error::NotConnected);
    QCOMPARE(lock->state(), Proxy::State::Disconnected);
}

void tst_SyncPrimitives::lockGuardNeverRunsWithoutTheLock_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("when");
    for (const char *kind : { "Lock", "RLock", "Semaphore", "Condition" }) {
        // The server dies before lock() is called, and while lock() waits for a holder.
        QTest::addRow("%s, server gone before lock()", kind) << QString::fromLatin1(kind) << QStringLiteral("after-loss");
        QTest::addRow("%s, server dies while lock() waits", kind) << QString::fromLatin1(kind) << QStringLiteral("now");
    }
}

// A std::lock_guard must own the lock or not enter its block: lock() throws when the server is
// gone, instead of returning without the lock.
void tst_SyncPrimitives::lockGuardNeverRunsWithoutTheLock()
{
    QFETCH(QString, kind);
    QFETCH(QString, when);
    std::unique_ptr<Proxy> primitive;
    if (kind == QLatin1String("Condition"))
        primitive = m_manager->Condition();
    else if (kind == QLatin1String("Semaphore"))
        primitive = m_manager->Semaphore(1);
    else
        primitive = makeLock(kind);
    QVERIFY2(primitive, qPrintable(m_manager->errorString()));
    const qint64 serverPid = m_manager->serverProcessId();
    const QString token = primitive->token().toString();

    if (when == QLatin1String("now")) {
        // Held elsewhere, so that the guard's lock() is parked on the server when it dies.
        auto holder = startWorker(QStringLiteral("acquire"), { token, QStringLiteral("-1"), QStringLiteral("hold") });
        QVERIFY2(holder->waitFor(QStringLiteral("HELD")), qPrintable(holder->log()));
        auto guard = startWorker(QStringLiteral("guard"), { token, when });
        QVERIFY2(guard->waitFor(QStringLiteral("WAITING")), qPrintable(guard->log()));
        QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, 20000);
        QCOMPARE(::kill(pid_t(serverPid), SIGKILL), 0);
        const QString thrown = guard->waitForLine(QStringLiteral("THROWN "));
        QVERIFY2(!thrown.isNull(), qPrintable(guard->log()));
        QCOMPARE(thrown.section(QLatin1Char(' '), 0, 0), QStringLiteral("ConnectionLost"));
        QVERIFY2(!guard->hasLine(QStringLiteral("BODY")), qPrintable(guard->log()));
        QVERIFY(guard->exitedWith(3));
        return;
    }
    auto guard = startWorker(QStringLiteral("guard"), { token, when });
    QVERIFY2(guard->waitFor(QStringLiteral("READY")), qPrintable(guard->log()));
    QCOMPARE(::kill(pid_t(serverPid), SIGKILL), 0);
    const QString thrown = guard->waitForLine(QStringLiteral("THROWN "));
    QVERIFY2(!thrown.isNull(), qPrintable(guard->log()));
    const QString error = thrown.section(QLatin1Char(' '), 0, 0);
    QVERIFY2(error == QLatin1String("ConnectionLost") || error == QLatin1String("NotConnected")
                     || error == QLatin1String("ConnectionRefused"),
             qPrintable(thrown));
    QVERIFY2(!guard->hasLine(QStringLiteral("BODY")), qPrintable(guard->log()));
    QVERIFY(guard->exitedWith(3));
}

// The exception carries the error as a std::error_code too, and the non-throwing calls stay so.
void tst_SyncPrimitives::lockThrowsInThisProcess()
{
    auto lock = m_manager->Lock();
    QVERIFY2(lock, qPrintable(m_manager->errorString()));
    {
        std::lock_guard guard(*lock); // works while the server does
        QVERIFY(lock->isLocked());
    }
    QVERIFY(!lock->isLocked());
    QCOMPARE(::kill(pid_t(m_manager->serverProcessId()), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(lock->state(), Proxy::State::Disconnected, 20000);
    bool entered = false;
    try {
        std::lock_guard guard(*lock);
        entered = true;
    } catch (const std::system_error &e) {
        QVERIFY(e.code() == Error::ConnectionLost);
        QCOMPARE(e.code().category().name(), "libmanager");
        const auto *exception = dynamic_cast<const LibManager::Exception *>(&e);
        QVERIFY(exception);
        QCOMPARE(exception->error(), Error::ConnectionLost);
        QVERIFY2(QString::fromUtf8(e.what()).contains(errorText(Error::ConnectionLost)), e.what());
    }
    QVERIFY(!entered);
    QVERIFY(!lock->try_lock());  // does not throw
    lock->unlock();              // does not throw either
    QVERIFY(!lock->acquire(LockProxy::Forever));
}

// --- A frozen server --------------------------------------------------------------------------
//
// A server stopped with SIGSTOP answers nothing. A blocking call with a timeout must then end at
// its timeout plus a small grace, not ten seconds later, and fail with ServerNotResponding. The
// call is sent while the server is stopped, so it waits unread in the server's socket, followed by
// the Cancel the client sends when it gives up. Once the server runs again it reads them in order:
// the call first, which it grants at once if it can (the lock is free, the queue has an item), and
// only then the Cancel. That is a late grant, made the same way on every run; what the client does
// with it is what these tests check.

namespace {

constexpr int FrozenTimeoutMs = 1000;
// A correctness bound, far below the old timeout + 10 s: the call ends at its timeout plus the
// grace (about 250 ms here).
constexpr int FrozenBoundMs = FrozenTimeoutMs + 5000;

// How a call against the frozen server ended.
struct Outcome
{
    bool succeeded = false;
    Error error = Error::NoError;
    QString message;
    qint64 elapsedMs = 0;
};

template<typename Call>
Outcome timed(Call call)
{
    QElapsedTimer clock;
    clock.start();
    Outcome outcome = call();
    outcome.elapsedMs = clock.elapsed();
    return outcome;
}

Outcome outcomeOf(bool succeeded, const Proxy &proxy)
{
    return { succeeded, proxy.lastError(), proxy.lastErrorString(), 0 };
}

template<typename T>
Outcome outcomeOf(PendingReply<T> reply)
{
    reply.waitForFinished();
    return { reply.isValid(), reply.error(), reply.errorString(), 0 };
}

// For QTRY_VERIFY, which evaluates its condition once more after it came true: acquires once.
template<typename P>
auto acquiresOnce(P *primitive)
{
    return [primitive, acquired = false]() mutable {
        acquired = acquired || primitive->acquire(0);
        return acquired;
    };
}

} // namespace

std::unique_ptr<SyncManager> tst_SyncPrimitives::otherClient()
{
    auto client = TestSupport::connectTo<SyncManager>(m_manager->address(), m_key);
    if (!client || !client->isConnected())
        return nullptr;
    return client;
}

template<typename P>
std::unique_ptr<P> tst_SyncPrimitives::sameObject(SyncManager &client, const Proxy &proxy)
{
    std::unique_ptr<Proxy> same = client.proxyForToken(proxy.token());
    if (!qobject_cast<P *>(same.get()))
        return nullptr;
    return std::unique_ptr<P>(static_cast<P *>(same.release()));
}

bool tst_SyncPrimitives::freezeServer()
{
    const qint64 pid = m_manager->serverProcessId();
    if (::kill(pid_t(pid), SIGSTOP) != 0)
        return false;
    // Stopped for sure before the call is sent, so that the call waits in the socket.
    QDeadlineTimer deadline(10000);
    while (TestSupport::processState(pid) != 'T') {
        if (deadline.hasExpired())
            return false;
        std::this_thread::yield();
    }
    return true;
}

bool tst_SyncPrimitives::thawServer()
{
    return ::kill(pid_t(m_manager->serverProcessId()), SIGCONT) == 0;
}

void tst_SyncPrimitives::frozenServerEndsTimedCalls_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("async");
    for (const char *kind : { "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition.acquire",
                              "Condition.wait", "Queue.get", "Queue.put", "Event.wait" }) {
        QTest::newRow(kind) << QString::fromLatin1(kind) << false;
        QTest::newRow(qPrintable(QStringLiteral("%1 async").arg(QLatin1String(kind))))
            << QString::fromLatin1(kind) << true;
    }
}

// Each kind of blocking call against a frozen server ends at its timeout with
// ServerNotResponding; once the server runs again, what it granted late is given back: a lock
// or permit is released, a queue item goes back to the front, a put item stays.
void tst_SyncPrimitives::frozenServerEndsTimedCalls()
{
    QFETCH(QString, kind);
    QFETCH(bool, async);
    auto other = otherClient();
    QVERIFY(other);
    const QString item = QStringLiteral("first");

    std::unique_ptr<Proxy> object;
    std::function<Outcome()> blockedCall;
    if (kind == QLatin1String("Lock") || kind == QLatin1String("RLock")) {
        auto lock = makeLock(kind);
        LockProxy *raw = lock.get();
        blockedCall = [raw, async] {
            return async ? outcomeOf(raw->acquireAsync(FrozenTimeoutMs))
                         : outcomeOf(raw->acquire(FrozenTimeoutMs), *raw);
        };
        object = std::move(lock);
    } else if (kind.endsWith(QLatin1String("Semaphore"))) {
        auto semaphore = kind == QLatin1String("Semaphore") ? m_manager->Semaphore(1)
                                                            : m_manager->BoundedSemaphore(1);
        SemaphoreProxy *raw = semaphore.get();
        blockedCall = [raw, async] {
            return async ? outcomeOf(raw->acquireAsync(FrozenTimeoutMs))
                         : outcomeOf(raw->acquire(FrozenTimeoutMs), *raw);
        };
        object = std::move(semaphore);
    } else if (kind.startsWith(QLatin1String("Condition"))) {
        auto condition = m_manager->Condition();
        ConditionProxy *raw = condition.get();
        if (kind == QLatin1String("Condition.wait")) {
            QVERIFY(condition->acquire());
            blockedCall = [raw, async] {
                return async ? outcomeOf(raw->waitAsync(FrozenTimeoutMs))
                             : outcomeOf(raw->wait(FrozenTimeoutMs), *raw);
            };
        } else {
            blockedCall = [raw, async] {
                return async ? outcomeOf(raw->acquireAsync(FrozenTimeoutMs))
                             : outcomeOf(raw->acquire(FrozenTimeoutMs), *raw);
            };
        }
        object = std::move(condition);
    } else if (kind.startsWith(QLatin1String("Queue"))) {
        auto queue = m_manager->Queue();
        QueueProxy *raw = queue.get();
        if (kind == QLatin1String("Queue.get")) {
            QVERIFY(queue->put(item));
            QVERIFY(queue->put(QStringLiteral("second")));
            blockedCall = [raw, async] {
                if (async)
                    return outcomeOf(raw->getAsync(FrozenTimeoutMs));
                const Reply got = raw->get(FrozenTimeoutMs);
                return Outcome { got.isValid(), got.error(), got.errorString(), 0 };
            };
        } else {
            blockedCall = [raw, async, item] {
                return async ? outcomeOf(raw->putAsync(item, FrozenTimeoutMs))
                             : outcomeOf(raw->put(item, FrozenTimeoutMs), *raw);
            };
        }
        object = std::move(queue);
    } else {
        auto event = m_manager->Event();
        EventProxy *raw = event.get();
        blockedCall = [raw, async] {
            return async ? outcomeOf(raw->waitAsync(FrozenTimeoutMs))
                         : outcomeOf(raw->wait(FrozenTimeoutMs), *raw);
        };
        object = std::move(event);
    }
    QVERIFY2(object, qPrintable(m_manager->errorString()));

    QVERIFY(freezeServer());
    auto thaw = qScopeGuard([this] { thawServer(); });
    const Outcome outcome = timed(blockedCall);
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.error, Error::ServerNotResponding);
    QVERIFY2(outcome.message.contains(QLatin1String("grace")), qPrintable(outcome.message));
    QVERIFY2(outcome.elapsedMs >= FrozenTimeoutMs && outcome.elapsedMs < FrozenBoundMs,
             qPrintable(QStringLiteral("ended after %1 ms").arg(outcome.elapsedMs)));
    thaw.dismiss();
    QVERIFY(thawServer());

    // This client's next call is read after the blocked call and its Cancel, and before
    // anything the client sends about a late answer: it sees what the late grant did.
    if (auto *lock = qobject_cast<LockProxy *>(object.get())) {
        QVERIFY2(lock->isLocked(), "the server did not grant the acquire late");
        auto same = sameObject<LockProxy>(*other, *lock);
        QVERIFY(same);
        // Released by this client, which never knew it held it.
        auto acquired = acquiresOnce(same.get());
        QTRY_VERIFY(acquired());
        QVERIFY(same->release());
    } else if (auto *semaphore = qobject_cast<SemaphoreProxy *>(object.get())) {
        QCOMPARE(semaphore->value(), 0);
        auto same = sameObject<SemaphoreProxy>(*other, *semaphore);
        QVERIFY(same);
        auto acquired = acquiresOnce(same.get());
        QTRY_VERIFY(acquired());
        QVERIFY(same->release());
    } else if (auto *condition = qobject_cast<ConditionProxy *>(object.get())) {
        auto same = sameObject<ConditionProxy>(*other, *condition);
        QVERIFY(same);
        if (kind == QLatin1String("Condition.acquire")) {
            QVERIFY2(!same->acquire(0), "the server did not grant the acquire late");
            auto acquired = acquiresOnce(same.get());
            QTRY_VERIFY(acquired());
        } else {
            // The wait was read, then cancelled before its timeout: it gave up the lock and
            // never took it back, as its failure says.
            QVERIFY(same->acquire(0));
        }
        QVERIFY(same->release());
    } else if (auto *queue = qobject_cast<QueueProxy *>(object.get())) {
        auto same = sameObject<QueueProxy>(*other, *queue);
        QVERIFY(same);
        if (kind == QLatin1String("Queue.get")) {
            QVERIFY2(queue->qsize() == 1, "the server did not hand out the item late");
            // The item comes back, to the front.
            QTRY_COMPARE(queue->qsize(), 2);
            QCOMPARE(same->get(0).value().toString(), item);
            QCOMPARE(same->get(0).value().toString(), QStringLiteral("second"));
        } else {
            // A late put stays: the item is in the queue, once.
            QCOMPARE(queue->qsize(), 1);
            QCOMPARE(same->get(0).value().toString(), item);
        }
        QCOMPARE(same->qsize(), 0);
    } else {
        auto *event = qobject_cast<EventProxy *>(object.get());
        QVERIFY(event);
        QVERIFY(!event->isSet());
    }
    QTRY_COMPARE(parkedCalls(), 0);
}

// Several gets given up on by one client come back in the order they took their items, ahead
// of the items behind them: the asynchronous twins, whose deadlines expire together.
void tst_SyncPrimitives::lateQueueItemsGoBackInTheirOrder()
{
    auto queue = m_manager->Queue();
    QVERIFY2(queue, qPrintable(m_manager->errorString()));
    for (const char *item : { "a", "b", "c" })
        QVERIFY(queue->put(QString::fromLatin1(item)));
    QVERIFY(freezeServer());
    auto thaw = qScopeGuard([this] { thawServer(); });
    QElapsedTimer clock;
    clock.start();
    PendingReply<QVariant> first = queue->getAsync(FrozenTimeoutMs);
    PendingReply<QVariant> second = queue->getAsync(FrozenTimeoutMs);
    QVERIFY(second.waitForFinished());
    QVERIFY(first.isFinished());
    QVERIFY2(clock.elapsed() < FrozenBoundMs, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(first.error(), Error::ServerNotResponding);
    QCOMPARE(second.error(), Error::ServerNotResponding);
    thaw.dismiss();
    QVERIFY(thawServer());

    QVERIFY2(queue->qsize() == 1, "the server did not hand out the items late");
    QTRY_COMPARE(queue->qsize(), 3);
    auto other = otherClient();
    QVERIFY(other);
    auto same = sameObject<QueueProxy>(*other, *queue);
    QVERIFY(same);
    QStringList order;
    for (int i = 0; i < 3; ++i)
        order.append(same->get(0).value().toString());
    QCOMPARE(order, (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
}

// The server side of a late get: put_back() puts an item at the front, behind the items the
// same client put back before that are still there; a waiting getter gets it at once; it is no
// new task for join(), and it may pass maxsize.
void tst_SyncPrimitives::queuePutBackKeepsEachClientsOrder()
{
    auto queue = m_manager->JoinableQueue(3);
    QVERIFY2(queue, qPrintable(m_manager->errorString()));
    auto other = otherClient();
    QVERIFY(other);
    auto same = sameObject<QueueProxy>(*other, *queue);
    QVERIFY(same);
    const auto putBack = [](QueueProxy &from, const char *item) {
        return from.callMethod(QStringLiteral("put_back"), { QString::fromLatin1(item) }).isValid();
    };
    QVERIFY(queue->put(QStringLiteral("x")));
    QVERIFY(queue->put(QStringLiteral("y")));
    QVERIFY(queue->put(QStringLiteral("z")));
    QVERIFY(queue->full());
    QVERIFY(putBack(*queue, "a1"));
    QVERIFY(putBack(*same, "b1"));
    QVERIFY(putBack(*queue, "a2"));
    QCOMPARE(queue->qsize(), 6);
    QStringList order;
    for (int i = 0; i < 6; ++i)
        order.append(queue->get(0).value().toString());
    QCOMPARE(order, (QStringList { QStringLiteral("b1"), QStringLiteral("a1"), QStringLiteral("a2"),
                                   QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z") }));
    // Three tasks were put, three are done: join() does not wait for the items put back.
    for (int i = 0; i < 3; ++i)
        QVERIFY(queue->taskDone());
    QVERIFY(queue->join(0));
    // A getter waiting on the empty queue gets an item put back at once.
    PendingReply<QVariant> waiting = same->getAsync();
    QTRY_COMPARE(parkedCalls(), 1);
    QVERIFY(putBack(*queue, "back"));
    QVERIFY(waiting.waitForFinished());
    QCOMPARE(waiting.value().toString(), QStringLiteral("back"));
    QCOMPARE(queue->qsize(), 0);
}

// A wait given up on takes the lock back late with all the holds it gave up (here an RLock held
// twice): exactly those go back, not a hold the caller took since.
void tst_SyncPrimitives::lateConditionWaitGivesBackItsHoldsOnly()
{
    auto condition = m_manager->Condition();
    QVERIFY2(condition, qPrintable(m_manager->errorString()));
    QVERIFY(condition->acquire());
    QVERIFY(condition->acquire());
    QVERIFY(freezeServer());
    auto thaw = qScopeGuard([this] { thawServer(); });
    // A wait with timeout 0 gives the lock up and takes it back at once, once the server reads it.
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!condition->wait(0));
    QVERIFY2(clock.elapsed() < FrozenBoundMs, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(condition->lastError(), Error::ServerNotResponding);
    // The caller does not hold the lock now; it takes it again, once, behind the wait.
    PendingReply<bool> again = condition->acquireAsync();
    thaw.dismiss();
    QVERIFY(thawServer());
    QVERIFY(again.waitForFinished());
    QVERIFY(again.value());

    auto other = otherClient();
    QVERIFY(other);
    auto same = sameObject<ConditionProxy>(*other, *condition);
    QVERIFY(same);
    // Held once, by this client: the late wait's two holds went back, the new one stayed.
    QVERIFY(!same->acquire(0));
    QVERIFY(condition->release());
    auto acquired = acquiresOnce(same.get());
    QTRY_VERIFY(acquired());
    QVERIFY(same->release());
    QVERIFY(!condition->release()); // nothing more was held
    QCOMPARE(condition->lastError(), Error::NotOwner);
}

// A Barrier.wait given up on that passes the barrier late cannot be undone: the other party
// went on. The barrier is broken instead, so that the parties' next wait fails loudly rather
// than pairing up rounds out of step.
void tst_SyncPrimitives::lateBarrierPassBreaksTheBarrier()
{
    auto barrier = m_manager->Barrier(2);
    QVERIFY2(barrier, qPrintable(m_manager->errorString()));
    auto party = startWorker(QStringLiteral("barrier-wait"), { barrier->token().toString(), QStringLiteral("-1") });
    QVERIFY2(party->waitFor(QStringLiteral("WAITING")), qPrintable(party->log()));
    QTRY_COMPARE_WITH_TIMEOUT(barrier->waitingCount(), 1, 20000);
    QVERIFY(freezeServer());
    auto thaw = qScopeGuard([this] { thawServer(); });
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(barrier->wait(FrozenTimeoutMs), -1);
    QVERIFY2(clock.elapsed() < FrozenBoundMs, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(barrier->lastError(), Error::ServerNotResponding);
    thaw.dismiss();
    QVERIFY(thawServer());
    // The other party passed with this client's late arrival...
    QCOMPARE(party->waitForLine(QStringLiteral("INDEX ")), QStringLiteral("0"));
    // ... and the barrier is broken for the next round.
    QTRY_VERIFY(barrier->isBroken());
    QCOMPARE(barrier->wait(0), -1);
    QCOMPARE(barrier->lastError(), Error::BrokenBarrier);
}

QTEST_GUILESS_MAIN(tst_SyncPrimitives)

#include "tst_syncprimitives.moc"
