// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_PROXYFACTORYREGISTRY_P_H
#define LIBMANAGER_PROXYFACTORYREGISTRY_P_H

#include <QtCore/qhash.h>
#include <QtCore/qmutex.h>
#include <QtCore/qstring.h>

#include <functional>

namespace LibManager {

class Proxy;

/*!
    The proxy classes of a manager's typeids (BaseManager::registerType()'s proxyFactory),
    shared with its connections, which make the proxies of the tokens they receive. A
    SyncManager registers its standard types' here like any other manager.
*/
class ProxyFactoryRegistry
{
public:
    using Factory = std::function<Proxy *()>;
    void insert(const QString &typeId, Factory factory);
    /*! A new, unattached proxy of the class registered for \a typeId, else a plain Proxy;
        owned by the caller. */
    Proxy *make(const QString &typeId) const;

private:
    mutable QMutex m_mutex;
    QHash<QString, Factory> m_factories;
};

} // namespace LibManager

#endif // LIBMANAGER_PROXYFACTORYREGISTRY_P_H
