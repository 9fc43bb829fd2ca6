// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_PENDINGCALLWATCHER_H
#define LIBMANAGER_PENDINGCALLWATCHER_H

#include <libmanager/pendingcall.h>

#include <QtCore/qobject.h>

namespace LibManager {

/*!
    Emits finished() once its call has finished, from the event loop of the thread that made
    the call. A watcher made for a call that has already finished emits finished() on the next
    turn of the event loop, so connecting right after construction never misses it.
*/
class LIBMANAGER_EXPORT PendingCallWatcher : public QObject, public PendingCall
{
    Q_OBJECT
public:
    explicit PendingCallWatcher(const PendingCall &call, QObject *parent = nullptr);
    ~PendingCallWatcher() override;

Q_SIGNALS:
    void finished(LibManager::PendingCallWatcher *self);

private:
    Q_DISABLE_COPY(PendingCallWatcher)
    friend class PendingCallState;
};

} // namespace LibManager

#endif // LIBMANAGER_PENDINGCALLWATCHER_H
