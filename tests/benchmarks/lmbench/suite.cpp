// SPDX-License-Identifier: BSD-3-Clause
// lmbench: the run: servers, workers, placements and the order of the workloads.

#include "suite.h"
#ifdef LIBMANAGER_TEST_TLS
#include "transport.h"
#endif

namespace Bench {

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
        slot = transport == QLatin1String("tcp")   ? std::make_unique<SyncManager>(QStringLiteral("127.0.0.1:0"))
             : transport == QLatin1String("tls") ? std::make_unique<SyncManager>(QStringLiteral("tls://127.0.0.1:0"))
                                                 : std::make_unique<SyncManager>();
#ifdef LIBMANAGER_TEST_TLS
        if (transport == QLatin1String("tls"))
            TestSupport::configure(*slot); // a CA and a server certificate made for the run
#endif
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
#ifdef LIBMANAGER_TEST_TLS
            // TLS: the synchronous call, against raw TCP round trips (Python has no TLS).
            if (name == QLatin1String("dict_get"))
                rows += singleCall(name, QStringLiteral("tls"));
#endif
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
        if (m_config.wants(QStringLiteral("array"))) {
            add(arrays(QStringLiteral("local")), local, m_config.rounds);
#ifdef LIBMANAGER_TEST_TLS
            // Bulk over TCP and TLS, against raw TCP bandwidth.
            add(arrays(QStringLiteral("tcp")), local, m_config.rounds);
            add(arrays(QStringLiteral("tls")), local, m_config.rounds);
#endif
        }
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

} // namespace Bench
