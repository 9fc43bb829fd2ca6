// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_LISTENER_P_H
#define LIBMANAGER_LISTENER_P_H

#include <libmanager/platform_p.h>

#include <QtCore/qobject.h>
#include <QtCore/qtimer.h>

#include <functional>
#include <utility>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace LibManager {

/*!
    A listening socket and its accept loop: what QLocalServer and QTcpServer did for the server,
    minus their failure modes. QLocalServer closes itself (and removes its socket file) the first
    time accept() fails, for good; QTcpServer retries at once, spinning while descriptors are
    short. Here the socket stays open whatever accept() says:

    \list
    \li out of descriptors (EMFILE, ENFILE) with the spare descriptor in hand: the spare is closed,
        the waiting connection accepted, sent a ServerRefusal (RefusedNoResources) and closed, the
        spare reopened; so clients hear "server full" at once instead of waiting in the backlog.
    \li otherwise (ENOMEM, ENOBUFS, no spare): the listener stops watching the socket for
        RetryDelayMs, or until resume() (a connection closed), then accepts again.
    \endlist

    Shortages are logged at most once per RefusalLog::IntervalMs, with how many connections were
    refused in between.
*/
/*!
    Refused connections, counted, and reported in one log line at most once per interval, with
    how many were refused since the last line (the Listener's shortages, the server's maximum
    of clients).
*/
class RefusalLog
{
public:
    void count() { ++m_refused; }
    /*! True if a line is due now; then \a refused is how many were counted since the last
        one, and the count starts again. */
    bool due(qint64 *refused)
    {
        const qint64 now = Platform::steadyClockMs();
        if (m_logged && now - m_lastMs < IntervalMs)
            return false;
        *refused = std::exchange(m_refused, 0);
        m_logged = true;
        m_lastMs = now;
        return true;
    }

    static constexpr int IntervalMs = 10000;

private:
    qint64 m_lastMs = 0;
    bool m_logged = false;
    qint64 m_refused = 0;
};

class Listener : public QObject
{
    Q_OBJECT
public:
    /*! Takes \a socket, a listening socket; \a accepted gets every connection (and owns it). */
    Listener(Platform::Socket socket, bool tcp, const QString &localPath,
             std::function<void(Platform::Socket)> accepted, QObject *parent = nullptr);
    ~Listener() override;
    Q_DISABLE_COPY(Listener)

    /*! Stops listening: closes the socket and removes the local socket's file. */
    void close();
    /*! Accepts again at once if a shortage paused it (a descriptor was freed). */
    void resume();
    bool isPaused() const;

    /*! Sends \a socket a ServerRefusal with \a reason (Protocol::Refusal) and closes it. Never
        blocks: the 13 bytes fit in any new socket's buffer. */
    static void refuse(Platform::Socket socket, quint8 reason);

    static constexpr int RetryDelayMs = 100;

private:
    void acceptPending();
    void shortage(int errorNumber);

    Platform::Socket m_socket;
    bool m_tcp;
    QString m_localPath;
    std::function<void(Platform::Socket)> m_accepted;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_retry;
    int m_spare = -1;
    RefusalLog m_refusals;
};

} // namespace LibManager

#endif // LIBMANAGER_LISTENER_P_H
