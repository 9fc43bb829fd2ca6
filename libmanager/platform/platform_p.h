// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_PLATFORM_P_H
#define LIBMANAGER_PLATFORM_P_H

#include <libmanager/error.h>

#include <QtCore/qstring.h>

#include <chrono>
#include <limits>

QT_BEGIN_NAMESPACE
class QHostAddress;
QT_END_NAMESPACE

/*
    Everything that differs between operating systems, behind small named functions:
    platform_unix.cpp has the POSIX versions (Linux, macOS). A Windows port supplies its own
    file with the same functions (named pipes or sockets, a handle instead of a descriptor).
*/
namespace LibManager::Platform {

/*! Milliseconds of the monotonic clock, for deadlines. */
inline qint64 steadyClockMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

/*! The steady-clock time \a timeoutMs from now, or -1 (no deadline) for a negative one. */
inline qint64 deadlineAfter(int timeoutMs)
{
    return timeoutMs < 0 ? -1 : steadyClockMs() + timeoutMs;
}

/*! What is left of \a deadline (deadlineAfter()) in ms, for a wait: 0 once past, -1 for none. */
inline int remainingMs(qint64 deadline)
{
    if (deadline < 0)
        return -1;
    return int(qBound<qint64>(0, deadline - steadyClockMs(), qint64(std::numeric_limits<int>::max())));
}

/*! Wall-clock milliseconds since the epoch, to a few milliseconds (a tick of the kernel's
    clock): for the times introspection shows (since when a lock is held, a call waits),
    taken on paths where a precise clock would cost more than the rest of the work. */
qint64 coarseWallClockMs() noexcept;

/*! Microseconds of the monotonic clock, for turns of work. */
inline qint64 steadyClockUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(steady_clock::now().time_since_epoch()).count();
}

using Socket = int;
inline constexpr Socket InvalidSocket = -1;

/*! Connects, with a timeout, and returns a socket or InvalidSocket with \a code. The socket is
    left in blocking mode, for receiveWaiting(); receive() and send() never block on it. */
Socket connectLocal(const QString &path, int timeoutMs, Error *code, QString *why);
Socket connectTcp(const QString &host, quint16 port, int timeoutMs, Error *code, QString *why);
/*! A listening local socket at \a path that only this user may connect to (bound under a
    private name, made 0700, then renamed into place, as QLocalServer's UserAccessOption does);
    non-blocking and close-on-exec. InvalidSocket with \a why. */
Socket listenLocal(const QString &path, QString *why);
/*! A listening TCP socket; QHostAddress::Any listens on IPv6 and IPv4 alike. The port it got in
    \a boundPort (for port 0). Non-blocking and close-on-exec; InvalidSocket with \a why. */
Socket listenTcp(const QHostAddress &host, quint16 port, quint16 *boundPort, QString *why);

enum class AcceptStatus {
    Accepted,     //!< a connection (non-blocking, close-on-exec)
    Empty,        //!< nobody waits
    OutOfResources, //!< EMFILE, ENFILE, ENOMEM, ENOBUFS: the connection waits in the backlog
    Failed,       //!< that connection failed (ECONNABORTED, ...); others may wait
};
/*! Accepts one connection from \a listener; InvalidSocket unless \a status is Accepted, with the
    errno in \a errorNumber. */
Socket accept(Socket listener, AcceptStatus *status, int *errorNumber);
/*! The system's text for an errno value. */
QString errorString(int errorNumber);
/*! A descriptor held in reserve (/dev/null), to be closed when the process runs out of them so
    that one more connection can be accepted and told why it cannot be served. -1 if none. */
int openSpareDescriptor();
/*! The process's limit on open descriptors (RLIMIT_NOFILE, soft), or -1 if unlimited. */
qint64 descriptorLimit();

/*!
    Memory this process may still take, by each bound the system sets, in bytes; -1 where
    there is none: the physical memory, what the address-space (RLIMIT_AS) and data
    (RLIMIT_DATA) soft limits leave beyond what the process maps now, and what its cgroup's
    memory.max leaves beyond memory.current (cgroup v2).
*/
struct MemoryRoom
{
    qint64 physical = -1;
    qint64 addressSpace = -1;
    qint64 data = -1;
    qint64 cgroup = -1;
};
MemoryRoom memoryRoom();

