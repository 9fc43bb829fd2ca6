// SPDX-License-Identifier: BSD-3-Clause
// tst_containers: SyncManager's list with Python's semantics, across processes.

#include "tst_containers.h"

// --- list -------------------------------------------------------------------------------------

void tst_Containers::listIndexing()
{
    auto l = m_manager->list({ 0, 1, 2, 3, 4 });
    QVERIFY2(l, qPrintable(m_manager->errorString()));
    QCOMPARE(l->typeId(), QStringLiteral("list"));
    QCOMPARE(l->size(), 5);
    COMPARE_TYPED(l->at(0).value(), QVariant(0));
    COMPARE_TYPED(l->at(-1).value(), QVariant(4));
    COMPARE_TYPED(l->at(-5).value(), QVariant(0));
    QCOMPARE(l->at(5).error(), Error::IndexError);
    QCOMPARE(l->at(-6).error(), Error::IndexError);
    QVERIFY(l->set(-2, QStringLiteral("three")));
    COMPARE_TYPED(l->at(3).value(), QVariant(QStringLiteral("three")));
    QVERIFY(!l->set(5, 0));
    QCOMPARE(l->lastError(), Error::IndexError);
    QVERIFY(!l->set(-6, 0));
    QCOMPARE(l->lastError(), Error::IndexError);
    QCOMPARE(l->toList(), (QVariantList { 0, 1, 2, QStringLiteral("three"), 4 }));
    auto empty = m_manager->list();
    QVERIFY(empty);
    QCOMPARE(empty->at(0).error(), Error::IndexError);
    QCOMPARE(empty->at(-1).error(), Error::IndexError);
}

