// SPDX-License-Identifier: BSD-3-Clause
// The dict's table (insertion order, hash index, order tree) checked against a plain model, and
// the server-side dict's paged, bounded and versioned methods called in process. The same
// methods across processes and transports are in tst_pagedreads.
#include <libmanager/deferred_p.h>
#include <libmanager/standardtypes/dicttable_p.h>
#include <libmanager/standardtypes/pythonrepr_p.h>
#include <libmanager/standardtypes/shareddict_p.h>

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qrandom.h>
#include <QtTest/qtest.h>

#include <vector>

using namespace LibManager;

namespace {

// What the table must hold: keys in insertion order.
struct Model
{
    std::vector<std::pair<int, int>> items;

    qsizetype indexOf(int key) const
    {
        for (size_t i = 0; i < items.size(); ++i) {
            if (items[i].first == key)
                return qsizetype(i);
        }
        return -1;
    }
};

// Every position maps to the model's entry and back, and nextLive() walks the same order.
bool agrees(const DictTable &table, const Model &model, QString *why)
{
    if (table.size() != qsizetype(model.items.size())) {
        *why = QStringLiteral("size %1, model %2").arg(table.size()).arg(model.items.size());
        return false;
    }
    qsizetype slot = table.nextLive(-1);
    for (qsizetype position = 0; position < table.size(); ++position) {
        const qsizetype at = table.slotAt(position);
        if (at != slot) {
            *why = QStringLiteral("slotAt(%1) = %2, walking gives %3").arg(position).arg(at).arg(slot);
            return false;
        }
        if (table.positionOf(at) != position) {
            *why = QStringLiteral("positionOf(%1) = %2, not %3").arg(at).arg(table.positionOf(at)).arg(position);
            return false;
        }
        const DictTable::Entry &entry = table.at(at);
        if (!entry.isLive() || entry.key.value().toInt() != model.items[size_t(position)].first
            || entry.value.toInt() != model.items[size_t(position)].second) {
            *why = QStringLiteral("position %1 holds %2, model %3")
                       .arg(position)
                       .arg(entry.key.value().toInt())
                       .arg(model.items[size_t(position)].first);
            return false;
        }
        if (table.find(DictKey(QVariant(model.items[size_t(position)].first))) != at) {
            *why = QStringLiteral("find(%1) is not slot %2").arg(model.items[size_t(position)].first).arg(at);
            return false;
        }
        slot = table.nextLive(slot);
    }
    if (slot != table.slotEnd()) {
        *why = QStringLiteral("walk ends at %1, not %2").arg(slot).arg(table.slotEnd());
        return false;
    }
    return true;
}

// A parked call's answer, once given (the call is not bound to a connection here, so the
// answer is kept in its state).
bool isAnswered(const Reply &parked)
{
    return parked.value().value<Deferred>().state()->hasEarlyAnswer;
}

Reply answerOf(const Reply &parked)
{
    return parked.value().value<Deferred>().state()->earlyAnswer;
}

bool isParked(const Reply &reply)
{
    return reply.isValid() && reply.value().metaType() == QMetaType::fromType<Deferred>();
}

// A dict with "k0".."k<n-1>" -> 0..n-1.
std::unique_ptr<SharedDict> numberedDict(int n)
{
    auto dict = std::make_unique<SharedDict>();
    QVariantList pairs;
    pairs.reserve(n);
    for (int i = 0; i < n; ++i)
        pairs.append(QVariant(QVariantList { QStringLiteral("k%1").arg(i), i }));
    dict->update(pairs);
    return dict;
}

// A call by connection \a caller, as the server makes it.
Reply call(StandardObject &object, quint64 caller, QByteArrayView method, const QVariantList &args)
{
    return object.call(Caller { caller }, MethodName(method), args);
}

QVariantMap mapOf(const Reply &reply)
{
    return reply.value().toMap();
}

} // namespace

class tst_DictTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomOperationsAgreeWithAModel_data();
    void randomOperationsAgreeWithAModel();
    void removingFromTheFrontCompacts();
    void compactionWaitsWhileHeld();
    void pagesAreLogarithmic();

    void itemsRange();
    void previewStopsEarly();
    void previewOfSmallContainersIsTheRepr();
    void versionsCountChanges();
    void setIfAndExchange();
    void valueInfoAndGetRange();
    void findInOneCall();
    void findInSlicesOnAMillion();
    void findRejectsBadArguments();
};

