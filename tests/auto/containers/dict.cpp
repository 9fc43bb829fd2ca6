// SPDX-License-Identifier: BSD-3-Clause
// tst_containers: SyncManager's dict with Python's semantics, across processes.

#include "tst_containers.h"

// --- dict -------------------------------------------------------------------------------------

void tst_Containers::dictMethods()
{
    auto d = m_manager->dict();
    QVERIFY2(d, qPrintable(m_manager->errorString()));
    QCOMPARE(d->typeId(), QStringLiteral("dict"));
    QCOMPARE(d->size(), 0);
    QVERIFY(d->setValue(QStringLiteral("a"), 1));
    QVERIFY(d->setValue(QStringLiteral("b"), QStringLiteral("two")));
    QVERIFY(d->setValue(3, 3.5));
    QCOMPARE(d->size(), 3);
    COMPARE_TYPED(d->value(QStringLiteral("a")).value(), QVariant(1));
    COMPARE_TYPED(d->value(3).value(), QVariant(3.5));
    QVERIFY(d->contains(QStringLiteral("b")));
    QVERIFY(!d->contains(QStringLiteral("c")));
    QCOMPARE(d->keys(), (QVariantList { QStringLiteral("a"), QStringLiteral("b"), 3 }));
    QCOMPARE(d->values(), (QVariantList { 1, QStringLiteral("two"), 3.5 }));
    QCOMPARE(pairsToList(d->items()),
             pairsToList({ { QStringLiteral("a"), 1 },
                           { QStringLiteral("b"), QStringLiteral("two") },
                           { 3, 3.5 } }));
    QCOMPARE(pairsToList(d->copy()), pairsToList(d->items()));

    // get with a default
    COMPARE_TYPED(d->value(QStringLiteral("a"), 0), QVariant(1));
    COMPARE_TYPED(d->value(QStringLiteral("zz"), 0), QVariant(0));
    COMPARE_TYPED(d->value(QStringLiteral("zz"), QVariant()), QVariant());
    QCOMPARE(d->lastError(), Error::NoError);

    // setdefault: the present value, or inserts the default
    COMPARE_TYPED(d->setDefault(QStringLiteral("a"), 100), QVariant(1));
    COMPARE_TYPED(d->setDefault(QStringLiteral("c"), 100), QVariant(100));
    COMPARE_TYPED(d->value(QStringLiteral("c")).value(), QVariant(100));
    COMPARE_TYPED(d->setDefault(QStringLiteral("none")), QVariant());
    QVERIFY(d->contains(QStringLiteral("none")));

    // pop, with and without a default
    COMPARE_TYPED(d->pop(QStringLiteral("c")).value(), QVariant(100));
    QVERIFY(!d->contains(QStringLiteral("c")));
    COMPARE_TYPED(d->pop(QStringLiteral("c"), -1), QVariant(-1));
    QCOMPARE(d->pop(QStringLiteral("c")).error(), Error::KeyError);

    // popitem: the last inserted pair
    const Reply last = d->popItem();
    QVERIFY2(last.isValid(), qPrintable(last.errorString()));
    QCOMPARE(last.value().toList(), (QVariantList { QStringLiteral("none"), QVariant() }));
    QCOMPARE(d->size(), 3);

    // update from a map, a hash and pairs
    QVERIFY(d->update(QVariantMap { { QStringLiteral("a"), 10 }, { QStringLiteral("m"), 1 } }));
    QVERIFY(d->update(QVariantHash { { QStringLiteral("h"), 2 } }));
    QVERIFY(
        d->update(VariantPairList { { 7, QStringLiteral("seven") }, { QStringLiteral("b"), 20 } }));
    QCOMPARE(pairsToList(d->items()),
             pairsToList({ { QStringLiteral("a"), 10 },
                           { QStringLiteral("b"), 20 },
                           { 3, 3.5 },
                           { QStringLiteral("m"), 1 },
                           { QStringLiteral("h"), 2 },
                           { 7, QStringLiteral("seven") } }));
    QCOMPARE(d->toMap().value(QStringLiteral("7")), QVariant(QStringLiteral("seven")));

    // del, clear
    QVERIFY(d->remove(QStringLiteral("m")));
    QVERIFY(!d->contains(QStringLiteral("m")));
    QVERIFY(d->clear());
    QCOMPARE(d->size(), 0);
    QCOMPARE(d->keys(), QVariantList());
    QCOMPARE(d->popItem().error(), Error::KeyError);

    // The other constructors: from a mapping and from pairs (in their order).
    auto fromMap
        = m_manager->dict(QVariantMap { { QStringLiteral("x"), 1 }, { QStringLiteral("y"), 2 } });
    QVERIFY(fromMap);
    QCOMPARE(fromMap->size(), 2);
    COMPARE_TYPED(fromMap->value(QStringLiteral("y")).value(), QVariant(2));
    auto fromHash = m_manager->dict(QVariantHash { { QStringLiteral("k"), true } });
    QVERIFY(fromHash);
    COMPARE_TYPED(fromHash->value(QStringLiteral("k")).value(), QVariant(true));
    auto fromPairs = m_manager->dict(VariantPairList {
        { 2, QStringLiteral("b") }, { 1, QStringLiteral("a") }, { 2, QStringLiteral("B") } });
    QVERIFY(fromPairs);
    QCOMPARE(pairsToList(fromPairs->items()),
             pairsToList({ { 2, QStringLiteral("B") }, { 1, QStringLiteral("a") } }));
    QCOMPARE(fromPairs->toString(), QStringLiteral("{2: 'B', 1: 'a'}"));
}

