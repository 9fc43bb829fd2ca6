// SPDX-License-Identifier: BSD-3-Clause
// libmanager-server run by hand from a test (the path is the one this build made).
#ifndef LIBMANAGER_TESTS_SERVERPROGRAM_H
#define LIBMANAGER_TESTS_SERVERPROGRAM_H

#include <QtCore/qprocess.h>
#include <QtCore/qstringlist.h>

namespace TestSupport {

/*! The libmanager-server program of this build. */
QString serverProgramPath();

// libmanager-server, killed when the test is done with it or dies; optionally under an
// address-space limit (RLIMIT_AS, in bytes) set in the child before exec.
class ServerProgram
{
public:
    explicit ServerProgram(const QStringList &arguments,
                           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                           qint64 addressSpaceLimit = 0);
    ~ServerProgram();
    Q_DISABLE_COPY(ServerProgram)

    /*! The address it serves at, once it says so; empty if it ended or took too long. */
    QString waitForAddress(int timeoutMs = 20000);
    /*! Everything it wrote to standard error so far (log lines, error messages). */
    QString errors();
    QStringList output() const { return m_output; }
    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    /*! True once standard error holds \a text (a log line), waiting up to \a timeoutMs. */
    bool waitForError(const QString &text, int timeoutMs = 20000);
    /*! Waits for it to end by itself; its exit code, or -1. */
    int exitCode(int timeoutMs = 20000);
    /*! Stops it as a user would (SIGTERM); true if it ended cleanly. */
    bool stop();
    QString log() { return m_output.join(QLatin1Char('\n')) + QLatin1Char('\n') + errors(); }

private:
    QProcess m_process;
    QStringList m_output;
    QString m_errors;
};

} // namespace TestSupport

#endif // LIBMANAGER_TESTS_SERVERPROGRAM_H
