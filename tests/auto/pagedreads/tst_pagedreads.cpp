// SPDX-License-Identifier: BSD-3-Clause
// Paged, searching and versioned reads and writes of the standard containers, across real
// processes, once per transport: dict pages that stay consistent while a containerworker
// process inserts and removes, a search of a million entries that leaves other clients served,
// a 50 MB value described to a client that takes no frame over 64 KiB, conditional writes that conflict only on the
// entry they write, exchanges, a Queue peek that takes nothing, list and Array windows.
//
// Timing: the slowest call of another client during a search is printed and compared with the
// search's own duration, never with a fixed figure alone; everything else waits for a state.

#include "transport.h"
#include "workerformat.h"
#include "helperprocess.h"

#include <libmanager/pendingcallwatcher.h>
#include <libmanager/syncmanager.h>

#include <QtCore/qelapsedtimer.h>
#include <QtCore/qtimer.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <set>

using namespace LibManager;
using ContainerWorker::decode;
using ContainerWorker::encode;

namespace {

class Worker : public TestSupport::HelperProcess
{
public:
    explicit Worker(const QStringList &arguments)
        : HelperProcess(TestSupport::Helper::ContainerWorker, arguments, 300000)
    {
    }
};

QVariant resultOf(const QString &line)
{
    bool ok = false;
    const QVariant value = decode(line, &ok);
    return ok ? value : QVariant(QStringLiteral("<not a value: %1>").arg(line));
}

// The number in a key "n<i>".
int sequenceOf(const QVariant &key)
{
    return key.toString().mid(1).toInt();
}

// "n<first>".."n<first+count-1>" -> i, as update() pairs.
VariantPairList numberedPairs(int first, int count)
{
    VariantPairList pairs;
    pairs.reserve(count);
    for (int i = first; i < first + count; ++i)
        pairs.append({ QStringLiteral("n%1").arg(i), i });
    return pairs;
}

} // namespace

class tst_PagedReads : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    void dictPagesSeeEveryKeyOnce();
    void dictPagesStayConsistentWhileAnotherProcessChanges();
    void findOnAMillionEntriesLeavesOthersServed();
    void findGoesOnFromWhereItStopped();
    void valueInfoOfAFiftyMegabyteValueSendsNoValue();
    void getRangeReadsABigValueInPieces();
    void setIfConflictsOnlyOnTheEntryItWrites();
    void listSetIfConflictsWhenTheItemMoves();
    void exchangeReturnsWhatItReplaced();
    void queuePeekTakesNothing();
    void windowsAreOneAnswer();
    void versionsCountChangesFromOtherProcesses();
    void changeInfoPlacesDictEventsAndNamesTheOrigin();

private:
    std::unique_ptr<Worker> startWorker(const Proxy &proxy, const QStringList &ops);
    /*! Runs \a ops in a worker and returns its lines, up to "END". */
    QStringList apply(const Proxy &proxy, const QStringList &ops);

    std::unique_ptr<SyncManager> m_manager;
    const QByteArray m_key = QByteArrayLiteral("pagedreads-key");
};

void tst_PagedReads::initTestCase_data()
{
    TestSupport::addTransportRows();
}

void tst_PagedReads::init()
{
    m_manager = TestSupport::makeManager<SyncManager>(m_key);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
}

void tst_PagedReads::cleanup()
{
    m_manager.reset();
}

std::unique_ptr<Worker> tst_PagedReads::startWorker(const Proxy &proxy, const QStringList &ops)
{
    return std::make_unique<Worker>(QStringList { QStringLiteral("apply"), m_manager->address(),
                                                  QString::fromLatin1(m_key.toHex()),
                                                  proxy.token().toString() }
                                    + ops);
}

QStringList tst_PagedReads::apply(const Proxy &proxy, const QStringList &ops)
{
    return TestSupport::applyInContainerWorker(m_manager->address(), m_key, proxy.token().toString(),
                                               ops, 300000);
}

