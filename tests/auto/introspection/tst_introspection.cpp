// SPDX-License-Identifier: BSD-3-Clause
// The server's introspection object, as an inspector uses it: the objects a page at a time in
// creation order (each once, however many there are, while another process creates and
// releases them), filtered by type with bounded work per page, with who holds references to
// each; and the capabilities a client checks before it relies on any of it.

#include "../../helpers/lmhelper/testtypes.h"
#include "../../shared/helperprocess.h"

#include <libmanager/basemanager.h>
#include <libmanager/protocol_p.h>
#include <libmanager/servermain.h>

#include <QtCore/qdatetime.h>
#include <QtTest/qtest.h>

#include <csignal>
#include <set>

using namespace LibManager;
using TestSupport::HelperProcess;

namespace {

struct Page
{
    QVariantList objects;
    qint64 total = -1;
    quint64 next = 0;
    bool atEnd = false;
};

Page objectsPage(const Proxy &introspector, const QVariantMap &options)
{
    const Reply reply = introspector.callMethod(QStringLiteral("objectsPage"), { options });
    Page page;
    if (!reply.isValid())
        return page;
    const QVariantMap map = reply.value().toMap();
    page.objects = map.value(QStringLiteral("objects")).toList();
    page.total = map.value(QStringLiteral("total")).toLongLong();
    page.next = map.value(QStringLiteral("next")).toULongLong();
    page.atEnd = map.value(QStringLiteral("atEnd")).toBool();
    return page;
}

} // namespace

class tst_Introspection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();
    void capabilities();
    void objectsComeAPageAtATimeInCreationOrder();
    void filteredPagesBoundTheirWork();
    void pagingStaysConsistentWhileAnotherProcessReleases();

private:
    std::unique_ptr<HelperProcess> holder(int objects);

    std::unique_ptr<TestManager> m_manager;
    const QByteArray m_key = QByteArrayLiteral("introspection-suite");
};

void tst_Introspection::initTestCase_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("local") << QString();
    QTest::newRow("tcp") << QStringLiteral("127.0.0.1:0");
}

void tst_Introspection::init()
{
    QFETCH_GLOBAL(QString, address);
    m_manager = std::make_unique<TestManager>(address, m_key);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
}

void tst_Introspection::cleanup()
{
    m_manager.reset();
}

std::unique_ptr<HelperProcess> tst_Introspection::holder(int objects)
{
    auto helper = std::make_unique<HelperProcess>(QStringList {
            QStringLiteral("hold"), m_manager->address(), QString::fromLatin1(m_key.toHex()),
            QString::number(objects) });
    if (!helper->waitFor(QStringLiteral("HOLDING")))
        return nullptr;
    return helper;
}

void tst_Introspection::capabilities()
{
    const auto introspector = m_manager->introspector();
    QVERIFY(introspector);
    const QVariantMap capabilities = introspector->callMethod(QStringLiteral("capabilities")).value().toMap();
    QCOMPARE(capabilities.value(QStringLiteral("protocol")).toInt(), int(Protocol::Version));
    QCOMPARE(capabilities.value(QStringLiteral("introspection")).toInt(), 2);
    QVERIFY(capabilities.value(QStringLiteral("calls")).toStringList().contains(QStringLiteral("objectsPage")));
}

