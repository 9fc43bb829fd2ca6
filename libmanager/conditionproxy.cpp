// SPDX-License-Identifier: BSD-3-Clause
#include "conditionproxy.h"
#include "proxy_p.h"
#include "tr_p.h"
#include "typedproxy_p.h"
#include <libmanager/standardtypes/vocabulary_p.h>

namespace LibManager {

namespace {
// A wait's answer as wait() gives it: true once notified; a timeout that passed first is
// reported as Timeout. The wire wait(timeout, counted=True) answers the number of holds it
// took back, negated if the timeout passed first (see SharedCondition).
Reply waitOutcome(const Reply &answer, int timeoutMs)
{
    if (!answer.isValid())
        return answer;
    if (answer.value().toInt() <= 0)
        return Reply::fromError(Error::Timeout, Tr::tr("no notify within %1 ms").arg(timeoutMs));
    return Reply::fromValue(true);
}

// A wait() answered after its caller gave up has taken the lock back for it, notified or timed
// out, with all the holds it had (an RLock's recursion count): they are given back, exactly
// those, so that holds the caller took since stay.
void releaseLateReacquire(ClientConnection &connection, quint64 objectId, const Reply &answer)
{
    if (!answer.isValid())
        return;
    const int holds = qAbs(answer.value().toInt());
    for (int i = 0; i < holds; ++i)
        connection.postLate(objectId, ConditionWire::Release);
}
} // namespace

bool ConditionProxy::acquire(int timeoutMs)
{
    return TypedProxy::acquire(*this, timeoutMs);
}

void ConditionProxy::lock()
{
    TypedProxy::throwUnlessAcquired(TypedProxy::acquireCall(*this, Forever));
}

bool ConditionProxy::release()
{
    return ProxyPrivate::call(*this, ConditionWire::Release).isValid();
}

bool ConditionProxy::wait(int timeoutMs)
{
    const Reply answer = ProxyPrivate::call(*this, ConditionWire::Wait,
                                            { TypedProxy::seconds(timeoutMs), true },
                                            TypedProxy::blocking(timeoutMs, releaseLateReacquire));
    const Reply outcome = waitOutcome(answer, timeoutMs);
    if (answer.isValid() && !outcome.isValid())
        recordReply(outcome);
    return outcome.isValid() && outcome.value().toBool();
}

bool ConditionProxy::notify(int n)
{
    return ProxyPrivate::call(*this, ConditionWire::Notify, { n }).isValid();
}

bool ConditionProxy::notifyAll()
{
    return ProxyPrivate::call(*this, ConditionWire::NotifyAll).isValid();
}

PendingReply<bool> ConditionProxy::acquireAsync(int timeoutMs)
{
    return TypedProxy::acquireAsync(*this, timeoutMs);
}

PendingReply<void> ConditionProxy::releaseAsync()
{
    return TypedProxy::callAsync<void>(*this, ConditionWire::Release);
}

PendingReply<bool> ConditionProxy::waitAsync(int timeoutMs)
{
    return TypedProxy::adapted<bool>(
        ProxyPrivate::callAsync(*this, ConditionWire::Wait,
                                { TypedProxy::seconds(timeoutMs), true },
                                TypedProxy::blocking(timeoutMs, releaseLateReacquire)),
        [timeoutMs](QVariant &&value) {
            return waitOutcome(Reply::fromValue(std::move(value)), timeoutMs);
        });
}

PendingReply<void> ConditionProxy::notifyAsync(int n)
{
    return TypedProxy::callAsync<void>(*this, ConditionWire::Notify, { n });
}

PendingReply<void> ConditionProxy::notifyAllAsync()
{
    return TypedProxy::callAsync<void>(*this, ConditionWire::NotifyAll);
}

} // namespace LibManager
