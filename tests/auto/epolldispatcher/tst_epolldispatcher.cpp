// SPDX-License-Identifier: BSD-3-Clause
// The epoll event dispatcher of the server processes: everything an event loop needs from a
// dispatcher (socket notifiers, timers, posted events, deferred deletes, wake-ups from other
// threads), checked with the dispatcher installed before the application, as servers do.

#include <libmanager/platform/epolldispatcher_p.h>

#include <QtCore/qcoreapplication.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qeventloop.h>
#include <QtCore/qpointer.h>
#include <QtCore/qsocketnotifier.h>
#include <QtCore/qthread.h>
#include <QtCore/qtimer.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <memory>
#include <vector>

#include <sys/socket.h>
#include <unistd.h>

using namespace LibManager;

namespace {
// Runs the event loop for \a ms (through a timer of this dispatcher); false if it never
// came back.
bool loopRunsFor(int ms)
{
    QTimer probe;
    probe.setSingleShot(true);
    QSignalSpy probeSpy(&probe, &QTimer::timeout);
    probe.start(ms);
    return probeSpy.wait(ms + 5000);
}
} // namespace

class tst_EpollDispatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isTheApplicationsDispatcher();
    void socketNotifiers();
    void timers();
    void manyTimers();
    void postedEventsAndDeferredDeletes();
    void wakeUpFromAnotherThread();
    void manyDescriptors();
    void directHandlers();
    void loopSignals();
};

void tst_EpollDispatcher::isTheApplicationsDispatcher()
{
    QVERIFY(qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()));
}

void tst_EpollDispatcher::socketNotifiers()
{
    int fds[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, fds), 0);
    QSocketNotifier readable(fds[0], QSocketNotifier::Read);
    QSocketNotifier writable(fds[0], QSocketNotifier::Write);
    QSignalSpy readSpy(&readable, &QSocketNotifier::activated);
    QSignalSpy writeSpy(&writable, &QSocketNotifier::activated);
    // Writable at once; disable it and it stays quiet while the read side works on.
    QTRY_VERIFY(writeSpy.count() > 0);
    writable.setEnabled(false);
    const int before = int(writeSpy.count());
    QCOMPARE(::write(fds[1], "x", 1), 1);
    QTRY_VERIFY(readSpy.count() > 0);
    char byte;
    QCOMPARE(::read(fds[0], &byte, 1), 1);
    QCOMPARE(writeSpy.count(), before);
    // The peer's end of the stream counts as readable.
    readSpy.clear();
    ::close(fds[1]);
    QTRY_VERIFY(readSpy.count() > 0);
    readable.setEnabled(false);
    ::close(fds[0]);
}

void tst_EpollDispatcher::timers()
{
    QElapsedTimer elapsed;
    elapsed.start();
    bool fired = false;
    QTimer::singleShot(50, this, [&fired] { fired = true; });
    QTRY_VERIFY(fired);
    QVERIFY(elapsed.elapsed() >= 45);

    QTimer repeating;
    int ticks = 0;
    connect(&repeating, &QTimer::timeout, this, [&ticks] { ++ticks; });
    repeating.start(10);
    QVERIFY(repeating.remainingTime() >= 0);
    QTRY_VERIFY(ticks >= 5);
    repeating.stop();
    const int stopped = ticks;
    QVERIFY(loopRunsFor(50)); // what must not happen has had its chance
    QCOMPARE(ticks, stopped);

    // A timer that stops itself from its own event.
    QTimer selfStopping;
    int once = 0;
    connect(&selfStopping, &QTimer::timeout, this, [&] {
        ++once;
        selfStopping.stop();
    });
    selfStopping.start(5);
    QTRY_COMPARE(once, 1);
}