/*! Prepares an accepted socket: non-blocking, close-on-exec. */
void prepareAccepted(Socket socket);
/*! TCP: no Nagle delay (a frame goes out at once). */
void setNoDelay(Socket socket);
/*! Makes a socket non-blocking (connect*() leave theirs blocking, for receiveWaiting()). */
void setNonBlocking(Socket socket);
/*!
    TCP: the kernel gives up on the connection once the peer's host has not answered for about
    \a timeoutMs (keepalive probes from a third of it on, and a limit for unacknowledged data),
    so a peer whose machine lost power or network ends like one that closed its socket; the
    next read or write fails with ETIMEDOUT. 0 leaves the system's defaults (hours).
*/
void setLiveness(Socket socket, int timeoutMs);
void closeSocket(Socket socket);
/*! Who is at the other end of an accepted TCP socket, for logs: "192.0.2.7:50412". */
QString tcpPeerDescription(Socket socket);
/*! Who is at the other end of an accepted local socket, for logs: "local socket, pid 1234,
    uid 1000" (the peer's credentials as the kernel saw them when it connected). */
QString localPeerDescription(Socket socket);
/*! The process id of the peer of an accepted local socket, as the kernel saw it when the peer
    connected (SO_PEERCRED); 0 over TCP or where the system does not tell. */
qint64 peerProcessId(Socket socket);

/*! Bytes read (> 0), 0 at end of stream, WouldBlock, or Failed. */
inline constexpr qsizetype WouldBlock = -1;
inline constexpr qsizetype Failed = -2;
qsizetype receive(Socket socket, char *buffer, qsizetype size);
/*! Like receive(), but sleeps in the kernel until data comes or the socket's receive timeout
    passes (WouldBlock, as for a signal). On a blocking socket this is one system call where a
    wait() and a receive() are two: over TCP loopback the second one costs about 0.6 µs. */
qsizetype receiveWaiting(Socket socket, char *buffer, qsizetype size);
/*! Sets how long receiveWaiting() may sleep: \a timeoutMs > 0, or -1 for no limit. */
bool setReceiveTimeout(Socket socket, int timeoutMs);
/*! Bytes written (>= 0), WouldBlock, or Failed (never raises SIGPIPE). */
qsizetype send(Socket socket, const char *data, qsizetype size);

enum Wait { Readable = 1, Writable = 2, Interrupted = -1 };
/*! Waits up to \a timeoutMs (-1: forever) for \a events; returns the ones that happened
    (closed and failed sockets count as readable), 0 on timeout, or Interrupted when a signal
    cut the wait short (the caller waits again for what is left of its time: reading the
    clock here would cost every wait what only interrupted ones need). */
int wait(Socket socket, int events, int timeoutMs);

/*! A directory only this user may enter, for local server sockets. */
QString privateSocketDirectory();
/*! The absolute path of the running executable. */
QString currentExecutablePath();
/*! The directory of the shared library (or executable) that contains libmanager. */
QString libraryDirectory();

/*! read() on a pipe or file descriptor: like receive(). */
qsizetype readPipe(int fd, char *buffer, qsizetype size);
/*! Blocks until \a size bytes are read from \a fd or it ends; false if it ended first. */
bool readPipeFully(int fd, char *buffer, qsizetype size);
bool writePipeFully(int fd, const char *data, qsizetype size);
/*!
    A descriptor that becomes readable when process \a pid, this process's parent, ends (a
    Linux pidfd); -1 if the platform has none, and \a alreadyGone true if this process's
    parent is no longer \a pid (it died, and this process was handed to another). Unlike a
    pipe, it does not depend on which descriptors the parent's other children inherited.
*/
int watchParent(qint64 pid, bool *alreadyGone);
/*! True while this process's parent is \a pid (the fallback where watchParent() gives -1). */
bool parentIs(qint64 pid);
/*! Makes the process ignore SIGINT (a server that a terminal's Ctrl+C must not stop: its
    parent decides) and SIGPIPE. */
void ignoreInterrupts();

} // namespace LibManager::Platform

#endif // LIBMANAGER_PLATFORM_P_H
