// SPDX-License-Identifier: BSD-3-Clause
// lmbench: libmanager against the physical limit (raw POSIX sockets) and against Python's
// multiprocessing SyncManager, side by side in one invocation. See tests/benchmarks/README.md.
//
//   lmbench [--quick] [--only NAME[,NAME]] [--json FILE] [--rounds N] [--n N]
//           [--placement pinned|unpinned|both] [--no-python]
//
// Figures are reported, never asserted: the exit code is 0 unless something breaks
// functionally (a failed call, a wrong value, an inexact counter, a client not served), then 1.
//
// Other modes of this same program (fork+exec, never a bare fork in a Qt program):
//   lmbench --echo-server unix PATH | tcp       the raw socket echo server (rawsocket.h)
//   lmbench --worker KIND ...                   a client process of a workload (worker.h)

#include "common.h"
#include "rawsocket.h"
#include "worker.h"

#include <libmanager/syncmanager.h>

#include <QtCore/qcommandlineparser.h>
#include <QtCore/qcoreapplication.h>
#include <QtCore/qdir.h>
#include <QtCore/qfile.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qjsonarray.h>
#include <QtCore/qjsondocument.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qstandardpaths.h>
#include <QtCore/qsysinfo.h>
#include <QtCore/qtemporarydir.h>
#include <QtCore/qtextstream.h>
#include <QtCore/qthread.h>
#include <QtNetwork/qtcpserver.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <sched.h>
#include <unistd.h>

using namespace LibManager;
using namespace Bench;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void progress(const QString &text)
{
    std::fprintf(stderr, "lmbench: %s\n", qPrintable(text));
    std::fflush(stderr);
}

// --- configuration ---------------------------------------------------------------------------

struct Config
{
    bool quick = false;
    int rounds = 5;
    int n = 3000;              // single-call workloads: operations per round
    int prodconsN = 5000;      // items per round
    int contentionN = 2000;    // per process, 4 processes
    int clients8N = 2000;      // gets per client, 8 clients
    int clients256K = 50;      // rounds of one get per connection, 256 connections
    int createDropN = 1000;
    int arrayN = 1000000;
    int memoryN = 1000000;
    int memoryRounds = 3;
    int pipeN = 100000;
    int pageDictN = 1000000;   // entries of the big dict the page reads look into
    int pageN = 2000;          // page reads per round
    int signalN = 500;
    int rawSmallIterations = 20000;
    int rawLargeIterations = 200;
    qint64 bulkBytes = 256ll * 1024 * 1024;
    QStringList only;
    QStringList placements { QStringLiteral("pinned"), QStringLiteral("unpinned") };
    QString jsonPath;
    bool python = true;

    void makeQuick()
    {
        quick = true;
        rounds = 1;
        n = 200;
        prodconsN = 200;
        contentionN = 200;
        clients8N = 200;
        clients256K = 5;
        createDropN = 100;
        arrayN = 100000;
        memoryN = 20000;
        memoryRounds = 1;
        pipeN = 5000;
        pageDictN = 100000;
        pageN = 200;
        signalN = 50;
        rawSmallIterations = 2000;
        rawLargeIterations = 20;
        bulkBytes = 16ll * 1024 * 1024;
    }
    bool wants(const QString &name) const { return only.isEmpty() || only.contains(name); }
};

// --- results ---------------------------------------------------------------------------------

enum class RawMode {
    None,
    RoundTrips,     // time per operation / raw round trip (same transport and placement)
    BandwidthShare, // (bytes / time) / raw bulk bandwidth
    MemoryRatio,    // bytes per entry / bytes per entry of a plain QVariantHash
};

struct Row
{
    QString workload; // the --only name
    QString title;
    QString transport; // local, tcp, or "-"
    QString placement; // pinned, unpinned, or "-" (placement does not matter)
    QString unit;
    bool higherIsBetter = false;
    Series lm;
    QString pyKey; // the Python result this row compares with
    Series py;
    QString pyNote;
    RawMode rawMode = RawMode::None;
    QString rawKey;
    double bytes = 0; // BandwidthShare: bytes moved per operation
    // RoundTrips: raw 64-byte round trips on the same transport sampled just before each round,
    // so that a noisy stretch of the run weighs on both sides of the ratio
    Series rawInterleaved;
    QString error;    // functional failure
    QString note;

    double rawRatio(const std::map<QString, Row> &baselines) const
    {
        if (rawMode == RawMode::RoundTrips && !rawInterleaved.isEmpty() && !lm.isEmpty())
            return lm.median() / rawInterleaved.median();
        const auto it = baselines.find(rawKey);
        if (rawMode == RawMode::None || lm.isEmpty() || it == baselines.end() || it->second.lm.isEmpty())
            return qQNaN();
        const double raw = it->second.lm.median();
        switch (rawMode) {
        case RawMode::RoundTrips:
        case RawMode::MemoryRatio:
            return lm.median() / raw;
        case RawMode::BandwidthShare:
            return bytes / 1e6 / (lm.median() / 1e3) / raw;
        case RawMode::None:
            break;
        }
        return qQNaN();
    }
    /*! How many times better libmanager is than Python (> 1: faster or smaller). */
    double pythonRatio() const
    {
        if (lm.isEmpty() || py.isEmpty() || lm.median() <= 0 || py.median() <= 0)
            return qQNaN();
        return higherIsBetter ? lm.median() / py.median() : py.median() / lm.median();
    }
};

QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("-");
    const double a = std::fabs(v);
    if (a >= 1e6)
        return QString::number(v / 1e6, 'f', 2) + QLatin1Char('M');
    if (a >= 1e4)
        return QString::number(v / 1e3, 'f', 1) + QLatin1Char('k');
    if (a >= 100)
        return QString::number(v, 'f', 0);
    if (a >= 10)
        return QString::number(v, 'f', 1);
    return QString::number(v, 'f', 2);
}

QString spread(const Series &s)
{
    if (s.isEmpty())
        return QStringLiteral("-");
    if (s.values.size() == 1)
        return number(s.median());
    return QStringLiteral("%1 [%2..%3]").arg(number(s.median()), number(s.min()), number(s.max()));
}

QString roundsText(const Series &s)
{
    QStringList parts;
    for (double v : s.values)
        parts.append(number(v));
    return parts.join(QLatin1Char(' '));
}

QJsonObject seriesJson(const Series &s)
{
    QJsonArray rounds;
    for (double v : s.values)
        rounds.append(v);
    return QJsonObject { { QStringLiteral("median"), s.median() },
                         { QStringLiteral("min"), s.min() },
                         { QStringLiteral("max"), s.max() },
                         { QStringLiteral("rounds"), rounds } };
}

