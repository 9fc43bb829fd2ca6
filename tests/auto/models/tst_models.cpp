// SPDX-License-Identifier: BSD-3-Clause
// The item models over shared containers, once per transport: each model watched by
// QAbstractItemModelTester while a containerworker process changes its object in bursts
// (inserts, removals, changes, a list's insertions and pops in the middle, sorts and
// reverses), its whole contents compared with the object's, read directly, after each burst;
// a 100,000-entry dict whose end shows after a page or two and whose memory stays bounded;
// edits written with conditional writes, and their conflicts with another process.
//
// Timing: nothing is timed; everything waits for a state with QTRY_* or for a worker's line.
// The worker runs while this process handles no events (HelperProcess reads it blocking), or
// while it reads the model (the "live" rounds), so that events and pages interleave both ways.

#include "transport.h"
#include "workerformat.h"
#include "helperprocess.h"

#include <libmanager/arraymodel.h>
#include <libmanager/dictmodel.h>
#include <libmanager/listmodel.h>
#include <libmanager/namespacemodel.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qfile.h>
#include <QtTest/qabstractitemmodeltester.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

using namespace LibManager;
using ContainerWorker::encode;

namespace {

constexpr int Timeout = 20000;

class Worker : public TestSupport::HelperProcess
{
public:
    explicit Worker(const QStringList &arguments)
        : HelperProcess(TestSupport::Helper::ContainerWorker, arguments, 300000)
    {
    }
};

QString V(const QVariant &value)
{
    return encode(value);
}

// A readable, type-exact form of a value: "QVariant(int, 3)".
QString show(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QVariantList) {
        QStringList items;
        for (const QVariant &item : value.toList())
            items.append(show(item));
        return QLatin1Char('[') + items.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    QString text;
    QDebug(&text).nospace() << value;
    return text;
}

/*! Every row of \a model as it shows it now: the RawValueRole of each column in \a columns
    (the EditRole of the key or name column), or "<loading>" for a row not fetched yet. */
QString contentsOf(const QAbstractItemModel &model, const QList<int> &valueColumns,
                   const QList<int> &keyColumns = {})
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            if (!(model.flags(index) & Qt::ItemIsEnabled))
                continue; // past an Array's last element
            if (model.data(index, ContainerModel::LoadingRole).toBool()) {
                cells.append(QStringLiteral("<loading>"));
                continue;
            }
            if (keyColumns.contains(c))
                cells.append(show(model.data(index, Qt::EditRole)));
            else if (valueColumns.contains(c) || valueColumns.isEmpty())
                cells.append(show(model.data(index, ContainerModel::RawValueRole)));
        }
        rows.append(cells.join(QLatin1String(": ")));
    }
    return rows.join(QLatin1String(" | "));
}

QString expectedPairs(const VariantPairList &pairs)
{
    QStringList rows;
    for (const VariantPair &pair : pairs)
        rows.append(show(pair.first) + QLatin1String(": ") + show(pair.second));
    return rows.join(QLatin1String(" | "));
}

QString expectedItems(const QVariantList &items)
{
    QStringList rows;
    for (const QVariant &item : items)
        rows.append(show(item));
    return rows.join(QLatin1String(" | "));
}

QString expectedAttributes(const QVariantMap &attributes)
{
    QStringList rows;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        rows.append(show(it.key()) + QLatin1String(": ") + show(it.value()));
    return rows.join(QLatin1String(" | "));
}

// An Array's elements, in rows of \a columns.
QString expectedTable(const QVariantList &items, int columns)
{
    QStringList rows;
    for (qsizetype i = 0; i < items.size(); i += columns) {
        QStringList cells;
        for (qsizetype j = i; j < qMin(items.size(), i + columns); ++j)
            cells.append(show(items.at(j)));
        rows.append(cells.join(QLatin1String(": ")));
    }
    return rows.join(QLatin1String(" | "));
}

VariantPairList numberedPairs(int first, int count)
{
    VariantPairList pairs;
    pairs.reserve(count);
    for (int i = first; i < first + count; ++i)
        pairs.append({ QStringLiteral("n%1").arg(i), i });
    return pairs;
}

bool rowsLoaded(const QAbstractItemModel &model, int first, int last, int column = 0)
{
    bool loaded = true;
    for (int r = first; r <= last; ++r)
        loaded = !model.data(model.index(r, column), ContainerModel::LoadingRole).toBool() && loaded;
    return loaded;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class tst_Models : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void listModelFollowsAnotherProcess();
    void listModelWithASmallCacheFollowsAnotherProcess();
    void dictModelFollowsAnotherProcess();
    void namespaceModelFollowsAnotherProcess();
    void arrayModelFollowsAnotherProcess_data();
    void arrayModelFollowsAnotherProcess();
    void bigDictShowsItsEndWithAPage();
    void dictRowsNotFetchedChangeAndGo();
    void dictModelWithASmallCacheFollowsAnotherProcess();
    void rowsFromEventsHaveTheirVersions();
    void dictSetDataRoundTrip();
    void dictSetDataConflict();
    void listSetDataRoundTripAndConflict();
    void namespaceSetDataAndConflict();
    void arraySetData();
    void readOnlyModelsRefuseEdits();
    void loadingRowsShowAPlaceholder();
    void aLostServerIsAnError();
    void anObserverWatchesWithoutAReference();

private:
    std::unique_ptr<Worker> startWorker(const Proxy &proxy, const QStringList &ops);
    /*! Runs \a ops in a worker, this process handling no events meanwhile; its lines up to
        "END" (a "FAILED" line if it did not end well). */
    QStringList apply(const Proxy &proxy, const QStringList &ops);
    /*! Runs \a ops in a worker while reading \a model (so that pages are asked for while
        events come). */
    QStringList applyWhileReading(const Proxy &proxy, const QStringList &ops,
                                  const std::function<void()> &read);

    std::unique_ptr<SyncManager> m_manager;
    const QByteArray m_key = QByteArrayLiteral("models-key");
};

