// SPDX-License-Identifier: BSD-3-Clause
#include "pendingcall.h"
#include <libmanager/client/clientconnection_p.h>
#include "tr_p.h"

namespace LibManager {

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
