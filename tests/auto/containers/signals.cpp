// SPDX-License-Identifier: BSD-3-Clause
// tst_containers: The live change signals of each container's proxy, and their subscription.

#include "tst_containers.h"

// --- Live change signals ----------------------------------------------------------------------

void tst_Containers::subscriptionIsLazyAndEndsWithTheProxy()
{
    auto d = m_manager->dict();
    QVERIFY2(d, qPrintable(m_manager->errorString()));
    // Unobserved: no subscription, and a change costs nothing.
    QVERIFY(d->setValue(1, 1));
    QCOMPARE(subscribers(*d), 0);

    int received = 0;
    connect(d.get(), &DictProxy::itemChanged, this, [&received] { ++received; });
    QTRY_COMPARE_WITH_TIMEOUT(subscribers(*d), 1, SignalTimeout);
    // Connecting another signal of the same proxy, or another proxy of this process, adds none.
    QSignalSpy inserted(d.get(), &DictProxy::itemInserted);
    auto other = typed<DictProxy>(m_manager->proxyForToken(d->token()));
    QVERIFY(other);
    QSignalSpy otherInserted(other.get(), &DictProxy::itemInserted);
    other->size();
    QCOMPARE(subscribers(*d), 1);

    QCOMPARE(apply(*d, { QStringLiteral("set"), V(1), V(2) }),
             QStringList { QStringLiteral("OK") });
    QTRY_COMPARE_WITH_TIMEOUT(received, 1, SignalTimeout);

    // The subscription of this process lasts while some connection is left...
    QVERIFY(disconnect(d.get(), &DictProxy::itemChanged, this, nullptr));
    QCOMPARE(subscribers(*d), 1);
    other.reset(); // ...ends with a proxy...
    QCOMPARE(subscribers(*d), 1);
    QVERIFY(disconnect(d.get(), &DictProxy::itemInserted, &inserted, nullptr));
    QTRY_COMPARE_WITH_TIMEOUT(subscribers(*d), 0,
                              SignalTimeout); // ...and with the last connection.
    QCOMPARE(received, 1);

    // A destroyed proxy that was still subscribed ends its subscription.
    auto third = typed<DictProxy>(m_manager->proxyForToken(d->token()));
    QVERIFY(third);
    {
        QSignalSpy thirdCleared(third.get(), &DictProxy::cleared);
        QTRY_COMPARE_WITH_TIMEOUT(subscribers(*d), 1, SignalTimeout);
        third.reset();
        QTRY_COMPARE_WITH_TIMEOUT(subscribers(*d), 0, SignalTimeout);
    }

    // The last connection also goes when its receiver is destroyed.
    {
        QSignalSpy removed(d.get(), &DictProxy::itemRemoved);
        QTRY_COMPARE_WITH_TIMEOUT(subscribers(*d), 1, SignalTimeout);
    }
    QTRY_COMPARE_WITH_TIMEOUT(subscribers(*d), 0, SignalTimeout);
}

void tst_Containers::namespaceSignals()
{
    auto ns = m_manager->Namespace();
    QVERIFY2(ns, qPrintable(m_manager->errorString()));
    QSignalSpy changed(ns.get(), &NamespaceProxy::attributeChanged);
    QSignalSpy removed(ns.get(), &NamespaceProxy::attributeRemoved);
    ns->attributes(); // answered once the subscription is on the server

    const QStringList out
        = apply(*ns,
                { QStringLiteral("set"), QStringLiteral("x"), V(10), QStringLiteral("set"),
                  QStringLiteral("_own"), V(1), QStringLiteral("set"), QStringLiteral("x"),
                  V(QStringLiteral("ten")), QStringLiteral("del"), QStringLiteral("x"),
                  QStringLiteral("del"), QStringLiteral("x"), QStringLiteral("set"),
                  QStringLiteral("y"), V(QVariantList { 1, 2 }) });
    QCOMPARE(out.size(), 6);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 3, SignalTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, SignalTimeout);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("x"));
    COMPARE_TYPED(changed.at(0).at(1), QVariant(10));
    QCOMPARE(changed.at(1).at(0).toString(), QStringLiteral("x"));
    COMPARE_TYPED(changed.at(1).at(1), QVariant(QStringLiteral("ten")));
    QCOMPARE(removed.at(0).at(0).toString(), QStringLiteral("x"));
    QCOMPARE(changed.at(2).at(0).toString(), QStringLiteral("y"));
    COMPARE_TYPED(changed.at(2).at(1), QVariant(QVariantList { 1, 2 }));
    // The other process's '_own' never reached the server: no signal for it.
    QCOMPARE(changed.count(), 3);
}

