// SPDX-License-Identifier: BSD-3-Clause
// tst_containers: Payloads of every kind, and proxies stored inside containers.

#include "tst_containers.h"

// --- Payloads and nested proxies --------------------------------------------------------------

void tst_Containers::payloadsRoundTrip_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("bool") << QVariant(true);
    QTest::newRow("signed char") << QVariant::fromValue<qint8>(-100);
    QTest::newRow("unsigned char") << QVariant::fromValue<quint8>(200);
    QTest::newRow("short") << QVariant::fromValue<qint16>(-30000);
    QTest::newRow("ushort") << QVariant::fromValue<quint16>(60000);
    QTest::newRow("int") << QVariant(std::numeric_limits<int>::min());
    QTest::newRow("uint") << QVariant(std::numeric_limits<uint>::max());
    QTest::newRow("qlonglong") << QVariant(std::numeric_limits<qlonglong>::min());
    QTest::newRow("qulonglong") << QVariant(std::numeric_limits<qulonglong>::max());
    QTest::newRow("float") << QVariant(1.5f);
    QTest::newRow("double") << QVariant(-1.0 / 3.0);
    QTest::newRow("string") << QVariant(QStringLiteral("héllo wörld ✓"));
    QTest::newRow("empty string") << QVariant(QString(QLatin1String("")));
    QTest::newRow("bytes") << QVariant(QByteArray("\0\1\2\xff", 4));
    QTest::newRow("datetime utc") << QVariant(
        QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC));
    QTest::newRow("datetime offset")
        << QVariant(QDateTime(QDate(1999, 12, 31), QTime(8, 0), Qt::OffsetFromUTC, 3600));
    QTest::newRow("date") << QVariant(QDate(1970, 1, 1));
    QTest::newRow("uuid") << QVariant(
        QUuid::fromString(QStringLiteral("{67c8770b-44f1-410a-ab9a-f9b5446f13ee}")));
    QTest::newRow("string list") << QVariant(
        QStringList { QStringLiteral("a"), QString(), QStringLiteral("ü") });
    const QVariantList inner { 1, QStringLiteral("two"), 3.0, QVariant(), QByteArray("b") };
    QTest::newRow("list") << QVariant(inner);
    QTest::newRow("map") << QVariant(QVariantMap {
        { QStringLiteral("list"), inner },
        { QStringLiteral("n"), qlonglong(1) << 40 },
        { QStringLiteral("map"),
          QVariantMap { { QStringLiteral("deep"),
                          QVariantList { QVariantMap { { QStringLiteral("x"), 1u } } } } } } });
    QTest::newRow("hash") << QVariant(QVariantHash {
        { QStringLiteral("h"),
          QVariantHash { { QStringLiteral("k"), QStringList { QStringLiteral("s") } } } },
        { QStringLiteral("when"), QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC) } });
    QTest::newRow("null") << QVariant();
}

void tst_Containers::payloadsRoundTrip()
{
    QFETCH(QVariant, value);
    auto d = m_manager->dict();
    auto l = m_manager->list();
    QVERIFY2(d && l, qPrintable(m_manager->errorString()));

    // Here: stored and read back with the exact type.
    QVERIFY2(d->setValue(QStringLiteral("v"), value), qPrintable(d->lastErrorString()));
    QVERIFY2(l->append(value), qPrintable(l->lastErrorString()));
    COMPARE_TYPED(d->value(QStringLiteral("v")).value(), value);
    COMPARE_TYPED(l->at(0).value(), value);
    COMPARE_TYPED(d->values().value(0), value);
    COMPARE_TYPED(l->toList().value(0), value);

    // In another process: read, and written back under another key / at another index.
    QStringList out = apply(*d,
                            { QStringLiteral("get"), V(QStringLiteral("v")), QStringLiteral("set"),
                              V(QStringLiteral("w")), V(value) });
    QVERIFY2(out.size() == 2, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)), value);
    QCOMPARE(out.at(1), QStringLiteral("OK"));
    COMPARE_TYPED(d->value(QStringLiteral("w")).value(), value);

    out = apply(*l,
                { QStringLiteral("get"), QStringLiteral("0"), QStringLiteral("append"), V(value) });
    QVERIFY2(out.size() == 2, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)), value);
    QCOMPARE(out.at(1), QStringLiteral("OK"));
    COMPARE_TYPED(l->at(1).value(), value);
}