void tst_Containers::listSlices()
{
    QVariantList start;
    for (int i = 0; i < 10; ++i)
        start.append(i);
    auto l = m_manager->list(start);
    QVERIFY2(l, qPrintable(m_manager->errorString()));

    // Reading: clamped bounds, negative bounds, steps.
    QCOMPARE(l->slice(2, 5).value().toList(), (QVariantList { 2, 3, 4 }));
    QCOMPARE(l->slice(-3).value().toList(), (QVariantList { 7, 8, 9 }));
    QCOMPARE(l->slice(-100, 2).value().toList(), (QVariantList { 0, 1 }));
    QCOMPARE(l->slice(8, 100).value().toList(), (QVariantList { 8, 9 }));
    QCOMPARE(l->slice(5, 2).value().toList(), QVariantList());
    QCOMPARE(l->slice(0, ListProxy::End, 3).value().toList(), (QVariantList { 0, 3, 6, 9 }));
    QCOMPARE(l->slice(1, -1, 2).value().toList(), (QVariantList { 1, 3, 5, 7 }));
    QCOMPARE(l->slice(8, 2, -2).value().toList(), (QVariantList { 8, 6, 4 }));
    QCOMPARE(l->slice(-1, -4, -1).value().toList(), (QVariantList { 9, 8, 7 }));
    QCOMPARE(l->slice(0, 5, 0).error(), Error::ValueError);

    // Assignment may change the length without a step...
    QVERIFY(l->setSlice(1, 3, { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    QCOMPARE(l->toList(),
             (QVariantList { 0, QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), 3, 4,
                             5, 6, 7, 8, 9 }));
    QVERIFY(l->setSlice(1, 4, {}));
    QCOMPARE(l->toList(), (QVariantList { 0, 3, 4, 5, 6, 7, 8, 9 }));
    QVERIFY(l->setSlice(1, 1, { 1, 2 })); // an empty slice: inserts
    QCOMPARE(l->toList(), start);
    QVERIFY(l->setSlice(100, 200, { 10 })); // l[100:200] = [10] appends
    QCOMPARE(l->size(), 11);
    QVERIFY(l->setSlice(-1, ListProxy::End, {}));
    QCOMPARE(l->toList(), start);
    // ...with a step only to the same length.
    QVERIFY(l->setSlice(0, ListProxy::End, { -0, -2, -4, -6, -8 }, 2));
    QCOMPARE(l->toList(), (QVariantList { 0, 1, -2, 3, -4, 5, -6, 7, -8, 9 }));
    QVERIFY(!l->setSlice(0, ListProxy::End, { 1, 2 }, 2));
    QCOMPARE(l->lastError(), Error::ValueError);
    QVERIFY2(l->lastErrorString().contains(QLatin1String("extended slice")),
             qPrintable(l->lastErrorString()));
    QCOMPARE(l->toList(), (QVariantList { 0, 1, -2, 3, -4, 5, -6, 7, -8, 9 }));
    QVERIFY(!l->setSlice(9, 0, { 90, 70 }, -2)); // l[9:0:-2] is five items: 9, 7, 5, 3, 1
    QCOMPARE(l->lastError(), Error::ValueError);
    QVERIFY(l->setSlice(9, 6, { 90, 70 }, -2));
    QCOMPARE(l->toList(), (QVariantList { 0, 1, -2, 3, -4, 5, -6, 70, -8, 90 }));

    // del l[a:b]
    QVERIFY(l->removeSlice(2, 8));
    QCOMPARE(l->toList(), (QVariantList { 0, 1, -8, 90 }));
    QVERIFY(l->removeSlice(-2));
    QCOMPARE(l->toList(), (QVariantList { 0, 1 }));
    QVERIFY(l->removeSlice(5, 10)); // nothing there: no error, as in Python
    QCOMPARE(l->size(), 2);
}

void tst_Containers::listMethods()
{
    auto l = m_manager->list();
    QVERIFY2(l, qPrintable(m_manager->errorString()));
    QVERIFY(l->append(1));
    QVERIFY(l->extend({ 2, 3 }));
    QVERIFY(l->insert(0, 0));
    QVERIFY(l->insert(-1, 2.5)); // before the last item
    QVERIFY(l->insert(100, 9)); // clamped: at the end
    QVERIFY(l->insert(-100, -1)); // clamped: at the start
    QCOMPARE(l->toList(), (QVariantList { -1, 0, 1, 2, 2.5, 3, 9 }));
    QCOMPARE(l->size(), 7);
    QVERIFY(l->contains(2.5));
    QVERIFY(l->contains(2.0)); // numbers compare by value, as in Python
    QVERIFY(l->extend(l->toList())); // l += l
    QCOMPARE(l->size(), 14);
    QCOMPARE(l->count(9), 2);
    QCOMPARE(l->count(4), 0);
    QCOMPARE(l->index(9), 6);
    QCOMPARE(l->index(9, 7), 13);
    QCOMPARE(l->index(0, 2, 9), 8);
    QCOMPARE(l->index(0, 2, 8), -1);

    COMPARE_TYPED(l->pop().value(), QVariant(9));
    COMPARE_TYPED(l->pop(0).value(), QVariant(-1));
    COMPARE_TYPED(l->pop(-2).value(), QVariant(2.5));
    QCOMPARE(l->toList(), (QVariantList { 0, 1, 2, 2.5, 3, 9, -1, 0, 1, 2, 3 }));
    QVERIFY(l->remove(2)); // the first one
    QCOMPARE(l->toList(), (QVariantList { 0, 1, 2.5, 3, 9, -1, 0, 1, 2, 3 }));

    QVERIFY(l->reverse());
    QCOMPARE(l->toList(), (QVariantList { 3, 2, 1, 0, -1, 9, 3, 2.5, 1, 0 }));
    QVERIFY(l->sort());
    QCOMPARE(l->toList(), (QVariantList { -1, 0, 0, 1, 1, 2, 2.5, 3, 3, 9 }));
    QVERIFY(l->sort(Qt::DescendingOrder));
    QCOMPARE(l->toList(), (QVariantList { 9, 3, 3, 2.5, 2, 1, 1, 0, 0, -1 }));

    auto words = m_manager->list(
        { QStringLiteral("pear"), QStringLiteral("apple"), QStringLiteral("fig") });
    QVERIFY(words);
    QVERIFY(words->sort());
    QCOMPARE(
        words->toList(),
        (QVariantList { QStringLiteral("apple"), QStringLiteral("fig"), QStringLiteral("pear") }));
    // Items that cannot be compared: TypeError, and the list is unchanged.
    QVERIFY(words->append(1));
    QVERIFY(!words->sort());
    QCOMPARE(words->lastError(), Error::TypeError);
    QCOMPARE(words->toList(),
             (QVariantList { QStringLiteral("apple"), QStringLiteral("fig"), QStringLiteral("pear"),
                             1 }));

    QVERIFY(l->clear());
    QCOMPARE(l->size(), 0);
    QCOMPARE(l->toList(), QVariantList());
    QVERIFY(l->clear());
}

// Python's ==: numbers by value whatever their type (1 == 1.0 == True), but a string never
// equals a number or a byte array.
void tst_Containers::listItemEquality()
{
    auto l = m_manager->list({ 1, true, 1.0, QStringLiteral("1"), QByteArray("1"), 2 });
    QVERIFY2(l, qPrintable(m_manager->errorString()));
    QCOMPARE(l->count(1), 3);
    QCOMPARE(l->count(qulonglong(1)), 3);
    QCOMPARE(l->index(1.0), 0);
    QCOMPARE(l->count(QStringLiteral("1")), 1);
    QCOMPARE(l->index(QStringLiteral("1")), 3);
    QCOMPARE(l->count(QByteArray("1")), 1);
    QCOMPARE(l->index(QByteArray("1")), 4);
    QVERIFY(!l->contains(QStringLiteral("2")));
    QCOMPARE(l->index(QStringLiteral("2")), -1);
    QCOMPARE(l->lastError(), Error::ValueError);
    QVERIFY(!l->remove(QStringLiteral("2")));
    QCOMPARE(l->lastError(), Error::ValueError);
    QVERIFY(!l->contains(QByteArray("2")));
    QCOMPARE(l->size(), 6);
}

void tst_Containers::listErrorsAreDistinct()
{
    auto l = m_manager->list({ 1, 2 });
    QVERIFY2(l, qPrintable(m_manager->errorString()));
    QCOMPARE(l->pop(5).error(), Error::IndexError);
    QCOMPARE(l->at(2).error(), Error::IndexError);
    QVERIFY(!l->remove(3));
    QCOMPARE(l->lastError(), Error::ValueError);
    QCOMPARE(l->index(3), -1);
    QCOMPARE(l->lastError(), Error::ValueError);
    QVERIFY2(l->lastErrorString().contains(QLatin1String("3 is not in list")),
             qPrintable(l->lastErrorString()));
    QCOMPARE(l->index(1, 1), -1); // not in the range searched
    QCOMPARE(l->lastError(), Error::ValueError);
    auto empty = m_manager->list();
    QVERIFY(empty);
    const Reply popped = empty->pop();
    QCOMPARE(popped.error(), Error::IndexError);
    QVERIFY2(popped.message().contains(QLatin1String("empty")), qPrintable(popped.message()));
    QCOMPARE(l->toList(), (QVariantList { 1, 2 }));
}

void tst_Containers::listAcrossProcesses()
{
    auto l = m_manager->list({ 3, 1, 2 });
    QVERIFY2(l, qPrintable(m_manager->errorString()));
    const QStringList out
        = apply(*l,
                { QStringLiteral("get"), QStringLiteral("-1"), QStringLiteral("append"),
                  V(QStringLiteral("x")), QStringLiteral("pop"), QStringLiteral("-1"),
                  QStringLiteral("sort"), QStringLiteral("insert"), QStringLiteral("-1"), V(9),
                  QStringLiteral("remove"), V(7), QStringLiteral("get"), QStringLiteral("10"),
                  QStringLiteral("setslice"), QStringLiteral("0"), QStringLiteral("1"),
                  V(QVariantList { 5, 6 }), QStringLiteral("list") });
    QVERIFY2(out.size() == 9, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)), QVariant(2));
    QCOMPARE(out.at(1), QStringLiteral("OK"));
    COMPARE_TYPED(resultOf(out.at(2)), QVariant(QStringLiteral("x")));
    QCOMPARE(out.at(3), QStringLiteral("OK"));
    QCOMPARE(out.at(4), QStringLiteral("OK"));
    QCOMPARE(errorOf(out.at(5)), QStringLiteral("ValueError"));
    QCOMPARE(errorOf(out.at(6)), QStringLiteral("IndexError"));
    QCOMPARE(out.at(7), QStringLiteral("OK"));
    const QVariantList expected { 5, 6, 2, 9, 3 };
    COMPARE_TYPED(resultOf(out.at(8)), QVariant(expected));
    QCOMPARE(l->toList(), expected);
}