void tst_Containers::dictSignals()
{
    auto d = m_manager->dict(VariantPairList { { 1, QStringLiteral("one") } });
    QVERIFY2(d, qPrintable(m_manager->errorString()));
    QStringList received;
    connect(d.get(), &DictProxy::itemInserted, this,
            [&received](const QVariant &k, const QVariant &v) {
                received.append(describeSignal("itemInserted", { k, v }));
            });
    connect(d.get(), &DictProxy::itemChanged, this,
            [&received](const QVariant &k, const QVariant &v) {
                received.append(describeSignal("itemChanged", { k, v }));
            });
    connect(d.get(), &DictProxy::itemRemoved, this, [&received](const QVariant &k) {
        received.append(describeSignal("itemRemoved", { k }));
    });
    connect(d.get(), &DictProxy::cleared, this,
            [&received] { received.append(describeSignal("cleared", {})); });
    d->size();

    const QString a = QStringLiteral("a");
    const QStringList out = apply(*d,
                                  { QStringLiteral("set"),
                                    V(a),
                                    V(1),
                                    QStringLiteral("set"),
                                    V(a),
                                    V(2),
                                    QStringLiteral("set"),
                                    V(1.0),
                                    V(QStringLiteral("uno")),
                                    QStringLiteral("setdefault"),
                                    V(a),
                                    V(9),
                                    QStringLiteral("setdefault"),
                                    V(QByteArray("b")),
                                    V(3),
                                    QStringLiteral("update"),
                                    V(QVariantMap { { a, 4 }, { QStringLiteral("c"), 5 } }),
                                    QStringLiteral("pop"),
                                    V(a),
                                    QStringLiteral("del"),
                                    V(QStringLiteral("zz")),
                                    QStringLiteral("popitem"),
                                    QStringLiteral("del"),
                                    V(true),
                                    QStringLiteral("clear") });
    QVERIFY2(out.size() == 11, qPrintable(out.join(QLatin1String(" | "))));
    const QStringList expected {
        describeSignal("itemInserted", { a, 1 }),
        describeSignal("itemChanged", { a, 2 }),
        describeSignal("itemChanged", { 1, QStringLiteral("uno") }), // the key that is stored
        describeSignal("itemInserted", { QByteArray("b"), 3 }),
        describeSignal("itemChanged", { a, 4 }),
        describeSignal("itemInserted", { QStringLiteral("c"), 5 }),
        describeSignal("itemRemoved", { a }),
        describeSignal("itemRemoved", { QStringLiteral("c") }),
        describeSignal("itemRemoved", { 1 }),
        describeSignal("cleared", {}),
    };
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), expected.size(), SignalTimeout);
    QCOMPARE(received, expected);
}