void tst_PagedReads::dictPagesSeeEveryKeyOnce()
{
    auto dict = m_manager->dict(numberedPairs(0, 10000));
    QVERIFY2(dict, qPrintable(m_manager->errorString()));
    // Holes in the order, made by another process: every third key goes.
    QStringList ops;
    for (int i = 0; i < 10000; i += 3)
        ops << QStringLiteral("del") << encode(QStringLiteral("n%1").arg(i));
    const QStringList lines = apply(*dict, ops);
    QCOMPARE(lines.count(QStringLiteral("OK")), 3334);

    std::set<int> seen;
    int last = -1;
    quint64 version = 0;
    for (qint64 offset = 0;; offset += 100) {
        const DictPage page = dict->itemsRange(offset, 100);
        QCOMPARE(dict->lastError(), Error::NoError);
        QCOMPARE(page.length, 6666);
        QCOMPARE(page.offset, qMin(offset, page.length)); // a page past the end is empty, at the end
        if (version == 0)
            version = page.version;
        QCOMPARE(page.version, version); // nothing changed between pages
        if (page.items.isEmpty())
            break;
        for (const VariantPair &item : page.items) {
            const int n = sequenceOf(item.first);
            QCOMPARE(item.second.toInt(), n);
            QVERIFY2(n > last, "insertion order");
            QVERIFY2(seen.insert(n).second, "every key once");
            QVERIFY(n % 3 != 0);
            last = n;
        }
    }
    QCOMPARE(seen.size(), size_t(6666));
    // The asynchronous twin answers the same page.
    PendingReply<DictPage> page = dict->itemsRangeAsync(-10, 100);
    page.waitForFinished();
    QVERIFY2(page.isValid(), qPrintable(page.errorString()));
    QCOMPARE(page.value().items.size(), 10);
    QCOMPARE(page.value().offset, 6656);
    QCOMPARE(page.value().items.last().first.toString(), QStringLiteral("n9998"));
}

void tst_PagedReads::dictPagesStayConsistentWhileAnotherProcessChanges()
{
    auto dict = m_manager->dict(numberedPairs(0, 2000));
    QVERIFY2(dict, qPrintable(m_manager->errorString()));
    // The worker inserts n2000, n2001... and removes random ones of its own meanwhile.
    const auto worker = startWorker(*dict, { QStringLiteral("churn"), QStringLiteral("20000"),
                                             QStringLiteral("2000") });
    int pages = 0;
    int positionChecks = 0;
    quint64 lastVersion = 0;
    while (!worker->hasLine(QStringLiteral("COUNT"))) {
        QCoreApplication::processEvents(); // reads the worker's output
        const qint64 offset = (qint64(pages) * 137) % 2500;
        const DictPage page = dict->itemsRange(offset, 50);
        QCOMPARE(dict->lastError(), Error::NoError);
        ++pages;
        // One answer: the items, the length and the version agree.
        QVERIFY(page.version >= lastVersion);
        lastVersion = page.version;
        QCOMPARE(page.items.size(), qBound(qint64(0), page.length - offset, qint64(50)));
        int last = -1;
        for (const VariantPair &item : page.items) {
            const int n = sequenceOf(item.first);
            QCOMPARE(item.second.toInt(), n);
            QVERIFY2(n > last, "a page is in insertion order");
            last = n;
        }
        // A position read one way is the position read another way, at the same version.
        if (!page.items.isEmpty()) {
            const VariantPair &item = page.items.at(page.items.size() / 2);
            DictProxy::SearchOptions options;
            options.mode = DictProxy::MatchMode::Glob;
            options.scope = DictProxy::SearchScope::Keys;
            options.offset = qMax<qint64>(0, offset - 1000);
            const DictSearch search = dict->find(item.first.toString(), options);
            QCOMPARE(dict->lastError(), Error::NoError);
            if (search.version == page.version && search.startVersion == page.version) {
                QCOMPARE(search.matches.size(), 1);
                QCOMPARE(search.matches.at(0).position, offset + page.items.size() / 2);
                ++positionChecks;
            }
        }
    }
    QVERIFY2(worker->exitedWith(0) || worker->waitFor(QStringLiteral("END")), qPrintable(worker->log()));
    qInfo("%d pages read while another process made its changes, %d positions checked at one "
          "version",
          pages, positionChecks);
    QVERIFY(pages >= 10);

    // Quiet again: the pages put together are the dict, in order.
    const VariantPairList all = dict->items();
    VariantPairList paged;
    for (qint64 offset = 0; offset < all.size(); offset += 333)
        paged += dict->itemsRange(offset, 333).items;
    QCOMPARE(paged, all);
    const QStringList counts = worker->lines(QStringLiteral("COUNT")).value(0).split(QLatin1Char(' '));
    QCOMPARE(all.size(), 2000 + counts.value(1).toInt() - counts.value(2).toInt());
}

