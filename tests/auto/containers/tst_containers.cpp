// SPDX-License-Identifier: BSD-3-Clause
// SyncManager's shared containers across real processes, once per transport: Namespace, Value,
// Array, dict, list, Queue and JoinableQueue with Python's semantics, payloads of every kind,
// proxies stored inside containers, and the live change signals of the proxies. The other
// processes are containerworker programs that take the objects by token; values travel to and
// from them in workerformat.h's encoding, so their exact types are compared too.
//
// Timing: only lower bounds are asserted on timeouts (with a 10% margin for coarse timers);
// everything else waits for a state with QTRY_* or for a worker's line, never for a fixed time.

#include "../../helpers/containerworker/workerformat.h"
#include "../../shared/helperprocess.h"
#include "../../shared/introspection.h"
#include "../../shared/workerprocess.h"

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
using ContainerWorker::decode;
using ContainerWorker::encode;
using TestSupport::processAlive;

namespace {

constexpr int WorkerTimeout = 60000;
constexpr int SignalTimeout = 20000;

// The lowest elapsed time a wait of \a ms may take: a coarse timer fires a little early.
constexpr qint64 atLeast(int ms)
{
    return ms - ms / 10;
}

// A value as a command-line word for the worker.
QString V(const QVariant &value)
{
    return encode(value);
}

// A readable, type-exact form of a value: "QVariant(int, 3)".
QString show(const QVariant &value)
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
QVariant resultOf(const QString &line)
{
    bool ok = false;
    const QVariant value
        = line.startsWith(QLatin1String("RESULT ")) ? decode(line.mid(7), &ok) : QVariant();
    return ok ? value : QVariant(QStringLiteral("<not a RESULT line: %1>").arg(line));
}

// The error name of a worker's "ERROR Name message" line, or the whole line.
QString errorOf(const QString &line)
{
    return line.startsWith(QLatin1String("ERROR ")) ? line.section(QLatin1Char(' '), 1, 1) : line;
}

// A worker's "SIG name V..." line, readable and type-exact.
QString describeSignal(const QString &line)
{
    const QStringList words = line.split(QLatin1Char(' '));
    if (words.value(0) != QLatin1String("SIG"))
        return QStringLiteral("<not a SIG line: %1>").arg(line);
    QString out = words.value(1);
    for (qsizetype i = 2; i < words.size(); ++i)
        out += QLatin1Char(' ') + show(decode(words.at(i)));
    return out;
}

QString describeSignal(const char *name, const QVariantList &args)
{
    QString out = QLatin1String(name);
    for (const QVariant &arg : args)
        out += QLatin1Char(' ') + show(arg);
    return out;
}

QVariantList pairsToList(const VariantPairList &pairs)
{
    QVariantList out;
    for (const VariantPair &pair : pairs)
        out.append(QVariant(QVariantList { pair.first, pair.second }));
    return out;
}

// A typed proxy, owned by the caller, from a plain one; nullptr if it is of another class.
template<class P> std::unique_ptr<P> typed(std::unique_ptr<Proxy> proxy)
{
    if (!qobject_cast<P *>(proxy.get()))
        return nullptr;
    return std::unique_ptr<P>(static_cast<P *>(proxy.release()));
}

// A containerworker process with a watchdog, killed when destroyed. Its standard input stays
// open, so it also ends if this test dies.
class Worker : public TestSupport::WorkerProcess
{
public:
    explicit Worker(const QStringList &arguments, int watchdogMs = 120000)
        : WorkerProcess(QStringLiteral(CONTAINERWORKER_PATH), arguments, watchdogMs)
    {
    }
};

} // namespace

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

void tst_Containers::initTestCase_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("local") << QString();
    QTest::newRow("tcp") << QStringLiteral("127.0.0.1:0");
}

void tst_Containers::init()
{
    QFETCH_GLOBAL(QString, address);
    m_manager = std::make_unique<SyncManager>(address, m_key);
    QVERIFY2(m_manager->start(), qPrintable(m_manager->errorString()));
    m_server = m_manager->introspector();
    QVERIFY2(m_server, qPrintable(m_manager->errorString()));
}

void tst_Containers::cleanup()
{
    m_server.reset();
    m_manager.reset();
}

QStringList tst_Containers::workerArgs(const QString &mode, const Proxy &proxy,
                                       const QStringList &rest) const
{
    return QStringList { mode, m_manager->address(), QString::fromLatin1(m_key.toHex()),
                         proxy.token().toString() }
    + rest;
}

std::unique_ptr<Worker> tst_Containers::startWorker(const QString &mode, const Proxy &proxy,
                                                    const QStringList &rest)
{
    return std::make_unique<Worker>(workerArgs(mode, proxy, rest));
}

QStringList tst_Containers::apply(const Proxy &proxy, const QStringList &ops)
{
    Worker worker(workerArgs(QStringLiteral("apply"), proxy, ops));
    const bool ended = worker.waitFor(QStringLiteral("END"));
    QStringList lines = worker.lines();
    lines.removeAll(QStringLiteral("END"));
    if (!ended || !worker.exitedWith(0))
        lines.append(QStringLiteral("FAILED: ") + worker.log());
    return lines;
}

// Calls the server holds unanswered, over all its clients (this one included).
int tst_Containers::parkedCalls() const
{
    return TestSupport::parkedCalls(*m_server);
}

int tst_Containers::liveObjects() const
{
    const Reply reply = m_server->callMethod(QStringLiteral("liveObjectCount"));
    return reply.isValid() ? reply.value().toInt() : -1;
}

// Connections subscribed to the changes of \a proxy's object; -1 if the object is gone.
int tst_Containers::subscribers(const Proxy &proxy) const
{
    const QVariantList objects = m_server->callMethod(QStringLiteral("objects")).value().toList();
    for (const QVariant &object : objects) {
        const QVariantMap info = object.toMap();
        if (info.value(QStringLiteral("id")).toULongLong() == proxy.objectId())
            return info.value(QStringLiteral("subscribers")).toInt();
    }
    return -1;
}

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

// --- Value ------------------------------------------------------------------------------------

