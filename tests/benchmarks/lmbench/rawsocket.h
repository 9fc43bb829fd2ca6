// SPDX-License-Identifier: BSD-3-Clause
// lmbench: the physical limit. Plain POSIX sockets, blocking, one synchronous client, against
// an echo server that is this program re-executed with --echo-server.
#ifndef LMBENCH_RAWSOCKET_H
#define LMBENCH_RAWSOCKET_H

#include <QtCore/qstring.h>

namespace Bench {

/*!
    The --echo-server mode: "unix PATH" or "tcp" (127.0.0.1, port 0). Prints "READY" (unix) or
    "READY <port>" (tcp) once listening, then serves one connection after the other. The first
    byte of a connection picks what it does:
      'E' echo:   frames of quint32 length (host order) + payload, each sent back as it came,
                  header and payload in one write;
      'S' source: reads quint64 total, writes that many bytes (1 MiB writes);
      'K' sink:   reads quint64 total, reads that many bytes, writes one byte back.
    Not a Qt event loop on purpose: this is the baseline the library is compared with.
*/
int runEchoServer(int argc, char *argv[]);

/*! A client connection to the echo server; the descriptor is closed by the destructor. */
class RawClient
{
public:
    RawClient() = default;
    ~RawClient();
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    /*! \a path for a Unix socket, or \a port on 127.0.0.1 (TCP_NODELAY on); \a mode 'E',
        'S' or 'K'. */
    bool connectUnix(const QString &path, char mode);
    bool connectTcp(quint16 port, char mode);

    /*! Mean microseconds per round trip of \a size byte payloads over \a iterations. */
    double roundTripUs(int size, int iterations);
    /*! MB/s (10^6 bytes) of \a total bytes from the server ('S') or to it ('K', until the
        server acknowledges the last byte). */
    double sourceMBps(qint64 total);
    double sinkMBps(qint64 total);

    QString errorString() const { return m_error; }

private:
    bool finishConnect(char mode);
    bool readFully(char *data, qint64 size);
    bool writeFully(const char *data, qint64 size);

    int m_fd = -1;
    QString m_error;
};

/*!
    The floor of a message passed on once: 64 bytes from this process to a relay process,
    which writes them on to a third, which reads the clock (Unix socket pairs, blocking, the
    CPU placement of this process). Mean microseconds from the first write to the third's
    read over \a iterations; -1 and \a error on failure. The two children exit when their
    input closes.
*/
double rawRelayUs(int iterations, QString *error);

} // namespace Bench

#endif // LMBENCH_RAWSOCKET_H
