// SPDX-License-Identifier: BSD-3-Clause
// tst_containers' fixture, shared by its files: one per container type (namespace.cpp,
// value.cpp, array.cpp, dict.cpp, list.cpp, queue.cpp), payloads.cpp for payloads and nested
// proxies, and signals.cpp and signaldelivery.cpp for the live change signals.
//
// SyncManager's shared containers across real processes, once per transport: Namespace, Value,
// Array, dict, list, Queue and JoinableQueue with Python's semantics, payloads of every kind,
// proxies stored inside containers, and the live change signals of the proxies. The other
// processes are containerworker programs that take the objects by token; values travel to and
// from them in workerformat.h's encoding, so their exact types are compared too.
//
// Timing: only lower bounds are asserted on timeouts (with a 10% margin for coarse timers);
// everything else waits for a state with QTRY_* or for a worker's line, never for a fixed time.
#ifndef TST_CONTAINERS_H
#define TST_CONTAINERS_H

#include "helperprocess.h"
#include "introspection.h"
#include "transport.h"
#include "typedproxy.h"
#include "workerformat.h"

#include <libmanager/syncmanager.h>

#include <QtCore/qdatetime.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qendian.h>
#include <QtCore/quuid.h>
#include <QtTest/qsignalspy.h>
#include <QtTest/qtest.h>

#include <cmath>
#include <limits>

using namespace LibManager;
using TestSupport::typed;
using ContainerWorker::decode;
using ContainerWorker::encode;
using TestSupport::processAlive;

namespace ContainersSuite {

constexpr int WorkerTimeout = 60000;
constexpr int SignalTimeout = 20000;

// The lowest elapsed time a wait of \a ms may take: a coarse timer fires a little early.
constexpr qint64 atLeast(int ms)
{
    return ms - ms / 10;
}

// A value as a command-line word for the worker.
inline QString V(const QVariant &value)
{
    return encode(value);
}

// A readable, type-exact form of a value: "QVariant(int, 3)".
inline QString show(const QVariant &value)
{
    // QDebug prints a QVariantHash in its iteration order, which depends on the process's hash
    // seed: equal hashes from two processes printed differently (about one run in five).
    // Containers are printed here with their hashes' keys sorted, and their items by show().
    switch (value.metaType().id()) {
    case QMetaType::QVariantHash: {
        const QVariantHash hash = value.toHash();
        QStringList keys = hash.keys();
        keys.sort();
        QStringList items;
        for (const QString &key : std::as_const(keys))
            items.append(key + QLatin1String(": ") + show(hash.value(key)));
        return QLatin1String("QVariantHash{") + items.join(QLatin1String(", ")) + QLatin1Char('}');
    }
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        QStringList items;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            items.append(it.key() + QLatin1String(": ") + show(it.value()));
        return QLatin1String("QVariantMap{") + items.join(QLatin1String(", ")) + QLatin1Char('}');
    }
    case QMetaType::QVariantList: {
        QStringList items;
        for (const QVariant &item : value.toList())
            items.append(show(item));
        return QLatin1String("QVariantList[") + items.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    default:
        break;
    }
    QString text;
    QDebug(&text).nospace() << value;
    return text;
}

// The value of a worker's "RESULT V" line; for any other line a string that says so, which no
// comparison with an expected value will accept.
inline QVariant resultOf(const QString &line)
{
    bool ok = false;
    const QVariant value
        = line.startsWith(QLatin1String("RESULT ")) ? decode(line.mid(7), &ok) : QVariant();
    return ok ? value : QVariant(QStringLiteral("<not a RESULT line: %1>").arg(line));
}

// The error name of a worker's "ERROR Name message" line, or the whole line.
inline QString errorOf(const QString &line)
{
    return line.startsWith(QLatin1String("ERROR ")) ? line.section(QLatin1Char(' '), 1, 1) : line;
}

// A worker's "SIG name V..." line, readable and type-exact.
inline QString describeSignal(const QString &line)
{
    const QStringList words = line.split(QLatin1Char(' '));
    if (words.value(0) != QLatin1String("SIG"))
        return QStringLiteral("<not a SIG line: %1>").arg(line);
    QString out = words.value(1);
    for (qsizetype i = 2; i < words.size(); ++i)
        out += QLatin1Char(' ') + show(decode(words.at(i)));
    return out;
}

inline QString describeSignal(const char *name, const QVariantList &args)
{
    QString out = QLatin1String(name);
    for (const QVariant &arg : args)
        out += QLatin1Char(' ') + show(arg);
    return out;
}

inline QVariantList pairsToList(const VariantPairList &pairs)
{
    QVariantList out;
    for (const VariantPair &pair : pairs)
        out.append(QVariant(QVariantList { pair.first, pair.second }));
    return out;
}

// A containerworker process with a watchdog, killed when destroyed. Its standard input stays
// open, so it also ends if this test dies.
class Worker : public TestSupport::HelperProcess
{
public:
    explicit Worker(const QStringList &arguments, int watchdogMs = 120000)
        : HelperProcess(TestSupport::Helper::ContainerWorker, arguments, watchdogMs)
    {
    }
};

} // namespace ContainersSuite