void tst_Containers::valueTypeCodes_data()
{
    QTest::addColumn<char>("code");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QVariant>("stored"); // what value() returns afterwards, type included

    constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
    constexpr qint64 int64Min = std::numeric_limits<qint64>::min();
    constexpr quint64 uint64Max = std::numeric_limits<quint64>::max();
    const QVariant none;
    auto ok = [](const char *name, char code, const QVariant &value, const QVariant &stored) {
        QTest::newRow(name) << code << value << Error::NoError << stored;
    };
    auto bad = [&none](const char *name, char code, const QVariant &value, Error error) {
        QTest::newRow(name) << code << value << error << none;
    };

    ok("b 127", 'b', 127, 127);
    ok("b -128", 'b', -128, -128);
    bad("b 128", 'b', 128, Error::ValueError);
    bad("b -129", 'b', -129, Error::ValueError);
    ok("B 255", 'B', 255, 255);
    bad("B -1", 'B', -1, Error::ValueError);
    bad("B 256", 'B', 256, Error::ValueError);
    ok("h 32767", 'h', 32767, 32767);
    ok("h -32768", 'h', -32768, -32768);
    bad("h 32768", 'h', 32768, Error::ValueError);
    bad("h -32769", 'h', -32769, Error::ValueError);
    ok("H 65535", 'H', 65535, 65535);
    bad("H -1", 'H', -1, Error::ValueError);
    bad("H 65536", 'H', 65536, Error::ValueError);
    ok("i max", 'i', std::numeric_limits<int>::max(), std::numeric_limits<int>::max());
    ok("i min", 'i', std::numeric_limits<int>::min(), std::numeric_limits<int>::min());
    bad("i max+1", 'i', qlonglong(std::numeric_limits<int>::max()) + 1, Error::ValueError);
    bad("i min-1", 'i', qlonglong(std::numeric_limits<int>::min()) - 1, Error::ValueError);
    ok("i true", 'i', true, 1); // a bool is an int, as in Python
    bad("i string", 'i', QStringLiteral("12"), Error::TypeError);
    bad("i 1.5", 'i', 1.5, Error::TypeError);
    bad("i 2.0", 'i', 2.0, Error::TypeError);
    bad("i bytes", 'i', QByteArray("1"), Error::TypeError);
    bad("i null", 'i', none, Error::TypeError);
    ok("I 2^32-1", 'I', qlonglong(0xffffffffLL), 0xffffffffu);
    bad("I 2^32", 'I', qlonglong(1) << 32, Error::ValueError);
    bad("I -1", 'I', -1, Error::ValueError);
    ok("l max", 'l', int64Max, qlonglong(int64Max));
    ok("l min", 'l', int64Min, qlonglong(int64Min));
    bad("l 2^63", 'l', qulonglong(1) << 63, Error::ValueError);
    ok("L max", 'L', uint64Max, qulonglong(uint64Max));
    bad("L -1", 'L', -1, Error::ValueError);
    ok("q max", 'q', int64Max, qlonglong(int64Max));
    ok("q min", 'q', int64Min, qlonglong(int64Min));
    bad("q 2^63", 'q', qulonglong(1) << 63, Error::ValueError);
    ok("q small", 'q', 5, qlonglong(5));
    ok("Q max", 'Q', uint64Max, qulonglong(uint64Max));
    bad("Q -1", 'Q', -1, Error::ValueError);
    bad("Q string", 'Q', QStringLiteral("1"), Error::TypeError);
    ok("f 1.5", 'f', 1.5, 1.5);
    ok("f int", 'f', 3, 3.0);
    bad("f 1e39", 'f', 1e39, Error::ValueError); // would be inf: out of range, not truncated
    bad("f string", 'f', QStringLiteral("1.5"), Error::TypeError);
    ok("d 1e300", 'd', 1e300, 1e300);
    ok("d int", 'd', 7, 7.0);
    ok("d -0.1", 'd', -0.1, -0.1);
    bad("d string", 'd', QStringLiteral("0.5"), Error::TypeError);
    ok("c byte", 'c', QByteArray("x"), QByteArray("x"));
    ok("c nul", 'c', QByteArray(1, '\0'), QByteArray(1, '\0'));
    bad("c two bytes", 'c', QByteArray("xy"), Error::TypeError);
    bad("c string", 'c', QStringLiteral("x"), Error::TypeError);
    ok("u letter", 'u', QStringLiteral("é"), QStringLiteral("é"));
    ok("u QChar", 'u', QVariant(QChar(u'ß')), QStringLiteral("ß"));
    bad("u two letters", 'u', QStringLiteral("ab"), Error::TypeError);
    bad("u number", 'u', 65, Error::TypeError);
}

void tst_Containers::valueTypeCodes()
{
    QFETCH(char, code);
    QFETCH(QVariant, value);
    QFETCH(Error, error);
    QFETCH(QVariant, stored);

    // Set through a proxy.
    auto v = m_manager->Value(code);
    QVERIFY2(v, qPrintable(m_manager->errorString()));
    QCOMPARE(v->typeCode(), code);
    const QVariant zero = v->value();
    QCOMPARE(v->lastError(), Error::NoError);
    QCOMPARE(v->setValue(value), error == Error::NoError);
    QCOMPARE(v->lastError(), error);
    if (error == Error::NoError) {
        COMPARE_TYPED(v->value(), stored);
    } else {
        QVERIFY2(!v->lastErrorString().isEmpty(), "an error without a message");
        COMPARE_TYPED(v->value(), zero); // refused, not truncated
    }

    // As the initial value (a null one means zero). A creation that fails reports
    // InvalidArguments for all its causes; the message must still name this one.
    if (!value.isValid())
        return;
    auto created = m_manager->Value(code, value);
    if (error == Error::NoError) {
        QVERIFY2(created, qPrintable(m_manager->errorString()));
        COMPARE_TYPED(created->value(), stored);
    } else {
        if (created)
            QFAIL(qPrintable(QStringLiteral("created, holding %1").arg(show(created->value()))));
        QVERIFY2(m_manager->error() == error || m_manager->error() == Error::InvalidArguments,
                 qPrintable(errorName(m_manager->error())));
        const QLatin1String reason(error == Error::ValueError ? "out of range" : "takes");
        QVERIFY2(m_manager->errorString().contains(reason), qPrintable(m_manager->errorString()));
    }
}