void tst_Containers::proxyStoredInADict()
{
    auto d = m_manager->dict();
    auto inner = m_manager->list({ 1, 2 });
    QVERIFY2(d && inner, qPrintable(m_manager->errorString()));
    const int before = liveObjects();

    QVERIFY2(d->setValue(QStringLiteral("inner"),
                         QVariant::fromValue(static_cast<QObject *>(inner.get()))),
             qPrintable(d->lastErrorString()));
    QCOMPARE(liveObjects(), before);
    // Read back here: a token that makes a working ListProxy.
    const Reply stored = d->value(QStringLiteral("inner"));
    QVERIFY2(stored.isValid(), qPrintable(stored.errorString()));
    QCOMPARE(stored.value().metaType(), QMetaType::fromType<Token>());
    QCOMPARE(stored.value().value<Token>(), inner->token());
    {
        auto again = typed<ListProxy>(d->proxyForValue(stored.value()));
        QVERIFY2(again, qPrintable(d->lastErrorString()));
        QCOMPARE(again->toList(), (QVariantList { 1, 2 }));
    }

    // Another process gets it out of the dict as a ListProxy and changes it.
    QStringList out
        = apply(*d, { QStringLiteral("nestedappend"), V(QStringLiteral("inner")), V(3) });
    QVERIFY2(out.size() == 1, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)),
                  QVariant(QVariantList { QStringLiteral("LibManager::ListProxy"),
                                          QVariantList { 1, 2, 3 } }));
    QCOMPARE(inner->toList(), (QVariantList { 1, 2, 3 }));

    // The dict keeps the list alive once every proxy of it has gone.
    inner.reset();
    QTRY_COMPARE_WITH_TIMEOUT(liveObjects(), before, SignalTimeout);
    out = apply(*d, { QStringLiteral("nestedappend"), V(QStringLiteral("inner")), V(4) });
    QVERIFY2(out.size() == 1, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)),
                  QVariant(QVariantList { QStringLiteral("LibManager::ListProxy"),
                                          QVariantList { 1, 2, 3, 4 } }));
    QCOMPARE(liveObjects(), before);

    // Removed from the dict with no proxy left, it dies.
    QVERIFY(d->remove(QStringLiteral("inner")));
    QTRY_COMPARE_WITH_TIMEOUT(liveObjects(), before - 1, SignalTimeout);
    QVERIFY(!d->proxyForValue(stored.value()));
    QVERIFY(d->lastError() != Error::NoError);
}

void tst_Containers::proxyStoredInAList()
{
    auto l = m_manager->list();
    auto counter = m_manager->Value('i', 5);
    QVERIFY2(l && counter, qPrintable(m_manager->errorString()));
    const int before = liveObjects();
    QVERIFY(l->append(QVariant::fromValue(static_cast<QObject *>(counter.get()))));
    counter.reset();
    QTRY_COMPARE_WITH_TIMEOUT(liveObjects(), before, SignalTimeout);
    auto back = typed<ValueProxy>(l->proxyForValue(l->at(0).value()));
    QVERIFY2(back, qPrintable(l->lastErrorString()));
    QCOMPARE(back->typeCode(), 'i');
    QVERIFY(back->fetchAdd(1).isValid());
    COMPARE_TYPED(back->value(), QVariant(6));
    back.reset();
    QCOMPARE(liveObjects(), before);
    // Popped, and no proxy left: gone.
    QVERIFY(l->pop().isValid());
    QTRY_COMPARE_WITH_TIMEOUT(liveObjects(), before - 1, SignalTimeout);
}
