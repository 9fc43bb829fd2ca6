// SPDX-License-Identifier: BSD-3-Clause
#include "epolldispatcher_p.h"
#include "platform_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qcoreevent.h>
#include <QtCore/qmetaobject.h>
#include <QtCore/qsocketnotifier.h>

#include <algorithm>
#include <cerrno>
#include <limits>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace LibManager {

namespace {
constexpr int MaxEvents = 128;
} // namespace

EpollEventDispatcher::EpollEventDispatcher(QObject *parent) : QAbstractEventDispatcher(parent)
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wake = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_epoll >= 0 && m_wake >= 0) {
        epoll_event event {};
        event.events = EPOLLIN;
        event.data.fd = m_wake;
        ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &event);
    }
}

EpollEventDispatcher::~EpollEventDispatcher()
{
    if (m_wake >= 0)
        ::close(m_wake);
    if (m_epoll >= 0)
        ::close(m_epoll);
}

void EpollEventDispatcher::update(int fd)
{
    auto it = m_notifiers.find(fd);
    if (it == m_notifiers.end())
        return;
    quint32 events = 0;
    if (it->read)
        events |= EPOLLIN;
    if (it->write)
        events |= EPOLLOUT;
    if (it->exception)
        events |= EPOLLPRI;
    if (events == 0) {
        if (it->registered)
            ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
        m_notifiers.erase(it);
        return;
    }
    epoll_event event {};
    event.events = events;
    event.data.fd = fd;
    if (::epoll_ctl(m_epoll, it->registered ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &event) == 0)
        it->registered = true;
}

void EpollEventDispatcher::setDirectHandler(QSocketNotifier *notifier, Handler handler, void *context)
{
    m_direct.insert(notifier, { handler, context });
    connect(notifier, &QObject::destroyed, this, [this, notifier] { m_direct.remove(notifier); });
}

void EpollEventDispatcher::activate(QSocketNotifier *notifier)
{
    const auto direct = m_direct.constFind(notifier);
    if (direct != m_direct.cend()) {
        direct->handler(direct->context);
        return;
    }
    QEvent activation(QEvent::SockAct);
    QCoreApplication::sendEvent(notifier, &activation);
}

void EpollEventDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    Notifiers &slot = m_notifiers[int(notifier->socket())];
    switch (notifier->type()) {
    case QSocketNotifier::Read: slot.read = notifier; break;
    case QSocketNotifier::Write: slot.write = notifier; break;
    case QSocketNotifier::Exception: slot.exception = notifier; break;
    }
    update(int(notifier->socket()));
}

void EpollEventDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    auto it = m_notifiers.find(int(notifier->socket()));
    if (it == m_notifiers.end())
        return;
    if (it->read == notifier)
        it->read = nullptr;
    if (it->write == notifier)
        it->write = nullptr;
    if (it->exception == notifier)
        it->exception = nullptr;
    update(int(notifier->socket()));
}

void EpollEventDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    const qint64 deadline = Platform::steadyClockMs() + interval;
    m_timerIndex.insert(timerId, m_timers.size());
    m_timers.push_back({ timerId, interval, timerType, object, deadline });
    if (m_nextDeadlineKnown)
        m_nextDeadline = qMin(m_nextDeadline, deadline);
}

void EpollEventDispatcher::removeTimerAt(size_t position)
{
    if (m_timers[position].deadline <= m_nextDeadline)
        m_nextDeadlineKnown = false;
    m_timerIndex.remove(m_timers[position].id);
    if (position + 1 != m_timers.size()) {
        m_timers[position] = m_timers.back();
        m_timerIndex[m_timers[position].id] = position;
    }
    m_timers.pop_back();
}

bool EpollEventDispatcher::unregisterTimer(int timerId)
{
    const auto it = m_timerIndex.constFind(timerId);
    if (it == m_timerIndex.cend())
        return false;
    removeTimerAt(*it);
    return true;
}

bool EpollEventDispatcher::unregisterTimers(QObject *object)
{
    bool removed = false;
    for (size_t i = m_timers.size(); i-- > 0;) {
        if (m_timers[i].object == object) {
            removeTimerAt(i);
            removed = true;
        }
    }
    return removed;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollEventDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> out;
    for (const Timer &timer : m_timers) {
        if (timer.object == object)
            out.append(TimerInfo(timer.id, int(timer.interval), timer.type));
    }
    return out;
}

int EpollEventDispatcher::remainingTime(int timerId)
{
    const auto it = m_timerIndex.constFind(timerId);
    if (it == m_timerIndex.cend())
        return -1;
    return int(qMax<qint64>(0, m_timers[*it].deadline - Platform::steadyClockMs()));
}