void tst_Containers::valueFloatPrecision()
{
    // 'f' keeps a float: what comes back is the nearest float, not the double that was sent.
    auto f = m_manager->Value('f', 0.1);
    QVERIFY2(f, qPrintable(m_manager->errorString()));
    COMPARE_TYPED(f->value(), QVariant(double(0.1f)));
    QVERIFY(f->value().toDouble() != 0.1);
    QVERIFY(f->setValue(16777217)); // 2^24 + 1 has no float
    COMPARE_TYPED(f->value(), QVariant(16777216.0));
    QVERIFY(f->setValue(std::numeric_limits<double>::infinity()));
    QVERIFY(std::isinf(f->value().toDouble()));
    // 'd' keeps a double exactly.
    auto d = m_manager->Value('d', 0.1);
    QVERIFY(d);
    COMPARE_TYPED(d->value(), QVariant(0.1));
    QVERIFY(d->setValue(1.0 / 3.0));
    QCOMPARE(d->value().toDouble(), 1.0 / 3.0);
}

void tst_Containers::valueAtomicOperations()
{
    auto v = m_manager->Value('b', 120);
    QVERIFY2(v, qPrintable(m_manager->errorString()));
    // fetchAdd returns the value before.
    Reply before = v->fetchAdd(5);
    QVERIFY2(before.isValid(), qPrintable(before.errorString()));
    COMPARE_TYPED(before.value(), QVariant(120));
    COMPARE_TYPED(v->value(), QVariant(125));
    // A sum out of range fails and changes nothing.
    before = v->fetchAdd(3);
    QCOMPARE(before.error(), Error::ValueError);
    COMPARE_TYPED(v->value(), QVariant(125));
    QCOMPARE(v->fetchAdd(-300).error(), Error::ValueError);
    QCOMPARE(v->fetchAdd(QStringLiteral("1")).error(), Error::TypeError);
    QCOMPARE(v->fetchAdd(0.5).error(), Error::TypeError);
    COMPARE_TYPED(v->fetchAdd(-125).value(), QVariant(125));
    COMPARE_TYPED(v->value(), QVariant(0));

    auto d = m_manager->Value('d', 1.5);
    QVERIFY(d);
    COMPARE_TYPED(d->fetchAdd(0.25).value(), QVariant(1.5));
    COMPARE_TYPED(d->fetchAdd(2).value(), QVariant(1.75));
    COMPARE_TYPED(d->value(), QVariant(3.75));

    auto c = m_manager->Value('c', QByteArray("a"));
    QVERIFY(c);
    QCOMPARE(c->fetchAdd(1).error(), Error::TypeError);

    // compareExchange swaps only on a match, and always tells the value before.
    auto q = m_manager->Value('q', 10);
    QVERIFY(q);
    QVariant current;
    QVERIFY(!q->compareExchange(11, 20, &current));
    QCOMPARE(q->lastError(), Error::NoError);
    COMPARE_TYPED(current, QVariant(qlonglong(10)));
    COMPARE_TYPED(q->value(), QVariant(qlonglong(10)));
    QVERIFY(q->compareExchange(10, 20, &current));
    COMPARE_TYPED(current, QVariant(qlonglong(10)));
    COMPARE_TYPED(q->value(), QVariant(qlonglong(20)));
    // A desired value the typecode refuses: an error, nothing swapped.
    auto b = m_manager->Value('b', 1);
    QVERIFY(b);
    QVERIFY(!b->compareExchange(1, 1000, &current));
    QCOMPARE(b->lastError(), Error::ValueError);
    COMPARE_TYPED(b->value(), QVariant(1));
    QVERIFY(!b->compareExchange(QStringLiteral("1"), 2, &current));
    QCOMPARE(b->lastError(), Error::TypeError);
}

void tst_Containers::valueAcrossProcesses()
{
    auto v = m_manager->Value('I', 7);
    QVERIFY2(v, qPrintable(m_manager->errorString()));
    const QStringList out
        = apply(*v,
                { QStringLiteral("get"), QStringLiteral("set"), V(qlonglong(1) << 32),
                  QStringLiteral("set"), V(QStringLiteral("x")), QStringLiteral("add"), V(5),
                  QStringLiteral("cas"), V(11), V(30), QStringLiteral("cas"), V(12), V(30),
                  QStringLiteral("get") });
    QVERIFY2(out.size() == 7, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)), QVariant(7u));
    QCOMPARE(errorOf(out.at(1)), QStringLiteral("ValueError"));
    QCOMPARE(errorOf(out.at(2)), QStringLiteral("TypeError"));
    COMPARE_TYPED(resultOf(out.at(3)), QVariant(7u));
    COMPARE_TYPED(resultOf(out.at(4)), QVariant(QVariantList { false, 12u }));
    COMPARE_TYPED(resultOf(out.at(5)), QVariant(QVariantList { true, 12u }));
    COMPARE_TYPED(resultOf(out.at(6)), QVariant(30u));
    COMPARE_TYPED(v->value(), QVariant(30u));
}

void tst_Containers::lockFreeCounterIsExact()
{
    constexpr int Workers = 4;
    constexpr int Adds = 1000;
    auto counter = m_manager->Value('i', 0);
    QVERIFY2(counter, qPrintable(m_manager->errorString()));
    std::vector<std::unique_ptr<Worker>> workers;
    for (int i = 0; i < Workers; ++i)
        workers.push_back(startWorker(QStringLiteral("apply"), *counter,
                                      { QStringLiteral("addloop"), QString::number(Adds) }));
    for (const auto &worker : workers) {
        QVERIFY2(worker->waitFor(QStringLiteral("END"), 120000), qPrintable(worker->log()));
        COMPARE_TYPED(resultOf(worker->lines(QStringLiteral("RESULT")).value(0)), QVariant(Adds));
        QVERIFY(worker->exitedWith(0));
    }
    // No lock, yet nothing lost: each fetchAdd is one step on the server.
    COMPARE_TYPED(counter->value(), QVariant(Workers * Adds));
}

// --- Array ------------------------------------------------------------------------------------

