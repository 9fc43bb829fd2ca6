// SPDX-License-Identifier: BSD-3-Clause
// tst_containers: SyncManager's Value: type codes, precision, atomic operations, across processes.

#include "tst_containers.h"

// --- Value ------------------------------------------------------------------------------------

void tst_Containers::valueTypeCodes_data()
{
    QTest::addColumn<char>("code");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QVariant>("stored"); // what value() returns afterwards, type included

    constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
    constexpr qint64 int64Min = std::numeric_limits<qint64>::min();
    constexpr quint64 uint64Max = std::numeric_limits<quint64>::max();
    const QVariant none;
    auto ok = [](const char *name, char code, const QVariant &value, const QVariant &stored) {
        QTest::newRow(name) << code << value << Error::NoError << stored;
    };
    auto bad = [&none](const char *name, char code, const QVariant &value, Error error) {
        QTest::newRow(name) << code << value << error << none;
    };

    ok("b 127", 'b', 127, 127);
    ok("b -128", 'b', -128, -128);
    bad("b 128", 'b', 128, Error::ValueError);
    bad("b -129", 'b', -129, Error::ValueError);
    ok("B 255", 'B', 255, 255);
    bad("B -1", 'B', -1, Error::ValueError);
    bad("B 256", 'B', 256, Error::ValueError);
    ok("h 32767", 'h', 32767, 32767);
    ok("h -32768", 'h', -32768, -32768);
    bad("h 32768", 'h', 32768, Error::ValueError);
    bad("h -32769", 'h', -32769, Error::ValueError);
    ok("H 65535", 'H', 65535, 65535);
    bad("H -1", 'H', -1, Error::ValueError);
    bad("H 65536", 'H', 65536, Error::ValueError);
    ok("i max", 'i', std::numeric_limits<int>::max(), std::numeric_limits<int>::max());
    ok("i min", 'i', std::numeric_limits<int>::min(), std::numeric_limits<int>::min());
    bad("i max+1", 'i', qlonglong(std::numeric_limits<int>::max()) + 1, Error::ValueError);
    bad("i min-1", 'i', qlonglong(std::numeric_limits<int>::min()) - 1, Error::ValueError);
    ok("i true", 'i', true, 1); // a bool is an int, as in Python
    bad("i string", 'i', QStringLiteral("12"), Error::TypeError);
    bad("i 1.5", 'i', 1.5, Error::TypeError);
    bad("i 2.0", 'i', 2.0, Error::TypeError);
    bad("i bytes", 'i', QByteArray("1"), Error::TypeError);
    bad("i null", 'i', none, Error::TypeError);
    ok("I 2^32-1", 'I', qlonglong(0xffffffffLL), 0xffffffffu);
    bad("I 2^32", 'I', qlonglong(1) << 32, Error::ValueError);
    bad("I -1", 'I', -1, Error::ValueError);
    ok("l max", 'l', int64Max, qlonglong(int64Max));
    ok("l min", 'l', int64Min, qlonglong(int64Min));
    bad("l 2^63", 'l', qulonglong(1) << 63, Error::ValueError);
    ok("L max", 'L', uint64Max, qulonglong(uint64Max));
    bad("L -1", 'L', -1, Error::ValueError);
    ok("q max", 'q', int64Max, qlonglong(int64Max));
    ok("q min", 'q', int64Min, qlonglong(int64Min));
    bad("q 2^63", 'q', qulonglong(1) << 63, Error::ValueError);
    ok("q small", 'q', 5, qlonglong(5));
    ok("Q max", 'Q', uint64Max, qulonglong(uint64Max));
    bad("Q -1", 'Q', -1, Error::ValueError);
    bad("Q string", 'Q', QStringLiteral("1"), Error::TypeError);
    ok("f 1.5", 'f', 1.5, 1.5);
    ok("f int", 'f', 3, 3.0);
    bad("f 1e39", 'f', 1e39, Error::ValueError); // would be inf: out of range, not truncated
    bad("f string", 'f', QStringLiteral("1.5"), Error::TypeError);
    ok("d 1e300", 'd', 1e300, 1e300);
    ok("d int", 'd', 7, 7.0);
    ok("d -0.1", 'd', -0.1, -0.1);
    bad("d string", 'd', QStringLiteral("0.5"), Error::TypeError);
    ok("c byte", 'c', QByteArray("x"), QByteArray("x"));
    ok("c nul", 'c', QByteArray(1, '\0'), QByteArray(1, '\0'));
    bad("c two bytes", 'c', QByteArray("xy"), Error::TypeError);
    bad("c string", 'c', QStringLiteral("x"), Error::TypeError);
    ok("u letter", 'u', QStringLiteral("é"), QStringLiteral("é"));
    ok("u QChar", 'u', QVariant(QChar(u'ß')), QStringLiteral("ß"));
    bad("u two letters", 'u', QStringLiteral("ab"), Error::TypeError);
    bad("u number", 'u', 65, Error::TypeError);
}

