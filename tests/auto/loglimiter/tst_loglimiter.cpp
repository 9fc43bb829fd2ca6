// SPDX-License-Identifier: BSD-3-Clause
// The token bucket that keeps clients from flooding the server's log, on a clock of its own.

#include <libmanager/server/loglimiter_p.h>

#include <QtTest/qtest.h>

using namespace LibManager;

class tst_LogLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstThenRate();
    void suppressedAreCountedOnce();
    void clockGoingBackIsHarmless();
};

void tst_LogLimiter::burstThenRate()
{
    LogLimiter limiter(3, 2);
    qint64 suppressed = -1;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(limiter.allowAt(1000, &suppressed));
        QCOMPARE(suppressed, 0);
    }
    QVERIFY(!limiter.allowAt(1000, &suppressed));
    QVERIFY(!limiter.allowAt(1499, &suppressed)); // 2 a second: one every 500 ms
    QVERIFY(limiter.allowAt(1500, &suppressed));
    QVERIFY(!limiter.allowAt(1500, &suppressed));
    // A long quiet spell refills only up to the burst.
    int allowed = 0;
    for (int i = 0; i < 10; ++i)
        allowed += limiter.allowAt(100000, &suppressed) ? 1 : 0;
    QCOMPARE(allowed, 3);
}

void tst_LogLimiter::suppressedAreCountedOnce()
{
    LogLimiter limiter(1, 1);
    qint64 suppressed = -1;
    QVERIFY(limiter.allowAt(0, &suppressed));
    for (int i = 0; i < 500; ++i)
        QVERIFY(!limiter.allowAt(10, &suppressed));
    QVERIFY(limiter.allowAt(1010, &suppressed));
    QCOMPARE(suppressed, 500);
    QVERIFY(limiter.allowAt(2010, &suppressed));
    QCOMPARE(suppressed, 0);
}

void tst_LogLimiter::clockGoingBackIsHarmless()
{
    LogLimiter limiter(2, 1);
    qint64 suppressed = 0;
    QVERIFY(limiter.allowAt(5000, &suppressed));
    QVERIFY(limiter.allowAt(5000, &suppressed));
    QVERIFY(!limiter.allowAt(1000, &suppressed)); // no refill from an earlier time
    QVERIFY(!limiter.allowAt(5999, &suppressed));
    QVERIFY(limiter.allowAt(6000, &suppressed));
    QCOMPARE(suppressed, 2);
}

QTEST_APPLESS_MAIN(tst_LogLimiter)
#include "tst_loglimiter.moc"