void tst_DictTable::randomOperationsAgreeWithAModel_data()
{
    QTest::addColumn<int>("keys");
    QTest::addColumn<int>("operations");
    QTest::addColumn<int>("removePercent");
    QTest::newRow("few keys, churn") << 20 << 5000 << 50;
    QTest::newRow("many keys, grow") << 5000 << 20000 << 30;
    QTest::newRow("many keys, shrink") << 3000 << 20000 << 70;
}

void tst_DictTable::randomOperationsAgreeWithAModel()
{
    QFETCH(int, keys);
    QFETCH(int, operations);
    QFETCH(int, removePercent);
    QRandomGenerator random(20240229u + quint32(keys));
    DictTable table;
    Model model;
    for (int i = 0; i < operations; ++i) {
        const int key = int(random.bounded(keys));
        const qsizetype at = model.indexOf(key);
        if (int(random.bounded(100)) < removePercent) {
            const qsizetype slot = table.find(DictKey(QVariant(key)));
            QCOMPARE(slot >= 0, at >= 0);
            if (slot >= 0) {
                const DictTable::Entry taken = table.take(slot);
                QCOMPARE(taken.key.value().toInt(), key);
                model.items.erase(model.items.begin() + at);
            }
        } else if (at >= 0) {
            const qsizetype slot = table.find(DictKey(QVariant(key)));
            QVERIFY(slot >= 0);
            table.at(slot).value = i;
            model.items[size_t(at)].second = i;
        } else {
            table.append(DictKey(QVariant(key)), i, 0);
            model.items.emplace_back(key, i);
        }
        // Positional queries now and then, so that the tree is built and then kept up.
        if (i % 97 == 0 && table.size() > 0)
            table.slotAt(table.size() / 2);
        if (i % 1000 == 0 || i == operations - 1) {
            QString why;
            QVERIFY2(agrees(table, model, &why), qPrintable(QStringLiteral("after %1: %2").arg(i).arg(why)));
        }
    }
}

void tst_DictTable::removingFromTheFrontCompacts()
{
    // Oldest out, newest in: the holes at the front are squeezed out, not kept forever.
    DictTable table;
    for (int i = 0; i < 1000; ++i)
        table.append(DictKey(QVariant(i)), i, 0);
    for (int i = 0; i < 100000; ++i) {
        table.take(table.slotAt(0));
        table.append(DictKey(QVariant(1000 + i)), i, 0);
        QVERIFY2(table.slotEnd() <= 2 * 1000 + 64, qPrintable(QString::number(table.slotEnd())));
    }
    QCOMPARE(table.size(), 1000);
    QCOMPARE(table.at(table.slotAt(0)).key.value().toInt(), 100000);
    QCOMPARE(table.positionOf(table.find(DictKey(QVariant(100999)))), 999);
}

void tst_DictTable::compactionWaitsWhileHeld()
{
    DictTable table;
    for (int i = 0; i < 1000; ++i)
        table.append(DictKey(QVariant(i)), i, 0);
    table.setCompactionHeld(true);
    const qsizetype last = table.find(DictKey(QVariant(999)));
    for (int i = 0; i < 900; ++i)
        table.take(table.find(DictKey(QVariant(i))));
    // Slots did not move while held.
    QCOMPARE(table.find(DictKey(QVariant(999))), last);
    QCOMPARE(table.positionOf(last), 99);
    table.setCompactionHeld(false);
    QCOMPARE(table.slotEnd(), 100);
    QCOMPARE(table.positionOf(table.find(DictKey(QVariant(999)))), 99);
}

