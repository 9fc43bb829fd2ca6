// SPDX-License-Identifier: BSD-3-Clause
#include "proxyfactoryregistry_p.h"
#include <libmanager/proxy.h>

namespace LibManager {

void ProxyFactoryRegistry::insert(const QString &typeId, Factory factory)
{
    QMutexLocker lock(&m_mutex);
    m_factories.insert(typeId, std::move(factory));
}

Proxy *ProxyFactoryRegistry::make(const QString &typeId) const
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_factories.constFind(typeId);
        if (it != m_factories.cend() && *it)
            return (*it)();
    }
    return new Proxy;
}

} // namespace LibManager
