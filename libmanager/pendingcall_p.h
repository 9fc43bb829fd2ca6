// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_PENDINGCALL_P_H
#define LIBMANAGER_PENDINGCALL_P_H

#include <libmanager/pendingcall.h>
#include <libmanager/reply.h>

#include <QtCore/qlist.h>
#include <QtCore/qpointer.h>

#include <functional>
#include <memory>

namespace LibManager {

class ClientConnection;
class PendingCallWatcher;

/*!
    What a typed proxy does with the answer to a blocking call that the client gave up on (see
    BlockingCall): the server may have granted the call (a lock, a permit, a queue item) after
    the client stopped waiting but before it read the Cancel, since it handles a connection's
    messages in order. \a answer is the server's answer as it came, before any adapter. The
    handler runs inside the connection's reads, in the connection's thread: it may only queue
    messages (ClientConnection::postLate()), never wait or call user code.
*/
using LateAnswerHandler
    = void (*)(ClientConnection &connection, quint64 objectId, const Reply &answer);

/*! The shared state behind PendingCall copies and watchers. */
class PendingCallState
{
public:
    /*!
        Turns the value of a successful answer into what the synchronous method of a typed
        proxy gives: a Reply holding its result (or the error it reports, as a Condition wait
        that timed out does). It runs in finish(), inside the connection's reads: library code
        only, never user code.
    */
    using Adapter = std::function<Reply(QVariant &&value)>;

    /*! A call that is over before it is sent (no connection, a local attribute). */
    static std::shared_ptr<PendingCallState> finishedWith(Reply reply);

    void finish(Reply reply);
    void addWatcher(PendingCallWatcher *watcher);
    /*! Applies \a adapter to the answer when it comes, or now if it has already come. */
    void adapt(Adapter adapter);

    /*! PendingReply<T>::value() until the call has succeeded: the synchronous method's result
        on failure where that is not T() (-1 for ListProxy::index()); null for most. */
    QVariant failureValue() const { return typed ? typed->failureValue : QVariant(); }
    void setFailureValue(const QVariant &value);

    quint32 requestId = 0;
    qint64 deadline = -1; // steady-clock ms, -1: none
    // A blocking call (ClientConnection::callBlocking()) with a timeout: the server's timeout,
    // and what a late answer needs. Plain members: the hot path allocates nothing for them.
    int blockingTimeoutMs = -1;
    quint64 objectId = 0;
    LateAnswerHandler late = nullptr;
    bool finished = false;
    Reply reply = Reply::fromError(Error::NotFinished);
    QPointer<ClientConnection> connection;
    QList<QPointer<PendingCallWatcher>> watchers;

private:
    // What only the typed twins need, made when one asks: a plain callMethodAsync() (the
    // pipelined hot path) builds and destroys one pointer instead of a std::function and a
    // QVariant.
    struct Typed
    {
        Adapter adapter;
        QVariant failureValue;
    };
    std::unique_ptr<Typed> typed;
};

} // namespace LibManager

#endif // LIBMANAGER_PENDINGCALL_P_H