QJsonValue jsonNumber(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

// --- the benchmark -----------------------------------------------------------------------------

class Suite
{
public:
    explicit Suite(const Config &config) : m_config(config) { }

    int run();

private:
    // placement
    bool pin(const QString &placement);
    // baselines
    void runRawBaselines();
    void runRedisBaseline();
    void sampleRaw(Row &row);
    // servers
    SyncManager *manager(const QString &transport);
    void stopManagers();
    // python
    QJsonObject runPython(const QString &workload, const QStringList &transports, int rounds);
    void attachPython(QList<Row> &rows, const QStringList &transports, int rounds);
    // workloads
    QList<Row> singleCall(const QString &name, const QString &transport);
    QList<Row> pipelined();
    QList<Row> queueProducerConsumer();
    QList<Row> counter(bool useLock);
    QList<Row> arrays();
    QList<Row> createDrop();
    QList<Row> clients8();
    QList<Row> fairness();
    QList<Row> introspection();
    QList<Row> clients256();
    QList<Row> signalLatency();
    QList<Row> dictPages();
    QList<Row> eventStream();
    QList<Row> memory();
    // helpers
    Row row(const QString &workload, const QString &title, const QString &transport,
            const QString &unit, bool higherIsBetter = false);
    void fail(Row &row, const QString &what);
    bool startWorkers(std::vector<std::unique_ptr<Child>> &workers, int count,
                      const QStringList &args, Row &row);
    bool collectDone(std::vector<std::unique_ptr<Child>> &workers, Row &row, qint64 *start,
                     qint64 *end, qint64 *operations, qint64 *served = nullptr);
    QStringList workerArgs(const QString &kind, SyncManager *m, const QStringList &rest) const;
    // report
    void printTable();
    QJsonArray evaluateTargets(bool print);
    bool writeJson();

    Config m_config;
    QString m_placement;
    int m_pinnedCpu = -1;
    cpu_set_t m_originalMask {};
    std::map<QString, std::unique_ptr<SyncManager>> m_managers;
    std::map<QString, std::map<QString, Row>> m_baselines; // placement -> key -> row
    QList<Row> m_rows;
    QStringList m_failures;
    QString m_python;        // python3 path, empty if skipped
    QString m_pythonScript;
    QString m_pythonVersion;
    QString m_pythonSkipped; // why
    QString m_redisSkipped;
    QTemporaryDir m_tmp;
    // the echo servers of this placement, and one open echo connection per transport for
    // sampleRaw()
    std::unique_ptr<Child> m_echoUnix, m_echoTcp;
    std::unique_ptr<RawClient> m_rawUnix, m_rawTcp;
};

Row Suite::row(const QString &workload, const QString &title, const QString &transport,
               const QString &unit, bool higherIsBetter)
{
    Row r;
    r.workload = workload;
    r.title = title;
    r.transport = transport;
    r.placement = m_placement;
    r.unit = unit;
    r.higherIsBetter = higherIsBetter;
    r.pyKey = workload;
    return r;
}

void Suite::fail(Row &row, const QString &what)
{
    if (row.error.isEmpty())
        row.error = what;
    m_failures.append(QStringLiteral("%1 (%2, %3): %4").arg(row.title, row.transport, row.placement, what));
    progress(QStringLiteral("FAILED %1 (%2, %3): %4").arg(row.title, row.transport, row.placement, what));
}

bool Suite::pin(const QString &placement)
{
    m_placement = placement;
    // Only the calling thread's mask changes; the servers, workers and Python that this thread
    // starts from now on inherit it.
    if (placement == QLatin1String("pinned")) {
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(m_pinnedCpu, &one);
        if (sched_setaffinity(0, sizeof one, &one) != 0) {
            progress(QStringLiteral("cannot pin to CPU %1: %2").arg(m_pinnedCpu).arg(QString::fromLocal8Bit(std::strerror(errno))));
            return false;
        }
        return true;
    }
    return sched_setaffinity(0, sizeof m_originalMask, &m_originalMask) == 0;
}

SyncManager *Suite::manager(const QString &transport)
{
    auto &slot = m_managers[transport];
    if (!slot) {
        slot = transport == QLatin1String("tcp")
                ? std::make_unique<SyncManager>(QStringLiteral("127.0.0.1:0"))
                : std::make_unique<SyncManager>();
        if (!slot->start()) {
            progress(QStringLiteral("cannot start a %1 server: %2").arg(transport, slot->errorString()));
            m_failures.append(QStringLiteral("start a %1 server: %2").arg(transport, slot->errorString()));
            slot.reset();
            return nullptr;
        }
        progress(QStringLiteral("[%1] %2 server pid %3 at %4, CPUs %5")
                         .arg(m_placement, transport)
                         .arg(slot->serverProcessId())
                         .arg(slot->address(), allowedCpus(slot->serverProcessId())));
    }
    return slot.get();
}

void Suite::stopManagers()
{
    for (auto &entry : m_managers) {
        if (entry.second)
            entry.second->shutdown();
    }
    m_managers.clear();
}

QStringList Suite::workerArgs(const QString &kind, SyncManager *m, const QStringList &rest) const
{
    return QStringList { QStringLiteral("--worker"), kind, m->address(), QString::fromLatin1(m->authKey().toHex()) } + rest;
}

bool Suite::startWorkers(std::vector<std::unique_ptr<Child>> &workers, int count,
                         const QStringList &args, Row &row)
{
    for (int i = 0; i < count; ++i) {
        workers.push_back(std::make_unique<Child>());
        if (!workers.back()->start(args)) {
            fail(row, workers.back()->errorString());
            return false;
        }
    }
    for (auto &worker : workers) {
        if (!worker->expect(QStringLiteral("READY"), nullptr, 60000)) {
            fail(row, QStringLiteral("worker: %1").arg(worker->errorString()));
            return false;
        }
    }
    return true;
}

bool Suite::collectDone(std::vector<std::unique_ptr<Child>> &workers, Row &row, qint64 *start,
                        qint64 *end, qint64 *operations, qint64 *served)
{
    *start = std::numeric_limits<qint64>::max();
    *end = 0;
    *operations = 0;
    if (served)
        *served = 0;
    for (auto &worker : workers) {
        QString line;
        if (!worker->expect(QStringLiteral("DONE"), &line, 600000)) {
            fail(row, QStringLiteral("worker: %1").arg(worker->errorString()));
            return false;
        }
        const QStringList f = line.split(QLatin1Char(' '));
        *start = std::min(*start, f.value(1).toLongLong());
        *end = std::max(*end, f.value(2).toLongLong());
        *operations += f.value(3).toLongLong();
        if (served)
            *served += f.value(4).toLongLong();
    }
    for (auto &worker : workers) {
        if (!worker->waitForExit(10000) || worker->exitCode() != 0) {
            fail(row, QStringLiteral("a worker did not exit cleanly (exit code %1)").arg(worker->exitCode()));
            return false;
        }
    }
    return true;
}

// --- baselines -------------------------------------------------------------------------------

void Suite::runRawBaselines()
{
    auto &baselines = m_baselines[m_placement];
    const QString unixPath = m_tmp.filePath(QStringLiteral("echo-%1.sock").arg(m_placement));
    m_rawUnix.reset();
    m_rawTcp.reset();
    m_echoUnix = std::make_unique<Child>();
    m_echoTcp = std::make_unique<Child>();
    Child &unixServer = *m_echoUnix;
    Child &tcpServer = *m_echoTcp;
    QString line;
    quint16 port = 0;
    if (!unixServer.start({ QStringLiteral("--echo-server"), QStringLiteral("unix"), unixPath })
        || !unixServer.expect(QStringLiteral("READY"), &line, 10000)
        || !tcpServer.start({ QStringLiteral("--echo-server"), QStringLiteral("tcp") })
        || !tcpServer.expect(QStringLiteral("READY"), &line, 10000)) {
        m_failures.append(QStringLiteral("raw echo server: %1 %2").arg(unixServer.errorString(), tcpServer.errorString()));
        return;
    }
    port = quint16(line.section(QLatin1Char(' '), 1).toUInt());
    progress(QStringLiteral("[%1] raw echo servers pid %2 (unix), %3 (tcp port %4), CPUs %5")
                     .arg(m_placement)
                     .arg(unixServer.pid())
                     .arg(tcpServer.pid())
                     .arg(port)
                     .arg(allowedCpus(unixServer.pid())));

    struct Spec
    {
        QString key, title, unit;
        bool tcp;
        char mode;
        int size; // echo payload; 0 for bandwidth
        bool higherIsBetter;
    };
    const QList<Spec> specs {
        { QStringLiteral("unix64"), QStringLiteral("raw round trip 64 B"), QStringLiteral("us/op"), false, 'E', 64, false },
        { QStringLiteral("unix1M"), QStringLiteral("raw round trip 1 MiB"), QStringLiteral("us/op"), false, 'E', 1 << 20, false },
        { QStringLiteral("unix_bw_s2c"), QStringLiteral("raw bulk server->client"), QStringLiteral("MB/s"), false, 'S', 0, true },
        { QStringLiteral("unix_bw_c2s"), QStringLiteral("raw bulk client->server"), QStringLiteral("MB/s"), false, 'K', 0, true },
        { QStringLiteral("tcp64"), QStringLiteral("raw round trip 64 B"), QStringLiteral("us/op"), true, 'E', 64, false },
        { QStringLiteral("tcp1M"), QStringLiteral("raw round trip 1 MiB"), QStringLiteral("us/op"), true, 'E', 1 << 20, false },
        { QStringLiteral("tcp_bw_s2c"), QStringLiteral("raw bulk server->client"), QStringLiteral("MB/s"), true, 'S', 0, true },
        { QStringLiteral("tcp_bw_c2s"), QStringLiteral("raw bulk client->server"), QStringLiteral("MB/s"), true, 'K', 0, true },
    };
    for (const Spec &spec : specs) {
        Row r = row(QStringLiteral("raw"), spec.title, spec.tcp ? QStringLiteral("tcp") : QStringLiteral("unix"),
                    spec.unit, spec.higherIsBetter);
        for (int round = 0; round < m_config.rounds; ++round) {
            RawClient client;
            const bool connected = spec.tcp ? client.connectTcp(port, spec.mode)
                                            : client.connectUnix(unixPath, spec.mode);
            double v = -1;
            if (connected) {
                if (spec.mode == 'E') {
                    const bool small = spec.size < 4096;
                    if (round == 0)
                        client.roundTripUs(spec.size, small ? 200 : 5); // warm-up
                    v = client.roundTripUs(spec.size, small ? m_config.rawSmallIterations : m_config.rawLargeIterations);
                } else if (spec.mode == 'S') {
                    v = client.sourceMBps(m_config.bulkBytes);
                } else {
                    v = client.sinkMBps(m_config.bulkBytes);
                }
            }
            if (v < 0) {
                fail(r, client.errorString());
                break;
            }
            r.lm.values.append(v);
        }
        progress(QStringLiteral("[%1] %2 (%3): %4 %5").arg(m_placement, r.title, r.transport, spread(r.lm), r.unit));
        baselines[spec.key] = r;
    }
    // The echo server serves one connection at a time: these stay open for sampleRaw().
    m_rawUnix = std::make_unique<RawClient>();
    m_rawTcp = std::make_unique<RawClient>();
    if (!m_rawUnix->connectUnix(unixPath, 'E') || !m_rawTcp->connectTcp(port, 'E')) {
        m_failures.append(QStringLiteral("raw echo connection: %1 %2").arg(m_rawUnix->errorString(), m_rawTcp->errorString()));
        m_rawUnix.reset();
        m_rawTcp.reset();
    }
    runRedisBaseline();
}

void Suite::sampleRaw(Row &r)
{
    if (r.rawMode != RawMode::RoundTrips)
        return;
    RawClient *client = r.transport == QLatin1String("tcp") ? m_rawTcp.get() : m_rawUnix.get();
    if (!client)
        return;
    const double v = client->roundTripUs(64, m_config.quick ? 500 : 3000);
    if (v > 0)
        r.rawInterleaved.values.append(v);
}

void Suite::runRedisBaseline()
{
    const QString server = QStandardPaths::findExecutable(QStringLiteral("redis-server"));
    const QString client = QStandardPaths::findExecutable(QStringLiteral("redis-benchmark"));
    if (server.isEmpty() || client.isEmpty()) {
        m_redisSkipped = server.isEmpty() ? QStringLiteral("redis-server is not installed")
                                          : QStringLiteral("redis-benchmark is not installed");
        return;
    }
    quint16 port = 0;
    {
        QTcpServer probe; // a free port, released right away for redis-server
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_redisSkipped = QStringLiteral("no free TCP port");
            return;
        }
        port = probe.serverPort();
    }
    Child redis;
    if (!redis.start({ QStringLiteral("--port"), QString::number(port), QStringLiteral("--bind"),
                       QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(),
                       QStringLiteral("--appendonly"), QStringLiteral("no") },
                     server)) {
        m_redisSkipped = redis.errorString();
        return;
    }
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
        RawClient probe;
        up = probe.connectTcp(port, '\r');
        if (!up)
            ::usleep(50000);
    }
    if (!up) {
        m_redisSkipped = QStringLiteral("redis-server did not start listening on port %1").arg(port);
        return;
    }
    auto &baselines = m_baselines[m_placement];
    const int requests = m_config.quick ? 2000 : 100000;
    for (int pipeline : { 1, 16 }) {
        Row r = row(QStringLiteral("raw"), QStringLiteral("redis GET, pipeline %1").arg(pipeline),
                    QStringLiteral("tcp"), pipeline == 1 ? QStringLiteral("us/op") : QStringLiteral("ops/s"),
                    pipeline != 1);
        for (int round = 0; round < m_config.rounds; ++round) {
            Child bench;
            bool finished = false;
            if (!bench.start({ QStringLiteral("-p"), QString::number(port), QStringLiteral("-t"),
                               QStringLiteral("get"), QStringLiteral("-n"), QString::number(requests),
                               QStringLiteral("-c"), QStringLiteral("1"), QStringLiteral("-P"),
                               QString::number(pipeline), QStringLiteral("--csv") },
                             client))
                break;
            // "GET","12345.67"[,...]: the first number after the test name is requests/s
            for (const QByteArray &csv : bench.readAllUntilExit(120000, &finished).split('\n')) {
                const QList<QByteArray> f = csv.split(',');
                if (f.size() >= 2 && f[0].contains("GET")) {
                    const double rps = QByteArray(f[1]).replace('"', "").toDouble();
                    if (rps > 0)
                        r.lm.values.append(pipeline == 1 ? 1e6 / rps : rps);
                }
            }
        }
        if (r.lm.isEmpty()) {
            m_redisSkipped = QStringLiteral("redis-benchmark gave no figure");
            return;
        }
        progress(QStringLiteral("[%1] %2: %3 %4").arg(m_placement, r.title, spread(r.lm), r.unit));
        baselines[QStringLiteral("redis_get_p%1").arg(pipeline)] = r;
    }
}

// --- Python ----------------------------------------------------------------------------------

QJsonObject Suite::runPython(const QString &workload, const QStringList &transports, int rounds)
{
    if (m_python.isEmpty())
        return {};
    const Config &c = m_config;
    Child python;
    const QStringList args {
        m_pythonScript, QStringLiteral("--exit-on-stdin-eof"),
        QStringLiteral("--only"), workload,
        QStringLiteral("--transports"), transports.join(QLatin1Char(',')),
        QStringLiteral("--rounds"), QString::number(rounds),
        QStringLiteral("--n"), QString::number(c.n),
        QStringLiteral("--prodcons-n"), QString::number(c.prodconsN),
        QStringLiteral("--contention-n"), QString::number(c.contentionN),
        QStringLiteral("--clients8-n"), QString::number(c.clients8N),
        QStringLiteral("--clients256-k"), QString::number(c.clients256K),
        QStringLiteral("--create-drop-n"), QString::number(c.createDropN),
        QStringLiteral("--array-n"), QString::number(c.arrayN),
        QStringLiteral("--memory-n"), QString::number(c.memoryN),
    };
    if (!python.start(args, m_python))
        return QJsonObject { { QStringLiteral("errors"), QJsonObject { { workload, python.errorString() } } } };
    bool finished = false;
    const QByteArray output = python.readAllUntilExit(900000, &finished);
    if (!finished) {
        python.kill();
        return QJsonObject { { QStringLiteral("errors"), QJsonObject { { workload, QStringLiteral("timed out after 900 s") } } } };
    }
    QJsonParseError error {};
    const QList<QByteArray> lines = output.trimmed().split('\n');
    const QJsonDocument doc = QJsonDocument::fromJson(lines.value(lines.size() - 1), &error);
    if (!doc.isObject()) {
        return QJsonObject { { QStringLiteral("errors"),
                               QJsonObject { { workload, QStringLiteral("no JSON from python3 (exit code %1): %2")
                                                                 .arg(python.exitCode())
                                                                 .arg(error.errorString()) } } } };
    }
    m_pythonVersion = doc.object().value(QStringLiteral("python")).toString();
    return doc.object();
}

