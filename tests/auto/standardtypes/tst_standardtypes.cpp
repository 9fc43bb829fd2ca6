// SPDX-License-Identifier: BSD-3-Clause
// The table of the standard types (standardtypes/standardtypes_p.h) and their wire vocabularies
// (standardtypes/vocabulary_p.h), in process: every row makes its object and its proxy, refuses
// bad arguments with a reason instead of an exception, and its vocabulary is exactly what its
// object serves; the proxies spell every wire name through the vocabulary.
#include <libmanager/standardtypes/standardobject_p.h>
#include <libmanager/standardtypes/standardtypes_p.h>
#include <libmanager/proxy.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qregularexpression.h>
#include <QtTest/qtest.h>

#include <memory>

using namespace LibManager;

namespace {

// Arguments a row's factory accepts; {} for the types that need none.
QVariantList sampleArguments(QLatin1String typeId)
{
    if (typeId == QLatin1String("Barrier"))
        return { 2 };
    if (typeId == QLatin1String("Value"))
        return { QStringLiteral("i"), 7 };
    if (typeId == QLatin1String("Array"))
        return { QStringLiteral("d"), 3 };
    return {};
}

std::unique_ptr<StandardObject> make(const StandardType &type, const QVariantList &args, Reply *failure)
{
    return std::unique_ptr<StandardObject>(type.make(args, failure));
}

QStringList vocabularyOf(const StandardType &type)
{
    QStringList names;
    for (qsizetype i = 0; i < type.methodCount; ++i)
        names.append(QString::fromLatin1(type.methods[i]));
    return names;
}

} // namespace

class tst_StandardTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyRowMakesItsObjectAndItsProxy();
    void theTableIsWhatSyncManagerRegisters();
    void badArgumentsAreRefusedWithAReason_data();
    void badArgumentsAreRefusedWithAReason();
    void eachVocabularyIsWhatItsObjectServes_data();
    void eachVocabularyIsWhatItsObjectServes();
    void proxiesSpellWireNamesThroughTheVocabulary();
};

void tst_StandardTypes::everyRowMakesItsObjectAndItsProxy()
{
    QSet<QString> seen;
    for (const StandardType &type : standardTypes()) {
        const QString typeId = type.typeId;
        QVERIFY2(!seen.contains(typeId), qPrintable(typeId));
        seen.insert(typeId);
        QCOMPARE(findStandardType(typeId), &type);
        Reply failure;
        const auto object = make(type, sampleArguments(type.typeId), &failure);
        QVERIFY2(object, qPrintable(typeId + QLatin1String(": ") + failure.errorString()));
        const std::unique_ptr<Proxy> proxy(type.makeProxy());
        QVERIFY2(proxy, qPrintable(typeId));
        QVERIFY2(qstrcmp(proxy->metaObject()->className(), "LibManager::Proxy") != 0,
                 qPrintable(typeId + QLatin1String(" has no proxy class of its own")));
    }
    QCOMPARE(seen.size(), 14);
    QVERIFY(!findStandardType(u"deque"));
    QVERIFY(!findStandardType(u"DICT"));
}

void tst_StandardTypes::theTableIsWhatSyncManagerRegisters()
{
    QStringList table;
    for (const StandardType &type : standardTypes())
        table.append(type.typeId);
    table.sort();
    SyncManager manager;
    QCOMPARE(manager.typeIds(), table);
    // What SyncManager::createSharedObject() makes comes from the same rows.
    std::unique_ptr<QObject> queue(SyncManager::createSharedObject(QStringLiteral("JoinableQueue"), { 3 }));
    QVERIFY(qobject_cast<StandardObject *>(queue.get()));
    QVERIFY(!SyncManager::createSharedObject(QStringLiteral("deque")));
    QVERIFY(!SyncManager::createSharedObject(QStringLiteral("Semaphore"), { -1 }));
}

void tst_StandardTypes::badArgumentsAreRefusedWithAReason_data()
{
    QTest::addColumn<QString>("typeId");
    QTest::addColumn<QVariantList>("args");
    QTest::addColumn<QString>("reason");
    QTest::newRow("Semaphore below 0") << QStringLiteral("Semaphore") << QVariantList { -1 }
                                       << QStringLiteral("semaphore initial value must be >= 0");
    QTest::newRow("BoundedSemaphore of text")
            << QStringLiteral("BoundedSemaphore") << QVariantList { QStringLiteral("many") }
            << QStringLiteral("value must be an integer");
    QTest::newRow("Barrier of nobody") << QStringLiteral("Barrier") << QVariantList { 0 }
                                       << QStringLiteral("a barrier needs one party or more");
    QTest::newRow("Queue of text") << QStringLiteral("Queue") << QVariantList { QStringLiteral("big") }
                                   << QStringLiteral("maxsize must be an integer");
    QTest::newRow("Value of a bad typecode") << QStringLiteral("Value") << QVariantList { QStringLiteral("x") }
                                             << QStringLiteral("bad typecode 'x'");
    QTest::newRow("Array without typecode") << QStringLiteral("Array") << QVariantList {}
                                            << QStringLiteral("bad typecode ''");
    QTest::newRow("Value that does not fit") << QStringLiteral("Value")
                                             << QVariantList { QStringLiteral("b"), 1000 }
                                             << QString();
    QTest::newRow("list of a number") << QStringLiteral("list") << QVariantList { 3 }
                                      << QStringLiteral("list() takes a list");
    QTest::newRow("dict of a number") << QStringLiteral("dict") << QVariantList { 3 } << QString();
    QTest::newRow("Condition without a host") << QStringLiteral("Condition")
                                              << QVariantList { QVariant::fromValue(Token()) }
                                              << QStringLiteral("Condition() takes a Lock or RLock");
}

