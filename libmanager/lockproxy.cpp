// SPDX-License-Identifier: BSD-3-Clause
#include "lockproxy.h"
#include "typedproxy_p.h"

#include <QtCore/qthread.h>

namespace LibManager {

void LockProxy::setReleaseMode(ReleaseMode mode)
{
    ProxyPrivate *d = ProxyPrivate::get(this);
    d->lock.postRelease = mode == ReleaseMode::Posted;
}

LockProxy::ReleaseMode LockProxy::releaseMode() const
{
    const ProxyPrivate *d = ProxyPrivate::get(this);
    return d->lock.postRelease ? ReleaseMode::Posted : ReleaseMode::Confirmed;
}

namespace {

// Held by this thread's connection now (an RLock once more).
void noteAcquired(ProxyPrivate *d)
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    if (d->lock.depth == 0 || d->lock.thread != thread) {
        d->lock.thread = thread;
        d->lock.depth = 0;
    }
    ++d->lock.depth;
}

} // namespace

bool LockProxy::acquire(int timeoutMs)
{
    if (!TypedProxy::acquire(*this, timeoutMs))
        return false;
    noteAcquired(ProxyPrivate::get(this));
    return true;
}

void LockProxy::lock()
{
    TypedProxy::throwUnlessAcquired(TypedProxy::acquireCall(*this, Forever));
    noteAcquired(ProxyPrivate::get(this));
}

bool LockProxy::release()
{
    ProxyPrivate *d = ProxyPrivate::get(this);
    const bool ours = d->lock.depth > 0 && d->lock.thread == QThread::currentThreadId();
    if (ours && d->lock.postRelease) {
        --d->lock.depth;
        return ProxyPrivate::post(*this, QStringLiteral("release"));
    }
    if (!ProxyPrivate::call(*this, QStringLiteral("release")).isValid())
        return false;
    if (ours)
        --d->lock.depth;
    return true;
}

bool LockProxy::isLocked() const
{
    return callMethod(QStringLiteral("locked")).value().toBool();
}

} // namespace LibManager
