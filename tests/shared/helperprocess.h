// SPDX-License-Identifier: BSD-3-Clause
// Test utilities shared by the multi-process suites: a helper process that is always killed
// when the test is done with it, and a way to tell whether a process still exists.
#ifndef LIBMANAGER_TESTS_HELPERPROCESS_H
#define LIBMANAGER_TESTS_HELPERPROCESS_H

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qfile.h>
#include <QtCore/qprocess.h>
#include <QtCore/qstringlist.h>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace TestSupport {

/*! The state letter of \a pid in /proc (R, S, T for stopped, Z...), or 0 if there is none. */
inline char processState(qint64 pid)
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

/*! True while \a pid runs (a zombie waiting to be reaped counts as gone). */
inline bool processAlive(qint64 pid)
{
    const char state = processState(pid);
    return state != 0 && state != 'Z' && state != 'X';
}

/*!
    Runs the lmhelper program (its path comes from CMake) with a watchdog; kills it when
    destroyed. Its standard input stays open, so the helper also ends if this process dies.
*/
class HelperProcess
{
public:
    enum Channels { OutputOnly, OutputAndErrors };
    /*! OwnGroup: the helper leads a process group of its own, so that a test can signal the
        whole group, the way a terminal does, without signalling itself. */
    enum Group { TestsGroup, OwnGroup };
    explicit HelperProcess(const QStringList &arguments, int watchdogMs = 60000,
                           Channels channels = OutputOnly, Group group = TestsGroup)
    {
        if (group == OwnGroup)
            m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LMHELPER_WATCHDOG_MS"), QString::number(watchdogMs));
        m_process.setProcessEnvironment(environment);
        m_process.setProgram(QStringLiteral(LMHELPER_PATH));
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(channels == OutputAndErrors ? QProcess::MergedChannels
                                                                    : QProcess::ForwardedErrorChannel);
        m_process.start();
    }
    ~HelperProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QProcess &process() { return m_process; }
    qint64 pid() const { return m_process.processId(); }

    /*! The first output line starting with \a prefix (without it), or an empty string after
        \a timeoutMs. Lines before it are kept in output(). */
    QString waitForLine(const QString &prefix, int timeoutMs = 20000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (true) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                m_output.append(line);
                if (line.startsWith(prefix))
                    return line.mid(prefix.size()).trimmed();
            }
            if (deadline.hasExpired())
                return {};
            if (m_process.state() == QProcess::NotRunning) {
                // Read whatever it printed before it ended.
                if (m_process.bytesAvailable() > 0 && !m_process.canReadLine()) {
                    m_output.append(QString::fromUtf8(m_process.readAll()).trimmed());
                    continue;
                }
                if (!m_process.canReadLine())
                    return {};
                continue;
            }
            m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        }
    }
    /*! True once a line starting with \a prefix has been printed (now or before). */
    bool waitFor(const QString &prefix, int timeoutMs = 20000)
    {
        for (const QString &line : std::as_const(m_output)) {
            if (line.startsWith(prefix))
                return true;
        }
        const qsizetype before = m_output.size();
        waitForLine(prefix, timeoutMs);
        for (qsizetype i = before; i < m_output.size(); ++i) {
            if (m_output.at(i).startsWith(prefix))
                return true;
        }
        return false;
    }
    QStringList output() const { return m_output; }

    bool finish(int timeoutMs = 20000)
    {
        return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
    }
    void killHard() { ::kill(pid_t(m_process.processId()), SIGKILL); }

private:
    QProcess m_process;
    QStringList m_output;
};

} // namespace TestSupport

#endif // LIBMANAGER_TESTS_HELPERPROCESS_H
