// SPDX-License-Identifier: BSD-3-Clause
#include "serverprogram.h"

#include "transport.h"

#include <QtCore/qdeadlinetimer.h>

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace TestSupport {

QString serverProgramPath()
{
    return QStringLiteral(LIBMANAGER_SERVER_PATH);
}

ServerProgram::ServerProgram(const QStringList &arguments, const QProcessEnvironment &environment,
                             qint64 addressSpaceLimit)
{
    m_process.setProgram(serverProgramPath());
    QStringList withOptions = arguments;
    // The transport's options, unless the test gives its own (tst_tls: its certificates).
    if (const qsizetype at = arguments.indexOf(QLatin1String("--address"));
        at >= 0 && at + 1 < arguments.size() && !arguments.contains(QLatin1String("--tls-cert")))
        withOptions += serverOptions(arguments.at(at + 1));
    m_process.setArguments(withOptions);
    m_process.setProcessEnvironment(environment);
    m_process.setChildProcessModifier([addressSpaceLimit] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (addressSpaceLimit > 0) {
            const rlimit limit { rlim_t(addressSpaceLimit), rlim_t(addressSpaceLimit) };
            ::setrlimit(RLIMIT_AS, &limit);
        }
    });
    m_process.start();
}

ServerProgram::~ServerProgram()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ServerProgram::waitForAddress(int timeoutMs)
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

QString ServerProgram::errors()
{
    m_errors += QString::fromUtf8(m_process.readAllStandardError());
    return m_errors;
}

bool ServerProgram::waitForError(const QString &text, int timeoutMs)
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

int ServerProgram::exitCode(int timeoutMs)
{
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(timeoutMs))
        return -1;
    m_output += QString::fromUtf8(m_process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

bool ServerProgram::stop()
{
    m_process.terminate();
    return exitCode() == 0;
}

} // namespace TestSupport