using namespace ContainersSuite;

// Compares two QVariants by type and value (QVariant's == alone takes 1 and 1.0 for equal).
#define COMPARE_TYPED(actual, expected)                                                            \
    do {                                                                                           \
        const QVariant actual_ = (actual);                                                         \
        const QVariant expected_ = (expected);                                                     \
        QCOMPARE(show(actual_), show(expected_));                                                  \
        QCOMPARE(actual_, expected_);                                                              \
    } while (false)

class tst_Containers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();

    // Namespace
    void namespaceAttributes();
    void namespaceUnderscoreAttributesStayOnTheProxy();
    // Value
    void valueTypeCodes_data();
    void valueTypeCodes();
    void valueFloatPrecision();
    void valueAtomicOperations();
    void valueAcrossProcesses();
    void lockFreeCounterIsExact();
    // Array
    void arrayIndexingAndSlices();
    void arrayBulkReadsArePacked();
    void arrayOfAMillionDoubles();
    void bulkAnswersKeepTheirPlaceInAPipeline();
    void bulkAnswersStreamIntoTheList();
    void arrayAcrossProcesses();
    // dict
    void dictMethods();
    void dictMissingKeys();
    void dictKeepsInsertionOrder();
    void dictKeyEquality();
    void dictAcrossProcesses();
    // list
    void listIndexing();
    void listSlices();
    void listMethods();
    void listItemEquality();
    void listErrorsAreDistinct();
    void listAcrossProcesses();
    // Queue, JoinableQueue
    void queueNonBlockingAndTimeouts();
    void answeredCallsLeaveNoTimeouts();
    void queueBlocksAcrossProcesses();
    void joinableQueueTaskDoneAndJoin();
    void queueGetterKilledWhileParkedLosesNothing();
    // Payloads and nested proxies
    void payloadsRoundTrip_data();
    void payloadsRoundTrip();
    void proxyStoredInADict();
    void proxyStoredInAList();
    // Live change signals
    void subscriptionIsLazyAndEndsWithTheProxy();
    void namespaceSignals();
    void dictSignals();
    void listSignals();
    void valueSignals();
    void arraySignals();
    void queueSignals();
    void eventSignals();
    void burstArrivesCompleteAndInOrder_data();
    void burstArrivesCompleteAndInOrder();
    void disconnectedSignalsStop();
    void disconnectedSignalsStopInAnotherProcess_data();
    void disconnectedSignalsStopInAnotherProcess();
    void proxiesInTwoProcessesBothGetEvents();

private:
    QStringList workerArgs(const QString &mode, const Proxy &proxy, const QStringList &rest) const;
    std::unique_ptr<Worker> startWorker(const QString &mode, const Proxy &proxy,
                                        const QStringList &rest = {});
    /*! Runs "apply" with \a ops and returns its lines before "END" (with a "FAILED" line if it
        did not end well). */
    QStringList apply(const Proxy &proxy, const QStringList &ops);
    int parkedCalls() const;
    int liveObjects() const;
    int subscribers(const Proxy &proxy) const;

    std::unique_ptr<SyncManager> m_manager;
    std::unique_ptr<Proxy> m_server;
    const QByteArray m_key = QByteArrayLiteral("containers-key");
};

#endif // TST_CONTAINERS_H