void tst_Containers::arrayIndexingAndSlices()
{
    auto a = m_manager->Array('i', QVariantList { 1, 2, 3, 4, 5 });
    QVERIFY2(a, qPrintable(m_manager->errorString()));
    QCOMPARE(a->typeId(), QStringLiteral("Array"));
    QCOMPARE(a->typeCode(), 'i');
    QCOMPARE(a->size(), 5);

    COMPARE_TYPED(a->at(0).value(), QVariant(1));
    COMPARE_TYPED(a->at(-1).value(), QVariant(5));
    COMPARE_TYPED(a->at(-5).value(), QVariant(1));
    QCOMPARE(a->at(5).error(), Error::IndexError);
    QCOMPARE(a->at(-6).error(), Error::IndexError);

    QVERIFY(a->set(-1, 50));
    COMPARE_TYPED(a->at(4).value(), QVariant(50));
    QVERIFY(!a->set(5, 0));
    QCOMPARE(a->lastError(), Error::IndexError);
    QVERIFY(!a->set(-6, 0));
    QCOMPARE(a->lastError(), Error::IndexError);
    // Elements are range- and type-checked like a Value.
    QVERIFY(!a->set(0, qlonglong(1) << 31));
    QCOMPARE(a->lastError(), Error::ValueError);
    QVERIFY(!a->set(0, 0.5));
    QCOMPARE(a->lastError(), Error::TypeError);

    // Slices read like Python's, clamped.
    COMPARE_TYPED(a->slice(1, 3).value(), QVariant(QVariantList { 2, 3 }));
    COMPARE_TYPED(a->slice(-2, 100).value(), QVariant(QVariantList { 4, 50 }));
    COMPARE_TYPED(a->slice(3, 1).value(), QVariant(QVariantList {}));
    COMPARE_TYPED(a->slice(-100, 2).value(), QVariant(QVariantList { 1, 2 }));

    // Slice writes never change the length.
    QVERIFY(a->setSlice(3, { 40, 41 }));
    COMPARE_TYPED(QVariant(a->toList()), QVariant(QVariantList { 1, 2, 3, 40, 41 }));
    QVERIFY(!a->setSlice(4, { 1, 2 }));
    QCOMPARE(a->lastError(), Error::ValueError);
    QVERIFY(!a->setSlice(0, { 1, 2, 3, 4, 5, 6 }));
    QCOMPARE(a->lastError(), Error::ValueError);
    // One bad element refuses the whole write.
    QVERIFY(!a->setSlice(0, { 9, qlonglong(1) << 40 }));
    QCOMPARE(a->lastError(), Error::ValueError);
    COMPARE_TYPED(QVariant(a->toList()), QVariant(QVariantList { 1, 2, 3, 40, 41 }));
    QCOMPARE(a->size(), 5);

    QVERIFY(!a->assign(QVariantList { 1, 2 }));
    QCOMPARE(a->lastError(), Error::ValueError);
    QVERIFY(a->assign(QVariantList { 5, 4, 3, 2, 1 }));
    QCOMPARE(a->toIntegers(), (QList<qint64> { 5, 4, 3, 2, 1 }));

    // Bad contents or typecodes at creation are refused.
    QVERIFY(!m_manager->Array('b', QVariantList { 1, 200 }));
    QVERIFY2(m_manager->error() == Error::ValueError
                 || m_manager->error() == Error::InvalidArguments,
             qPrintable(errorName(m_manager->error())));
    QVERIFY2(m_manager->errorString().contains(QLatin1String("out of range")),
             qPrintable(m_manager->errorString()));
    QVERIFY(!m_manager->Array('x', 3));
    QVERIFY(m_manager->error() != Error::NoError);
    auto zeros = m_manager->Array('B', 3);
    QVERIFY(zeros);
    COMPARE_TYPED(QVariant(zeros->toList()), QVariant(QVariantList { 0, 0, 0 }));
    auto chars = m_manager->Array('u', QVariantList { QStringLiteral("a"), QStringLiteral("é") });
    QVERIFY(chars);
    COMPARE_TYPED(QVariant(chars->toList()),
                  QVariant(QVariantList { QStringLiteral("a"), QStringLiteral("é") }));
}

void tst_Containers::arrayBulkReadsArePacked()
{
    auto a = m_manager->Array('h', QVariantList { 1, -2, 300 });
    QVERIFY2(a, qPrintable(m_manager->errorString()));
    QByteArray expected(6, '\0');
    qToLittleEndian<qint16>(1, expected.data());
    qToLittleEndian<qint16>(-2, expected.data() + 2);
    qToLittleEndian<qint16>(300, expected.data() + 4);
    QCOMPARE(a->rawData(), expected);
    QCOMPARE(a->toIntegers(), (QList<qint64> { 1, -2, 300 }));
    QCOMPARE(a->toDoubles(), (QList<double> { 1, -2, 300 }));

    auto d = m_manager->Array(QList<double> { 0.5, -1.25, 1e300 });
    QVERIFY(d);
    QCOMPARE(d->typeCode(), 'd');
    QCOMPARE(d->toDoubles(), (QList<double> { 0.5, -1.25, 1e300 }));
    COMPARE_TYPED(QVariant(d->toList()), QVariant(QVariantList { 0.5, -1.25, 1e300 }));
    QCOMPARE(d->rawData().size(), 24);
    QVERIFY(d->assign(QList<double> { 1, 2, 3 }));
    QCOMPARE(d->toDoubles(), (QList<double> { 1, 2, 3 }));
    QVERIFY(!d->assign(QList<double> { 1, 2 }));
    QCOMPARE(d->lastError(), Error::ValueError);
}

void tst_Containers::arrayOfAMillionDoubles()
{
    constexpr int Count = 1000000;
    QList<double> values(Count);
    for (int i = 0; i < Count; ++i)
        values[i] = i * 0.5 - 1.0 / 3.0;
    auto a = m_manager->Array(values);
    QVERIFY2(a, qPrintable(m_manager->errorString()));
    QCOMPARE(a->size(), Count);
    const QList<double> fetched = a->toDoubles();
    QCOMPARE(fetched.size(), Count);
    QVERIFY(fetched == values);
    QCOMPARE(a->rawData().size(), qsizetype(Count) * 8);
    // Another process sees the same array.
    const QStringList out
        = apply(*a, { QStringLiteral("len"), QStringLiteral("get"), QStringLiteral("-1") });
    QVERIFY2(out.size() == 2, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)), QVariant(Count));
    COMPARE_TYPED(resultOf(out.at(1)), QVariant(values.last()));
}