void tst_PagedReads::findOnAMillionEntriesLeavesOthersServed()
{
    auto dict = m_manager->dict();
    QVERIFY2(dict, qPrintable(m_manager->errorString()));
    for (int first = 0; first < 1000000; first += 100000)
        QVERIFY2(dict->update(numberedPairs(first, 100000)), qPrintable(dict->lastErrorString()));
    QCOMPARE(dict->size(), 1000000);

    // Another client makes small calls back to back while the search runs.
    const auto worker = startWorker(*dict, { QStringLiteral("latency") });
    QVERIFY2(worker->waitFor(QStringLiteral("LOOPING")), qPrintable(worker->log()));

    // And this client's event loop keeps turning: the asynchronous call does not block it.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(5);
    DictProxy::SearchOptions options;
    options.mode = DictProxy::MatchMode::RegularExpression;
    options.limit = 1000;
    QElapsedTimer timer;
    timer.start();
    PendingReply<DictSearch> search = dict->findAsync(QStringLiteral("^n(\\d)\\1\\1\\1\\1\\1$"), options);
    PendingCallWatcher watcher(search);
    QSignalSpy finished(&watcher, &PendingCallWatcher::finished);
    QVERIFY(finished.wait(120000));
    const qint64 searchMs = timer.elapsed();
    ticker.stop();
    QVERIFY2(worker->writeLine("stop"), qPrintable(worker->log()));
    const QVariantList latency = resultOf(worker->waitForLine(QStringLiteral("RESULT"))).toList();
    QCOMPARE(latency.size(), 2);
    const qint64 calls = latency.at(0).toLongLong();
    const qint64 slowestUs = latency.at(1).toLongLong();
    qInfo("find over 1,000,000 keys and values: %lld ms; meanwhile another client made %lld "
          "calls, the slowest %lld us; this client's 5 ms timer ticked %d times",
          searchMs, calls, slowestUs, ticks);

    QVERIFY2(search.isValid(), qPrintable(search.errorString()));
    const DictSearch result = search.value();
    QVERIFY(result.atEnd);
    QCOMPARE(result.scanned, 1000000);
    QCOMPARE(result.version, result.startVersion);
    // n111111 ... n999999: keys only (the values are numbers without the 'n').
    QCOMPARE(result.matches.size(), 9);
    QCOMPARE(result.matches.at(0).key, QVariant(QStringLiteral("n111111")));
    QCOMPARE(result.matches.at(0).position, 111111);
    QVERIFY(result.matches.at(0).inKey);
    QVERIFY(!result.matches.at(0).inValue);
    // Served all along: not one call waited for the whole search (unsliced, the server would
    // answer nobody until it is done), and many were answered meanwhile.
    QVERIFY2(slowestUs * 2 < searchMs * 1000,
             qPrintable(QStringLiteral("slowest %1 us, search %2 ms").arg(slowestUs).arg(searchMs)));
    QVERIFY2(calls >= 20, qPrintable(QString::number(calls)));
    QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
}

void tst_PagedReads::findGoesOnFromWhereItStopped()
{
    auto dict = m_manager->dict(numberedPairs(0, 5000));
    QVERIFY2(dict, qPrintable(m_manager->errorString()));
    DictProxy::SearchOptions options;
    options.scope = DictProxy::SearchScope::Values;
    options.mode = DictProxy::MatchMode::Glob;
    options.maxScan = 1000;
    options.limit = 1000;
    // Progress in steps: each call looks at 1000 entries and says where to go on.
    QList<qint64> positions;
    for (int step = 0;; ++step) {
        QVERIFY(step < 10);
        const DictSearch search = dict->find(QStringLiteral("*7"), options);
        QCOMPARE(dict->lastError(), Error::NoError);
        QCOMPARE(search.length, 5000);
        for (const DictMatch &match : search.matches) {
            QVERIFY(match.inValue);
            QVERIFY(!match.inKey);
            positions.append(match.position);
        }
        if (search.atEnd)
            break;
        QCOMPARE(search.scanned, 1000);
        QCOMPARE(search.next, options.offset + 1000);
        options.offset = search.next;
    }
    QCOMPARE(positions.size(), 500);
    QCOMPARE(positions.first(), 7);
    QCOMPARE(positions.last(), 4997);
    // Errors are the server's, named.
    options.mode = DictProxy::MatchMode::RegularExpression;
    const DictSearch bad = dict->find(QStringLiteral("(unclosed"), options);
    QCOMPARE(dict->lastError(), Error::ValueError);
    QVERIFY2(dict->lastErrorString().contains(QLatin1String("bad pattern at")),
             qPrintable(dict->lastErrorString()));
    QVERIFY(bad.matches.isEmpty());
}