void EpollEventDispatcher::wakeUp()
{
    const quint64 one = 1;
    [[maybe_unused]] const ssize_t written = ::write(m_wake, &one, sizeof one);
}

void EpollEventDispatcher::interrupt()
{
    m_interrupted = true;
    wakeUp();
}

qint64 EpollEventDispatcher::nextDeadline() const
{
    if (!m_nextDeadlineKnown) {
        m_nextDeadline = std::numeric_limits<qint64>::max();
        for (const Timer &timer : m_timers)
            m_nextDeadline = qMin(m_nextDeadline, timer.deadline);
        m_nextDeadlineKnown = true;
    }
    return m_nextDeadline;
}

int EpollEventDispatcher::waitTimeout() const
{
    if (m_timers.empty())
        return -1;
    return int(qBound<qint64>(0, nextDeadline() - Platform::steadyClockMs(), qint64(std::numeric_limits<int>::max())));
}

int EpollEventDispatcher::activateTimers()
{
    if (m_timers.empty())
        return 0;
    const qint64 now = Platform::steadyClockMs();
    if (nextDeadline() > now)
        return 0;
    // Due ones in deadline order, as Qt's own dispatchers fire them.
    std::vector<std::pair<qint64, int>> due;
    for (const Timer &timer : m_timers) {
        if (timer.deadline <= now)
            due.emplace_back(timer.deadline, timer.id);
    }
    std::sort(due.begin(), due.end());
    int fired = 0;
    for (const auto &[dueAt, id] : due) {
        // A timer event may stop or start timers: look it up again each time.
        const auto found = m_timerIndex.constFind(id);
        if (found == m_timerIndex.cend())
            continue;
        Timer &timer = m_timers[*found];
        if (timer.deadline > now)
            continue;
        timer.deadline = qMax(timer.deadline + timer.interval, now + (timer.type == Qt::PreciseTimer ? 0 : timer.interval));
        if (timer.deadline <= now)
            timer.deadline = now + qMax<qint64>(1, timer.interval);
        m_nextDeadlineKnown = false; // it was the earliest, or as early
        QObject *object = timer.object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        ++fired;
    }
    return fired;
}

namespace {
bool isLoopSignal(const QMetaMethod &signal)
{
    static const QMetaMethod awake = QMetaMethod::fromSignal(&QAbstractEventDispatcher::awake);
    static const QMetaMethod aboutToBlock = QMetaMethod::fromSignal(&QAbstractEventDispatcher::aboutToBlock);
    return signal == awake || signal == aboutToBlock;
}
} // namespace

void EpollEventDispatcher::connectNotify(const QMetaMethod &signal)
{
    if (isLoopSignal(signal))
        ++m_loopSignalConnections;
}

void EpollEventDispatcher::disconnectNotify(const QMetaMethod &signal)
{
    // An invalid signal: disconnect() of everything; counting high only costs emissions.
    if (isLoopSignal(signal))
        --m_loopSignalConnections;
}

bool EpollEventDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_interrupted = false;
    const bool signalsWatched = m_loopSignalConnections.load(std::memory_order_relaxed) > 0;
    if (signalsWatched)
        Q_EMIT awake();
    QCoreApplication::sendPostedEvents();

    const bool mayWait = (flags & QEventLoop::WaitForMoreEvents) && !m_interrupted;
    if (mayWait && signalsWatched)
        Q_EMIT aboutToBlock();
    epoll_event events[MaxEvents];
    int count = ::epoll_wait(m_epoll, events, MaxEvents, mayWait ? waitTimeout() : 0);
    if (count < 0)
        count = 0; // EINTR: go round again
    if (mayWait && signalsWatched)
        Q_EMIT awake();

    int handled = 0;
    for (int i = 0; i < count; ++i) {
        const int fd = events[i].data.fd;
        const quint32 what = events[i].events;
        if (fd == m_wake) {
            quint64 value;
            [[maybe_unused]] const ssize_t got = ::read(m_wake, &value, sizeof value);
            continue;
        }
        // Each notifier is looked up again: an earlier one may have removed it.
        if (what & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
            const auto it = m_notifiers.constFind(fd);
            if (it != m_notifiers.cend() && it->read) {
                activate(it->read);
                ++handled;
            }
        }
        if (what & (EPOLLOUT | EPOLLHUP | EPOLLERR)) {
            const auto it = m_notifiers.constFind(fd);
            if (it != m_notifiers.cend() && it->write) {
                activate(it->write);
                ++handled;
            }
        }
        if (what & EPOLLPRI) {
            const auto it = m_notifiers.constFind(fd);
            if (it != m_notifiers.cend() && it->exception) {
                activate(it->exception);
                ++handled;
            }
        }
    }
    handled += activateTimers();
    return handled > 0;
}

} // namespace LibManager
