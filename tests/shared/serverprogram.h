// SPDX-License-Identifier: BSD-3-Clause
// libmanager-server run by hand from a test: the suite defines LIBMANAGER_SERVER_PATH.
#ifndef LIBMANAGER_TESTS_SERVERPROGRAM_H
#define LIBMANAGER_TESTS_SERVERPROGRAM_H

#include <QtCore/qdeadlinetimer.h>
#include <QtCore/qprocess.h>
#include <QtCore/qstringlist.h>

#include <sys/prctl.h>
#include <csignal>

namespace TestSupport {

// libmanager-server, killed when the test is done with it or dies.
class ServerProgram
{
public:
    explicit ServerProgram(const QStringList &arguments,
                           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        m_process.setProgram(QStringLiteral(LIBMANAGER_SERVER_PATH));
        m_process.setArguments(arguments);
        m_process.setProcessEnvironment(environment);
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process.start();
    }
    ~ServerProgram()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    Q_DISABLE_COPY(ServerProgram)

    /*! The address it serves at, once it says so; empty if it ended or took too long. */
    QString waitForAddress(int timeoutMs = 20000)
    {
        const QString prefix = QStringLiteral("libmanager-server: serving at ");
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                m_output.append(line);
                if (line.startsWith(prefix))
                    return line.mid(prefix.size());
            }
            if (m_process.state() == QProcess::NotRunning)
                return {};
            m_process.waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(100))));
        }
        return {};
    }
    /*! Everything it wrote to standard error so far (log lines, error messages). */
    QString errors()
    {
        m_errors += QString::fromUtf8(m_process.readAllStandardError());
        return m_errors;
    }
    QStringList output() const { return m_output; }
    qint64 pid() const { return m_process.processId(); }
    /*! True once standard error holds \a text (a log line), waiting up to \a timeoutMs. */
    bool waitForError(const QString &text, int timeoutMs = 20000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!errors().contains(text)) {
            if (m_process.state() == QProcess::NotRunning)
                return errors().contains(text);
            // At least once: what the server wrote is read only while waiting.
            m_process.waitForReadyRead(int(qBound(qint64(1), deadline.remainingTime(), qint64(100))));
            if (deadline.hasExpired())
                return errors().contains(text);
        }
        return true;
    }
    /*! Waits for it to end by itself; its exit code, or -1. */
    int exitCode(int timeoutMs = 20000)
    {
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs))
            return -1;
        m_output += QString::fromUtf8(m_process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    /*! Stops it as a user would (SIGTERM); true if it ended cleanly. */
    bool stop()
    {
        m_process.terminate();
        return exitCode() == 0;
    }
    QString log() { return m_output.join(QLatin1Char('\n')) + QLatin1Char('\n') + errors(); }

private:
    QProcess m_process;
    QStringList m_output;
    QString m_errors;
};

} // namespace TestSupport

#endif // LIBMANAGER_TESTS_SERVERPROGRAM_H