void tst_PagedReads::valueInfoOfAFiftyMegabyteValueSendsNoValue()
{
    auto dict = m_manager->dict();
    QVERIFY2(dict, qPrintable(m_manager->errorString()));
    const QByteArray bytes(50 * 1024 * 1024, 'b');
    const QString text(25 * 1024 * 1024, QLatin1Char('s')); // 50 MB of UTF-16
    QVERIFY(dict->setValue(QStringLiteral("bytes"), bytes));
    QVERIFY(dict->setValue(QStringLiteral("text"), text));

    // A client that takes no frame over 64 KiB: an answer with the value would end its
    // connection.
    SyncManager small(m_manager->address(), m_key);
    TestSupport::configure(small);
    small.setMaxFrameSize(64 * 1024);
    QVERIFY2(small.connectToServer(), qPrintable(small.errorString()));
    const std::unique_ptr<Proxy> proxy = small.proxyForToken(dict->token());
    auto *smallDict = qobject_cast<DictProxy *>(proxy.get());
    QVERIFY(smallDict);

    QElapsedTimer timer;
    timer.start();
    const ValueInfo info = smallDict->valueInfo(QStringLiteral("bytes"), 30);
    const qint64 us = timer.nsecsElapsed() / 1000;
    QVERIFY2(smallDict->lastError() == Error::NoError, qPrintable(smallDict->lastErrorString()));
    QCOMPARE(info.type, QStringLiteral("bytes"));
    QCOMPARE(info.size, bytes.size());
    QVERIFY(info.bytes >= bytes.size());
    QCOMPARE(info.preview, QStringLiteral("b'") + QString(28, QLatin1Char('b')) + QChar(0x2026));
    const ValueInfo textInfo = smallDict->valueInfo(QStringLiteral("text"));
    QCOMPARE(textInfo.type, QStringLiteral("str"));
    QCOMPARE(textInfo.size, text.size());
    QCOMPARE(textInfo.preview.size(), 201);
    qInfo("value_info of a 50 MB value: %lld us, through a client that takes 64 KiB frames", us);
    QCOMPARE(smallDict->valueInfo(QStringLiteral("missing")).type, QString());
    QCOMPARE(smallDict->lastError(), Error::KeyError);

    // The control: fetching the value itself does not fit that client.
    QVERIFY(!smallDict->value(QStringLiteral("bytes")).isValid());
    QCOMPARE(dict->value(QStringLiteral("bytes")).value().toByteArray().size(), bytes.size());
}

void tst_PagedReads::getRangeReadsABigValueInPieces()
{
    auto dict = m_manager->dict();
    QVERIFY2(dict, qPrintable(m_manager->errorString()));
    QString text;
    for (int i = 0; i < 100000; ++i)
        text += QString::number(i) + QLatin1Char(',');
    QVERIFY(dict->setValue(QStringLiteral("text"), text));
    QVERIFY(dict->setValue(QStringLiteral("number"), 42));
    QString assembled;
    quint64 entryVersion = 0;
    for (qint64 offset = 0;; offset += 65536) {
        const ValueRange range = dict->getRange(QStringLiteral("text"), offset, 65536);
        QCOMPARE(dict->lastError(), Error::NoError);
        QCOMPARE(range.size, text.size());
        if (entryVersion == 0)
            entryVersion = range.entryVersion;
        QCOMPARE(range.entryVersion, entryVersion);
        const QString piece = range.data.toString();
        if (piece.isEmpty())
            break;
        assembled += piece;
    }
    QCOMPARE(assembled, text);
    PendingReply<ValueRange> bytesRange = dict->getRangeAsync(QStringLiteral("number"), 0, 1);
    bytesRange.waitForFinished();
    QCOMPARE(bytesRange.error(), Error::TypeError);
    QCOMPARE(bytesRange.message(), QStringLiteral("get_range() reads strings and bytes, not 'int'"));
}