// Large byte answers leave the server from their own buffers, queued between the frames
// around them; pipelined with small answers, every answer still comes whole and in its place.
void tst_Containers::bulkAnswersKeepTheirPlaceInAPipeline()
{
    constexpr int Count = 100000; // 800 KB: above the size sent without a copy
    QList<double> values(Count);
    for (int i = 0; i < Count; ++i)
        values[i] = i + 0.25;
    auto a = m_manager->Array(values);
    QVERIFY2(a, qPrintable(m_manager->errorString()));
    auto d = m_manager->dict();
    QVERIFY(d);
    QVERIFY(d->setValue(QStringLiteral("k"), 42));
    QByteArray packed(qsizetype(Count) * 8, Qt::Uninitialized);
    for (int i = 0; i < Count; ++i)
        qToLittleEndian<double>(values.at(i), packed.data() + i * 8);

    QList<PendingCall> calls;
    for (int i = 0; i < 6; ++i) {
        calls.append(a->callMethodAsync(QStringLiteral("tolist")));
        calls.append(d->callMethodAsync(QStringLiteral("__getitem__"), { QStringLiteral("k") }));
        calls.append(d->callMethodAsync(QStringLiteral("__len__")));
    }
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QVERIFY(calls[i].waitForFinished());
        const Reply reply = calls.at(i).reply();
        QVERIFY2(reply.isValid(), qPrintable(reply.errorString()));
        switch (i % 3) {
        case 0: QVERIFY(reply.value().toByteArray() == packed); break;
        case 1: COMPARE_TYPED(reply.value(), QVariant(42)); break;
        case 2: COMPARE_TYPED(reply.value(), QVariant(1)); break;
        }
    }
    // And synchronously, one after another on the same connection.
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(a->toDoubles(), values);
        QCOMPARE(d->value(QStringLiteral("k")).value(), QVariant(42));
    }
}

// toDoubles() takes an answer of 256 KiB or more as it comes off the socket, straight into
// the list; smaller ones are converted from a buffer. Either way the list is the array.
void tst_Containers::bulkAnswersStreamIntoTheList()
{
    const auto valuesOf = [](int count) {
        QList<double> values(count);
        for (int i = 0; i < count; ++i)
            values[i] = i * 1.5 + 1.0 / (i + 1);
        return values;
    };
    // Either side of the size that streams, and far above it.
    for (const int count : { 32767, 32768, 32769, 1 << 20 }) {
        const QList<double> values = valuesOf(count);
        auto a = m_manager->Array(values);
        QVERIFY2(a, qPrintable(m_manager->errorString()));
        QVERIFY2(a->toDoubles() == values, qPrintable(QString::number(count)));
    }

    // Events and answers to other calls that arrive just before a streamed answer.
    const QList<double> values = valuesOf(200000);
    auto a = m_manager->Array(values);
    QVERIFY(a);
    auto d = m_manager->dict();
    QVERIFY(d);
    QSignalSpy inserted(d.get(), &DictProxy::itemInserted);
    for (int i = 0; i < 5; ++i) {
        PendingCall set = d->callMethodAsync(QStringLiteral("__setitem__"), { i, i * 10 });
        QVERIFY(a->toDoubles() == values);
        QVERIFY(set.waitForFinished());
        QVERIFY2(set.reply().isValid(), qPrintable(set.reply().errorString()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 5, 10000);
    QCOMPARE(inserted.at(4).at(1), QVariant(40));

    // A call that gives up while its answer streams in: the rest of the answer is dropped
    // as it comes, and the connection goes on.
    const QList<double> big = valuesOf(8 << 20); // 64 MiB: far longer to send than 2 ms
    auto large = m_manager->Array(big);
    QVERIFY2(large, qPrintable(m_manager->errorString()));
    auto impatient = BaseManager::fromAddress<SyncManager>(m_manager->address(), m_key);
    QVERIFY2(impatient->error() == Error::NoError, qPrintable(impatient->errorString()));
    impatient->setCallTimeout(2);
    // Small calls fit in 2 ms, but not always on a loaded machine: these may take a few tries
    // (the references of calls that timed out go with the connection).
    std::unique_ptr<Proxy> proxy;
    for (int attempt = 0; attempt < 100 && !proxy; ++attempt)
        proxy = impatient->proxyForToken(large->token());
    QVERIFY2(proxy, qPrintable(impatient->errorString()));
    auto *hurried = qobject_cast<ArrayProxy *>(proxy.get());
    QVERIFY(hurried);
    for (int attempt = 0; attempt < 100 && hurried->typeCode() != 'd'; ++attempt) { }
    QCOMPARE(hurried->typeCode(), 'd'); // asked once and kept: not part of the call below
    const QList<double> partial = hurried->toDoubles();
    if (partial.isEmpty())
        QCOMPARE(hurried->lastError(), Error::Timeout);
    else
        QVERIFY(partial == big); // this machine was faster than 2 ms after all
    // The same connection: what is left of the answer comes before this one.
    const Reply len = hurried->callMethod(QStringLiteral("len"), {}, 60000);
    QVERIFY2(len.isValid(), qPrintable(len.errorString()));
    QCOMPARE(len.value(), QVariant(8 << 20));
    impatient->setCallTimeout(60000);
    std::unique_ptr<Proxy> patient = impatient->proxyForToken(large->token());
    QVERIFY(patient);
    QVERIFY(qobject_cast<ArrayProxy *>(patient.get())->toDoubles() == big);
    QCOMPARE(d->size(), 5);
    QVERIFY(a->toDoubles() == values);
}

void tst_Containers::arrayAcrossProcesses()
{
    auto a = m_manager->Array('q', QVariantList { 1, 2, 3, 4 });
    QVERIFY2(a, qPrintable(m_manager->errorString()));
    const QStringList out
        = apply(*a,
                { QStringLiteral("get"), QStringLiteral("-1"), QStringLiteral("get"),
                  QStringLiteral("4"), QStringLiteral("set"), QStringLiteral("-2"), V(30),
                  QStringLiteral("setslice"), QStringLiteral("0"), V(QVariantList { 10, 20 }),
                  QStringLiteral("setslice"), QStringLiteral("3"), V(QVariantList { 10, 20 }),
                  QStringLiteral("list"), QStringLiteral("len") });
    QVERIFY2(out.size() == 7, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)), QVariant(qlonglong(4)));
    QCOMPARE(errorOf(out.at(1)), QStringLiteral("IndexError"));
    QCOMPARE(out.at(2), QStringLiteral("OK"));
    QCOMPARE(out.at(3), QStringLiteral("OK"));
    QCOMPARE(errorOf(out.at(4)), QStringLiteral("ValueError"));
    const QVariantList expected { qlonglong(10), qlonglong(20), qlonglong(30), qlonglong(4) };
    COMPARE_TYPED(resultOf(out.at(5)), QVariant(expected));
    COMPARE_TYPED(resultOf(out.at(6)), QVariant(4));
    COMPARE_TYPED(QVariant(a->toList()), QVariant(expected));
}

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