void tst_Containers::dictMissingKeys()
{
    auto d = m_manager->dict(VariantPairList { { QStringLiteral("present"), 1 } });
    QVERIFY2(d, qPrintable(m_manager->errorString()));
    QSignalSpy errors(d.get(), &Proxy::errorOccurred);

    const Reply missing = d->value(QStringLiteral("missing"));
    QCOMPARE(missing.error(), Error::KeyError);
    // Python's message: the key's repr.
    QCOMPARE(missing.message(), QStringLiteral("'missing'"));
    QCOMPARE(d->value(42).message(), QStringLiteral("42"));
    QVERIFY(!d->remove(QStringLiteral("missing")));
    QCOMPARE(d->lastError(), Error::KeyError);
    QCOMPARE(d->pop(QStringLiteral("missing")).error(), Error::KeyError);
    QCOMPARE(errors.count(), 4);
    QCOMPARE(errors.at(0).at(0).value<Error>(), Error::KeyError);
    // KeyError is its own code: not an index error, not a type error, not a failed call.
    QVERIFY(Error::KeyError != Error::IndexError && Error::KeyError != Error::TypeError);
    QVERIFY(isRemoteError(Error::KeyError));
    QCOMPARE(d->size(), 1);

    // Unhashable keys are refused as TypeError, for every operation that takes a key.
    const QVariant listKey = QVariantList { 1, 2 };
    const QVariant mapKey = QVariantMap { { QStringLiteral("a"), 1 } };
    QVERIFY(!d->setValue(listKey, 1));
    QCOMPARE(d->lastError(), Error::TypeError);
    QVERIFY2(d->lastErrorString().contains(QLatin1String("hashable"))
                 || d->lastErrorString().contains(QLatin1String("key")),
             qPrintable(d->lastErrorString()));
    QCOMPARE(d->value(listKey).error(), Error::TypeError);
    QVERIFY(!d->setValue(mapKey, 1));
    QCOMPARE(d->lastError(), Error::TypeError);
    QCOMPARE(d->pop(mapKey).error(), Error::TypeError);
    QVERIFY(!d->update(VariantPairList { { QStringLiteral("ok"), 1 }, { listKey, 2 } }));
    QCOMPARE(d->lastError(), Error::TypeError);
    QCOMPARE(d->size(), 1);
    // `[1, 2] in d` raises TypeError in Python too: an unhashable key is not just absent.
    QVERIFY(!d->contains(listKey));
    QCOMPARE(d->lastError(), Error::TypeError);
}

void tst_Containers::dictKeepsInsertionOrder()
{
    auto d = m_manager->dict();
    QVERIFY2(d, qPrintable(m_manager->errorString()));
    const QStringList names { QStringLiteral("zeta"), QStringLiteral("alpha"),
                              QStringLiteral("mid"), QStringLiteral("beta"),
                              QStringLiteral("omega") };
    for (const QString &name : names)
        QVERIFY(d->setValue(name, name.size()));
    QVariantList expected;
    for (const QString &name : names)
        expected.append(name);
    QCOMPARE(d->keys(), expected);
    // Changing a value keeps the position; deleting and re-inserting moves the key to the end.
    QVERIFY(d->setValue(QStringLiteral("alpha"), 0));
    QCOMPARE(d->keys(), expected);
    QVERIFY(d->remove(QStringLiteral("alpha")));
    QVERIFY(d->setValue(QStringLiteral("alpha"), 1));
    expected.removeAt(1);
    expected.append(QStringLiteral("alpha"));
    QCOMPARE(d->keys(), expected);
    QCOMPARE(d->popItem().value().toList().value(0), QVariant(QStringLiteral("alpha")));
}

