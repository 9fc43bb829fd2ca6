// SPDX-License-Identifier: BSD-3-Clause
#include "rawsocket.h"

#include "common.h"

#include <QtCore/qbytearray.h>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace Bench {

namespace {

constexpr qint64 Chunk = 1024 * 1024;

bool readAll(int fd, char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::read(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

void noDelay(int fd)
{
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

void serveConnection(int fd)
{
    char mode = 0;
    if (!readAll(fd, &mode, 1))
        return;
    if (mode == 'E') {
        // As few system calls as the protocol allows: one read and one write per small frame.
        std::vector<char> buffer(4 * Chunk + 4);
        size_t have = 0;
        for (;;) {
            const ssize_t n = ::read(fd, buffer.data() + have, buffer.size() - have);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return;
            have += size_t(n);
            size_t at = 0;
            while (have - at >= 4) {
                quint32 length = 0;
                std::memcpy(&length, buffer.data() + at, 4);
                if (length > buffer.size() - 4)
                    return;
                if (have - at < 4 + size_t(length))
                    break;
                if (!writeAll(fd, buffer.data() + at, 4 + qint64(length)))
                    return;
                at += 4 + length;
            }
            std::memmove(buffer.data(), buffer.data() + at, have - at);
            have -= at;
        }
    }
    std::vector<char> buffer(Chunk);
    quint64 total = 0;
    if (!readAll(fd, reinterpret_cast<char *>(&total), 8))
        return;
    if (mode == 'S') {
        while (total > 0) {
            const qint64 n = qint64(std::min<quint64>(total, Chunk));
            if (!writeAll(fd, buffer.data(), n))
                return;
            total -= quint64(n);
        }
    } else if (mode == 'K') {
        while (total > 0) {
            const ssize_t n = ::read(fd, buffer.data(), size_t(std::min<quint64>(total, Chunk)));
            if (n <= 0)
                return;
            total -= quint64(n);
        }
        writeAll(fd, "k", 1);
    }
}

} // namespace

int runEchoServer(int argc, char *argv[])
{
    installWatchdogs("echo server");
    std::signal(SIGPIPE, SIG_IGN);
    const QByteArray kind = argc > 2 ? QByteArray(argv[2]) : QByteArray();
    int listener = -1;
    if (kind == "unix" && argc > 3) {
        listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        std::strncpy(address.sun_path, argv[3], sizeof address.sun_path - 1);
        ::unlink(argv[3]);
        if (::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(listener, 16) != 0) {
            std::printf("ERROR cannot listen on %s: %s\n", argv[3], std::strerror(errno));
            return 1;
        }
        std::printf("READY\n");
    } else if (kind == "tcp") {
        listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const int one = 1;
        ::setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(listener, 16) != 0
            || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
            std::printf("ERROR cannot listen on TCP: %s\n", std::strerror(errno));
            return 1;
        }
        std::printf("READY %d\n", ntohs(address.sin_port));
    } else {
        std::printf("ERROR usage: lmbench --echo-server unix PATH | tcp\n");
        return 2;
    }
    std::fflush(stdout);
    for (;;) {
        const int fd = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR)
                continue;
            return 1;
        }
        if (kind == "tcp")
            noDelay(fd);
        serveConnection(fd);
        ::close(fd);
    }
}

RawClient::~RawClient()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool RawClient::connectUnix(const QString &path, char mode)
{
    m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    std::strncpy(address.sun_path, path.toLocal8Bit().constData(), sizeof address.sun_path - 1);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        m_error = QStringLiteral("connect %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return finishConnect(mode);
}

bool RawClient::connectTcp(quint16 port, char mode)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        m_error = QStringLiteral("connect 127.0.0.1:%1: %2").arg(port).arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    noDelay(m_fd);
    return finishConnect(mode);
}

bool RawClient::finishConnect(char mode)
{
    return writeFully(&mode, 1);
}

bool RawClient::readFully(char *data, qint64 size)
{
    if (readAll(m_fd, data, size))
        return true;
    m_error = QStringLiteral("read: %1").arg(errno ? QString::fromLocal8Bit(std::strerror(errno)) : QStringLiteral("end of stream"));
    return false;
}