void tst_PagedReads::setIfConflictsOnlyOnTheEntryItWrites()
{
    // dict
    auto dict = m_manager->dict(VariantPairList { { QStringLiteral("mine"), 1 }, { QStringLiteral("theirs"), 2 } });
    QVERIFY(dict);
    const VersionedValue seen = dict->lookup(QStringLiteral("mine"));
    QVERIFY(seen.found);
    QCOMPARE(seen.value, QVariant(1));
    QCOMPARE(apply(*dict, { QStringLiteral("set"), encode(QStringLiteral("theirs")), encode(20) }),
             QStringList { QStringLiteral("OK") });
    ConditionalWrite write = dict->setIf(QStringLiteral("mine"), 10, seen.version);
    QVERIFY2(write.ok, "another entry changed: no conflict");
    QCOMPARE(write.entryVersion, write.version);
    QCOMPARE(apply(*dict, { QStringLiteral("set"), encode(QStringLiteral("mine")), encode(99) }),
             QStringList { QStringLiteral("OK") });
    write = dict->setIf(QStringLiteral("mine"), 11, write.version);
    QVERIFY2(!write.ok, "the entry changed in another process");
    QVERIFY(write.found);
    QCOMPARE(write.current, QVariant(99));
    QCOMPARE(dict->value(QStringLiteral("mine")).value(), QVariant(99));
    // Retried with what the conflict told.
    write = dict->setIf(QStringLiteral("mine"), 11, write.version);
    QVERIFY(write.ok);
    // Removed in another process since: recreating it conflicts.
    const quint64 before = dict->lookup(QStringLiteral("mine")).version;
    QCOMPARE(apply(*dict, { QStringLiteral("del"), encode(QStringLiteral("mine")) }),
             QStringList { QStringLiteral("OK") });
    write = dict->setIf(QStringLiteral("mine"), 12, before);
    QVERIFY(!write.ok);
    QVERIFY(!write.found);
    QVERIFY(!dict->contains(QStringLiteral("mine")));
    // 0: create only.
    QVERIFY(dict->setIf(QStringLiteral("mine"), 13, 0).ok);
    QVERIFY(!dict->setIf(QStringLiteral("mine"), 14, 0).ok);

    // Namespace
    auto ns = m_manager->Namespace();
    QVERIFY(ns);
    QVERIFY(ns->setValue(QStringLiteral("x"), 1));
    QVERIFY(ns->setValue(QStringLiteral("y"), 2));
    const NamespaceSnapshot snapshot = ns->snapshot();
    QCOMPARE(snapshot.attributes.value(QStringLiteral("y")), QVariant(2));
    QCOMPARE(apply(*ns, { QStringLiteral("set"), QStringLiteral("y"), encode(3) }),
             QStringList { QStringLiteral("OK") });
    QVERIFY(ns->setIf(QStringLiteral("x"), 10, snapshot.version).ok);
    PendingReply<ConditionalWrite> conflict = ns->setIfAsync(QStringLiteral("y"), 20, snapshot.version);
    conflict.waitForFinished();
    QVERIFY(conflict.isValid());
    QVERIFY(!conflict.value().ok);
    QCOMPARE(conflict.value().current, QVariant(3));
    QCOMPARE(ns->value(QStringLiteral("y")).value(), QVariant(3));
    QCOMPARE(ns->lookup(QStringLiteral("x")).value, QVariant(10));
    QVERIFY(!ns->setIf(QStringLiteral("_own"), 1, 0).ok);
    QCOMPARE(ns->lastError(), Error::ValueError);
}

