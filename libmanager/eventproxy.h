// SPDX-License-Identifier: BSD-3-Clause
#ifndef LIBMANAGER_EVENTPROXY_H
#define LIBMANAGER_EVENTPROXY_H

#include <libmanager/proxy.h>

namespace LibManager {

/*! A proxy for a shared Event (threading.Event). */
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