void Suite::attachPython(QList<Row> &rows, const QStringList &transports, int rounds)
{
    if (m_python.isEmpty()) {
        for (Row &r : rows) {
            if (r.pyNote.isEmpty() && !r.pyKey.isEmpty())
                r.pyNote = QStringLiteral("skipped");
        }
        return;
    }
    QStringList names;
    for (const Row &r : rows) {
        if (!r.pyKey.isEmpty() && r.pyNote.isEmpty()) {
            // the Python script runs array_create and array_fetch as one workload, "array"
            const QString name = r.pyKey.startsWith(QLatin1String("array_")) ? QStringLiteral("array") : r.pyKey;
            if (!names.contains(name))
                names.append(name);
        }
    }
    for (const QString &name : std::as_const(names)) {
        const QJsonObject result = runPython(name, transports, rounds);
        const QJsonObject results = result.value(QStringLiteral("results")).toObject();
        const QString error = result.value(QStringLiteral("errors")).toObject().value(name).toString();
        if (!error.isEmpty())
            progress(QStringLiteral("[%1] python %2: %3").arg(m_placement, name, error));
        for (Row &r : rows) {
            const QString rowName = r.pyKey.startsWith(QLatin1String("array_")) ? QStringLiteral("array") : r.pyKey;
            if (rowName != name || !r.pyNote.isEmpty())
                continue;
            for (const QJsonValue &v : results.value(r.pyKey).toObject().value(r.transport).toArray())
                r.py.values.append(v.toDouble());
            if (r.py.isEmpty())
                r.pyNote = error.isEmpty() ? QStringLiteral("no figure") : QStringLiteral("error: ") + error;
            else
                progress(QStringLiteral("[%1] python %2 (%3): %4 %5").arg(m_placement, r.title, r.transport, spread(r.py), r.unit));
        }
    }
}

// --- workloads -------------------------------------------------------------------------------

QVariantList plainKeys()
{
    QVariantList keys;
    for (int i = 0; i < 100; ++i)
        keys.append(QStringLiteral("k%1").arg(i));
    return keys;
}

QVariantHash keyHash()
{
    QVariantHash hash;
    for (int i = 0; i < 100; ++i)
        hash.insert(QStringLiteral("k%1").arg(i), i);
    return hash;
}

struct SingleCallSpec
{
    QString title;
    int calls; // round trips per operation
    std::function<std::unique_ptr<Proxy>(SyncManager &)> setup;
    // runs n operations; returns what went wrong, or an empty string
    std::function<QString(Proxy *, int)> body;
    bool freshPerRound = false;
};

QString errorOf(const Proxy *p, const QString &what)
{
    return QStringLiteral("%1: %2").arg(what, p->lastErrorString());
}

std::map<QString, SingleCallSpec> singleCallSpecs()
{
    static const QVariantList keys = plainKeys();
    std::map<QString, SingleCallSpec> specs;
    specs[QStringLiteral("dict_set")] = {
        QStringLiteral("dict set"), 1, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.dict(keyHash()); },
        [](Proxy *p, int n) {
            auto *d = static_cast<DictProxy *>(p);
            for (int i = 0; i < n; ++i) {
                if (!d->setValue(keys.at(i % 100), i))
                    return errorOf(d, QStringLiteral("set"));
            }
            return QString();
        } };
    specs[QStringLiteral("dict_get")] = {
        QStringLiteral("dict get"), 1, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.dict(keyHash()); },
        [](Proxy *p, int n) {
            auto *d = static_cast<DictProxy *>(p);
            for (int i = 0; i < n; ++i) {
                const Reply reply = d->value(keys.at(i % 100));
                if (!reply.isValid())
                    return reply.errorString();
                if (reply.value().toInt() != i % 100)
                    return QStringLiteral("get returned a wrong value");
            }
            return QString();
        } };
    specs[QStringLiteral("dict_popset")] = {
        QStringLiteral("dict pop+set"), 2, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.dict(keyHash()); },
        [](Proxy *p, int n) {
            auto *d = static_cast<DictProxy *>(p);
            for (int i = 0; i < n; ++i) {
                const QVariant &key = keys.at(i % 100);
                if (!d->pop(key).isValid())
                    return errorOf(d, QStringLiteral("pop"));
                if (!d->setValue(key, i % 100))
                    return errorOf(d, QStringLiteral("set"));
            }
            return QString();
        } };
    specs[QStringLiteral("dict_delset")] = {
        QStringLiteral("dict del+set"), 2, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.dict(keyHash()); },
        [](Proxy *p, int n) {
            auto *d = static_cast<DictProxy *>(p);
            for (int i = 0; i < n; ++i) {
                const QVariant &key = keys.at(i % 100);
                if (!d->remove(key))
                    return errorOf(d, QStringLiteral("del"));
                if (!d->setValue(key, i % 100))
                    return errorOf(d, QStringLiteral("set"));
            }
            return QString();
        } };
    specs[QStringLiteral("list_append")] = {
        QStringLiteral("list append"), 1, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.list(); },
        [](Proxy *p, int n) {
            auto *l = static_cast<ListProxy *>(p);
            for (int i = 0; i < n; ++i) {
                if (!l->append(i))
                    return errorOf(l, QStringLiteral("append"));
            }
            return QString();
        },
        true };
    specs[QStringLiteral("list_len")] = {
        QStringLiteral("list len"), 1,
        [](SyncManager &m) -> std::unique_ptr<Proxy> {
            QVariantList values;
            for (int i = 0; i < 100; ++i)
                values.append(i);
            return m.list(values);
        },
        [](Proxy *p, int n) {
            auto *l = static_cast<ListProxy *>(p);
            for (int i = 0; i < n; ++i) {
                if (l->size() != 100)
                    return errorOf(l, QStringLiteral("len"));
            }
            return QString();
        } };
    specs[QStringLiteral("ns_setget")] = {
        QStringLiteral("Namespace setattr+getattr"), 2, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.Namespace(); },
        [](Proxy *p, int n) {
            auto *ns = static_cast<NamespaceProxy *>(p);
            const QString x = QStringLiteral("x");
            for (int i = 0; i < n; ++i) {
                if (!ns->setValue(x, i))
                    return errorOf(ns, QStringLiteral("setattr"));
                const Reply reply = ns->value(x);
                if (!reply.isValid() || reply.value().toInt() != i)
                    return reply.isValid() ? QStringLiteral("getattr returned a wrong value") : reply.errorString();
            }
            return QString();
        } };
    specs[QStringLiteral("value_getset")] = {
        QStringLiteral("Value set+get"), 2, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.Value('i', 0); },
        [](Proxy *p, int n) {
            auto *v = static_cast<ValueProxy *>(p);
            for (int i = 0; i < n; ++i) {
                if (!v->setValue(i))
                    return errorOf(v, QStringLiteral("set"));
                if (v->value().toInt() != i)
                    return errorOf(v, QStringLiteral("get"));
            }
            return QString();
        } };
    specs[QStringLiteral("lock")] = {
        QStringLiteral("Lock acquire+release"), 2, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.Lock(); },
        [](Proxy *p, int n) {
            auto *l = static_cast<LockProxy *>(p);
            for (int i = 0; i < n; ++i) {
                if (!l->acquire())
                    return errorOf(l, QStringLiteral("acquire"));
                if (!l->release())
                    return errorOf(l, QStringLiteral("release"));
            }
            return QString();
        } };
    specs[QStringLiteral("lock_posted")] = {
        QStringLiteral("  same, ReleaseMode::Posted"), 2,
        [](SyncManager &m) -> std::unique_ptr<Proxy> {
            auto lock = m.Lock();
            if (lock)
                lock->setReleaseMode(LockProxy::ReleaseMode::Posted);
            return lock;
        },
        [](Proxy *p, int n) {
            auto *l = static_cast<LockProxy *>(p);
            for (int i = 0; i < n; ++i) {
                // acquire(0): it fails unless the posted release before it was handled first
                if (!l->acquire(0))
                    return errorOf(l, QStringLiteral("acquire"));
                if (!l->release())
                    return errorOf(l, QStringLiteral("release"));
            }
            return QString();
        } };
    specs[QStringLiteral("queue_putget")] = {
        QStringLiteral("Queue put+get, one client"), 2, [](SyncManager &m) -> std::unique_ptr<Proxy> { return m.Queue(); },
        [](Proxy *p, int n) {
            auto *q = static_cast<QueueProxy *>(p);
            for (int i = 0; i < n; ++i) {
                if (!q->put(i))
                    return errorOf(q, QStringLiteral("put"));
                const Reply reply = q->get();
                if (!reply.isValid() || reply.value().toInt() != i)
                    return reply.isValid() ? QStringLiteral("get returned a wrong item") : reply.errorString();
            }
            return QString();
        } };
    return specs;
}

const QStringList &singleCallNames()
{
    static const QStringList names { QStringLiteral("dict_set"), QStringLiteral("dict_get"),
                                     QStringLiteral("dict_popset"), QStringLiteral("dict_delset"),
                                     QStringLiteral("list_append"), QStringLiteral("list_len"),
                                     QStringLiteral("ns_setget"), QStringLiteral("value_getset"),
                                     QStringLiteral("lock"), QStringLiteral("lock_posted"),
                                     QStringLiteral("queue_putget") };
    return names;
}

QList<Row> Suite::singleCall(const QString &name, const QString &transport)
{
    const SingleCallSpec spec = singleCallSpecs().at(name);
    Row r = row(name, spec.title, transport, QStringLiteral("us/op"));
    r.rawMode = RawMode::RoundTrips;
    r.rawKey = transport == QLatin1String("tcp") ? QStringLiteral("tcp64") : QStringLiteral("unix64");
    r.note = spec.calls == 1 ? QStringLiteral("1 call per op") : QStringLiteral("%1 calls per op").arg(spec.calls);
    if (name == QLatin1String("lock_posted")) {
        // The same workload for Python, whose release always waits.
        r.pyKey = QStringLiteral("lock");
        r.note = QStringLiteral("Python column: its Lock; release only sent");
    }
    SyncManager *m = manager(transport);
    if (!m) {
        fail(r, QStringLiteral("no server"));
        return { r };
    }
    std::unique_ptr<Proxy> proxy;
    for (int round = 0; round < m_config.rounds; ++round) {
        if (!proxy || spec.freshPerRound) {
            proxy.reset();
            proxy = spec.setup(*m);
            if (!proxy) {
                fail(r, QStringLiteral("create: %1").arg(m->errorString()));
                return { r };
            }
        }
        if (round == 0) {
            QString error = spec.body(proxy.get(), std::min(200, m_config.n)); // warm-up
            if (spec.freshPerRound)
                proxy = spec.setup(*m);
            if (!error.isEmpty()) {
                fail(r, error);
                return { r };
            }
        }
        sampleRaw(r);
        const qint64 t0 = monotonicNs();
        const QString error = spec.body(proxy.get(), m_config.n);
        const qint64 t1 = monotonicNs();
        if (!error.isEmpty()) {
            fail(r, error);
            return { r };
        }
        r.lm.values.append(double(t1 - t0) / 1000.0 / m_config.n);
    }
    return { r };
}

QList<Row> Suite::pipelined()
{
    Row all = row(QStringLiteral("pipelined"), QStringLiteral("pipelined dict get, all in flight"),
                  QStringLiteral("local"), QStringLiteral("calls/s"), true);
    Row window = row(QStringLiteral("pipelined"), QStringLiteral("pipelined dict get, 16 in flight"),
                     QStringLiteral("local"), QStringLiteral("calls/s"), true);
    all.pyKey.clear();
    window.pyKey.clear();
    all.pyNote = window.pyNote = QStringLiteral("n/a (no async)");
    all.note = QStringLiteral("%1 async __getitem__, then wait").arg(m_config.pipeN);
    window.note = QStringLiteral("a new call as the oldest of 16 finishes");
    SyncManager *m = manager(QStringLiteral("local"));
    auto d = m ? m->dict(keyHash()) : nullptr;
    if (!d) {
        fail(all, QStringLiteral("no dict"));
        return { all, window };
    }
    QVariantList args;
    for (int i = 0; i < 100; ++i)
        args.append(QVariant(QVariantList { QStringLiteral("k%1").arg(i) }));
    const QString method = QStringLiteral("__getitem__");
    const int n = m_config.pipeN;
    const auto check = [&](PendingCall &call, int i, Row &r) {
        call.waitForFinished();
        const Reply reply = call.reply();
        if (!reply.isValid() || reply.value().toInt() != i % 100) {
            fail(r, reply.isValid() ? QStringLiteral("wrong value") : reply.errorString());
            return false;
        }
        return true;
    };
    std::vector<PendingCall> calls;
    for (int round = 0; round < m_config.rounds; ++round) {
        calls.clear();
        calls.reserve(size_t(n));
        const qint64 t0 = monotonicNs();
        for (int i = 0; i < n; ++i)
            calls.push_back(d->callMethodAsync(method, args.at(i % 100).toList()));
        for (int i = 0; i < n; ++i) {
            if (!check(calls[size_t(i)], i, all))
                return { all, window };
        }
        all.lm.values.append(n / (double(monotonicNs() - t0) / 1e9));
        calls.clear();
    }
    for (int round = 0; round < m_config.rounds; ++round) {
        PendingCall ring[16];
        const qint64 t0 = monotonicNs();
        for (int i = 0; i < n; ++i) {
            if (i >= 16 && !check(ring[i % 16], i - 16, window))
                return { all, window };
            ring[i % 16] = d->callMethodAsync(method, args.at(i % 100).toList());
        }
        for (int i = std::max(0, n - 16); i < n; ++i) {
            if (!check(ring[i % 16], i, window))
                return { all, window };
        }
        window.lm.values.append(n / (double(monotonicNs() - t0) / 1e9));
    }
    return { all, window };
}

