// SPDX-License-Identifier: BSD-3-Clause
// tst_containers: SyncManager's Array: indexing, slices, packed bulk reads, and bulk answers in a pipeline.

#include "tst_containers.h"

// --- Array ------------------------------------------------------------------------------------

void tst_Containers::arrayIndexingAndSlices()
{
    auto a = m_manager->Array('i', QVariantList { 1, 2, 3, 4, 5 });
    QVERIFY2(a, qPrintable(m_manager->errorString()));
    QCOMPARE(a->typeId(), QStringLiteral("Array"));
    QCOMPARE(a->typeCode(), 'i');
    QCOMPARE(a->size(), 5);

    COMPARE_TYPED(a->at(0).value(), QVariant(1));
    COMPARE_TYPED(a->at(-1).value(), QVariant(5));
    COMPARE_TYPED(a->at(-5).value(), QVariant(1));
    QCOMPARE(a->at(5).error(), Error::IndexError);
    QCOMPARE(a->at(-6).error(), Error::IndexError);

    QVERIFY(a->set(-1, 50));
    COMPARE_TYPED(a->at(4).value(), QVariant(50));
    QVERIFY(!a->set(5, 0));
    QCOMPARE(a->lastError(), Error::IndexError);
    QVERIFY(!a->set(-6, 0));
    QCOMPARE(a->lastError(), Error::IndexError);
    // Elements are range- and type-checked like a Value.
    QVERIFY(!a->set(0, qlonglong(1) << 31));
    QCOMPARE(a->lastError(), Error::ValueError);
    QVERIFY(!a->set(0, 0.5));
    QCOMPARE(a->lastError(), Error::TypeError);

    // Slices read like Python's, clamped.
    COMPARE_TYPED(a->slice(1, 3).value(), QVariant(QVariantList { 2, 3 }));
    COMPARE_TYPED(a->slice(-2, 100).value(), QVariant(QVariantList { 4, 50 }));
    COMPARE_TYPED(a->slice(3, 1).value(), QVariant(QVariantList {}));
    COMPARE_TYPED(a->slice(-100, 2).value(), QVariant(QVariantList { 1, 2 }));

    // Slice writes never change the length.
    QVERIFY(a->setSlice(3, { 40, 41 }));
    COMPARE_TYPED(QVariant(a->toList()), QVariant(QVariantList { 1, 2, 3, 40, 41 }));
    QVERIFY(!a->setSlice(4, { 1, 2 }));
    QCOMPARE(a->lastError(), Error::ValueError);
    QVERIFY(!a->setSlice(0, { 1, 2, 3, 4, 5, 6 }));
    QCOMPARE(a->lastError(), Error::ValueError);
    // One bad element refuses the whole write.
    QVERIFY(!a->setSlice(0, { 9, qlonglong(1) << 40 }));
    QCOMPARE(a->lastError(), Error::ValueError);
    COMPARE_TYPED(QVariant(a->toList()), QVariant(QVariantList { 1, 2, 3, 40, 41 }));
    QCOMPARE(a->size(), 5);

    QVERIFY(!a->assign(QVariantList { 1, 2 }));
    QCOMPARE(a->lastError(), Error::ValueError);
    QVERIFY(a->assign(QVariantList { 5, 4, 3, 2, 1 }));
    QCOMPARE(a->toIntegers(), (QList<qint64> { 5, 4, 3, 2, 1 }));

    // Bad contents or typecodes at creation are refused.
    QVERIFY(!m_manager->Array('b', QVariantList { 1, 200 }));
    QVERIFY2(m_manager->error() == Error::ValueError
                 || m_manager->error() == Error::InvalidArguments,
             qPrintable(errorName(m_manager->error())));
    QVERIFY2(m_manager->errorString().contains(QLatin1String("out of range")),
             qPrintable(m_manager->errorString()));
    QVERIFY(!m_manager->Array('x', 3));
    QVERIFY(m_manager->error() != Error::NoError);
    auto zeros = m_manager->Array('B', 3);
    QVERIFY(zeros);
    COMPARE_TYPED(QVariant(zeros->toList()), QVariant(QVariantList { 0, 0, 0 }));
    auto chars = m_manager->Array('u', QVariantList { QStringLiteral("a"), QStringLiteral("é") });
    QVERIFY(chars);
    COMPARE_TYPED(QVariant(chars->toList()),
                  QVariant(QVariantList { QStringLiteral("a"), QStringLiteral("é") }));
}