void tst_Models::initTestCase_data()
{
    TestSupport::addTransportRows();
}

void tst_Models::init()
{
    m_manager = TestSupport::makeManager<SyncManager>(m_key);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
}

void tst_Models::cleanup()
{
    m_manager.reset();
}

std::unique_ptr<Worker> tst_Models::startWorker(const Proxy &proxy, const QStringList &ops)
{
    return std::make_unique<Worker>(QStringList { QStringLiteral("apply"), m_manager->address(),
                                                  QString::fromLatin1(m_key.toHex()),
                                                  proxy.token().toString() }
                                    + ops);
}

QStringList tst_Models::apply(const Proxy &proxy, const QStringList &ops)
{
    return TestSupport::applyInContainerWorker(m_manager->address(), m_key, proxy.token().toString(),
                                               ops, 300000);
}

QStringList tst_Models::applyWhileReading(const Proxy &proxy, const QStringList &ops,
                                          const std::function<void()> &read)
{
    const auto worker = startWorker(proxy, ops);
    QElapsedTimer timer;
    timer.start();
    while (!worker->hasLine(QStringLiteral("END")) && timer.elapsed() < 60000) {
        read();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    const bool ended = worker->waitFor(QStringLiteral("END"));
    QStringList lines = worker->lines();
    lines.removeAll(QStringLiteral("END"));
    if (!ended || !worker->exitedWith(0))
        lines.append(QStringLiteral("FAILED: ") + worker->log());
    return lines;
}

void tst_Models::listModelFollowsAnotherProcess()
{
    QVariantList initial;
    for (int i = 0; i < 30; ++i)
        initial.append(i * 10);
    std::shared_ptr<ListProxy> list = m_manager->list(initial);
    QVERIFY2(list, qPrintable(m_manager->errorString()));
    ListModel model(list);
    model.setPageSize(8); // several pages, so that events fall between them
    model.setCacheLimit(1000);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContainerModel::Status::Ready, Timeout);
    QCOMPARE(model.rowCount(), 30);
    QTRY_COMPARE_WITH_TIMEOUT(contentsOf(model, {}), expectedItems(initial), Timeout);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    // Middle insertions and pops, slices, sorts and reverses: the worker's list burst.
    for (int round = 0; round < 4; ++round) {
        const QStringList ops { QStringLiteral("burst"), QStringLiteral("150") };
        const QStringList lines = round % 2 == 0
                ? apply(*list, ops)
                : applyWhileReading(*list, ops, [&] { contentsOf(model, {}); });
        QVERIFY2(!lines.join(QLatin1Char(' ')).contains(QLatin1String("FAILED")), qPrintable(lines.join(QLatin1Char('\n'))));
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(model, {}), expectedItems(list->toList()), Timeout);
        QCOMPARE(model.rowCount(), list->size());
    }
    // Changes went as rows inserted and removed; whole-list reorderings (about 2 changes in
    // 13 of the burst) as layout changes, never as resets (they keep the length).
    QVERIFY(inserts.count() > 0);
    QVERIFY(removals.count() > 0);
    QVERIFY(layouts.count() > 0);
    QCOMPARE(resets.count(), 0);
    qInfo("list: %d inserts, %d removals, %d layout changes, %lld pages in 4 bursts of 150 changes",
          int(inserts.count()), int(removals.count()), int(layouts.count()), model.pageRequestCount());
}

void tst_Models::listModelWithASmallCacheFollowsAnotherProcess()
{
    // Most rows are not held: events move rows that are not there and pages in flight, and
    // pages are dropped as others come, while a reader looks here and there like a view that
    // scrolls.
    QVariantList initial;
    for (int i = 0; i < 120; ++i)
        initial.append(i);
    std::shared_ptr<ListProxy> list = m_manager->list(initial);
    QVERIFY2(list, qPrintable(m_manager->errorString()));
    ListModel model(list);
    model.setPageSize(5);
    model.setCacheLimit(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContainerModel::Status::Ready, Timeout);
    int step = 0;
    const auto scroll = [&] {
        const int rows = model.rowCount();
        if (rows == 0)
            return;
        const int top = (step++ * 37) % rows;
        for (int r = top; r < qMin(rows, top + 6); ++r)
            model.data(model.index(r, 0));
    };
    for (int round = 0; round < 3; ++round) {
        model.setCacheLimit(10);
        const QStringList lines = applyWhileReading(
                *list, { QStringLiteral("insert"), QStringLiteral("3"), V(-1), QStringLiteral("burst"), QStringLiteral("100") },
                scroll);
        QVERIFY2(!lines.join(QLatin1Char(' ')).contains(QLatin1String("FAILED")), qPrintable(lines.join(QLatin1Char('\n'))));
        // Events may have grown it; it is trimmed back from the event loop.
        QTRY_VERIFY_WITH_TIMEOUT(model.cachedRowCount() <= 10, Timeout);
        model.setCacheLimit(1000);
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(model, {}), expectedItems(list->toList()), Timeout);
    }
    qInfo("list with a cache of 10 rows: %lld pages", model.pageRequestCount());
}