QList<Row> Suite::queueProducerConsumer()
{
    Row sync = row(QStringLiteral("queue_prodcons"), QStringLiteral("Queue producer->consumer, 2 processes"),
                   QStringLiteral("local"), QStringLiteral("us/item"));
    sync.note = QStringLiteral("worker puts, lmbench gets");
    // What the async API buys (Python cannot): the producer keeps 64 puts in flight.
    Row piped = row(QStringLiteral("queue_prodcons"), QStringLiteral("  same, producer pipelines 64 puts"),
                    QStringLiteral("local"), QStringLiteral("us/item"));
    piped.note = QStringLiteral("Python column: its synchronous producer");
    // And the consumer too: 64 gets wait on the server for the items to come.
    Row both = row(QStringLiteral("queue_prodcons"), QStringLiteral("  same, and lmbench pipelines 64 gets"),
                   QStringLiteral("local"), QStringLiteral("us/item"));
    both.note = QStringLiteral("Python column: its synchronous pair");
    QList<Row> rows { sync, piped, both };
    SyncManager *m = manager(QStringLiteral("local"));
    if (!m) {
        fail(rows.first(), QStringLiteral("no server"));
        return rows;
    }
    const int n = m_config.prodconsN;
    for (int variant = 0; variant < 3; ++variant) {
        Row &r = rows[variant];
        r.rawMode = RawMode::RoundTrips;
        r.rawKey = QStringLiteral("unix64");
        const QString kind = variant == 0 ? QStringLiteral("producer") : QStringLiteral("producer-async");
        const bool pipelinedGets = variant == 2;
        for (int round = 0; round < m_config.rounds; ++round) {
            auto q = m->Queue();
            std::vector<std::unique_ptr<Child>> workers;
            if (!q || !startWorkers(workers, 1, workerArgs(kind, m, { q->token().toString(), QString::number(n) }), r))
                return rows;
            sampleRaw(r);
            workers.front()->write("GO\n");
            const qint64 t0 = monotonicNs();
            const auto check = [this, &r](const Reply &reply, int i) {
                if (reply.isValid() && reply.value().toInt() == i)
                    return true;
                fail(r, reply.isValid() ? QStringLiteral("items out of order") : reply.errorString());
                return false;
            };
            if (!pipelinedGets) {
                for (int i = 0; i < n; ++i) {
                    if (!check(q->get(60000), i))
                        return rows;
                }
            } else {
                // QueueProxy::get()'s call, get(block=True, timeout=60): a ring of 64 in flight.
                // Parked gets are served in the order they came, so item i answers get i.
                constexpr int Window = 64;
                const QString get = QStringLiteral("get");
                const QVariantList getArgs { true, 60.0 };
                std::vector<PendingCall> ring(Window);
                for (int i = 0; i < n + Window; ++i) {
                    PendingCall &slot = ring[size_t(i % Window)];
                    if (i >= Window) {
                        slot.waitForFinished();
                        if (!check(slot.reply(), i - Window))
                            return rows;
                    }
                    if (i < n)
                        slot = q->callMethodAsync(get, getArgs, 60000);
                }
            }
            const qint64 t1 = monotonicNs();
            qint64 s, e, ops;
            if (!collectDone(workers, r, &s, &e, &ops))
                return rows;
            r.lm.values.append(double(t1 - t0) / 1000.0 / n);
        }
    }
    return rows;
}

QList<Row> Suite::counter(bool useLock)
{
    Row r = useLock ? row(QStringLiteral("counter_lock"), QStringLiteral("counter, 4 procs x {lock; v+=1; unlock}"),
                          QStringLiteral("local"), QStringLiteral("incr/s"), true)
                    : row(QStringLiteral("counter_fetchadd"), QStringLiteral("counter, 4 procs x fetchAdd(1)"),
                          QStringLiteral("local"), QStringLiteral("incr/s"), true);
    if (!useLock) {
        r.pyKey = QStringLiteral("counter_lock");
        r.note = QStringLiteral("Python column: its locked counter");
    } else {
        r.note = QStringLiteral("final count checked exact");
    }
    SyncManager *m = manager(QStringLiteral("local"));
    if (!m) {
        fail(r, QStringLiteral("no server"));
        return { r };
    }
    const int procs = 4, n = m_config.contentionN;
    for (int round = 0; round < m_config.rounds; ++round) {
        auto value = m->Value('i', 0);
        auto lock = m->Lock();
        if (!value || !lock) {
            fail(r, m->errorString());
            return { r };
        }
        const QStringList args = useLock
                ? workerArgs(QStringLiteral("counter"), m, { value->token().toString(), lock->token().toString(), QString::number(n) })
                : workerArgs(QStringLiteral("fetchadd"), m, { value->token().toString(), QString::number(n) });
        std::vector<std::unique_ptr<Child>> workers;
        if (!startWorkers(workers, procs, args, r))
            return { r };
        for (auto &w : workers)
            w->write("GO\n");
        qint64 s, e, ops;
        if (!collectDone(workers, r, &s, &e, &ops))
            return { r };
        const int final = value->value().toInt();
        if (final != procs * n) {
            fail(r, QStringLiteral("the counter is %1, expected %2").arg(final).arg(procs * n));
            return { r };
        }
        r.lm.values.append(ops / (double(e - s) / 1e9));
    }
    return { r };
}

QList<Row> Suite::arrays()
{
    const int n = m_config.arrayN;
    const QString size = n == 1000000 ? QStringLiteral("1M") : QString::number(n);
    Row create = row(QStringLiteral("array"), QStringLiteral("Array of %1 doubles: create").arg(size),
                     QStringLiteral("local"), QStringLiteral("ms"));
    Row fetch = row(QStringLiteral("array"), QStringLiteral("Array of %1 doubles: fetch whole").arg(size),
                    QStringLiteral("local"), QStringLiteral("ms"));
    create.pyKey = QStringLiteral("array_create");
    fetch.pyKey = QStringLiteral("array_fetch");
    create.rawMode = fetch.rawMode = RawMode::BandwidthShare;
    create.rawKey = QStringLiteral("unix_bw_c2s");
    fetch.rawKey = QStringLiteral("unix_bw_s2c");
    create.bytes = fetch.bytes = 8.0 * n;
    create.note = QStringLiteral("SyncManager::Array(QList<double>)");
    fetch.note = QStringLiteral("toDoubles()");
    SyncManager *m = manager(QStringLiteral("local"));
    if (!m) {
        fail(create, QStringLiteral("no server"));
        return { create, fetch };
    }
    QList<double> data(n);
    for (int i = 0; i < n; ++i)
        data[i] = i;
    for (int round = 0; round < m_config.rounds; ++round) {
        const qint64 t0 = monotonicNs();
        auto array = m->Array(data);
        const qint64 t1 = monotonicNs();
        if (!array) {
            fail(create, m->errorString());
            return { create, fetch };
        }
        const QList<double> back = array->toDoubles();
        const qint64 t2 = monotonicNs();
        if (back.size() != n || back.value(n - 1) != double(n - 1)) {
            fail(fetch, QStringLiteral("fetched %1 elements: %2").arg(back.size()).arg(array->lastErrorString()));
            return { create, fetch };
        }
        create.lm.values.append(double(t1 - t0) / 1e6);
        fetch.lm.values.append(double(t2 - t1) / 1e6);
    }
    return { create, fetch };
}

QList<Row> Suite::createDrop()
{
    Row r = row(QStringLiteral("create_drop"), QStringLiteral("create+drop a dict proxy"),
                QStringLiteral("local"), QStringLiteral("us/op"));
    r.rawMode = RawMode::RoundTrips;
    r.rawKey = QStringLiteral("unix64");
    SyncManager *m = manager(QStringLiteral("local"));
    auto introspector = m ? m->introspector() : nullptr;
    if (!introspector) {
        fail(r, QStringLiteral("no server"));
        return { r };
    }
    const int n = m_config.createDropN;
    const int liveBefore = introspector->callMethod(QStringLiteral("liveObjectCount")).value().toInt();
    for (int round = 0; round < m_config.rounds; ++round) {
        sampleRaw(r);
        const qint64 t0 = monotonicNs();
        for (int i = 0; i < n; ++i) {
            auto d = m->dict();
            if (!d) {
                fail(r, m->errorString());
                return { r };
            }
        }
        r.lm.values.append(double(monotonicNs() - t0) / 1000.0 / n);
    }
    // The releases travel one way, before this call on the same connection.
    const int liveAfter = introspector->callMethod(QStringLiteral("liveObjectCount")).value().toInt();
    r.note = QStringLiteral("live objects %1 -> %2").arg(liveBefore).arg(liveAfter);
    if (liveAfter > liveBefore)
        fail(r, QStringLiteral("%1 dropped dicts are still alive on the server").arg(liveAfter - liveBefore));
    return { r };
}

QList<Row> Suite::clients8()
{
    Row r = row(QStringLiteral("clients8"), QStringLiteral("8 client processes, dict get"),
                QStringLiteral("local"), QStringLiteral("ops/s"), true);
    r.note = QStringLiteral("aggregate, %1 gets each").arg(m_config.clients8N);
    SyncManager *m = manager(QStringLiteral("local"));
    auto d = m ? m->dict(keyHash()) : nullptr;
    if (!d) {
        fail(r, QStringLiteral("no dict"));
        return { r };
    }
    for (int round = 0; round < m_config.rounds; ++round) {
        std::vector<std::unique_ptr<Child>> workers;
        if (!startWorkers(workers, 8, workerArgs(QStringLiteral("getter"), m, { d->token().toString(), QString::number(m_config.clients8N) }), r))
            return { r };
        for (auto &w : workers)
            w->write("GO\n");
        qint64 s, e, ops;
        if (!collectDone(workers, r, &s, &e, &ops))
            return { r };
        r.lm.values.append(ops / (double(e - s) / 1e9));
    }
    return { r };
}