void tst_Containers::arrayBulkReadsArePacked()
{
    auto a = m_manager->Array('h', QVariantList { 1, -2, 300 });
    QVERIFY2(a, qPrintable(m_manager->errorString()));
    QByteArray expected(6, '\0');
    qToLittleEndian<qint16>(1, expected.data());
    qToLittleEndian<qint16>(-2, expected.data() + 2);
    qToLittleEndian<qint16>(300, expected.data() + 4);
    QCOMPARE(a->rawData(), expected);
    QCOMPARE(a->toIntegers(), (QList<qint64> { 1, -2, 300 }));
    QCOMPARE(a->toDoubles(), (QList<double> { 1, -2, 300 }));

    auto d = m_manager->Array(QList<double> { 0.5, -1.25, 1e300 });
    QVERIFY(d);
    QCOMPARE(d->typeCode(), 'd');
    QCOMPARE(d->toDoubles(), (QList<double> { 0.5, -1.25, 1e300 }));
    COMPARE_TYPED(QVariant(d->toList()), QVariant(QVariantList { 0.5, -1.25, 1e300 }));
    QCOMPARE(d->rawData().size(), 24);
    QVERIFY(d->assign(QList<double> { 1, 2, 3 }));
    QCOMPARE(d->toDoubles(), (QList<double> { 1, 2, 3 }));
    QVERIFY(!d->assign(QList<double> { 1, 2 }));
    QCOMPARE(d->lastError(), Error::ValueError);
}

void tst_Containers::arrayOfAMillionDoubles()
{
    constexpr int Count = 1000000;
    QList<double> values(Count);
    for (int i = 0; i < Count; ++i)
        values[i] = i * 0.5 - 1.0 / 3.0;
    auto a = m_manager->Array(values);
    QVERIFY2(a, qPrintable(m_manager->errorString()));
    QCOMPARE(a->size(), Count);
    const QList<double> fetched = a->toDoubles();
    QCOMPARE(fetched.size(), Count);
    QVERIFY(fetched == values);
    QCOMPARE(a->rawData().size(), qsizetype(Count) * 8);
    // Another process sees the same array.
    const QStringList out
        = apply(*a, { QStringLiteral("len"), QStringLiteral("get"), QStringLiteral("-1") });
    QVERIFY2(out.size() == 2, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)), QVariant(Count));
    COMPARE_TYPED(resultOf(out.at(1)), QVariant(values.last()));
}

// Large byte answers leave the server from their own buffers, queued between the frames
// around them; pipelined with small answers, every answer still comes whole and in its place.
void tst_Containers::bulkAnswersKeepTheirPlaceInAPipeline()
{
    constexpr int Count = 100000; // 800 KB: above the size sent without a copy
    QList<double> values(Count);
    for (int i = 0; i < Count; ++i)
        values[i] = i + 0.25;
    auto a = m_manager->Array(values);
    QVERIFY2(a, qPrintable(m_manager->errorString()));
    auto d = m_manager->dict();
    QVERIFY(d);
    QVERIFY(d->setValue(QStringLiteral("k"), 42));
    QByteArray packed(qsizetype(Count) * 8, Qt::Uninitialized);
    for (int i = 0; i < Count; ++i)
        qToLittleEndian<double>(values.at(i), packed.data() + i * 8);

    QList<PendingCall> calls;
    for (int i = 0; i < 6; ++i) {
        calls.append(a->callMethodAsync(QStringLiteral("tolist")));
        calls.append(d->callMethodAsync(QStringLiteral("__getitem__"), { QStringLiteral("k") }));
        calls.append(d->callMethodAsync(QStringLiteral("__len__")));
    }
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QVERIFY(calls[i].waitForFinished());
        const Reply reply = calls.at(i).reply();
        QVERIFY2(reply.isValid(), qPrintable(reply.errorString()));
        switch (i % 3) {
        case 0: QVERIFY(reply.value().toByteArray() == packed); break;
        case 1: COMPARE_TYPED(reply.value(), QVariant(42)); break;
        case 2: COMPARE_TYPED(reply.value(), QVariant(1)); break;
        }
    }
    // And synchronously, one after another on the same connection.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(a->toDoubles(), values);
        QCOMPARE(d->value(QStringLiteral("k")).value(), QVariant(42));
    }
}

