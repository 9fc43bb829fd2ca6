// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_LISTENER_P_H
#define LIBMANAGER_LISTENER_P_H

#include <libmanager/platform/platform_p.h>
#include <libmanager/transport/transport_p.h>

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
    of clients). Refusals after a line are reported when the interval ends, so the last of a
    burst are not lost.
*/
class RefusalLog
{
public:
    /*! \a report writes the line, given how many were refused since the last one. */
    explicit RefusalLog(std::function<void(qint64 refused)> report) : m_report(std::move(report))
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (m_refused > 0)
                reportNow();
        });
    }
    Q_DISABLE_COPY(RefusalLog)

    /*! One more refused; counted for the next line (see report()). */
    void count()
    {
        ++m_refused;
        if (m_logged && !m_timer.isActive())
            m_timer.start(int(qMax<qint64>(0, IntervalMs - (Platform::steadyClockMs() - m_lastMs))));
    }
    /*! Writes a line now if one is due; otherwise the count waits for the interval's end. */
    void report()
    {
        if (m_logged && Platform::steadyClockMs() - m_lastMs < IntervalMs)
            return;
        reportNow();
    }

    static constexpr int IntervalMs = 10000;

private:
    void reportNow()
    {
        m_timer.stop();
        m_logged = true;
        m_lastMs = Platform::steadyClockMs();
        m_report(std::exchange(m_refused, 0));
    }

    std::function<void(qint64)> m_report;
    QTimer m_timer;
    qint64 m_lastMs = 0;
    bool m_logged = false;
    qint64 m_refused = 0;
};

class Listener : public QObject
{
    Q_OBJECT
public:
    /*! Takes the socket that Transport::listen() opened; \a accepted gets every connection
        (and owns it): it refuses it (refuse()) or makes it a stream (makeStream()). */
    Listener(Transport::Listening listening, std::function<void(Platform::Socket)> accepted,
             QObject *parent = nullptr);
    ~Listener() override;
    Q_DISABLE_COPY(Listener)

    /*! The address clients connect to (the port a ":0" got). */
    QString address() const { return m_listening.address; }
    /*! An accepted socket as a stream of this listener's transport. */
    std::unique_ptr<Transport::Stream> makeStream(Platform::Socket socket) const
    {
        return m_listening.makeStream(socket);
    }

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

    Transport::Listening m_listening;
    Platform::Socket m_socket;
    std::function<void(Platform::Socket)> m_accepted;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_retry;
    int m_spare = -1;
    int m_lastShortage = 0; // errno of the last failed accept, for the log
    RefusalLog m_refusals;
};

} // namespace LibManager

#endif // LIBMANAGER_LISTENER_P_H
