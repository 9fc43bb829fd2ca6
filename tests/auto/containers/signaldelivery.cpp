// SPDX-License-Identifier: BSD-3-Clause
// tst_containers: How change signals are delivered: bursts complete and in order, disconnection, two processes.

#include "tst_containers.h"

void tst_Containers::burstArrivesCompleteAndInOrder_data()
{
    QTest::addColumn<QString>("type");
    for (const char *type : { "Namespace", "dict", "list", "Value", "Array", "Queue", "Event" })
        QTest::newRow(type) << QString::fromLatin1(type);
}

// Another process makes ~200 changes; the signals alone must rebuild the final state here.
void tst_Containers::burstArrivesCompleteAndInOrder()
{
    QFETCH(QString, type);
    constexpr int Changes = 200;

    // The local copy, rebuilt from the signals only; declared before the proxy, which goes first.
    QVariant local;
    QVariantList history; // per type: what arrived, in order
    std::unique_ptr<Proxy> proxy;
    std::function<QVariant()> shared;
    // A change made here after the burst, how to see its signal, and how to take it out again.
    std::function<bool()> sentinel;
    std::function<bool()> sentinelSeen;
    std::function<void()> dropSentinel;
    const QString end = QStringLiteral("zz_end");

    if (type == QLatin1String("Namespace")) {
        auto ns = m_manager->Namespace();
        QVERIFY(ns);
        local = QVariantMap();
        connect(ns.get(), &NamespaceProxy::attributeChanged, this,
                [&local](const QString &name, const QVariant &value) {
                    QVariantMap map = local.toMap();
                    map.insert(name, value);
                    local = map;
                });
        connect(ns.get(), &NamespaceProxy::attributeRemoved, this, [&local](const QString &name) {
            QVariantMap map = local.toMap();
            map.remove(name);
            local = map;
        });
        NamespaceProxy *raw = ns.get();
        shared = [raw] { return QVariant(raw->attributes()); };
        sentinel = [raw, end] { return raw->setValue(end, true); };
        sentinelSeen = [&local, end] { return local.toMap().contains(end); };
        dropSentinel = [&local, end] {
            QVariantMap map = local.toMap();
            map.remove(end);
            local = map;
        };
        proxy = std::move(ns);
    } else if (type == QLatin1String("dict")) {
        auto d = m_manager->dict();
        QVERIFY(d);
        local = QVariantList();
        auto find = [](const QVariantList &pairs, const QVariant &key) {
            for (qsizetype i = 0; i < pairs.size(); ++i) {
                const QVariant k = pairs.at(i).toList().value(0);
                if (k.metaType() == key.metaType() && k == key)
                    return i;
            }
            return qsizetype(-1);
        };
        connect(d.get(), &DictProxy::itemInserted, this,
                [&local, find](const QVariant &k, const QVariant &v) {
                    QVariantList pairs = local.toList();
                    if (find(pairs, k) >= 0)
                        pairs.append(QStringLiteral("<inserted twice>"));
                    pairs.append(QVariant(QVariantList { k, v }));
                    local = pairs;
                });
        connect(d.get(), &DictProxy::itemChanged, this,
                [&local, find](const QVariant &k, const QVariant &v) {
                    QVariantList pairs = local.toList();
                    const qsizetype i = find(pairs, k);
                    if (i < 0)
                        pairs.append(QStringLiteral("<changed a missing key>"));
                    else
                        pairs[i] = QVariantList { k, v };
                    local = pairs;
                });
        connect(d.get(), &DictProxy::itemRemoved, this, [&local, find](const QVariant &k) {
            QVariantList pairs = local.toList();
            const qsizetype i = find(pairs, k);
            if (i < 0)
                pairs.append(QStringLiteral("<removed a missing key>"));
            else
                pairs.removeAt(i);
            local = pairs;
        });
        connect(d.get(), &DictProxy::cleared, this, [&local] { local = QVariantList(); });
        DictProxy *raw = d.get();
        shared = [raw] { return QVariant(pairsToList(raw->items())); };
        sentinel = [raw, end] { return raw->setValue(end, true); };
        sentinelSeen = [&local, end] {
            return local.toList().value(local.toList().size() - 1).toList().value(0)
                == QVariant(end);
        };
        dropSentinel = [&local] {
            QVariantList pairs = local.toList();
            pairs.removeLast();
            local = pairs;
        };
        proxy = std::move(d);
    } else if (type == QLatin1String("list")) {
        auto l = m_manager->list({ 100, 101, 102 });
        QVERIFY(l);
        local = QVariantList { 100, 101, 102 };
        connect(l.get(), &ListProxy::itemsInserted, this,
                [&local](int index, const QVariantList &values) {
                    QVariantList items = local.toList();
                    for (qsizetype i = 0; i < values.size(); ++i)
                        items.insert(index + i, values.at(i));
                    local = items;
                });
        connect(l.get(), &ListProxy::itemsRemoved, this, [&local](int index, int count) {
            QVariantList items = local.toList();
            items.remove(index, count);
            local = items;
        });
        connect(l.get(), &ListProxy::itemsChanged, this,
                [&local](int index, const QVariantList &values) {
                    QVariantList items = local.toList();
                    for (qsizetype i = 0; i < values.size(); ++i)
                        items[index + i] = values.at(i);
                    local = items;
                });
        connect(l.get(), &ListProxy::listReset, this,
                [&local](const QVariantList &values) { local = values; });
        ListProxy *raw = l.get();
        shared = [raw] { return QVariant(raw->toList()); };
        sentinel = [raw, end] { return raw->append(end); };
        sentinelSeen = [&local, end] {
            const QVariant last = local.toList().value(local.toList().size() - 1);
            return last.metaType() == QMetaType::fromType<QString>() && last == QVariant(end);
        };
        dropSentinel = [&local] {
            QVariantList items = local.toList();
            items.removeLast();
            local = items;
        };
        proxy = std::move(l);
    } else if (type == QLatin1String("Value")) {
        auto v = m_manager->Value('i', 0);
        QVERIFY(v);
        local = 0;
        connect(v.get(), &ValueProxy::valueChanged, this,
                [&local, &history](const QVariant &value) {
                    local = value;
                    history.append(value);
                });
        ValueProxy *raw = v.get();
        shared = [raw] { return raw->value(); };
        proxy = std::move(v);
    } else if (type == QLatin1String("Array")) {
        auto a = m_manager->Array('i', 16);
        QVERIFY(a);
        local = a->toList();
        connect(a.get(), &ArrayProxy::itemsChanged, this,
                [&local, &history](int start, const QVariantList &values) {
                    QVariantList items = local.toList();
                    for (qsizetype i = 0; i < values.size(); ++i)
                        items[start + i] = values.at(i);
                    local = items;
                    history.append(start);
                });
        ArrayProxy *raw = a.get();
        shared = [raw] { return QVariant(raw->toList()); };
        proxy = std::move(a);
    } else if (type == QLatin1String("Queue")) {
        auto q = m_manager->Queue();
        QVERIFY(q);
        local = 0;
        connect(q.get(), &QueueProxy::sizeChanged, this, [&local, &history](int size) {
            local = size;
            history.append(size);
        });
        QueueProxy *raw = q.get();
        shared = [raw] { return QVariant(raw->qsize()); };
        proxy = std::move(q);
    } else if (type == QLatin1String("Event")) {
        auto e = m_manager->Event();
        QVERIFY(e);
        local = false;
        connect(e.get(), &EventProxy::eventSet, this, [&local, &history] {
            local = true;
            history.append(true);
        });
        connect(e.get(), &EventProxy::eventCleared, this, [&local, &history] {
            local = false;
            history.append(false);
        });
        EventProxy *raw = e.get();
        shared = [raw] { return QVariant(raw->isSet()); };
        proxy = std::move(e);
    }
    QVERIFY(proxy);
    proxy->toString(); // the subscription is on the server once this is answered

    auto worker = startWorker(QStringLiteral("apply"), *proxy,
                              { QStringLiteral("burst"), QString::number(Changes) });
    QVERIFY2(worker->waitFor(QStringLiteral("END")), qPrintable(worker->log()));
    QVERIFY(worker->exitedWith(0));
    const int count = worker->waitForLine(QStringLiteral("COUNT")).toInt();
    QVERIFY2(count >= Changes / 2, qPrintable(worker->log()));
    const QVariant final = resultOf(worker->lines(QStringLiteral("RESULT")).value(0));
    COMPARE_TYPED(shared(), final);

    // Every signal of the burst has been handled once the signal of a later change has: one
    // object's signals come in the order of its changes. The types whose signals can be
    // counted are counted instead.
    if (sentinel) {
        QVERIFY(sentinel());
        QTRY_VERIFY2_WITH_TIMEOUT(sentinelSeen(), qPrintable(show(local)), SignalTimeout);
        dropSentinel();
    } else {
        const int expectedSignals = type == QLatin1String("Array") ? count
            : type == QLatin1String("Queue")                       ? Changes + Changes / 2
                                                                   : Changes;
        QTRY_COMPARE_WITH_TIMEOUT(int(history.size()), expectedSignals, SignalTimeout);
    }
    COMPARE_TYPED(local, final);

    // Where the sequence is known, every change arrived, in order.
    if (type == QLatin1String("Value")) {
        QVariantList expected;
        for (int i = 1; i <= Changes; ++i)
            expected.append(i);
        QCOMPARE(history, expected);
    } else if (type == QLatin1String("Array")) {
        QCOMPARE(history.size(), count); // one signal per change
    } else if (type == QLatin1String("Queue")) {
        QVariantList expected;
        for (int i = 1; i <= Changes; ++i)
            expected.append(i);
        for (int i = Changes - 1; i >= Changes / 2; --i)
            expected.append(i);
        QCOMPARE(history, expected);
    } else if (type == QLatin1String("Event")) {
        QVariantList expected;
        for (int i = 0; i < Changes; ++i)
            expected.append(i % 2 == 0);
        QCOMPARE(history, expected);
    }
}

