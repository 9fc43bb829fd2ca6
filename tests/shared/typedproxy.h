// SPDX-License-Identifier: BSD-3-Clause
// A typed proxy from the plain one that SyncManager's creators and proxyForToken() return.
#ifndef LIBMANAGER_TESTS_TYPEDPROXY_H
#define LIBMANAGER_TESTS_TYPEDPROXY_H

#include <libmanager/proxy.h>

#include <memory>

namespace TestSupport {

/*! \a proxy as a \c P, owned by the caller; nullptr if it is of another class. */
template<class P>
std::unique_ptr<P> typed(std::unique_ptr<LibManager::Proxy> proxy)
{
    if (!qobject_cast<P *>(proxy.get()))
        return nullptr;
    return std::unique_ptr<P>(static_cast<P *>(proxy.release()));
}

} // namespace TestSupport

#endif // LIBMANAGER_TESTS_TYPEDPROXY_H