void tst_Models::dictModelFollowsAnotherProcess()
{
    std::shared_ptr<DictProxy> dict = m_manager->dict(
        VariantPairList { { QStringLiteral("k1"), 1 }, { 3, 3 }, { QStringLiteral("k4"), 4 },
                          { QStringLiteral("k5"), 5 }, { 6, 6 } });
    QVERIFY2(dict, qPrintable(m_manager->errorString()));
    DictModel model(dict);
    model.setTypeColumnShown(true);
    model.setPageSize(3);
    model.setCacheLimit(1000);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContainerModel::Status::Ready, Timeout);
    QCOMPARE(model.columnCount(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(contentsOf(model, { DictModel::ValueColumn }, { DictModel::KeyColumn }),
                              expectedPairs(dict->items()), Timeout);
    QCOMPARE(model.data(model.index(1, DictModel::TypeColumn)).toString(), QStringLiteral("int"));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    for (int round = 0; round < 4; ++round) {
        const QStringList ops { QStringLiteral("burst"), QStringLiteral("150") };
        const QStringList lines = round % 2 == 0
                ? apply(*dict, ops)
                : applyWhileReading(*dict, ops, [&] {
                      contentsOf(model, { DictModel::ValueColumn }, { DictModel::KeyColumn });
                  });
        QVERIFY2(!lines.join(QLatin1Char(' ')).contains(QLatin1String("FAILED")), qPrintable(lines.join(QLatin1Char('\n'))));
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(model, { DictModel::ValueColumn }, { DictModel::KeyColumn }),
                                  expectedPairs(dict->items()), Timeout);
    }
    QCOMPARE(resets.count(), 0); // clear() removes rows; nothing resets a dict's model
}

void tst_Models::namespaceModelFollowsAnotherProcess()
{
    std::shared_ptr<NamespaceProxy> ns = m_manager->Namespace();
    QVERIFY2(ns, qPrintable(m_manager->errorString()));
    QVERIFY(ns->setValue(QStringLiteral("b"), 2));
    QVERIFY(ns->setValue(QStringLiteral("z"), QStringLiteral("last")));
    NamespaceModel model(ns);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContainerModel::Status::Ready, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(contentsOf(model, { NamespaceModel::ValueColumn }, { NamespaceModel::NameColumn }),
                              expectedAttributes(ns->attributes()), Timeout);
    QCOMPARE(model.rowOfName(QStringLiteral("z")), 1);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    for (int round = 0; round < 4; ++round) {
        const QStringList ops { QStringLiteral("burst"), QStringLiteral("100") };
        const QStringList lines = round % 2 == 0
                ? apply(*ns, ops)
                : applyWhileReading(*ns, ops, [&] { contentsOf(model, {}); });
        QVERIFY2(!lines.join(QLatin1Char(' ')).contains(QLatin1String("FAILED")), qPrintable(lines.join(QLatin1Char('\n'))));
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(model, { NamespaceModel::ValueColumn }, { NamespaceModel::NameColumn }),
                                  expectedAttributes(ns->attributes()), Timeout);
    }
    QCOMPARE(resets.count(), 0);
}

void tst_Models::arrayModelFollowsAnotherProcess_data()
{
    QTest::addColumn<int>("columns");
    QTest::newRow("one column") << 1;
    QTest::newRow("table of 7") << 7;
}

void tst_Models::arrayModelFollowsAnotherProcess()
{
    QFETCH(int, columns);
    QVariantList initial;
    for (int i = 0; i < 40; ++i)
        initial.append(i);
    std::shared_ptr<ArrayProxy> array = m_manager->Array('i', initial);
    QVERIFY2(array, qPrintable(m_manager->errorString()));
    ArrayModel model(array, columns);
    model.setPageSize(9);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContainerModel::Status::Ready, Timeout);
    QCOMPARE(model.rowCount(), (40 + columns - 1) / columns);
    QCOMPARE(model.columnCount(), columns);
    QTRY_COMPARE_WITH_TIMEOUT(contentsOf(model, {}), expectedTable(initial, columns), Timeout);
    QCOMPARE(model.elementOf(model.index(1, 0)), qint64(columns));
    QCOMPARE(model.indexOfElement(39), model.index(39 / columns, 39 % columns));

    for (int round = 0; round < 3; ++round) {
        const QStringList ops { QStringLiteral("burst"), QStringLiteral("100") };
        const QStringList lines = round % 2 == 0
                ? apply(*array, ops)
                : applyWhileReading(*array, ops, [&] { contentsOf(model, {}); });
        QVERIFY2(!lines.join(QLatin1Char(' ')).contains(QLatin1String("FAILED")), qPrintable(lines.join(QLatin1Char('\n'))));
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(model, {}), expectedTable(array->toList(), columns), Timeout);
    }
}

