// SPDX-License-Identifier: BSD-3-Clause
// tst_containers: SyncManager's Namespace across processes.

#include "tst_containers.h"

// --- Namespace --------------------------------------------------------------------------------

void tst_Containers::namespaceAttributes()
{
    auto ns = m_manager->Namespace();
    QVERIFY2(ns, qPrintable(m_manager->errorString()));
    QCOMPARE(ns->typeId(), QStringLiteral("Namespace"));
    QCOMPARE(ns->toString(), QStringLiteral("Namespace()"));

    // The seed's example, exactly.
    QVERIFY(ns->setValue(QStringLiteral("x"), 10));
    QVERIFY(ns->setValue(QStringLiteral("y"), QStringLiteral("hello")));
    QVERIFY(ns->setValue(QStringLiteral("_z"), 12.3));
    QCOMPARE(ns->toString(), QStringLiteral("Namespace(x=10, y='hello')"));

    COMPARE_TYPED(ns->value(QStringLiteral("x")).value(), QVariant(10));
    COMPARE_TYPED(ns->value(QStringLiteral("y")).value(), QVariant(QStringLiteral("hello")));
    QVERIFY(ns->contains(QStringLiteral("x")));
    QVERIFY(!ns->contains(QStringLiteral("w")));
    QCOMPARE(ns->attributes(),
             (QVariantMap { { QStringLiteral("x"), 10 },
                            { QStringLiteral("y"), QStringLiteral("hello") } }));
    QVERIFY(ns->setValue(QStringLiteral("x"), 11));
    COMPARE_TYPED(ns->value(QStringLiteral("x")).value(), QVariant(11));

    // A missing attribute is a KeyError that names it, for reading and for deleting.
    const Reply missing = ns->value(QStringLiteral("w"));
    QCOMPARE(missing.error(), Error::KeyError);
    QVERIFY2(missing.message().contains(QLatin1String("'w'")), qPrintable(missing.message()));
    COMPARE_TYPED(ns->value(QStringLiteral("w"), 42), QVariant(42));
    QVERIFY(!ns->remove(QStringLiteral("w")));
    QCOMPARE(ns->lastError(), Error::KeyError);
    QVERIFY2(ns->lastErrorString().contains(QLatin1String("'w'")),
             qPrintable(ns->lastErrorString()));

    QVERIFY(ns->remove(QStringLiteral("x")));
    QVERIFY(!ns->contains(QStringLiteral("x")));
    QCOMPARE(ns->value(QStringLiteral("x")).error(), Error::KeyError);
    QCOMPARE(ns->toString(), QStringLiteral("Namespace(y='hello')"));

    // Another process sees and changes the same attributes.
    QVERIFY(ns->setValue(QStringLiteral("x"), 10));
    const QStringList out = apply(
        *ns,
        { QStringLiteral("str"), QStringLiteral("get"), QStringLiteral("y"), QStringLiteral("get"),
          QStringLiteral("w"), QStringLiteral("set"), QStringLiteral("w"), V(QByteArray("bytes")),
          QStringLiteral("del"), QStringLiteral("y"), QStringLiteral("del"), QStringLiteral("y") });
    QVERIFY2(out.size() == 6, qPrintable(out.join(QLatin1String(" | "))));
    QCOMPARE(out.at(0), QStringLiteral("STR Namespace(x=10, y='hello')"));
    COMPARE_TYPED(resultOf(out.at(1)), QVariant(QStringLiteral("hello")));
    QCOMPARE(errorOf(out.at(2)), QStringLiteral("KeyError"));
    QCOMPARE(out.at(3), QStringLiteral("OK"));
    QCOMPARE(out.at(4), QStringLiteral("OK"));
    QCOMPARE(errorOf(out.at(5)), QStringLiteral("KeyError"));
    COMPARE_TYPED(ns->value(QStringLiteral("w")).value(), QVariant(QByteArray("bytes")));
    QVERIFY(!ns->contains(QStringLiteral("y")));
}

void tst_Containers::namespaceUnderscoreAttributesStayOnTheProxy()
{
    auto ns = m_manager->Namespace();
    QVERIFY2(ns, qPrintable(m_manager->errorString()));
    QVERIFY(ns->setValue(QStringLiteral("x"), 10));
    QVERIFY(ns->setValue(QStringLiteral("y"), QStringLiteral("hello")));
    QVERIFY(ns->setValue(QStringLiteral("_z"), 12.3));
    // On this proxy: readable, not shared, not in the string form.
    COMPARE_TYPED(ns->value(QStringLiteral("_z")).value(), QVariant(12.3));
    QVERIFY(ns->contains(QStringLiteral("_z")));
    QVERIFY(!ns->attributes().contains(QStringLiteral("_z")));
    QCOMPARE(ns->toString(), QStringLiteral("Namespace(x=10, y='hello')"));

    // Another proxy in this process does not have it.
    auto other = typed<NamespaceProxy>(m_manager->proxyForToken(ns->token()));
    QVERIFY(other);
    QVERIFY(!other->contains(QStringLiteral("_z")));
    QCOMPARE(other->value(QStringLiteral("_z")).error(), Error::KeyError);

    // Nor does another process; its own '_' attribute stays with its proxy too.
    const QStringList out = apply(
        *ns,
        { QStringLiteral("has"), QStringLiteral("_z"), QStringLiteral("get"), QStringLiteral("_z"),
          QStringLiteral("set"), QStringLiteral("_w"), V(1), QStringLiteral("get"),
          QStringLiteral("_w"), QStringLiteral("attrs"), QStringLiteral("str") });
    QVERIFY2(out.size() == 6, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)), QVariant(false));
    QCOMPARE(errorOf(out.at(1)), QStringLiteral("KeyError"));
    QCOMPARE(out.at(2), QStringLiteral("OK"));
    COMPARE_TYPED(resultOf(out.at(3)), QVariant(1));
    COMPARE_TYPED(resultOf(out.at(4)),
                  QVariant(QVariantMap { { QStringLiteral("x"), 10 },
                                         { QStringLiteral("y"), QStringLiteral("hello") } }));
    QCOMPARE(out.at(5), QStringLiteral("STR Namespace(x=10, y='hello')"));
    QVERIFY(!ns->contains(QStringLiteral("_w")));

    // Deleting one is local as well.
    QVERIFY(ns->remove(QStringLiteral("_z")));
    QVERIFY(!ns->contains(QStringLiteral("_z")));
    QVERIFY(!ns->remove(QStringLiteral("_z")));
    QCOMPARE(ns->lastError(), Error::KeyError);

    // The shared object itself refuses such names, whoever asks.
    const Reply raw = ns->callMethod(QStringLiteral("setattr"), { QStringLiteral("_raw"), 1 });
    QVERIFY2(!raw.isValid(), "the server stored a '_' attribute");
    QCOMPARE(ns->toString(), QStringLiteral("Namespace(x=10, y='hello')"));
}
