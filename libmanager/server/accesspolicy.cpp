// SPDX-License-Identifier: BSD-3-Clause
#include "accesspolicy_p.h"
#include <libmanager/standardtypes/standardobject_p.h>
#include <libmanager/tr_p.h>

namespace LibManager::AccessPolicy {

namespace {

// Names separated by single spaces.
bool listed(QByteArrayView names, QByteArrayView method)
{
    while (!names.isEmpty()) {
        const qsizetype space = names.indexOf(' ');
        const QByteArrayView name = space < 0 ? names : names.first(space);
        if (name == method)
            return true;
        names = space < 0 ? QByteArrayView() : names.sliced(space + 1);
    }
    return false;
}

} // namespace

bool observerMayCallServer(QByteArrayView method)
{
    return listed("ping typeIds objects objectsPage syncState waitGraph capabilities clients "
                  "client whoami setClientName liveObjectCount memory methods names lookup "
                  "incref changeInfo",
                  method);
}

bool isReadMethod(const StandardObject &object, QByteArrayView method)
{
    if (method == QByteArrayView("__str__") || method == QByteArrayView("__repr__"))
        return true;
    // Each standard type marks its read methods in its own table of methods.
    return object.isReadMethod(MethodName(method));
}

Reply refusal(const QString &call)
{
    return Reply::fromError(Error::ReadOnly,
                            Tr::tr("%1 is refused: this client authenticated with the server's "
                                   "observer key, which may only introspect, subscribe and read")
                                .arg(call));
}

} // namespace LibManager::AccessPolicy
