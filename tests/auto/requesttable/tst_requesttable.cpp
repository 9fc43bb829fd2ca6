// SPDX-License-Identifier: BSD-3-Clause
// The client's table of requests waiting for answers: a ring by request id, with a hash table
// on the side for requests that wait long. Checked against a plain QHash doing the same thing.
#include <libmanager/client/requesttable_p.h>

#include <QtCore/qhash.h>
#include <QtCore/qrandom.h>
#include <QtTest/qtest.h>

#include <algorithm>
#include <memory>

using LibManager::RequestTable;
using Table = RequestTable<std::shared_ptr<quint32>>;

namespace {

std::shared_ptr<quint32> entry(quint32 id)
{
    return std::make_shared<quint32>(id);
}

// Takes \a id from both and checks they agree.
bool takeBoth(Table &table, QHash<quint32, std::shared_ptr<quint32>> &model, quint32 id)
{
    const auto got = table.take(id);
    const auto expected = model.take(id);
    if (bool(got) != bool(expected))
        return false;
    return !got || *got == id;
}

} // namespace

class tst_RequestTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyTable();
    void inOrder();
    void outOfOrder();
    void longWaiterGoesToTheSide();
    void burstGrowsThenShrinks();
    void idsWrapAround();
    void takeAll();
    void randomAgainstQHash();
};

void tst_RequestTable::emptyTable()
{
    Table table;
    QVERIFY(table.isEmpty());
    QVERIFY(!table.take(1));
    QVERIFY(!table.contains(1));
    QVERIFY(table.takeAll().empty());
}

void tst_RequestTable::inOrder()
{
    Table table;
    for (quint32 id = 1; id <= 10000; ++id) {
        table.insert(id, entry(id));
        QVERIFY(table.contains(id));
        if (id > 8) {
            const auto got = table.take(id - 8);
            QVERIFY(got);
            QCOMPARE(*got, id - 8);
            QVERIFY(!table.contains(id - 8));
        }
    }
    QCOMPARE(table.size(), 8);
    // Eight in flight at a time: the ring never grew, nothing went to the side.
    QCOMPARE(table.ringSize(), Table::MinRing);
    QCOMPARE(table.overflowSize(), 0);
}

void tst_RequestTable::outOfOrder()
{
    Table table;
    for (quint32 id = 1; id <= 40; ++id)
        table.insert(id, entry(id));
    for (quint32 id = 40; id >= 1; id -= 2)
        QCOMPARE(*table.take(id), id);
    QVERIFY(!table.take(40)); // taken already
    QCOMPARE(table.size(), 20);
    for (quint32 id = 1; id <= 39; id += 2)
        QCOMPARE(*table.take(id), id);
    QVERIFY(table.isEmpty());
}

void tst_RequestTable::longWaiterGoesToTheSide()
{
    // One call parked on the server while 100,000 others come and go, two at a time: its slot
    // comes round again and again, but the ring stays small and the call is still found.
    Table table;
    table.insert(7, entry(7));
    for (quint32 id = 8; id < 100008; ++id) {
        table.insert(id, entry(id));
        if (id > 8)
            QCOMPARE(*table.take(id - 1), id - 1);
    }
    QCOMPARE(table.ringSize(), Table::MinRing);
    QCOMPARE(table.overflowSize(), 1);
    QVERIFY(table.contains(7));
    QCOMPARE(*table.take(7), 7u);
    QVERIFY(!table.contains(7));
    QCOMPARE(table.size(), 1);
}

void tst_RequestTable::burstGrowsThenShrinks()
{
    Table table;
    const quint32 n = 100000;
    for (quint32 id = 1; id <= n; ++id)
        table.insert(id, entry(id));
    QCOMPARE(table.size(), qsizetype(n));
    QVERIFY(table.ringSize() >= qsizetype(n));
    QCOMPARE(table.overflowSize(), 0); // it grew instead
    for (quint32 id = 1; id <= n; ++id) {
        const auto got = table.take(id);
        QVERIFY(got);
        QCOMPARE(*got, id);
    }
    QVERIFY(table.isEmpty());
    QCOMPARE(table.ringSize(), Table::MinRing); // the memory went back
}

void tst_RequestTable::idsWrapAround()
{
    Table table;
    quint32 id = 0xFFFFFFF0u;
    for (int i = 0; i < 64; ++i, ++id) {
        if (id == 0)
            ++id; // the client never hands out 0
        table.insert(id, entry(id));
    }
    QCOMPARE(table.size(), 64);
    id = 0xFFFFFFF0u;
    for (int i = 0; i < 64; ++i, ++id) {
        if (id == 0)
            ++id;
        const auto got = table.take(id);
        QVERIFY2(got, qPrintable(QString::number(id)));
        QCOMPARE(*got, id);
    }
    QVERIFY(table.isEmpty());
}

void tst_RequestTable::takeAll()
{
    Table table;
    table.insert(3, entry(3));
    for (quint32 id = 4; id < 3 + 2 * Table::MinRing; ++id) {
        table.insert(id, entry(id));
        table.take(id);
    }
    for (quint32 id = 1000; id < 1010; ++id)
        table.insert(id, entry(id));
    QCOMPARE(table.overflowSize(), 1); // 3 went to the side
    std::vector<std::shared_ptr<quint32>> all = table.takeAll();
    QList<quint32> ids;
    for (const auto &value : all)
        ids.append(*value);
    std::sort(ids.begin(), ids.end());
    QList<quint32> expected { 3 };
    for (quint32 id = 1000; id < 1010; ++id)
        expected.append(id);
    QCOMPARE(ids, expected);
    QVERIFY(table.isEmpty());
    QVERIFY(!table.contains(3));
    table.insert(5, entry(5)); // usable again
    QCOMPARE(*table.take(5), 5u);
}

void tst_RequestTable::randomAgainstQHash()
{
    // Calls that are answered after a random number of later calls, some of them very late.
    QRandomGenerator random(20261125);
    Table table;
    QHash<quint32, std::shared_ptr<quint32>> model;
    QList<quint32> live;
    quint32 next = 1;
    for (int step = 0; step < 200000; ++step) {
        const bool add = live.isEmpty() || random.bounded(100) < (live.size() < 300 ? 55 : 45);
        if (add) {
            table.insert(next, entry(next));
            model.insert(next, entry(next));
            live.append(next++);
        } else {
            // Mostly the oldest few, sometimes anything.
            const qsizetype at = random.bounded(100) < 90 ? random.bounded(qMin<qsizetype>(live.size(), 4))
                                                          : random.bounded(live.size());
            const quint32 id = live.takeAt(at);
            QVERIFY2(takeBoth(table, model, id), qPrintable(QString::number(id)));
        }
        if (step % 997 == 0) {
            QVERIFY(!table.take(next + 5)); // never handed out
            QCOMPARE(table.size(), model.size());
        }
    }
    for (const quint32 id : std::as_const(live))
        QVERIFY(takeBoth(table, model, id));
    QVERIFY(table.isEmpty());
    QVERIFY(model.isEmpty());
}

QTEST_APPLESS_MAIN(tst_RequestTable)
#include "tst_requesttable.moc"
