// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_EVENTPROXY_H
#define LIBMANAGER_EVENTPROXY_H

#include <libmanager/pendingreply.h>
#include <libmanager/proxy.h>

namespace LibManager {

/*!
    A proxy for a shared Event (threading.Event). A wait() with a timeout that the server does
    not answer by the timeout plus a small grace (it is stopped, hung or too busy) returns false
    with Error::ServerNotResponding.
*/
class LIBMANAGER_EXPORT EventProxy : public Proxy
{
    Q_OBJECT
public:
    using Proxy::Proxy;
    static constexpr int Forever = -1;

    /*! Sets the flag and wakes every waiter. */
    bool set();
    bool clear();
    bool isSet() const;
    /*! True if the flag is (or becomes) set within the timeout. */
    bool wait(int timeoutMs = Forever);

    // Asynchronous twins: the same calls and results, without waiting (see PendingReply).
    PendingReply<void> setAsync();
    PendingReply<void> clearAsync();
    PendingReply<bool> isSetAsync() const;
    /*! wait(), parked on the server: true once the flag is set, false if \a timeoutMs passed
        first. The caller goes on meanwhile. */
    PendingReply<bool> waitAsync(int timeoutMs = Forever);

Q_SIGNALS:
    /*! The flag was set, by any process. */
    void eventSet();
    /*! The flag was cleared, by any process. */
    void eventCleared();

protected:
    void handleEvent(const QByteArray &name, const QVariantList &args) override;
};

} // namespace LibManager

#endif // LIBMANAGER_EVENTPROXY_H
