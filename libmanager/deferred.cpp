// SPDX-License-Identifier: BSD-3-Clause
#include "deferred.h"
#include "deferred_p.h"
#include <libmanager/platform/platform_p.h>

#include <new>

namespace LibManager {

const char *DeferredState::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Granted:
        return "granted";
    case Outcome::Timeout:
        return "timeout";
    case Outcome::Cancelled:
        return "cancelled";
    case Outcome::Gone:
        return "gone";
    case Outcome::Failed:
        return "failed";
    }
    return "";
}

void DeferredState::reportEnd(Outcome outcome)
{
    if (ParkedCallSink *to = sink()) {
        to->parkedCallEnded(objectId, requestId,
                            timedOut && (outcome == Outcome::Granted || outcome == Outcome::Failed)
                                    ? Outcome::Timeout
                                    : outcome);
    }
}

bool DeferredState::answer(const Reply &reply)
{
    if (status != Pending || hasEarlyAnswer)
        return false;
    if (!bound) {
        hasEarlyAnswer = true;
        earlyAnswer = reply;
        return true;
    }
    ParkedCallSink *const to = sink();
    if (!to || !to->acceptsAnswers()) {
        cancel(Outcome::Gone);
        return false;
    }
    status = Answered;
    // The handler often holds a copy of this Deferred: drop it, or the state would keep
    // itself alive.
    cancelHandler = nullptr;
    try {
        to->answerParked(requestId, reply);
    } catch (const std::bad_alloc &) {
        // No room for the answer: that client's connection closes, and whatever answered it
        // (another client's request, a timer) goes on as if it had gone; a queue item goes
        // to the next getter.
        status = Cancelled;
        to->closeOutOfMemory();
        settled();
        return false;
    }
    settled();
    if (Q_UNLIKELY(parked))
        reportEnd(reply.isValid() ? Outcome::Granted : Outcome::Failed);
    return true;
}

void DeferredState::bind(ParkedCallSink *to, quint32 id)
{
    m_sink = to;
    m_sinkAlive = to->lifetimeObject();
    requestId = id;
    parkedAtMs = Platform::coarseWallClockMs();
    bound = true;
    if (hasEarlyAnswer) {
        hasEarlyAnswer = false;
        answer(earlyAnswer);
    }
    parked = status == Pending;
}

void DeferredState::cancel(Outcome why)
{
    if (status != Pending)
        return;
    status = Cancelled;
    settled();
    if (Q_UNLIKELY(parked))
        reportEnd(why);
    auto handler = std::move(cancelHandler);
    cancelHandler = nullptr;
    if (handler && cancelContext)
        handler();
}

Deferred::Deferred() : d(std::make_shared<DeferredState>()) { }
Deferred::~Deferred() = default;
Deferred::Deferred(const Deferred &other) = default;
Deferred &Deferred::operator=(const Deferred &other) = default;

bool Deferred::resolve(const QVariant &value) const
{
    return d->answer(Reply::fromValue(value));
}

bool Deferred::reject(Error error, const QString &message) const
{
    return d->answer(Reply::fromError(error == Error::NoError ? Error::RemoteException : error, message));
}

bool Deferred::isPending() const
{
    return d->status == DeferredState::Pending && !d->hasEarlyAnswer;
}

bool Deferred::isCancelled() const
{
    return d->status == DeferredState::Cancelled;
}

void Deferred::onCancelled(QObject *context, std::function<void()> handler) const
{
    if (d->status == DeferredState::Cancelled) {
        if (context && handler)
            handler();
        return;
    }
    d->cancelContext = context;
    d->cancelHandler = std::move(handler);
}

} // namespace LibManager
