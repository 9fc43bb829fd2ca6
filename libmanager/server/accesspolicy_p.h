// SPDX-License-Identifier: BSD-3-Clause
//
//  W A R N I N G
//  -------------
// This file is not part of the libmanager API. It may change from version to version without
// notice, or even be removed.

#ifndef LIBMANAGER_ACCESSPOLICY_P_H
#define LIBMANAGER_ACCESSPOLICY_P_H

#include <libmanager/reply.h>

#include <QtCore/qbytearrayview.h>

namespace LibManager {

class StandardObject;

/*!
    What an observer may call: a client that authenticated with the server's observer key
    (BaseManager::setObserverKey()) may introspect, subscribe and read, and nothing that could
    change an object, make one or stop the server. The server asks before it dispatches a call
    of an observer (and only then: a client with the key pays nothing for it).

    Read methods are listed, never guessed: a method that is not marked Reads in its standard
    type's table of methods (StandardObject::isReadMethod()) or declared read (an application
    type's, MethodTable::isReadMethod()) counts as a write, so a method added later is refused
    to observers until someone says it only reads.
*/
namespace AccessPolicy {

/*!
    True if an observer may call \a method of the server's own object (object 0): the
    introspection calls, setClientName, and lookup and incref, which give it a proxy to read
    through (a reference of its own, dropped with its connection). Not create, named (which
    may create), removeName or shutdown.
*/
bool observerMayCallServer(QByteArrayView method);

/*! True if \a method of \a object, a standard type, only reads it (__str__ and __repr__ of
    every object do). */
LIBMANAGER_AUTOTEST_EXPORT bool isReadMethod(const StandardObject &object, QByteArrayView method);

/*! The refusal an observer gets for \a call ("create()", "dict.__setitem__()"). */
Reply refusal(const QString &call);

} // namespace AccessPolicy

} // namespace LibManager

#endif // LIBMANAGER_ACCESSPOLICY_P_H