// Thousands of timers (a server with many parked calls that have timeouts): each fires once,
// not before its time, in deadline order; stopped ones never fire; timers stopped from another
// timer's event, and all of an object's timers at once, go.
void tst_EpollDispatcher::manyTimers()
{
    constexpr int Count = 3000;
    std::vector<std::unique_ptr<QTimer>> timers;
    std::vector<int> fired(Count, 0);
    std::vector<qint64> firedAt(Count, -1);
    std::vector<qint64> deadline(Count, 0);
    QList<int> order;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < Count; ++i) {
        auto timer = std::make_unique<QTimer>();
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
        const int interval = 20 + (i * 7919) % 200; // 20..219 ms, in no order
        connect(timer.get(), &QTimer::timeout, this, [&, i] {
            ++fired[size_t(i)];
            firedAt[size_t(i)] = clock.elapsed();
            order.append(i);
        });
        deadline[size_t(i)] = clock.elapsed() + interval;
        timer->start(interval);
        timers.push_back(std::move(timer));
    }
    for (int i = 0; i < Count; i += 3)
        timers[size_t(i)]->stop(); // a third never fire
    QVERIFY(timers[1]->remainingTime() >= 0);
    QCOMPARE(timers[0]->remainingTime(), -1);
    const int expected = Count - (Count + 2) / 3;
    QTRY_COMPARE_WITH_TIMEOUT(int(order.size()), expected, 20000);
    for (int i = 0; i < Count; ++i) {
        if (i % 3 == 0) {
            QCOMPARE(fired[size_t(i)], 0);
            continue;
        }
        QCOMPARE(fired[size_t(i)], 1);
        QVERIFY2(firedAt[size_t(i)] >= deadline[size_t(i)] - 1, qPrintable(QString::number(i)));
    }
    // In deadline order (to the millisecond the clock counts in).
    for (qsizetype k = 1; k < order.size(); ++k) {
        QVERIFY2(deadline[size_t(order[k - 1])] <= deadline[size_t(order[k])] + 1,
                 "a later deadline fired before an earlier one");
    }

    // An object's own timers (QObject::startTimer()), all dropped when it goes, while other
    // timers stay; and a timer stopped by another one's event.
    class Ticker : public QObject
    {
    public:
        int ticks = 0;
    protected:
        void timerEvent(QTimerEvent *) override { ++ticks; }
    };
    auto ticker = std::make_unique<Ticker>();
    for (int i = 0; i < 50; ++i)
        ticker->startTimer(5 + i);
    QTimer survivor;
    QTimer victim;
    int victimTicks = 0;
    connect(&victim, &QTimer::timeout, this, [&victimTicks] { ++victimTicks; });
    connect(&survivor, &QTimer::timeout, this, [&victim] { victim.stop(); });
    victim.start(1000);
    survivor.setSingleShot(true);
    survivor.start(5);
    QTRY_VERIFY(ticker->ticks >= 50);
    ticker.reset();
    QTRY_VERIFY(!victim.isActive());
    QVERIFY(loopRunsFor(1100)); // what must not happen has had its chance
    QCOMPARE(victimTicks, 0);
}

void tst_EpollDispatcher::postedEventsAndDeferredDeletes()
{
    bool called = false;
    QMetaObject::invokeMethod(this, [&called] { called = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(called);
    QPointer<QObject> doomed = new QObject;
    doomed->deleteLater();
    QTRY_VERIFY(!doomed);
}

void tst_EpollDispatcher::wakeUpFromAnotherThread()
{
    bool called = false;
    std::unique_ptr<QThread> thread(QThread::create([this, &called] {
        QMetaObject::invokeMethod(this, [&called] { called = true; }, Qt::QueuedConnection);
    }));
    thread->start();
    QVERIFY(thread->wait(5000));
    // The main loop is blocked in epoll_wait with no timer due: only the wake-up gets it out.
    QTRY_VERIFY_WITH_TIMEOUT(called, 5000);
}

void tst_EpollDispatcher::manyDescriptors()
{
    constexpr int Pairs = 300;
    std::vector<std::array<int, 2>> pairs(Pairs);
    std::vector<std::unique_ptr<QSocketNotifier>> notifiers;
    int activated = 0;
    for (auto &pair : pairs) {
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, pair.data()), 0);
        notifiers.push_back(std::make_unique<QSocketNotifier>(pair[0], QSocketNotifier::Read));
        connect(notifiers.back().get(), &QSocketNotifier::activated, this, [&activated](QSocketDescriptor fd) {
            char byte;
            if (::read(int(fd), &byte, 1) == 1)
                ++activated;
        });
    }
    for (auto &pair : pairs)
        QCOMPARE(::write(pair[1], "x", 1), 1);
    QTRY_COMPARE(activated, Pairs);
    notifiers.clear();
    for (auto &pair : pairs) {
        ::close(pair[0]);
        ::close(pair[1]);
    }
}