void tst_Containers::listSignals()
{
    auto l = m_manager->list({ 1, 2, 3 });
    QVERIFY2(l, qPrintable(m_manager->errorString()));
    QStringList received;
    connect(l.get(), &ListProxy::itemsInserted, this, [&received](int i, const QVariantList &v) {
        received.append(describeSignal("itemsInserted", { i, QVariant(v) }));
    });
    connect(l.get(), &ListProxy::itemsRemoved, this, [&received](int i, int n) {
        received.append(describeSignal("itemsRemoved", { i, n }));
    });
    connect(l.get(), &ListProxy::itemsChanged, this, [&received](int i, const QVariantList &v) {
        received.append(describeSignal("itemsChanged", { i, QVariant(v) }));
    });
    connect(l.get(), &ListProxy::listReset, this, [&received](const QVariantList &v) {
        received.append(describeSignal("listReset", { QVariant(v) }));
    });
    l->size();

    const QStringList out = apply(*l,
                                  { QStringLiteral("append"),
                                    V(4), // [1 2 3 4]
                                    QStringLiteral("extend"),
                                    V(QVariantList { 5, 6 }), // [1 2 3 4 5 6]
                                    QStringLiteral("insert"),
                                    QStringLiteral("0"),
                                    V(0), // [0 1 2 3 4 5 6]
                                    QStringLiteral("set"),
                                    QStringLiteral("-1"),
                                    V(60), // [0 1 2 3 4 5 60]
                                    QStringLiteral("pop"),
                                    QStringLiteral("1"), // [0 2 3 4 5 60]
                                    QStringLiteral("remove"),
                                    V(4), // [0 2 3 5 60]
                                    QStringLiteral("delslice"),
                                    QStringLiteral("1"),
                                    QStringLiteral("3"), // [0 5 60]
                                    QStringLiteral("setslice"),
                                    QStringLiteral("1"),
                                    QStringLiteral("2"),
                                    V(QVariantList { 7, 8 }), // [0 7 8 60]
                                    QStringLiteral("rsort"), // [60 8 7 0]
                                    QStringLiteral("pop"),
                                    QStringLiteral("10"), // IndexError: nothing
                                    QStringLiteral("list") });
    QVERIFY2(out.size() == 11, qPrintable(out.join(QLatin1String(" | "))));
    const QVariantList final { 60, 8, 7, 0 };
    COMPARE_TYPED(resultOf(out.at(10)), QVariant(final));
    QStringList expected {
        describeSignal("itemsInserted", { 3, QVariantList { 4 } }),
        describeSignal("itemsInserted", { 4, QVariantList { 5, 6 } }),
        describeSignal("itemsInserted", { 0, QVariantList { 0 } }),
        describeSignal("itemsChanged", { 6, QVariantList { 60 } }), // the index, not -1
        describeSignal("itemsRemoved", { 1, 1 }),
        describeSignal("itemsRemoved", { 3, 1 }),
        describeSignal("itemsRemoved", { 1, 2 }),
    };
    // The length-changing slice assignment: any exact description of it; then the sort.
    QTRY_VERIFY_WITH_TIMEOUT(received.size() >= expected.size() + 2
                                 && received.last().startsWith(QLatin1String("listReset")),
                             SignalTimeout);
    QCOMPARE(received.mid(0, expected.size()), expected);
    QCOMPARE(received.last(), describeSignal("listReset", { QVariant(final) }));
}

void tst_Containers::valueSignals()
{
    auto v = m_manager->Value('i', 0);
    QVERIFY2(v, qPrintable(m_manager->errorString()));
    QSignalSpy changed(v.get(), &ValueProxy::valueChanged);
    v->value();
    const QStringList out = apply(
        *v,
        { QStringLiteral("set"), V(5), QStringLiteral("set"),
          V(qlonglong(1) << 40), // refused: no signal
          QStringLiteral("add"), V(10), QStringLiteral("cas"), V(0), V(1), // no swap: no signal
          QStringLiteral("cas"), V(15), V(-1), QStringLiteral("set"), V(99) });
    QVERIFY2(out.size() == 6, qPrintable(out.join(QLatin1String(" | "))));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 4, SignalTimeout);
    COMPARE_TYPED(changed.at(0).at(0), QVariant(5));
    COMPARE_TYPED(changed.at(1).at(0), QVariant(15));
    COMPARE_TYPED(changed.at(2).at(0), QVariant(-1));
    COMPARE_TYPED(changed.at(3).at(0), QVariant(99));
}

