// SPDX-License-Identifier: BSD-3-Clause
// lmbench: the baselines: raw sockets (rawsocket.h), Redis, and Python's multiprocessing manager.

#include "suite.h"

namespace Bench {

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
    // TLS rows are measured against raw TCP: what the encryption costs is part of the figure.
    const bool overTcp = r.transport == QLatin1String("tcp") || r.transport == QLatin1String("tls");
    RawClient *client = overTcp ? m_rawTcp.get() : m_rawUnix.get();
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

} // namespace Bench