// What another client's pipelined traffic costs a small call: one process pipelines gets of a
// 256 KiB string in bursts of 1,000 (reading every answer; each costs the server tens of
// microseconds) while this one makes small synchronous gets and times each. The server takes
// turns of at most ServerConnection::TurnBudgetUs per client, so the slowest small get should
// stay within a few milliseconds however much the other client has in flight.
QList<Row> Suite::fairness()
{
    Row p99 = row(QStringLiteral("fairness"), QStringLiteral("dict get while another client floods, p99"),
                  QStringLiteral("local"), QStringLiteral("us"));
    Row worst = row(QStringLiteral("fairness"), QStringLiteral("dict get while another client floods, max"),
                    QStringLiteral("local"), QStringLiteral("us"));
    p99.pyKey.clear();
    worst.pyKey.clear();
    p99.pyNote = worst.pyNote = QStringLiteral("n/a");
    SyncManager *m = manager(QStringLiteral("local"));
    auto d = m ? m->dict(keyHash()) : nullptr;
    if (!d) {
        fail(p99, QStringLiteral("no dict"));
        return { p99, worst };
    }
    const QVariantList keys = plainKeys();
    const int n = qMax(200, m_config.n / 10);
    if (!d->setValue(QStringLiteral("large"), QString(128 * 1024, QLatin1Char('x')))) {
        fail(p99, QStringLiteral("cannot set the large value"));
        return { p99, worst };
    }
    QList<double> idleMedians;
    for (int round = 0; round < m_config.rounds; ++round) {
        QList<double> idle;
        for (int i = 0; i < n; ++i) {
            const qint64 t0 = monotonicNs();
            d->value(keys.at(i % 100));
            idle.append((monotonicNs() - t0) / 1000.0);
        }
        std::sort(idle.begin(), idle.end());
        idleMedians.append(idle.at(idle.size() / 2));

        std::vector<std::unique_ptr<Child>> workers;
        if (!startWorkers(workers, 1, workerArgs(QStringLiteral("flood"), m, { d->token().toString(), QStringLiteral("1000"), QStringLiteral("large") }), p99))
            return { p99, worst };
        workers.front()->write("GO\n");
        QString line;
        if (!workers.front()->expect(QStringLiteral("FLOODING"), &line, 60000)) {
            fail(p99, workers.front()->errorString());
            return { p99, worst };
        }
        // For a time, not a count: the flood comes in bursts, and a count of fast calls could
        // fall between two of them.
        QList<double> busy;
        const qint64 sampleNs = (m_config.quick ? 300 : 2000) * qint64(1000000);
        const qint64 start = monotonicNs();
        for (int i = 0; monotonicNs() - start < sampleNs; ++i) {
            const qint64 t0 = monotonicNs();
            const Reply reply = d->value(keys.at(i % 100));
            busy.append((monotonicNs() - t0) / 1000.0);
            if (!reply.isValid() || reply.value().toInt() != i % 100) {
                fail(p99, reply.isValid() ? QStringLiteral("wrong value") : reply.errorString());
                return { p99, worst };
            }
        }
        workers.front()->kill();
        std::sort(busy.begin(), busy.end());
        p99.lm.values.append(busy.at(qMin(busy.size() - 1, busy.size() * 99 / 100)));
        worst.lm.values.append(busy.constLast());
    }
    std::sort(idleMedians.begin(), idleMedians.end());
    p99.note = QStringLiteral("small gets for %1 s per round against bursts of 1,000 pipelined 256 KiB gets; idle: median %2 us")
                       .arg(m_config.quick ? 0.3 : 2)
                       .arg(number(idleMedians.at(idleMedians.size() / 2)));
    worst.note = QStringLiteral("slowest of the same gets");
    return { p99, worst };
}

// An inspector's page of the object list on a server with many objects and a big dict: the
// page's cost should not depend on either (objectsPage() describes the objects asked for, and
// never formats a container's contents). Pages of 100 and of 10, before and after the big dict
// exists: the first pair shows that the dict costs nothing, the second what an object costs.
QList<Row> Suite::introspection()
{
    const int objects = m_config.quick ? 100 : 1000;
    const int entries = m_config.quick ? 20000 : 1000000;
    const auto makeRow = [&](int pageSize, bool withDict) {
        Row r = row(QStringLiteral("introspection"),
                    withDict ? QStringLiteral("objects page of %1 (%2 objects, a %3-entry dict)")
                                       .arg(pageSize)
                                       .arg(objects)
                                       .arg(entries)
                             : QStringLiteral("objects page of %1 (%2 objects, no big dict)")
                                       .arg(pageSize)
                                       .arg(objects),
                    QStringLiteral("local"), QStringLiteral("us/op"));
        r.pyKey.clear();
        r.pyNote = QStringLiteral("n/a");
        r.rawMode = RawMode::RoundTrips;
        r.rawKey = QStringLiteral("unix64");
        r.note = QStringLiteral("Introspector::objectsPage(0, %1)").arg(pageSize);
        return r;
    };
    Row plain = makeRow(100, false), r = makeRow(100, true), small = makeRow(10, true);
    QList<Row *> all { &plain, &r, &small };
    const auto failAll = [&](const QString &why) {
        for (Row *each : all)
            fail(*each, why);
        return QList<Row> { plain, r, small };
    };
    SyncManager *m = manager(QStringLiteral("local"));
    auto big = m ? m->dict() : nullptr;
    auto introspector = m ? m->introspector() : nullptr;
    if (!big || !introspector)
        return failAll(QStringLiteral("no server"));
    std::vector<std::unique_ptr<DictProxy>> held;
    for (int i = 0; i < objects; ++i)
        held.push_back(m->dict());
    const int calls = m_config.quick ? 50 : 500;
    const auto measure = [&](Row &row, int pageSize) {
        for (int round = 0; round < m_config.rounds; ++round) {
            sampleRaw(row);
            const qint64 t0 = monotonicNs();
            for (int i = 0; i < calls; ++i) {
                const ObjectPage page = introspector->objectsPage(0, pageSize);
                if (page.objects.size() != pageSize) {
                    fail(row, QStringLiteral("a page of %1 objects: %2")
                                      .arg(page.objects.size())
                                      .arg(introspector->lastErrorString()));
                    return;
                }
            }
            row.lm.values.append(double(monotonicNs() - t0) / 1000.0 / calls);
        }
    };
    measure(plain, 100);
    for (int from = 0; from < entries; from += 50000) {
        QVariantHash chunk;
        for (int i = from; i < qMin(entries, from + 50000); ++i)
            chunk.insert(QStringLiteral("k%1").arg(i), i);
        if (!big->update(chunk))
            return failAll(big->lastErrorString());
    }
    measure(r, 100);
    measure(small, 10);
    if (!r.lm.isEmpty() && !small.lm.isEmpty())
        small.note += QStringLiteral("; an object costs %1 us more (from the pages of 100 and 10)")
                              .arg(number((r.lm.median() - small.lm.median()) / 90));
    return { plain, r, small };
}

QList<Row> Suite::clients256()
{
    Row r = row(QStringLiteral("clients256"), QStringLiteral("256 connections on one server, dict get"),
                QStringLiteral("local"), QStringLiteral("ops/s"), true);
    SyncManager *m = manager(QStringLiteral("local"));
    auto d = m ? m->dict(keyHash()) : nullptr;
    auto introspector = m ? m->introspector() : nullptr;
    if (!d || !introspector) {
        fail(r, QStringLiteral("no dict"));
        return { r };
    }
    const int procs = 8, perProcess = 32;
    int seen = 0;
    for (int round = 0; round < m_config.rounds; ++round) {
        std::vector<std::unique_ptr<Child>> workers;
        if (!startWorkers(workers, procs,
                          workerArgs(QStringLiteral("many"), m, { d->token().toString(), QString::number(perProcess), QString::number(m_config.clients256K) }),
                          r))
            return { r };
        seen = int(introspector->callMethod(QStringLiteral("clients")).value().toList().size());
        for (auto &w : workers)
            w->write("GO\n");
        qint64 s, e, ops, served;
        if (!collectDone(workers, r, &s, &e, &ops, &served))
            return { r };
        if (served != procs * perProcess) {
            fail(r, QStringLiteral("only %1 of %2 clients were served").arg(served).arg(procs * perProcess));
            return { r };
        }
        r.lm.values.append(ops / (double(e - s) / 1e9));
    }
    r.note = QStringLiteral("%1 rounds of 1 async get per connection; all %2 served; server saw %3 connections")
                     .arg(m_config.clients256K)
                     .arg(procs * perProcess)
                     .arg(seen);
    return { r };
}

QList<Row> Suite::signalLatency()
{
    Row r = row(QStringLiteral("signal_latency"), QStringLiteral("change signal latency, other process"),
                QStringLiteral("local"), QStringLiteral("us"));
    r.pyKey.clear();
    r.pyNote = QStringLiteral("n/a (no signals)");
    r.rawMode = RawMode::RoundTrips;
    r.rawKey = QStringLiteral("unix64");
    r.note = QStringLiteral("mean one-way latency, CLOCK_MONOTONIC in both processes");
    SyncManager *m = manager(QStringLiteral("local"));
    auto d = m ? m->dict() : nullptr;
    const QString ping = QStringLiteral("ping");
    if (!d || !d->setValue(ping, -1)) {
        fail(r, QStringLiteral("no dict"));
        return { r };
    }
    std::vector<std::unique_ptr<Child>> workers;
    if (!startWorkers(workers, 1, workerArgs(QStringLiteral("signal"), m, { d->token().toString() }), r))
        return { r };
    Child &watcher = *workers.front();
    // Wait until the watcher's subscription is live: its first signal.
    bool live = false;
    QString line;
    for (int attempt = 0; attempt < 20 && !live; ++attempt) {
        d->setValue(ping, -2);
        live = watcher.expect(QStringLiteral("GOT -2"), &line, 500);
    }
    if (!live) {
        fail(r, QStringLiteral("the other process never saw a change signal"));
        return { r };
    }
    QList<double> relays;
    for (int round = 0; round < m_config.rounds; ++round) {
        sampleRaw(r);
        QString relayError;
        if (const double relay = rawRelayUs(m_config.quick ? 200 : 3000, &relayError); relay > 0)
            relays.append(relay);
        double total = 0;
        for (int i = 0; i < m_config.signalN; ++i) {
            const qint64 t0 = monotonicNs();
            if (!d->setValue(ping, i)) {
                fail(r, d->lastErrorString());
                return { r };
            }
            const QString want = QStringLiteral("GOT %1 ").arg(i);
            if (!watcher.expect(want, &line, 10000)) {
                fail(r, QStringLiteral("signal %1 did not arrive: %2").arg(i).arg(watcher.errorString()));
                return { r };
            }
            total += double(line.section(QLatin1Char(' '), 2).toLongLong() - t0) / 1000.0;
        }
        r.lm.values.append(total / m_config.signalN);
    }
    // The floor: two hops (setter to server, server to watcher) of raw 64-byte writes between
    // three processes placed as these are.
    if (!relays.isEmpty()) {
        std::sort(relays.begin(), relays.end());
        r.note += QStringLiteral("; raw floor, 64 B passed on once between three processes: %1 us")
                          .arg(number(relays.at(relays.size() / 2)));
    }
    return { r };
}

QList<Row> Suite::dictPages()
{
    // A page of 100 items from a dict of 1,000 entries, from one of a million, and from the
    // million with every third entry removed (the order index then maps positions through
    // its tree): the cost must not grow with the dict.
    const QString big = m_config.pageDictN == 1000000 ? QStringLiteral("1M")
                                                       : QString::number(m_config.pageDictN);
    QList<Row> rows {
        row(QStringLiteral("dict_page"), QStringLiteral("dict page (100 items), 1,000 entries"),
            QStringLiteral("local"), QStringLiteral("us/op")),
        row(QStringLiteral("dict_page"), QStringLiteral("dict page (100 items), %1 entries").arg(big),
            QStringLiteral("local"), QStringLiteral("us/op")),
        row(QStringLiteral("dict_page"), QStringLiteral("  same, every 3rd entry removed"),
            QStringLiteral("local"), QStringLiteral("us/op")),
    };
    for (Row &r : rows) {
        r.rawMode = RawMode::RoundTrips;
        r.rawKey = QStringLiteral("unix64");
        r.pyKey.clear();
        r.pyNote = QStringLiteral("n/a (no paging)");
        r.note = QStringLiteral("itemsRange(offset, 100) at spread offsets; 1 call per op");
    }
    SyncManager *m = manager(QStringLiteral("local"));
    if (!m) {
        fail(rows.first(), QStringLiteral("no server"));
        return rows;
    }
    const auto fill = [](DictProxy &d, int n) {
        for (int start = 0; start < n; start += 10000) {
            QVariantHash batch;
            for (int i = start; i < std::min(n, start + 10000); ++i)
                batch.insert(QStringLiteral("k%1").arg(i), i);
            if (!d.update(batch))
                return false;
        }
        return true;
    };
    const auto measure = [this](Row &r, DictProxy &d) {
        const qint64 length = d.size();
        for (int round = 0; round < m_config.rounds; ++round) {
            sampleRaw(r);
            const qint64 t0 = monotonicNs();
            for (int i = 0; i < m_config.pageN; ++i) {
                const qint64 offset = (qint64(i) * 7919 + round * 104729) % (length - 100);
                const DictPage page = d.itemsRange(offset, 100);
                if (page.items.size() != 100 || page.length != length) {
                    fail(r, d.lastError() != Error::NoError ? d.lastErrorString() : QStringLiteral("a short page"));
                    return false;
                }
            }
            r.lm.values.append(double(monotonicNs() - t0) / 1000.0 / m_config.pageN);
        }
        return true;
    };
    auto small = m->dict();
    if (!small || !fill(*small, 1000)) {
        fail(rows[0], small ? small->lastErrorString() : m->errorString());
        return rows;
    }
    if (!measure(rows[0], *small))
        return rows;
    small.reset();
    auto d = m->dict();
    if (!d || !fill(*d, m_config.pageDictN)) {
        fail(rows[1], d ? d->lastErrorString() : m->errorString());
        return rows;
    }
    if (!measure(rows[1], *d))
        return rows;
    // The removals pipelined: a third of a million synchronous calls would take seconds.
    std::vector<PendingCall> calls;
    const QString remove = QStringLiteral("__delitem__");
    for (int i = 0; i < m_config.pageDictN; i += 3) {
        calls.push_back(d->callMethodAsync(remove, { QStringLiteral("k%1").arg(i) }));
        if (calls.size() == 1000 || i + 3 >= m_config.pageDictN) {
            for (PendingCall &call : calls) {
                call.waitForFinished();
                if (!call.reply().isValid()) {
                    fail(rows[2], call.reply().errorString());
                    return rows;
                }
            }
            calls.clear();
        }
    }
    measure(rows[2], *d);
    return rows;
}