// toDoubles() takes an answer of 256 KiB or more as it comes off the socket, straight into
// the list; smaller ones are converted from a buffer. Either way the list is the array.
void tst_Containers::bulkAnswersStreamIntoTheList()
{
    const auto valuesOf = [](int count) {
        QList<double> values(count);
        for (int i = 0; i < count; ++i)
            values[i] = i * 1.5 + 1.0 / (i + 1);
        return values;
    };
    // Either side of the size that streams, and far above it.
    for (const int count : { 32767, 32768, 32769, 1 << 20 }) {
        const QList<double> values = valuesOf(count);
        auto a = m_manager->Array(values);
        QVERIFY2(a, qPrintable(m_manager->errorString()));
        QVERIFY2(a->toDoubles() == values, qPrintable(QString::number(count)));
    }

    // Events and answers to other calls that arrive just before a streamed answer.
    const QList<double> values = valuesOf(200000);
    auto a = m_manager->Array(values);
    QVERIFY(a);
    auto d = m_manager->dict();
    QVERIFY(d);
    QSignalSpy inserted(d.get(), &DictProxy::itemInserted);
    for (int i = 0; i < 5; ++i) {
        PendingCall set = d->callMethodAsync(QStringLiteral("__setitem__"), { i, i * 10 });
        QVERIFY(a->toDoubles() == values);
        QVERIFY(set.waitForFinished());
        QVERIFY2(set.reply().isValid(), qPrintable(set.reply().errorString()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 5, 10000);
    QCOMPARE(inserted.at(4).at(1), QVariant(40));

    // A call that gives up while its answer streams in: the rest of the answer is dropped
    // as it comes, and the connection goes on.
    const QList<double> big = valuesOf(8 << 20); // 64 MiB: far longer to send than 2 ms
    auto large = m_manager->Array(big);
    QVERIFY2(large, qPrintable(m_manager->errorString()));
    auto impatient = TestSupport::connectTo<SyncManager>(m_manager->address(), m_key);
    QVERIFY2(impatient->error() == Error::NoError, qPrintable(impatient->errorString()));
    impatient->setCallTimeout(2);
    // Small calls fit in 2 ms, but not always on a loaded machine: these may take a few tries
    // (the references of calls that timed out go with the connection).
    std::unique_ptr<Proxy> proxy;
    for (int attempt = 0; attempt < 100 && !proxy; ++attempt)
        proxy = impatient->proxyForToken(large->token());
    QVERIFY2(proxy, qPrintable(impatient->errorString()));
    auto *hurried = qobject_cast<ArrayProxy *>(proxy.get());
    QVERIFY(hurried);
    for (int attempt = 0; attempt < 100 && hurried->typeCode() != 'd'; ++attempt) { }
    QCOMPARE(hurried->typeCode(), 'd'); // asked once and kept: not part of the call below
    const QList<double> partial = hurried->toDoubles();
    if (partial.isEmpty())
        QCOMPARE(hurried->lastError(), Error::Timeout);
    else
        QVERIFY(partial == big); // this machine was faster than 2 ms after all
    // The same connection: what is left of the answer comes before this one.
    const Reply len = hurried->callMethod(QStringLiteral("len"), {}, 60000);
    QVERIFY2(len.isValid(), qPrintable(len.errorString()));
    QCOMPARE(len.value(), QVariant(8 << 20));
    impatient->setCallTimeout(60000);
    std::unique_ptr<Proxy> patient = impatient->proxyForToken(large->token());
    QVERIFY(patient);
    QVERIFY(qobject_cast<ArrayProxy *>(patient.get())->toDoubles() == big);
    QCOMPARE(d->size(), 5);
    QVERIFY(a->toDoubles() == values);
}

void tst_Containers::arrayAcrossProcesses()
{
    auto a = m_manager->Array('q', QVariantList { 1, 2, 3, 4 });
    QVERIFY2(a, qPrintable(m_manager->errorString()));
    const QStringList out
        = apply(*a,
                { QStringLiteral("get"), QStringLiteral("-1"), QStringLiteral("get"),
                  QStringLiteral("4"), QStringLiteral("set"), QStringLiteral("-2"), V(30),
                  QStringLiteral("setslice"), QStringLiteral("0"), V(QVariantList { 10, 20 }),
                  QStringLiteral("setslice"), QStringLiteral("3"), V(QVariantList { 10, 20 }),
                  QStringLiteral("list"), QStringLiteral("len") });
    QVERIFY2(out.size() == 7, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)), QVariant(qlonglong(4)));
    QCOMPARE(errorOf(out.at(1)), QStringLiteral("IndexError"));
    QCOMPARE(out.at(2), QStringLiteral("OK"));
    QCOMPARE(out.at(3), QStringLiteral("OK"));
    QCOMPARE(errorOf(out.at(4)), QStringLiteral("ValueError"));
    const QVariantList expected { qlonglong(10), qlonglong(20), qlonglong(30), qlonglong(4) };
    COMPARE_TYPED(resultOf(out.at(5)), QVariant(expected));
    COMPARE_TYPED(resultOf(out.at(6)), QVariant(4));
    COMPARE_TYPED(QVariant(a->toList()), QVariant(expected));
}
