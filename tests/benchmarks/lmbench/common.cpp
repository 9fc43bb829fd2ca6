// SPDX-License-Identifier: BSD-3-Clause
#include "common.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qfile.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <signal.h>
#include <sys/prctl.h>
#include <thread>
#include <time.h>
#include <unistd.h>

namespace Bench {

qint64 monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double Series::median() const
{
    if (values.isEmpty())
        return 0;
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

double Series::min() const
{
    return values.isEmpty() ? 0 : *std::min_element(values.cbegin(), values.cend());
}

double Series::max() const
{
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

namespace {

QByteArray statusField(qint64 pid, const QByteArray &field)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

std::mutex g_linesMutex;
std::condition_variable g_linesChanged;
QList<QByteArray> g_lines;

} // namespace

qint64 residentBytes(qint64 pid)
{
    const QByteArray value = statusField(pid, "VmRSS"); // "1234 kB"
    bool ok = false;
    const qint64 kib = value.split(' ').value(0).toLongLong(&ok);
    return ok ? kib * 1024 : -1;
}

QString allowedCpus(qint64 pid)
{
    const QByteArray value = statusField(pid, "Cpus_allowed_list");
    return value.isEmpty() ? QStringLiteral("?") : QString::fromLatin1(value);
}

void installWatchdogs(const char *who)
{
    bool ok = false;
    int ms = qEnvironmentVariableIntValue("LMBENCH_WATCHDOG_MS", &ok);
    if (!ok || ms <= 0)
        ms = 600000;
    std::thread([ms, who] {
        std::this_thread::sleep_for(std::chrono::milliseconds(ms));
        std::fprintf(stderr, "lmbench %s: watchdog expired\n", who);
        std::_Exit(99);
    }).detach();
    std::thread([] {
        QByteArray pending;
        char buffer[256];
        for (;;) {
            const ssize_t n = ::read(0, buffer, sizeof buffer);
            if (n <= 0)
                std::_Exit(98); // lmbench is gone (or closed our input): so are we
            pending.append(buffer, n);
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                {
                    std::lock_guard lock(g_linesMutex);
                    g_lines.append(pending.left(newline).trimmed());
                }
                pending.remove(0, newline + 1);
                g_linesChanged.notify_all();
            }
        }
    }).detach();
}

void waitForLine(const QByteArray &line)
{
    std::unique_lock lock(g_linesMutex);
    g_linesChanged.wait(lock, [&line] { return g_lines.contains(line); });
    g_lines.removeOne(line);
}

bool takeLine(const QByteArray &line)
{
    std::lock_guard lock(g_linesMutex);
    return g_lines.removeOne(line);
}

Child::Child() : m_process(std::make_unique<QProcess>()) { }

Child::~Child()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel(); // the child exits on end of input...
        if (!m_process->waitForFinished(3000)) {
            m_process->kill(); // ...or is killed
            m_process->waitForFinished(3000);
        }
    }
}

bool Child::start(const QStringList &args, const QString &program)
{
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Belt and braces for programs without our watchdogs (python3, redis-server): the child
    // is killed when lmbench dies, SIGKILL included.
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(97);
    });
    m_process->start(program.isEmpty() ? QCoreApplication::applicationFilePath() : program, args);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program.isEmpty() ? QStringLiteral("lmbench") : program,
                                                           m_process->errorString());
        return false;
    }
    return true;
}

bool Child::readLine(QString *line, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!m_process->canReadLine()) {
        if (m_process->state() == QProcess::NotRunning) {
            m_error = QStringLiteral("the process ended (exit code %1)").arg(m_process->exitCode());
            return false;
        }
        if (deadline.hasExpired() || !m_process->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())))) {
            if (m_process->canReadLine())
                break;
            if (deadline.hasExpired()) {
                m_error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
                return false;
            }
        }
    }
    *line = QString::fromUtf8(m_process->readLine()).trimmed();
    return true;
}

bool Child::expect(const QString &prefix, QString *line, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QString got;
    for (;;) {
        if (!readLine(&got, int(std::max<qint64>(1, deadline.remainingTime())))) {
            m_error = QStringLiteral("waiting for \"%1\": %2").arg(prefix, m_error);
            return false;
        }
        if (got.startsWith(prefix)) {
            if (line)
                *line = got;
            return true;
        }
        if (got.startsWith(QLatin1String("ERROR"))) {
            m_error = got;
            return false;
        }
    }
}

QByteArray Child::readAllUntilExit(int timeoutMs, bool *finished)
{
    QByteArray out;
    QDeadlineTimer deadline(timeoutMs);
    while (m_process->state() != QProcess::NotRunning && !deadline.hasExpired()) {
        m_process->waitForReadyRead(int(std::min<qint64>(200, std::max<qint64>(1, deadline.remainingTime()))));
        out += m_process->readAllStandardOutput();
    }
    m_process->waitForFinished(0);
    out += m_process->readAllStandardOutput();
    *finished = m_process->state() == QProcess::NotRunning;
    return out;
}

void Child::write(const QByteArray &data)
{
    m_process->write(data);
    m_process->waitForBytesWritten(1000);
}

bool Child::waitForExit(int timeoutMs)
{
    return m_process->state() == QProcess::NotRunning || m_process->waitForFinished(timeoutMs);
}

void Child::kill()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

qint64 Child::pid() const
{
    return m_process->processId();
}

int Child::exitCode() const
{
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

} // namespace Bench
