// SPDX-License-Identifier: BSD-3-Clause
#include "conditionproxy.h"
#include "proxy_p.h"
#include "tr_p.h"
#include "typedproxy_p.h"

namespace LibManager {

namespace {
// A wait's answer: false means the timeout passed first, which wait() reports as Timeout.
Reply waitOutcome(Reply answer, int timeoutMs)
{
    if (answer.isValid() && !answer.value().toBool())
        return Reply::fromError(Error::Timeout, Tr::tr("no notify within %1 ms").arg(timeoutMs));
    return answer;
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
    return callMethod(QStringLiteral("release")).isValid();
}

bool ConditionProxy::wait(int timeoutMs)
{
    const Reply answer
        = ProxyPrivate::call(*this, QStringLiteral("wait"), { TypedProxy::seconds(timeoutMs) },
                             TypedProxy::clientWait(timeoutMs));
    const Reply outcome = waitOutcome(answer, timeoutMs);
    if (answer.isValid() && !outcome.isValid())
        recordReply(outcome);
    return outcome.isValid() && outcome.value().toBool();
}

bool ConditionProxy::notify(int n)
{
    return ProxyPrivate::call(*this, QStringLiteral("notify"), { n }).isValid();
}

bool ConditionProxy::notifyAll()
{
    return callMethod(QStringLiteral("notify_all")).isValid();
}

PendingReply<bool> ConditionProxy::acquireAsync(int timeoutMs)
{
    return TypedProxy::acquireAsync(*this, timeoutMs);
}

PendingReply<void> ConditionProxy::releaseAsync()
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("release"));
}

PendingReply<bool> ConditionProxy::waitAsync(int timeoutMs)
{
    return TypedProxy::adapted<bool>(
        ProxyPrivate::callAsync(*this, QStringLiteral("wait"), { TypedProxy::seconds(timeoutMs) },
                                TypedProxy::clientWait(timeoutMs)),
        [timeoutMs](QVariant &&value) {
            return waitOutcome(Reply::fromValue(std::move(value)), timeoutMs);
        });
}

PendingReply<void> ConditionProxy::notifyAsync(int n)
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("notify"), { n });
}

PendingReply<void> ConditionProxy::notifyAllAsync()
{
    return TypedProxy::callAsync<void>(*this, QStringLiteral("notify_all"));
}

} // namespace LibManager