void tst_PagedReads::listSetIfConflictsWhenTheItemMoves()
{
    auto list = m_manager->list({ 0, 1, 2, 3, 4 });
    QVERIFY(list);
    ItemWindow window = list->window(0, 10);
    QCOMPARE(window.items, (QVariantList { 0, 1, 2, 3, 4 }));
    QCOMPARE(window.length, 5);
    // Another process changes item 4 and appends: items 0..3 did not change or move.
    QCOMPARE(apply(*list, { QStringLiteral("set"), QStringLiteral("4"), encode(40),
                            QStringLiteral("append"), encode(5) }),
             (QStringList { QStringLiteral("OK"), QStringLiteral("OK") }));
    ConditionalWrite write = list->setIf(2, 20, window.version);
    QVERIFY2(write.ok, "changes after the item do not conflict");
    write = list->setIf(4, 41, window.version);
    QVERIFY(!write.ok);
    QCOMPARE(write.current, QVariant(40));
    // An insertion at the front moves every item: index 3 now holds another item.
    window = list->window(0, 10);
    QCOMPARE(apply(*list, { QStringLiteral("insert"), QStringLiteral("0"), encode(-1) }),
             QStringList { QStringLiteral("OK") });
    write = list->setIf(3, 30, window.version);
    QVERIFY2(!write.ok, "the item at 3 moved");
    QCOMPARE(write.current, QVariant(20));
    QCOMPARE(list->toList(), (QVariantList { -1, 0, 1, 20, 3, 40, 5 }));
    write = list->setIf(3, 30, write.version);
    QVERIFY(write.ok);
    QCOMPARE(list->at(3).value(), QVariant(30));
    QCOMPARE(list->setIf(7, 1, write.version).ok, false);
    QCOMPARE(list->lastError(), Error::IndexError);
}

void tst_PagedReads::exchangeReturnsWhatItReplaced()
{
    auto dict = m_manager->dict(VariantPairList { { QStringLiteral("k"), 1 } });
    QVERIFY(dict);
    ExchangedValue exchanged = dict->exchange(QStringLiteral("k"), 2);
    QVERIFY(exchanged.found);
    QCOMPARE(exchanged.previous, QVariant(1));
    exchanged = dict->exchange(QStringLiteral("new"), 3);
    QVERIFY(!exchanged.found);
    QVERIFY(!exchanged.previous.isValid());
    // Two processes exchanging in turn each get the other's value back.
    const QStringList lines = apply(*dict, { QStringLiteral("set"), encode(QStringLiteral("k")), encode(7) });
    QCOMPARE(lines, QStringList { QStringLiteral("OK") });
    PendingReply<ExchangedValue> async = dict->exchangeAsync(QStringLiteral("k"), 8);
    async.waitForFinished();
    QCOMPARE(async.value().previous, QVariant(7));
    QCOMPARE(dict->value(QStringLiteral("k")).value(), QVariant(8));

    auto ns = m_manager->Namespace();
    QVERIFY(ns);
    QVERIFY(!ns->exchange(QStringLiteral("x"), 1).found);
    QCOMPARE(ns->exchange(QStringLiteral("x"), 2).previous, QVariant(1));

    auto list = m_manager->list({ QStringLiteral("a"), QStringLiteral("b") });
    QVERIFY(list);
    exchanged = list->exchange(-1, QStringLiteral("c"));
    QVERIFY(exchanged.found);
    QCOMPARE(exchanged.previous, QVariant(QStringLiteral("b")));
    QCOMPARE(list->toList(), (QVariantList { QStringLiteral("a"), QStringLiteral("c") }));
    list->exchange(2, 1);
    QCOMPARE(list->lastError(), Error::IndexError);
}

void tst_PagedReads::queuePeekTakesNothing()
{
    auto queue = m_manager->Queue();
    QVERIFY(queue);
    for (int i = 0; i < 10; ++i)
        QVERIFY(queue->put(i));
    ItemWindow peek = queue->peek(2, 3);
    QCOMPARE(queue->lastError(), Error::NoError);
    QCOMPARE(peek.items, (QVariantList { 2, 3, 4 }));
    QCOMPARE(peek.length, 10);
    QCOMPARE(peek.start, 2);
    QCOMPARE(queue->qsize(), 10);
    // Another process sees the same items, and its get takes the first one.
    QCOMPARE(apply(*queue, { QStringLiteral("get"), QStringLiteral("0") }),
             QStringList { QStringLiteral("RESULT ") + encode(0) });
    const quint64 before = peek.version;
    PendingReply<ItemWindow> async = queue->peekAsync();
    async.waitForFinished();
    QVERIFY(async.isValid());
    QCOMPARE(async.value().items.size(), 9);
    QCOMPARE(async.value().items.first(), QVariant(1));
    QVERIFY(async.value().version > before);
    QCOMPARE(queue->get(0).value(), QVariant(1));
    QCOMPARE(queue->peek(100).items, QVariantList());
}

