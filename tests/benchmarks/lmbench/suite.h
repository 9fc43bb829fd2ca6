// SPDX-License-Identifier: BSD-3-Clause
// lmbench's suite: its configuration, its result rows and the Suite that runs the workloads.
// suite.cpp runs them (servers, workers, the order of the run); baselines.cpp measures raw
// sockets, Redis and Python's manager; workloads.cpp and clientworkloads.cpp are the
// workloads; report.cpp prints the table and writes the JSON; main.cpp reads the options.
#ifndef LMBENCH_SUITE_H
#define LMBENCH_SUITE_H

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

namespace Bench {

using namespace LibManager;

QTextStream &out();
void progress(const QString &text);

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

// How the figures are written (suite.cpp).
QString number(double v);
QString spread(const Series &s);
QString roundsText(const Series &s);
QJsonObject seriesJson(const Series &s);
QJsonValue jsonNumber(double v);

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
    QList<Row> arrays(const QString &transport);
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

// The workloads' names, for --only (workloads.cpp, report.cpp).
const QStringList &singleCallNames();
const QStringList &workloadNames();
// The keys of the dicts the workloads read (workloads.cpp).
QVariantList plainKeys();
QVariantHash keyHash();

} // namespace Bench

#endif // LMBENCH_SUITE_H
