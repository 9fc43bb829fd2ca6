// SPDX-License-Identifier: BSD-3-Clause
#include "serverprocess_p.h"
#include <libmanager/logging_p.h>
#include <libmanager/platform/platform_p.h>
#include <libmanager/tr_p.h>

#include <QtCore/qdatastream.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qendian.h>
#include <QtCore/qfileinfo.h>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace LibManager {

namespace {
constexpr quint32 ConfigMagic = 0x4c4d5350; // "LMSP"
constexpr quint32 ConfigVersion = 9; // 4: parentPid; 5: livenessTimeoutMs; 6: maxClients; 7: limits;
                                     // 8: observerKey; 9: tls
constexpr int ReportFd = 3;
constexpr quint32 MaxConfigSize = 1024 * 1024;
} // namespace

ServerProcess::ServerProcess() : m_process(new QProcess) { }

ServerProcess::~ServerProcess()
{
    if (!m_process)
        return; // detached
    stop(1000);
    delete m_process;
}

void ServerProcess::detach()
{
    if (!m_process)
        return;
    QProcess *process = std::exchange(m_process, nullptr);
    process->closeWriteChannel();
    if (process->state() == QProcess::NotRunning) {
        delete process;
        return;
    }
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
}

QString ServerProcess::helperProgram()
{
    const QString overridden = qEnvironmentVariable("LIBMANAGER_SERVER_PROGRAM");
    if (!overridden.isEmpty())
        return overridden;
    const QString libraryDir = Platform::libraryDirectory();
    const QStringList candidates = {
        libraryDir + QStringLiteral("/libmanager-server"),            // build tree
        libraryDir + QStringLiteral("/../libexec/libmanager-server"), // installed, relocatable
        QStringLiteral(LIBMANAGER_INSTALL_LIBEXECDIR "/libmanager-server"),
    };
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

bool ServerProcess::start(const QString &program, const Config &config, bool reExecuted,
                          int timeoutMs, QString *address, QString *why)
{
    QElapsedTimer timer;
    timer.start();
    int reportPipe[2];
    if (::pipe2(reportPipe, O_CLOEXEC) != 0) {
        *why = Tr::tr("cannot make a pipe: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QLatin1String(ServerClassVariable));
    if (reExecuted)
        environment.insert(QLatin1String(ServerClassVariable), config.managerClass);
    // The server process runs nothing but our sockets: Qt's own Unix event dispatcher costs
    // less per wake-up than the GLib one.
    environment.insert(QStringLiteral("QT_NO_GLIB"), QStringLiteral("1"));
    m_process->setProcessEnvironment(environment);
    m_process->setProgram(program);
    m_process->setArguments(reExecuted ? QStringList() : QStringList { QStringLiteral("--spawned") });
    m_process->setProcessChannelMode(QProcess::ForwardedChannels);
    const int writeEnd = reportPipe[1];
    m_process->setChildProcessModifier([writeEnd] {
        // Runs in the child between fork and exec: async-signal-safe calls only.
        // A process group of its own: the terminal's Ctrl+C, Ctrl+\ and Ctrl+Z go to the
        // application's group, not to its servers, which end when the application does.
        ::setpgid(0, 0);
        if (writeEnd == ReportFd)
            ::fcntl(ReportFd, F_SETFD, 0);
        else
            ::dup2(writeEnd, ReportFd);
    });
    m_process->start();
    const bool started = m_process->waitForStarted(timeoutMs);
    ::close(reportPipe[1]);
    if (!started) {
        ::close(reportPipe[0]);
        *why = Tr::tr("cannot run %1: %2").arg(program, m_process->errorString());
        return false;
    }

    QByteArray blob;
    {
        QDataStream out(&blob, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_0);
        out << ConfigMagic << ConfigVersion << config.address << config.authKey
            << config.defaultAuthKey << config.managerClass << qint64(config.maxFrameSize)
            << config.lifetime << config.idleTimeoutMs << config.language << config.parentPid
            << config.livenessTimeoutMs << config.limits << config.observerKey << config.tls;
    }
    char length[4];
    qToBigEndian<quint32>(quint32(blob.size()), length);
    m_process->write(length, 4);
    m_process->write(blob);
    m_process->waitForBytesWritten(timeoutMs);

    // Wait for the child's one line on the report pipe.
    QByteArray line;
    while (!line.contains('\n')) {
        const int remaining = int(qMax<qint64>(0, timeoutMs - timer.elapsed()));
        pollfd pfd { reportPipe[0], POLLIN, 0 };
        const int rc = ::poll(&pfd, 1, remaining);
        if (rc < 0 && errno == EINTR)
            continue;
        if (rc == 0) {
            ::close(reportPipe[0]);
            stop(1000);
            *why = Tr::tr("%1 did not start serving within %2 ms").arg(program).arg(timeoutMs);
            return false;
        }
        char buffer[512];
        const qsizetype got = Platform::readPipe(reportPipe[0], buffer, sizeof buffer);
        if (got <= 0)
            break;
        line.append(buffer, got);
    }
    ::close(reportPipe[0]);
    line = line.left(line.indexOf('\n'));
    if (line.startsWith("OK ")) {
        *address = QString::fromUtf8(line.mid(3));
        return true;
    }
    if (line.startsWith("ERROR ")) {
        *why = QString::fromUtf8(line.mid(6));
    } else {
        m_process->waitForFinished(2000);
        *why = Tr::tr("%1 exited (code %2) before it served")
                   .arg(program)
                   .arg(m_process->exitCode());
    }
    stop(2000);
    return false;
}

void ServerProcess::stop(int timeoutMs)
{
    if (!m_process)
        return;
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_process->closeWriteChannel();
    if (m_process->waitForFinished(timeoutMs))
        return;
    qCWarning(lcManager) << "server process" << m_process->processId() << "did not stop; terminating it";
    m_process->terminate();
    if (!m_process->waitForFinished(TerminateGraceMs)) {
        qCWarning(lcManager) << "server process" << m_process->processId() << "ignored SIGTERM; killing it";
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

qint64 ServerProcess::processId() const
{
    if (!m_process)
        return 0;
    return m_process->state() == QProcess::NotRunning ? 0 : m_process->processId();
}

bool ServerProcess::isRunning() const
{
    if (!m_process)
        return false;
    return m_process->state() != QProcess::NotRunning;
}

bool ServerProcess::readConfig(Config *config, QString *why)
{
    char length[4];
    if (!Platform::readPipeFully(0, length, 4)) {
        *why = Tr::tr("no configuration on standard input (this program is started by "
                      "BaseManager::start())");
        return false;
    }
    const quint32 size = qFromBigEndian<quint32>(length);
    if (size > MaxConfigSize) {
        *why = Tr::tr("configuration too large");
        return false;
    }
    QByteArray blob(qsizetype(size), Qt::Uninitialized);
    if (!Platform::readPipeFully(0, blob.data(), blob.size())) {
        *why = Tr::tr("truncated configuration");
        return false;
    }
    QDataStream in(blob);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    quint32 version = 0;
    qint64 maxFrame = 0;
    in >> magic >> version >> config->address >> config->authKey >> config->defaultAuthKey
        >> config->managerClass >> maxFrame >> config->lifetime >> config->idleTimeoutMs
        >> config->language >> config->parentPid
        >> config->livenessTimeoutMs >> config->limits >> config->observerKey >> config->tls;
    if (in.status() != QDataStream::Ok || magic != ConfigMagic || version != ConfigVersion) {
        *why = Tr::tr("unreadable configuration (started by another libmanager version?)");
        return false;
    }
    config->maxFrameSize = qsizetype(maxFrame);
    return true;
}

void ServerProcess::report(const QByteArray &line)
{
    const QByteArray text = line + '\n';
    if (Platform::writePipeFully(ReportFd, text.constData(), text.size()))
        ::close(ReportFd);
}

} // namespace LibManager