// What the server-wide event stream costs writers: 10 processes set keys of a dict each (one
// dict per writer) as fast as they can for ~2 s, nobody watching, then with an observer
// process subscribed to the stream (Introspector's signals), the two runs interleaved round
// by round. The observer's changes come coalesced (at most one event per dict every 10 ms), so
// the writers should lose at most a few percent; the note says whether the observer kept up.
QList<Row> Suite::eventStream()
{
    Row without = row(QStringLiteral("event_stream"), QStringLiteral("event stream: 10 writers, no observer"),
                      QStringLiteral("local"), QStringLiteral("ops/s"), true);
    Row with = row(QStringLiteral("event_stream"), QStringLiteral("event stream: 10 writers, an observer"),
                   QStringLiteral("local"), QStringLiteral("ops/s"), true);
    without.pyKey.clear();
    with.pyKey.clear();
    without.pyNote = with.pyNote = QStringLiteral("n/a");
    SyncManager *m = manager(QStringLiteral("local"));
    if (!m) {
        fail(without, QStringLiteral("no server"));
        return { without, with };
    }
    constexpr int Writers = 10;
    const int ms = m_config.quick ? 300 : 2000;
    std::vector<std::unique_ptr<DictProxy>> dicts;
    QStringList tokens;
    for (int i = 0; i < Writers; ++i) {
        dicts.push_back(m->dict());
        if (!dicts.back()) {
            fail(without, m->errorString());
            return { without, with };
        }
        tokens.append(dicts.back()->token().toString());
    }
    qint64 events = 0, changed = 0, represented = 0, gaps = 0, lost = 0, sets = 0;
    for (int round = 0; round < m_config.rounds; ++round) {
        for (const bool watched : { false, true }) {
            Row &r = watched ? with : without;
            std::vector<std::unique_ptr<Child>> observer;
            if (watched && !startWorkers(observer, 1, workerArgs(QStringLiteral("stream"), m, {}), r))
                return { without, with };
            std::vector<std::unique_ptr<Child>> workers;
            for (int i = 0; i < Writers; ++i) {
                workers.push_back(std::make_unique<Child>());
                if (!workers.back()->start(workerArgs(QStringLiteral("writer"), m, { tokens.at(i), QString::number(ms) }))) {
                    fail(r, workers.back()->errorString());
                    return { without, with };
                }
            }
            for (auto &worker : workers) {
                if (!worker->expect(QStringLiteral("READY"), nullptr, 60000)) {
                    fail(r, QStringLiteral("writer: %1").arg(worker->errorString()));
                    return { without, with };
                }
            }
            for (auto &w : workers)
                w->write("GO\n");
            qint64 s, e, ops;
            if (!collectDone(workers, r, &s, &e, &ops))
                return { without, with };
            r.lm.values.append(ops / (double(e - s) / 1e9));
            if (!watched)
                continue;
            sets += ops;
            // The last coalesced report leaves within 10 ms; then the observer counts.
            QThread::msleep(100);
            observer.front()->write("STOP\n");
            QString line;
            if (!observer.front()->expect(QStringLiteral("STREAM"), &line, 30000)) {
                fail(r, QStringLiteral("observer: %1").arg(observer.front()->errorString()));
                return { without, with };
            }
            const QStringList f = line.split(QLatin1Char(' '));
            events += f.value(1).toLongLong();
            changed += f.value(2).toLongLong();
            represented += f.value(3).toLongLong();
            gaps += f.value(4).toLongLong();
            lost += f.value(5).toLongLong();
            observer.front()->waitForExit(10000);
        }
    }
    const double ratio = with.lm.median() / without.lm.median();
    without.note = QStringLiteral("~%1 s per run, one dict per writer, runs with and without an observer interleaved").arg(ms / 1000.0);
    with.note = QStringLiteral("with/without %1 (target >= 0.90); observer: %2 events, %3 changed standing for %4 "
                               "changes (%5 of the %6 sets, %7 per event), %8 gaps, %9 events lost")
                        .arg(number(ratio))
                        .arg(events)
                        .arg(changed)
                        .arg(represented)
                        .arg(sets > 0 ? QStringLiteral("%1%").arg(number(100.0 * represented / sets)) : QStringLiteral("-"))
                        .arg(sets)
                        .arg(changed > 0 ? number(double(represented) / changed) : QStringLiteral("-"))
                        .arg(gaps)
                        .arg(lost);
    progress(QStringLiteral("event_stream: %1").arg(with.note));
    return { without, with };
}

QList<Row> Suite::memory()
{
    const int n = m_config.memoryN;
    const QString size = n == 1000000 ? QStringLiteral("1M") : QString::number(n);
    Row r = row(QStringLiteral("memory"), QStringLiteral("dict of %1 entries: server RSS").arg(size),
                QStringLiteral("local"), QStringLiteral("B/entry"));
    r.rawMode = RawMode::MemoryRatio;
    r.rawKey = QStringLiteral("qvarianthash");
    r.note = QStringLiteral("key \"k<i>\" -> int i; VmRSS after - before / entries");
    Row hash = row(QStringLiteral("raw"), QStringLiteral("plain QVariantHash, %1 entries").arg(size),
                   QStringLiteral("-"), QStringLiteral("B/entry"));
    hash.note = QStringLiteral("QString -> QVariant(int), in a fresh lmbench process");
    for (int round = 0; round < m_config.memoryRounds; ++round) {
        {
            Child child;
            QString line;
            if (!child.start({ QStringLiteral("--worker"), QStringLiteral("hashrss"), QString::number(n) })
                || !child.expect(QStringLiteral("RSS"), &line, 120000)) {
                fail(hash, child.errorString());
                return { r };
            }
            const QStringList f = line.split(QLatin1Char(' '));
            hash.lm.values.append(double(f.value(2).toLongLong() - f.value(1).toLongLong()) / n);
        }
        SyncManager m;
        if (!m.start()) {
            fail(r, m.errorString());
            return { r };
        }
        auto d = m.dict();
        const qint64 pid = m.serverProcessId();
        const qint64 before = residentBytes(pid);
        for (int start = 0; start < n; start += 10000) {
            QVariantHash batch;
            for (int i = start; i < std::min(n, start + 10000); ++i)
                batch.insert(QStringLiteral("k%1").arg(i), i);
            if (!d->update(batch)) {
                fail(r, d->lastErrorString());
                return { r };
            }
        }
        if (d->size() != n) {
            fail(r, QStringLiteral("the dict has %1 entries, expected %2").arg(d->size()).arg(n));
            return { r };
        }
        const qint64 after = residentBytes(pid);
        r.lm.values.append(double(after - before) / n);
        d.reset();
        m.shutdown();
    }
    m_baselines[QStringLiteral("-")][QStringLiteral("qvarianthash")] = hash;
    progress(QStringLiteral("QVariantHash: %1 B/entry").arg(spread(hash.lm)));
    return { r };
}

// --- the run ---------------------------------------------------------------------------------

int Suite::run()
{
    if (sched_getaffinity(0, sizeof m_originalMask, &m_originalMask) != 0)
        CPU_ZERO(&m_originalMask);
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (CPU_ISSET(cpu, &m_originalMask)) {
            m_pinnedCpu = cpu;
            break;
        }
    }
    if (m_pinnedCpu < 0)
        m_config.placements.removeAll(QStringLiteral("pinned"));

    if (m_config.python) {
        m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/python_baseline.py");
        m_pythonScript = QFileInfo::exists(beside) ? beside : QStringLiteral(LMBENCH_SOURCE_DIR "/python_baseline.py");
        if (m_python.isEmpty())
            m_pythonSkipped = QStringLiteral("python3 was not found on PATH");
        else if (!QFileInfo::exists(m_pythonScript))
            m_pythonSkipped = QStringLiteral("%1 is missing").arg(m_pythonScript);
        if (!m_pythonSkipped.isEmpty()) {
            m_python.clear();
            progress(QStringLiteral("the Python column is skipped: %1").arg(m_pythonSkipped));
        }
    } else {
        m_pythonSkipped = QStringLiteral("--no-python");
    }

    const QStringList both { QStringLiteral("local"), QStringLiteral("tcp") };
    const QStringList local { QStringLiteral("local") };
    for (const QString &placement : std::as_const(m_config.placements)) {
        if (!pin(placement))
            continue;
        progress(QStringLiteral("== placement %1%2").arg(placement, placement == QLatin1String("pinned")
                                                                       ? QStringLiteral(" (CPU %1)").arg(m_pinnedCpu)
                                                                       : QStringLiteral(" (CPUs %1)").arg(allowedCpus(::getpid()))));
        runRawBaselines();
        const auto add = [this](QList<Row> rows, const QStringList &transports, int rounds) {
            for (const Row &r : rows) {
                if (!r.lm.isEmpty())
                    progress(QStringLiteral("[%1] %2 (%3): %4 %5").arg(m_placement, r.title, r.transport, spread(r.lm), r.unit));
            }
            attachPython(rows, transports, rounds);
            m_rows += rows;
        };
        for (const QString &name : singleCallNames()) {
            if (!m_config.wants(name))
                continue;
            QList<Row> rows;
            for (const QString &transport : both)
                rows += singleCall(name, transport);
            add(rows, both, m_config.rounds);
        }
        if (m_config.wants(QStringLiteral("pipelined")))
            add(pipelined(), local, m_config.rounds);
        if (m_config.wants(QStringLiteral("queue_prodcons")))
            add(queueProducerConsumer(), local, m_config.rounds);
        if (m_config.wants(QStringLiteral("counter_lock")))
            add(counter(true), local, m_config.rounds);
        if (m_config.wants(QStringLiteral("counter_fetchadd"))) {
            QList<Row> rows = counter(false);
            // Python's locked counter is the baseline: reuse it when it ran in this placement
            const Row *locked = nullptr;
            for (const Row &done : std::as_const(m_rows)) {
                if (done.workload == QLatin1String("counter_lock") && done.placement == m_placement && !done.py.isEmpty())
                    locked = &done;
            }
            if (locked) {
                rows.first().py = locked->py;
                rows.first().pyKey.clear();
            }
            add(rows, local, m_config.rounds);
        }
        if (m_config.wants(QStringLiteral("array")))
            add(arrays(), local, m_config.rounds);
        if (m_config.wants(QStringLiteral("create_drop")))
            add(createDrop(), local, m_config.rounds);
        if (m_config.wants(QStringLiteral("clients8")))
            add(clients8(), local, m_config.rounds);
        if (m_config.wants(QStringLiteral("fairness")))
            add(fairness(), local, m_config.rounds);
        if (m_config.wants(QStringLiteral("introspection")))
            add(introspection(), local, m_config.rounds);
        if (m_config.wants(QStringLiteral("clients256")))
            add(clients256(), local, m_config.rounds);
        if (m_config.wants(QStringLiteral("signal_latency")))
            add(signalLatency(), local, m_config.rounds);
        if (m_config.wants(QStringLiteral("dict_page")))
            add(dictPages(), local, m_config.rounds);
        if (m_config.wants(QStringLiteral("event_stream")))
            add(eventStream(), local, m_config.rounds);
        stopManagers();
        m_rawUnix.reset();
        m_rawTcp.reset();
        m_echoUnix.reset();
        m_echoTcp.reset();
    }
    if (m_config.wants(QStringLiteral("memory"))) {
        // Memory does not depend on placement: once, with the CPUs we were given.
        pin(QStringLiteral("unpinned"));
        m_placement = QStringLiteral("-");
        QList<Row> rows = memory();
        for (const Row &r : std::as_const(rows))
            progress(QStringLiteral("%1: %2 %3").arg(r.title, spread(r.lm), r.unit));
        attachPython(rows, local, m_config.memoryRounds);
        m_rows += rows;
    }
    pin(QStringLiteral("unpinned"));

    printTable();
    evaluateTargets(true);
    if (!m_config.jsonPath.isEmpty() && !writeJson())
        m_failures.append(QStringLiteral("cannot write %1").arg(m_config.jsonPath));
    if (!m_failures.isEmpty()) {
        out() << "\nFUNCTIONAL FAILURES (exit code 1):\n";
        for (const QString &f : std::as_const(m_failures))
            out() << "  - " << f << "\n";
        out().flush();
        return 1;
    }
    out().flush();
    return 0;
}