void tst_StandardTypes::badArgumentsAreRefusedWithAReason()
{
    QFETCH(QString, typeId);
    QFETCH(QVariantList, args);
    QFETCH(QString, reason);
    const StandardType *type = findStandardType(typeId);
    QVERIFY(type);
    Reply failure;
    const auto object = make(*type, args, &failure); // no exception, or the test dies here
    QVERIFY(!object);
    QCOMPARE(failure.error(), Error::InvalidArguments);
    QVERIFY2(!failure.message().isEmpty(), "a refusal says why");
    QVERIFY2(failure.message().contains(reason), qPrintable(failure.message()));
}

void tst_StandardTypes::eachVocabularyIsWhatItsObjectServes_data()
{
    QTest::addColumn<QString>("typeId");
    for (const StandardType &type : standardTypes())
        QTest::newRow(type.typeId.data()) << QString(type.typeId);
}

void tst_StandardTypes::eachVocabularyIsWhatItsObjectServes()
{
    QFETCH(QString, typeId);
    const StandardType &type = *findStandardType(typeId);
    Reply failure;
    const auto object = make(type, sampleArguments(type.typeId), &failure);
    QVERIFY2(object, qPrintable(failure.errorString()));

    // What the proxy may say is what the object says it serves, no more, no less, once each.
    const QStringList vocabulary = vocabularyOf(type);
    const QStringList served = object->methodNames();
    QCOMPARE(QSet<QString>(vocabulary.cbegin(), vocabulary.cend()).size(), vocabulary.size());
    QCOMPARE(QSet<QString>(served.cbegin(), served.cend()).size(), served.size());
    QStringList sortedVocabulary = vocabulary;
    QStringList sortedServed = served;
    sortedVocabulary.sort();
    sortedServed.sort();
    QCOMPARE(sortedServed, sortedVocabulary);

    // And it does serve every one of them (whatever the arguments make of the call), and
    // nothing else.
    for (const QString &name : vocabulary) {
        const QByteArray method = name.toLatin1();
        const Reply reply = object->call(Caller { 1 }, MethodName(method), {});
        QVERIFY2(reply.error() != Error::MethodNotExposed, qPrintable(typeId + QLatin1Char('.') + name));
    }
    const Reply unknown = object->call(Caller { 1 }, MethodName("no_such_method"), {});
    QCOMPARE(unknown.error(), Error::MethodNotExposed);
}

void tst_StandardTypes::proxiesSpellWireNamesThroughTheVocabulary()
{
    // A proxy call takes a QStringView, so a literal would compile: this is the check that
    // none is left. The server side needs none: publish() takes only a WireName, and
    // dispatch goes through the tables that the test above checks.
    const QDir sources(QStringLiteral(LIBMANAGER_SOURCE_DIR));
    // A call of a proxy's or a literal event name: the name must not be a literal.
    const QString calls = QStringLiteral("(?:ProxyPrivate::(?:call|callAsync|post)|TypedProxy::\\w+(?:<[^>()]*>)?"
                                         "|postLate|callMethod)\\(\\s*(?:(?:\\*this|proxy|objectId),\\s*)?");
    const QString literals = QStringLiteral("(?:QStringLiteral\\(|u\"|QLatin1String\\(|\")");
    const QRegularExpression literalName(calls + literals + QStringLiteral("|name == \""));
    QStringList files = sources.entryList({ QStringLiteral("*proxy.cpp") }, QDir::Files);
    files.append(QStringLiteral("typedproxy_p.h"));
    QVERIFY(files.size() >= 12);
    for (const QString &fileName : std::as_const(files)) {
        QFile file(sources.filePath(fileName));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QString text = QString::fromUtf8(file.readAll());
        if (fileName == QLatin1String("proxy.cpp"))
            continue; // the generic Proxy: the Python protocol (__str__) and object 0's calls
        const QRegularExpressionMatch match = literalName.match(text);
        QVERIFY2(!match.hasMatch(),
                 qPrintable(fileName + QLatin1String(": a wire name not from vocabulary_p.h: ")
                            + text.mid(match.capturedStart(), 80)));
    }
}

QTEST_GUILESS_MAIN(tst_StandardTypes)
#include "tst_standardtypes.moc"
