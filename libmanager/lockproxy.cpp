// SPDX-License-Identifier: BSD-3-Clause
#include "lockproxy.h"
#include "typedproxy_p.h"
#include <libmanager/standardtypes/vocabulary_p.h>

#include <QtCore/qthread.h>

namespace LibManager {

namespace {
// How often the proxy holds the lock, in which thread, and how it releases.
struct LockState
{
    int depth = 0;
    Qt::HANDLE thread = nullptr;
    bool postRelease = false;
    // Releases sent so far, from any thread: an asynchronous acquire answered after a
    // release was sent does not count (which hold that release gave back is unknown).
    quint64 releases = 0;
};

// One more hold by the connection of \a thread (an RLock once more).
void countHold(LockState &lock, Qt::HANDLE thread)
{
    if (lock.depth == 0 || lock.thread != thread) {
        lock.thread = thread;
        lock.depth = 0;
    }
    ++lock.depth;
}

// A release is about to be sent from this thread: does it give back a hold this proxy counted?
bool releasesCountedHold(LockState &lock)
{
    ++lock.releases;
    return lock.depth > 0 && lock.thread == QThread::currentThreadId();
}
} // namespace

class LockProxyPrivate : public ProxyPrivate
{
public:
    explicit LockProxyPrivate(LockProxy *q) : ProxyPrivate(q) { }
    static LockProxyPrivate *get(LockProxy *proxy)
    {
        return static_cast<LockProxyPrivate *>(ProxyPrivate::get(proxy));
    }
    static const LockProxyPrivate *get(const LockProxy *proxy)
    {
        return static_cast<const LockProxyPrivate *>(ProxyPrivate::get(proxy));
    }

    // Shared: an asynchronous acquire answered after the proxy is gone counts into nothing.
    const std::shared_ptr<LockState> lock = std::make_shared<LockState>();
};

LockProxy::LockProxy(QObject *parent) : Proxy(*new LockProxyPrivate(this), parent) { }

void LockProxy::setReleaseMode(ReleaseMode mode)
{
    LockProxyPrivate *d = LockProxyPrivate::get(this);
    d->lock->postRelease = mode == ReleaseMode::Posted;
}

LockProxy::ReleaseMode LockProxy::releaseMode() const
{
    const LockProxyPrivate *d = LockProxyPrivate::get(this);
    return d->lock->postRelease ? ReleaseMode::Posted : ReleaseMode::Confirmed;
}

bool LockProxy::acquire(int timeoutMs)
{
    if (!TypedProxy::acquire(*this, timeoutMs))
        return false;
    // Held by this thread's connection.
    countHold(*LockProxyPrivate::get(this)->lock, QThread::currentThreadId());
    return true;
}

void LockProxy::lock()
{
    TypedProxy::throwUnlessAcquired(TypedProxy::acquireCall(*this, Forever));
    countHold(*LockProxyPrivate::get(this)->lock, QThread::currentThreadId());
}

bool LockProxy::release()
{
    LockState &lock = *LockProxyPrivate::get(this)->lock;
    const bool ours = releasesCountedHold(lock);
    if (ours && lock.postRelease) {
        --lock.depth;
        return ProxyPrivate::post(*this, LockWire::Release).isValid();
    }
    if (!ProxyPrivate::call(*this, LockWire::Release).isValid())
        return false;
    if (ours)
        --lock.depth;
    return true;
}

bool LockProxy::isLocked() const
{
    return ProxyPrivate::call(*this, LockWire::Locked).value().toBool();
}

PendingReply<bool> LockProxy::acquireAsync(int timeoutMs)
{
    const std::shared_ptr<LockState> &lock = LockProxyPrivate::get(this)->lock;
    // Counted when the answer comes (in this thread, which made the call), if the proxy is
    // still there and sent no release meanwhile.
    auto count = [state = std::weak_ptr<LockState>(lock), releases = lock->releases,
                  thread = QThread::currentThreadId()](QVariant &&acquired) {
        if (acquired.toBool()) {
            const std::shared_ptr<LockState> held = state.lock();
            if (held && held->releases == releases)
                countHold(*held, thread);
        }
        return Reply::fromValue(std::move(acquired));
    };
    return TypedProxy::acquireAsync(*this, timeoutMs, std::move(count));
}

PendingReply<void> LockProxy::releaseAsync()
{
    LockState &lock = *LockProxyPrivate::get(this)->lock;
    if (!releasesCountedHold(lock))
        return TypedProxy::callAsync<void>(*this, LockWire::Release);
    // Uncounted before the answer, in either mode: a count too low only makes a later
    // release() wait for its answer, one too high would post the release of a lock no longer
    // held (which, for a plain Lock, releases it for whoever holds it then).
    --lock.depth;
    if (lock.postRelease)
        return TypedProxy::finished<void>(ProxyPrivate::post(*this, LockWire::Release));
    return TypedProxy::callAsync<void>(*this, LockWire::Release);
}

PendingReply<bool> LockProxy::isLockedAsync() const
{
    return TypedProxy::callAsync<bool>(*this, LockWire::Locked);
}

} // namespace LibManager
