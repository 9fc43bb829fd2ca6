// SPDX-License-Identifier: BSD-3-Clause
#include "pendingcallwatcher.h"
#include <libmanager/client/clientconnection_p.h>

namespace LibManager {

PendingCallWatcher::PendingCallWatcher(const PendingCall &call, QObject *parent)
    : QObject(parent), PendingCall(call)
{
    if (state())
        state()->addWatcher(this);
}

PendingCallWatcher::~PendingCallWatcher() = default;

} // namespace LibManager