void tst_Containers::disconnectedSignalsStop()
{
    auto d = m_manager->dict();
    QVERIFY2(d, qPrintable(m_manager->errorString()));
    auto control = typed<DictProxy>(m_manager->proxyForToken(d->token()));
    QVERIFY(control);
    QStringList seen;
    QStringList seenByControl;
    connect(d.get(), &DictProxy::itemInserted, this,
            [&seen](const QVariant &k) { seen.append(k.toString()); });
    connect(control.get(), &DictProxy::itemInserted, this,
            [&seenByControl](const QVariant &k) { seenByControl.append(k.toString()); });
    d->size();

    QCOMPARE(apply(*d, { QStringLiteral("set"), V(QStringLiteral("a")), V(1) }),
             QStringList { QStringLiteral("OK") });
    QTRY_COMPARE_WITH_TIMEOUT(seen, QStringList { QStringLiteral("a") }, SignalTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(seenByControl, QStringList { QStringLiteral("a") }, SignalTimeout);

    QVERIFY(disconnect(d.get(), &DictProxy::itemInserted, this, nullptr));
    QCOMPARE(apply(*d,
                   { QStringLiteral("set"), V(QStringLiteral("b")), V(2), QStringLiteral("set"),
                     V(QStringLiteral("c")), V(3) }),
             (QStringList { QStringLiteral("OK"), QStringLiteral("OK") }));
    // The control proxy got both: had the disconnected one been sent them, they would be here too.
    QTRY_COMPARE_WITH_TIMEOUT(
        seenByControl,
        (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }),
        SignalTimeout);
    QCOMPARE(seen, QStringList { QStringLiteral("a") });

    // Connected again, it gets new changes (only).
    connect(d.get(), &DictProxy::itemInserted, this,
            [&seen](const QVariant &k) { seen.append(k.toString()); });
    d->size();
    QVERIFY(control->setValue(QStringLiteral("d"), 4));
    QTRY_COMPARE_WITH_TIMEOUT(seen, (QStringList { QStringLiteral("a"), QStringLiteral("d") }),
                              SignalTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(seenByControl.size(), 4, SignalTimeout);
}

void tst_Containers::disconnectedSignalsStopInAnotherProcess_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("QObject::disconnect(sender, nullptr, receiver, nullptr)")
        << QStringLiteral("pointer");
    QTest::newRow("QObject::disconnect(QMetaObject::Connection)") << QStringLiteral("handle");
    QTest::newRow("receiver deleted") << QStringLiteral("receiver");
}