void tst_Models::bigDictShowsItsEndWithAPage()
{
    constexpr int Size = 100000;
    std::shared_ptr<DictProxy> dict = m_manager->dict(numberedPairs(0, Size));
    QVERIFY2(dict, qPrintable(m_manager->errorString()));
    QElapsedTimer timer;
    timer.start();
    DictModel model(dict);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy status(&model, &ContainerModel::statusChanged);
    QVERIFY(status.wait(Timeout)); // the signal itself, not a polling step: the time it took
    const qint64 readyUs = timer.nsecsElapsed() / 1000;
    QCOMPARE(model.status(), ContainerModel::Status::Ready);
    QCOMPARE(model.rowCount(), Size); // the length came with the first page
    QCOMPARE(model.pageRequestCount(), 1);
    QCOMPARE(inserted.count(), 1);

    // A view scrolled to the bottom asks for its last rows: placeholders first, then a page.
    const int first = Size - 40;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    timer.restart();
    QVERIFY(model.data(model.index(first, DictModel::ValueColumn), ContainerModel::LoadingRole).toBool());
    for (int r = first; r < Size; ++r)
        model.data(model.index(r, DictModel::KeyColumn));
    while (!rowsLoaded(model, first, Size - 1) && changed.wait(Timeout)) { }
    const qint64 endUs = timer.nsecsElapsed() / 1000;
    QVERIFY(rowsLoaded(model, first, Size - 1));
    const qint64 pagesForTheEnd = model.pageRequestCount() - 1;
    QVERIFY2(pagesForTheEnd <= 2, qPrintable(QString::number(pagesForTheEnd)));
    QCOMPARE(model.data(model.index(Size - 1, DictModel::KeyColumn)).toString(), QStringLiteral("n%1").arg(Size - 1));
    QCOMPARE(model.data(model.index(Size - 1, DictModel::ValueColumn), ContainerModel::RawValueRole).toInt(), Size - 1);
    QVERIFY(model.cachedRowCount() <= 2 * model.pageSize());

    // Jumping about keeps at most cacheLimit() rows.
    for (int k = 0; k < 50; ++k) {
        const int row = (k * 7919) % (Size - 30);
        for (int r = row; r < row + 30; ++r)
            model.data(model.index(r, DictModel::ValueColumn));
        QTRY_VERIFY_WITH_TIMEOUT(rowsLoaded(model, row, row + 29, DictModel::ValueColumn), Timeout);
        QCOMPARE(model.data(model.index(row, DictModel::KeyColumn)).toString(), QStringLiteral("n%1").arg(row));
        QVERIFY2(model.cachedRowCount() <= model.cacheLimit(), qPrintable(QString::number(model.cachedRowCount())));
    }
    // Scrolling through all of it, a page at a time, as fast as the pages come: the process
    // grows by the cache, not by the dict.
    const qint64 rssBefore = residentKiB();
    const qint64 pagesBefore = model.pageRequestCount();
    timer.restart();
    for (int row = 0; row < Size; row += model.pageSize()) {
        model.data(model.index(row, DictModel::ValueColumn));
        while (model.data(model.index(row, DictModel::ValueColumn), ContainerModel::LoadingRole).toBool())
            QVERIFY(changed.wait(Timeout));
        QCOMPARE(model.data(model.index(row, DictModel::ValueColumn), ContainerModel::RawValueRole).toInt(), row);
    }
    const qint64 throughMs = timer.elapsed();
    const qint64 rssAfter = residentKiB();
    QVERIFY(model.cachedRowCount() <= model.cacheLimit());
    qInfo("%d-entry dict: rowCount after %lld us (1 page); its last 40 rows %lld us later with %lld "
          "page(s); all rows scrolled through in %lld ms (%lld pages), %lld rows held "
          "(limit %d), RSS %lld -> %lld KiB",
          Size, readyUs, endUs, pagesForTheEnd, throughMs, model.pageRequestCount() - pagesBefore,
          model.cachedRowCount(), model.cacheLimit(), rssBefore, rssAfter);
}

