// SPDX-License-Identifier: BSD-3-Clause
// What the tests ask a server's introspection object ("__manager__", BaseManager::introspector()).
#ifndef LIBMANAGER_TESTS_INTROSPECTION_H
#define LIBMANAGER_TESTS_INTROSPECTION_H

#include <libmanager/proxy.h>

#include <QtCore/qvariant.h>

namespace TestSupport {

/*! Calls the server holds unanswered, over all its clients (the asking one included); -1 if
    the server did not answer. */
inline int parkedCalls(const LibManager::Proxy &introspector)
{
    const LibManager::Reply reply = introspector.callMethod(QStringLiteral("clients"));
    if (!reply.isValid())
        return -1;
    int parked = 0;
    const QVariantList clients = reply.value().toList();
    for (const QVariant &client : clients)
        parked += client.toMap().value(QStringLiteral("parkedCalls")).toInt();
    return parked;
}

} // namespace TestSupport

#endif // LIBMANAGER_TESTS_INTROSPECTION_H
