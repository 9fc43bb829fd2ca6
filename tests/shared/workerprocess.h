// SPDX-License-Identifier: BSD-3-Clause
// A worker process of a multi-process suite (syncworker, containerworker): started with a
// watchdog, killed when destroyed, read line by line. Its standard input stays open, so it
// also ends if the test dies.
#ifndef LIBMANAGER_TESTS_WORKERPROCESS_H
#define LIBMANAGER_TESTS_WORKERPROCESS_H

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qprocess.h>
#include <QtCore/qstringlist.h>

#include <csignal>
#include <sys/types.h>

namespace TestSupport {

class WorkerProcess
{
public:
    static constexpr int DefaultTimeoutMs = 60000; // generous: only a failing test waits it out

    WorkerProcess(const QString &program, const QStringList &arguments, int watchdogMs = 120000)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LMHELPER_WATCHDOG_MS"), QString::number(watchdogMs));
        m_process.setProcessEnvironment(environment);
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
    }
    ~WorkerProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Q_DISABLE_COPY(WorkerProcess)

    qint64 pid() const { return m_process.processId(); }

    /*! The rest of the first line starting with \a prefix, waiting at most \a timeoutMs;
        a null string if it never came. */
    QString waitForLine(const QString &prefix, int timeoutMs = DefaultTimeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (true) {
            readAvailable();
            const QString found = lineAfter(prefix);
            if (!found.isNull())
                return found;
            if (deadline.hasExpired())
                return {};
            if (m_process.state() == QProcess::NotRunning) {
                readAvailable();
                if (m_process.bytesAvailable() > 0)
                    m_output.append(QString::fromUtf8(m_process.readAll()).trimmed());
                return lineAfter(prefix);
            }
            m_process.waitForReadyRead(
                int(qBound(qint64(1), deadline.remainingTime(), qint64(100))));
        }
    }
    bool waitFor(const QString &prefix, int timeoutMs = DefaultTimeoutMs)
    {
        return !waitForLine(prefix, timeoutMs).isNull();
    }
    /*! Without blocking: has it printed a line starting with \a prefix yet? For QTRY_*. */
    bool hasLine(const QString &prefix)
    {
        readAvailable();
        return !lineAfter(prefix).isNull();
    }
    /*! Without blocking: its lines that start with \a prefix, so far. */
    QStringList lines(const QString &prefix = {})
    {
        readAvailable();
        QStringList out;
        for (const QString &line : std::as_const(m_output)) {
            if (line.startsWith(prefix))
                out.append(line);
        }
        return out;
    }
    QString log() const
    {
        return QStringLiteral("worker %1 said: [%2]")
            .arg(m_process.arguments().mid(0, 1).join(QLatin1Char(' ')),
                 m_output.join(QLatin1String(" | ")));
    }

    /*! Sends \a line (a newline is added) to its standard input: what a "gate" waits for. */
    bool writeLine(const QByteArray &line)
    {
        if (m_process.write(line + '\n') != line.size() + 1)
            return false;
        return m_process.bytesToWrite() == 0 || m_process.waitForBytesWritten(5000);
    }

    bool finish(int timeoutMs = 20000)
    {
        return m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
    }
    bool exitedWith(int code = 0)
    {
        return finish() && m_process.exitStatus() == QProcess::NormalExit
            && m_process.exitCode() == code;
    }
    void killHard() { ::kill(pid_t(m_process.processId()), SIGKILL); }
    /*! Writes \a line and a line break to its standard input (for a worker that reads
        commands there). */
    bool send(const QString &line)
    {
        const QByteArray bytes = line.toUtf8() + '\n';
        if (m_process.write(bytes) != bytes.size())
            return false;
        while (m_process.bytesToWrite() > 0) {
            if (!m_process.waitForBytesWritten(5000))
                return false;
        }
        return true;
    }

private:
    void readAvailable()
    {
        while (m_process.canReadLine())
            m_output.append(QString::fromUtf8(m_process.readLine()).trimmed());
    }
    QString lineAfter(const QString &prefix) const
    {
        for (const QString &line : m_output) {
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).trimmed();
        }
        return {};
    }

    QProcess m_process;
    QStringList m_output;
};

} // namespace TestSupport

#endif // LIBMANAGER_TESTS_WORKERPROCESS_H