// The same in a worker, which disconnects one of its two proxies after the first change, in
// each of the ways Qt offers. Done there so that a disconnection that hangs fails this test
// instead of hanging the suite.
void tst_Containers::disconnectedSignalsStopInAnotherProcess()
{
    QFETCH(QString, how);
    auto l = m_manager->list();
    QVERIFY2(l, qPrintable(m_manager->errorString()));
    auto watcher = startWorker(QStringLiteral("unwatch"), *l, { how });
    QVERIFY2(watcher->waitFor(QStringLiteral("READY")), qPrintable(watcher->log()));

    QVERIFY(l->append(1));
    QVERIFY2(watcher->waitFor(QStringLiteral("DISCONNECTED"), SignalTimeout),
             qPrintable(QStringLiteral("the disconnection did not finish: ") + watcher->log()));
    QVERIFY(l->append(2));
    QVERIFY(l->append(3));
    QTRY_COMPARE_WITH_TIMEOUT(watcher->lines(QStringLiteral("CONTROL SIG")).size(), 3,
                              SignalTimeout);
    QCOMPARE(watcher->lines(QStringLiteral("SIG")).size(), 1);
    QCOMPARE(describeSignal(watcher->lines(QStringLiteral("SIG")).value(0)),
             describeSignal("itemsInserted", { 0, QVariantList { 1 } }));
}

