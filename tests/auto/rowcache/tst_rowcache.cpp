// SPDX-License-Identifier: BSD-3-Clause
// The item models' row cache checked against a plain model: random insertions (known rows and
// unknown ones), removals, pages and trims; every row the cache holds must be the row the
// container has at that position, and the cache holds no more than its limit once trimmed.
#include <libmanager/containermodel_p.h>

#include <QtCore/qrandom.h>
#include <QtTest/qtest.h>

#include <vector>

using namespace LibManager;

class tst_RowCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void basics();
    void randomOperationsKeepPositions_data();
    void randomOperationsKeepPositions();
    void leastRecentlyUsedGoesFirst();
    void versionsOfMovedRows();
};

namespace {

ModelRow rowOf(int value)
{
    return ModelRow { QVariant(), value, quint64(value), {}, 0 };
}

QList<ModelRow> rowsOf(const std::vector<int> &values, size_t from, size_t count)
{
    QList<ModelRow> rows;
    for (size_t i = from; i < from + count && i < values.size(); ++i)
        rows.append(rowOf(values[i]));
    return rows;
}

} // namespace

void tst_RowCache::basics()
{
    RowCache cache;
    cache.setPageSize(4);
    cache.setLimit(100);
    cache.fill(10, rowsOf({ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 }, 10, 4));
    QCOMPARE(cache.size(), 4);
    QVERIFY(!cache.row(9));
    QCOMPARE(cache.row(10)->value.toInt(), 10);
    QCOMPARE(cache.row(13)->value.toInt(), 13);
    // Unknown rows inserted inside split the run; known ones join it.
    cache.insert(12, 2, nullptr, std::nullopt);
    QVERIFY(!cache.row(12));
    QVERIFY(!cache.row(13));
    QCOMPARE(cache.row(14)->value.toInt(), 12);
    QList<ModelRow> two { rowOf(100), rowOf(101) };
    cache.insert(11, 2, &two, std::nullopt);
    QCOMPARE(cache.row(11)->value.toInt(), 100);
    QCOMPARE(cache.row(13)->value.toInt(), 11);
    QCOMPARE(cache.row(16)->value.toInt(), 12);
    QCOMPARE(cache.size(), 6);
    // A removal across held and unknown rows joins what is left.
    cache.remove(12, 4, std::nullopt); // 101, 11, and the two unknown
    QCOMPARE(cache.row(11)->value.toInt(), 100);
    QCOMPARE(cache.row(12)->value.toInt(), 12);
    QCOMPARE(cache.size(), 4);
    QCOMPARE(cache.findKey(QVariant()), 10); // rows without keys
    cache.clear();
    QCOMPARE(cache.size(), 0);
}

void tst_RowCache::randomOperationsKeepPositions_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("limit");
    QTest::newRow("pages of 1, 2 rows") << 1 << 2;
    QTest::newRow("pages of 5, 12 rows") << 5 << 12;
    QTest::newRow("pages of 16, all rows") << 16 << 100000;
}