// --- Queue, JoinableQueue ---------------------------------------------------------------------

void tst_Containers::queueNonBlockingAndTimeouts()
{
    auto q = m_manager->Queue(2);
    QVERIFY2(q, qPrintable(m_manager->errorString()));
    QCOMPARE(q->typeId(), QStringLiteral("Queue"));
    QVERIFY(q->empty());
    QVERIFY(!q->full());
    QCOMPARE(q->qsize(), 0);

    // Empty, without blocking and after a timeout.
    Reply got = q->getNowait();
    QCOMPARE(got.error(), Error::Empty);
    QElapsedTimer timer;
    timer.start();
    got = q->get(300);
    QCOMPARE(got.error(), Error::Empty);
    QVERIFY2(timer.elapsed() >= atLeast(300), qPrintable(QString::number(timer.elapsed())));

    QVERIFY(q->put(QStringLiteral("first")));
    QVERIFY(q->putNowait(QStringLiteral("second")));
    QCOMPARE(q->qsize(), 2);
    QVERIFY(q->full());
    QVERIFY(!q->empty());

    // Full, without blocking and after a timeout: a different error.
    QVERIFY(!q->putNowait(QStringLiteral("third")));
    QCOMPARE(q->lastError(), Error::Full);
    QVERIFY(Error::Full != Error::Empty);
    timer.restart();
    QVERIFY(!q->put(QStringLiteral("third"), 300));
    QCOMPARE(q->lastError(), Error::Full);
    QVERIFY2(timer.elapsed() >= atLeast(300), qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(q->qsize(), 2);

    // First in, first out.
    COMPARE_TYPED(q->get().value(), QVariant(QStringLiteral("first")));
    COMPARE_TYPED(q->getNowait().value(), QVariant(QStringLiteral("second")));
    QVERIFY(q->empty());

    // Unbounded.
    auto unbounded = m_manager->Queue();
    QVERIFY(unbounded);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(unbounded->putNowait(i));
    QVERIFY(!unbounded->full());
    QCOMPARE(unbounded->qsize(), 1000);
}

// A parked call's timeout goes as soon as the call is settled, not when it would have fired:
// a consumer keeping gets in flight with long timeouts must not pile timers up on the server.
void tst_Containers::answeredCallsLeaveNoTimeouts()
{
    auto q = m_manager->Queue();
    QVERIFY2(q, qPrintable(m_manager->errorString()));
    const quint64 id = q->token().objectId();
    const auto pendingTimeouts = [this, id] {
        const QVariantList objects = m_server->callMethod(QStringLiteral("objects")).value().toList();
        for (const QVariant &object : objects) {
            const QVariantMap info = object.toMap();
            if (info.value(QStringLiteral("id")).toULongLong() == id)
                return info.value(QStringLiteral("pendingTimeouts"), -1).toInt();
        }
        return -1;
    };
    const int parkedBefore = TestSupport::parkedCalls(*m_server);
    constexpr int Count = 200;
    QList<PendingCall> gets;
    for (int i = 0; i < Count; ++i) // get(block=True, timeout=60)
        gets.append(q->callMethodAsync(QStringLiteral("get"), { true, 60.0 }, 70000));
    QTRY_COMPARE_WITH_TIMEOUT(TestSupport::parkedCalls(*m_server), parkedBefore + Count, 10000);
    QCOMPARE(pendingTimeouts(), Count);
    for (int i = 0; i < Count; ++i)
        QVERIFY(q->put(i));
    for (int i = 0; i < Count; ++i) {
        QVERIFY(gets[i].waitForFinished());
        COMPARE_TYPED(gets[i].reply().value(), QVariant(i));
    }
    QCOMPARE(pendingTimeouts(), 0);

    // One that times out on the server takes its timer with it.
    QCOMPARE(q->get(100).error(), Error::Empty);
    QCOMPARE(pendingTimeouts(), 0);
    // And one the client gives up on (the server hears of it, and cancels the call).
    const Reply given = q->callMethod(QStringLiteral("get"), { true, 60.0 }, 200);
    QCOMPARE(given.error(), Error::Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(pendingTimeouts(), 0, 10000);
    QCOMPARE(TestSupport::parkedCalls(*m_server), parkedBefore);
}

void tst_Containers::queueBlocksAcrossProcesses()
{
    auto q = m_manager->Queue(1);
    QVERIFY2(q, qPrintable(m_manager->errorString()));

    // A get in another process waits, parked on the server, until an item comes.
    auto getter = startWorker(QStringLiteral("apply"), *q,
                              { QStringLiteral("get"), QStringLiteral("30000") });
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, SignalTimeout);
    QVERIFY(!getter->hasLine(QStringLiteral("RESULT")));
    QVERIFY(q->put(QDateTime(QDate(2024, 2, 29), QTime(1, 2, 3), Qt::UTC)));
    QVERIFY2(getter->waitFor(QStringLiteral("END")), qPrintable(getter->log()));
    COMPARE_TYPED(resultOf(getter->lines(QStringLiteral("RESULT")).value(0)),
                  QVariant(QDateTime(QDate(2024, 2, 29), QTime(1, 2, 3), Qt::UTC)));
    QVERIFY(q->empty());

    // A put into a full queue waits until there is room.
    QVERIFY(q->put(QStringLiteral("a")));
    auto putter
        = startWorker(QStringLiteral("apply"), *q,
                      { QStringLiteral("put"), V(QStringLiteral("b")), QStringLiteral("30000") });
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, SignalTimeout);
    QVERIFY(!putter->hasLine(QStringLiteral("OK")));
    COMPARE_TYPED(q->get().value(), QVariant(QStringLiteral("a")));
    QVERIFY2(putter->waitFor(QStringLiteral("END")), qPrintable(putter->log()));
    QCOMPARE(putter->lines(QStringLiteral("OK")).size(), 1);
    COMPARE_TYPED(q->get(5000).value(), QVariant(QStringLiteral("b")));

    // Timeouts in another process: Empty and Full.
    const QStringList out
        = apply(*q,
                { QStringLiteral("get"), QStringLiteral("200"), QStringLiteral("put"), V(1),
                  QStringLiteral("0"), QStringLiteral("put"), V(2), QStringLiteral("200"),
                  QStringLiteral("qsize") });
    QVERIFY2(out.size() == 4, qPrintable(out.join(QLatin1String(" | "))));
    QCOMPARE(errorOf(out.at(0)), QStringLiteral("Empty"));
    QCOMPARE(out.at(1), QStringLiteral("OK"));
    QCOMPARE(errorOf(out.at(2)), QStringLiteral("Full"));
    COMPARE_TYPED(resultOf(out.at(3)), QVariant(1));
}