void tst_Models::dictRowsNotFetchedChangeAndGo()
{
    // Removals and changes of rows the model never fetched, and of rows it holds.
    std::shared_ptr<DictProxy> dict = m_manager->dict(numberedPairs(0, 1000));
    QVERIFY2(dict, qPrintable(m_manager->errorString()));
    DictModel model(dict);
    model.setPageSize(50);
    model.setCacheLimit(100);
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContainerModel::Status::Ready, Timeout);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QTRY_VERIFY_WITH_TIMEOUT(rowsLoaded(model, 0, 9), Timeout);
    QStringList ops;
    for (int i = 990; i >= 100; i -= 89)
        ops << QStringLiteral("del") << V(QStringLiteral("n%1").arg(i));
    ops << QStringLiteral("del") << V(QStringLiteral("n3")) // held
        << QStringLiteral("set") << V(QStringLiteral("n5")) << V(QStringLiteral("five"))
        << QStringLiteral("set") << V(QStringLiteral("n500")) << V(QStringLiteral("half"))
        << QStringLiteral("set") << V(QStringLiteral("new")) << V(-1);
    const qint64 pagesBefore = model.pageRequestCount();
    const QStringList lines = apply(*dict, ops);
    QCOMPARE(lines.count(QStringLiteral("OK")), 15);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), dict->size(), Timeout);
    // The events' change info placed every removal: the rows held stay held, none is fetched.
    QVERIFY(rowsLoaded(model, 0, 8));
    QCOMPARE(model.data(model.index(2, DictModel::KeyColumn)).toString(), QStringLiteral("n2"));
    QCOMPARE(model.data(model.index(3, DictModel::KeyColumn)).toString(), QStringLiteral("n4"));
    QCOMPARE(model.pageRequestCount(), pagesBefore);
    model.data(model.index(4, DictModel::ValueColumn));
    QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(4, DictModel::ValueColumn), ContainerModel::RawValueRole),
                              QVariant(QStringLiteral("five")), Timeout);
    model.setCacheLimit(2000);
    QTRY_COMPARE_WITH_TIMEOUT(contentsOf(model, { DictModel::ValueColumn }, { DictModel::KeyColumn }),
                              expectedPairs(dict->items()), Timeout);
    QCOMPARE(resets.count(), 0);
}

void tst_Models::dictModelWithASmallCacheFollowsAnotherProcess()
{
    std::shared_ptr<DictProxy> dict = m_manager->dict(numberedPairs(0, 300));
    QVERIFY2(dict, qPrintable(m_manager->errorString()));
    DictModel model(dict);
    model.setPageSize(5);
    model.setCacheLimit(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContainerModel::Status::Ready, Timeout);
    int step = 0;
    const auto scroll = [&] {
        const int rows = model.rowCount();
        if (rows == 0)
            return;
        const int top = (step++ * 41) % rows;
        for (int r = top; r < qMin(rows, top + 6); ++r)
            model.data(model.index(r, DictModel::ValueColumn));
    };
    int next = 300;
    for (int round = 0; round < 3; ++round) {
        model.setCacheLimit(10);
        // New keys at the end and removals of some of them, changes and removals of old keys.
        QStringList ops { QStringLiteral("churn"), QStringLiteral("150"), QString::number(next) };
        for (int i = round; i < 300; i += 23) {
            ops << QStringLiteral("set") << V(QStringLiteral("n%1").arg(i)) << V(-i);
            ops << QStringLiteral("del") << V(QStringLiteral("n%1").arg(i + 7));
        }
        next += 1000;
        const QStringList lines = applyWhileReading(*dict, ops, scroll);
        QVERIFY2(!lines.join(QLatin1Char(' ')).contains(QLatin1String("FAILED")), qPrintable(lines.join(QLatin1Char('\n'))));
        model.setCacheLimit(2000);
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(model, { DictModel::ValueColumn }, { DictModel::KeyColumn }),
                                  expectedPairs(dict->items()), Timeout);
    }
    qInfo("dict with a cache of 10 rows: %lld pages", model.pageRequestCount());
}

void tst_Models::rowsFromEventsHaveTheirVersions()
{
    // With change info, a row an event brought or moved has the version of that event: it can
    // be written at once, with that version.
    std::shared_ptr<DictProxy> dict = m_manager->dict(VariantPairList { { QStringLiteral("a"), 1 } });
    DictModel dictModel(dict);
    QTRY_VERIFY_WITH_TIMEOUT(dictModel.rowCount() == 1 && rowsLoaded(dictModel, 0, 0), Timeout);
    QCOMPARE(apply(*dict, { QStringLiteral("set"), V(QStringLiteral("c")), V(3),
                            QStringLiteral("set"), V(QStringLiteral("a")), V(5) }),
             (QStringList { QStringLiteral("OK"), QStringLiteral("OK") }));
    QTRY_COMPARE_WITH_TIMEOUT(dictModel.data(dictModel.index(0, DictModel::ValueColumn), ContainerModel::RawValueRole),
                              QVariant(5), Timeout);
    QCOMPARE(dictModel.rowCount(), 2);
    const quint64 now = dict->itemsRange(0, 0).version;
    const QVariant versionOfA = dictModel.data(dictModel.index(0, DictModel::ValueColumn), ContainerModel::VersionRole);
    const QVariant versionOfC = dictModel.data(dictModel.index(1, DictModel::ValueColumn), ContainerModel::VersionRole);
    QCOMPARE(versionOfA, QVariant(now));
    QCOMPARE(versionOfC, QVariant(now - 1));
    QSignalSpy written(&dictModel, &ContainerModel::writeSucceeded);
    QVERIFY(dictModel.setData(dictModel.index(1, DictModel::ValueColumn), 30));
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, Timeout);
    QCOMPARE(dict->value(QStringLiteral("c")).value(), QVariant(30));

    std::shared_ptr<ListProxy> list = m_manager->list(QVariantList { 0, 1, 2, 3 });
    ListModel listModel(list);
    QTRY_VERIFY_WITH_TIMEOUT(listModel.rowCount() == 4 && rowsLoaded(listModel, 0, 3), Timeout);
    QCOMPARE(apply(*list, { QStringLiteral("insert"), QStringLiteral("1"), V(-1) }), QStringList { QStringLiteral("OK") });
    QTRY_COMPARE_WITH_TIMEOUT(listModel.rowCount(), 5, Timeout);
    const QVariant moved = listModel.data(listModel.index(3, 0), ContainerModel::VersionRole);
    QCOMPARE(moved, QVariant(list->window(0, 0).version)); // moved by the insertion
    QCOMPARE(listModel.data(listModel.index(1, 0), ContainerModel::VersionRole), moved);
    QVERIFY(listModel.data(listModel.index(0, 0), ContainerModel::VersionRole).toULongLong() < moved.toULongLong());
    QSignalSpy listWritten(&listModel, &ContainerModel::writeSucceeded);
    QVERIFY(listModel.setData(listModel.index(3, 0), QStringLiteral("two")));
    QTRY_COMPARE_WITH_TIMEOUT(listWritten.count(), 1, Timeout);
    QCOMPARE(list->toList(), (QVariantList { 0, -1, 1, QStringLiteral("two"), 3 }));
}

