// SPDX-License-Identifier: BSD-3-Clause
#include "accesspolicy_p.h"
#include <libmanager/standardtypes/sharedarray_p.h>
#include <libmanager/standardtypes/sharedbarrier_p.h>
#include <libmanager/standardtypes/sharedcondition_p.h>
#include <libmanager/standardtypes/shareddict_p.h>
#include <libmanager/standardtypes/sharedevent_p.h>
#include <libmanager/standardtypes/sharedlist_p.h>
#include <libmanager/standardtypes/sharedlock_p.h>
#include <libmanager/standardtypes/sharednamespace_p.h>
#include <libmanager/standardtypes/sharedqueue_p.h>
#include <libmanager/standardtypes/sharedsemaphore_p.h>
#include <libmanager/standardtypes/sharedvalue_p.h>
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

struct ReadMethods
{
    const QMetaObject *type;
    const char *names;
};

// The methods of the standard types that only read, in one place (their dispatch, in
// shared*.cpp, goes by name). A new read method goes here, or observers are refused it.
// Event.wait() and JoinableQueue.join() wait without changing anything: reads.
const ReadMethods standardTypes[] = {
    { &SharedDict::staticMetaObject, "__getitem__ __contains__ __len__ keys values items get copy items_range find value_info get_range lookup" },
    { &SharedList::staticMetaObject, "__getitem__ getslice index count __len__ __contains__ tolist window" },
    { &SharedNamespace::staticMetaObject, "getattr hasattr attributes snapshot lookup" },
    { &SharedValue::staticMetaObject, "get typecode" },
    { &SharedArray::staticMetaObject, "len typecode getitem getslice tolist window" },
    { &SharedQueue::staticMetaObject, "qsize empty full join peek" },
    { &SharedLock::staticMetaObject, "locked" },
    { &SharedSemaphore::staticMetaObject, "get_value" },
    { &SharedCondition::staticMetaObject, "" },
    { &SharedEvent::staticMetaObject, "is_set wait" },
    { &SharedBarrier::staticMetaObject, "parties n_waiting broken" },
};

} // namespace

bool observerMayCallServer(QByteArrayView method)
{
    return listed("ping typeIds objects objectsPage syncState waitGraph capabilities clients "
                  "client whoami setClientName liveObjectCount memory methods names lookup "
                  "incref changeInfo",
                  method);
}

bool isReadMethod(const NativeObject &object, QByteArrayView method)
{
    if (method == QByteArrayView("__str__") || method == QByteArrayView("__repr__"))
        return true;
    for (const QMetaObject *type = object.metaObject(); type; type = type->superClass()) {
        for (const ReadMethods &entry : standardTypes) {
            if (entry.type == type)
                return listed(entry.names, method);
        }
    }
    return false;
}

Reply refusal(const QString &call)
{
    return Reply::fromError(Error::ReadOnly,
                            Tr::tr("%1 is refused: this client authenticated with the server's "
                                   "observer key, which may only introspect, subscribe and read")
                                .arg(call));
}

} // namespace LibManager::AccessPolicy