void tst_Containers::valueTypeCodes()
{
    QFETCH(char, code);
    QFETCH(QVariant, value);
    QFETCH(Error, error);
    QFETCH(QVariant, stored);

    // Set through a proxy.
    auto v = m_manager->Value(code);
    QVERIFY2(v, qPrintable(m_manager->errorString()));
    QCOMPARE(v->typeCode(), code);
    const QVariant zero = v->value();
    QCOMPARE(v->lastError(), Error::NoError);
    QCOMPARE(v->setValue(value), error == Error::NoError);
    QCOMPARE(v->lastError(), error);
    if (error == Error::NoError) {
        COMPARE_TYPED(v->value(), stored);
    } else {
        QVERIFY2(!v->lastErrorString().isEmpty(), "an error without a message");
        COMPARE_TYPED(v->value(), zero); // refused, not truncated
    }

    // As the initial value (a null one means zero). A creation that fails reports
    // InvalidArguments for all its causes; the message must still name this one.
    if (!value.isValid())
        return;
    auto created = m_manager->Value(code, value);
    if (error == Error::NoError) {
        QVERIFY2(created, qPrintable(m_manager->errorString()));
        COMPARE_TYPED(created->value(), stored);
    } else {
        if (created)
            QFAIL(qPrintable(QStringLiteral("created, holding %1").arg(show(created->value()))));
        QVERIFY2(m_manager->error() == error || m_manager->error() == Error::InvalidArguments,
                 qPrintable(errorName(m_manager->error())));
        const QLatin1String reason(error == Error::ValueError ? "out of range" : "takes");
        QVERIFY2(m_manager->errorString().contains(reason), qPrintable(m_manager->errorString()));
    }
}

void tst_Containers::valueFloatPrecision()
{
    // 'f' keeps a float: what comes back is the nearest float, not the double that was sent.
    auto f = m_manager->Value('f', 0.1);
    QVERIFY2(f, qPrintable(m_manager->errorString()));
    COMPARE_TYPED(f->value(), QVariant(double(0.1f)));
    QVERIFY(f->value().toDouble() != 0.1);
    QVERIFY(f->setValue(16777217)); // 2^24 + 1 has no float
    COMPARE_TYPED(f->value(), QVariant(16777216.0));
    QVERIFY(f->setValue(std::numeric_limits<double>::infinity()));
    QVERIFY(std::isinf(f->value().toDouble()));
    // 'd' keeps a double exactly.
    auto d = m_manager->Value('d', 0.1);
    QVERIFY(d);
    COMPARE_TYPED(d->value(), QVariant(0.1));
    QVERIFY(d->setValue(1.0 / 3.0));
    QCOMPARE(d->value().toDouble(), 1.0 / 3.0);
}