void tst_Models::dictSetDataRoundTrip()
{
    std::shared_ptr<DictProxy> dict = m_manager->dict(
        VariantPairList { { QStringLiteral("a"), 1 }, { QStringLiteral("b"), 2 } });
    DictModel model(dict);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 2 && rowsLoaded(model, 0, 1), Timeout);
    const QModelIndex b = model.index(1, DictModel::ValueColumn);
    QVERIFY(model.flags(b) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(1, DictModel::KeyColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.data(b, ContainerModel::VersionRole).isValid()); // read from a page

    QSignalSpy written(&model, &ContainerModel::writeSucceeded);
    QSignalSpy conflicts(&model, &ContainerModel::writeConflict);
    QVERIFY(model.setData(b, 20));
    // Shown at once, marked as on its way.
    QCOMPARE(model.data(b, ContainerModel::RawValueRole), QVariant(20));
    QVERIFY(model.data(b, ContainerModel::PendingWriteRole).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, Timeout);
    QCOMPARE(written.at(0).at(0).value<QModelIndex>().row(), 1);
    QVERIFY(!model.data(b, ContainerModel::PendingWriteRole).toBool());
    QCOMPARE(dict->value(QStringLiteral("b")).value(), QVariant(20));
    // Again, at once: the row's version is the one the write answered, or unknown and asked for.
    QVERIFY(model.setData(b, QStringLiteral("twenty")));
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, Timeout);
    QCOMPARE(dict->value(QStringLiteral("b")).value(), QVariant(QStringLiteral("twenty")));
    QTRY_COMPARE_WITH_TIMEOUT(model.data(b, ContainerModel::RawValueRole), QVariant(QStringLiteral("twenty")), Timeout);
    // Three edits in a row, each made before the last was answered: each goes on top of the
    // one before, none conflicts with the user's own.
    QVERIFY(model.setData(b, 1));
    QVERIFY(model.setData(b, 2));
    QVERIFY(model.setData(b, 3));
    QCOMPARE(model.data(b, ContainerModel::RawValueRole), QVariant(3));
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 5, Timeout);
    QCOMPARE(written.at(4).at(0).value<QModelIndex>(), b);
    QCOMPARE(dict->value(QStringLiteral("b")).value(), QVariant(3));
    QVERIFY(!model.data(b, ContainerModel::PendingWriteRole).toBool());
    QCOMPARE(conflicts.count(), 0);
    QCOMPARE(model.data(model.index(0, DictModel::ValueColumn), ContainerModel::RawValueRole), QVariant(1));
}

void tst_Models::dictSetDataConflict()
{
    std::shared_ptr<DictProxy> dict = m_manager->dict(
        VariantPairList { { QStringLiteral("a"), 1 }, { QStringLiteral("b"), 2 } });
    DictModel model(dict);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 2 && rowsLoaded(model, 0, 1), Timeout);
    // Another process changes b after the model read it; this process has not handled the
    // event when the user's edit is made.
    QCOMPARE(apply(*dict, { QStringLiteral("set"), V(QStringLiteral("b")), V(QStringLiteral("theirs")) }),
             QStringList { QStringLiteral("OK") });
    QSignalSpy written(&model, &ContainerModel::writeSucceeded);
    QSignalSpy conflicts(&model, &ContainerModel::writeConflict);
    QVERIFY(model.setData(model.index(1, DictModel::ValueColumn), QStringLiteral("mine")));
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, Timeout);
    QCOMPARE(written.count(), 0);
    QCOMPARE(conflicts.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(conflicts.at(0).at(1), QVariant(QStringLiteral("theirs")));
    QCOMPARE(conflicts.at(0).at(2), QVariant(QStringLiteral("mine")));
    // The model shows what is there, and nothing was overwritten.
    QCOMPARE(model.data(model.index(1, DictModel::ValueColumn), ContainerModel::RawValueRole),
             QVariant(QStringLiteral("theirs")));
    QCOMPARE(dict->value(QStringLiteral("b")).value(), QVariant(QStringLiteral("theirs")));

    // A key removed under the edit conflicts too; its row goes.
    QCOMPARE(apply(*dict, { QStringLiteral("del"), V(QStringLiteral("a")) }), QStringList { QStringLiteral("OK") });
    QVERIFY(model.setData(model.index(0, DictModel::ValueColumn), 100));
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 2, Timeout);
    QVERIFY(!conflicts.at(1).at(1).isValid());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!dict->contains(QStringLiteral("a")));
    // Then an edit of what the model shows goes through.
    QVERIFY(model.setData(model.index(0, DictModel::ValueColumn), QStringLiteral("mine")));
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, Timeout);
    QCOMPARE(dict->value(QStringLiteral("b")).value(), QVariant(QStringLiteral("mine")));
}