void tst_Containers::proxiesInTwoProcessesBothGetEvents()
{
    auto l = m_manager->list();
    QVERIFY2(l, qPrintable(m_manager->errorString()));
    QStringList here;
    connect(l.get(), &ListProxy::itemsInserted, this, [&here](int i, const QVariantList &v) {
        here.append(describeSignal("itemsInserted", { i, QVariant(v) }));
    });
    connect(l.get(), &ListProxy::itemsRemoved, this, [&here](int i, int n) {
        here.append(describeSignal("itemsRemoved", { i, n }));
    });
    connect(l.get(), &ListProxy::itemsChanged, this, [&here](int i, const QVariantList &v) {
        here.append(describeSignal("itemsChanged", { i, QVariant(v) }));
    });
    connect(l.get(), &ListProxy::listReset, this, [&here](const QVariantList &v) {
        here.append(describeSignal("listReset", { QVariant(v) }));
    });
    l->size();
    auto first = startWorker(QStringLiteral("watch"), *l);
    auto second = startWorker(QStringLiteral("watch"), *l);
    QVERIFY2(first->waitFor(QStringLiteral("READY")), qPrintable(first->log()));
    QVERIFY2(second->waitFor(QStringLiteral("READY")), qPrintable(second->log()));
    QTRY_COMPARE_WITH_TIMEOUT(subscribers(*l), 3, SignalTimeout);

    // A third process changes the list.
    const QStringList out = apply(
        *l,
        { QStringLiteral("append"), V(QStringLiteral("a")), QStringLiteral("insert"),
          QStringLiteral("0"), V(QByteArray("b")), QStringLiteral("set"), QStringLiteral("1"),
          V(2.5), QStringLiteral("reverse"), QStringLiteral("pop"), QStringLiteral("0") });
    QVERIFY2(out.size() == 5, qPrintable(out.join(QLatin1String(" | "))));
    const QStringList expected {
        describeSignal("itemsInserted", { 0, QVariantList { QStringLiteral("a") } }),
        describeSignal("itemsInserted", { 0, QVariantList { QByteArray("b") } }),
        describeSignal("itemsChanged", { 1, QVariantList { 2.5 } }),
        describeSignal("listReset", { QVariant(QVariantList { 2.5, QByteArray("b") }) }),
        describeSignal("itemsRemoved", { 0, 1 }),
    };
    for (Worker *watcher : { first.get(), second.get() }) {
        QTRY_COMPARE_WITH_TIMEOUT(watcher->lines(QStringLiteral("SIG")).size(), expected.size(),
                                  SignalTimeout);
        QStringList described;
        for (const QString &line : watcher->lines(QStringLiteral("SIG")))
            described.append(describeSignal(line));
        QCOMPARE(described, expected);
    }
    QTRY_COMPARE_WITH_TIMEOUT(here.size(), expected.size(), SignalTimeout);
    QCOMPARE(here, expected);

    // The proxies end with their processes, and so do their subscriptions.
    first.reset();
    second.reset();
    QTRY_COMPARE_WITH_TIMEOUT(subscribers(*l), 1, SignalTimeout);
}