void tst_Containers::valueAtomicOperations()
{
    auto v = m_manager->Value('b', 120);
    QVERIFY2(v, qPrintable(m_manager->errorString()));
    // fetchAdd returns the value before.
    Reply before = v->fetchAdd(5);
    QVERIFY2(before.isValid(), qPrintable(before.errorString()));
    COMPARE_TYPED(before.value(), QVariant(120));
    COMPARE_TYPED(v->value(), QVariant(125));
    // A sum out of range fails and changes nothing.
    before = v->fetchAdd(3);
    QCOMPARE(before.error(), Error::ValueError);
    COMPARE_TYPED(v->value(), QVariant(125));
    QCOMPARE(v->fetchAdd(-300).error(), Error::ValueError);
    QCOMPARE(v->fetchAdd(QStringLiteral("1")).error(), Error::TypeError);
    QCOMPARE(v->fetchAdd(0.5).error(), Error::TypeError);
    COMPARE_TYPED(v->fetchAdd(-125).value(), QVariant(125));
    COMPARE_TYPED(v->value(), QVariant(0));

    auto d = m_manager->Value('d', 1.5);
    QVERIFY(d);
    COMPARE_TYPED(d->fetchAdd(0.25).value(), QVariant(1.5));
    COMPARE_TYPED(d->fetchAdd(2).value(), QVariant(1.75));
    COMPARE_TYPED(d->value(), QVariant(3.75));

    auto c = m_manager->Value('c', QByteArray("a"));
    QVERIFY(c);
    QCOMPARE(c->fetchAdd(1).error(), Error::TypeError);

    // compareExchange swaps only on a match, and always tells the value before.
    auto q = m_manager->Value('q', 10);
    QVERIFY(q);
    QVariant current;
    QVERIFY(!q->compareExchange(11, 20, &current));
    QCOMPARE(q->lastError(), Error::NoError);
    COMPARE_TYPED(current, QVariant(qlonglong(10)));
    COMPARE_TYPED(q->value(), QVariant(qlonglong(10)));
    QVERIFY(q->compareExchange(10, 20, &current));
    COMPARE_TYPED(current, QVariant(qlonglong(10)));
    COMPARE_TYPED(q->value(), QVariant(qlonglong(20)));
    // A desired value the typecode refuses: an error, nothing swapped.
    auto b = m_manager->Value('b', 1);
    QVERIFY(b);
    QVERIFY(!b->compareExchange(1, 1000, &current));
    QCOMPARE(b->lastError(), Error::ValueError);
    COMPARE_TYPED(b->value(), QVariant(1));
    QVERIFY(!b->compareExchange(QStringLiteral("1"), 2, &current));
    QCOMPARE(b->lastError(), Error::TypeError);
}

void tst_Containers::valueAcrossProcesses()
{
    auto v = m_manager->Value('I', 7);
    QVERIFY2(v, qPrintable(m_manager->errorString()));
    const QStringList out
        = apply(*v,
                { QStringLiteral("get"), QStringLiteral("set"), V(qlonglong(1) << 32),
                  QStringLiteral("set"), V(QStringLiteral("x")), QStringLiteral("add"), V(5),
                  QStringLiteral("cas"), V(11), V(30), QStringLiteral("cas"), V(12), V(30),
                  QStringLiteral("get") });
    QVERIFY2(out.size() == 7, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)), QVariant(7u));
    QCOMPARE(errorOf(out.at(1)), QStringLiteral("ValueError"));
    QCOMPARE(errorOf(out.at(2)), QStringLiteral("TypeError"));
    COMPARE_TYPED(resultOf(out.at(3)), QVariant(7u));
    COMPARE_TYPED(resultOf(out.at(4)), QVariant(QVariantList { false, 12u }));
    COMPARE_TYPED(resultOf(out.at(5)), QVariant(QVariantList { true, 12u }));
    COMPARE_TYPED(resultOf(out.at(6)), QVariant(30u));
    COMPARE_TYPED(v->value(), QVariant(30u));
}

void tst_Containers::lockFreeCounterIsExact()
{
    constexpr int Workers = 4;
    constexpr int Adds = 1000;
    auto counter = m_manager->Value('i', 0);
    QVERIFY2(counter, qPrintable(m_manager->errorString()));
    std::vector<std::unique_ptr<Worker>> workers;
    for (int i = 0; i < Workers; ++i)
        workers.push_back(startWorker(QStringLiteral("apply"), *counter,
                                      { QStringLiteral("addloop"), QString::number(Adds) }));
    for (const auto &worker : workers) {
        QVERIFY2(worker->waitFor(QStringLiteral("END"), 120000), qPrintable(worker->log()));
        COMPARE_TYPED(resultOf(worker->lines(QStringLiteral("RESULT")).value(0)), QVariant(Adds));
        QVERIFY(worker->exitedWith(0));
    }
    // No lock, yet nothing lost: each fetchAdd is one step on the server.
    COMPARE_TYPED(counter->value(), QVariant(Workers * Adds));
}