void tst_RowCache::randomOperationsKeepPositions()
{
    QFETCH(int, pageSize);
    QFETCH(int, limit);
    QRandomGenerator random(20261201u + uint(pageSize));
    std::vector<int> truth;
    int next = 0;
    for (int i = 0; i < 200; ++i)
        truth.push_back(next++);
    RowCache cache;
    cache.setPageSize(pageSize);
    cache.setLimit(limit);
    for (int step = 0; step < 8000; ++step) {
        const int size = int(truth.size());
        switch (size > 300 ? 3 : random.bounded(6)) { // about 200 rows
        case 0: { // a page
            const int at = random.bounded(size + 1);
            cache.fill(at, rowsOf(truth, size_t(at), size_t(pageSize)));
            break;
        }
        case 1: { // known rows inserted
            const int at = random.bounded(size + 1);
            const int count = 1 + random.bounded(3);
            QList<ModelRow> rows;
            std::vector<int> values;
            for (int i = 0; i < count; ++i) {
                values.push_back(next);
                rows.append(rowOf(next++));
            }
            truth.insert(truth.begin() + at, values.begin(), values.end());
            cache.insert(at, count, &rows, std::nullopt);
            break;
        }
        case 2: { // unknown rows inserted
            const int at = random.bounded(size + 1);
            const int count = 1 + random.bounded(3);
            for (int i = 0; i < count; ++i)
                truth.insert(truth.begin() + at, next++);
            cache.insert(at, count, nullptr, std::nullopt);
            break;
        }
        case 3: { // removed
            if (size == 0)
                break;
            const int at = random.bounded(size);
            const int count = qMin(size - at, 1 + random.bounded(4));
            truth.erase(truth.begin() + at, truth.begin() + at + count);
            cache.remove(at, count, std::nullopt);
            break;
        }
        case 4: { // looked at
            if (size > 0)
                cache.touch(random.bounded(size));
            break;
        }
        default:
            cache.trim();
            QVERIFY(cache.size() <= limit);
            cache.takeDropped();
            break;
        }
        if (truth.size() < 50) // keep it from running dry
            truth.push_back(next++), cache.insert(qint64(truth.size()) - 1, 1, nullptr, std::nullopt);
        qint64 held = 0;
        for (int i = 0; i < int(truth.size()); ++i) {
            if (const ModelRow *row = cache.row(i)) {
                ++held;
                QVERIFY2(row->value.toInt() == truth[size_t(i)],
                         qPrintable(QStringLiteral("step %1: row %2 holds %3, not %4")
                                            .arg(step).arg(i).arg(row->value.toInt()).arg(truth[size_t(i)])));
            }
        }
        QCOMPARE(held, cache.size());
        QVERIFY(!cache.row(qint64(truth.size())));
    }
}

void tst_RowCache::leastRecentlyUsedGoesFirst()
{
    std::vector<int> truth(100);
    for (int i = 0; i < 100; ++i)
        truth[size_t(i)] = i;
    RowCache cache;
    cache.setPageSize(10);
    cache.setLimit(30);
    cache.fill(0, rowsOf(truth, 0, 10));
    cache.fill(50, rowsOf(truth, 50, 10));
    cache.fill(90, rowsOf(truth, 90, 10));
    cache.touch(3); // the first page is the most recent now
    cache.fill(20, rowsOf(truth, 20, 10));
    QCOMPARE(cache.size(), 30);
    QVERIFY(cache.row(3));
    QVERIFY(!cache.row(50)); // the least recently used
    QVERIFY(cache.row(90));
    QVERIFY(cache.row(20));
    const auto dropped = cache.takeDropped();
    QCOMPARE(dropped.size(), size_t(1));
    QCOMPARE(dropped.front(), std::make_pair(qint64(50), qint64(60)));
    QVERIFY(cache.takeDropped().empty());
}

void tst_RowCache::versionsOfMovedRows()
{
    // A list's items moved by an insertion or removal before them get the version given.
    RowCache cache;
    cache.setLimit(100);
    cache.fill(0, rowsOf({ 0, 1, 2, 3, 4 }, 0, 5));
    QList<ModelRow> one { rowOf(9) };
    cache.insert(2, 1, &one, quint64(77));
    QCOMPARE(cache.row(1)->version, quint64(1));
    QCOMPARE(cache.row(2)->version, quint64(9));
    QCOMPARE(cache.row(3)->version, quint64(77));
    QCOMPARE(cache.row(5)->version, quint64(77));
    cache.remove(0, 1, NoVersion);
    QCOMPARE(cache.row(0)->version, NoVersion);
    QCOMPARE(cache.row(4)->value.toInt(), 4);
}

QTEST_APPLESS_MAIN(tst_RowCache)
#include "tst_rowcache.moc"