// --- report ----------------------------------------------------------------------------------

QString pad(const QString &s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '), false);
}

QString rawText(const Row &r, const std::map<QString, Row> &baselines)
{
    const double ratio = r.rawRatio(baselines);
    if (std::isnan(ratio))
        return QStringLiteral("-");
    switch (r.rawMode) {
    case RawMode::RoundTrips:
        return QStringLiteral("%1 RTT").arg(QString::number(ratio, 'f', 2));
    case RawMode::BandwidthShare:
        return QStringLiteral("%1% of bw").arg(QString::number(ratio * 100, 'f', 0));
    case RawMode::MemoryRatio:
        return QStringLiteral("%1x hash").arg(QString::number(ratio, 'f', 2));
    case RawMode::None:
        break;
    }
    return QStringLiteral("-");
}

const QStringList &baselineOrder()
{
    static const QStringList keys { QStringLiteral("unix64"), QStringLiteral("unix1M"),
                                    QStringLiteral("unix_bw_s2c"), QStringLiteral("unix_bw_c2s"),
                                    QStringLiteral("tcp64"), QStringLiteral("tcp1M"),
                                    QStringLiteral("tcp_bw_s2c"), QStringLiteral("tcp_bw_c2s"),
                                    QStringLiteral("redis_get_p1"), QStringLiteral("redis_get_p16"),
                                    QStringLiteral("qvarianthash") };
    return keys;
}

void Suite::printTable()
{
    QTextStream &o = out();
    o << "\n";
    o << "lmbench: libmanager vs raw sockets vs Python multiprocessing, same invocation\n";
    o << "machine: " << QSysInfo::prettyProductName() << ", kernel " << QSysInfo::kernelVersion() << ", "
      << sysconf(_SC_NPROCESSORS_ONLN) << " CPUs; Qt " << qVersion() << "; Python "
      << (m_python.isEmpty() ? QStringLiteral("skipped (%1)").arg(m_pythonSkipped) : m_pythonVersion) << "\n";
    o << "rounds: " << m_config.rounds << (m_config.quick ? " (--quick)" : "") << "; figures: median [min..max] over rounds\n";
    if (!m_redisSkipped.isEmpty())
        o << "Redis: skipped (" << m_redisSkipped << ")\n";

    const auto header = [&o] {
        o << pad(QStringLiteral("workload"), 44) << pad(QStringLiteral("tr"), 6) << pad(QStringLiteral("unit"), 8)
          << pad(QStringLiteral("libmanager"), 24) << pad(QStringLiteral("python"), 24)
          << pad(QStringLiteral("vs py"), 9) << pad(QStringLiteral("vs raw"), 12) << "note\n";
    };
    QStringList placements = m_config.placements;
    placements.append(QStringLiteral("-"));
    for (const QString &placement : std::as_const(placements)) {
        const auto &baselines = m_baselines[placement];
        bool any = false;
        for (const Row &r : std::as_const(m_rows))
            any = any || r.placement == placement;
        if (!any && baselines.empty())
            continue;
        const bool perRound = placement == QLatin1String("unpinned") && m_config.rounds > 1;
        o << "\n== " << (placement == QLatin1String("pinned")
                                 ? QStringLiteral("PINNED: lmbench, servers, workers and Python on CPU %1").arg(m_pinnedCpu)
                                 : placement == QLatin1String("unpinned")
                                 ? QStringLiteral("UNPINNED: the scheduler places every process (per-round values below each row)")
                                 : QStringLiteral("MEMORY (placement does not matter)"))
          << "\n";
        if (!baselines.empty()) {
            o << "-- baselines\n";
            for (const QString &key : baselineOrder()) {
                const auto entry = baselines.find(key);
                if (entry == baselines.end())
                    continue;
                const Row &b = entry->second;
                o << pad(b.title, 44) << pad(b.transport, 6) << pad(b.unit, 8) << pad(spread(b.lm), 24)
                  << pad(QString(), 24) << pad(QString(), 9) << pad(QString(), 12) << key
                  << (b.note.isEmpty() ? QString() : QStringLiteral("; ") + b.note) << (b.error.isEmpty() ? QString() : QStringLiteral(" FAILED: ") + b.error) << "\n";
                if (perRound)
                    o << "    rounds: " << roundsText(b.lm) << "\n";
            }
        }
        o << "-- workloads\n";
        header();
        for (const Row &r : std::as_const(m_rows)) {
            if (r.placement != placement)
                continue;
            const double py = r.pythonRatio();
            QString note = r.note;
            if (!r.error.isEmpty())
                note = QStringLiteral("FAILED: ") + r.error;
            o << pad(r.title, 44) << pad(r.transport, 6) << pad(r.unit, 8)
              << pad(r.error.isEmpty() ? spread(r.lm) : QStringLiteral("FAILED"), 24)
              << pad(r.py.isEmpty() ? (r.pyNote.isEmpty() ? QStringLiteral("-") : r.pyNote.left(22)) : spread(r.py), 24)
              << pad(std::isnan(py) ? QStringLiteral("-") : QStringLiteral("%1x").arg(number(py)), 9)
              << pad(rawText(r, placement == QLatin1String("-") ? m_baselines[QStringLiteral("-")] : baselines), 12)
              << note << "\n";
            if (perRound)
                o << "    rounds: lm " << roundsText(r.lm) << (r.py.isEmpty() ? QString() : QStringLiteral(" | py ") + roundsText(r.py))
                  << (r.rawInterleaved.isEmpty() ? QString() : QStringLiteral(" | raw RTT ") + roundsText(r.rawInterleaved)) << "\n";
        }
    }
    o << "\ncolumns: libmanager/python = median [min..max] of the rounds; vs py = how many times better\n"
         "libmanager is than Python (time: py/lm, rate: lm/py); vs raw = the operation in raw 64-byte\n"
         "round trips of the same transport and placement, sampled just before each round (RTT), or\n"
         "its share of raw bulk bandwidth (bw), or its memory relative to a plain QVariantHash (hash).\n";
    o.flush();
}

