// SPDX-License-Identifier: BSD-3-Clause
#include "pendingcall.h"
#include "pendingcall_p.h"
#include "pendingcallwatcher.h"
#include <libmanager/client/clientconnection_p.h>
#include "tr_p.h"

namespace LibManager {

std::shared_ptr<PendingCallState> PendingCallState::finishedWith(Reply reply)
{
    auto state = std::make_shared<PendingCallState>();
    state->finish(std::move(reply));
    return state;
}

void PendingCallState::finish(Reply result)
{
    if (finished)
        return;
    finished = true;
    if (typed && typed->adapter) {
        const Adapter convert = std::exchange(typed->adapter, nullptr); // its captures go with it
        if (result.isValid())
            result = convert(std::move(result).value());
    }
    reply = std::move(result);
    for (const QPointer<PendingCallWatcher> &watcher : std::as_const(watchers)) {
        if (!watcher)
            continue;
        // Never call user code from inside a read: the connection tells the watcher after it,
        // in the order its answers and events came.
        if (connection && connection->thread() == watcher->thread()) {
            connection->queueFinished(watcher.data());
            continue;
        }
        QMetaObject::invokeMethod(
                watcher.data(),
                [w = watcher] {
                    if (w)
                        Q_EMIT w->finished(w.data());
                },
                Qt::QueuedConnection);
    }
    watchers.clear();
}

void PendingCallState::adapt(Adapter convert)
{
    if (!finished) {
        if (!typed)
            typed = std::make_unique<Typed>();
        typed->adapter = std::move(convert);
        return;
    }
    if (reply.isValid())
        reply = convert(std::move(reply).value());
}

void PendingCallState::setFailureValue(const QVariant &value)
{
    if (!typed)
        typed = std::make_unique<Typed>();
    typed->failureValue = value;
}

void PendingCallState::addWatcher(PendingCallWatcher *watcher)
{
    if (finished) {
        QMetaObject::invokeMethod(
                watcher,
                [w = QPointer<PendingCallWatcher>(watcher)] {
                    if (w)
                        Q_EMIT w->finished(w.data());
                },
                Qt::QueuedConnection);
        return;
    }
    watchers.append(watcher);
}

PendingCall::PendingCall() = default;
PendingCall::~PendingCall() = default;
PendingCall::PendingCall(const PendingCall &other) = default;
PendingCall &PendingCall::operator=(const PendingCall &other) = default;

PendingCall::PendingCall(std::shared_ptr<PendingCallState> state) : m_state(std::move(state)) { }

bool PendingCall::isFinished() const
{
    return m_state && m_state->finished;
}

bool PendingCall::waitForFinished()
{
    return waitForFinished(-1);
}

bool PendingCall::waitForFinished(int timeoutMs)
{
    if (!m_state)
        return false;
    if (m_state->finished)
        return true;
    if (!m_state->connection) {
        m_state->finish(Reply::fromError(Error::ConnectionLost, Tr::tr("the connection is gone")));
        return true;
    }
    return m_state->connection->waitForFinished(m_state.get(), timeoutMs);
}

Reply PendingCall::reply() const
{
    if (!m_state)
        return Reply::fromError(Error::NotConnected, Tr::tr("an empty PendingCall"));
    return m_state->reply;
}

} // namespace LibManager