void tst_Models::listSetDataRoundTripAndConflict()
{
    QVariantList initial;
    for (int i = 0; i < 10; ++i)
        initial.append(i);
    std::shared_ptr<ListProxy> list = m_manager->list(initial);
    ListModel model(list);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 10 && rowsLoaded(model, 0, 9), Timeout);
    QSignalSpy written(&model, &ContainerModel::writeSucceeded);
    QSignalSpy conflicts(&model, &ContainerModel::writeConflict);

    QVERIFY(model.setData(model.index(2, 0), QStringLiteral("two")));
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, Timeout);
    QCOMPARE(list->at(2).value(), QVariant(QStringLiteral("two")));

    // Another process inserts at the front: the item at row 5 is no longer the one the model
    // read there. The edit, made before the event is handled, conflicts and writes nothing.
    QCOMPARE(apply(*list, { QStringLiteral("insert"), QStringLiteral("0"), V(-1) }),
             QStringList { QStringLiteral("OK") });
    QVERIFY(model.setData(model.index(5, 0), QStringLiteral("mine")));
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, Timeout);
    QCOMPARE(conflicts.at(0).at(1), QVariant(4));
    QCOMPARE(model.rowCount(), 11);
    QTRY_COMPARE_WITH_TIMEOUT(contentsOf(model, {}), expectedItems(list->toList()), Timeout);
    QVERIFY(!list->contains(QStringLiteral("mine")));

    // Edited again as it shows now: the moved row is read again, then written.
    QVERIFY(model.setData(model.index(5, 0), QStringLiteral("mine")));
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 2, Timeout);
    QCOMPARE(list->at(5).value(), QVariant(QStringLiteral("mine")));
    QCOMPARE(conflicts.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(contentsOf(model, {}), expectedItems(list->toList()), Timeout);
}

void tst_Models::namespaceSetDataAndConflict()
{
    std::shared_ptr<NamespaceProxy> ns = m_manager->Namespace();
    QVERIFY(ns->setValue(QStringLiteral("x"), 10));
    QVERIFY(ns->setValue(QStringLiteral("y"), QStringLiteral("hello")));
    NamespaceModel model(ns);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 2 && rowsLoaded(model, 0, 1), Timeout);
    QSignalSpy written(&model, &ContainerModel::writeSucceeded);
    QSignalSpy conflicts(&model, &ContainerModel::writeConflict);
    QVERIFY(model.setData(model.index(0, NamespaceModel::ValueColumn), 11));
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, Timeout);
    QCOMPARE(ns->value(QStringLiteral("x")).value(), QVariant(11));

    QCOMPARE(apply(*ns, { QStringLiteral("set"), QStringLiteral("y"), V(QStringLiteral("theirs")) }),
             QStringList { QStringLiteral("OK") });
    QVERIFY(model.setData(model.index(1, NamespaceModel::ValueColumn), QStringLiteral("mine")));
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, Timeout);
    QCOMPARE(conflicts.at(0).at(1), QVariant(QStringLiteral("theirs")));
    QCOMPARE(ns->value(QStringLiteral("y")).value(), QVariant(QStringLiteral("theirs")));
    QCOMPARE(model.data(model.index(1, NamespaceModel::ValueColumn), ContainerModel::RawValueRole),
             QVariant(QStringLiteral("theirs")));
}

void tst_Models::arraySetData()
{
    std::shared_ptr<ArrayProxy> array = m_manager->Array('b', QVariantList { 0, 0, 0, 0, 0, 0 });
    ArrayModel model(array, 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 2 && rowsLoaded(model, 0, 1, 2), Timeout);
    QSignalSpy written(&model, &ContainerModel::writeSucceeded);
    QSignalSpy errors(&model, &ContainerModel::errorOccurred);
    QVERIFY(model.setData(model.index(1, 1), 7));
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, Timeout);
    QCOMPARE(array->at(4).value().toInt(), 7);
    // Out of the typecode's range: refused by the server, the cell shows what is there.
    QVERIFY(model.setData(model.index(0, 0), 1000));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, Timeout);
    QCOMPARE(model.data(model.index(0, 0), ContainerModel::RawValueRole).toInt(), 0);
    QCOMPARE(array->at(0).value().toInt(), 0);
}