void tst_Containers::dictKeyEquality()
{
    auto d = m_manager->dict();
    QVERIFY2(d, qPrintable(m_manager->errorString()));
    // 1, 1.0 and true are one key, as in Python; the first one inserted stays the key.
    QVERIFY(d->setValue(1, QStringLiteral("int")));
    QVERIFY(d->setValue(1.0, QStringLiteral("double")));
    QVERIFY(d->setValue(true, QStringLiteral("bool")));
    QVERIFY(d->setValue(qulonglong(1), QStringLiteral("ulonglong")));
    QCOMPARE(d->size(), 1);
    COMPARE_TYPED(d->keys().value(0), QVariant(1));
    COMPARE_TYPED(d->value(1.0).value(), QVariant(QStringLiteral("ulonglong")));
    QVERIFY(d->contains(qlonglong(1)));
    QVERIFY(d->contains(true));
    QVERIFY(!d->contains(1.5));
    QVERIFY(!d->contains(QStringLiteral("1")));
    // 0 and false are one key too, distinct from 1.
    QVERIFY(d->setValue(false, QStringLiteral("zero")));
    COMPARE_TYPED(d->value(0).value(), QVariant(QStringLiteral("zero")));
    QCOMPARE(d->size(), 2);
    QVERIFY(d->remove(0.0));
    QCOMPARE(d->size(), 1);

    // Byte arrays and strings never equal each other.
    QVERIFY(d->setValue(QByteArray("k"), QStringLiteral("bytes")));
    QVERIFY(d->setValue(QStringLiteral("k"), QStringLiteral("string")));
    QCOMPARE(d->size(), 3);
    COMPARE_TYPED(d->value(QByteArray("k")).value(), QVariant(QStringLiteral("bytes")));
    COMPARE_TYPED(d->value(QStringLiteral("k")).value(), QVariant(QStringLiteral("string")));
    COMPARE_TYPED(d->keys().value(1), QVariant(QByteArray("k")));
    COMPARE_TYPED(d->keys().value(2), QVariant(QStringLiteral("k")));

    // Other hashable kinds.
    const QUuid uuid = QUuid::createUuid();
    const QDateTime when(QDate(2024, 2, 29), QTime(12, 0), Qt::UTC);
    QVERIFY(d->setValue(uuid, 1));
    QVERIFY(d->setValue(when, 2));
    QVERIFY(d->setValue(QDate(2024, 1, 1), 3));
    COMPARE_TYPED(d->value(uuid).value(), QVariant(1));
    COMPARE_TYPED(d->value(when).value(), QVariant(2));
    COMPARE_TYPED(d->value(QDate(2024, 1, 1)).value(), QVariant(3));

    // Another process finds the same keys by equal values of other types.
    const QStringList out = apply(
        *d,
        { QStringLiteral("get"), V(1.0), QStringLiteral("get"), V(true), QStringLiteral("get"),
          V(QByteArray("k")), QStringLiteral("get"), V(QStringLiteral("k")), QStringLiteral("get"),
          V(uuid), QStringLiteral("set"), V(QVariantList { 1 }), V(1) });
    QVERIFY2(out.size() == 6, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)), QVariant(QStringLiteral("ulonglong")));
    COMPARE_TYPED(resultOf(out.at(1)), QVariant(QStringLiteral("ulonglong")));
    COMPARE_TYPED(resultOf(out.at(2)), QVariant(QStringLiteral("bytes")));
    COMPARE_TYPED(resultOf(out.at(3)), QVariant(QStringLiteral("string")));
    COMPARE_TYPED(resultOf(out.at(4)), QVariant(1));
    QCOMPARE(errorOf(out.at(5)), QStringLiteral("TypeError"));
}

void tst_Containers::dictAcrossProcesses()
{
    auto d = m_manager->dict(VariantPairList { { QStringLiteral("a"), 1 } });
    QVERIFY2(d, qPrintable(m_manager->errorString()));
    const QStringList out = apply(*d,
                                  { QStringLiteral("set"),
                                    V(QStringLiteral("b")),
                                    V(2),
                                    QStringLiteral("get"),
                                    V(QStringLiteral("a")),
                                    QStringLiteral("get"),
                                    V(QStringLiteral("zz")),
                                    QStringLiteral("setdefault"),
                                    V(QStringLiteral("a")),
                                    V(9),
                                    QStringLiteral("setdefault"),
                                    V(QStringLiteral("c")),
                                    V(3),
                                    QStringLiteral("pop"),
                                    V(QStringLiteral("zz")),
                                    QStringLiteral("update"),
                                    V(QVariantMap { { QStringLiteral("d"), 4 } }),
                                    QStringLiteral("del"),
                                    V(QStringLiteral("a")),
                                    QStringLiteral("popitem"),
                                    QStringLiteral("len"),
                                    QStringLiteral("items") });
    QVERIFY2(out.size() == 11, qPrintable(out.join(QLatin1String(" | "))));
    QCOMPARE(out.at(0), QStringLiteral("OK"));
    COMPARE_TYPED(resultOf(out.at(1)), QVariant(1));
    QCOMPARE(errorOf(out.at(2)), QStringLiteral("KeyError"));
    COMPARE_TYPED(resultOf(out.at(3)), QVariant(1));
    COMPARE_TYPED(resultOf(out.at(4)), QVariant(3));
    QCOMPARE(errorOf(out.at(5)), QStringLiteral("KeyError"));
    QCOMPARE(out.at(6), QStringLiteral("OK"));
    QCOMPARE(out.at(7), QStringLiteral("OK"));
    COMPARE_TYPED(resultOf(out.at(8)), QVariant(QVariantList { QStringLiteral("d"), 4 }));
    COMPARE_TYPED(resultOf(out.at(9)), QVariant(2));
    const QVariantList expected
        = pairsToList({ { QStringLiteral("b"), 2 }, { QStringLiteral("c"), 3 } });
    COMPARE_TYPED(resultOf(out.at(10)), QVariant(expected));
    COMPARE_TYPED(QVariant(pairsToList(d->items())), QVariant(expected));
}