void tst_Containers::joinableQueueTaskDoneAndJoin()
{
    auto q = m_manager->JoinableQueue();
    QVERIFY2(q, qPrintable(m_manager->errorString()));
    QCOMPARE(q->typeId(), QStringLiteral("JoinableQueue"));
    // Nothing put: task_done is one too many, join returns at once.
    QVERIFY(!q->taskDone());
    QCOMPARE(q->lastError(), Error::ValueError);
    QVERIFY2(q->lastErrorString().contains(QLatin1String("too many")),
             qPrintable(q->lastErrorString()));
    QVERIFY(q->join(0));
    QVERIFY(q->join());

    for (int i = 1; i <= 3; ++i)
        QVERIFY(q->put(i));
    // Unfinished work: a join with a timeout gives up.
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!q->join(200));
    QVERIFY2(timer.elapsed() >= atLeast(200), qPrintable(QString::number(timer.elapsed())));

    // Another process joins and waits, parked, while the items are got and marked done.
    auto joiner = startWorker(QStringLiteral("apply"), *q,
                              { QStringLiteral("join"), QStringLiteral("30000") });
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, SignalTimeout);
    COMPARE_TYPED(q->get().value(), QVariant(1));
    QVERIFY(q->taskDone());
    COMPARE_TYPED(q->get().value(), QVariant(2));
    // Got but not done: still waiting.
    QCOMPARE(parkedCalls(), 1);
    QVERIFY(!joiner->hasLine(QStringLiteral("OK")));
    QVERIFY(q->taskDone());
    QCOMPARE(parkedCalls(), 1);
    // A third process does the last one.
    const QStringList out
        = apply(*q, { QStringLiteral("getdone"), QStringLiteral("1"), QStringLiteral("5000") });
    QVERIFY2(out.size() == 1, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)), QVariant(QVariantList { 3 }));
    QVERIFY2(joiner->waitFor(QStringLiteral("END")), qPrintable(joiner->log()));
    QCOMPARE(joiner->lines(QStringLiteral("OK")).size(), 1);
    QVERIFY(joiner->exitedWith(0));
    QVERIFY(q->join(0));
    // One more is one too many.
    QVERIFY(!q->taskDone());
    QCOMPARE(q->lastError(), Error::ValueError);
}

void tst_Containers::queueGetterKilledWhileParkedLosesNothing()
{
    auto q = m_manager->Queue();
    QVERIFY2(q, qPrintable(m_manager->errorString()));
    auto doomed = startWorker(QStringLiteral("apply"), *q,
                              { QStringLiteral("get"), QStringLiteral("60000") });
    QTRY_COMPARE_WITH_TIMEOUT(parkedCalls(), 1, SignalTimeout);
    const qint64 pid = doomed->pid();
    doomed->killHard();
    QVERIFY(doomed->finish());
    QVERIFY(!processAlive(pid));
    // Put at once, before the server may have noticed: the item must not go to the dead getter.
    QVERIFY(q->put(QStringLiteral("precious")));
    auto next = startWorker(QStringLiteral("apply"), *q,
                            { QStringLiteral("get"), QStringLiteral("10000") });
    QVERIFY2(next->waitFor(QStringLiteral("END")), qPrintable(next->log()));
    COMPARE_TYPED(resultOf(next->lines(QStringLiteral("RESULT")).value(0)),
                  QVariant(QStringLiteral("precious")));
    QCOMPARE(q->qsize(), 0);
    QCOMPARE(parkedCalls(), 0);
}

// --- Payloads and nested proxies --------------------------------------------------------------

void tst_Containers::payloadsRoundTrip_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("bool") << QVariant(true);
    QTest::newRow("signed char") << QVariant::fromValue<qint8>(-100);
    QTest::newRow("unsigned char") << QVariant::fromValue<quint8>(200);
    QTest::newRow("short") << QVariant::fromValue<qint16>(-30000);
    QTest::newRow("ushort") << QVariant::fromValue<quint16>(60000);
    QTest::newRow("int") << QVariant(std::numeric_limits<int>::min());
    QTest::newRow("uint") << QVariant(std::numeric_limits<uint>::max());
    QTest::newRow("qlonglong") << QVariant(std::numeric_limits<qlonglong>::min());
    QTest::newRow("qulonglong") << QVariant(std::numeric_limits<qulonglong>::max());
    QTest::newRow("float") << QVariant(1.5f);
    QTest::newRow("double") << QVariant(-1.0 / 3.0);
    QTest::newRow("string") << QVariant(QStringLiteral("héllo wörld ✓"));
    QTest::newRow("empty string") << QVariant(QString(QLatin1String("")));
    QTest::newRow("bytes") << QVariant(QByteArray("\0\1\2\xff", 4));
    QTest::newRow("datetime utc") << QVariant(
        QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC));
    QTest::newRow("datetime offset")
        << QVariant(QDateTime(QDate(1999, 12, 31), QTime(8, 0), Qt::OffsetFromUTC, 3600));
    QTest::newRow("date") << QVariant(QDate(1970, 1, 1));
    QTest::newRow("uuid") << QVariant(
        QUuid::fromString(QStringLiteral("{67c8770b-44f1-410a-ab9a-f9b5446f13ee}")));
    QTest::newRow("string list") << QVariant(
        QStringList { QStringLiteral("a"), QString(), QStringLiteral("ü") });
    const QVariantList inner { 1, QStringLiteral("two"), 3.0, QVariant(), QByteArray("b") };
    QTest::newRow("list") << QVariant(inner);
    QTest::newRow("map") << QVariant(QVariantMap {
        { QStringLiteral("list"), inner },
        { QStringLiteral("n"), qlonglong(1) << 40 },
        { QStringLiteral("map"),
          QVariantMap { { QStringLiteral("deep"),
                          QVariantList { QVariantMap { { QStringLiteral("x"), 1u } } } } } } });
    QTest::newRow("hash") << QVariant(QVariantHash {
        { QStringLiteral("h"),
          QVariantHash { { QStringLiteral("k"), QStringList { QStringLiteral("s") } } } },
        { QStringLiteral("when"), QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC) } });
    QTest::newRow("null") << QVariant();
}