void tst_DictTable::pagesAreLogarithmic()
{
    // A page in the middle of a million entries with holes: the tree answers, no walk.
    DictTable table;
    for (int i = 0; i < 1000000; ++i)
        table.append(DictKey(QVariant(i)), i, 0);
    for (int i = 0; i < 1000000; i += 3)
        table.take(table.find(DictKey(QVariant(i))));
    QElapsedTimer timer;
    timer.start();
    qint64 sum = 0;
    for (int page = 0; page < 1000; ++page) {
        const qsizetype position = (qsizetype(page) * 7919) % (table.size() - 100);
        qsizetype slot = table.slotAt(position);
        for (int i = 0; i < 100; ++i, slot = table.nextLive(slot))
            sum += table.at(slot).value.toInt();
    }
    const qint64 ms = timer.elapsed();
    qInfo("1000 pages of 100 in a 666,666-entry table with 333,334 holes: %lld ms", ms);
    QVERIFY(sum > 0);
    // Each page costs O(log n + 100); a walk from the front would cost ~500 ms per page.
    QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
}

void tst_DictTable::itemsRange()
{
    auto dict = numberedDict(1000);
    for (int i = 0; i < 1000; i += 2)
        QVERIFY(call(*dict, 1, "__delitem__", { QStringLiteral("k%1").arg(i) }).isValid());
    const QVariantMap page = mapOf(call(*dict, 1, "items_range", { 100, 3 }));
    QCOMPARE(page.value(QStringLiteral("length")).toLongLong(), 500);
    QCOMPARE(page.value(QStringLiteral("offset")).toLongLong(), 100);
    QCOMPARE(page.value(QStringLiteral("version")).toULongLong(), dict->version());
    const QVariantList items = page.value(QStringLiteral("items")).toList(); // key, value, ...
    QCOMPARE(items.size(), 6);
    QCOMPARE(items.mid(0, 2), (QVariantList { QStringLiteral("k201"), 201 }));
    QCOMPARE(items.mid(4, 2), (QVariantList { QStringLiteral("k205"), 205 }));
    // From the end, and past it.
    const QVariantList last = mapOf(call(*dict, 1, "items_range", { -2, 10 }))
                                      .value(QStringLiteral("items")).toList();
    QCOMPARE(last.size(), 4);
    QCOMPARE(last.at(2).toString(), QStringLiteral("k999"));
    QVERIFY(mapOf(call(*dict, 1, "items_range", { 600, 10 })).value(QStringLiteral("items")).toList().isEmpty());
    const Reply bad = call(*dict, 1, "items_range", { QStringLiteral("x") });
    QCOMPARE(bad.error(), Error::InvalidArguments);
    QCOMPARE(bad.message(), QStringLiteral("items_range takes (offset, count=100)"));
    // Insertion order survives removal and re-insertion: a key set again goes last.
    call(*dict, 1, "__setitem__", { QStringLiteral("k0"), -1 });
    const QVariantList tail = mapOf(call(*dict, 1, "items_range", { -1, 1 }))
                                      .value(QStringLiteral("items")).toList();
    QCOMPARE(tail, (QVariantList { QStringLiteral("k0"), -1 }));
    QVERIFY(dict->toString().endsWith(QLatin1String("'k999': 999, 'k0': -1}")));
}