void tst_PagedReads::windowsAreOneAnswer()
{
    // The worker keeps the list a run of 50 consecutive integers, sliding: a window is a run of
    // consecutive integers whatever the moment, and its length is the list's at that moment.
    auto list = m_manager->list();
    QVERIFY(list);
    const auto worker = startWorker(*list, { QStringLiteral("slide"), QStringLiteral("5000") });
    int windows = 0;
    quint64 lastVersion = 0;
    while (!worker->hasLine(QStringLiteral("COUNT"))) {
        QCoreApplication::processEvents(); // reads the worker's output
        const ItemWindow window = list->window(10, 30);
        QCOMPARE(list->lastError(), Error::NoError);
        ++windows;
        QVERIFY(window.version >= lastVersion);
        lastVersion = window.version;
        QCOMPARE(window.items.size(), qBound(qint64(0), window.length - 10, qint64(30)));
        for (qsizetype i = 1; i < window.items.size(); ++i)
            QCOMPARE(window.items.at(i).toInt(), window.items.at(i - 1).toInt() + 1);
    }
    QVERIFY(worker->waitFor(QStringLiteral("END")));
    qInfo("%d list windows read while another process slid the list", windows);
    const ItemWindow last = list->window(-5, 100);
    QCOMPARE(last.length, 50);
    QCOMPARE(last.start, 45);
    QCOMPARE(last.items, (QVariantList { 4995, 4996, 4997, 4998, 4999 }));

    auto array = m_manager->Array('i', QVariantList { 10, 11, 12, 13 });
    QVERIFY(array);
    ItemWindow window = array->window(1, 2);
    QCOMPARE(window.items, (QVariantList { 11, 12 }));
    QCOMPARE(window.length, 4);
    QCOMPARE(apply(*array, { QStringLiteral("set"), QStringLiteral("2"), encode(120) }),
             QStringList { QStringLiteral("OK") });
    PendingReply<ItemWindow> async = array->windowAsync(-2);
    async.waitForFinished();
    QVERIFY2(async.isValid(), qPrintable(async.errorString()));
    QCOMPARE(async.value().items, (QVariantList { 120, 13 }));
    QCOMPARE(async.value().version, window.version + 1);
}

void tst_PagedReads::versionsCountChangesFromOtherProcesses()
{
    auto dict = m_manager->dict();
    auto list = m_manager->list();
    auto ns = m_manager->Namespace();
    QVERIFY(dict && list && ns);
    const quint64 dictBefore = dict->itemsRange(0, 0).version;
    const quint64 listBefore = list->window(0, 0).version;
    const quint64 nsBefore = ns->snapshot().version;
    // A burst is that many changes (those that succeeded: COUNT), each one version.
    QStringList lines = apply(*dict, { QStringLiteral("burst"), QStringLiteral("300") });
    const int dictChanges = lines.filter(QStringLiteral("COUNT ")).value(0).mid(6).toInt();
    lines = apply(*ns, { QStringLiteral("burst"), QStringLiteral("200") });
    const int nsChanges = lines.filter(QStringLiteral("COUNT ")).value(0).mid(6).toInt();
    QVERIFY(dictChanges > 100 && nsChanges > 100);
    // A dict burst's update() of two pairs is two changes, and a clear() of an empty dict one:
    // compare with what a second reader saw by events instead of guessing, for the list.
    const quint64 dictAfter = dict->itemsRange(0, 0).version;
    QVERIFY2(dictAfter - dictBefore >= quint64(dictChanges),
             qPrintable(QStringLiteral("%1 -> %2, %3 changes").arg(dictBefore).arg(dictAfter).arg(dictChanges)));
    QCOMPARE(ns->snapshot().version - nsBefore, quint64(nsChanges));
    QCOMPARE(apply(*list, { QStringLiteral("append"), encode(1), QStringLiteral("append"), encode(2),
                            QStringLiteral("set"), QStringLiteral("0"), encode(3),
                            QStringLiteral("get"), QStringLiteral("0") }).size(), 4);
    QCOMPARE(list->window(0, 0).version - listBefore, 3u);
    // Reads change nothing.
    const quint64 now = dict->itemsRange(0, 10).version;
    dict->items();
    dict->find(QStringLiteral("x"));
    dict->lookup(QStringLiteral("x"));
    QCOMPARE(dict->itemsRange(0, 0).version, now);
}

