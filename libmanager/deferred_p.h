// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_DEFERRED_P_H
#define LIBMANAGER_DEFERRED_P_H

#include <libmanager/reply.h>

#include <QtCore/qpointer.h>

#include <functional>
#include <utility>

namespace LibManager {

class ParkedCallSink;

/*!
    The shared state of a Deferred: unbound while the method that made it runs, then bound to
    the connection and request id of the parked call. An answer given before binding (the
    method resolved it at once) is kept and sent when the call is bound.
*/
class DeferredState
{
public:
    enum Status { Pending, Answered, Cancelled };
    /*! How a parked call ended, as the server-wide event stream reports it ("waitEnded"). */
    enum class Outcome : quint8 {
        Granted,   //!< answered with a value (the lock, the item, the notify...)
        Timeout,   //!< its timeout ended it (whatever the answer says)
        Cancelled, //!< the client gave up on it (a Cancel)
        Gone,      //!< the client went (or the server is shutting down)
        Failed,    //!< answered with an error (a broken barrier, the object destroyed)
    };
    static const char *outcomeName(Outcome outcome);

    bool answer(const Reply &reply);
    void bind(ParkedCallSink *sink, quint32 requestId);
    void cancel(Outcome why = Outcome::Cancelled);
    /*! Where the bound call's answer goes; nullptr before bind() and once the sink is gone. */
    ParkedCallSink *sink() const { return m_sinkAlive ? m_sink : nullptr; }

    Status status = Pending;
    bool hasEarlyAnswer = false;
    Reply earlyAnswer;
    quint32 requestId = 0;
    qint64 parkedAtMs = 0; // when the call was parked (wall clock, ms since the epoch)
    bool bound = false;
    QPointer<QObject> cancelContext;
    std::function<void()> cancelHandler;
    // Runs once, when the call stops pending (answered or cancelled): the server stops the
    // call's timeout timer with it.
    std::function<void()> settleHandler;
    // What the parked call is, for introspection: the object and method called
    // (ServerConnection::park()), and when its timeout ends it (steady clock ms,
    // StandardObject::armTimeout(); -1: none).
    quint64 objectId = 0;
    QByteArray method;
    qint64 deadline = -1;
    // For the stream: bound and still pending, a wait whose end is reported; and whether its
    // timeout ended it (StandardObject's timer sets it before it answers).
    bool parked = false;
    bool timedOut = false;

private:
    ParkedCallSink *m_sink = nullptr;
    QPointer<QObject> m_sinkAlive; // m_sink's lifetimeObject()
    /*! Reports the end of a parked call to the server-wide stream, if anybody watches it. */
    void reportEnd(Outcome outcome);
    void settled()
    {
        if (auto handler = std::exchange(settleHandler, nullptr))
            handler();
    }
};

/*!
    Where a parked call's answer goes: the server's connection to the calling client
    (ServerConnection). A Deferred knows only this, not the server.
*/
class ParkedCallSink
{
public:
    /*! The object whose end is the sink's: a call bound to it then answers nobody. */
    virtual QObject *lifetimeObject() = 0;
    /*! The calling client (its connection id), as introspection and the stream name it. */
    virtual quint64 clientId() const = 0;
    /*! False once the client is gone: an answer then cancels the call instead. */
    virtual bool acceptsAnswers() const = 0;
    virtual void answerParked(quint32 requestId, const Reply &reply) = 0;
    /*! No memory for an answer: the client loses its connection. */
    virtual void closeOutOfMemory() = 0;
    /*! The call parked on \a objectId ended: the server-wide stream's "waitEnded". */
    virtual void parkedCallEnded(quint64 objectId, quint32 requestId,
                                 DeferredState::Outcome outcome) = 0;

protected:
    ~ParkedCallSink() = default;
};

} // namespace LibManager

#endif // LIBMANAGER_DEFERRED_P_H