void tst_DictTable::previewStopsEarly()
{
    auto dict = numberedDict(1000000);
    QElapsedTimer timer;
    timer.start();
    QString preview;
    for (int i = 0; i < 100; ++i)
        preview = dict->preview(40);
    const qint64 us = timer.nsecsElapsed() / 1000 / 100;
    QCOMPARE(preview, QStringLiteral("{'k0': 0, 'k1': 1, 'k2': 2, 'k3': 3, \u2026 (1,000,000 items)}"));
    qInfo("preview of a 1,000,000-entry dict: %lld us (mean of 100)", us);
    // Formatting everything takes seconds.
    QVERIFY2(us < 5000, qPrintable(QString::number(us)));
    // A first item too long for the preview is cut, not dropped.
    SharedDict big;
    call(big, 1, "__setitem__", { QStringLiteral("big"), QString(50 * 1024 * 1024, QLatin1Char('a')) });
    timer.restart();
    QCOMPARE(big.preview(20), QStringLiteral("{'big': 'aaaaaaaaaaa\u2026 (1 item)}"));
    QVERIFY2(timer.elapsed() < 20, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(groupedNumber(0), QStringLiteral("0"));
    QCOMPARE(groupedNumber(999), QStringLiteral("999"));
    QCOMPARE(groupedNumber(-1234567), QStringLiteral("-1,234,567"));
}

void tst_DictTable::previewOfSmallContainersIsTheRepr()
{
    auto dict = numberedDict(3);
    QCOMPARE(dict->preview(200), dict->toString());
    QCOMPARE(dict->preview(200), QStringLiteral("{'k0': 0, 'k1': 1, 'k2': 2}"));
    // The same writer as pythonRepr(): nothing differs when nothing is cut.
    const QVariant nested = QVariantList { 1, QStringLiteral("it's"), QByteArray("\x01\n"),
                                           QVariantMap { { QStringLiteral("x"), 1.5 } }, QVariant() };
    QString out;
    QVERIFY(appendPythonRepr(out, nested, 1000));
    QCOMPARE(out, pythonRepr(nested));
    QCOMPARE(out, QStringLiteral("[1, \"it's\", b'\\x01\\n', {'x': 1.5}, None]"));
    out.clear();
    QVERIFY(!appendPythonRepr(out, nested, 5));
    QCOMPARE(out, QStringLiteral("[1, '")); // quotes chosen from what is shown
}

void tst_DictTable::versionsCountChanges()
{
    SharedDict dict;
    QCOMPARE(dict.version(), 0u);
    call(dict, 7, "__setitem__", { QStringLiteral("a"), 1 });
    QCOMPARE(dict.version(), 1u);
    QCOMPARE(dict.lastOrigin(), 7u);
    QVERIFY(qAbs(dict.lastChangedAt() - QDateTime::currentMSecsSinceEpoch()) < 1000);
    call(dict, 8, "__getitem__", { QStringLiteral("a") });
    call(dict, 8, "items_range", { 0, 10 });
    QCOMPARE(dict.version(), 1u); // reads change nothing
    QCOMPARE(dict.lastOrigin(), 7u);
    call(dict, 8, "__setitem__", { QStringLiteral("a"), 2 });
    call(dict, 8, "pop", { QStringLiteral("a") });
    QCOMPARE(dict.version(), 3u);
    QCOMPARE(dict.lastOrigin(), 8u);
    call(dict, 9, "update", { QVariantMap { { QStringLiteral("x"), 1 }, { QStringLiteral("y"), 2 } } });
    QCOMPARE(dict.version(), 5u); // one per entry
    call(dict, 9, "clear", {});
    QCOMPARE(dict.version(), 6u);
    // A failed change is no change.
    call(dict, 9, "__setitem__", { QVariantList { 1 }, 1 });
    QCOMPARE(dict.version(), 6u);
}

void tst_DictTable::setIfAndExchange()
{
    SharedDict dict;
    call(dict, 1, "update", { QVariantMap { { QStringLiteral("a"), 1 }, { QStringLiteral("b"), 2 } } });
    const quint64 seen = dict.version();
    // Another client changes b: an edit of a, based on what was seen, still goes through.
    call(dict, 2, "__setitem__", { QStringLiteral("b"), 20 });
    QVariantMap result = mapOf(call(dict, 1, "set_if", { QStringLiteral("a"), 10, seen }));
    QVERIFY(result.value(QStringLiteral("ok")).toBool());
    QCOMPARE(result.value(QStringLiteral("version")).toULongLong(), dict.version());
    // An edit of b based on the same version conflicts, and says what b is now.
    result = mapOf(call(dict, 1, "set_if", { QStringLiteral("b"), 30, seen }));
    QVERIFY(!result.value(QStringLiteral("ok")).toBool());
    QVERIFY(result.value(QStringLiteral("found")).toBool());
    QCOMPARE(result.value(QStringLiteral("current")), QVariant(20));
    QCOMPARE(result.value(QStringLiteral("entryVersion")).toULongLong(), seen + 1);
    QCOMPARE(call(dict, 1, "__getitem__", { QStringLiteral("b") }).value(), QVariant(20));
    // 0: only if absent.
    QVERIFY(!mapOf(call(dict, 1, "set_if", { QStringLiteral("a"), 0, 0 })).value(QStringLiteral("ok")).toBool());
    QVERIFY(mapOf(call(dict, 1, "set_if", { QStringLiteral("c"), 3, 0 })).value(QStringLiteral("ok")).toBool());
    // A key removed after the version seen: recreating it conflicts.
    const quint64 beforeRemoval = dict.version();
    call(dict, 2, "__delitem__", { QStringLiteral("c") });
    result = mapOf(call(dict, 1, "set_if", { QStringLiteral("c"), 4, beforeRemoval }));
    QVERIFY(!result.value(QStringLiteral("ok")).toBool());
    QVERIFY(!result.value(QStringLiteral("found")).toBool());
    QVERIFY(!result.contains(QStringLiteral("current")));
    QVERIFY(mapOf(call(dict, 1, "set_if", { QStringLiteral("c"), 4, dict.version() })).value(QStringLiteral("ok")).toBool());

    result = mapOf(call(dict, 1, "exchange", { QStringLiteral("a"), 100 }));
    QVERIFY(result.value(QStringLiteral("found")).toBool());
    QCOMPARE(result.value(QStringLiteral("previous")), QVariant(10));
    result = mapOf(call(dict, 1, "exchange", { QStringLiteral("new"), 1 }));
    QVERIFY(!result.value(QStringLiteral("found")).toBool());
    QCOMPARE(call(dict, 1, "__getitem__", { QStringLiteral("new") }).value(), QVariant(1));
    QCOMPARE(call(dict, 1, "set_if", { QStringLiteral("a"), 1 }).error(), Error::InvalidArguments);
}

void tst_DictTable::valueInfoAndGetRange()
{
    SharedDict dict;
    const QByteArray big(50 * 1024 * 1024, 'x');
    call(dict, 1, "__setitem__", { QStringLiteral("blob"), big });
    call(dict, 1, "__setitem__", { QStringLiteral("list"), QVariantList { 1, 2, 3 } });
    QElapsedTimer timer;
    timer.start();
    QVariantMap info = mapOf(call(dict, 1, "value_info", { QStringLiteral("blob"), 10 }));
    QVERIFY2(timer.elapsed() < 20, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(info.value(QStringLiteral("type")).toString(), QStringLiteral("bytes"));
    QCOMPARE(info.value(QStringLiteral("size")).toLongLong(), big.size());
    QVERIFY(info.value(QStringLiteral("bytes")).toLongLong() >= big.size());
    QCOMPARE(info.value(QStringLiteral("preview")).toString(), QStringLiteral("b'xxxxxxxx\u2026"));
    info = mapOf(call(dict, 1, "value_info", { QStringLiteral("list") }));
    QCOMPARE(info.value(QStringLiteral("type")).toString(), QStringLiteral("list"));
    QCOMPARE(info.value(QStringLiteral("size")).toLongLong(), 3);
    QCOMPARE(info.value(QStringLiteral("preview")).toString(), QStringLiteral("[1, 2, 3]"));
    QCOMPARE(call(dict, 1, "value_info", { QStringLiteral("nope") }).error(), Error::KeyError);

    const QVariantMap range = mapOf(call(dict, 1, "get_range", { QStringLiteral("blob"), big.size() - 3, 10 }));
    QCOMPARE(range.value(QStringLiteral("data")).toByteArray(), QByteArray("xxx"));
    QCOMPARE(range.value(QStringLiteral("size")).toLongLong(), big.size());
    const Reply wrongType = call(dict, 1, "get_range", { QStringLiteral("list"), 0, 1 });
    QCOMPARE(wrongType.error(), Error::TypeError);
    QCOMPARE(wrongType.message(), QStringLiteral("get_range() reads strings and bytes, not 'list'"));
}

void tst_DictTable::findInOneCall()
{
    auto dict = numberedDict(100);
    call(*dict, 1, "__setitem__", { QStringLiteral("other"), QStringLiteral("has k5 inside") });
    QVariantMap result = mapOf(call(*dict, 1, "find", { QStringLiteral("k5") }));
    QVariantList matches = result.value(QStringLiteral("matches")).toList();
    // k5, k50..k59, and "other" by its value.
    QCOMPARE(matches.size(), 12);
    QCOMPARE(matches.at(0).toList(), (QVariantList { 5, QStringLiteral("k5"), 1 }));
    QCOMPARE(matches.at(11).toList(), (QVariantList { 100, QStringLiteral("other"), 2 }));
    QVERIFY(result.value(QStringLiteral("atEnd")).toBool());
    QCOMPARE(result.value(QStringLiteral("scanned")).toLongLong(), 101);
    // Values are matched by their repr: 5, 50..59.
    result = mapOf(call(*dict, 1, "find", { QStringLiteral("^5\\d?$"), QStringLiteral("regex"), QStringLiteral("values") }));
    QCOMPARE(result.value(QStringLiteral("matches")).toList().size(), 11);
    // A glob matches the whole text.
    result = mapOf(call(*dict, 1, "find", { QStringLiteral("k?"), QStringLiteral("glob"), QStringLiteral("keys") }));
    QCOMPARE(result.value(QStringLiteral("matches")).toList().size(), 10);
    // A limit, then going on from "next".
    result = mapOf(call(*dict, 1, "find", { QStringLiteral("k"), QStringLiteral("substring"), QStringLiteral("keys"), 0, 30 }));
    QCOMPARE(result.value(QStringLiteral("matches")).toList().size(), 30);
    QVERIFY(!result.value(QStringLiteral("atEnd")).toBool());
    QCOMPARE(result.value(QStringLiteral("next")).toLongLong(), 30);
    result = mapOf(call(*dict, 1, "find", { QStringLiteral("k"), QStringLiteral("substring"), QStringLiteral("keys"), 30, 1000 }));
    QCOMPARE(result.value(QStringLiteral("matches")).toList().size(), 70);
    QCOMPARE(result.value(QStringLiteral("matches")).toList().at(0).toList().at(0).toLongLong(), 30);
    // maxScan: progress a bit at a time.
    result = mapOf(call(*dict, 1, "find", { QStringLiteral("zzz"), QStringLiteral("substring"), QStringLiteral("both"), 0, 10, 25 }));
    QCOMPARE(result.value(QStringLiteral("scanned")).toLongLong(), 25);
    QCOMPARE(result.value(QStringLiteral("next")).toLongLong(), 25);
    QVERIFY(!result.value(QStringLiteral("atEnd")).toBool());
}

void tst_DictTable::findInSlicesOnAMillion()
{
    auto dict = numberedDict(1000000);
    QElapsedTimer timer;
    timer.start();
    const Reply first = call(*dict, 1, "find", { QStringLiteral("k99999[0-9]$"), QStringLiteral("regex"), QStringLiteral("keys") });
    const qint64 firstSliceMs = timer.elapsed();
    QVERIFY2(isParked(first), "a million entries take more than one slice");
    QVERIFY2(firstSliceMs < 50, qPrintable(QString::number(firstSliceMs)));
    // Changes between slices: the answer says so.
    call(*dict, 2, "__setitem__", { QStringLiteral("xk999995"), QStringLiteral("late") });
    QVERIFY(!isAnswered(first));
    QTRY_VERIFY_WITH_TIMEOUT(isAnswered(first), 60000);
    qInfo("find over 1,000,000 keys: %lld ms in slices", timer.elapsed());
    const QVariantMap result = answerOf(first).value().toMap();
    QVERIFY(result.value(QStringLiteral("atEnd")).toBool());
    QCOMPARE(result.value(QStringLiteral("scanned")).toLongLong(), 1000001);
    QCOMPARE(result.value(QStringLiteral("matches")).toList().size(), 11);
    QVERIFY(result.value(QStringLiteral("version")).toULongLong() > result.value(QStringLiteral("startVersion")).toULongLong());
}

void tst_DictTable::findRejectsBadArguments()
{
    SharedDict dict;
    Reply reply = call(dict, 1, "find", { QStringLiteral("("), QStringLiteral("regex") });
    QCOMPARE(reply.error(), Error::ValueError);
    QVERIFY2(reply.message().startsWith(QLatin1String("bad pattern at 1: ")), qPrintable(reply.message()));
    reply = call(dict, 1, "find", { QStringLiteral("x"), QStringLiteral("fuzzy") });
    QCOMPARE(reply.message(), QStringLiteral("unknown search mode 'fuzzy' (substring, glob or regex)"));
    reply = call(dict, 1, "find", { QStringLiteral("x"), QStringLiteral("regex"), QStringLiteral("everything") });
    QCOMPARE(reply.message(), QStringLiteral("unknown search scope 'everything' (keys, values or both)"));
    reply = call(dict, 1, "find", { 12 });
    QCOMPARE(reply.error(), Error::InvalidArguments);
}

QTEST_GUILESS_MAIN(tst_DictTable)
#include "tst_dicttable.moc"