// Change info (Proxy::setChangeInfoEnabled()): the events of another process's changes carry
// the object's version after each, that process's client id, and a dict entry's position.
void tst_PagedReads::changeInfoPlacesDictEventsAndNamesTheOrigin()
{
    auto dict = m_manager->dict(numberedPairs(0, 10));
    QVERIFY(dict);
    struct Seen
    {
        QString what;
        QVariant key;
        ChangeInfo info;
    };
    QList<Seen> seen;
    QList<ChangeInfo> plainInfos;
    const auto record = [&](const QString &what) {
        return [&, what](const QVariant &key) { seen.append({ what, key, dict->changeInfo() }); };
    };
    connect(dict.get(), &DictProxy::itemChanged, this, [&, f = record(QStringLiteral("changed"))](const QVariant &k, const QVariant &) { f(k); });
    connect(dict.get(), &DictProxy::itemInserted, this, [&, f = record(QStringLiteral("inserted"))](const QVariant &k, const QVariant &) { f(k); });
    connect(dict.get(), &DictProxy::itemRemoved, this, record(QStringLiteral("removed")));
    // A second connection's proxy of the same object that did not ask: nothing for it (its
    // manager is another client).
    SyncManager other(m_manager->address(), m_key);
    TestSupport::configure(other);
    QVERIFY(other.connectToServer());
    std::unique_ptr<DictProxy> otherDict(qobject_cast<DictProxy *>(other.proxyForToken(dict->token()).release()));
    QVERIFY(otherDict);
    int otherEvents = 0;
    connect(otherDict.get(), &DictProxy::itemRemoved, this, [&](const QVariant &) {
        ++otherEvents;
        plainInfos.append(otherDict->changeInfo());
    });
    dict->setChangeInfoEnabled(true);
    QVERIFY(dict->isChangeInfoEnabled());
    QVERIFY(!dict->changeInfo().isValid()); // outside a slot
    // The subscription and the request travel before the worker's changes: a round trip.
    QVERIFY(dict->contains(QStringLiteral("n0")));
    QVERIFY(otherDict->contains(QStringLiteral("n0")));
    const quint64 before = dict->itemsRange(0, 0).version;
    const QStringList lines = apply(*dict, { QStringLiteral("set"), encode(QStringLiteral("n3")), encode(33),
                                             QStringLiteral("del"), encode(QStringLiteral("n5")),
                                             QStringLiteral("set"), encode(QStringLiteral("new")), encode(1),
                                             QStringLiteral("del"), encode(QStringLiteral("n0")),
                                             QStringLiteral("set"), encode(QStringLiteral("n9")), encode(99) });
    QVERIFY2(lines.filter(QStringLiteral("FAILED")).isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
    QTRY_COMPARE(seen.size(), 5);
    QTRY_COMPARE(otherEvents, 2);
    const QList<std::pair<QString, qint64>> expected {
        { QStringLiteral("changed"), 3 },  // n3 stays where it was
        { QStringLiteral("removed"), 5 },  // n5, where it was
        { QStringLiteral("inserted"), 9 }, // new: last of 10
        { QStringLiteral("removed"), 0 },
        { QStringLiteral("changed"), 7 },  // n9: n0 and n5 are gone before it
    };
    const quint64 mine = m_manager->whoAmI().id();
    for (int i = 0; i < seen.size(); ++i) {
        const Seen &event = seen.at(i);
        QVERIFY2(event.info.isValid(), qPrintable(event.what));
        QCOMPARE(event.what, expected.at(i).first);
        QCOMPARE(event.info.position, expected.at(i).second);
        QCOMPARE(event.info.version, before + quint64(i) + 1);
        QVERIFY(event.info.origin != 0 && event.info.origin != mine);
        QCOMPARE(event.info.origin, seen.first().info.origin);
    }
    QCOMPARE(dict->itemsRange(0, 0).version, seen.last().info.version);
    // The page agrees with the positions: n9 is at 7.
    QCOMPARE(dict->itemsRange(7, 1).items.value(0).first.toString(), QStringLiteral("n9"));
    for (const ChangeInfo &info : std::as_const(plainInfos))
        QVERIFY(!info.isValid());
    // A change of this process's own names it.
    QVERIFY(dict->setValue(QStringLiteral("n1"), -1));
    QTRY_COMPARE(seen.size(), 6);
    QCOMPARE(seen.last().info.origin, mine);
    QCOMPARE(seen.last().info.position, 0);
}

QTEST_GUILESS_MAIN(tst_PagedReads)
#include "tst_pagedreads.moc"