void tst_Models::readOnlyModelsRefuseEdits()
{
    std::shared_ptr<DictProxy> dict = m_manager->dict(VariantPairList { { QStringLiteral("a"), 1 } });
    DictModel model(dict);
    QSignalSpy readOnlyChanged(&model, &ContainerModel::readOnlyChanged);
    model.setReadOnly(true);
    QCOMPARE(readOnlyChanged.count(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 1 && rowsLoaded(model, 0, 0), Timeout);
    const QModelIndex a = model.index(0, DictModel::ValueColumn);
    QVERIFY(!(model.flags(a) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(a, 2));
    QCOMPARE(model.pendingPageCount(), 0);
    QCOMPARE(dict->value(QStringLiteral("a")).value(), QVariant(1));
}

void tst_Models::loadingRowsShowAPlaceholder()
{
    std::shared_ptr<ListProxy> list = m_manager->list(QVariantList { 1, 2, 3, 4, 5 });
    ListModel model(list);
    QSignalSpy status(&model, &ContainerModel::statusChanged);
    QCOMPARE(model.status(), ContainerModel::Status::Loading);
    QCOMPARE(model.rowCount(), 0); // nothing waited for
    model.setPageSize(2);
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContainerModel::Status::Ready, Timeout);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!model.data(model.index(0, 0), ContainerModel::LoadingRole).toBool());
    const QModelIndex last = model.index(4, 0);
    QVERIFY(model.data(last, ContainerModel::LoadingRole).toBool());
    QVERIFY(!model.data(last, Qt::DisplayRole).toString().isEmpty());
    QVERIFY(!model.data(last, ContainerModel::RawValueRole).isValid());
    QVERIFY(!(model.flags(last) & Qt::ItemIsEditable)); // nothing seen, nothing to edit
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(!model.data(last, ContainerModel::LoadingRole).toBool(), Timeout);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.data(last, ContainerModel::RawValueRole), QVariant(5));
    QCOMPARE(model.data(last, ContainerModel::KeyRole), QVariant(qint64(4)));
    QCOMPARE(model.data(last, ContainerModel::TypeNameRole), QVariant(QStringLiteral("int")));
    QCOMPARE(status.count(), 1);
}

void tst_Models::aLostServerIsAnError()
{
    std::shared_ptr<DictProxy> dict = m_manager->dict(VariantPairList { { QStringLiteral("a"), 1 } });
    DictModel model(dict);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 1 && rowsLoaded(model, 0, 0), Timeout);
    QSignalSpy errors(&model, &ContainerModel::errorOccurred);
    QVERIFY(m_manager->shutdown());
    QTRY_COMPARE_WITH_TIMEOUT(model.status(), ContainerModel::Status::Error, Timeout);
    QVERIFY(errors.count() >= 1);
    // What was read stays readable; an edit fails without waiting.
    QCOMPARE(model.data(model.index(0, DictModel::ValueColumn), ContainerModel::RawValueRole), QVariant(1));
    const int before = int(errors.count());
    QVERIFY(model.setData(model.index(0, DictModel::ValueColumn), 2));
    QTRY_VERIFY_WITH_TIMEOUT(errors.count() > before, Timeout);
    QVERIFY(!model.data(model.index(0, DictModel::ValueColumn), ContainerModel::PendingWriteRole).toBool());
    QCOMPARE(model.data(model.index(0, DictModel::ValueColumn), ContainerModel::RawValueRole), QVariant(1));
}

void tst_Models::anObserverWatchesWithoutAReference()
{
    // An inspector's view: a client with the observer key, a proxy that holds no reference.
    const QString address = TestSupport::currentTransport().address;
    const QByteArray observerKey = QByteArrayLiteral("models-observer-key");
    SyncManager server(address, m_key);
    TestSupport::configure(server);
    server.setObserverKey(observerKey);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    std::shared_ptr<DictProxy> dict = server.dict(VariantPairList { { QStringLiteral("a"), 1 } });
    SyncManager observer(server.address(), observerKey);
    TestSupport::configure(observer);
    QVERIFY2(observer.connectToServer(), qPrintable(observer.errorString()));
    std::unique_ptr<Proxy> seen = observer.observe(dict->token());
    QVERIFY2(seen, qPrintable(observer.errorString()));
    std::shared_ptr<DictProxy> seenDict(qobject_cast<DictProxy *>(seen.release()));
    QVERIFY(seenDict);

    DictModel model(seenDict);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() == 1 && rowsLoaded(model, 0, 0), Timeout);
    QVERIFY(dict->setValue(QStringLiteral("b"), 2));
    QVERIFY(dict->setValue(QStringLiteral("a"), 10));
    QTRY_COMPARE_WITH_TIMEOUT(contentsOf(model, { DictModel::ValueColumn }, { DictModel::KeyColumn }),
                              expectedPairs(dict->items()), Timeout);
    // Its writes are refused by the server (it should have been read-only): the edit is undone.
    QSignalSpy errors(&model, &ContainerModel::errorOccurred);
    QVERIFY(model.setData(model.index(0, DictModel::ValueColumn), 99));
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, Timeout);
    QCOMPARE(errors.at(0).at(0).value<Error>(), Error::ReadOnly);
    QCOMPARE(model.data(model.index(0, DictModel::ValueColumn), ContainerModel::RawValueRole), QVariant(10));
    QCOMPARE(dict->value(QStringLiteral("a")).value(), QVariant(10));
}

QTEST_GUILESS_MAIN(tst_Models)
#include "tst_models.moc"
