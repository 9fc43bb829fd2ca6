// SPDX-License-Identifier: BSD-3-Clause
#include "pendingreply.h"
#include <libmanager/client/clientconnection_p.h>

namespace LibManager {

QVariant PendingReplyBase::resultValue() const
{
    const PendingCallState *call = state().get();
    if (!call)
        return {};
    return call->finished && call->reply.isValid() ? call->reply.value() : call->failureValue();
}

} // namespace LibManager