void tst_Containers::arraySignals()
{
    auto a = m_manager->Array('d', QVariantList { 0, 0, 0, 0 });
    QVERIFY2(a, qPrintable(m_manager->errorString()));
    QSignalSpy changed(a.get(), &ArrayProxy::itemsChanged);
    a->size();
    const QStringList out
        = apply(*a,
                { QStringLiteral("set"), QStringLiteral("2"), V(0.5), QStringLiteral("set"),
                  QStringLiteral("-1"), V(7), QStringLiteral("set"), QStringLiteral("9"),
                  V(1), // IndexError: no signal
                  QStringLiteral("setslice"), QStringLiteral("0"), V(QVariantList { 1.5, 2.5 }),
                  QStringLiteral("list") });
    QVERIFY2(out.size() == 5, qPrintable(out.join(QLatin1String(" | "))));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 3, SignalTimeout);
    QCOMPARE(changed.at(0).at(0).toInt(), 2);
    COMPARE_TYPED(changed.at(0).at(1), QVariant(QVariantList { 0.5 }));
    QCOMPARE(changed.at(1).at(0).toInt(), 3); // the index, not -1
    COMPARE_TYPED(changed.at(1).at(1), QVariant(QVariantList { 7.0 }));
    QCOMPARE(changed.at(2).at(0).toInt(), 0);
    COMPARE_TYPED(changed.at(2).at(1), QVariant(QVariantList { 1.5, 2.5 }));
    COMPARE_TYPED(resultOf(out.at(4)), QVariant(QVariantList { 1.5, 2.5, 0.5, 7.0 }));
}

void tst_Containers::queueSignals()
{
    auto q = m_manager->Queue(2);
    QVERIFY2(q, qPrintable(m_manager->errorString()));
    QSignalSpy sizes(q.get(), &QueueProxy::sizeChanged);
    q->qsize();
    const QStringList out = apply(
        *q,
        { QStringLiteral("put"), V(1), QStringLiteral("0"), QStringLiteral("put"), V(2),
          QStringLiteral("0"), QStringLiteral("put"), V(3), QStringLiteral("0"), // Full: no signal
          QStringLiteral("get"), QStringLiteral("0"), QStringLiteral("get"), QStringLiteral("0"),
          QStringLiteral("get"), QStringLiteral("0") }); // Empty: no signal
    QVERIFY2(out.size() == 6, qPrintable(out.join(QLatin1String(" | "))));
    QTRY_COMPARE_WITH_TIMEOUT(sizes.count(), 4, SignalTimeout);
    QList<int> seen;
    for (const QVariantList &args : std::as_const(sizes))
        seen.append(args.at(0).toInt());
    QCOMPARE(seen, (QList<int> { 1, 2, 1, 0 }));
}

void tst_Containers::eventSignals()
{
    auto e = m_manager->Event();
    QVERIFY2(e, qPrintable(m_manager->errorString()));
    QStringList received;
    connect(e.get(), &EventProxy::eventSet, this,
            [&received] { received.append(QStringLiteral("set")); });
    connect(e.get(), &EventProxy::eventCleared, this,
            [&received] { received.append(QStringLiteral("cleared")); });
    e->isSet();
    const QStringList out = apply(*e,
                                  { QStringLiteral("set"), QStringLiteral("isset"),
                                    QStringLiteral("clear"), QStringLiteral("set") });
    QVERIFY2(out.size() == 4, qPrintable(out.join(QLatin1String(" | "))));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 3, SignalTimeout);
    QCOMPARE(
        received,
        (QStringList { QStringLiteral("set"), QStringLiteral("cleared"), QStringLiteral("set") }));
    QVERIFY(e->isSet());
}