QJsonArray Suite::evaluateTargets(bool print)
{
    // Judged pinned (stable), falling back to unpinned when pinned did not run.
    const QString judged = m_config.placements.contains(QStringLiteral("pinned")) ? QStringLiteral("pinned")
                                                                                 : QStringLiteral("unpinned");
    const auto find = [this, &judged](const QString &title, const QString &transport) -> const Row * {
        for (const Row &r : std::as_const(m_rows)) {
            if (r.title == title && r.transport == transport && (r.placement == judged || r.placement == QLatin1String("-")))
                return &r;
        }
        return nullptr;
    };
    const auto baselinesOf = [this](const Row *r) -> const std::map<QString, Row> & { return m_baselines[r->placement]; };
    struct Target
    {
        QString text;
        const Row *row;
        std::function<double(const Row *)> value;
        QString shown; // how the value reads
        double threshold;
        bool atMost;
    };
    const auto rawOf = [&baselinesOf](const Row *r) { return r->rawRatio(baselinesOf(r)); };
    const auto pyOf = [](const Row *r) { return r->pythonRatio(); };
    const auto lmOf = [](const Row *r) { return r->lm.median(); };
    const QString arrayTitle = QStringLiteral("Array of %1 doubles: fetch whole").arg(m_config.arrayN == 1000000 ? QStringLiteral("1M") : QString::number(m_config.arrayN));
    const QString memoryTitle = QStringLiteral("dict of %1 entries: server RSS").arg(m_config.memoryN == 1000000 ? QStringLiteral("1M") : QString::number(m_config.memoryN));
    const QString local = QStringLiteral("local");
    const QString objectsTitle = QStringLiteral("objects page of 100 (%1 objects, a %2-entry dict)")
            .arg(m_config.quick ? 100 : 1000).arg(m_config.quick ? 20000 : 1000000);
    const QString pageTitle = QStringLiteral("dict page (100 items), %1 entries")
            .arg(m_config.pageDictN == 1000000 ? QStringLiteral("1M") : QString::number(m_config.pageDictN));
    QList<Target> targets {
        { QStringLiteral("sync dict get <= 1.5 x raw Unix round trip"), find(QStringLiteral("dict get"), local), rawOf, QStringLiteral("RTT"), 1.5, true },
        { QStringLiteral("sync dict get over TCP <= 1.5 x raw TCP round trip"), find(QStringLiteral("dict get"), QStringLiteral("tcp")), rawOf, QStringLiteral("RTT"), 1.5, true },
        { QStringLiteral("pipelined dict get >= 1,000,000 calls/s"), find(QStringLiteral("pipelined dict get, all in flight"), local), lmOf, QStringLiteral("calls/s"), 1e6, false },
        { QStringLiteral("Lock acquire+release <= 2 raw round trips"), find(QStringLiteral("Lock acquire+release"), local), rawOf, QStringLiteral("RTT"), 2, true },
        { QStringLiteral("  the same with ReleaseMode::Posted"), find(QStringLiteral("  same, ReleaseMode::Posted"), local), rawOf, QStringLiteral("RTT"), 2, true },
        { QStringLiteral("Queue producer->consumer >= 10 x Python"), find(QStringLiteral("Queue producer->consumer, 2 processes"), local), pyOf, QStringLiteral("x Python"), 10, false },
        { QStringLiteral("  the same with both sides pipelining 64 calls"), find(QStringLiteral("  same, and lmbench pipelines 64 gets"), local), pyOf, QStringLiteral("x Python"), 10, false },
        { QStringLiteral("counter under contention >= 4 x Python"), find(QStringLiteral("counter, 4 procs x {lock; v+=1; unlock}"), local), pyOf, QStringLiteral("x Python"), 4, false },
        { QStringLiteral("fetchAdd counter (no lock) >= 20 x Python's locked counter"), find(QStringLiteral("counter, 4 procs x fetchAdd(1)"), local), pyOf, QStringLiteral("x Python"), 20, false },
        { QStringLiteral("Array fetch of 1M doubles >= 50 % of raw bulk bandwidth"), find(arrayTitle, local), [&rawOf](const Row *r) { return rawOf(r) * 100; }, QStringLiteral("% of bw"), 50, false },
        { QStringLiteral("create+drop >= 50 x Python"), find(QStringLiteral("create+drop a dict proxy"), local), pyOf, QStringLiteral("x Python"), 50, false },
        { QStringLiteral("8-client aggregate >= 3 x Python"), find(QStringLiteral("8 client processes, dict get"), local), pyOf, QStringLiteral("x Python"), 3, false },
        { QStringLiteral("256 clients all served"), find(QStringLiteral("256 connections on one server, dict get"), local), [](const Row *r) { return r->error.isEmpty() && !r->lm.isEmpty() ? 1.0 : 0.0; }, QStringLiteral("(1 = yes)"), 1, false },
        { QStringLiteral("1M-entry dict <= 2 x the memory of a plain QVariantHash"), find(memoryTitle, local), rawOf, QStringLiteral("x hash"), 2, true },
        { QStringLiteral("dict page (100 items) of a 1M dict <= dict get + 2 raw round trips"), find(pageTitle, local),
          [&rawOf, dictGet = find(QStringLiteral("dict get"), local)](const Row *r) { return dictGet ? rawOf(r) - rawOf(dictGet) : qQNaN(); },
          QStringLiteral("RTT more than a get"), 2, true },
        { QStringLiteral("objects page of 100 <= dict get + 2 raw round trips"), find(objectsTitle, local),
          [&rawOf, dictGet = find(QStringLiteral("dict get"), local)](const Row *r) { return dictGet ? rawOf(r) - rawOf(dictGet) : qQNaN(); },
          QStringLiteral("RTT more than a get"), 2, true },
        { QStringLiteral("change signal, set to signal in another process <= 1 raw round trip"),
          find(QStringLiteral("change signal latency, other process"), local), rawOf, QStringLiteral("RTT"), 1, true },
        { QStringLiteral("10 writers with a stream observer >= 90 % of their rate without"),
          find(QStringLiteral("event stream: 10 writers, an observer"), local),
          [without = find(QStringLiteral("event stream: 10 writers, no observer"), local)](const Row *r) {
              return without && !without->lm.isEmpty() ? 100.0 * r->lm.median() / without->lm.median() : qQNaN();
          },
          QStringLiteral("%"), 90, false },
    };
    QJsonArray json;
    QTextStream &o = out();
    if (print)
        o << "\n== TARGETS of issues 4 and 11 (judged " << judged << ", same-run ratios)\n";
    for (const Target &t : std::as_const(targets)) {
        const bool failed = t.row && !t.row->error.isEmpty();
        const double v = t.row && !failed ? t.value(t.row) : qQNaN();
        const bool measured = !std::isnan(v) || failed;
        const bool met = !failed && measured && (t.atMost ? v <= t.threshold : v >= t.threshold);
        if (print) {
            o << (measured ? (met ? "  [x] " : "  [ ] ") : "  [?] ") << pad(t.text, 70) << ' ';
            if (failed)
                o << "FAILED: " << t.row->error << " MISSED\n";
            else if (measured)
                o << number(v) << " " << t.shown << (met ? " MET" : " MISSED") << "\n";
            else
                o << "not measured\n";
        }
        json.append(QJsonObject { { QStringLiteral("target"), t.text }, { QStringLiteral("value"), jsonNumber(v) },
                                  { QStringLiteral("unit"), t.shown }, { QStringLiteral("threshold"), t.threshold },
                                  { QStringLiteral("atMost"), t.atMost },
                                  { QStringLiteral("met"), measured ? QJsonValue(met) : QJsonValue() } });
    }
    // The design bar: every workload at least 10 x faster than Python's manager.
    QStringList slow;
    int compared = 0;
    for (const Row &r : std::as_const(m_rows)) {
        // rows whose Python column is another workload (fetchAdd, pipelined puts) do not count
        if (r.placement != judged || r.note.startsWith(QLatin1String("Python column:")))
            continue;
        const double py = r.pythonRatio();
        if (std::isnan(py))
            continue;
        ++compared;
        if (py < 10)
            slow.append(QStringLiteral("%1 (%2) %3x").arg(r.title, r.transport, number(py)));
    }
    if (print) {
        o << (compared == 0 ? "  [?] " : slow.isEmpty() ? "  [x] " : "  [ ] ")
          << pad(QStringLiteral("design bar: every workload >= 10 x Python"), 62)
          << (compared == 0 ? QStringLiteral("not measured")
                            : QStringLiteral("%1 of %2 below").arg(slow.size()).arg(compared))
          << "\n";
        for (const QString &s : std::as_const(slow))
            o << "        below 10x: " << s << "\n";
        o.flush();
    }
    json.append(QJsonObject { { QStringLiteral("target"), QStringLiteral("every workload >= 10 x Python") },
                              { QStringLiteral("met"), compared ? QJsonValue(slow.isEmpty()) : QJsonValue() },
                              { QStringLiteral("below"), QJsonArray::fromStringList(slow) } });
    return json;
}

QJsonObject rowJson(const Row &r, const std::map<QString, Row> &baselines)
{
    QJsonObject o { { QStringLiteral("workload"), r.workload },
                    { QStringLiteral("title"), r.title },
                    { QStringLiteral("transport"), r.transport },
                    { QStringLiteral("placement"), r.placement },
                    { QStringLiteral("unit"), r.unit },
                    { QStringLiteral("higherIsBetter"), r.higherIsBetter },
                    { QStringLiteral("libmanager"), r.lm.isEmpty() ? QJsonValue() : QJsonValue(seriesJson(r.lm)) },
                    { QStringLiteral("python"), r.py.isEmpty() ? QJsonValue() : QJsonValue(seriesJson(r.py)) },
                    { QStringLiteral("ratioToPython"), jsonNumber(r.pythonRatio()) },
                    { QStringLiteral("ratioToRaw"), jsonNumber(r.rawRatio(baselines)) },
                    { QStringLiteral("rawBaseline"), r.rawKey },
                    { QStringLiteral("rawInterleaved"), r.rawInterleaved.isEmpty() ? QJsonValue() : QJsonValue(seriesJson(r.rawInterleaved)) },
                    { QStringLiteral("note"), r.note } };
    if (!r.pyNote.trimmed().isEmpty())
        o.insert(QStringLiteral("pythonNote"), r.pyNote);
    if (!r.error.isEmpty())
        o.insert(QStringLiteral("error"), r.error);
    return o;
}

bool Suite::writeJson()
{
    QJsonObject baselines;
    for (const auto &placement : m_baselines) {
        QJsonObject entries;
        for (const auto &entry : placement.second)
            entries.insert(entry.first, rowJson(entry.second, placement.second));
        baselines.insert(placement.first, entries);
    }
    QJsonArray rows;
    for (const Row &r : std::as_const(m_rows))
        rows.append(rowJson(r, m_baselines[r.placement]));
    const QJsonObject root {
        { QStringLiteral("machine"),
          QJsonObject { { QStringLiteral("os"), QSysInfo::prettyProductName() },
                        { QStringLiteral("kernel"), QSysInfo::kernelVersion() },
                        { QStringLiteral("cpus"), int(sysconf(_SC_NPROCESSORS_ONLN)) },
                        { QStringLiteral("qt"), QString::fromLatin1(qVersion()) },
                        { QStringLiteral("python"), m_python.isEmpty() ? QJsonValue() : QJsonValue(m_pythonVersion) },
                        { QStringLiteral("pythonSkipped"), m_pythonSkipped },
                        { QStringLiteral("redisSkipped"), m_redisSkipped },
                        { QStringLiteral("pinnedCpu"), m_pinnedCpu } } },
        { QStringLiteral("config"),
          QJsonObject { { QStringLiteral("quick"), m_config.quick },
                        { QStringLiteral("rounds"), m_config.rounds },
                        { QStringLiteral("n"), m_config.n },
                        { QStringLiteral("prodconsN"), m_config.prodconsN },
                        { QStringLiteral("contentionN"), m_config.contentionN },
                        { QStringLiteral("clients8N"), m_config.clients8N },
                        { QStringLiteral("clients256K"), m_config.clients256K },
                        { QStringLiteral("createDropN"), m_config.createDropN },
                        { QStringLiteral("arrayN"), m_config.arrayN },
                        { QStringLiteral("memoryN"), m_config.memoryN },
                        { QStringLiteral("pipeN"), m_config.pipeN },
                        { QStringLiteral("signalN"), m_config.signalN },
                        { QStringLiteral("placements"), QJsonArray::fromStringList(m_config.placements) } } },
        { QStringLiteral("baselines"), baselines },
        { QStringLiteral("rows"), rows },
        { QStringLiteral("targets"), evaluateTargets(false) },
        { QStringLiteral("failures"), QJsonArray::fromStringList(m_failures) },
    };
    QFile file(m_config.jsonPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    progress(QStringLiteral("figures written to %1").arg(m_config.jsonPath));
    return true;
}

const QStringList &workloadNames()
{
    static const QStringList names = singleCallNames()
            + QStringList { QStringLiteral("pipelined"), QStringLiteral("queue_prodcons"),
                            QStringLiteral("counter_lock"), QStringLiteral("counter_fetchadd"),
                            QStringLiteral("array"), QStringLiteral("create_drop"),
                            QStringLiteral("clients8"), QStringLiteral("fairness"),
                            QStringLiteral("introspection"),
                            QStringLiteral("clients256"),
                            QStringLiteral("signal_latency"), QStringLiteral("dict_page"),
                            QStringLiteral("event_stream"), QStringLiteral("memory"),
                            QStringLiteral("raw") };
    return names;
}

} // namespace

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--echo-server") == 0 && i == 1)
            return runEchoServer(argc, argv);
        if (std::strcmp(argv[i], "--worker") == 0 && i == 1)
            return runWorker(argc, argv);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lmbench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
            "libmanager benchmark: libmanager against raw sockets and Python's multiprocessing "
            "manager, in one invocation. Figures are reported, never asserted."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("A short smoke run: small sizes, one round."));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Run only these workloads (comma-separated): %1.").arg(workloadNames().join(QStringLiteral(", "))),
                                  QStringLiteral("names"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Also write the figures as JSON to <file>."), QStringLiteral("file"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Rounds per figure (default 5, 1 with --quick)."), QStringLiteral("n"));
    const QCommandLineOption placement(QStringLiteral("placement"), QStringLiteral("pinned, unpinned or both (default)."), QStringLiteral("which"));
    const QCommandLineOption noPython(QStringLiteral("no-python"), QStringLiteral("Skip the Python baseline."));
    const QCommandLineOption n(QStringLiteral("n"), QStringLiteral("Operations per round of the single-call workloads (default 3000, 200 with --quick)."), QStringLiteral("n"));
    parser.addOptions({ quick, only, json, rounds, placement, noPython, n });
    parser.process(app);

    Config config;
    if (parser.isSet(quick))
        config.makeQuick();
    if (parser.isSet(only)) {
        for (const QString &name : parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!workloadNames().contains(name.trimmed())) {
                std::fprintf(stderr, "lmbench: unknown workload '%s'; known: %s\n", qPrintable(name),
                             qPrintable(workloadNames().join(QStringLiteral(", "))));
                return 2;
            }
            config.only.append(name.trimmed());
        }
    }
    if (parser.isSet(rounds)) {
        bool ok = false;
        config.rounds = parser.value(rounds).toInt(&ok);
        if (!ok || config.rounds < 1) {
            std::fprintf(stderr, "lmbench: --rounds wants a positive number\n");
            return 2;
        }
        config.memoryRounds = std::min(config.memoryRounds, config.rounds);
    }
    if (parser.isSet(placement)) {
        const QString which = parser.value(placement);
        if (which == QLatin1String("pinned") || which == QLatin1String("unpinned"))
            config.placements = QStringList { which };
        else if (which != QLatin1String("both")) {
            std::fprintf(stderr, "lmbench: --placement is pinned, unpinned or both\n");
            return 2;
        }
    }
    if (parser.isSet(n)) {
        bool ok = false;
        config.n = parser.value(n).toInt(&ok);
        if (!ok || config.n < 1) {
            std::fprintf(stderr, "lmbench: --n wants a positive number\n");
            return 2;
        }
    }
    config.jsonPath = parser.value(json);
    config.python = !parser.isSet(noPython);

    Suite suite(config);
    return suite.run();
}
