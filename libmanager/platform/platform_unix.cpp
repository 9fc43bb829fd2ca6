// SPDX-License-Identifier: BSD-3-Clause
#include "platform_p.h"
#include <libmanager/tr_p.h>

#include <QtCore/qdir.h>
#include <QtCore/qelapsedtimer.h>
#include <QtCore/qfile.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qtemporarydir.h>
#include <QtNetwork/qhostaddress.h>
#include <QtNetwork/qhostinfo.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

namespace LibManager::Platform {

void setNoDelay(Socket fd)
{
    int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

void setNonBlocking(Socket fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

namespace {

void setFlags(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
}

// Finishes a non-blocking connect() within the timeout.
Socket finishConnect(int fd, int rc, int timeoutMs, Error *code, QString *why)
{
    if (rc != 0 && errno == EINPROGRESS) {
        // A signal cuts the wait short: wait again for what is left (it is not a connection).
        const qint64 deadline = timeoutMs < 0 ? -1 : steadyClockMs() + timeoutMs;
        int ready = wait(fd, Writable, timeoutMs);
        while (ready == Interrupted) {
            const int left = deadline < 0 ? -1 : int(qMax<qint64>(0, deadline - steadyClockMs()));
            ready = left == 0 ? 0 : wait(fd, Writable, left);
        }
        if (ready == 0) {
            ::close(fd);
            *code = Error::Timeout;
            *why = Tr::tr("no connection within %1 ms").arg(timeoutMs);
            return InvalidSocket;
        }
        int err = 0;
        socklen_t len = sizeof err;
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
        rc = err == 0 ? 0 : -1;
        errno = err;
    }
    if (rc != 0) {
        const int err = errno;
        ::close(fd);
        *code = Error::ConnectionRefused;
        *why = QString::fromLocal8Bit(std::strerror(err));
        return InvalidSocket;
    }
    // Blocking from now on, so that a client can sleep in recv() itself (receiveWaiting());
    // every other read and write passes MSG_DONTWAIT.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    return fd;
}

// \a host and \a port as the socket address of its family (IPv4, else IPv6 with its scope);
// false if an IPv4 address does not convert.
bool socketAddress(const QHostAddress &host, quint16 port, sockaddr_storage *storage,
                   socklen_t *length)
{
    *storage = sockaddr_storage {};
    if (host.protocol() == QAbstractSocket::IPv4Protocol) {
        bool ok = false;
        auto *in = reinterpret_cast<sockaddr_in *>(storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(host.toIPv4Address(&ok));
        *length = sizeof(sockaddr_in);
        return ok;
    }
    auto *in6 = reinterpret_cast<sockaddr_in6 *>(storage);
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(port);
    const Q_IPV6ADDR raw = host.toIPv6Address();
    std::memcpy(&in6->sin6_addr, &raw, sizeof raw);
    in6->sin6_scope_id = host.scopeId().toUInt();
    *length = sizeof(sockaddr_in6);
    return true;
}

} // namespace

Socket connectLocal(const QString &path, int timeoutMs, Error *code, QString *why)
{
    const QByteArray encoded = QFile::encodeName(path);
    sockaddr_un addr {};
    if (encoded.size() >= qsizetype(sizeof addr.sun_path)) {
        *code = Error::InvalidAddress;
        *why = Tr::tr("socket path too long: %1").arg(path);
        return InvalidSocket;
    }
    addr.sun_family = AF_UNIX;
    std::memcpy(addr.sun_path, encoded.constData(), size_t(encoded.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        *code = Error::ConnectionRefused;
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return InvalidSocket;
    }
    const int rc = ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    return finishConnect(fd, rc, timeoutMs, code, why);
}

namespace {

Socket connectTcpTo(const QHostAddress &address, quint16 port, int timeoutMs, Error *code, QString *why)
{
    sockaddr_storage storage;
    socklen_t length = 0;
    if (!socketAddress(address, port, &storage, &length)) {
        *code = Error::InvalidAddress;
        *why = Tr::tr("unusable address %1").arg(address.toString());
        return InvalidSocket;
    }
    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        *code = Error::ConnectionRefused;
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return InvalidSocket;
    }
    setNoDelay(fd);
    const int rc = ::connect(fd, reinterpret_cast<sockaddr *>(&storage), length);
    return finishConnect(fd, rc, timeoutMs, code, why);
}

} // namespace

Socket connectTcp(const QString &host, quint16 port, int timeoutMs, Error *code, QString *why)
{
    QList<QHostAddress> candidates;
    if (const QHostAddress literal(host); !literal.isNull()) {
        candidates.append(literal);
    } else {
        const QHostInfo info = QHostInfo::fromName(host);
        if (info.addresses().isEmpty()) {
            *code = Error::InvalidAddress;
            *why = Tr::tr("cannot resolve host %1: %2").arg(host, info.errorString());
            return InvalidSocket;
        }
        candidates = info.addresses();
    }
    // A name may resolve to several addresses (localhost: ::1 and 127.0.0.1) of which the
    // server listens on some: try each in turn, within the one timeout.
    const qint64 deadline = timeoutMs < 0 ? -1 : steadyClockMs() + timeoutMs;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const int remaining = deadline < 0 ? -1 : int(qMax<qint64>(0, deadline - steadyClockMs()));
        const Socket socket = connectTcpTo(candidates.at(i), port, remaining, code, why);
        if (socket != InvalidSocket || *code != Error::ConnectionRefused || remaining == 0)
            return socket;
    }
    return InvalidSocket;
}

void setLiveness(Socket socket, int timeoutMs)
{
    if (timeoutMs <= 0)
        return;
    const int on = 1;
    // Probes start after a third of the time, every sixth, and the kernel gives up when the
    // peer has acknowledged nothing for the whole time (TCP_USER_TIMEOUT governs keepalive too).
    const int idle = qMax(1, timeoutMs / 3000);
    const int interval = qMax(1, timeoutMs / 6000);
    const int count = 3;
    const unsigned int userTimeout = unsigned(timeoutMs);
    ::setsockopt(socket, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
    ::setsockopt(socket, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    ::setsockopt(socket, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    ::setsockopt(socket, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
    ::setsockopt(socket, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeout, sizeof userTimeout);
}

namespace {

// As deep as the kernel allows (net.core.somaxconn caps it): clients that arrive in a burst wait
// there instead of being refused by the kernel.
constexpr int ListenBacklog = SOMAXCONN;

bool fillLocalAddress(const QString &path, sockaddr_un *addr, QString *why)
{
    const QByteArray encoded = QFile::encodeName(path);
    if (encoded.size() >= qsizetype(sizeof addr->sun_path)) {
        *why = Tr::tr("socket path too long: %1").arg(path);
        return false;
    }
    *addr = sockaddr_un {};
    addr->sun_family = AF_UNIX;
    std::memcpy(addr->sun_path, encoded.constData(), size_t(encoded.size()));
    return true;
}

} // namespace

Socket listenLocal(const QString &path, QString *why)
{
    sockaddr_un target {};
    if (!fillLocalAddress(path, &target, why))
        return InvalidSocket;
    // Bound in a private directory first and renamed into place: nobody can connect while the
    // socket is still open to everyone (the mode of a socket file follows the umask).
    QTemporaryDir staging(QFileInfo(path).absolutePath() + QLatin1Char('/'));
    if (!staging.isValid()) {
        *why = Tr::tr("cannot create a directory beside %1: %2").arg(path, staging.errorString());
        return InvalidSocket;
    }
    const QString stagingPath = staging.path() + QStringLiteral("/s");
    sockaddr_un addr {};
    if (!fillLocalAddress(stagingPath, &addr, why))
        return InvalidSocket;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        *why = errorString(errno);
        return InvalidSocket;
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
        || ::chmod(addr.sun_path, S_IRWXU) != 0 || ::listen(fd, ListenBacklog) != 0
        || ::rename(addr.sun_path, target.sun_path) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(addr.sun_path);
        *why = Tr::tr("cannot listen at %1: %2").arg(path, errorString(err));
        return InvalidSocket;
    }
    return fd;
}

Socket listenTcp(const QHostAddress &host, quint16 port, quint16 *boundPort, QString *why)
{
    // "Any" is every interface of both families: the IPv6 one, without IPV6_V6ONLY.
    const bool dualStack = host == QHostAddress(QHostAddress::Any);
    sockaddr_storage storage;
    socklen_t length = 0;
    socketAddress(dualStack ? QHostAddress(QHostAddress::AnyIPv6) : host, port, &storage, &length);
    int family = storage.ss_family;
    int fd = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0 && dualStack) {
        // No IPv6 on this system: "any" is every IPv4 interface.
        socketAddress(QHostAddress(QHostAddress::AnyIPv4), port, &storage, &length);
        family = storage.ss_family;
        fd = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    }
    if (fd < 0) {
        *why = errorString(errno);
        return InvalidSocket;
    }
    int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (family == AF_INET6) {
        int only = dualStack ? 0 : 1;
        ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &only, sizeof only);
    }
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0
        || ::listen(fd, ListenBacklog) != 0) {
        const int err = errno;
        ::close(fd);
        *why = Tr::tr("cannot listen on %1 port %2: %3")
                   .arg(host.toString())
                   .arg(port)
                   .arg(errorString(err));
        return InvalidSocket;
    }
    sockaddr_storage bound {};
    socklen_t boundLength = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &boundLength);
    *boundPort = ntohs(bound.ss_family == AF_INET6
                           ? reinterpret_cast<const sockaddr_in6 *>(&bound)->sin6_port
                           : reinterpret_cast<const sockaddr_in *>(&bound)->sin_port);
    return fd;
}

Socket accept(Socket listener, AcceptStatus *status, int *errorNumber)
{
    while (true) {
        const int fd = ::accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd >= 0) {
            *status = AcceptStatus::Accepted;
            *errorNumber = 0;
            return fd;
        }
        const int err = errno;
        if (err == EINTR)
            continue;
        *errorNumber = err;
        if (err == EAGAIN || err == EWOULDBLOCK)
            *status = AcceptStatus::Empty;
        else if (err == EMFILE || err == ENFILE || err == ENOMEM || err == ENOBUFS)
            *status = AcceptStatus::OutOfResources;
        else
            *status = AcceptStatus::Failed;
        return InvalidSocket;
    }
}

QString errorString(int errorNumber)
{
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

int openSpareDescriptor()
{
    return ::open("/dev/null", O_RDONLY | O_CLOEXEC);
}

qint64 descriptorLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return -1;
    return qint64(limit.rlim_cur);
}

namespace {

// A small text file of /proc or /sys, or an empty array.
QByteArray readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(4096);
}

// What a soft limit leaves beyond \a used, or -1 if the limit is unlimited.
qint64 roomUnder(int resource, qint64 used)
{
    rlimit limit {};
    if (::getrlimit(resource, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return -1;
    return qMax<qint64>(0, qint64(limit.rlim_cur) - used);
}

} // namespace

MemoryRoom memoryRoom()
{
    MemoryRoom room;
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long pageSize = ::sysconf(_SC_PAGESIZE);
    if (pages > 0 && pageSize > 0)
        room.physical = qint64(pages) * pageSize;
    // statm: size resident shared text lib data dt, in pages; "data" is data plus stack.
    const QList<QByteArray> statm = readSmallFile(QStringLiteral("/proc/self/statm")).split(' ');
    const qint64 mapped = statm.size() > 5 ? statm.at(0).toLongLong() * pageSize : 0;
    const qint64 data = statm.size() > 5 ? statm.at(5).toLongLong() * pageSize : 0;
    room.addressSpace = roomUnder(RLIMIT_AS, mapped);
    room.data = roomUnder(RLIMIT_DATA, data);
    // cgroup v2: "0::/user.slice/...", the same path below /sys/fs/cgroup.
    const QByteArray cgroups = readSmallFile(QStringLiteral("/proc/self/cgroup"));
    for (const QByteArray &line : cgroups.split('\n')) {
        if (!line.startsWith("0::/"))
            continue;
        const QString directory = QStringLiteral("/sys/fs/cgroup") + QString::fromUtf8(line.mid(3));
        bool limited = false; // "max" when there is no limit
        const qint64 max = readSmallFile(directory + QStringLiteral("/memory.max"))
                                   .trimmed()
                                   .toLongLong(&limited);
        bool known = false;
        const qint64 current = readSmallFile(directory + QStringLiteral("/memory.current"))
                                       .trimmed()
                                       .toLongLong(&known);
        if (limited)
            room.cgroup = qMax<qint64>(0, max - (known ? current : 0));
    }
    return room;
}

void prepareAccepted(Socket socket)
{
    setFlags(socket);
}

void closeSocket(Socket socket)
{
    if (socket >= 0)
        ::close(socket);
}

namespace {
// The credentials the kernel recorded for the peer of a local socket when it connected.
bool peerCredentials(Socket socket, qint64 *pid, qint64 *uid)
{
#ifdef SO_PEERCRED
    ucred credentials {};
    socklen_t length = sizeof credentials;
    if (::getsockopt(socket, SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0) {
        *pid = credentials.pid;
        *uid = credentials.uid;
        return true;
    }
#else
    Q_UNUSED(socket);
    Q_UNUSED(pid);
    Q_UNUSED(uid);
#endif
    return false;
}
} // namespace

QString tcpPeerDescription(Socket socket)
{
    {
        sockaddr_storage address {};
        socklen_t length = sizeof address;
        if (::getpeername(socket, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return QStringLiteral("unknown TCP peer");
        const QHostAddress host(reinterpret_cast<const sockaddr *>(&address));
        const quint16 port = ntohs(address.ss_family == AF_INET6
                                       ? reinterpret_cast<const sockaddr_in6 *>(&address)->sin6_port
                                       : reinterpret_cast<const sockaddr_in *>(&address)->sin_port);
        if (host.protocol() == QAbstractSocket::IPv6Protocol)
            return QStringLiteral("[%1]:%2").arg(host.toString()).arg(port);
        return QStringLiteral("%1:%2").arg(host.toString()).arg(port);
    }
}

QString localPeerDescription(Socket socket)
{
    qint64 pid = 0;
    qint64 uid = 0;
    if (peerCredentials(socket, &pid, &uid))
        return QStringLiteral("local socket, pid %1, uid %2").arg(pid).arg(uid);
    return QStringLiteral("local socket");
}

qint64 peerProcessId(Socket socket)
{
    qint64 pid = 0;
    qint64 uid = 0;
    return peerCredentials(socket, &pid, &uid) ? pid : 0;
}

qsizetype receive(Socket socket, char *buffer, qsizetype size)
{
    while (true) {
        const ssize_t got = ::recv(socket, buffer, size_t(size), MSG_DONTWAIT);
        if (got >= 0)
            return qsizetype(got);
        if (errno == EINTR)
            continue;
        return (errno == EAGAIN || errno == EWOULDBLOCK) ? WouldBlock : Failed;
    }
}

qsizetype receiveWaiting(Socket socket, char *buffer, qsizetype size)
{
    const ssize_t got = ::recv(socket, buffer, size_t(size), 0);
    if (got >= 0)
        return qsizetype(got);
    // The timeout, or a signal: the caller works out what is left of its time.
    return (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) ? WouldBlock : Failed;
}

bool setReceiveTimeout(Socket socket, int timeoutMs)
{
    timeval limit {};
    if (timeoutMs > 0) {
        limit.tv_sec = timeoutMs / 1000;
        limit.tv_usec = (timeoutMs % 1000) * 1000;
    }
    return ::setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit) == 0;
}

qsizetype send(Socket socket, const char *data, qsizetype size)
{
    while (true) {
        const ssize_t sent = ::send(socket, data, size_t(size), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent >= 0)
            return qsizetype(sent);
        if (errno == EINTR)
            continue;
        return (errno == EAGAIN || errno == EWOULDBLOCK) ? WouldBlock : Failed;
    }
}

int wait(Socket socket, int events, int timeoutMs)
{
    pollfd pfd {};
    pfd.fd = socket;
    pfd.events = short(((events & Readable) ? POLLIN : 0) | ((events & Writable) ? POLLOUT : 0));
    const int rc = ::poll(&pfd, 1, timeoutMs);
    if (rc > 0) {
        int result = 0;
        if (pfd.revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL))
            result |= Readable;
        if (pfd.revents & POLLOUT)
            result |= Writable;
        return result;
    }
    if (rc == 0)
        return 0;
    // A signal: the caller works out what is left of its time and waits again.
    return errno == EINTR ? Interrupted : Readable; // an error: let the read report it
}

qsizetype readPipe(int fd, char *buffer, qsizetype size)
{
    while (true) {
        const ssize_t got = ::read(fd, buffer, size_t(size));
        if (got >= 0)
            return qsizetype(got);
        if (errno == EINTR)
            continue;
        return (errno == EAGAIN || errno == EWOULDBLOCK) ? WouldBlock : Failed;
    }
}

bool readPipeFully(int fd, char *buffer, qsizetype size)
{
    qsizetype done = 0;
    while (done < size) {
        const qsizetype got = readPipe(fd, buffer + done, size - done);
        if (got == WouldBlock) {
            pollfd pfd { fd, POLLIN, 0 };
            ::poll(&pfd, 1, -1);
            continue;
        }
        if (got <= 0)
            return false;
        done += got;
    }
    return true;
}

bool writePipeFully(int fd, const char *data, qsizetype size)
{
    qsizetype done = 0;
    while (done < size) {
        const ssize_t sent = ::write(fd, data + done, size_t(size - done));
        if (sent < 0 && errno == EINTR)
            continue;
        if (sent <= 0)
            return false;
        done += sent;
    }
    return true;
}

int watchParent(qint64 pid, bool *alreadyGone)
{
    *alreadyGone = !parentIs(pid);
    if (*alreadyGone)
        return -1;
#if defined(Q_OS_LINUX) && defined(SYS_pidfd_open)
    const int fd = int(::syscall(SYS_pidfd_open, pid_t(pid), 0));
    if (fd < 0)
        return -1; // ENOSYS (kernel before 5.3): the caller polls parentIs()
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    // The parent could have died and its pid been taken between the check and the open: while
    // it is still our parent, the descriptor is for the right process.
    *alreadyGone = !parentIs(pid);
    return fd;
#else
    return -1;
#endif
}

bool parentIs(qint64 pid)
{
    return qint64(::getppid()) == pid;
}

void ignoreInterrupts()
{
    ::signal(SIGINT, SIG_IGN);
    ::signal(SIGPIPE, SIG_IGN);
    // In a process group of its own, the server is in the background of its application's
    // terminal: with "stty tostop", its output would stop it.
    ::signal(SIGTTOU, SIG_IGN);
    // A server that outlives its starter (ServerLifetime::WhileClientsConnected) must not end
    // with the terminal the starter ran in.
    ::signal(SIGHUP, SIG_IGN);
}

QString privateSocketDirectory()
{
    // $XDG_RUNTIME_DIR is private to the user by definition; otherwise make our own 0700
    // directory under the temporary directory and check that nobody else owns it.
    QString base = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (base.isEmpty() || !QFileInfo(base).isDir())
        base = QDir::tempPath();
    const QString dir = base + QStringLiteral("/libmanager-") + QString::number(::getuid());
    const QByteArray encoded = QFile::encodeName(dir);
    if (::mkdir(encoded.constData(), 0700) != 0 && errno != EEXIST)
        return QDir::tempPath();
    struct stat info {};
    if (::lstat(encoded.constData(), &info) != 0 || !S_ISDIR(info.st_mode)
        || info.st_uid != ::getuid())
        return QDir::tempPath();
    if ((info.st_mode & 0077) != 0)
        ::chmod(encoded.constData(), 0700);
    return dir;
}

QString currentExecutablePath()
{
    return QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
}

QString libraryDirectory()
{
    Dl_info info {};
    if (::dladdr(reinterpret_cast<void *>(&libraryDirectory), &info) == 0 || !info.dli_fname)
        return {};
    return QFileInfo(QFile::decodeName(info.dli_fname)).canonicalPath();
}

qint64 coarseWallClockMs() noexcept
{
    timespec now {};
#ifdef CLOCK_REALTIME_COARSE
    if (::clock_gettime(CLOCK_REALTIME_COARSE, &now) == 0)
        return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
#endif
    ::clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

} // namespace LibManager::Platform