void tst_Containers::payloadsRoundTrip()
{
    QFETCH(QVariant, value);
    auto d = m_manager->dict();
    auto l = m_manager->list();
    QVERIFY2(d && l, qPrintable(m_manager->errorString()));

    // Here: stored and read back with the exact type.
    QVERIFY2(d->setValue(QStringLiteral("v"), value), qPrintable(d->lastErrorString()));
    QVERIFY2(l->append(value), qPrintable(l->lastErrorString()));
    COMPARE_TYPED(d->value(QStringLiteral("v")).value(), value);
    COMPARE_TYPED(l->at(0).value(), value);
    COMPARE_TYPED(d->values().value(0), value);
    COMPARE_TYPED(l->toList().value(0), value);

    // In another process: read, and written back under another key / at another index.
    QStringList out = apply(*d,
                            { QStringLiteral("get"), V(QStringLiteral("v")), QStringLiteral("set"),
                              V(QStringLiteral("w")), V(value) });
    QVERIFY2(out.size() == 2, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)), value);
    QCOMPARE(out.at(1), QStringLiteral("OK"));
    COMPARE_TYPED(d->value(QStringLiteral("w")).value(), value);

    out = apply(*l,
                { QStringLiteral("get"), QStringLiteral("0"), QStringLiteral("append"), V(value) });
    QVERIFY2(out.size() == 2, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)), value);
    QCOMPARE(out.at(1), QStringLiteral("OK"));
    COMPARE_TYPED(l->at(1).value(), value);
}

void tst_Containers::proxyStoredInADict()
{
    auto d = m_manager->dict();
    auto inner = m_manager->list({ 1, 2 });
    QVERIFY2(d && inner, qPrintable(m_manager->errorString()));
    const int before = liveObjects();

    QVERIFY2(d->setValue(QStringLiteral("inner"),
                         QVariant::fromValue(static_cast<QObject *>(inner.get()))),
             qPrintable(d->lastErrorString()));
    QCOMPARE(liveObjects(), before);
    // Read back here: a token that makes a working ListProxy.
    const Reply stored = d->value(QStringLiteral("inner"));
    QVERIFY2(stored.isValid(), qPrintable(stored.errorString()));
    QCOMPARE(stored.value().metaType(), QMetaType::fromType<Token>());
    QCOMPARE(stored.value().value<Token>(), inner->token());
    {
        auto again = typed<ListProxy>(d->proxyForValue(stored.value()));
        QVERIFY2(again, qPrintable(d->lastErrorString()));
        QCOMPARE(again->toList(), (QVariantList { 1, 2 }));
    }

    // Another process gets it out of the dict as a ListProxy and changes it.
    QStringList out
        = apply(*d, { QStringLiteral("nestedappend"), V(QStringLiteral("inner")), V(3) });
    QVERIFY2(out.size() == 1, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)),
                  QVariant(QVariantList { QStringLiteral("LibManager::ListProxy"),
                                          QVariantList { 1, 2, 3 } }));
    QCOMPARE(inner->toList(), (QVariantList { 1, 2, 3 }));

    // The dict keeps the list alive once every proxy of it has gone.
    inner.reset();
    QTRY_COMPARE_WITH_TIMEOUT(liveObjects(), before, SignalTimeout);
    out = apply(*d, { QStringLiteral("nestedappend"), V(QStringLiteral("inner")), V(4) });
    QVERIFY2(out.size() == 1, qPrintable(out.join(QLatin1String(" | "))));
    COMPARE_TYPED(resultOf(out.at(0)),
                  QVariant(QVariantList { QStringLiteral("LibManager::ListProxy"),
                                          QVariantList { 1, 2, 3, 4 } }));
    QCOMPARE(liveObjects(), before);

    // Removed from the dict with no proxy left, it dies.
    QVERIFY(d->remove(QStringLiteral("inner")));
    QTRY_COMPARE_WITH_TIMEOUT(liveObjects(), before - 1, SignalTimeout);
    QVERIFY(!d->proxyForValue(stored.value()));
    QVERIFY(d->lastError() != Error::NoError);
}

void tst_Containers::proxyStoredInAList()
{
    auto l = m_manager->list();
    auto counter = m_manager->Value('i', 5);
    QVERIFY2(l && counter, qPrintable(m_manager->errorString()));
    const int before = liveObjects();
    QVERIFY(l->append(QVariant::fromValue(static_cast<QObject *>(counter.get()))));
    counter.reset();
    QTRY_COMPARE_WITH_TIMEOUT(liveObjects(), before, SignalTimeout);
    auto back = typed<ValueProxy>(l->proxyForValue(l->at(0).value()));
    QVERIFY2(back, qPrintable(l->lastErrorString()));
    QCOMPARE(back->typeCode(), 'i');
    QVERIFY(back->fetchAdd(1).isValid());
    COMPARE_TYPED(back->value(), QVariant(6));
    back.reset();
    QCOMPARE(liveObjects(), before);
    // Popped, and no proxy left: gone.
    QVERIFY(l->pop().isValid());
    QTRY_COMPARE_WITH_TIMEOUT(liveObjects(), before - 1, SignalTimeout);
}

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

QTEST_GUILESS_MAIN(tst_Containers)

#include "tst_containers.moc"