namespace {
int directCalls = 0;
void countCall(void *fd)
{
    char byte;
    if (::read(*static_cast<int *>(fd), &byte, 1) == 1)
        ++directCalls;
}
} // namespace

void tst_EpollDispatcher::directHandlers()
{
    auto *dispatcher = qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance());
    QVERIFY(dispatcher);
    int fds[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, fds), 0);
    auto notifier = std::make_unique<QSocketNotifier>(fds[0], QSocketNotifier::Read);
    QSignalSpy signalSpy(notifier.get(), &QSocketNotifier::activated);
    dispatcher->setDirectHandler(notifier.get(), countCall, &fds[0]);
    directCalls = 0;
    QCOMPARE(::write(fds[1], "a", 1), 1);
    QTRY_COMPARE(directCalls, 1);
    QCOMPARE(signalSpy.count(), 0); // the handler instead of the signal
    // Disabled, it is not called; enabled again, it is.
    notifier->setEnabled(false);
    QCOMPARE(::write(fds[1], "b", 1), 1);
    QVERIFY(loopRunsFor(50)); // what must not happen has had its chance
    QCOMPARE(directCalls, 1);
    notifier->setEnabled(true);
    QTRY_COMPARE(directCalls, 2);
    // A new notifier on a reused address gets no stale handler.
    notifier.reset();
    QSocketNotifier plain(fds[0], QSocketNotifier::Read);
    QSignalSpy plainSpy(&plain, &QSocketNotifier::activated);
    QCOMPARE(::write(fds[1], "c", 1), 1);
    QTRY_VERIFY(plainSpy.count() > 0);
    QCOMPARE(directCalls, 2);
    plain.setEnabled(false);
    ::close(fds[0]);
    ::close(fds[1]);
}

// awake() and aboutToBlock() are only emitted while something listens (they cost a
// meta-object call per turn otherwise); listeners get them as from Qt's own dispatchers.
void tst_EpollDispatcher::loopSignals()
{
    auto *dispatcher = QAbstractEventDispatcher::instance();
    int awakes = 0;
    int blocks = 0;
    auto awake = connect(dispatcher, &QAbstractEventDispatcher::awake, this, [&awakes] { ++awakes; });
    auto block = connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, [&blocks] { ++blocks; });
    // A loop that waits (QTest's waits poll without blocking): it blocks until the timer.
    const auto runLoopBriefly = [] {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    };
    runLoopBriefly();
    QVERIFY(blocks > 0);
    QVERIFY(awakes > blocks); // one on entry and one after each wait
    QVERIFY(disconnect(awake));
    QVERIFY(disconnect(block));
    const int awakesBefore = awakes;
    const int blocksBefore = blocks;
    runLoopBriefly();
    QCOMPARE(awakes, awakesBefore);
    QCOMPARE(blocks, blocksBefore);
    // Connected again: emitted again.
    block = connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, [&blocks] { ++blocks; });
    runLoopBriefly();
    QVERIFY(blocks > blocksBefore);
    QVERIFY(disconnect(block));
}

int main(int argc, char *argv[])
{
    QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    tst_EpollDispatcher test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_epolldispatcher.moc"
