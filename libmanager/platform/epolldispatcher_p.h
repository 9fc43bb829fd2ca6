// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_EPOLLDISPATCHER_P_H
#define LIBMANAGER_EPOLLDISPATCHER_P_H

#include <libmanager/libmanager_global.h>

#include <QtCore/qabstracteventdispatcher.h>
#include <QtCore/qhash.h>

#include <atomic>
#include <limits>
#include <vector>

namespace LibManager {

/*!
    An event dispatcher for the server processes the library runs (Linux): epoll instead of
    poll, so that a wake-up costs the same with one client or thousands, and far less than the
    generic dispatchers, which rebuild their descriptor list on every turn. Socket notifiers,
    timers, posted events and wake-ups behave as with Qt's own dispatchers.
*/
class LIBMANAGER_AUTOTEST_EXPORT EpollEventDispatcher : public QAbstractEventDispatcher
{
    Q_OBJECT
public:
    explicit EpollEventDispatcher(QObject *parent = nullptr);
    ~EpollEventDispatcher() override;

    /*! False if the kernel refused an epoll or eventfd descriptor. */
    bool isValid() const { return m_epoll >= 0 && m_wake >= 0; }

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;
    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;
    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;
    void wakeUp() override;
    void interrupt() override;

    using Handler = void (*)(void *context);
    /*!
        Activations of \a notifier call \a handler(\a context) directly, instead of sending the
        notifier an event that emits activated() through the meta-object system: the server's
        hot path, where that costs a third of what the server does for a call. Holds until the
        notifier is destroyed.
    */
    void setDirectHandler(QSocketNotifier *notifier, Handler handler, void *context);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    struct Notifiers
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        bool registered = false;
    };
    struct Timer
    {
        int id;
        qint64 interval;
        Qt::TimerType type;
        QObject *object;
        qint64 deadline;
    };
    void update(int fd);
    void activate(QSocketNotifier *notifier);
    int activateTimers();
    int waitTimeout() const;
    void removeTimerAt(size_t position);
    qint64 nextDeadline() const;

    int m_epoll = -1;
    int m_wake = -1;
    QHash<int, Notifiers> m_notifiers;
    struct Direct
    {
        Handler handler;
        void *context;
    };
    QHash<const QSocketNotifier *, Direct> m_direct;
    // Timers in no order, found by id through m_timerIndex; a turn of the loop only compares
    // the clock with the earliest deadline (kept, and worked out again only after that timer
    // went or fired), so thousands of parked calls with timeouts cost the loop nothing.
    std::vector<Timer> m_timers;
    QHash<int, size_t> m_timerIndex;
    mutable qint64 m_nextDeadline = std::numeric_limits<qint64>::max();
    mutable bool m_nextDeadlineKnown = true;
    std::atomic<bool> m_interrupted { false };
    // Connections to awake() and aboutToBlock(): emitting a signal nobody listens to still
    // costs a meta-object call, three times per turn of the loop.
    std::atomic<int> m_loopSignalConnections { 0 };
};

} // namespace LibManager

#endif // LIBMANAGER_EPOLLDISPATCHER_P_H