bool RawClient::writeFully(const char *data, qint64 size)
{
    if (writeAll(m_fd, data, size))
        return true;
    m_error = QStringLiteral("write: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

double RawClient::roundTripUs(int size, int iterations)
{
    std::vector<char> out(size_t(size) + 4, 'x');
    std::vector<char> in(size_t(size) + 4);
    const quint32 length = quint32(size);
    std::memcpy(out.data(), &length, 4);
    const qint64 t0 = monotonicNs();
    for (int i = 0; i < iterations; ++i) {
        out[4] = char(i);
        if (!writeFully(out.data(), qint64(out.size())) || !readFully(in.data(), qint64(in.size())))
            return -1;
        if (in[4] != out[4]) {
            m_error = QStringLiteral("the echo differs from what was sent");
            return -1;
        }
    }
    return double(monotonicNs() - t0) / 1000.0 / iterations;
}

double RawClient::sourceMBps(qint64 total)
{
    std::vector<char> buffer(Chunk);
    const quint64 wanted = quint64(total);
    const qint64 t0 = monotonicNs();
    if (!writeFully(reinterpret_cast<const char *>(&wanted), 8))
        return -1;
    qint64 left = total;
    while (left > 0) {
        const ssize_t n = ::read(m_fd, buffer.data(), size_t(std::min(left, Chunk)));
        if (n <= 0) {
            m_error = QStringLiteral("the source stopped early");
            return -1;
        }
        left -= n;
    }
    return double(total) / (double(monotonicNs() - t0) / 1e9) / 1e6;
}

double RawClient::sinkMBps(qint64 total)
{
    std::vector<char> buffer(Chunk, 'x');
    const quint64 announced = quint64(total);
    const qint64 t0 = monotonicNs();
    if (!writeFully(reinterpret_cast<const char *>(&announced), 8))
        return -1;
    for (qint64 left = total; left > 0; left -= Chunk) {
        if (!writeFully(buffer.data(), std::min(left, Chunk)))
            return -1;
    }
    char ack = 0;
    if (!readFully(&ack, 1))
        return -1;
    return double(total) / (double(monotonicNs() - t0) / 1e9) / 1e6;
}

double rawRelayUs(int iterations, QString *error)
{
    // in: A -> B; on: B -> C; back: C -> A (C's clock readings, not timed).
    int in[2], on[2], back[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, in) != 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, on) != 0
        || ::socketpair(AF_UNIX, SOCK_STREAM, 0, back) != 0) {
        *error = QStringLiteral("socketpair: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
    const auto readAll = [](int fd, char *data, size_t size) {
        for (size_t done = 0; done < size;) {
            const ssize_t n = ::read(fd, data + done, size - done);
            if (n <= 0)
                return false;
            done += size_t(n);
        }
        return true;
    };
    const auto writeAll = [](int fd, const char *data, size_t size) {
        for (size_t done = 0; done < size;) {
            const ssize_t n = ::write(fd, data + done, size - done);
            if (n <= 0)
                return false;
            done += size_t(n);
        }
        return true;
    };
    const pid_t relay = ::fork();
    if (relay == 0) {
        // Only the ends this process uses stay open, so each reader sees end-of-file.
        for (int fd : { in[0], on[1], back[0], back[1] })
            ::close(fd);
        char buffer[64];
        while (readAll(in[1], buffer, sizeof buffer) && writeAll(on[0], buffer, sizeof buffer)) { }
        ::_exit(0);
    }
    const pid_t sink = relay > 0 ? ::fork() : -1;
    if (sink == 0) {
        for (int fd : { in[0], in[1], on[0], back[0] })
            ::close(fd);
        char buffer[64];
        while (readAll(on[1], buffer, sizeof buffer)) {
            const qint64 now = monotonicNs();
            if (!writeAll(back[1], reinterpret_cast<const char *>(&now), sizeof now))
                break;
        }
        ::_exit(0);
    }
    for (int fd : { in[1], on[0], on[1], back[1] })
        ::close(fd);
    double total = 0;
    bool ok = relay > 0 && sink > 0;
    char payload[64] = {};
    for (int i = 0; ok && i < iterations; ++i) {
        const qint64 t0 = monotonicNs();
        qint64 t1 = 0;
        ok = writeAll(in[0], payload, sizeof payload)
                && readAll(back[0], reinterpret_cast<char *>(&t1), sizeof t1);
        total += double(t1 - t0) / 1000.0;
    }
    if (!ok)
        *error = QStringLiteral("the relay processes failed");
    ::close(in[0]);
    ::close(back[0]);
    for (pid_t child : { relay, sink }) {
        if (child > 0)
            ::waitpid(child, nullptr, 0);
    }
    return ok ? total / iterations : -1;
}

} // namespace Bench
