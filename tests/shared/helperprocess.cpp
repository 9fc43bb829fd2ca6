// SPDX-License-Identifier: BSD-3-Clause
#include "helperprocess.h"

#include "watchdog.h"

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qfile.h>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace TestSupport {

QString helperProgram(Helper helper)
{
    switch (helper) {
    case Helper::LmHelper:
        return QStringLiteral(LMHELPER_PATH);
    case Helper::SyncWorker:
        return QStringLiteral(SYNCWORKER_PATH);
    case Helper::ContainerWorker:
        return QStringLiteral(CONTAINERWORKER_PATH);
    case Helper::ClientWorker:
        return QStringLiteral(CLIENTWORKER_PATH);
    }
    return {};
}

char processState(qint64 pid)
{
    if (pid <= 0)
        return 0;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // "pid (comm) S ...": the state follows the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && close + 2 < line.size() ? line.at(close + 2) : 0;
}

bool processAlive(qint64 pid)
{
    const char state = processState(pid);
    return state != 0 && state != 'Z' && state != 'X';
}

HelperProcess::HelperProcess(const QString &program, const QStringList &arguments, int watchdogMs,
                             Channels channels, Group group, const QProcessEnvironment &environment)
{
    if (group == OwnGroup)
        m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
    QProcessEnvironment withWatchdog = environment;
    withWatchdog.insert(QLatin1String(WatchdogVariable), QString::number(watchdogMs));
    m_process.setProcessEnvironment(withWatchdog);
    m_process.setProgram(program);
    m_process.setArguments(arguments);
    m_process.setProcessChannelMode(channels == OutputAndErrors ? QProcess::MergedChannels
                                                                : QProcess::ForwardedErrorChannel);
    m_process.start();
}

HelperProcess::~HelperProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void HelperProcess::readAvailable()
{
    while (m_process.canReadLine()) {
        m_output.append(QString::fromUtf8(m_process.readLine()).trimmed());
        m_taken.append(false);
    }
}

qsizetype HelperProcess::find(const QString &prefix, qsizetype from) const
{
    for (qsizetype i = from; i < m_output.size(); ++i) {
        if (!m_taken.at(i) && m_output.at(i).startsWith(prefix))
            return i;
    }
    return -1;
}

QString HelperProcess::waitForLine(const QString &prefix, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    qsizetype from = 0;
    while (true) {
        readAvailable();
        const qsizetype found = find(prefix, from);
        if (found >= 0) {
            m_taken[found] = true;
            return m_output.at(found).mid(prefix.size()).trimmed();
        }
        from = m_output.size();
        if (deadline.hasExpired())
            return {};
        if (m_process.state() == QProcess::NotRunning) {
            // Whatever it printed before it ended, the last line perhaps without a newline.
            readAvailable();
            if (m_process.bytesAvailable() > 0) {
                m_output.append(QString::fromUtf8(m_process.readAll()).trimmed());
                m_taken.append(false);
            }
            const qsizetype last = find(prefix, from);
            if (last < 0)
                return {};
            m_taken[last] = true;
            return m_output.at(last).mid(prefix.size()).trimmed();
        }
        m_process.waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(100))));
    }
}

bool HelperProcess::waitFor(const QString &prefix, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (true) {
        if (hasLine(prefix))
            return true;
        if (deadline.hasExpired())
            return false;
        if (m_process.state() == QProcess::NotRunning) {
            if (m_process.bytesAvailable() > 0) {
                m_output.append(QString::fromUtf8(m_process.readAll()).trimmed());
                m_taken.append(false);
            }
            return hasLine(prefix);
        }
        m_process.waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(100))));
    }
}

bool HelperProcess::hasLine(const QString &prefix)
{
    readAvailable();
    for (const QString &line : std::as_const(m_output)) {
        if (line.startsWith(prefix))
            return true;
    }
    return false;
}

QStringList HelperProcess::lines(const QString &prefix)
{
    readAvailable();
    QStringList out;
    for (const QString &line : std::as_const(m_output)) {
        if (line.startsWith(prefix))
            out.append(line);
    }
    return out;
}

QString HelperProcess::log() const
{
    return QStringLiteral("helper %1 said: [%2]")
        .arg(m_process.arguments().mid(0, 1).join(QLatin1Char(' ')),
             m_output.join(QLatin1String(" | ")));
}

bool HelperProcess::writeLine(const QByteArray &line)
{
    const QByteArray bytes = line + '\n';
    if (m_process.write(bytes) != bytes.size())
        return false;
    while (m_process.bytesToWrite() > 0) {
        if (!m_process.waitForBytesWritten(5000))
            return false;
    }
    return true;
}

bool HelperProcess::finish(int timeoutMs)
{
    return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
}

bool HelperProcess::exitedWith(int code)
{
    return finish() && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == code;
}

void HelperProcess::killHard()
{
    ::kill(pid_t(m_process.processId()), SIGKILL);
}

QString ClientWorker::ask(const QString &command, const QString &answer, int timeoutMs)
{
    const QString tag = post(command);
    if (tag.isEmpty())
        return {};
    return waitForLine(tag + QLatin1Char(' ') + answer, timeoutMs);
}

QString ClientWorker::post(const QString &command)
{
    const QString tag = QStringLiteral("t%1").arg(++m_tags);
    return send(tag + QLatin1Char(' ') + command) ? tag : QString();
}

QStringList applyInContainerWorker(const QString &address, const QByteArray &authKey,
                                   const QString &token, const QStringList &ops, int watchdogMs)
{
    HelperProcess worker(Helper::ContainerWorker,
                         QStringList { QStringLiteral("apply"), address,
                                       QString::fromLatin1(authKey.toHex()), token }
                                 + ops,
                         watchdogMs);
    const bool ended = worker.waitFor(QStringLiteral("END"));
    QStringList lines = worker.lines();
    lines.removeAll(QStringLiteral("END"));
    if (!ended || !worker.exitedWith(0))
        lines.append(QStringLiteral("FAILED: ") + worker.log());
    return lines;
}

} // namespace TestSupport