// 30 objects of ours and 250 of another process, 100 a page: each once, in the order they
// were made, with the client that holds each, and when it was made.
void tst_Introspection::objectsComeAPageAtATimeInCreationOrder()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    std::vector<std::unique_ptr<Proxy>> ours;
    for (int i = 0; i < 30; ++i) {
        ours.push_back(m_manager->create(QStringLiteral("FooClass")));
        QVERIFY(ours.back());
    }
    const auto other = holder(250);
    QVERIFY(other);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const auto introspector = m_manager->introspector();
    QVERIFY(introspector);

    QList<quint64> seen;
    QHash<QString, int> objectsByHolder;
    Page page;
    int pages = 0;
    do {
        page = objectsPage(*introspector, { { QStringLiteral("after"), page.next },
                                            { QStringLiteral("count"), 100 } });
        QCOMPARE(page.total, 280);
        QVERIFY(page.objects.size() <= 100);
        for (const QVariant &object : std::as_const(page.objects)) {
            const QVariantMap info = object.toMap();
            seen.append(info.value(QStringLiteral("id")).toULongLong());
            const qint64 created = info.value(QStringLiteral("createdAt")).toLongLong();
            QVERIFY2(created >= before && created <= after, qPrintable(QString::number(created)));
            const QVariantMap byClient = info.value(QStringLiteral("referencesByClient")).toMap();
            QCOMPARE(byClient.size(), 1);
            QCOMPARE(byClient.first().toLongLong(), info.value(QStringLiteral("references")).toLongLong());
            ++objectsByHolder[byClient.firstKey()];
            // Made by the client that holds it.
            QCOMPARE(info.value(QStringLiteral("creator")).toString(), byClient.firstKey());
        }
        ++pages;
    } while (!page.atEnd);
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 280);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(std::set<quint64>(seen.begin(), seen.end()).size(), size_t(280));
    // Two clients: this one with its 30, the other process with its 250.
    QCOMPARE(objectsByHolder.size(), 2);
    QList<int> counts = objectsByHolder.values();
    std::sort(counts.begin(), counts.end());
    QCOMPARE(counts, (QList<int> { 30, 250 }));
}

// One "Later" among 400 FooClass objects: a page with a typeid filter looks at 64 times its
// count at most and says where it stopped, so finding it takes several short calls, not one
// that walks every object.
void tst_Introspection::filteredPagesBoundTheirWork()
{
    const auto other = holder(400);
    QVERIFY(other);
    const auto later = m_manager->create(QStringLiteral("Later"));
    QVERIFY(later);
    const auto introspector = m_manager->introspector();
    QVERIFY(introspector);
    QVariantList found;
    Page page;
    int pages = 0;
    do {
        page = objectsPage(*introspector, { { QStringLiteral("after"), page.next },
                                            { QStringLiteral("count"), 1 },
                                            { QStringLiteral("typeIds"), QStringList { QStringLiteral("Later") } } });
        QVERIFY(page.total >= 401);
        found += page.objects;
        ++pages;
        QVERIFY(pages < 100);
    } while (!page.atEnd);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toMap().value(QStringLiteral("id")).toULongLong(), later->token().objectId());
    QVERIFY2(pages >= 400 / 64, qPrintable(QString::number(pages)));
}

// Another process's objects go (it is killed) while we page: the pages go on from their
// cursor, never repeat an object, never skip one that lived throughout, and never list one
// that is gone.
void tst_Introspection::pagingStaysConsistentWhileAnotherProcessReleases()
{
    auto other = holder(300);
    QVERIFY(other);
    std::vector<std::unique_ptr<Proxy>> ours;
    for (int i = 0; i < 20; ++i) {
        ours.push_back(m_manager->create(QStringLiteral("FooClass")));
        QVERIFY(ours.back());
    }
    const auto introspector = m_manager->introspector();
    QVERIFY(introspector);
    Page page = objectsPage(*introspector, { { QStringLiteral("count"), 50 } });
    QCOMPARE(page.total, 320);
    QList<quint64> seen;
    for (const QVariant &object : std::as_const(page.objects))
        seen.append(object.toMap().value(QStringLiteral("id")).toULongLong());

    other->killHard();
    QVERIFY(other->finish());
    // The server sees the other process go; its 300 objects with it.
    QTRY_COMPARE(objectsPage(*introspector, { { QStringLiteral("count"), 1 } }).total, 20);

    while (!page.atEnd) {
        page = objectsPage(*introspector, { { QStringLiteral("after"), page.next },
                                            { QStringLiteral("count"), 50 } });
        for (const QVariant &object : std::as_const(page.objects))
            seen.append(object.toMap().value(QStringLiteral("id")).toULongLong());
    }
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(std::set<quint64>(seen.begin(), seen.end()).size(), size_t(seen.size()));
    for (const auto &proxy : ours)
        QVERIFY(seen.contains(proxy->token().objectId()));
    // The first page's 50 were the other process's; after them, only ours.
    QCOMPARE(seen.size(), 50 + 20);
}

int main(int argc, char *argv[])
{
    // TestManager has application types: start() runs this program again as its server.
    if (LibManager::isServerProcess())
        return LibManager::serverMain<TestManager>(argc, argv);
    QCoreApplication app(argc, argv);
    tst_Introspection test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_introspection.moc"
