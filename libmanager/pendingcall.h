// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_PENDINGCALL_H
#define LIBMANAGER_PENDINGCALL_H

#include <libmanager/reply.h>

#include <memory>

namespace LibManager {

class PendingCallState;

/*!
    A call on its way: returned at once by the asynchronous call functions.

    Copies share the same call. Either block on it with waitForFinished() (which reads the
    connection directly, without running an event loop) or watch it with a PendingCallWatcher to
    be told by a signal. Calls made on one connection may finish in any order: a parked call (a
    blocking get, say) finishes after later, quicker ones.
*/
class LIBMANAGER_EXPORT PendingCall
{
public:
    PendingCall();
    ~PendingCall();
    PendingCall(const PendingCall &other);
    PendingCall &operator=(const PendingCall &other);

    bool isFinished() const;
    /*!
        Blocks the calling thread until the reply arrives or the call's own timeout expires.
        Must be called from the thread that made the call. Returns isFinished().
    */
    bool waitForFinished();
    /*!
        \overload
        Blocks at most \a timeoutMs milliseconds (and no longer than the call's own timeout).
        If the call has not finished by then it goes on: wait again, or watch it. Returns
        isFinished().
    */
    bool waitForFinished(int timeoutMs);
    /*! The reply once finished; before that an error reply with Error::NotFinished. */
    Reply reply() const;

    /*! Internal: wraps the shared state made by the connection. */
    explicit PendingCall(std::shared_ptr<PendingCallState> state);
    std::shared_ptr<PendingCallState> state() const { return m_state; }

private:
    std::shared_ptr<PendingCallState> m_state;
};

} // namespace LibManager

Q_DECLARE_METATYPE(LibManager::PendingCall)

#endif // LIBMANAGER_PENDINGCALL_H
